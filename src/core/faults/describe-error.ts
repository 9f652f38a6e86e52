/** An error's message for a warning, whatever was thrown (an Error, a string, anything). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
