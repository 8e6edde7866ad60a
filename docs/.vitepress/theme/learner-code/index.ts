/**
 * "Use my code" (DESIGN §6): what a widget imports to run the learner's exercises in `npm start`.
 * In the built site the switch renders nothing and its code is not in the bundle.
 */
import { defineAsyncComponent } from 'vue';

export const UseMyCode = import.meta.env.DEV ? defineAsyncComponent(() => import('./UseMyCode.vue')) : () => null;
export { useLearnerCode, type LearnerCode } from './use-learner-code.ts';
export { defineRecipe, slot, referenceImpl } from './recipe.ts';
