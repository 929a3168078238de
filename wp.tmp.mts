import { readFileSync } from "node:fs";
import { decodeBytes } from "/work/main/pipeline/ingest/decode.ts";
import { webPageText } from "/work/main/pipeline/ingest/web-page.ts";
for (const f of process.argv.slice(2)) { const d = decodeBytes(readFileSync(f), f); if (d.ok) console.log(f, "\n" + JSON.stringify(webPageText(d.text), null, 1)); }
