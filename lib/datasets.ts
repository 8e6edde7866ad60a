/**
 * Seeded 2-D toy datasets for the training playground: point clouds that a line can split (blobs)
 * and ones that need a hidden layer (circles, moons, spirals). Each point is a row [x, y]; labels
 * are 0, 1, ... Point i gets label i mod (number of classes), so the classes are as even as
 * possible (sizes differ by at most one) and interleaved rather than sorted.
 */
import type { Dataset } from './logic-gates.ts';
import type { Random } from './random.ts';

function checkSize(name: string, n: number, classes: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} expected a whole number of points (0 or more), got ${n}`);
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`${name} expected a whole number of classes (1 or more), got ${classes}`);
}

/** How many of n points class c gets when point i goes to class i mod classes. */
const classSize = (n: number, classes: number, c: number): number => Math.floor(n / classes) + (c < n % classes ? 1 : 0);

/**
 * n points, point i at position `place(label, j, size)` where j counts the points of that label so
 * far (0, 1, ..., size - 1): datasets describe one class's curve, and the classes come out interleaved.
 * `name` is the dataset's, for the error when n or classes is not a usable count.
 */
function interleaved(name: string, n: number, classes: number, place: (label: number, j: number, size: number) => [number, number]): Dataset {
  checkSize(name, n, classes);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % classes;
    xs.push(place(label, Math.floor(i / classes), classSize(n, classes, label)));
    ys.push(label);
  }
  return { xs, ys };
}

/** The option of the datasets whose number of classes can be chosen. */
interface ClassCount {
  /** Number of classes: blobs or spiral arms, one per class (default 2). */
  classes?: number;
}

export interface BlobsOptions extends ClassCount {
  /** Standard deviation of each blob (default 0.6). */
  std?: number;
  /** The blob centres sit evenly on a circle of this radius around the origin (default 2). */
  radius?: number;
}

/**
 * Gaussian blobs, one per class, centred evenly around a circle (two blobs: at (2, 0) and (-2, 0)).
 * With the defaults two blobs almost never overlap: the classic linearly separable data.
 */
export function blobs(n: number, random: Random, { classes = 2, std = 0.6, radius = 2 }: BlobsOptions = {}): Dataset {
  return interleaved('blobs', n, classes, (label) => {
    const angle = (2 * Math.PI * label) / classes;
    return [radius * Math.cos(angle) + std * random.gaussian(), radius * Math.sin(angle) + std * random.gaussian()];
  });
}

export interface CirclesOptions {
  /** Standard deviation of the gaussian noise added to each coordinate (default 0.05). */
  noise?: number;
  /** Radius of the inner circle, as a fraction of the outer one's radius 1 (default 0.5). */
  factor?: number;
}

/**
 * Two concentric circles: label 0 on the outer circle (radius 1), label 1 on the inner one (radius
 * `factor`), evenly spaced around each, as in scikit-learn's make_circles. No line separates them.
 */
export function circles(n: number, random: Random, { noise = 0.05, factor = 0.5 }: CirclesOptions = {}): Dataset {
  return interleaved('circles', n, 2, (label, j, size) => {
    const angle = (2 * Math.PI * j) / size;
    const r = label === 0 ? 1 : factor;
    return [r * Math.cos(angle) + noise * random.gaussian(), r * Math.sin(angle) + noise * random.gaussian()];
  });
}

export interface MoonsOptions {
  /** Standard deviation of the gaussian noise added to each coordinate (default 0.1). */
  noise?: number;
}

/**
 * Two interleaving half-moons, as in scikit-learn's make_moons: label 0 is the upper arc of the
 * unit circle, label 1 the same arc flipped and shifted to (1, 0.5), so each moon's tips reach into
 * the other's hollow.
 */
export function moons(n: number, random: Random, { noise = 0.1 }: MoonsOptions = {}): Dataset {
  return interleaved('moons', n, 2, (label, j, size) => {
    const t = size > 1 ? (Math.PI * j) / (size - 1) : 0;
    const [x, y] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [x + noise * random.gaussian(), y + noise * random.gaussian()];
  });
}

export interface SpiralsOptions extends ClassCount {
  /** Standard deviation of the gaussian noise added to each coordinate (default 0.05). */
  noise?: number;
  /** How many times each arm winds around the centre (default 1.5). */
  turns?: number;
}

/**
 * Interleaved spirals, one arm per class: along an arm the radius grows from near 0 to 1 while the
 * angle grows by `turns` full turns, and the arms start at angles spread evenly around the circle.
 * Arms of neighbouring classes are only 1 / (turns × classes) apart, so this is the hard one.
 */
export function spirals(n: number, random: Random, { classes = 2, noise = 0.05, turns = 1.5 }: SpiralsOptions = {}): Dataset {
  return interleaved('spirals', n, classes, (label, j, size) => {
    // (j + 0.5) / size keeps the first point off the centre, where every arm would meet.
    const r = (j + 0.5) / size;
    const angle = 2 * Math.PI * (turns * r + label / classes);
    return [r * Math.cos(angle) + noise * random.gaussian(), r * Math.sin(angle) + noise * random.gaussian()];
  });
}
