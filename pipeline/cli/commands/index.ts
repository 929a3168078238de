/** Every sub-command, registered once, in the order `--help` lists them. */
import type { Command } from "commander";
import { registerBuildCommand } from "./build.js";
import { registerExportSiteCommand } from "./export-site.js";
import { registerLoadCommand } from "./load.js";
import { registerQueryCommand } from "./query.js";
import { registerServeCommand } from "./serve.js";

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerBuildCommand,
  registerLoadCommand,
  registerQueryCommand,
  registerServeCommand,
  registerExportSiteCommand,
];
