/**
 * Chapter 7's probe: runs the learner's gradientCheck inside the sandbox worker, because its first
 * argument is a function, which cannot cross threads. The grader sends a network as plain data
 * and the gradients to check (right ones, or one of the course's wrong backward passes); this
 * module builds the cost function with the reference (lib/, through the reference module: not
 * with the learner's chapter 6, so gradientCheck builds on nothing else of theirs), calls
 * gradientCheck, and sends back plain data: the result, and what the cost function saw.
 * Errors the learner's code throws travel back as they are, so a stub still reads as "not started".
 */
import { gradientCheck } from '#learner/07-backpropagation.ts';
import { type Net, type PlainGradients, type PlainLayer, costOf } from './07-backpropagation-reference.ts';

/** How far one cost call's parameters were from the original ones. */
export interface CallRecord {
  /** How many entries differed from their original value. */
  moved: number;
  /** The signed nudge of the first entry that moved (0 when none did). */
  nudge: number;
  /** Where the first moved entry is, as "layers[0].W[1][2]". */
  where: string;
}

export interface CheckRun {
  result: unknown;
  /** Every cost call, in order. */
  calls: CallRecord[];
  /** The layers and grads as they were after the call (the grader compares them with what it sent). */
  layersAfter: unknown;
  gradsAfter: unknown;
}

function record(original: readonly PlainLayer[], seen: readonly PlainLayer[]): CallRecord {
  let moved = 0;
  let nudge = 0;
  let where = '';
  original.forEach((layer, l) => {
    for (const p of ['W', 'b'] as const) {
      layer[p].forEach((row, i) =>
        row.forEach((v, j) => {
          const now = seen[l]?.[p]?.[i]?.[j];
          if (now === v) return;
          if (moved++ === 0) {
            nudge = typeof now === 'number' ? now - v : NaN;
            where = `layers[${l}].${p}[${i}][${j}]`;
          }
        }),
      );
    }
  });
  return { moved, nudge, where };
}

/**
 * Calls gradientCheck(cost, layers, grads, options) with cost(layers) = J of `net` at those
 * parameters, or a constant when `constant` is given (a cost that no parameter changes).
 */
export function runGradientCheck(net: Net, grads: PlainGradients[], options?: { epsilon?: number; threshold?: number }, constant?: number): CheckRun {
  const original: PlainLayer[] = structuredClone(net.layers);
  const layers: PlainLayer[] = structuredClone(net.layers);
  const calls: CallRecord[] = [];
  let J: ((layers: readonly PlainLayer[]) => number) | undefined; // built at the first call: a network without layers has no cost
  const cost = (seen: PlainLayer[]): number => {
    calls.push(record(original, seen));
    return constant ?? (J ??= costOf(net))(seen);
  };
  const result = options === undefined ? gradientCheck(cost, layers, grads) : gradientCheck(cost, layers, grads, options);
  return { result, calls, layersAfter: layers, gradsAfter: grads };
}
