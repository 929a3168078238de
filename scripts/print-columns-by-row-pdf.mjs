// Prints tests/fixtures/pdf/ankang-columns-by-row.pdf: two reports set side by side in two
// columns, each printed row a pair of absolutely placed spans (left column's line, then the
// right one's), so the PDF's text layer lists rows across the columns as some e-paper exports
// do. Needs Debian's chromium and the Noto CJK fonts; not run by the tests, which read the PDF.
// Usage: node scripts/print-columns-by-row-pdf.mjs tests/fixtures/pdf/ankang-columns-by-row.pdf
import { chromium } from "playwright-core";

const left = [
  "石泉县推行“银龄互助”养老模式",
  "",
  "本报讯（记者 周岚）今年以来，石泉县推",
  "行“银龄互助”养老模式，组织低龄老人结",
  "对帮扶高龄、独居老人1260名。",
  "县民政局还在各镇建成互助幸福院38个，",
  "为老人提供助餐和日间照料服务。",
];
const right = [
  "汉阴县“凤堰梯田”带火乡村旅游",
  "",
  "本报讯（通讯员 吴涛）今年以来，汉阴县",
  "依托“凤堰梯田”打造乡村旅游线路，",
  "接待游客42万人次，带动脱贫户860户",
  "增收。县文旅局组织培训民宿经营户120",
  "户，新增农家乐35家。",
];

let spans = "";
for (let row = 0; row < Math.max(left.length, right.length); row++) {
  // The headline is larger and set apart from the body by a wider gap.
  const top = 60 + row * 26 + (row >= 2 ? 14 : 0);
  const size = row === 0 ? 20 : 14;
  if (left[row]) spans += `<span style="position:absolute;left:40px;top:${top}px;font-size:${size}px">${left[row]}</span>`;
  if (right[row]) spans += `<span style="position:absolute;left:400px;top:${top}px;font-size:${size}px">${right[row]}</span>`;
}
const html = `<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC";margin:0}</style></head><body>${spans}</body></html>`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage();
await page.setContent(html);
await page.pdf({ path: process.argv[2], width: "760px", height: "360px" });
await browser.close();
