import { describe, expect, it } from "vitest";
import { splitCypherStatements } from "../../pipeline/neo4j/cypher-text.js";
import { readSchemaStatements } from "../../pipeline/neo4j/schema.js";
import { NODE_KINDS, RELATION_TYPES } from "../../pipeline/schema/index.js";

describe("cypher/schema.cypher", () => {
  it("has an idempotent key constraint for every node kind and relation type", async () => {
    const statements = await readSchemaStatements();
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
    for (const kind of NODE_KINDS) {
      expect(statements.some((s) => new RegExp(`FOR \\(n:${kind}\\) REQUIRE n\\.key IS UNIQUE`).test(s)), kind).toBe(true);
    }
    for (const type of RELATION_TYPES) {
      expect(statements.some((s) => new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.key IS UNIQUE`).test(s)), type).toBe(true);
    }
  });

  it("uses only schema labels", async () => {
    const text = (await readSchemaStatements()).join("\n");
    const labels = [...text.matchAll(/\(n:([A-Za-z|]+)\)/g)].flatMap((m) => m[1]!.split("|"));
    for (const label of labels) expect(NODE_KINDS as readonly string[]).toContain(label);
  });
});

describe("splitCypherStatements", () => {
  it("splits on semicolons outside comments and strings", () => {
    expect(splitCypherStatements("// a; b\nRETURN 'x;y';\n/* ; */ RETURN 2;\n// only a comment\n")).toEqual(["// a; b\nRETURN 'x;y'", "/* ; */ RETURN 2"]);
  });
});
