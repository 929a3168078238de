import type { Command } from "commander";

export function registerExportSiteCommand(program: Command): void {
  program.command("export-site").description("(not implemented yet)");
}
