import type { Command } from "commander";

export function registerQueryCommand(program: Command): void {
  program.command("query").description("(not implemented yet)");
}
