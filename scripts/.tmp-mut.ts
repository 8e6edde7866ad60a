import { join } from 'node:path';
import { gradeBatch } from '/work/wt-capstone/test/grader/batch.ts';
import { mutants } from '/work/wt-capstone/test/mutants/index.ts';
const chosen = mutants.filter((m) => m.chapter === '10-digits');
const t = performance.now();
const graded = await gradeBatch(chosen.map((m) => ({ chapter: m.chapter, learner: join('test/mutants', m.file), exercise: m.exercise })), { seed: Number(process.env.GRADE_SEED ?? 5) });
graded.forEach(({ result, strays }, i) => {
  const m = chosen[i];
  const ok = result?.status === 'failing' && (typeof m.expect === 'string' ? (result.message ?? '').includes(m.expect) : m.expect.test(result.message ?? '')) && strays.length === 0;
  console.log(ok ? 'OK  ' : 'BAD ', m.file, ok ? '' : `${result?.status}: ${result?.message}`);
});
console.log((performance.now() - t) / 1000, 's');
