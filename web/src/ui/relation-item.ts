/**
 * One relation in the node panel: the node at the other end (a link that
 * selects it), how many sentences attest it, the first of them (matched
 * words in <mark>), and a toggle that fetches and shows all of them.
 */
import type { EdgeDetails, EvidenceDetail, RelationSummary } from "../../shared/api-types.js";
import { markMatches } from "../../shared/evidence-marks.js";
import { KIND_COLORS } from "../../shared/kind-style.js";
import { clear, h } from "./dom.js";
import { formatCount } from "./paged-list.js";

export interface RelationItemActions {
  select(key: string): void;
  /** All evidence of one relation (GET /api/edge/:key, or the static export's own copy). */
  edge(key: string): Promise<EdgeDetails>;
}

function evidenceRow(e: EvidenceDetail): HTMLElement {
  const quote = h("q", { class: "evidence" });
  for (const run of markMatches(e.sentence, e.matched)) quote.append(run.marked ? h("mark", {}, run.text) : run.text);
  return h("div", { class: "evidence-row" }, quote, e.articleTitle ? h("cite", {}, `— ${e.articleTitle}`) : null);
}

/** Shows the preview, and on demand every sentence (fetched once, then toggled). */
function evidenceToggle(relation: RelationSummary, rows: HTMLElement, actions: RelationItemActions): HTMLElement[] {
  const button = h("button", { class: "link evidence-toggle", type: "button", "aria-expanded": "false" });
  const failure = h("span", { class: "error small", role: "alert" });
  const collapsedLabel = `All ${formatCount(relation.evidenceCount)} sentences`;
  button.textContent = collapsedLabel;
  let all: EvidenceDetail[] | undefined;
  let expanded = false;
  const show = (evidence: EvidenceDetail[]) => {
    clear(rows);
    rows.append(...evidence.map(evidenceRow));
  };
  button.addEventListener("click", async () => {
    failure.textContent = "";
    if (expanded) {
      show(relation.evidence);
      expanded = false;
    } else {
      button.disabled = true;
      button.textContent = "Loading…";
      try {
        all ??= (await actions.edge(relation.key)).evidence;
        show(all);
        expanded = true;
      } catch (error) {
        failure.textContent = `Could not load the evidence: ${(error as Error).message}`;
      } finally {
        button.disabled = false;
      }
    }
    button.textContent = expanded ? "Fewer sentences" : collapsedLabel;
    button.setAttribute("aria-expanded", String(expanded));
  });
  return [button, failure];
}

/**
 * @example list.append(relationItem(summary, { select, edge: lookup.edge }))
 */
export function relationItem(relation: RelationSummary, actions: RelationItemActions): HTMLElement {
  const link = h("button", { class: "link", type: "button", "data-key": relation.other.key }, relation.other.name);
  link.addEventListener("click", () => actions.select(relation.other.key));
  const rows = h("div", { class: "relation-evidence" }, ...relation.evidence.map(evidenceRow));
  const partial = relation.evidenceCount > relation.evidence.length;
  return h(
    "li",
    { class: "relation", "data-edge": relation.key, "data-evidence-count": relation.evidenceCount },
    h("div", { class: "relation-head" },
      h("span", { class: "dot", style: `background:${KIND_COLORS[relation.other.kind]}` }),
      link,
      relation.evidenceCount > 1 ? h("span", { class: "evidence-count muted" }, `${formatCount(relation.evidenceCount)} sentences`) : null,
    ),
    rows,
    ...(partial ? evidenceToggle(relation, rows, actions) : []),
  );
}
