/**
 * How a matter matched a term, strongest first. The order is the ranking contract of the
 * picker: a code typed exactly beats everything, the name's own characters beat pinyin, and
 * initials beat full pinyin (a clerk typing "sbk" means 社保卡, not a syllable). Pinyin
 * matches at the start of a name rank above ones in the middle, like name prefix vs
 * substring. Department and category hits come last: they say where, not what.
 */
export const MATCH_KINDS = [
  'code-exact',
  'code-prefix',
  'name-prefix',
  'name-substring',
  'initials-prefix',
  'initials',
  'pinyin-prefix',
  'pinyin',
  'department',
  'category',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Lower is stronger; used as the primary sort key. */
export const MATCH_RANK: Readonly<Record<MatchKind, number>> = Object.fromEntries(MATCH_KINDS.map((kind, rank) => [kind, rank])) as Record<
  MatchKind,
  number
>;
