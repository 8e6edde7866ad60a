/**
 * The Play button of a widget that trains: `train` runs once per animation frame until the reader
 * pauses, the widget is unmounted or the epoch count reaches `maxEpochs`; each of those, and a
 * Play at the limit, is said on the live status line. A `train` that returns a promise (one that
 * waits for the learner's code in "Use my code") is awaited before the next frame is asked for.
 */
import { onBeforeUnmount, ref, type Ref } from 'vue';

export interface TrainingLoopOptions {
  train: () => void | Promise<void>;
  epoch: () => number;
  maxEpochs: number;
  /** "epoch 12: cost 0.31, …", for the status line. */
  summary: () => string;
  status: Ref<string>;
  /** What to press at the limit, e.g. "Press Reset to start again." */
  resetHint: string;
}

export function useTrainingLoop({ train, epoch, maxEpochs, summary, status, resetHint }: TrainingLoopOptions) {
  const playing = ref(false);
  let frame = 0;
  /** Bumped by every stop, so a frame whose training was awaited across a Pause does not go on. */
  let plays = 0;

  function stop(): void {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    plays++;
    playing.value = false;
  }

  function run(): void {
    frame = 0;
    const play = plays;
    const trained = train();
    if (!trained) return next();
    void trained.then(() => {
      if (play === plays) next();
    });
  }

  function next(): void {
    if (epoch() >= maxEpochs) {
      stop();
      status.value = `Stopped after ${maxEpochs} epochs, at ${summary()}. ${resetHint}`;
      return;
    }
    frame = requestAnimationFrame(run);
  }

  /** Starts playing, saying `starting`, unless it already plays or is at the limit. */
  function play(starting: () => string): void {
    if (playing.value) return;
    if (epoch() >= maxEpochs) {
      status.value = `Already at ${maxEpochs} epochs, the most Play runs. ${resetHint}`;
      return;
    }
    playing.value = true;
    status.value = starting();
    frame = requestAnimationFrame(run);
  }

  function pause(): void {
    if (!playing.value) return;
    stop();
    status.value = `Paused at ${summary()}.`;
  }

  onBeforeUnmount(stop);
  return { playing, play, pause, stop };
}
