import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import fs from "node:fs";
const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await getDocument({ data, cMapUrl: "node_modules/pdfjs-dist/cmaps/", cMapPacked: true, standardFontDataUrl: "node_modules/pdfjs-dist/standard_fonts/", isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
console.log("pages", doc.numPages);
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const content = await page.getTextContent();
  for (const item of content.items as any[]) console.log(JSON.stringify({ s: item.str, eol: item.hasEOL, x: Math.round(item.transform[4]), y: Math.round(item.transform[5]), h: Math.round(item.height) }));
}
