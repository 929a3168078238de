/**
 * The explorer benchmark's baseline: the same graph drawn by Sigma v3 with
 * nothing else on the page (no UI, filters or reducers). Reads the graph URL
 * from `?graph=` (a graphology export) and exposes hooks on `window` for the
 * benchmark driver.
 */
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import random from "graphology-layout/random";
import Sigma from "sigma";

const KIND_COLORS: Record<string, string> = {
  Article: "#9e9e9e",
  County: "#e53935",
  City: "#8e24aa",
  Province: "#5e35b1",
  Programme: "#1e88e5",
  Group: "#43a047",
  Metric: "#fb8c00",
  Organization: "#6d4c41",
  Person: "#00897b",
  Theme: "#fdd835",
};

interface BareSigmaHooks {
  sigma: Sigma;
  graph: Graph;
  startLayout(): void;
  stopLayout(): void;
}

declare global {
  interface Window {
    bareSigma?: BareSigmaHooks;
    bareSigmaError?: string;
  }
}

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get("graph") ?? "graph.json";
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bare-sigma: ${url} answered ${response.status}`);
  const graph = Graph.from(await response.json());
  // Seeded positions, the same for every run (the benchmark compares rendering, not layout quality).
  let state = 1;
  const rng = (): number => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  random.assign(graph, { rng });
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, {
      size: 2 + Math.sqrt(graph.degree(node)),
      color: KIND_COLORS[String(attributes.kind)] ?? "#757575",
      label: String(attributes.name ?? node),
    });
  });
  // `type` holds the relation type, which Sigma would read as its edge program; keep it under another name.
  graph.forEachEdge((edge, attributes) => {
    graph.replaceEdgeAttributes(edge, { relation: attributes.type, size: 1, color: "#cfd8dc" });
  });
  performance.mark("graph-loaded");
  const sigma = new Sigma(graph, document.getElementById("sigma") as HTMLElement);
  let layout: FA2Layout | undefined;
  window.bareSigma = {
    sigma,
    graph,
    startLayout() {
      layout ??= new FA2Layout(graph, { settings: { barnesHutOptimize: graph.order > 2000, slowDown: 10 } });
      layout.start();
    },
    stopLayout() {
      layout?.stop();
    },
  };
}

main().catch((error: unknown) => {
  window.bareSigmaError = error instanceof Error ? error.message : String(error);
});
