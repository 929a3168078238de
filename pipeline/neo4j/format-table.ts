/**
 * Query results as text: a table aligned by display width (Chinese characters
 * take two columns), JSON, or CSV (RFC 4180 quoting).
 */
import stringWidth from "string-width";

export type OutputFormat = "table" | "json" | "csv";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["table", "json", "csv"];

export interface TabularResult {
  columns: string[];
  rows: unknown[][];
}

/**
 * @example formatResult({ columns: ["县"], rows: [["金乡县"]] }, "table")
 */
export function formatResult(result: TabularResult, format: OutputFormat, options: { maxCellWidth?: number } = {}): string {
  if (format === "json") {
    return JSON.stringify(result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))), null, 2) + "\n";
  }
  if (format === "csv") {
    const lines = [result.columns, ...result.rows.map((row) => row.map(cellText))].map((cells) => cells.map(csvField).join(","));
    return lines.join("\r\n") + "\r\n";
  }
  return formatTable(result, options.maxCellWidth ?? 60);
}

/** A human-readable cell: nodes by name and kind, lists joined, maps as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.key === "string" && Array.isArray(object.labels)) return `${object.name ?? object.key} (${object.kind ?? ""})`;
    if (typeof object.type === "string" && typeof object.source === "string") return `${object.source} -[${object.type}]-> ${object.target}`;
    if (Array.isArray(object.nodes) && Array.isArray(object.relationships)) {
      return (object.nodes as unknown[]).map(cellText).join(" → ");
    }
    return JSON.stringify(value);
  }
  return String(value);
}

function formatTable(result: TabularResult, maxCellWidth: number): string {
  const cells = result.rows.map((row) => row.map((value) => truncate(cellText(value).replace(/\s+/g, " "), maxCellWidth)));
  const widths = result.columns.map((column, i) => Math.max(stringWidth(column), ...cells.map((row) => stringWidth(row[i] ?? ""))));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i]!)).join("  ").trimEnd();
  const out = [line(result.columns), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)];
  return out.join("\n") + "\n";
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = "";
  for (const char of text) {
    if (stringWidth(out + char) > width - 1) break;
    out += char;
  }
  return out + "…";
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
