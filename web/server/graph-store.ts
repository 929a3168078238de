/**
 * Holds the graph the API serves, with its county/theme index. A file store
 * re-reads graph.json when it changes; a loader store (Neo4j) re-reads after
 * a short time so a fresh `load` shows up without restarting the server.
 */
import { readFile, stat } from "node:fs/promises";
import { createPolicyGraph, type PolicyGraph } from "../../pipeline/graph/build-graph.js";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";
import type { GraphSourceKind } from "../shared/api-types.js";
import { indexGraph, type GraphIndex } from "../shared/graph-index.js";

export interface GraphSnapshot {
  graph: PolicyGraph;
  index: GraphIndex;
}

export interface GraphStore {
  readonly source: GraphSourceKind;
  /** File path or Neo4j URI, for the status line. */
  readonly location: string;
  current(): Promise<GraphSnapshot>;
}

export class GraphFileError extends Error {
  override name = "GraphFileError";
}

function snapshotOf(graph: PolicyGraph): GraphSnapshot {
  return { graph, index: indexGraph(graph) };
}

/**
 * Parses a graph.json text into a policy graph, with a clear error when it is not one.
 *
 * @example parseGraphJson(await readFile("out/graph.json", "utf8"), "out/graph.json").order
 */
export function parseGraphJson(text: string, location: string): PolicyGraph {
  let data: SerializedPolicyGraph;
  try {
    data = JSON.parse(text) as SerializedPolicyGraph;
  } catch (error) {
    throw new GraphFileError(`${location} is not valid JSON: ${(error as Error).message}`);
  }
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFileError(`${location} is not a graphology export (needs "nodes" and "edges" arrays)`);
  }
  const graph = createPolicyGraph();
  graph.import(data);
  return graph;
}

/** A store over a graph already in memory (tests, export-site). */
export function createMemoryGraphStore(graph: PolicyGraph, location = "memory"): GraphStore {
  const snapshot = snapshotOf(graph);
  return { source: "file", location, current: async () => snapshot };
}

async function readSnapshot(file: string): Promise<GraphSnapshot> {
  return snapshotOf(parseGraphJson(await readFile(file, "utf8"), file));
}

/**
 * A store over graph.json, re-read when the file's modification time changes.
 * Callers that arrive while a read is under way (the server's warm-up and the
 * first request) wait for that read instead of parsing the file again.
 */
export function createFileGraphStore(file: string): GraphStore {
  let latest: { mtimeMs: number; snapshot: Promise<GraphSnapshot> } | undefined;
  return {
    source: "file",
    location: file,
    async current() {
      const { mtimeMs } = await stat(file).catch(() => {
        throw new GraphFileError(`${file} does not exist; build it with \`npm run kg -- build corpus\``);
      });
      if (latest?.mtimeMs !== mtimeMs) {
        const read = { mtimeMs, snapshot: readSnapshot(file) };
        latest = read;
        // A failed read is forgotten, so the next call tries the file again.
        read.snapshot.catch(() => {
          if (latest === read) latest = undefined;
        });
      }
      return latest.snapshot;
    },
  };
}

/** A store over a loader (Neo4j), re-read at most every `maxAgeMs`. */
export function createLoaderGraphStore(
  source: GraphSourceKind,
  location: string,
  load: () => Promise<PolicyGraph>,
  maxAgeMs = 5_000,
): GraphStore {
  let cached: { at: number; snapshot: GraphSnapshot } | undefined;
  let pending: Promise<GraphSnapshot> | undefined;
  return {
    source,
    location,
    async current() {
      if (cached && Date.now() - cached.at < maxAgeMs) return cached.snapshot;
      pending ??= load()
        .then((graph) => {
          cached = { at: Date.now(), snapshot: snapshotOf(graph) };
          return cached.snapshot;
        })
        .finally(() => (pending = undefined));
      return pending;
    },
  };
}
