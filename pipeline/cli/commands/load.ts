import type { Command } from "commander";

export function registerLoadCommand(program: Command): void {
  program.command("load").description("(not implemented yet)");
}

/** Loads a graph.json file into Neo4j (used by `load` and `build --load`). */
export async function loadGraphFile(_graphFile: string, _options: { quiet?: boolean }): Promise<void> {
  throw new Error("load: not implemented yet");
}
