import { getSegmenter } from "./pipeline/segment/segmenter.js";
for (const text of process.argv.slice(2)) {
  const t = getSegmenter().tagSpans(text, [{start:0,end:text.length}])[0]!;
  console.log(t.map(x=>x.word+"/"+x.tag).join(" "));
}
