import { describe, expect, it } from "vitest";
import { createBoundedMemo } from "../../pipeline/util/bounded-memo.js";

describe("createBoundedMemo", () => {
  it("computes a key once while it is remembered", () => {
    const memo = createBoundedMemo<number>(10);
    let calls = 0;
    const compute = () => ++calls;
    expect(memo("a", compute)).toBe(1);
    expect(memo("a", compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it("never holds more than its limit and recomputes what it forgot", () => {
    const memo = createBoundedMemo<string>(2);
    let calls = 0;
    const compute = (value: string) => () => (calls++, value);
    memo("a", compute("a"));
    memo("b", compute("b"));
    memo("c", compute("c")); // full: forgets a and b
    expect(memo("a", compute("a"))).toBe("a");
    expect(calls).toBe(4);
  });
});
