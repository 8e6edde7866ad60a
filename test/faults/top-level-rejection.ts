// Fault fixture: a promise rejected at the top level of the file, which nothing awaits.
// Expected: the file could not load, naming the rejection.
async function warmUp(): Promise<void> {
  throw new Error('warm-up failed');
}
warmUp();

export { dot, mean } from '../../solutions/00-getting-started.ts';
