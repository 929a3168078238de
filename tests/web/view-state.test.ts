import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../pipeline/schema/index.js";
import { decodeViewState, encodeViewState, INITIAL_VIEW_STATE, sortKinds, type ViewState } from "../../web/shared/view-state.js";

const text = fc.string({ unit: fc.oneof(fc.constantFrom(..."金乡县微山离退休干部&=#?%+, :|"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });

const viewState: fc.Arbitrary<ViewState> = fc.record({
  hiddenKinds: fc.subarray([...NODE_KINDS]).map(sortKinds),
  counties: fc.array(text, { maxLength: 4 }),
  themes: fc.array(text, { maxLength: 3 }),
  selected: fc.option(text, { nil: null }),
  compare: fc.array(text, { maxLength: 4 }),
  camera: fc.option(fc.record({ x: finite, y: finite, ratio: fc.double({ min: 0.001, max: 100, noNaN: true }), angle: finite }), { nil: null }),
  query: fc.option(fc.string({ maxLength: 80 }), { nil: null }),
  params: fc.dictionary(fc.string({ unit: fc.constantFrom(..."abcxyz_"), minLength: 1, maxLength: 6 }), fc.string({ maxLength: 10 })),
});

describe("view state URL encoding", () => {
  it("decodes what it encodes, for any view", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const decoded = decodeViewState(`#${encodeViewState(state)}`);
        expect(decoded).toEqual({ ...state, camera: state.camera && { ...state.camera, angle: state.camera.angle + 0, x: state.camera.x + 0, y: state.camera.y + 0 } });
      }),
      { numRuns: 300 },
    );
  });

  it("encodes the initial view as an empty hash", () => {
    expect(encodeViewState(INITIAL_VIEW_STATE)).toBe("");
    expect(decodeViewState("")).toEqual(INITIAL_VIEW_STATE);
  });

  it("refuses unknown kinds and malformed cameras with a typed error", () => {
    expect(() => decodeViewState("#hide=Planet")).toThrowError(expect.objectContaining({ name: "ViewStateError" }));
    expect(() => decodeViewState("#cam=1,2,0,0")).toThrowError(expect.objectContaining({ name: "ViewStateError" }));
    expect(() => decodeViewState("#cam=1,2,x,0")).toThrowError(expect.objectContaining({ name: "ViewStateError" }));
  });
});
