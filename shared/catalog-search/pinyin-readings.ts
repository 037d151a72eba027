/**
 * Pinyin readings of a text, one entry per searchable character, computed once at index time
 * with pinyin-pro (pure JS, runs in the browser and in Node).
 *
 * Each character keeps its reading *in context* first (pinyin-pro segments words, so 重庆 is
 * chong qing and 银行 yin hang), then its other readings (重 zhong, 行 xing/heng): a clerk
 * who guesses another reading of a polyphonic character still finds the matter, and the
 * contextual reading is never lost. ü is indexed as both v (how IMEs type it) and u.
 * Punctuation is dropped, so "开具（异地代收代办）" reads on as kai ju yi di ….
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import { normalizeText } from './normalize';

/** Readings of one character: contextual first; `initials` are their first letters. */
export interface CharReadings {
  syllables: readonly string[];
  initials: ReadonlySet<string>;
}

const HAN = /\p{Script=Han}/u;
const ALNUM = /^[a-z0-9]$/;

function spellings(syllable: string): string[] {
  return syllable.includes('ü') ? [syllable.replaceAll('ü', 'v'), syllable.replaceAll('ü', 'u')] : [syllable];
}

export function pinyinReadings(text: string): CharReadings[] {
  const chars = [...normalizeText(text)];
  const options = { toneType: 'none', type: 'array', nonZh: 'removed' } as const;
  const hanChars = chars.filter((char) => HAN.test(char));
  let contextual = pinyin(chars.join(''), options);
  let alternatives = polyphonic(chars.join(''), options);
  if (contextual.length !== hanChars.length || alternatives.length !== hanChars.length) {
    // A rare character pinyin-pro does not know would shift the alignment: read one by one.
    contextual = hanChars.map((char) => pinyin(char, options)[0] ?? '');
    alternatives = hanChars.map((char) => polyphonic(char, options)[0] ?? []);
  }
  const readings: CharReadings[] = [];
  let hanIndex = 0;
  for (const char of chars) {
    if (HAN.test(char)) {
      const first = contextual[hanIndex] ?? '';
      const all = [first, ...(alternatives[hanIndex] ?? [])].filter((s) => /^[a-zü]+$/.test(s));
      hanIndex += 1;
      const syllables = [...new Set(all.flatMap(spellings))];
      if (syllables.length > 0) readings.push({ syllables, initials: new Set(syllables.map((s) => s.charAt(0))) });
    } else if (ALNUM.test(char)) {
      // Letters and digits in a name (e.g. "C1") are typed as themselves.
      readings.push({ syllables: [char], initials: new Set([char]) });
    }
  }
  return readings;
}
