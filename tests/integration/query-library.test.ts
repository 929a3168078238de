/**
 * Every query of cypher/queries runs against a real Neo4j, twice: on the
 * hand-made fixture graph (exact results) and on the sample corpus built by
 * the pipeline (facts of the sample page). A new library query fails this
 * file until it has a case in both tables.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromPaths } from "../../pipeline/build.js";
import { loadGraph } from "../../pipeline/neo4j/loader.js";
import { loadQueryLibrary, resolveQueryParams, type LibraryQuery } from "../../pipeline/neo4j/query-library.js";
import { runReadQuery } from "../../pipeline/neo4j/run-read-query.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";
import { openTestDriver, testSettings, wipeDatabase } from "./support/neo4j.js";

type Row = Record<string, unknown>;
interface Case {
  params?: Record<string, string | number>;
  check: (rows: Row[], run: (name: string, params?: Record<string, string | number>) => Promise<Row[]>) => void | Promise<void>;
}

let driver: Driver;
let library: LibraryQuery[];

async function run(name: string, params: Record<string, string | number> = {}): Promise<Row[]> {
  const query = library.find((q) => q.name === name)!;
  const result = await runReadQuery(driver, {
    cypher: query.cypher,
    params: resolveQueryParams(query, params),
    database: testSettings().database,
    timeoutMs: 30_000,
  });
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
}

beforeAll(async () => {
  driver = await openTestDriver();
  library = await loadQueryLibrary();
});
afterAll(async () => {
  await driver?.close();
});

const FIXTURE_CASES: Record<string, Case> = {
  "cross-county-groups": {
    check: (rows) =>
      expect(rows).toEqual([{ group: "离退休干部", countyCount: 2, counties: ["微山县", "金乡县"], programmes: ["老干部志愿服务队", "银发先锋行动"] }]),
  },
  "county-programmes": {
    check: (rows) =>
      expect(rows).toEqual([
        {
          county: "金乡县",
          programme: "银发先锋行动",
          category: "initiative",
          groups: ["离退休干部"],
          metrics: ["统筹资金 3.1亿元", "走访群众 1.4万余户"],
          metricCount: 2,
        },
      ]),
  },
  "shared-groups": {
    check: (rows) =>
      expect(rows).toEqual([{ group: "离退休干部", county1: "微山县", programme1: "老干部志愿服务队", county2: "金乡县", programme2: "银发先锋行动" }]),
  },
  "relation-evidence": {
    check: (rows) => {
      expect(rows.map((r) => [r.relation, r.from, r.to])).toEqual([
        ["COUNTS", "覆盖离退休干部320人", "离退休干部"],
        ["SERVES", "老干部志愿服务队", "离退休干部"],
        ["SERVES", "银发先锋行动", "离退休干部"],
      ]);
      expect(rows[2]).toMatchObject({ article: "金乡县银发先锋行动走访群众", sentence: "金乡县开展银发先锋行动，组织离退休干部参与基层治理。" });
    },
  },
  "most-connected-programmes": {
    check: (rows) =>
      expect(rows.map((r) => [r.programme, r.relations, r.groups, r.metrics])).toEqual([
        ["银发先锋行动", 6, 1, 2],
        ["老干部志愿服务队", 5, 1, 0],
        ["湖区巡查小分队", 3, 0, 1],
        ["童心守护计划", 2, 1, 0],
      ]),
  },
  "metrics-by-unit": {
    params: { unit: "户" },
    check: (rows) =>
      expect(rows).toEqual([
        { owner: "银发先锋行动", ownerKind: "Programme", counted: "走访群众", value: 14000, unit: "户", approx: "余", per: null, printed: "1.4万余户", groups: [] },
      ]),
  },
  "counties-without-group": {
    check: (rows) => expect(rows).toEqual([{ county: "鱼台县", code: "370827", programmes: 1 }]),
  },
  "programme-path": {
    params: { from: "银发先锋行动", to: "老干部志愿服务队" },
    check: (rows) => {
      expect(rows).toHaveLength(1);
      expect(rows[0]!.steps).toBe(2);
      const via = rows[0]!.via as string[];
      expect([via[0], via[2]]).toEqual(["银发先锋行动", "老干部志愿服务队"]);
      expect(["离退休干部", "县委老干部局"]).toContain(via[1]);
    },
  },
  "programme-hierarchy": {
    check: (rows) => expect(rows).toEqual([{ county: "微山县", programme: "老干部志愿服务队", depth: 1, part: "湖区巡查小分队" }]),
  },
  "county-themes": {
    check: (rows) =>
      expect(rows).toEqual([
        { county: "微山县", theme: "乡村振兴", programmes: 1, articles: 1 },
        { county: "金乡县", theme: "基层治理", programmes: 1, articles: 0 },
      ]),
  },
  "fulltext-search": {
    check: (rows) => {
      const found = rows.map((r) => `${r.kind}:${r.name}`);
      for (const expected of ["Organization:县委老干部局", "Programme:老干部志愿服务队", "Group:离退休干部"]) expect(found).toContain(expected);
      expect(found).not.toContain("Group:留守儿童");
    },
  },
  "group-metrics": {
    check: (rows) =>
      expect(rows).toEqual([{ county: "微山县", reportedBy: "湖区巡查小分队", counted: "覆盖离退休干部", value: 320, unit: "人", printed: "320人" }]),
  },
  // The fixture graph credits no outlet (see the saved web pages below).
  outlets: { check: (rows) => expect(rows).toEqual([]) },
  officials: {
    check: async (rows, run) => {
      expect(rows).toEqual([
        {
          person: "张华",
          division: "微山县",
          organization: "县委老干部局",
          counties: ["微山县"],
          sentence: "县委老干部局局长张华说，服务队将常态化开展巡查。",
          programmes: ["老干部志愿服务队", "银发先锋行动"],
        },
      ]);
      expect(await run("officials", { county: "金乡县" })).toEqual([]);
    },
  },
  articles: {
    check: (rows) =>
      expect(rows.map((r) => [r.county, r.relations])).toEqual([
        ["微山县", 14],
        ["金乡县", 10],
        ["鱼台县", 6],
      ]),
  },
};

const SAMPLE_COUNTIES = ["嘉祥县", "微山县", "梁山县", "汶上县", "泗水县", "邹城市", "金乡县"];

const CORPUS_CASES: Record<string, Case> = {
  "cross-county-groups": {
    check: (rows) => {
      const retired = rows.find((r) => r.group === "离退休干部");
      expect(retired?.counties).toEqual(expect.arrayContaining(["金乡县", "微山县"]));
      for (const row of rows) expect((row.counties as string[]).length).toBeGreaterThanOrEqual(2);
    },
  },
  "county-programmes": {
    check: (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.county))).toEqual(new Set(["金乡县"]));
      expect(rows.some((r) => (r.groups as string[]).includes("离退休干部"))).toBe(true);
      expect(rows.some((r) => (r.metricCount as number) > 0)).toBe(true);
    },
  },
  "shared-groups": {
    params: { group: "离退休干部" },
    check: (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect([row.county1, row.county2]).toEqual(["微山县", "金乡县"]);
    },
  },
  "relation-evidence": {
    check: (rows) => {
      expect(rows.some((r) => r.relation === "SERVES")).toBe(true);
      for (const row of rows) {
        expect(row.article).toEqual(expect.any(String));
        expect((row.sentence as string).length).toBeGreaterThan(5);
      }
    },
  },
  "most-connected-programmes": {
    params: { limit: 5 },
    check: (rows) => {
      expect(rows).toHaveLength(5);
      const degrees = rows.map((r) => r.relations as number);
      expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
      expect(degrees.at(-1)).toBeGreaterThan(1);
    },
  },
  "metrics-by-unit": {
    check: (rows) => {
      expect(rows.every((r) => r.unit === "名")).toBe(true);
      const values = rows.map((r) => r.value as number);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
      expect(rows.some((r) => r.value === 2300 && String(r.printed).includes("2300"))).toBe(true);
    },
  },
  "counties-without-group": {
    check: (rows) => {
      const counties = rows.map((r) => r.county);
      expect(counties).not.toContain("金乡县");
      expect(counties).not.toContain("微山县");
      expect(counties).toContain("嘉祥县");
    },
  },
  "programme-path": {
    check: async (_rows, run) => {
      // Two programmes serving 离退休干部 in different counties are two steps apart.
      const [pair] = await run("shared-groups", { group: "离退休干部" });
      const rows = await run("programme-path", { from: pair!.programme1 as string, to: pair!.programme2 as string });
      expect(rows[0]?.steps).toBe(2);
      expect((rows[0]?.relations as string[]).every((t) => t === "SERVES" || t === "INVOLVES" || t === "PART_OF")).toBe(true);
    },
  },
  "programme-hierarchy": {
    check: (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.depth as number).toBeGreaterThanOrEqual(1);
        expect(row.part).not.toBe(row.programme);
      }
    },
  },
  "county-themes": {
    check: (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(SAMPLE_COUNTIES).toContain(row.county);
      expect(rows.some((r) => r.county === "金乡县")).toBe(true);
    },
  },
  "fulltext-search": {
    check: (rows) => expect(rows.map((r) => `${r.kind}:${r.name}`)).toContain("Group:离退休干部"),
  },
  "group-metrics": {
    check: (rows) => expect(rows.some((r) => r.county === "金乡县" && r.value === 2300)).toBe(true),
  },
  // The sample page prints no name right after a body and a post title (see the saved web pages below).
  officials: { check: (rows) => expect(rows).toEqual([]) },
  // A printed page credits no source outlet; web pages do (below).
  outlets: { check: (rows) => expect(rows).toEqual([]) },
  articles: {
    check: (rows) => {
      expect(rows.map((r) => r.county).sort()).toEqual([...SAMPLE_COUNTIES].sort());
      for (const row of rows) expect(row.relations as number).toBeGreaterThan(0);
    },
  },
};

describe("query library on the fixture graph", () => {
  beforeAll(async () => {
    await wipeDatabase(driver);
    await loadGraph(driver, fixtureGraph("base").export(), { database: testSettings().database });
  });

  it("has a fixture case for every library query", () => {
    expect(Object.keys(FIXTURE_CASES).sort()).toEqual(library.map((q) => q.name).sort());
  });

  for (const [name, testCase] of Object.entries(FIXTURE_CASES)) {
    it(name, async () => {
      await testCase.check(await run(name, testCase.params), run);
    });
  }
});

// A programme's name can be shared by several counties (one node): each county's
// figures, groups and themes stay with the county whose article reports them.
describe("a programme several counties run", () => {
  beforeAll(async () => {
    await wipeDatabase(driver);
    await loadGraph(driver, fixtureGraph("shared-programme").export(), { database: testSettings().database });
  });

  it("group-metrics lists each figure once, under its own county", async () => {
    const rows = await run("group-metrics", { group: "网格员" });
    expect(rows.map((r) => [r.county, r.reportedBy, r.value])).toEqual([
      ["微山县", "网格员培训计划", 120],
      ["鱼台县", "网格员培训计划", 85],
    ]);
  });

  it("county-programmes shows a county only its own figures", async () => {
    const rows = await run("county-programmes", { county: "鱼台县" });
    expect(rows.map((r) => [r.programme, r.metrics])).toEqual([["网格员培训计划", ["培训网格员 85人"]]]);
  });

  it("county-programmes shows a county only the groups its own articles name", async () => {
    expect((await run("county-programmes", { county: "微山县" })).map((r) => [r.programme, r.groups])).toEqual([["网格员培训计划", ["网格员"]]]);
    expect((await run("county-programmes", { county: "鱼台县" })).map((r) => [r.programme, r.groups])).toEqual([
      ["网格员培训计划", ["网格员", "退役军人"]],
    ]);
  });

  it("cross-county-groups counts a county only where its own articles say the programme serves the group", async () => {
    expect(await run("cross-county-groups")).toEqual([{ group: "网格员", countyCount: 2, counties: ["微山县", "鱼台县"], programmes: ["网格员培训计划"] }]);
    const all = await run("cross-county-groups", { minCounties: 1 });
    expect(all.map((r) => [r.group, r.counties])).toEqual([
      ["网格员", ["微山县", "鱼台县"]],
      ["退役军人", ["鱼台县"]],
    ]);
  });

  it("counties-without-group lists a county whose own articles never say it serves the group", async () => {
    expect((await run("counties-without-group", { group: "退役军人" })).map((r) => r.county)).toEqual(["微山县"]);
    expect(await run("counties-without-group", { group: "网格员" })).toEqual([]);
  });

  it("shared-groups pairs only counties whose own articles name the group", async () => {
    expect(await run("shared-groups", { group: "退役军人" })).toEqual([]);
    expect(await run("shared-groups", { group: "网格员" })).toEqual([
      { group: "网格员", county1: "微山县", programme1: "网格员培训计划", county2: "鱼台县", programme2: "网格员培训计划" },
    ]);
  });

  it("county-themes gives a county only the programme themes its own articles name", async () => {
    expect((await run("county-themes", { county: "微山县" })).filter((r) => r.theme === "基层治理")).toEqual([]);
    expect((await run("county-themes", { county: "鱼台县" })).filter((r) => r.theme === "基层治理")).toEqual([
      { county: "鱼台县", theme: "基层治理", programmes: 1, articles: 0 },
    ]);
  });
});

describe("query library on the sample corpus", () => {
  beforeAll(async () => {
    await wipeDatabase(driver);
    const { graph } = await buildFromPaths(["corpus"]);
    await loadGraph(driver, graph.export(), { database: testSettings().database });
  });

  it("has a corpus case for every library query", () => {
    expect(Object.keys(CORPUS_CASES).sort()).toEqual(library.map((q) => q.name).sort());
  });

  for (const [name, testCase] of Object.entries(CORPUS_CASES)) {
    it(name, async () => {
      await testCase.check(await run(name, testCase.params), run);
    });
  }
});

describe("officials and outlets on saved web pages", () => {
  beforeAll(async () => {
    await wipeDatabase(driver);
    const { graph } = await buildFromPaths(["tests/fixtures/pages"]);
    await loadGraph(driver, graph.export(), { database: testSettings().database });
  });

  it("lists the bureau chief a news portal names, under the county of the article", async () => {
    const rows = await run("officials");
    // A named person is one node per division (the county of the bureau they head), shown as printed.
    expect(rows).toContainEqual(expect.objectContaining({ person: "刘建国", division: "临朐县", organization: "临朐县人社局", counties: ["临朐县"] }));
    expect(String(rows.find((r) => r.person === "刘建国")?.sentence)).toContain("县人社局局长刘建国");
    expect((await run("officials", { county: "沂南县" })).map((r) => r.person)).not.toContain("刘建国");
  });

  it("lists the outlets the pages credit, with the counties and programmes of what they published", async () => {
    const rows = await run("outlets");
    expect(rows).toContainEqual(expect.objectContaining({ outlet: "临朐县融媒体中心", category: "media", counties: ["临朐县"] }));
    expect(rows).toContainEqual(expect.objectContaining({ outlet: "沂南县民政局", category: "government", counties: ["沂南县"] }));
    expect((rows.find((r) => r.outlet === "沂南县民政局")?.programmes as string[]).length).toBeGreaterThan(0);
    expect((await run("outlets", { county: "沂南县" })).map((r) => r.outlet)).toEqual(["沂南县民政局"]);
  });
});
