/** The last Cypher queries run, kept in localStorage (newest first, no duplicates). */
const KEY = "policy-kg.cypher-history";
export const HISTORY_SIZE = 25;

export function readHistory(storage: Storage): string[] {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(value) ? value.filter((q): q is string => typeof q === "string") : [];
  } catch {
    return [];
  }
}

export function addToHistory(storage: Storage, query: string): string[] {
  const history = [query, ...readHistory(storage).filter((q) => q !== query)].slice(0, HISTORY_SIZE);
  try {
    storage.setItem(KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled (private mode): history is a convenience, the query still runs.
  }
  return history;
}
