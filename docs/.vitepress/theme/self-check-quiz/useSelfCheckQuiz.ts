/**
 * The quiz's state: which answers are shown, and the sentence the status line reads out.
 */
import { computed, ref } from 'vue';
import { QUESTIONS } from './questions.ts';

export function useSelfCheckQuiz() {
  const shown = ref<ReadonlySet<string>>(new Set());
  const isShown = (id: string) => shown.value.has(id);

  function toggle(id: string) {
    const next = new Set(shown.value);
    if (!next.delete(id)) next.add(id);
    shown.value = next;
  }

  const allShown = computed(() => shown.value.size === QUESTIONS.length);
  function toggleAll() {
    shown.value = allShown.value ? new Set() : new Set(QUESTIONS.map((q) => q.id));
  }

  const status = computed(() => {
    const count = shown.value.size;
    if (count === 0) return `${QUESTIONS.length} questions. Answer each in your own words, then show the answer to compare.`;
    return `${count} of ${QUESTIONS.length} answers shown.`;
  });

  return { isShown, toggle, allShown, toggleAll, status };
}
