/**
 * The digit pad's state: the networks it can run (the reference, and in `npm start` the
 * learner's), the drawing canvas, the 28 × 28 input and the ten probabilities, and how long the
 * last forward pass took. The reference network and the test digits load when the pad nears the screen.
 */
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, type Ref } from 'vue';
import { mnistInput } from './mnist-input.ts';
import { type DigitNetwork, type PackedNetwork, type PackedTestDigit, probabilities, unpackDigit, unpackNetwork } from './packed-network.ts';

/** Served by ../../digits/digit-pad-plugin.ts in `vitepress dev` only. */
const LEARNER_NETWORK_PATH = '/__nnfs/digits-network.json';
const LEARNER_NETWORK_EVENT = 'nnfs:digits-network';
/** The canvas's own pixels (it is drawn smaller on screen); the stroke is wide enough to scale down to MNIST's 2–3 pixels. */
export const PAD_SIZE = 280;
const STROKE = 22;

export type NetworkChoice = 'reference' | 'yours';

export function useDigitPad(canvas: Ref<HTMLCanvasElement | undefined>, preview: Ref<HTMLCanvasElement | undefined>) {
  const loaded = ref(false);
  const reference = shallowRef<DigitNetwork>();
  const yours = shallowRef<DigitNetwork>();
  /** Why there is no learner network in dev mode ('' in the built site, where none is offered). */
  const yoursMissing = ref('');
  const choice = ref<NetworkChoice>('reference');
  const testDigits = shallowRef<PackedTestDigit[]>([]);
  const picked = ref('');
  const input = shallowRef<Float32Array | null>(null);
  const output = shallowRef<Float64Array | null>(null);
  const forwardMs = ref<number | null>(null);
  const status = ref('Draw a digit, or pick a test digit.');
  const isDev = import.meta.env.DEV;

  const network = computed(() => (choice.value === 'yours' && yours.value ? yours.value : reference.value));
  const predicted = computed(() => (output.value ? output.value.indexOf(Math.max(...output.value)) : null));

  function predict(): void {
    const net = network.value;
    if (!net || !input.value) {
      output.value = null;
      return;
    }
    const started = performance.now();
    output.value = probabilities(net, input.value);
    forwardMs.value = performance.now() - started;
  }

  function describe(): string {
    if (!output.value || predicted.value === null) return 'Nothing drawn yet.';
    const who = choice.value === 'yours' && yours.value ? 'Your network' : 'The reference network';
    return `${who} reads it as ${predicted.value}, with probability ${(output.value[predicted.value] * 100).toFixed(1)}%.`;
  }

  function drawPreview(): void {
    const context = preview.value?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(28, 28);
    for (let k = 0; k < 784; k++) {
      const v = Math.round((input.value?.[k] ?? 0) * 255);
      image.data.set([v, v, v, 255], 4 * k);
    }
    context.putImageData(image, 0, 0);
  }

  /** Reads the canvas's ink, prepares it as MNIST did, and runs the network. */
  function readCanvas(): void {
    const context = canvas.value?.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    const { data } = context.getImageData(0, 0, PAD_SIZE, PAD_SIZE);
    const ink = new Float32Array(PAD_SIZE * PAD_SIZE);
    for (let k = 0; k < ink.length; k++) ink[k] = data[4 * k + 3] / 255;
    input.value = mnistInput(ink, PAD_SIZE, PAD_SIZE);
    predict();
    drawPreview();
  }

  // ---- Drawing with pointer events (mouse, pen, touch alike) ----
  let drawing = false;
  let last: [number, number] | null = null;
  let frame = 0;
  const at = (event: PointerEvent): [number, number] => {
    const box = canvas.value!.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * PAD_SIZE, ((event.clientY - box.top) / box.height) * PAD_SIZE];
  };
  function stroke(to: [number, number]): void {
    const context = canvas.value?.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.lineWidth = STROKE;
    context.strokeStyle = getComputedStyle(canvas.value!).color;
    context.beginPath();
    context.moveTo(...(last ?? to));
    context.lineTo(...to);
    context.stroke();
    last = to;
  }
  function down(event: PointerEvent): void {
    if (!loaded.value) return;
    drawing = true;
    picked.value = '';
    canvas.value!.setPointerCapture(event.pointerId);
    last = null;
    stroke(at(event));
    scheduleRead();
  }
  function move(event: PointerEvent): void {
    if (!drawing) return;
    stroke(at(event));
    scheduleRead();
  }
  function up(): void {
    if (!drawing) return;
    drawing = false;
    last = null;
    cancelAnimationFrame(frame);
    frame = 0;
    readCanvas();
    status.value = describe();
  }
  /** While the pen moves, at most one reading per animation frame. */
  function scheduleRead(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      readCanvas();
    });
  }

  function clear(): void {
    canvas.value?.getContext('2d')?.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
    picked.value = '';
    input.value = null;
    output.value = null;
    forwardMs.value = null;
    drawPreview();
    status.value = 'Cleared. Draw a digit, or pick a test digit.';
  }

  /** A held-out test digit, shown on the pad and given to the network as it is (already prepared). */
  function pick(value: string): void {
    picked.value = value;
    const digit = testDigits.value.find((d) => String(d.index) === value);
    if (!digit) return;
    const pixels = unpackDigit(digit);
    const context = canvas.value?.getContext('2d');
    if (context) {
      context.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
      context.fillStyle = getComputedStyle(canvas.value!).color;
      const cell = PAD_SIZE / 28;
      for (let k = 0; k < 784; k++) {
        if (pixels[k] === 0) continue;
        context.globalAlpha = pixels[k];
        context.fillRect((k % 28) * cell, Math.floor(k / 28) * cell, cell, cell);
      }
      context.globalAlpha = 1;
    }
    input.value = pixels;
    predict();
    drawPreview();
    status.value = `Test digit ${digit.index + 1}, a handwritten ${digit.label}. ${describe()}`;
  }

  function choose(value: NetworkChoice): void {
    choice.value = value;
    predict();
    status.value = describe();
  }

  async function fetchYours(): Promise<void> {
    try {
      const response = await fetch(LEARNER_NETWORK_PATH, { cache: 'no-store' });
      const body = (await response.json()) as { network?: PackedNetwork; missing?: string };
      yours.value = body.network ? unpackNetwork(body.network) : undefined;
      yoursMissing.value = body.missing ?? '';
    } catch {
      yours.value = undefined;
      yoursMissing.value = 'the course server did not answer';
    }
    if (!yours.value && choice.value === 'yours') choice.value = 'reference';
    predict();
  }

  const onLearnerNetworkChanged = () => void fetchYours();
  async function load(): Promise<void> {
    const module = await import('virtual:nnfs/digit-pad');
    reference.value = unpackNetwork(module.reference);
    testDigits.value = module.testDigits;
    if (isDev) {
      await fetchYours();
      import.meta.hot?.on(LEARNER_NETWORK_EVENT, onLearnerNetworkChanged);
    }
    loaded.value = true;
  }
  // The weights are about 200 KiB gzipped, twice the page's first-load budget: fetched only when
  // the pad comes near the screen, so a reader who never scrolls down to it never pays for them.
  let observer: IntersectionObserver | undefined;
  onMounted(() => {
    observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer?.disconnect();
        void load();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(canvas.value!);
  });
  onBeforeUnmount(() => {
    observer?.disconnect();
    cancelAnimationFrame(frame);
    if (isDev) import.meta.hot?.off?.(LEARNER_NETWORK_EVENT, onLearnerNetworkChanged);
  });

  return { loaded, reference, yours, yoursMissing, isDev, choice, testDigits, picked, output, predicted, forwardMs, status, down, move, up, clear, pick, choose };
}
