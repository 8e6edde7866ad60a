import { loadDigits } from '../lib/digits.ts';
import { trainDigitClassifier, predictDigits, accuracy } from '../solutions/10-digits.ts';
const { train, test } = loadDigits();
const toX = (s: { images: Float64Array; count: number }) => Array.from({ length: 784 }, (_, p) => Array.from({ length: s.count }, (_, j) => s.images[j * 784 + p]));
const X = toX(train); const Y = Array.from({ length: 10 }, (_, d) => Array.from(train.labels, (l) => (l === d ? 1 : 0)));
const t = performance.now();
const model = trainDigitClassifier(X, Y, { onEpoch: (r) => console.log(JSON.stringify(r)) });
console.log('train s', (performance.now() - t) / 1000);
console.log('acc', accuracy(predictDigits(model, toX(test)), Array.from(test.labels)));
