import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDriver, testSettings } from "./support/neo4j.js";

// Even a client that bypasses the explorer's guard (direct Bolt access with the
// password) must not read arbitrary files through LOAD CSV: the local launcher
// confines file URLs to the data folder's import/, as a packaged server does.
describe("LOAD CSV on the test server", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await openTestDriver();
  });
  afterAll(() => driver.close());

  it("cannot read a file outside the import folder", async () => {
    const { database } = testSettings();
    const session = driver.session(database ? { database } : {});
    try {
      await expect(
        session.executeRead((tx) => tx.run("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row").then((r) => r.records.length)),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\./) });
    } finally {
      await session.close();
    }
  });
});
