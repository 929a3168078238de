/**
 * The attributes a graph.json records about its build, read from the file's
 * head without parsing the whole graph: graphology writes them before the nodes.
 */
import { open } from "node:fs/promises";
import type { GraphAttributes } from "../schema/index.js";

/** Bytes read from the head of the file: the attributes come right after the graph's options. */
const HEAD_BYTES = 64 * 1024;
const ATTRIBUTES = /^\{"options":\{[^{}]*\},"attributes":(\{[^{}]*\})/u;

/**
 * The graph attributes at the head of a graph.json, or undefined when the file
 * does not start as `graph.export()` writes one.
 *
 * @example await graphFileAttributes("out/graph.json") // { formatVersion: 1, builtAt: "…", generator: "policy-kg", pipelineVersion: "…", inputs: ["corpus"] }
 */
export async function graphFileAttributes(file: string): Promise<Partial<GraphAttributes> | undefined> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const match = ATTRIBUTES.exec(buffer.subarray(0, bytesRead).toString("utf8"));
    if (!match) return undefined;
    try {
      return JSON.parse(match[1]!) as Partial<GraphAttributes>;
    } catch {
      return undefined;
    }
  } finally {
    await handle.close();
  }
}
