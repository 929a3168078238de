import { buildFromPaths } from "/work/main/pipeline/build.js";
const r = await buildFromPaths(process.argv.slice(3), { builtAt: "2024-01-01T00:00:00.000Z" });
const want = new Set(process.argv[2].split(","));
for (const x of r.extractions) for (const rel of x.relations) if (rel.type === "ABOUT" && want.has(rel.to.name)) {
  console.log(`${rel.from.kind}:${rel.from.name.slice(0,16)} -> ${rel.to.name} [${rel.matched}] ${x.sentences?.[rel.sentence]?.text?.slice(0,90) ?? rel.sentence}`);
}
