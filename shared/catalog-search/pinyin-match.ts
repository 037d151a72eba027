/**
 * Matching a typed Latin term against a text's pinyin readings (see pinyin-readings.ts).
 * Both matchers look for a run of consecutive characters anywhere in the text and report
 * where it starts, so a match at the start of a name can rank above one in the middle.
 */
import type { CharReadings } from './pinyin-readings';

/** Index of the first character where `term` spells consecutive initials ("sbk"), or -1. */
export function initialsMatchAt(term: string, chars: readonly CharReadings[]): number {
  for (let start = 0; start + term.length <= chars.length; start += 1) {
    let offset = 0;
    while (offset < term.length && chars[start + offset]?.initials.has(term.charAt(offset))) offset += 1;
    if (offset === term.length) return start;
  }
  return -1;
}

/**
 * Index of the first character where `term` spells consecutive full syllables
 * ("wufanzuijilu"), the last one possibly still being typed ("wufanz"), or -1.
 */
export function fullPinyinMatchAt(term: string, chars: readonly CharReadings[]): number {
  const first = term.charAt(0);
  for (let start = 0; start < chars.length; start += 1) {
    // Cheap rejection first: a syllable can only start where its initial letter is.
    if (chars[start]?.initials.has(first) && spellsFrom(term, 0, chars, start)) return start;
  }
  return -1;
}

function spellsFrom(term: string, position: number, chars: readonly CharReadings[], index: number): boolean {
  const char = chars[index];
  if (!char) return false;
  const rest = term.length - position;
  for (const syllable of char.syllables) {
    if (syllable.length >= rest) {
      if (syllable.startsWith(term.slice(position))) return true;
    } else if (term.startsWith(syllable, position) && spellsFrom(term, position + syllable.length, chars, index + 1)) {
      return true;
    }
  }
  return false;
}
