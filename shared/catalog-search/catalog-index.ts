/**
 * The matter finder's index: everything a clerk may type is precomputed once per catalog
 * (normalised name and alias variants, their pinyin readings, codes, departments), so a
 * keystroke is a linear scan of plain string checks — a few hundred matters take well under
 * a millisecond (bench/matter-search.bench.ts).
 *
 * Query language: space-separated terms, all of which must match (户籍 证明); each term may
 * be Chinese, a code or its prefix (CY-0, cy06003), pinyin initials (sbk) or full pinyin
 * (wufanzuijilu). Pinyin typed with spaces (shehui baozhang ka) is also tried joined.
 * Results rank by match kind (match-kind.ts), then usage (usage.ts), then how near the start
 * of the name the match is, then code.
 */
import { ACTION_CATEGORY_NAMES } from '../domain/matter/action-items';
import { aliasVariants } from './aliases';
import { MATCH_RANK, type MatchKind } from './match-kind';
import { compactCode, isPinyinLike, normalizeText, splitTerms } from './normalize';
import { fullPinyinMatchAt, initialsMatchAt } from './pinyin-match';
import { pinyinReadings, type CharReadings } from './pinyin-readings';

/**
 * The fields of a catalog matter (shared/domain/matter/matter.ts) the finder reads. Kept this narrow
 * on purpose: the catalog schema grows, the search only ever needs these.
 */
export interface SearchableMatter {
  code: string;
  name: string;
  category: string;
  actionItem: number;
  departments: { '51': string; '50': string };
  modes: readonly string[];
}

export interface SearchOptions {
  /** Usage scores by code (usage.ts); matters absent score 0. */
  usage?: ReadonlyMap<string, number>;
  /** Only matters of this catalog category. */
  category?: string | null;
}

export interface SearchHit<M extends SearchableMatter = SearchableMatter> {
  matter: M;
  /** How the query matched; null for an empty query (browsing). */
  kind: MatchKind | null;
}

export interface CatalogIndex<M extends SearchableMatter = SearchableMatter> {
  /** The catalog's categories, in the action plan's order (unknown ones last). */
  readonly categories: readonly string[];
  /** Matching matters, best first; an empty query lists all (used first, then by code). */
  search(query: string, options?: SearchOptions): SearchHit<M>[];
}

interface IndexedText {
  text: string;
  readings: readonly CharReadings[];
}

interface IndexedMatter<M extends SearchableMatter> {
  matter: M;
  compactCode: string;
  /** The name first, then its alias variants (aliases.ts). */
  names: readonly IndexedText[];
  departments: readonly string[];
  category: string;
}

export function buildCatalogIndex<M extends SearchableMatter>(matters: readonly M[]): CatalogIndex<M> {
  const entries = matters.map(indexMatter);
  const categories = orderCategories(new Set(matters.map((matter) => matter.category)));
  return {
    categories,
    search: (query, options = {}) => search(entries, query, options),
  };
}

function indexMatter<M extends SearchableMatter>(matter: M): IndexedMatter<M> {
  const names = [matter.name, ...aliasVariants(matter.name)].map((name) => ({
    text: normalizeText(name),
    readings: pinyinReadings(name),
  }));
  return {
    matter,
    compactCode: compactCode(normalizeText(matter.code)),
    names,
    departments: [matter.departments['51'], matter.departments['50']].map(normalizeText),
    category: normalizeText(matter.category),
  };
}

function orderCategories(present: ReadonlySet<string>): string[] {
  const known: readonly string[] = ACTION_CATEGORY_NAMES;
  const ordered = known.filter((name) => present.has(name));
  return [...ordered, ...[...present].filter((name) => !known.includes(name)).sort()];
}

/** How one matter matched: the kind, and where in the name (0 for codes and departments). */
interface Match {
  kind: MatchKind;
  at: number;
}

function better(a: Match | null, b: Match | null): Match | null {
  if (a === null || b === null) return a ?? b;
  return (MATCH_RANK[a.kind] - MATCH_RANK[b.kind] || a.at - b.at) <= 0 ? a : b;
}

