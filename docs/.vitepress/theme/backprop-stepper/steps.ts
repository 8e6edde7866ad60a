/**
 * Every quantity of the 2-2-2 example in the order backpropagation computes it: the forward pass,
 * the error, the backward pass (output deltas, output gradients, hidden deltas, hidden gradients),
 * one gradient-descent step, and the error after it. The stepper shows them one at a time; the
 * page's tables (docs/worked/07-backpropagation.ts) list the same steps, so the two cannot drift.
 * Every value is read from lib's trace; the formulas only say how it was computed.
 */
import type { SquaredErrorTrace } from '../../../../lib/backprop-trace.ts';
import { EXAMPLE } from './example.ts';
import { formatNumber } from '../widget-kit/format-number.ts';

export type NodeId = 'x1' | 'x2' | 'h1' | 'h2' | 'o1' | 'o2' | 'E';
/** w1 … w8 as in the walk-through; eo1, eo2 join the outputs to the error. */
export type EdgeId = 'w1' | 'w2' | 'w3' | 'w4' | 'w5' | 'w6' | 'w7' | 'w8' | 'eo1' | 'eo2';
export type Phase = 'forward' | 'backward' | 'update';

export interface Step {
  id: string;
  phase: Phase;
  /** The quantity, as plain text ("z(h₁)") and as TeX for the page ("z_1^{[1]}"). */
  name: string;
  tex: string;
  /** How it is computed, in symbols (plain text and TeX) and with the numbers put in ('' when there is nothing to put in). */
  formula: string;
  texFormula: string;
  substituted: string;
  value: number;
  /** What to highlight in the diagram while this step is shown. */
  nodes: readonly NodeId[];
  edges: readonly EdgeId[];
}

/** A number with at most 6 significant digits, a true minus sign and no "−0" (as the page prints). */
export const fmt = (value: number): string => formatNumber(value, 6);

/** "(−0.5)" for a negative factor in a product, so "0.2 × (−0.5)" reads right. */
const factor = (value: number) => (value < 0 ? `(${fmt(value)})` : fmt(value));

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈'];
const UNITS = { hidden: ['h₁', 'h₂'], output: ['o₁', 'o₂'] } as const;
const HIDDEN: readonly NodeId[] = ['h1', 'h2'];
const OUTPUT: readonly NodeId[] = ['o1', 'o2'];
const INPUT: readonly NodeId[] = ['x1', 'x2'];
/** The weight into unit i of a layer from unit j below, by its walk-through name. */
const weightName = (layer: 1 | 2, i: number, j: number) => (layer === 1 ? 1 : 5) + 2 * i + j;
const weightEdge = (layer: 1 | 2, i: number, j: number) => `w${weightName(layer, i, j)}` as EdgeId;

