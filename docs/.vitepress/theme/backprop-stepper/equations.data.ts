/**
 * Each step's equation typeset at build time, "z_1^{[1]} = w_1 x_1 + w_2 x_2 + b_1^{[1]}", as
 * KaTeX's MathML: the browser lays MathML out itself, so the stepper shows real math without
 * shipping KaTeX (a few hundred KiB) to the page, and the TeX stays inside as an annotation that
 * a test can read. A TeX error fails the build, as it does in a page.
 */
import katex from 'katex';
import { defineLoader } from 'vitepress';
import { traceExample } from './example.ts';
import { buildSteps } from './steps.ts';

export type Data = Record<string, string>;
export declare const data: Data;

export default defineLoader({
  watch: ['./steps.ts', './example.ts'],
  load(): Data {
    return Object.fromEntries(
      buildSteps(traceExample()).map((step) => [step.id, katex.renderToString(`${step.tex} = ${step.texFormula}`, { output: 'mathml', throwOnError: true })]),
    );
  },
});
