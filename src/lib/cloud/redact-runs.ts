// Runs of capitalised words ("Harold P. Finnegan", "Ashford Falls"), the unit the name and place
// recognizers in redact-names.ts judge, with the middle initials and capitalised family names kept.

import { isEnglishWord, isNameOnly, isWordLikeName } from './redact-lexicon';
import { excluded } from './redact-words';

/** A run of capitalised words ("Harold P. Finnegan") that may be a person or a place. */
export interface Run {
  start: number;
  end: number;
  words: string[];
}

const capWord = /^(?:(?:al|el|ul|ibn|abu|bin|bint|ben|d|de|da|di|du|van|von)[-'’]|[ʻ‘'](?=\p{Lu}\p{Ll}))?\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:[ʻ‘]\p{Ll}+)*(?:-\p{L}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+))*$/u;

/** Splits text into runs of capitalised words joined by single spaces, keeping middle initials. */
export function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  const close = (): void => {
    if (current) {
      // A run may not end on an initial ("Exhibit B."), and needs one real word; but "Kai P. (age 8)" keeps it.
      const kept = current.words.length >= 2 && /^\p{Lu}\.$/u.test(current.words.at(-1) ?? '') && isNameOnly(current.words.at(-2) ?? '') && /^ ?[(,]/.test(text.slice(current.end, current.end + 2));
      while (!kept && current.words.length > 0 && /^\p{Lu}\.$/u.test(current.words.at(-1) ?? '')) {
        current.words.pop();
        current.end = text.lastIndexOf(' ', current.end - 1);
      }
      if (current.words.length > 0) runs.push(current);
    }
    current = null;
  };
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’ʻ‘-][\p{L}\p{M}]+)*/gu)) {
    let word = m[0];
    let start = m.index;
    // "'Ana", "ʻAisea": a glottal stop that opens a Polynesian name is part of it (a quote would close after the word).
    if (/^\p{Lu}\p{Ll}/u.test(word) && /(?:^|\s)['ʻ‘]$/u.test(text.slice(Math.max(0, start - 2), start)) && !/^['’]/.test(text.charAt(start + word.length)) && !isEnglishWord(word.toLowerCase())) {
      start -= 1;
      word = text.charAt(start) + word;
    }
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    // "A. Lakshmi Pillai" in a transcript: "A." (answer) and "Q." open the line, they are no initials.
    const initial = /^\p{Lu}$/u.test(word) && text[start + 1] === '.' && !(/^[AQ]$/.test(word) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 8), start)));
    // "Imran HUSSAIN": a family name in capitals after a given name, as British legal papers write it.
    const capsSurname = current !== null && /^\p{Lu}{3,}(?:[-'’]\p{Lu}+)*$/u.test(word) && !/^[\d\p{L}]/u.test(text.charAt(start + word.length)) && (isNameOnly(word.charAt(0) + word.slice(1).toLowerCase()) || (isWordLikeName(word.charAt(0) + word.slice(1).toLowerCase()) && text.slice(current.end, start) === ' ')) && isNameOnly(current.words.at(-1) ?? '');
    // "Tyrell Washington": a state's name after a given name is a family name.
    const stateSurname = current !== null && word === 'Washington' && isNameOnly(current.words.at(-1) ?? '');
    const eligible = initial || capsSurname || stateSurname || (capWord.test(word) && !excluded(word));
    const end = start + word.length + (initial ? 1 : 0);
    // "Dr Aderonke May 16th": a month or weekday before a number starts a date, not the rest of a name.
    const calendar = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)(?:day)?)$/.test(word) && /^\.?,? \d/.test(text.slice(start + word.length, start + word.length + 4));
    if (calendar) {
      close();
      continue;
    }
    // "R.T. Osei": an initial right after another ("R.T.") joins it with no space.
    const joined = current !== null && (text.slice(current.end, start) === ' ' || (initial && text.slice(current.end, start) === '' && /\p{Lu}\.$/u.test(current.words.at(-1) ?? '')));
    if (!eligible) {
      close();
      continue;
    }
    if (!joined) close();
    current ??= { start, end, words: [] };
    current.words.push(initial ? `${word}.` : word);
    current.end = end;
    if (possessive) close();
  }
  close();
  return runs;
}

export const lastWord = (run: Run): string => (run.words.at(-1) ?? '').toLowerCase();
export const firstWord = (run: Run): string => (run.words[0] ?? '').toLowerCase();
export const realWords = (run: Run): string[] => run.words.filter((w) => !w.endsWith('.'));
