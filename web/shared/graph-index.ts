/**
 * Which counties and themes each node belongs to, derived once per graph.
 * A node "reaches" a county through programmes: a Group through the
 * programmes that serve it (or the metrics that count it), an Organisation
 * through the programmes it takes part in, a Theme through the programmes
 * about it. A programme several counties run is one node, so each of those
 * relations counts only for the counties whose articles attest it
 * (relation-counties.ts). Filters, the county comparison and the node panel
 * all read this.
 */
import type Graph from "graphology";
import type { EdgeAttributes, Evidence, NodeKind } from "../../pipeline/schema/index.js";
import type { NodeAttributesWithoutLists } from "./api-types.js";
import { attestedCounties, COUNTY_SCOPED_RELATIONS } from "./relation-counties.js";

/**
 * Read-only view of a policy graph (the data graph, not Sigma's display
 * graph): the server's full graph, or the browser's copy of a payload, which
 * has article lists and evidence only when the payload carries them inline.
 */
export type DataGraph = Graph<DataNodeAttributes, DataEdgeAttributes>;
export type DataNodeAttributes = NodeAttributesWithoutLists & { articles?: string[] };
export type DataEdgeAttributes = Omit<EdgeAttributes, "evidence"> & {
  evidence?: Evidence[];
  /** Counties the relation speaks for, as a payload without evidence ships them (relation-counties.ts). */
  counties?: string[];
};

export interface NodeMembership {
  /** Canonical names of the counties the node reaches. */
  counties: ReadonlySet<string>;
  /** Canonical names of the themes the node is about, directly or through its programmes. */
  themes: ReadonlySet<string>;
}

export type GraphIndex = ReadonlyMap<string, NodeMembership>;

type RelationType = EdgeAttributes["type"];
type NeighboursByNode = Map<string, string[]>;
const NONE: readonly string[] = [];

/**
 * Every node's neighbours over each relation type, out of and into it, from
 * one pass over the edges: asking graphology for a node's edges of one type
 * walks all its edges every time, which made indexing a big graph slow.
 * Neighbours come in the order their edges were added, which is the order of
 * `forEachOutEdge`/`forEachInEdge` for a graph read from graph.json; after
 * edits the order may differ, the names the index's sets hold do not.
 */
interface Neighbours {
  out: Map<RelationType, NeighboursByNode>;
  in: Map<RelationType, NeighboursByNode>;
  /** For county-scoped relations: the attributes of each edge into a node, in the order of `in`. */
  inAttributes: Map<RelationType, Map<string, DataEdgeAttributes[]>>;
}

function append<T>(byType: Map<RelationType, Map<string, T[]>>, type: RelationType, from: string, to: T): void {
  let byNode = byType.get(type);
  if (byNode === undefined) byType.set(type, (byNode = new Map()));
  const found = byNode.get(from);
  if (found === undefined) byNode.set(from, [to]);
  else found.push(to);
}

function neighboursOf(graph: DataGraph): Neighbours {
  const neighbours: Neighbours = { out: new Map(), in: new Map(), inAttributes: new Map() };
  graph.forEachEdge((_edge, attributes, source, target, _s, _t, undirected) => {
    // Out- and in-edges are directed ones only.
    if (undirected) return;
    append(neighbours.out, attributes.type, source, target);
    append(neighbours.in, attributes.type, target, source);
    if (COUNTY_SCOPED_RELATIONS.has(attributes.type)) append(neighbours.inAttributes, attributes.type, target, attributes);
  });
  return neighbours;
}

/** What indexing reads over and over: each node's attributes, its neighbours by type, and per-programme answers. */
interface IndexContext {
  /** A plain look-up: graphology's attribute getters check their arguments on every call. */
  attributes: Map<string, DataNodeAttributes>;
  neighbours: Neighbours;
  /** The programme and every programme it is PART_OF. */
  closures: Map<string, readonly string[]>;
  /** Programmes that own the metric. */
  metricOwners: Map<string, readonly string[]>;
  /** Names of the counties that RUN the programme. */
  runningCounties: Map<string, readonly string[]>;
  /** Names of the themes the programme is ABOUT. */
  programmeThemes: Map<string, readonly string[]>;
  /** Names of the counties an article reports on (undefined: not in the graph). */
  articleCounties: Map<string, readonly string[] | undefined>;
  /** Names of the counties running a programme or one it is PART_OF. */
  closureCounties: Map<string, ReadonlySet<string>>;
}

/** Neighbours reached over edges of one relation type, in one direction. */
function related(context: IndexContext, key: string, type: RelationType, direction: "out" | "in"): readonly string[] {
  return context.neighbours[direction].get(type)?.get(key) ?? NONE;
}

function kindOf(context: IndexContext, key: string): NodeKind {
  return context.attributes.get(key)!.kind;
}

function nameOf(context: IndexContext, key: string): string {
  return context.attributes.get(key)!.name;
}

