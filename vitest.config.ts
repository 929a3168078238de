import { defineConfig } from "vitest/config";

// Three projects so each layer can run alone: `unit` needs nothing but Node,
// `integration` needs a Neo4j server (started by its global setup unless
// NEO4J_URI is set), `e2e` needs the built explorer and Debian's chromium.
// Integration and e2e empty and reload the same database, so `groupOrder`
// runs the projects one after another even under a bare `vitest run`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/integration/**", "tests/e2e/**"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/neo4j-global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/neo4j-global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
