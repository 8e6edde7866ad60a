/**
 * The width a widget's box has, in CSS pixels, kept up to date with a ResizeObserver: plots are
 * drawn one SVG unit per CSS pixel at that width, so their text keeps its size on a phone. Until
 * the browser has measured the box (and on the server) the width is `initial`.
 */
import { onBeforeUnmount, onMounted, ref } from 'vue';

export function useBoxWidth(initial: number, min: number, max = Infinity) {
  /** Bind it as the template ref of the element to measure. */
  const box = ref<HTMLElement | null>(null);
  const width = ref(initial);
  let observer: ResizeObserver | undefined;
  onMounted(() => {
    if (!box.value || typeof ResizeObserver !== 'function') return;
    observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry.contentRect.width);
      if (measured > 0) width.value = Math.max(min, Math.min(max, measured));
    });
    observer.observe(box.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return { box, width };
}
