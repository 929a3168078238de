/**
 * The JSON body of GET /api/graph, made once per graph snapshot and filter
 * set and served from memory afterwards, as UTF-8 bytes and, for clients
 * that accept it, gzipped (made once, on the first such request: the default
 * view is megabytes of JSON that compress about tenfold). Requests arriving
 * while a body is being made (its layout running in a worker) wait for that
 * one; a body that failed is forgotten so the next request tries again.
 */
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { payloadContent, withLayout, type GraphRequest } from "./graph-payload.js";
import type { GraphStore } from "./graph-store.js";
import type { PayloadLayouts } from "./payload-layouts.js";

const PAYLOADS_PER_SNAPSHOT = 32;
const payloadCache = new WeakMap<object, Map<string, Promise<PayloadBody>>>();
const gzipBytes = promisify(gzip);

/** One body as served. */
export interface PayloadBody {
  /** The JSON, UTF-8 encoded once rather than at every response. */
  json: Buffer;
  /** The same bytes gzipped; compressed on first call (off the event loop), then remembered. */
  gzipped(): Promise<Buffer>;
}

function payloadBody(text: string): PayloadBody {
  const json = Buffer.from(text, "utf8");
  let compressed: Promise<Buffer> | undefined;
  return {
    json,
    gzipped: () => {
      if (!compressed) {
        compressed = gzipBytes(json);
        // A failed compression is not remembered: the next request tries again.
        compressed.catch(() => (compressed = undefined));
      }
      return compressed;
    },
  };
}

/** The same key for the same filters, whatever order their values came in. */
function filterKey(request: GraphRequest): string {
  return JSON.stringify([[...request.kinds].sort(), [...request.counties].sort(), request.maxNodes]);
}

/** What the explorer asks for first (`/api/graph`, no filter): the view worth laying out at start-up. */
export function defaultGraphRequest(maxGraphNodes: number): GraphRequest {
  return { kinds: [], counties: [], maxNodes: maxGraphNodes };
}

/**
 * @example const body = await graphPayloadBody(store, layouts, defaultGraphRequest(5000));
 */
export async function graphPayloadBody(store: GraphStore, layouts: PayloadLayouts, request: GraphRequest): Promise<PayloadBody> {
  const snapshot = await store.current();
  let payloads = payloadCache.get(snapshot);
  if (!payloads) payloadCache.set(snapshot, (payloads = new Map()));
  const key = filterKey(request);
  let body = payloads.get(key);
  if (body === undefined) {
    if (payloads.size >= PAYLOADS_PER_SNAPSHOT) payloads.clear();
    const content = payloadContent(snapshot.graph, snapshot.index, store.source, request);
    const made = layouts.layout(content.graph).then((layout) => payloadBody(JSON.stringify(withLayout(content, layout))));
    payloads.set(key, (body = made));
    made.catch(() => {
      if (payloads.get(key) === made) payloads.delete(key);
    });
  }
  return body;
}