export function buildSteps(trace: SquaredErrorTrace): Step[] {
  const [hidden, output] = trace.layers;
  const eta = trace.learningRate;
  const W = (layer: 1 | 2, i: number, j: number) => (layer === 1 ? EXAMPLE.W1 : EXAMPLE.W2)[i][j];
  const steps: Step[] = [];

  // ---- Forward: z = Σ w·(input) + b, then a = σ(z), unit by unit, layer by layer. ----
  const forwardLayer = (layer: 1 | 2) => {
    const trace = layer === 1 ? hidden : output;
    const units = layer === 1 ? UNITS.hidden : UNITS.output;
    const below = layer === 1 ? ['x₁', 'x₂'] : ['a(h₁)', 'a(h₂)'];
    const belowTex = layer === 1 ? ['x_1', 'x_2'] : ['a_1^{[1]}', 'a_2^{[1]}'];
    const belowNodes = layer === 1 ? INPUT : HIDDEN;
    const nodes = layer === 1 ? HIDDEN : OUTPUT;
    const b = layer === 1 ? EXAMPLE.b1 : EXAMPLE.b2;
    for (let i = 0; i < 2; i++) {
      const w = [0, 1].map((j) => `w${SUB[weightName(layer, i, j)]}`);
      const wTex = [0, 1].map((j) => `w_${weightName(layer, i, j)}`);
      steps.push({
        id: `z-${nodes[i]}`,
        phase: 'forward',
        name: `z(${units[i]})`,
        tex: `z_${i + 1}^{[${layer}]}`,
        formula: `${w[0]}·${below[0]} + ${w[1]}·${below[1]} + b(${units[i]})`,
        texFormula: `${wTex[0]} ${belowTex[0]} + ${wTex[1]} ${belowTex[1]} + b_${i + 1}^{[${layer}]}`,
        substituted: `${fmt(W(layer, i, 0))} × ${factor(trace.input.data[0])} + ${fmt(W(layer, i, 1))} × ${factor(trace.input.data[1])} + ${fmt(b[i])}`,
        value: trace.z.data[i],
        nodes: [...belowNodes, nodes[i]],
        edges: [weightEdge(layer, i, 0), weightEdge(layer, i, 1)],
      });
      steps.push({
        id: `a-${nodes[i]}`,
        phase: 'forward',
        name: `a(${units[i]})`,
        tex: `a_${i + 1}^{[${layer}]}`,
        formula: `σ(z(${units[i]})) = 1 / (1 + e^(−z))`,
        texFormula: `\\sigma\\big(z_${i + 1}^{[${layer}]}\\big)`,
        substituted: `1 / (1 + e^(${fmt(-trace.z.data[i])}))`,
        value: trace.a.data[i],
        nodes: [nodes[i]],
        edges: [],
      });
    }
  };
  forwardLayer(1);
  forwardLayer(2);
  steps.push({
    id: 'E',
    phase: 'forward',
    name: 'E',
    tex: 'E',
    formula: '½(t₁ − a(o₁))² + ½(t₂ − a(o₂))²',
    texFormula: '\\tfrac12 \\big(t_1 - a_1^{[2]}\\big)^2 + \\tfrac12 \\big(t_2 - a_2^{[2]}\\big)^2',
    substituted: `½(${fmt(EXAMPLE.t[0])} − ${fmt(output.a.data[0])})² + ½(${fmt(EXAMPLE.t[1])} − ${fmt(output.a.data[1])})²`,
    value: trace.error,
    nodes: ['o1', 'o2', 'E'],
    edges: ['eo1', 'eo2'],
  });

  // ---- Backward: for each layer, ∂E/∂a, σ′(z) = a(1 − a), δ = their product, then the gradients. ----
  const deltas = (layer: 1 | 2) => {
    const trace = layer === 1 ? hidden : output;
    const units = layer === 1 ? UNITS.hidden : UNITS.output;
    const nodes = layer === 1 ? HIDDEN : OUTPUT;
    for (let i = 0; i < 2; i++) {
      const u = units[i];
      const t = `_${i + 1}^{[${layer}]}`;
      if (layer === 2) {
        steps.push({
          id: `dA-${nodes[i]}`,
          phase: 'backward',
          name: `∂E/∂a(${u})`,
          tex: `\\partial E / \\partial a${t}`,
          formula: `a(${u}) − t${SUB[i + 1]}`,
          texFormula: `a${t} - t_${i + 1}`,
          substituted: `${fmt(trace.a.data[i])} − ${fmt(EXAMPLE.t[i])}`,
          value: trace.dA.data[i],
          nodes: [nodes[i], 'E'],
          edges: [i === 0 ? 'eo1' : 'eo2'],
        });
      } else {
        // ∂E/∂a(h_i) = Σ_j w_ji δ(o_j): every output unit that h_i feeds sends its delta back along its weight.
        const w = [0, 1].map((j) => weightName(2, j, i));
        steps.push({
          id: `dA-${nodes[i]}`,
          phase: 'backward',
          name: `∂E/∂a(${u})`,
          tex: `\\partial E / \\partial a${t}`,
          formula: `w${SUB[w[0]]}·δ(o₁) + w${SUB[w[1]]}·δ(o₂)`,
          texFormula: `w_${w[0]} \\delta_1^{[2]} + w_${w[1]} \\delta_2^{[2]}`,
          substituted: `${fmt(W(2, 0, i))} × ${factor(output.dZ.data[0])} + ${fmt(W(2, 1, i))} × ${factor(output.dZ.data[1])}`,
          value: trace.dA.data[i],
          nodes: [nodes[i], 'o1', 'o2'],
          edges: [weightEdge(2, 0, i), weightEdge(2, 1, i)],
        });
      }
      steps.push({
        id: `slope-${nodes[i]}`,
        phase: 'backward',
        name: `σ′(z(${u}))`,
        tex: `\\sigma'\\big(z${t}\\big)`,
        formula: `a(${u})·(1 − a(${u}))`,
        texFormula: `a${t} \\big(1 - a${t}\\big)`,
        substituted: `${fmt(trace.a.data[i])} × (1 − ${fmt(trace.a.data[i])})`,
        value: trace.slope.data[i],
        nodes: [nodes[i]],
        edges: [],
      });
      steps.push({
        id: `delta-${nodes[i]}`,
        phase: 'backward',
        name: `δ(${u})`,
        tex: `\\delta${t}`,
        formula: `∂E/∂a(${u}) · σ′(z(${u}))`,
        texFormula: `\\dfrac{\\partial E}{\\partial a${t}} \\, \\sigma'\\big(z${t}\\big)`,
        substituted: `${factor(trace.dA.data[i])} × ${fmt(trace.slope.data[i])}`,
        value: trace.dZ.data[i],
        nodes: [nodes[i]],
        edges: [],
      });
    }
  };
  const gradients = (layer: 1 | 2) => {
    const trace = layer === 1 ? hidden : output;
    const units = layer === 1 ? UNITS.hidden : UNITS.output;
    const nodes = layer === 1 ? HIDDEN : OUTPUT;
    const belowNodes = layer === 1 ? INPUT : HIDDEN;
    const below = layer === 1 ? ['x₁', 'x₂'] : ['a(h₁)', 'a(h₂)'];
    const belowTex = layer === 1 ? ['x_1', 'x_2'] : ['a_1^{[1]}', 'a_2^{[1]}'];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        const k = weightName(layer, i, j);
        steps.push({
          id: `dw${k}`,
          phase: 'backward',
          name: `∂E/∂w${SUB[k]}`,
          tex: `\\partial E / \\partial w_${k}`,
          formula: `δ(${units[i]}) · ${below[j]}`,
          texFormula: `\\delta_${i + 1}^{[${layer}]} \\, ${belowTex[j]}`,
          substituted: `${factor(trace.dZ.data[i])} × ${fmt(trace.input.data[j])}`,
          value: trace.dW.data[i * 2 + j],
          nodes: [belowNodes[j], nodes[i]],
          edges: [weightEdge(layer, i, j)],
        });
      }
    }
    for (let i = 0; i < 2; i++) {
      steps.push({
        id: `db-${nodes[i]}`,
        phase: 'backward',
        name: `∂E/∂b(${units[i]})`,
        tex: `\\partial E / \\partial b_${i + 1}^{[${layer}]}`,
        formula: `δ(${units[i]})`,
        texFormula: `\\delta_${i + 1}^{[${layer}]}`,
        substituted: fmt(trace.dZ.data[i]),
        value: trace.db.data[i],
        nodes: [nodes[i]],
        edges: [],
      });
    }
  };
  deltas(2);
  gradients(2);
  deltas(1);
  gradients(1);

  // ---- One step of gradient descent on every weight and bias, then the error it leaves. ----
  for (const layer of [1, 2] as const) {
    const trace = layer === 1 ? hidden : output;
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        const k = weightName(layer, i, j);
        steps.push({
          id: `new-w${k}`,
          phase: 'update',
          name: `new w${SUB[k]}`,
          tex: `w_${k}^{\\text{new}}`,
          formula: `w${SUB[k]} − η·∂E/∂w${SUB[k]}`,
          texFormula: `w_${k} - \\eta \\, \\partial E / \\partial w_${k}`,
          substituted: `${fmt(W(layer, i, j))} − ${fmt(eta)} × ${factor(trace.dW.data[i * 2 + j])}`,
          value: trace.updatedW.data[i * 2 + j],
          nodes: [],
          edges: [weightEdge(layer, i, j)],
        });
      }
    }
  }
  for (const layer of [1, 2] as const) {
    const trace = layer === 1 ? hidden : output;
    const units = layer === 1 ? UNITS.hidden : UNITS.output;
    const nodes = layer === 1 ? HIDDEN : OUTPUT;
    const b = layer === 1 ? EXAMPLE.b1 : EXAMPLE.b2;
    for (let i = 0; i < 2; i++) {
      steps.push({
        id: `new-b-${nodes[i]}`,
        phase: 'update',
        name: `new b(${units[i]})`,
        tex: `\\big(b_${i + 1}^{[${layer}]}\\big)^{\\text{new}}`,
        formula: `b(${units[i]}) − η·∂E/∂b(${units[i]})`,
        texFormula: `b_${i + 1}^{[${layer}]} - \\eta \\, \\partial E / \\partial b_${i + 1}^{[${layer}]}`,
        substituted: `${fmt(b[i])} − ${fmt(eta)} × ${factor(trace.db.data[i])}`,
        value: trace.updatedB.data[i],
        nodes: [nodes[i]],
        edges: [],
      });
    }
  }
  steps.push({
    id: 'E-after',
    phase: 'update',
    name: 'E after the step',
    tex: 'E^{\\text{new}}',
    formula: '½(t₁ − a(o₁))² + ½(t₂ − a(o₂))² with the new weights and biases',
    texFormula: '\\tfrac12 \\big(t_1 - a_1^{[2]}\\big)^2 + \\tfrac12 \\big(t_2 - a_2^{[2]}\\big)^2',
    // Nothing to substitute by hand: it takes a whole new forward pass.
    substituted: '',
    value: trace.errorAfter,
    nodes: ['x1', 'x2', 'h1', 'h2', 'o1', 'o2', 'E'],
    edges: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'eo1', 'eo2'],
  });
  return steps;
}
