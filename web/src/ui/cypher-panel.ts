/**
 * The Cypher drawer: library picker with parameter fields, editor, history,
 * Run (Ctrl/Cmd-Enter), results as a table (CSV download) and on the graph.
 * Without a database it explains how to connect one instead.
 */
import type { ExplorerSigma } from "../graph/display-graph.js";
import type { EditorView } from "@codemirror/view";
import { edgeKey, isRelationType } from "../../../pipeline/schema/index.js";
import type { CypherResultPayload, LibraryQuery } from "../../shared/api-types.js";
import { createCypherEditor, setEditorText } from "../cypher/cypher-editor.js";
import { csvValue, formatCell } from "../cypher/cell-format.js";
import { toCsv } from "../cypher/csv.js";
import { addToHistory, readHistory } from "../cypher/history.js";
import { parseParams } from "../cypher/params.js";
import type { DataSource } from "../data/data-source.js";
import type { DisplayGraph } from "../graph/display-graph.js";
import { fitNodes } from "../graph/camera.js";
import { clearQueryHighlight, failQuery, finishQuery, setQueryText, startQuery, toggleCypher } from "../state/producers.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { clear, download, h } from "./dom.js";

const DEFAULT_QUERY = `MATCH (p:Programme)-[:SERVES]->(g:Group)
RETURN g.name AS grp, count(p) AS programmes
ORDER BY programmes DESC LIMIT 20`;
const MAX_TABLE_ROWS = 500;

export interface CypherPanelContext {
  host: HTMLElement;
  store: Store;
  source: DataSource;
  sigma: ExplorerSigma;
  display: DisplayGraph;
  properties: readonly string[];
  storage: Storage;
}

/** Display keys of the nodes and edges a result names, when the graph on screen has them. */
export function resultToDisplayKeys(result: CypherResultPayload, display: DisplayGraph): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const node of result.graph.nodes) if (node.key && display.hasNode(node.key)) nodes.add(node.key);
  for (const edge of result.graph.edges) {
    if (!edge.source || !edge.target || !isRelationType(edge.type)) continue;
    const key = edgeKey(edge.type, edge.source, edge.target);
    if (display.hasEdge(key)) {
      edges.add(key);
      nodes.add(edge.source);
      nodes.add(edge.target);
    }
  }
  return { nodes, edges };
}

function renderResult(state: AppState, host: HTMLElement): void {
  clear(host);
  const run = state.queryRun;
  if (run.status === "running") host.append(h("p", { class: "muted" }, "Running…"));
  if (run.status === "failed") host.append(h("p", { class: "error", id: "cypher-error", role: "alert" }, run.error ?? "query failed"));
  if (run.status !== "done" || !run.result) return;
  const result = run.result;
  const download_ = h("button", { type: "button", class: "secondary", id: "download-csv" }, "Download CSV");
  download_.addEventListener("click", () =>
    download(new Blob([toCsv(result.columns, result.rows.map((row) => row.map(csvValue)))], { type: "text/csv;charset=utf-8" }), "policy-kg-query.csv"),
  );
  const onGraph = state.queryNodes.size;
  host.append(
    h("div", { class: "result-meta" },
      h("span", { id: "result-count", "data-rows": result.rows.length }, `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`),
      h("span", { class: "muted" }, ` · ${result.elapsedMs} ms · ${onGraph} node${onGraph === 1 ? "" : "s"} highlighted on the graph`),
      download_,
    ),
    result.notice ? h("p", { class: "warning", id: "result-notice" }, result.notice) : "",
  );
  const table = h("table", { class: "results", id: "cypher-results" },
    h("thead", {}, h("tr", {}, ...result.columns.map((c) => h("th", {}, c)))),
  );
  const body = h("tbody");
  for (const row of result.rows.slice(0, MAX_TABLE_ROWS)) {
    body.append(h("tr", {}, ...row.map((cell) => h("td", { title: typeof cell === "object" && cell !== null ? JSON.stringify(cell) : "" }, formatCell(cell)))));
  }
  table.append(body);
  host.append(h("div", { class: "table-wrap" }, table));
  if (result.rows.length > MAX_TABLE_ROWS) host.append(h("p", { class: "muted" }, `Table shows ${MAX_TABLE_ROWS} rows; the CSV has all ${result.rows.length}.`));
}

