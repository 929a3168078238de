/** A standard sum (每人每年4200元) keeps what it is per on its way from the graph to the explorer's metric table. */
import { describe, expect, it } from "vitest";
import { metricPage } from "../../web/shared/node-details.js";
import { formatMetricValue } from "../../web/src/ui/node-panel.js";
import { createHubGraph, HUB } from "./hub-graph.js";

describe("standard sums in the explorer", () => {
  it("lists a standard with what it is per, and a total without", () => {
    const graph = createHubGraph({ programmes: 1, articles: 1, metrics: 1 });
    const key = "Metric:金乡县·特困人员每人每年9600元";
    graph.addNode(key, { kind: "Metric", name: key.slice(7), value: 9600, unit: "元", counted: "特困人员", raw: "9600元", per: "每人每年", articles: [] });
    graph.addDirectedEdgeWithKey(`HAS_METRIC|${HUB.group}|${key}`, HUB.group, key, { type: "HAS_METRIC", evidence: [] });
    const rows = metricPage(graph, HUB.group, { offset: 0, limit: 10 })!.items;
    expect(rows.find((row) => row.key === key)).toMatchObject({ value: 9600, per: "每人每年" });
    expect(rows.filter((row) => row.key !== key).every((row) => row.per === undefined)).toBe(true);
    expect(formatMetricValue({ value: 9600, unit: "元", per: "每人每年" })).toBe("9,600 元 每人每年");
    expect(formatMetricValue({ value: 2300, unit: "名", approx: "余" })).toBe("2,300余 名");
  });
});
