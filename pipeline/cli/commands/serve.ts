import type { Command } from "commander";

export function registerServeCommand(program: Command): void {
  program.command("serve").description("(not implemented yet)");
}
