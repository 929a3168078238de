import { describe, expect, it } from "vitest";
import { memoByObject } from "../../pipeline/util/memo-by-object.js";

describe("memoByObject", () => {
  it("builds once per key object and again for another object with equal contents", () => {
    let builds = 0;
    const asSet = memoByObject((words: readonly string[]) => {
      builds++;
      return new Set(words);
    });
    const list = ["干部", "群众"];
    expect(asSet(list)).toBe(asSet(list));
    expect(builds).toBe(1);
    expect(asSet([...list])).not.toBe(asSet(list));
    expect(builds).toBe(2);
  });
});
