/**
 * `npm run train:digits`: trains the reference digit classifier with lib/ and chapter 10's recipe
 * (784-64-10, ReLU, softmax with cross-entropy, SGD η = 0.5/(1 + 0.5·epoch), batches of 32,
 * 5 epochs) on the 8,000 training digits, with a progress bar per epoch (batches, running cost and
 * accuracy, time left); then reports each digit's test accuracy and most common mistake, saves the
 * trained network as JSON in the shape the course saves every digit network in, and ends with the
 * line `test accuracy: X` (a fraction), the one number a script reading the output needs.
 *
 * Options: --epochs N (default: the recipe's), --out FILE (default:
 * node_modules/.cache/nnfs-reference/digits-network.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DIGIT_RECIPE, confusionCounts, digitProbabilities, digitsNetworkFile, mostLikely, trainDigitNetwork } from '../lib/digit-classifier.ts';
import { loadDigits } from '../lib/digits.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  console.error(`npm run train:digits: ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { epochs: { type: 'string' }, out: { type: 'string' } } }));
} catch (error) {
  fail(`${(error as Error).message}; the options are --epochs N and --out FILE`);
}
const epochs = values.epochs === undefined ? DIGIT_RECIPE.epochs : Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1) fail(`--epochs must be a whole number of at least 1, got "${values.epochs}"`);
const out = values.out ?? join(root, 'node_modules', '.cache', 'nnfs-reference', 'digits-network.json');
const recipe = { ...DIGIT_RECIPE, epochs };

const { train, test } = loadDigits();
console.log(
  `Training ${[784, ...recipe.hiddenSizes, 10].join('-')} (${recipe.hidden}, softmax + cross-entropy) on ${train.count.toLocaleString('en-US')} digits: ` +
    `${epochs} epochs, batches of ${recipe.batchSize}, η = ${recipe.initialRate}/(1 + ${recipe.decay}·epoch), seed ${recipe.seed}.`,
);

// One bar per epoch, on stderr (stdout keeps the report, whose last line scripts read).
const bar = new cliProgress.SingleBar(
  {
    format: 'epoch {epoch}/{epochs} {bar} {value}/{total} batches | cost {cost} | accuracy {accuracy} | {eta_formatted} left',
    hideCursor: true,
    stopOnComplete: true,
    clearOnComplete: true, // the epoch's summary line replaces its finished bar
    etaBuffer: 50,
  },
  cliProgress.Presets.shades_classic,
);
let costSum = 0;
let rightSum = 0;
let seen = 0;
let epochStarted = performance.now();
const training = trainDigitNetwork(train, {
  recipe,
  onProgress: ({ epoch, batch, batches, loss, accuracy }) => {
    const size = batch < batches - 1 ? recipe.batchSize : train.count - batch * recipe.batchSize;
    if (batch === 0) {
      costSum = rightSum = seen = 0;
      epochStarted = performance.now();
      bar.start(batches, 0, { epoch: epoch + 1, epochs, cost: '…', accuracy: '…' });
    }
    costSum += loss * size;
    rightSum += accuracy * size;
    seen += size;
    bar.update(batch + 1, { cost: (costSum / seen).toFixed(4), accuracy: `${((rightSum / seen) * 100).toFixed(1)}%` });
    if (batch === batches - 1) {
      bar.stop();
      console.log(
        `epoch ${epoch + 1}/${epochs}: cost ${(costSum / seen).toFixed(4)}, training accuracy ${((rightSum / seen) * 100).toFixed(1)}% (while training), ` +
          `${((performance.now() - epochStarted) / 1000).toFixed(1)} s`,
      );
    }
  },
});

const predicted = mostLikely(digitProbabilities(training.net, test));
const confusion = confusionCounts(predicted, test.labels);
const right = predicted.filter((p, j) => p === test.labels[j]).length;
const testAccuracy = right / test.count;

console.log(`\nTrained in ${training.seconds.toFixed(1)} s. On the ${test.count.toLocaleString('en-US')} test digits:`);
console.log('digit  test  right  accuracy  most often read as');
confusion.forEach((row, digit) => {
  const total = row.reduce((a, b) => a + b, 0);
  const mistakes = row.map((count, p) => ({ p, count })).filter(({ p, count }) => p !== digit && count > 0).sort((a, b) => b.count - a.count || a.p - b.p);
  const worst = mistakes.length ? `${mistakes[0].p} (${mistakes[0].count} times)` : '–';
  console.log(`${String(digit).padStart(5)}  ${String(total).padStart(4)}  ${String(row[digit]).padStart(5)}  ${`${((row[digit] / total) * 100).toFixed(1)}%`.padStart(8)}  ${worst}`);
});

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(digitsNetworkFile(training.net, testAccuracy))}\n`);
console.log(`Saved the trained network to ${relative(process.cwd(), out) || out}.`);
console.log(`test accuracy: ${testAccuracy}`);
