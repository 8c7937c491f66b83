/** A mistake in how the command was called: exit code 2 and a hint. */
export class UsageError extends Error {
  override name = "UsageError";
}
