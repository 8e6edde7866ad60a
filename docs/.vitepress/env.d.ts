/** Lets TypeScript (npm run typecheck) see .vue files and Vite's client types. */
/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

/** The digit pad's reference network and test digits (../digits/digit-pad-plugin.ts). */
declare module 'virtual:nnfs/digit-pad' {
  import type { PackedNetwork, PackedTestDigit } from './theme/digit-pad/packed-network.ts';
  export const reference: PackedNetwork;
  export const testDigits: PackedTestDigit[];
}

/** The learner's chapter marks, in `vitepress dev` only (../progress/progress-plugin.ts). */
declare module 'virtual:nnfs/progress' {
  import type { ChapterMarks } from './progress/chapter-marks.ts';
  export const marks: ChapterMarks;
}

/** The learner's files and last grades, for "Use my code" in `vitepress dev` only (../learner-code/learner-code-plugin.ts). */
declare module 'virtual:nnfs/learner-code' {
  import type { ChapterGrade } from './learner-code/learner-code-plugin.ts';
  export const files: Record<string, () => Promise<Record<string, unknown>>>;
  export const grades: Record<string, ChapterGrade>;
  export const folder: string;
}

