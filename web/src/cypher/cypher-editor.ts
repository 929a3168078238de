/**
 * CodeMirror 6 editor for Cypher: highlighting from the Cypher stream mode,
 * autocomplete of labels, relationship types and properties from the schema,
 * Ctrl/Cmd-Enter to run.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { StreamLanguage } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { basicSetup, EditorView } from "codemirror";
import { NODE_KINDS, RELATION_TYPES } from "../../../pipeline/schema/index.js";

const KEYWORDS = [
  "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "ORDER BY", "LIMIT", "SKIP", "DISTINCT", "AS", "AND", "OR", "NOT",
  "IN", "CONTAINS", "STARTS WITH", "ENDS WITH", "UNWIND", "COLLECT", "COUNT", "size", "labels", "type", "coalesce", "CALL",
];

export interface CypherEditorOptions {
  doc: string;
  /** Property names offered after a dot. */
  properties: readonly string[];
  onRun: () => void;
}

/** Completion source: `:` → labels and relation types, `.` → properties, otherwise keywords. */
export function cypherCompletions(properties: readonly string[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const label = context.matchBefore(/:[A-Za-z_]*/);
    if (label) {
      return {
        from: label.from + 1,
        options: [
          ...NODE_KINDS.map((kind) => ({ label: kind, type: "type", detail: "label" })),
          ...RELATION_TYPES.map((type) => ({ label: type, type: "keyword", detail: "relationship" })),
        ],
      };
    }
    const property = context.matchBefore(/\.[A-Za-z_]*/);
    if (property) return { from: property.from + 1, options: properties.map((p) => ({ label: p, type: "property" })) };
    const word = context.matchBefore(/[A-Za-z_]+/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    return { from: word.from, options: KEYWORDS.map((k) => ({ label: k, type: "keyword" })) };
  };
}

export function createCypherEditor(parent: HTMLElement, options: CypherEditorOptions): EditorView {
  return new EditorView({
    doc: options.doc,
    parent,
    extensions: [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (options.onRun(), true) }])),
      basicSetup,
      StreamLanguage.define(cypher),
      autocompletion({ override: [cypherCompletions(options.properties)] }),
      EditorView.lineWrapping,
    ],
  });
}

export function setEditorText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
