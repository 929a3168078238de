/** A minimal observable store: one state value, producers to change it, listeners told after each change. */
import type { AppState } from "./app-state.js";
import type { Producer } from "./producers.js";

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  update(producer: Producer): void;
  subscribe(listener: Listener): () => void;
}

/**
 * @example
 * const store = createStore(INITIAL_APP_STATE);
 * store.subscribe((state) => render(state));
 * store.update(selectNode("Group:离退休干部"));
 */
export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      state = producer(state);
      if (state !== previous) for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
