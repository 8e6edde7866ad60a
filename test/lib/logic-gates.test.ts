import { describe, expect, it } from 'vitest';
import { AND, OR, XOR, xorNetworkUnits } from '../../lib/logic-gates.ts';
import { perceptronPredict } from '../../lib/perceptron.ts';

describe('logic gates', () => {
  it('lists the four inputs in the same order for every gate, with their truth tables', () => {
    for (const gate of [AND(), OR(), XOR()]) expect(gate.xs).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect([AND().ys, OR().ys, XOR().ys]).toEqual([[0, 0, 0, 1], [0, 1, 1, 1], [0, 1, 1, 0]]);
  });

  it('computes XOR with the hand-set network: OR and NAND, then AND', () => {
    const { or, nand, and } = xorNetworkUnits;
    const network = (x: number[]) => perceptronPredict(and.w, and.b, [perceptronPredict(or.w, or.b, x), perceptronPredict(nand.w, nand.b, x)]);
    expect(XOR().xs.map(network)).toEqual(XOR().ys);
  });
});
