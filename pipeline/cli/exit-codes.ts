/** Process exit codes shared by every command (documented in `--help` and the README). */
export const EXIT = {
  ok: 0,
  /** The command failed: nothing useful was produced. */
  failure: 1,
  /** Bad command-line usage. */
  usage: 2,
  /** The job finished, but some inputs were skipped (each reported with its reason). */
  partial: 3,
} as const;

/** An error whose message is meant for the user as it is (no stack trace printed). */
export class UserFacingError extends Error {
  override name = "UserFacingError";
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}