export function mountCypherPanel(context: CypherPanelContext): { run(): Promise<void> } {
  const { host, store, source, sigma, display, storage } = context;
  let editor: EditorView | null = null;
  let paramFields: Record<string, string> = { ...store.get().view.params };
  const close = h("button", { type: "button", class: "icon close", "aria-label": "Close Cypher panel" }, "×");
  close.addEventListener("click", () => store.update(toggleCypher(false)));
  const head = h("header", { class: "cypher-head" }, h("h2", {}, "Cypher"), close);
  const results = h("div", { class: "cypher-results" });
  host.append(head);

  const run = async () => {
    const state = store.get();
    if (!state.status?.cypher.available || !editor) return;
    const query = editor.state.doc.toString();
    if (!query.trim()) return;
    store.update(setQueryText(query, paramFields));
    store.update(startQuery());
    try {
      const result = await source.cypher(query, parseParams(paramFields));
      const keys = resultToDisplayKeys(result, display);
      store.update(finishQuery(result, keys.nodes, keys.edges));
      if (keys.nodes.size > 0) fitNodes(sigma, keys.nodes);
      renderHistory(addToHistory(storage, query));
    } catch (error) {
      store.update(failQuery((error as Error).message));
    }
  };

  const historySelect = h("select", { id: "query-history", "aria-label": "History" });
  const renderHistory = (history: string[]) => {
    clear(historySelect);
    historySelect.append(h("option", { value: "" }, `History (${history.length})`));
    for (const q of history) historySelect.append(h("option", { value: q }, q.replace(/\s+/g, " ").slice(0, 80)));
  };
  historySelect.addEventListener("change", () => {
    if (historySelect.value && editor) setEditorText(editor, historySelect.value);
    historySelect.value = "";
  });

  const paramsHost = h("div", { class: "params", id: "query-params" });
  const renderParams = (query: LibraryQuery | undefined) => {
    clear(paramsHost);
    if (!query) return;
    paramFields = Object.fromEntries(query.params.map((p) => [p.name, paramFields[p.name] ?? p.default ?? ""]));
    for (const param of query.params) {
      const input = h("input", { type: "text", "data-param": param.name, value: paramFields[param.name] ?? "", title: param.description ?? param.name });
      input.addEventListener("input", () => (paramFields[param.name] = input.value));
      paramsHost.append(h("label", { class: "param" }, h("span", {}, `$${param.name}`), input));
    }
  };

  const mountEditor = (state: AppState) => {
    const library = state.library;
    const picker = h("select", { id: "query-library", "aria-label": "Library queries" },
      h("option", { value: "" }, library.length ? `Library queries (${library.length})` : "No library queries"),
      ...library.map((q) => h("option", { value: q.id, title: q.description ?? "" }, q.title)),
    );
    picker.addEventListener("change", () => {
      const query = library.find((q) => q.id === picker.value);
      if (!query || !editor) return;
      paramFields = {};
      setEditorText(editor, query.cypher.trim());
      renderParams(query);
    });
    const runButton = h("button", { type: "button", class: "primary", id: "run-query", title: "Run (Ctrl/Cmd-Enter)" }, "Run ▶");
    runButton.addEventListener("click", () => void run());
    const clearButton = h("button", { type: "button", class: "secondary" }, "Clear highlight");
    clearButton.addEventListener("click", () => store.update(clearQueryHighlight()));
    const editorHost = h("div", { class: "editor", id: "cypher-editor" });
    host.append(
      h("div", { class: "cypher-body" },
        h("div", { class: "cypher-input" },
          h("div", { class: "cypher-controls" }, picker, historySelect, runButton, clearButton),
          paramsHost,
          editorHost,
          h("p", { class: "muted small" }, `Read-only; at most ${state.status?.cypher.maxRows} rows, ${(state.status?.cypher.timeoutMs ?? 0) / 1000} s. Ctrl/Cmd-Enter runs.`),
        ),
        results,
      ),
    );
    editor = createCypherEditor(editorHost, {
      doc: state.view.query ?? DEFAULT_QUERY,
      properties: context.properties,
      onRun: () => void run(),
    });
    renderHistory(readHistory(storage));
    if (Object.keys(paramFields).length > 0) {
      for (const [name, value] of Object.entries(paramFields)) {
        const input = h("input", { type: "text", "data-param": name, value });
        input.addEventListener("input", () => (paramFields[name] = input.value));
        paramsHost.append(h("label", { class: "param" }, h("span", {}, `$${name}`), input));
      }
    }
  };

  const mountHelp = (state: AppState) => {
    host.append(
      h("div", { class: "cypher-help", id: "cypher-help" },
        h("p", {}, state.status?.cypher.help ?? "Cypher needs a Neo4j database."),
        h("pre", {}, "npm run neo4j            # starts Neo4j 5 locally\nnpm run kg -- load out/graph.json\nNEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=… npm start"),
      ),
    );
  };

  // Ctrl/Cmd-Enter runs from anywhere while the drawer is open (the editor handles it itself when focused).
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !store.get().cypherOpen) return;
    if (event.target instanceof HTMLElement && event.target.closest(".cm-editor")) return;
    event.preventDefault();
    void run();
  });

  let mounted = false;
  store.subscribe((state, previous) => {
    host.hidden = !state.cypherOpen;
    if (state.cypherOpen && !mounted && state.status) {
      mounted = true;
      if (state.status.cypher.available) mountEditor(state);
      else mountHelp(state);
    }
    if (state.queryRun !== previous.queryRun || state.queryNodes !== previous.queryNodes) renderResult(state, results);
  });
  return { run };
}
