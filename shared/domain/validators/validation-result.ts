/** What every validator returns: the normalised value, or one Chinese message for the clerk. */
export type ValidationResult = { ok: true; value: string; warnings?: string[] } | { ok: false; message: string };
