/**
 * What the digit pad (theme/digit-pad/) needs from the build, and in `npm start` from the learner.
 *
 * - `virtual:nnfs/digit-pad`: the reference network (trained by lib/, see reference-run.ts) with
 *   its weights as float32 in base64, and a few held-out test digits to pick with the keyboard.
 *   The pad imports it when it nears the screen, so it is a chunk of its own, never first-load JavaScript.
 * - In `vitepress dev` only: GET /__nnfs/digits-network.json answers with the learner's trained
 *   network, which the capstone's grade saves as digits-network.json in the learner's state folder
 *   (GRADE_STATE_DIR, or node_modules/.cache/nnfs; see test/grader/state-files.ts), re-read on
 *   every request; when the file appears, changes or goes, the pad is told (the event
 *   nnfs:digits-network) and fetches it again. The built site has no learner: no endpoint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';
import { type DigitsNetworkFile, digitsNetworkFileProblem } from '../../../lib/digit-classifier.ts';
import { DIGIT_PIXELS, loadDigits } from '../../../lib/digits.ts';
import { stateFile } from '../../../test/grader/state-files.ts';
import { referenceRun } from './reference-run.ts';

const VIRTUAL_ID = 'virtual:nnfs/digit-pad';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
export const LEARNER_NETWORK_PATH = '/__nnfs/digits-network.json';
export const LEARNER_NETWORK_EVENT = 'nnfs:digits-network';
/** Held-out test digits of each digit offered to pick (the first ones of the test set's order). */
const TEST_DIGITS_PER_DIGIT = 2;

const float32Base64 = (values: number[]) => Buffer.from(Float32Array.from(values).buffer).toString('base64');

/** A saved network as the pad loads it: each layer's W row by row and b as float32 in base64. */
export function packNetwork(file: DigitsNetworkFile) {
  return {
    hiddenActivation: file.hiddenActivation,
    testAccuracy: file.testAccuracy,
    savedAt: file.savedAt,
    layers: file.layers.map(({ W, b }) => ({ rows: W.length, cols: W[0].length, weights: float32Base64(W.flat()), bias: float32Base64(b.map((row) => row[0])) })),
  };
}

function padModule(root: string): string {
  const run = referenceRun(root);
  const { test } = loadDigits();
  const testDigits: { index: number; label: number; pixels: string }[] = [];
  for (let digit = 0; digit < 10; digit++) {
    for (let j = 0, found = 0; j < test.count && found < TEST_DIGITS_PER_DIGIT; j++) {
      if (test.labels[j] !== digit) continue;
      found++;
      const pixels = Uint8Array.from(test.images.subarray(j * DIGIT_PIXELS, (j + 1) * DIGIT_PIXELS), (v) => Math.round(v * 255));
      testDigits.push({ index: j, label: digit, pixels: Buffer.from(pixels).toString('base64') });
    }
  }
  return `export const reference = ${JSON.stringify(packNetwork(run.network))};\nexport const testDigits = ${JSON.stringify(testDigits)};\n`;
}

/** The learner's network, packed, or why there is none to show. */
function learnerNetwork(): { network: ReturnType<typeof packNetwork> } | { missing: string } {
  const file = stateFile('digits-network.json');
  if (!existsSync(file)) return { missing: 'none saved yet' };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { missing: 'the saved file is not valid JSON' };
  }
  const problem = digitsNetworkFileProblem(value);
  return problem ? { missing: `the saved file does not hold a digit network (${problem})` } : { network: packNetwork(value as DigitsNetworkFile) };
}

/**
 * The module as the server render gets it. The pad imports it in the browser only, when it nears
 * the screen, never while a page renders; so the server's bundle need not train the network, and a
 * build that renders the pages without the browser's bundle (the new-chapter check's --mpa build of
 * its scratch copy) trains nothing, where on a clean clone it waited for the reference run.
 */
const SERVER_RENDER_MODULE = 'export const reference = undefined;\nexport const testDigits = [];\n';

export function digitPad(root: string): Plugin {
  return {
    name: 'nnfs:digit-pad',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id, options) => (id !== RESOLVED_ID ? undefined : options?.ssr ? SERVER_RENDER_MODULE : padModule(root)),
    configureServer(server) {
      const file = stateFile('digits-network.json');
      server.watcher.add(dirname(file));
      const notify = (changed: string) => {
        if (changed === file) server.ws.send({ type: 'custom', event: LEARNER_NETWORK_EVENT });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, notify);
      server.middlewares.use(LEARNER_NETWORK_PATH, (_request, response) => {
        const result = learnerNetwork();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        response.statusCode = 'network' in result ? 200 : 404;
        response.end(JSON.stringify(result));
      });
    },
  };
}