function namesOf(context: IndexContext, keys: readonly string[]): string[] {
  return keys.map((key) => nameOf(context, key));
}

/** Names of the neighbours over one relation type and direction, remembered in `memo` per key. */
function relatedNames(context: IndexContext, memo: Map<string, readonly string[]>, key: string, type: RelationType, direction: "out" | "in"): readonly string[] {
  let names = memo.get(key);
  if (names === undefined) memo.set(key, (names = namesOf(context, related(context, key, type, direction))));
  return names;
}

function onlyProgrammes(context: IndexContext, keys: readonly string[]): string[] {
  return keys.filter((key) => kindOf(context, key) === "Programme");
}

/** The programme itself and every programme it is PART_OF, however deep: a sub-measure belongs wherever its parent runs. */
function programmeClosure(context: IndexContext, key: string): readonly string[] {
  let closure = context.closures.get(key);
  if (closure === undefined) {
    const seen = new Set([key]);
    const queue = [key];
    while (queue.length > 0) {
      for (const parent of related(context, queue.shift()!, "PART_OF", "out")) {
        if (!seen.has(parent)) seen.add(parent), queue.push(parent);
      }
    }
    context.closures.set(key, (closure = [...seen]));
  }
  return closure;
}

/** Programmes owning the metric (a county may own it instead): asked again for every group the metric counts. */
function metricProgrammes(context: IndexContext, metric: string): readonly string[] {
  let programmes = context.metricOwners.get(metric);
  if (programmes === undefined) context.metricOwners.set(metric, (programmes = onlyProgrammes(context, related(context, metric, "HAS_METRIC", "in"))));
  return programmes;
}

function addAll(target: Set<string>, values: readonly string[]): void {
  for (const value of values) target.add(value);
}

/** Adds the programmes and every programme they are PART_OF. */
function addProgrammes(context: IndexContext, target: Set<string>, programmes: readonly string[]): void {
  for (const programme of programmes) addAll(target, programmeClosure(context, programme));
}

/** Programmes a node is tied to (the node itself, its programme owners, or those serving/involving it), with those they are PART_OF. */
function programmesOf(context: IndexContext, key: string, kind: NodeKind): Set<string> {
  const programmes = new Set<string>();
  switch (kind) {
    case "Programme":
      addProgrammes(context, programmes, programmeClosure(context, key));
      break;
    case "County":
      addProgrammes(context, programmes, related(context, key, "RUNS", "out"));
      break;
    case "Group":
      addProgrammes(context, programmes, onlyProgrammes(context, related(context, key, "SERVES", "in")));
      for (const metric of related(context, key, "COUNTS", "in")) addProgrammes(context, programmes, metricProgrammes(context, metric));
      break;
    case "Metric":
      addProgrammes(context, programmes, metricProgrammes(context, key));
      break;
    case "Organization":
      addProgrammes(context, programmes, related(context, key, "INVOLVES", "in"));
      break;
    case "Theme":
      addProgrammes(context, programmes, onlyProgrammes(context, related(context, key, "ABOUT", "in")));
      break;
    default:
      break;
  }
  return programmes;
}

function countiesRunning(context: IndexContext, programme: string): readonly string[] {
  return relatedNames(context, context.runningCounties, programme, "RUNS", "in");
}

/** Names of the counties an article reports on; undefined when the graph does not hold it. */
function articleCounties(context: IndexContext, article: string): readonly string[] | undefined {
  if (context.articleCounties.has(article)) return context.articleCounties.get(article);
  const attributes = context.attributes.get(article);
  let counties: readonly string[] | undefined;
  if (attributes?.kind === "Article") {
    const names = namesOf(context, related(context, article, "REPORTS_ON", "out"));
    counties = attributes.county && !names.includes(attributes.county) ? [...names, attributes.county] : names;
  }
  context.articleCounties.set(article, counties);
  return counties;
}

/** Each source of a county-scoped relation into the node, with the counties that relation speaks for. */
function forEachTie(context: IndexContext, key: string, type: RelationType, visit: (source: string, attested: readonly string[] | undefined) => void): void {
  const sources = related(context, key, type, "in");
  if (sources.length === 0) return;
  const attributes = context.neighbours.inAttributes.get(type)!.get(key)!;
  const countiesOfArticle = (article: string) => articleCounties(context, article);
  for (let i = 0; i < sources.length; i++) visit(sources[i]!, attestedCounties(attributes[i]!, countiesOfArticle));
}

/**
 * Adds the counties that run the programme (or one it is PART_OF), only
 * those the relation tying it to the node speaks for when that is known.
 */
function addTiedCounties(context: IndexContext, counties: Set<string>, programme: string, attested: readonly string[] | undefined): void {
  const running = closureCounties(context, programme);
  if (attested === undefined) for (const county of running) counties.add(county);
  // Usually one county attests a relation while many may run a shared programme.
  else for (const county of attested) if (running.has(county)) counties.add(county);
}

