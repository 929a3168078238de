/**
 * The sample graph grown into a small hub: 金乡县 runs many more programmes
 * that all serve 离退休干部, reported in many more articles, with many more
 * metrics counting the group, and 济宁市 holds many more counties. Each of
 * those lists is longer than a page of node details (or of the panel's
 * county chips), one relation has seven evidence sentences, and half the new
 * articles carry a date. For paging tests (unit, API, browser).
 */
import { countEvidenceRelations, type PolicyGraph } from "../../pipeline/graph/build-graph.js";
import { edgeKey, nodeKey, type Evidence, type RelationType } from "../../pipeline/schema/index.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

export interface HubSize {
  programmes: number;
  articles: number;
  metrics: number;
  /** Counties added inside 济宁市, beside the sample's three (default none). */
  counties?: number;
}

export const HUB_SIZE: HubSize = { programmes: 45, articles: 30, metrics: 25, counties: 60 };

export const HUB = {
  county: nodeKey("County", "金乡县"),
  city: nodeKey("City", "济宁市"),
  group: nodeKey("Group", "离退休干部"),
  /** The SERVES relation with seven evidence sentences. */
  wellAttested: edgeKey("SERVES", nodeKey("Programme", "金乡示范项目01"), nodeKey("Group", "离退休干部")),
  wellAttestedSentences: 7,
} as const;

const two = (n: number) => String(n).padStart(2, "0");

/**
 * @example createHubGraph().inDegree(HUB.group) // 2 + 45 SERVES + 2 + 25 COUNTS
 */
export function createHubGraph(size: HubSize = HUB_SIZE): PolicyGraph {
  const graph = createSampleGraph();
  const texts: string[] = [];
  const articleKey = (i: number) => `Article:hub${String(i).padStart(13, "0")}`;
  for (let i = 0; i < size.articles; i++) {
    texts.push("");
    graph.addNode(articleKey(i), {
      kind: "Article",
      name: `金乡县示范报道第${i}篇`,
      title: `金乡县示范报道第${i}篇`,
      county: "金乡县",
      reporters: ["李笑亚"],
      source: `hub/${i}.txt`,
      // Every other article dated, not in date order: the panel lists the newest first.
      ...(i % 2 === 0 ? { date: `2024-${two((i * 7) % 12 + 1)}-${two(i % 28 + 1)}` } : {}),
      text: "",
      hash: String(i).padStart(64, "0"),
      layout: "print",
      evidenceRelations: 0,
      articles: [articleKey(i)],
    });
  }
  /** A new sentence of article i, with its offsets. */
  const say = (i: number, sentence: string, matched: string[]): Evidence => {
    const start = texts[i]!.length;
    texts[i] += sentence;
    return { article: articleKey(i), sentence, start, end: start + sentence.length, matched };
  };
  const link = (type: RelationType, from: string, to: string, evidence: Evidence[]) =>
    graph.addDirectedEdgeWithKey(edgeKey(type, from, to), from, to, { type, evidence });
  const mention = (node: string, article: string) => graph.updateNodeAttribute(node, "articles", (list) => [...(list ?? []), article]);

  for (let i = 0; i < size.articles; i++) {
    link("REPORTS_ON", articleKey(i), HUB.county, [say(i, `金乡县第${i}篇报道讲述为老服务。`, ["金乡县"])]);
    mention(HUB.county, articleKey(i));
    mention(HUB.group, articleKey(i));
  }
  const programme = (p: number) => nodeKey("Programme", `金乡示范项目${two(p)}`);
  for (let p = 1; p <= size.programmes; p++) {
    const article = p % size.articles;
    graph.addNode(programme(p), { kind: "Programme", name: `金乡示范项目${two(p)}`, category: "initiative", articles: [articleKey(article)] });
    link("RUNS", HUB.county, programme(p), [say(article, `金乡县开展金乡示范项目${two(p)}。`, ["金乡县", `金乡示范项目${two(p)}`])]);
    // One to three sentences each, seven for the first: the best attested come first in the panel.
    const sentences = p === 1 ? HUB.wellAttestedSentences : 1 + (p % 3);
    const evidence = Array.from({ length: sentences }, (_, s) =>
      say((article + s) % size.articles, `金乡示范项目${two(p)}第${s + 1}次走访离退休干部。`, [`金乡示范项目${two(p)}`, "离退休干部"]),
    );
    link("SERVES", programme(p), HUB.group, evidence);
  }
  for (let m = 1; m <= size.metrics; m++) {
    const key = nodeKey("Metric", `金乡县·慰问离退休干部${100 + m}名`);
    const article = m % size.articles;
    const sentence = say(article, `慰问离退休干部${100 + m}名。`, [`${100 + m}名`, "离退休干部"]);
    graph.addNode(key, { kind: "Metric", name: `金乡县·慰问离退休干部${100 + m}名`, value: 100 + m, unit: "名", counted: "慰问离退休干部", raw: `${100 + m}名`, articles: [articleKey(article)] });
    link("HAS_METRIC", programme(1 + (m % size.programmes)), key, [sentence]);
    link("COUNTS", key, HUB.group, [sentence]);
  }
  for (let c = 1; c <= (size.counties ?? 0); c++) {
    const key = nodeKey("County", `示范${two(c)}县`);
    graph.addNode(key, { kind: "County", name: `示范${two(c)}县`, code: String(379900 + c), articles: [] });
    link("IN", key, HUB.city, []);
  }
  texts.forEach((text, i) => graph.mergeNodeAttributes(articleKey(i), { text }));
  countEvidenceRelations(graph);
  return graph;
}
