import { describe, expect, it } from "vitest";
import { INITIAL_APP_STATE } from "../../web/src/state/app-state.js";
import {
  closePanel,
  replaceView,
  selectNode,
  setCompare,
  toggleCountyFilter,
  toggleKind,
} from "../../web/src/state/producers.js";
import { createStore } from "../../web/src/state/store.js";
import { INITIAL_VIEW_STATE } from "../../web/shared/view-state.js";

describe("state producers", () => {
  it("toggle kinds into schema order without duplicates", () => {
    let state = toggleKind("Person", false)(INITIAL_APP_STATE);
    state = toggleKind("Article", false)(state);
    state = toggleKind("Article", false)(state);
    expect(state.view.hiddenKinds).toEqual(["Article", "Person"]);
    expect(toggleKind("Article", true)(state).view.hiddenKinds).toEqual(["Person"]);
  });

  it("open the panel that matches the view and close it again", () => {
    const selected = selectNode("Group:离退休干部")(INITIAL_APP_STATE);
    expect(selected.panel).toBe("details");
    const comparing = setCompare(["金乡县", "微山县"])(selected);
    expect(comparing.panel).toBe("compare");
    expect(setCompare(["金乡县"])(comparing).panel).toBe("none");
    const closed = closePanel()(comparing);
    expect(closed).toMatchObject({ panel: "none", view: { selected: null, compare: [] } });
    expect(replaceView({ ...INITIAL_VIEW_STATE, query: "MATCH (n) RETURN n" })(INITIAL_APP_STATE)).toMatchObject({ cypherOpen: true, panel: "none" });
  });

  it("leave the input state untouched", () => {
    const before = JSON.stringify(INITIAL_APP_STATE.view);
    toggleCountyFilter("金乡县", true)(INITIAL_APP_STATE);
    expect(JSON.stringify(INITIAL_APP_STATE.view)).toBe(before);
  });

  it("notify listeners only when the state changes", () => {
    const store = createStore(INITIAL_APP_STATE);
    const seen: string[] = [];
    store.subscribe((state) => seen.push(String(state.view.selected)));
    store.update(selectNode("County:金乡县"));
    store.update((state) => state);
    expect(seen).toEqual(["County:金乡县"]);
  });
});