/** Names of the counties running the programme or one it is PART_OF. */
function closureCounties(context: IndexContext, programme: string): ReadonlySet<string> {
  let names = context.closureCounties.get(programme);
  if (names === undefined) {
    const found = new Set<string>();
    for (const part of programmeClosure(context, programme)) addAll(found, countiesRunning(context, part));
    context.closureCounties.set(programme, (names = found));
  }
  return names;
}

function countiesOf(context: IndexContext, key: string, attributes: DataNodeAttributes, programmes: Set<string>): Set<string> {
  const counties = new Set<string>();
  // Through the programmes tied to the node: every county running them for a
  // programme or a county; for groups, organisations (and the officials holding
  // posts in them), themes and metrics, those the tying relation speaks for.
  const throughProgrammes = (type: RelationType, node = key) =>
    forEachTie(context, node, type, (source, attested) => {
      if (kindOf(context, source) === "Programme") addTiedCounties(context, counties, source, attested);
    });
  switch (attributes.kind) {
    case "Programme":
      for (const programme of programmes) addAll(counties, countiesRunning(context, programme));
      break;
    case "County":
      for (const programme of programmes) addAll(counties, countiesRunning(context, programme));
      counties.add(attributes.name);
      break;
    case "Group":
      throughProgrammes("SERVES");
      forEachTie(context, key, "COUNTS", (metric, attested) => {
        for (const programme of metricProgrammes(context, metric)) addTiedCounties(context, counties, programme, attested);
      });
      break;
    case "Organization":
      throughProgrammes("INVOLVES");
      break;
    case "Theme":
      throughProgrammes("ABOUT");
      break;
    case "Metric":
      throughProgrammes("HAS_METRIC");
      addAll(counties, namesOf(context, related(context, key, "HAS_METRIC", "in").filter((owner) => kindOf(context, owner) === "County")));
      break;
    case "Article":
      addAll(counties, articleCounties(context, key) ?? []);
      break;
    case "Person":
      for (const article of related(context, key, "WRITTEN_BY", "in")) addAll(counties, namesOf(context, related(context, article, "REPORTS_ON", "out")));
      // An official belongs where the body they hold a post in takes part.
      for (const body of related(context, key, "HOLDS_POST", "out")) throughProgrammes("INVOLVES", body);
      break;
    case "City":
    case "Province": {
      // Containment: every county inside, however deep.
      const queue = [key];
      const seen = new Set(queue);
      while (queue.length > 0) {
        for (const child of related(context, queue.shift()!, "IN", "in")) {
          if (seen.has(child)) continue;
          seen.add(child);
          queue.push(child);
          if (kindOf(context, child) === "County") counties.add(nameOf(context, child));
        }
      }
      break;
    }
    default:
      break;
  }
  return counties;
}

function themesAbout(context: IndexContext, programme: string): readonly string[] {
  return relatedNames(context, context.programmeThemes, programme, "ABOUT", "out");
}

function themesOf(context: IndexContext, key: string, attributes: DataNodeAttributes, programmes: Set<string>): Set<string> {
  const themes = new Set<string>();
  if (attributes.kind === "Theme") themes.add(attributes.name);
  if (attributes.kind === "Article") addAll(themes, namesOf(context, related(context, key, "ABOUT", "out")));
  for (const programme of programmes) addAll(themes, themesAbout(context, programme));
  return themes;
}

/**
 * Computes county and theme membership for every node, at about one look-up
 * per edge: neighbours are gathered once, and what a programme reaches is
 * remembered for every node tied to it.
 *
 * @example
 * const index = indexGraph(graph);
 * index.get("Group:离退休干部")?.counties // Set { "金乡县", "微山县" }
 */
export function indexGraph(graph: DataGraph): GraphIndex {
  const index = new Map<string, NodeMembership>();
  const attributes = new Map<string, DataNodeAttributes>();
  graph.forEachNode((key, nodeAttributes) => void attributes.set(key, nodeAttributes));
  const context: IndexContext = {
    attributes,
    neighbours: neighboursOf(graph),
    closures: new Map(),
    metricOwners: new Map(),
    runningCounties: new Map(),
    programmeThemes: new Map(),
    articleCounties: new Map(),
    closureCounties: new Map(),
  };
  for (const [key, nodeAttributes] of attributes) {
    const programmes = programmesOf(context, key, nodeAttributes.kind);
    index.set(key, { counties: countiesOf(context, key, nodeAttributes, programmes), themes: themesOf(context, key, nodeAttributes, programmes) });
  }
  return index;
}

/** Sorted names of the nodes of one kind (e.g. the counties offered as filters). */
export function listNames(graph: DataGraph, kind: NodeKind): string[] {
  const names: string[] = [];
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === kind) names.push(attributes.name);
  });
  return names.sort((x, y) => x.localeCompare(y, "zh-Hans-CN"));
}
