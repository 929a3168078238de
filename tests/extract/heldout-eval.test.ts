/**
 * Held-out evaluation: eight county/district reports written for this test
 * (Guangdong, Sichuan, Jiangsu, Hebei, Gansu, Fujian, Inner Mongolia, Hunan;
 * web and print layouts) run through the real pipeline. Every "must" fact of
 * `<article>.expect.json` has to be found; over the whole set precision and
 * recall must stay above the floors below. Rules are never tuned to one
 * sentence here: each has its own second fixture in the unit tests.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildFromPaths, type BuildResult } from "../../pipeline/build.js";
import { formatTable, HELDOUT_DIR, loadHeldout, SCORED_KINDS, scoreArticle, totals, type ArticleScore } from "./heldout-score.js";

const MIN_RECALL = 0.85;
const MIN_PRECISION = 0.95;

const articles = loadHeldout();
let result: BuildResult;
let scores: ArticleScore[];

beforeAll(async () => {
  result = await buildFromPaths([HELDOUT_DIR], { builtAt: "2024-01-01T00:00:00.000Z" });
  scores = articles.map(({ file, expectations }) =>
    scoreArticle(file, expectations, result.extractions.filter((e) => e.article.source.endsWith(`/${file}`))),
  );
  console.log(`held-out extraction scores (found/expected correct/predicted)\n${formatTable(scores)}`);
}, 60_000);

describe("held-out articles", () => {
  it("has one expectations file per article", () => {
    expect(articles).toHaveLength(8);
    expect(result.extractions).toHaveLength(8);
  });

  for (const { file, expectations } of articles) {
    it(`${file}: county and every "must" fact`, () => {
      const score = scores.find((s) => s.file === file)!;
      expect(score.county).toBe(expectations.county);
      for (const kind of SCORED_KINDS) {
        expect(score.kinds[kind].missingMust, `${file} ${kind}`).toEqual([]);
      }
      expect(score.involvesMissing, `${file} INVOLVES`).toEqual([]);
      expect(score.involvesWrong, `${file} wrong INVOLVES`).toEqual([]);
      expect(score.sameNodeBroken, `${file} one node`).toEqual([]);
    });
  }

  it(`keeps precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} over the set`, () => {
    const sum = totals(scores);
    expect(sum.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(sum.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
