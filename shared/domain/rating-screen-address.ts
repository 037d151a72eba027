/**
 * Where the applicant's rating screen lives: the app's own page with `#rating/<caseId>`. The
 * renderer routes on it and the Electron shell lets only this address open a second window.
 */
export function ratingScreenHash(caseId: string): string {
  return `#rating/${encodeURIComponent(caseId)}`;
}

export function caseIdFromRatingHash(hash: string): string | null {
  const match = /^#rating\/([^/?#]+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
