/**
 * A memo that forgets everything when it reaches `limit` entries: cheap,
 * bounded, and enough where what repeats is recent (articles are processed
 * one after another, in a pass or two).
 *
 * @example const cached = createBoundedMemo<number>(1000); cached("key", () => expensive())
 */
export function createBoundedMemo<T>(limit: number): (key: string, compute: () => T) => T {
  const entries = new Map<string, T>();
  return (key, compute) => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    if (entries.size >= limit) entries.clear();
    const value = compute();
    entries.set(key, value);
    return value;
  };
}
