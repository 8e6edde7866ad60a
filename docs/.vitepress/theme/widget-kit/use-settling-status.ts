/**
 * A live status sentence that speaks when something settles: while the reader drags (between
 * hold and release) it waits, so a screen reader is not flooded with every intermediate value.
 */
import { ref, watch, type WatchSource } from 'vue';

export function useSettlingStatus(describe: () => string, sources: WatchSource[]) {
  const status = ref(describe());
  let holding = false;
  watch(sources, () => {
    if (!holding) status.value = describe();
  });
  function hold(): void {
    holding = true;
  }
  function release(): void {
    holding = false;
    status.value = describe();
  }
  return { status, hold, release };
}
