/**
 * Measures load time against batch size, to choose DEFAULT_LOAD_OPTIONS.batchSize.
 * Loads N renamed copies of a graph (default: the sample corpus ×20) into an
 * empty database for each batch size and prints the times.
 *
 *   NEO4J_URI=… NEO4J_PASSWORD=… npx tsx scripts/neo4j/measure-batch-size.ts [copies] [sizes…]
 *
 * WARNING: empties the database it is pointed at.
 */
import { buildFromPaths } from "../../pipeline/build.js";
import { connect } from "../../pipeline/neo4j/connection.js";
import { loadGraph } from "../../pipeline/neo4j/loader.js";
import { resolveNeo4jSettings } from "../../pipeline/neo4j/settings.js";
import { edgeKey, type SerializedPolicyGraph } from "../../pipeline/schema/index.js";

const copies = Number(process.argv[2] ?? 20);
const sizes = process.argv.slice(3).map(Number);
const batchSizes = sizes.length > 0 ? sizes : [50, 200, 500, 1000, 2000];

/** N copies with every key, article reference and source renamed, so nothing merges. */
function replicate(graph: SerializedPolicyGraph, n: number): SerializedPolicyGraph {
  const out: SerializedPolicyGraph = { attributes: graph.attributes, options: graph.options, nodes: [], edges: [] };
  for (let i = 0; i < n; i++) {
    const rename = (key: string) => `${key}#${i}`;
    for (const node of graph.nodes) {
      const attributes = { ...node.attributes!, name: `${node.attributes!.name}#${i}`, articles: node.attributes!.articles.map(rename) };
      if (attributes.kind === "Article") (attributes as { source: string }).source = `${(attributes as { source: string }).source}#${i}`;
      out.nodes.push({ key: rename(node.key), attributes });
    }
    for (const edge of graph.edges) {
      const attributes = { ...edge.attributes!, evidence: edge.attributes!.evidence.map((e) => ({ ...e, article: rename(e.article) })) };
      out.edges.push({ key: edgeKey(attributes.type, rename(edge.source), rename(edge.target)), source: rename(edge.source), target: rename(edge.target), attributes });
    }
  }
  return out;
}

const { graph } = await buildFromPaths(["corpus"]);
const big = replicate(graph.export(), copies);
const settings = resolveNeo4jSettings();
const driver = await connect(settings);
try {
  console.log(`${big.nodes.length} nodes, ${big.edges.length} relations (${copies} copies of the sample corpus)`);
  for (const batchSize of batchSizes) {
    const session = driver.session();
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS");
    await session.close();
    const started = Date.now();
    const summary = await loadGraph(driver, big, { database: settings.database, batchSize });
    console.log(`batch ${String(batchSize).padStart(5)}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${summary.batches} batches, reconcile ${summary.reconcile?.ok ? "ok" : "FAILED"}`);
  }
} finally {
  await driver.close();
}
