/** The `policy-kg` program: one sub-command per file in ./commands. */
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands/index.js";
import { EXIT, UserFacingError } from "./exit-codes.js";

export function createProgram(): Command {
  const program = new Command("policy-kg")
    .description("Build a knowledge graph of local-government programmes from Chinese county news articles.")
    .addHelpText(
      "after",
      `
Exit codes: ${EXIT.ok} ok, ${EXIT.failure} failure, ${EXIT.usage} usage error, ${EXIT.partial} finished but some inputs were skipped.
Neo4j settings come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (environment or .env).`,
    )
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`policy-kg: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`policy-kg: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.failure;
  }
}
