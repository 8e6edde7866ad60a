/**
 * The state and actions of the training playground, apart from how it is drawn: the settings, the
 * session being trained (session.ts, lib's Mlp and train), the play loop, and the sentence the
 * live region says. The session itself is not reactive (Vue would wrap every weight matrix); a
 * `tick` counter tells the view that it has changed. With "Use my code" on (npm start), each epoch
 * is trained by the learner's chapters 6 to 8 in the worker (learner-recipes.ts), one round trip
 * per frame.
 */
import { computed, nextTick, ref, shallowRef } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import { formatNumber } from '../widget-kit/format-number.ts';
import { useTrainingLoop } from '../widget-kit/use-training-loop.ts';
import { DATASETS, DEFAULTS, RATES, Session, type PlaygroundConfig } from './session.ts';

/** Play stops here: every dataset is learned or clearly stuck long before. */
export const MAX_EPOCHS = 3000;

/** A number with at most 4 significant digits, a true minus sign and no "-0". */
export const fmt = (value: number, digits = 4): string => formatNumber(value, digits);

export const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

export function useTrainingPlayground(onFrame: () => void) {
  const config = ref<PlaygroundConfig>({ ...DEFAULTS });
  /** Each Reset or change of the network draws new weights from the next seed. */
  const seed = ref(1);
  const session = shallowRef(new Session(config.value, seed.value));
  /** Bumped whenever the session has trained, so computed values that read it update. */
  const tick = ref(0);
  const status = ref('');

  const epoch = computed(() => (tick.value, session.value.epoch));
  const last = computed(() => (tick.value, session.value.last));
  // A copy: the session appends to one array, and a computed that returned it would look unchanged to Vue.
  const history = computed(() => (tick.value, session.value.history.slice()));
  const networkText = computed(() => {
    const { layers, width, activation } = config.value;
    if (layers === 0) return 'no hidden layer (logistic regression)';
    return `${layers} hidden layer${layers === 1 ? '' : 's'} of ${width} ${activation} unit${width === 1 ? '' : 's'}`;
  });
  const learner = useLearnerCode('training-playground');
  /**
   * Bumped by Pause, Step, Reset and every change of the network: an epoch of the learner's still
   * in the worker is then dropped, so what the status says holds.
   */
  let generation = 0;
  const summary = () => `epoch ${epoch.value}: loss ${fmt(last.value.loss)}, accuracy ${percent(last.value.accuracy)}`;

  /**
   * One epoch and a redraw, timed on the performance timeline for bench/training-playground.ts:
   * the training, the heat map, and the whole frame's work up to Vue's update of the page.
   */
  function trainAndDraw(): void | Promise<void> {
    if (learner.enabled.value) return trainWithLearnerCode();
    const start = performance.now();
    session.value.trainEpoch();
    const trained = performance.now();
    tick.value++;
    onFrame();
    performance.measure('training-playground:train', { start, end: trained });
    performance.measure('training-playground:heat-map', { start: trained, end: performance.now() });
    void nextTick(() => performance.measure('training-playground:frame', { start, end: performance.now() }));
  }

  /** One epoch of the learner's code, then the redraw; dropped if anything changed meanwhile. */
  async function trainWithLearnerCode(): Promise<void> {
    const run = generation;
    const trained = session.value;
    // Loaded on first use: only npm start runs the learner's code, and the built page's script
    // budget (DESIGN §8) has no room for the recipes and their reference.
    const recipes = await import('./learner-recipes.ts');
    const name = recipes.TRAINING_RECIPES[trained.config.optimiser];
    // The three recipes differ in their update's slot only: same input, same output.
    // One run uses every exercise the widget trains with now: its badges replace those of another optimiser.
    const result = await learner.run(name, recipes[name] as typeof recipes.trainWithSgd, trained.learnerInput(), { showsAll: true });
    if (run !== generation || trained !== session.value) return;
    trained.adoptEpoch(result.layers, result.state);
    tick.value++;
    onFrame();
  }

  // ---- The play loop: one epoch and one redraw per animation frame, until paused, unmounted or MAX_EPOCHS. ----
  const loop = useTrainingLoop({ train: trainAndDraw, epoch: () => epoch.value, maxEpochs: MAX_EPOCHS, summary, status, resetHint: 'Press Reset for new weights.' });
  const { playing } = loop;
  function stopLoop(): void {
    generation++;
    loop.stop();
  }
  function pause(): void {
    generation++; // "Paused at epoch n" holds: an epoch still in the worker is not added after it
    loop.pause();
  }
  // While it plays, the epoch, loss and accuracy readouts change every frame: the status says so
  // rather than hold numbers that are stale a frame later (Pause says where it stopped).
  const play = () => loop.play(() => `Playing: training ${networkText.value} on ${DATASETS[config.value.dataset]}, one epoch per frame, from epoch ${epoch.value}; the readouts follow it. Pause to stop.`);

  function togglePlay(): void {
    if (playing.value) pause();
    else play();
  }

  async function step(): Promise<void> {
    stopLoop();
    const run = generation;
    const trained = trainAndDraw();
    if (trained) {
      await trained;
      if (run !== generation) return; // another action came first, and said so
    }
    status.value = `One epoch (${session.value.stepsPerEpoch} mini-batch steps): ${summary()}.`;
  }

  /** A new network from the next seed, with the current settings; `why` starts the status. */
  function restart(why: string): void {
    stopLoop();
    seed.value++;
    session.value = new Session(config.value, seed.value, config.value.dataset === session.value.config.dataset ? session.value.data : undefined);
    tick.value++;
    onFrame();
    status.value = `${why} New random weights (seed ${seed.value}): ${summary()}.`;
  }

  function reset(): void {
    restart(`Reset: ${networkText.value}.`);
  }

  function setConfig(change: Partial<PlaygroundConfig>, why: string): void {
    config.value = { ...config.value, ...change };
    restart(why);
  }

  /** The learning rate changes the next steps only: the network keeps its weights. */
  function setLearningRate(rate: number): void {
    if (!RATES.includes(rate as (typeof RATES)[number]) || rate === config.value.learningRate) return;
    config.value = { ...config.value, learningRate: rate };
    session.value.setLearningRate(rate);
    status.value = `Learning rate ${fmt(rate)} from the next step on.`;
  }

  return { config, seed, session, tick, playing, status, epoch, last, history, networkText, togglePlay, play, pause, step, reset, setConfig, setLearningRate, learner };
}
