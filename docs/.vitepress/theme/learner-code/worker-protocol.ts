/**
 * The messages between the page (learner-worker-client.ts) and the "Use my code" worker
 * (learner-worker.ts), all plain data.
 */
import type { RecipeAddress, SlotUse } from './recipe.ts';

export interface WorkerRequest {
  id: number;
  address: RecipeAddress;
  input: unknown;
  /** Slots ("01-perceptron/perceptronUpdate") and files ("load:01-perceptron") that ran forever in an earlier worker. */
  endless: string[];
}

export type WorkerReply =
  /** The recipe starts running: the page's time limit starts now, after loading the files. */
  | { type: 'started'; id: number }
  /** About to load a chapter's file ("load:01-perceptron") or to run a slot's learner code ("01-perceptron/step"). */
  | { type: 'enter'; id: number; slot: string }
  | { type: 'done'; id: number; value: unknown; uses: SlotUse[] }
  | { type: 'failed'; id: number; message: string };
