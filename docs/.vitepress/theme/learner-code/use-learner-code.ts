/**
 * "Use my code" for one widget: whether it is on (one choice for the whole site, remembered in the
 * browser), which of the learner's functions the widget's last runs used and which fell back to
 * lib/ and why (the badges of UseMyCode.vue), and `run`, which computes a recipe with the learner's
 * code when the choice is on and with lib/ otherwise. `version` changes when the learner saves a
 * file or grades, so the widget can run again.
 *
 * Only `npm start` has a learner: in the built site `available` is false, `run` is lib's, and the
 * worker is not in the bundle.
 */
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue';
import { referenceImpl, type Recipe, type SlotUse, type Slots } from './recipe.ts';
import type { LearnerWorker } from './learner-worker-client.ts';

const STORAGE_KEY = 'nnfs:use-my-code';
export const available = import.meta.env.DEV && !import.meta.env.SSR;

const enabled = ref(false);
const version = ref(0);
let client: Promise<LearnerWorker> | undefined;

function learnerWorker(): Promise<LearnerWorker> {
  // Inside a condition the build knows to be false: it drops the import, so neither the client
  // nor its worker (which needs the dev server's learner-code module) is bundled.
  if (import.meta.env.DEV) {
    client ??= import('./learner-worker-client.ts').then(({ LearnerWorker }) => {
      const worker = new LearnerWorker();
      import.meta.hot?.on('nnfs:learner-code', () => {
        worker.restart();
        version.value++;
      });
      return worker;
    });
  }
  if (!client) throw new Error('the learner\'s code runs in npm start only');
  return client;
}

if (available) {
  enabled.value = localStorage.getItem(STORAGE_KEY) === 'on';
  // Listen for saves from the start, so a widget turned on later runs the files as they are.
  if (enabled.value) void learnerWorker();
}

export interface LearnerCode {
  available: boolean;
  enabled: Ref<boolean>;
  /** Changes when the learner's files or grades change. */
  version: Readonly<Ref<number>>;
  /** Per exercise the widget used in its latest runs: the learner's code, or lib's and why. */
  uses: ComputedRef<SlotUse[]>;
  /** Why the last run fell back to lib/ altogether, or null. */
  failure: Readonly<Ref<string | null>>;
  setEnabled(on: boolean): void;
  /** The recipe (the export `name` of the widget's learner-recipes.ts) with the learner's code when on, else lib's. */
  run<S extends Slots, In, Out>(name: string, recipe: Recipe<S, In, Out>, input: In, options?: RunOptions): Promise<Out>;
}

export interface RunOptions {
  /**
   * This run computes everything the widget shows (a curve explorer redraws with one recipe per
   * function): its uses replace those of earlier runs, so the badges name the exercises behind
   * what is on screen, not those of a function shown before.
   */
  showsAll?: boolean;
}

export function useLearnerCode(widget: string): LearnerCode {
  const latest = shallowRef(new Map<string, SlotUse>());
  const failure = ref<string | null>(null);
  let seen = version.value;

  function setEnabled(on: boolean): void {
    enabled.value = on;
    latest.value = new Map();
    failure.value = null;
    if (!available) return;
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    if (on) void learnerWorker();
  }

  async function run<S extends Slots, In, Out>(name: string, recipe: Recipe<S, In, Out>, input: In, options: RunOptions = {}): Promise<Out> {
    if (!available || !enabled.value) return recipe.run(referenceImpl(recipe.slots), input);
    try {
      const result = await (await learnerWorker()).run<Out>({ widget, recipe: name }, input);
      // After a save, what the earlier runs used no longer holds.
      const uses = seen === version.value && !options.showsAll ? new Map(latest.value) : new Map<string, SlotUse>();
      seen = version.value;
      for (const use of result.uses) uses.set(`${use.chapter}/${use.name}`, use);
      latest.value = uses;
      failure.value = null;
      return result.value;
    } catch (error) {
      // A run cut short by a save is not a failure: the widget runs again for the new version.
      if (!(error instanceof Error && error.name === 'RunSuperseded')) failure.value = error instanceof Error ? error.message : String(error);
      return recipe.run(referenceImpl(recipe.slots), input);
    }
  }

  return { available, enabled, version, uses: computed(() => [...latest.value.values()]), failure, setEnabled, run };
}
