/**
 * A display equation wider than the column scrolls sideways (style.css); a keyboard can scroll it
 * only if it can take focus. So the equations that overflow right now, and only those, are in the
 * Tab order: checked when a page is shown, once KaTeX's fonts have set the widths, and again
 * whenever the window changes size (a phone turned sideways, a desktop window narrowed).
 */
import type { Router } from 'vitepress';

function markScrollingMath(): void {
  for (const display of Array.from(document.querySelectorAll<HTMLElement>('.vp-doc .katex-display'))) {
    // 1 px of slack: scrollWidth and clientWidth are rounded separately.
    if (display.scrollWidth - display.clientWidth > 1) display.tabIndex = 0;
    else display.removeAttribute('tabindex');
  }
}

/** Keeps the Tab order of display equations up to date in the browser (no-op while the site is pre-rendered). */
export function focusScrollingMath(router: Router): void {
  if (import.meta.env.SSR) return;
  let queued = false;
  const soon = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      markScrollingMath();
    });
  };
  const previous = router.onAfterPageLoad;
  router.onAfterPageLoad = async (to) => {
    await previous?.(to);
    soon();
  };
  window.addEventListener('resize', soon);
  void document.fonts.ready.then(soon);
}