function search<M extends SearchableMatter>(entries: readonly IndexedMatter<M>[], query: string, options: SearchOptions): SearchHit<M>[] {
  const terms = splitTerms(query).map(prepareTerm);
  const joinedPinyin = terms.length > 1 && terms.every((term) => term.pinyinLike) ? terms.map((term) => term.text).join('') : null;
  const hits: { hit: SearchHit<M>; rank: number; at: number; usage: number }[] = [];
  for (const entry of entries) {
    if (options.category && entry.matter.category !== options.category) continue;
    let match: Match | null = null;
    if (terms.length > 0) {
      match = matchAllTerms(entry, terms);
      if (joinedPinyin) match = better(match, matchPinyin(entry, joinedPinyin));
      if (match === null) continue;
    }
    hits.push({
      hit: { matter: entry.matter, kind: match?.kind ?? null },
      rank: match ? MATCH_RANK[match.kind] : 0,
      at: match?.at ?? 0,
      usage: options.usage?.get(entry.matter.code) ?? 0,
    });
  }
  // Within a kind, this window's usage decides; then a match nearer the start of the name
  // ("hz": 护照签发 before 驾驶证换证), then the code.
  hits.sort((a, b) => a.rank - b.rank || b.usage - a.usage || a.at - b.at || compareCodes(a.hit.matter.code, b.hit.matter.code));
  return hits.map(({ hit }) => hit);
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A term as typed, with what can be decided once per keystroke rather than per matter. */
interface PreparedTerm {
  text: string;
  pinyinLike: boolean;
  /** Compact code form when the term looks like a code ("cy-0", "06-003"), else null. */
  code: string | null;
}

function prepareTerm(text: string): PreparedTerm {
  // "cy" alone is more likely pinyin initials than a code: codes need a digit or a dash.
  return { text, pinyinLike: isPinyinLike(text), code: /[\d-]/.test(text) ? compactCode(text) : null };
}

/** Every term must match; the matter ranks by its weakest term. */
function matchAllTerms(entry: IndexedMatter<SearchableMatter>, terms: readonly PreparedTerm[]): Match | null {
  let weakest: Match | null = null;
  for (const term of terms) {
    const match = matchTerm(entry, term);
    if (match === null) return null;
    weakest = weakest === null || MATCH_RANK[match.kind] > MATCH_RANK[weakest.kind] ? match : weakest;
  }
  return weakest;
}

function matchTerm(entry: IndexedMatter<SearchableMatter>, { text: term, pinyinLike, code: typedCode }: PreparedTerm): Match | null {
  const code = typedCode === null ? null : matchCode(entry, typedCode);
  if (code) return { kind: code, at: 0 };
  let best: Match | null = null;
  for (const name of entry.names) {
    const at = name.text.indexOf(term);
    if (at === 0) return { kind: 'name-prefix', at };
    if (at > 0) best = better(best, { kind: 'name-substring', at });
  }
  if (best) return best;
  best = pinyinLike ? matchPinyin(entry, term) : null;
  if (best) return best;
  if (entry.departments.some((department) => department.includes(term))) return { kind: 'department', at: 0 };
  if (entry.category.includes(term)) return { kind: 'category', at: 0 };
  return null;
}

function matchCode(entry: IndexedMatter<SearchableMatter>, typed: string): MatchKind | null {
  if (typed === entry.compactCode) return 'code-exact';
  // "06-003" without the CY- every code shares is a prefix too.
  const code = typed.startsWith('cy') ? entry.compactCode : entry.compactCode.slice(2);
  return typed.length > 0 && code.startsWith(typed) ? 'code-prefix' : null;
}

function matchPinyin(entry: IndexedMatter<SearchableMatter>, term: string): Match | null {
  let best: Match | null = null;
  for (const name of entry.names) {
    const initialsAt = initialsMatchAt(term, name.readings);
    if (initialsAt === 0) return { kind: 'initials-prefix', at: 0 };
    if (initialsAt > 0) best = better(best, { kind: 'initials', at: initialsAt });
    if (best?.kind === 'initials') continue;
    const fullAt = fullPinyinMatchAt(term, name.readings);
    if (fullAt >= 0) best = better(best, { kind: fullAt === 0 ? 'pinyin-prefix' : 'pinyin', at: fullAt });
  }
  return best;
}
