/**
 * The self-check quiz, on every built page that places <SelfCheckQuiz />: every answer starts
 * hidden behind a button that says so (aria-expanded false, aria-controls naming the answer); an
 * answer opens and closes by a click, and by the keyboard alone (Tab to its button, Enter or
 * Space); the status line counts the answers shown; "Show all answers" opens every one; the answers
 * link to their chapters; nothing is logged as an error; it fits a 360 px phone. (axe, with every
 * answer open, is page-accessibility.ts's: it shows every widget in full on the page's one visit.)
 */
import { expect, test } from 'vitest';
import { QUESTIONS } from '../../docs/.vitepress/theme/self-check-quiz/questions.ts';
import { describeWidget, type SharedChecks } from './widget-harness.ts';
import { selfCheckQuiz } from './widgets.ts';

const first = QUESTIONS[0];
const second = QUESTIONS[1];

const checks: SharedChecks = {
  phone: {
    still: 'an answer still opens',
    responds: async ({ byTestId }) => {
      await byTestId(`sq-toggle-${first.id}`).click();
      await expect.poll(() => byTestId(`sq-answer-${first.id}`).isVisible()).toBe(true);
    },
  },
};

describeWidget(selfCheckQuiz, checks, (w) => {
  const toggle = (id: string) => w.byTestId(`sq-toggle-${id}`);
  const answer = (id: string) => w.byTestId(`sq-answer-${id}`);
  const status = async () => (await w.byTestId('sq-status').textContent())?.trim() ?? '';

  test('starts with every answer hidden behind a button that controls it', async () => {
    expect(await w.widget.locator('.sq-item').count()).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      await expect.poll(() => answer(q.id).isVisible(), { message: q.id }).toBe(false);
      expect(await toggle(q.id).getAttribute('aria-expanded'), q.id).toBe('false');
      const controlled = await toggle(q.id).getAttribute('aria-controls');
      expect(controlled && (await answer(q.id).getAttribute('id')), q.id).toBe(controlled);
      expect((await toggle(q.id).textContent())?.trim()).toBe('Show the answer');
    }
    expect(await status()).toBe(`${QUESTIONS.length} questions. Answer each in your own words, then show the answer to compare.`);
  });

  test('a click reveals an answer, with its explanation and a link to its chapter, and a second click hides it', async () => {
    await toggle(first.id).click();
    await expect.poll(() => answer(first.id).isVisible()).toBe(true);
    expect(await toggle(first.id).getAttribute('aria-expanded')).toBe('true');
    expect((await toggle(first.id).textContent())?.trim()).toBe('Hide the answer');
    expect(await answer(first.id).textContent()).toContain(first.answer[0].slice(0, 40));
    expect(await answer(first.id).locator('a').getAttribute('href')).toContain(first.see.href);
    await expect.poll(status).toBe(`1 of ${QUESTIONS.length} answers shown.`);
    // The others stay hidden.
    expect(await answer(second.id).isVisible()).toBe(false);
    await toggle(first.id).click();
    await expect.poll(() => answer(first.id).isVisible()).toBe(false);
    expect(await toggle(first.id).getAttribute('aria-expanded')).toBe('false');
  });

  test('the keyboard alone reveals an answer: Tab reaches its button, Enter opens it and Space closes it', async () => {
    // Focus the button before it, then move on with Tab as a reader would.
    await toggle(first.id).focus();
    await w.page.keyboard.press('Tab');
    expect(await toggle(second.id).evaluate((el) => el === document.activeElement), 'Tab moves from one answer button to the next').toBe(true);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => answer(second.id).isVisible()).toBe(true);
    expect(await toggle(second.id).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(status).toBe(`1 of ${QUESTIONS.length} answers shown.`);
    // Focus stays on the button, so Space closes what Enter opened.
    await w.page.keyboard.press('Space');
    await expect.poll(() => answer(second.id).isVisible()).toBe(false);
  });

  test('"Show all answers" opens every answer, and "Hide all answers" closes them', async () => {
    await w.byTestId('sq-all').click();
    for (const q of QUESTIONS) await expect.poll(() => answer(q.id).isVisible(), { message: q.id }).toBe(true);
    await expect.poll(status).toBe(`${QUESTIONS.length} of ${QUESTIONS.length} answers shown.`);
    expect(await w.byTestId('sq-all').getAttribute('aria-pressed')).toBe('true');
    await w.byTestId('sq-all').click();
    for (const q of QUESTIONS) await expect.poll(() => answer(q.id).isVisible(), { message: q.id }).toBe(false);
  });
});
