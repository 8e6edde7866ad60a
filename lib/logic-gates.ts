/** The truth tables of the two-input logic gates, as (inputs, label) datasets. */

export interface Dataset {
  xs: number[][];
  ys: number[];
}

const inputs = [[0, 0], [0, 1], [1, 0], [1, 1]];

function gate(table: (a: number, b: number) => boolean): Dataset {
  return { xs: inputs.map((x) => [...x]), ys: inputs.map(([a, b]) => (table(a, b) ? 1 : 0)) };
}

/** 1 only when both inputs are 1: linearly separable. */
export const AND = (): Dataset => gate((a, b) => a === 1 && b === 1);
/** 1 when either input is 1: linearly separable. */
export const OR = (): Dataset => gate((a, b) => a === 1 || b === 1);
/** 1 when exactly one input is 1: no single line separates it. */
export const XOR = (): Dataset => gate((a, b) => a !== b);

/**
 * XOR as "OR, but not both": two hidden perceptrons (OR and NAND) feeding an AND, with weights
 * set by hand. Chapter 1's way out of XOR, before any network learns its own weights.
 */
export const xorNetworkUnits = {
  or: { w: [1, 1], b: -0.5 },
  nand: { w: [-1, -1], b: 1.5 },
  and: { w: [1, 1], b: -1.5 },
} as const;
