/** Query parameters typed into text fields, read back as JSON values when they look like JSON. */

/**
 * @example parseParamValue("10") // 10
 * @example parseParamValue("金乡县") // "金乡县"
 * @example parseParamValue('["a","b"]') // ["a", "b"]
 */
export function parseParamValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null|\[.*\]|\{.*\}|".*")$/s.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

export function parseParams(fields: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, parseParamValue(value)]));
}
