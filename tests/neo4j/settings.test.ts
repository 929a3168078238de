import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_NEO4J_SETTINGS, describeUri, resolveNeo4jSettings } from "../../pipeline/neo4j/settings.js";

describe("resolveNeo4jSettings", () => {
  it("uses the defaults of `npm run neo4j` when nothing is set", () => {
    expect(resolveNeo4jSettings({}, { env: {}, envFile: false })).toEqual(DEFAULT_NEO4J_SETTINGS);
  });

  it("reads the environment first, then .env", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-env-"));
    const envFile = path.join(dir, ".env");
    await writeFile(envFile, "NEO4J_URI=neo4j://db.example:7687\nNEO4J_PASSWORD=from-file\nNEO4J_DATABASE=policy\n");
    const settings = resolveNeo4jSettings({}, { env: { NEO4J_PASSWORD: "from-env" }, envFile });
    expect(settings).toEqual({ uri: "neo4j://db.example:7687", username: "neo4j", password: "from-env", database: "policy" });
  });

  it.each([
    [{ NEO4J_URI: "http://127.0.0.1:7474" }],
    [{ NEO4J_URI: "not a uri" }],
    [{ NEO4J_DATABASE: "bad name!" }],
  ])("refuses %o with a 'neo4j settings:' error", (env) => {
    expect(() => resolveNeo4jSettings({}, { env, envFile: false })).toThrow(expect.objectContaining({ name: "Neo4jSettingsError", message: expect.stringMatching(/^neo4j settings:/) }));
  });

  it("describes a URI without credentials", () => {
    expect(describeUri({ uri: "bolt://user:secret@127.0.0.1:7687" })).toBe("bolt://127.0.0.1:7687");
  });
});
