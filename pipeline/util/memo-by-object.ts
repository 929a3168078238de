/**
 * `build(key)` computed once per key object (a word list, a lexicon table) and
 * remembered as long as that object lives: for structures derived from data
 * that every sentence consults.
 *
 * @example const asSet = memoByObject((words: readonly string[]) => new Set(words)); asSet(list) === asSet(list) // true
 */
export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = build(key);
      values.set(key, value);
    }
    return value;
  };
}
