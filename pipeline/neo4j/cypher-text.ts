/**
 * Lexical helpers for Cypher text: blank out comments and literals, split a
 * script into statements. Enough lexing for our guards and schema files, not a parser.
 */

export interface MaskOptions {
  /** Replacement for string literals (default `''`). */
  stringPlaceholder?: string;
}

/**
 * Replaces comments with spaces and string literals / backtick names with
 * placeholders, so keyword checks do not see words inside them.
 *
 * @example maskCypher("RETURN 'CREATE' // DELETE") // "RETURN ''          "
 */
export function maskCypher(text: string, options: MaskOptions = {}): string {
  const placeholder = options.stringPlaceholder ?? "''";
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (char === "'" || char === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === "\\" ? 2 : 1;
      out += placeholder;
      i = Math.min(j + 1, text.length);
    } else if (char === "`") {
      let j = i + 1;
      // `` inside a backtick name is an escaped backtick
      while (j < text.length && !(text[j] === "`" && text[j + 1] !== "`")) j += text[j] === "`" ? 2 : 1;
      out += "_";
      i = Math.min(j + 1, text.length);
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/**
 * Splits a script on `;` outside comments and literals; drops empty statements
 * and comment-only ones. Returns the original text of each statement.
 *
 * @example splitCypherStatements("CREATE INDEX a ...;\n// note\nCREATE INDEX b ...;") // two statements
 */
export function splitCypherStatements(script: string): string[] {
  const masked = maskCypherSameLength(script);
  const statements: string[] = [];
  let start = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || masked[i] === ";") {
      const original = script.slice(start, i);
      if (masked.slice(start, i).trim() !== "") statements.push(original.trim());
      start = i + 1;
    }
  }
  return statements;
}

/** Like maskCypher but keeps every offset (literals become spaces-with-quotes). */
function maskCypherSameLength(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    let stop = i + 1;
    if (char === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      stop = end === -1 ? text.length : end;
      out += " ".repeat(stop - i);
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
    } else if (char === "'" || char === '"' || char === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === "\\" && char !== "`" ? 2 : 1;
      stop = Math.min(j + 1, text.length);
      out += "x".repeat(stop - i);
    } else {
      out += char;
    }
    i = stop;
  }
  return out;
}
