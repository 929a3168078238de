import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../pipeline/cli/program.js";
import { NODE_KINDS, RELATION_TYPES } from "../../pipeline/schema/index.js";

// Keeps the README true to the code: the model tables, npm scripts, CLI
// commands and the query library it names must all exist, and vice versa.
const readme = readFileSync("README.md", "utf8");
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>);

describe("README", () => {
  it("has a table row for every node kind and relation type of the schema", () => {
    for (const name of [...NODE_KINDS, ...RELATION_TYPES]) expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, "m"));
  });

  it("only shows npm scripts that package.json defines", () => {
    const shown = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(3);
    for (const script of shown) expect(scripts).toContain(script);
  });

  it("only shows CLI commands that exist", () => {
    const commands = createProgram().commands.map((c) => c.name());
    const shown = [...readme.matchAll(/npm run kg -- ([a-z][a-z-]*)/g)].map((m) => m[1]!);
    for (const command of shown) expect(commands).toContain(command);
  });

  it("names exactly the queries of the Cypher library", () => {
    const library = readdirSync("cypher/queries").map((f) => f.replace(/\.cypher$/, "")).sort();
    const section = readme.slice(readme.indexOf("The Cypher library"), readme.indexOf("## The explorer"));
    const named = [...section.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1]!).filter((n) => n !== "query");
    expect([...new Set(named)].sort()).toEqual(library);
  });
});
