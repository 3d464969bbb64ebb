// The words the name recognizers share: what a capitalised word is on its own (a known name, an
// ordinary word, a town, a country), which words never belong to a name, and drug names by stem.

import {
  chatWords,
  commonWords,
  credentials,
  isEnglishWord,
  isNameOnly,
  isUnknownWord,
  isWordLikeName,
  lexiconKey,
  medicineWords,
  nameWords,
  notNames,
  placeWords,
  roleWords,
  safeProperWords,
  stateNames,
  titles,
} from './redact-lexicon';

export const lowerSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
export const titleSet = lowerSet(titles);
export const roleSet = lowerSet(roleWords);
export const credentialSet = lowerSet(credentials);
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (list: readonly string[]): string => list.map(escape).join('|');

/** Whether a word is one of the function, domain or calendar words that never belong to a name. */
export function excluded(word: string): boolean {
  const lower = word.toLowerCase();
  if (/-\p{Ll}/u.test(word) && isEnglishWord(word)) return true; // "Daughter-in-law", "Follow-up"
  if (/^[A-Z]{2,6}-[A-Z]{1,3}$/.test(word) && credentialSet.has(lower.split('-')[0] ?? '')) return true; // "FNP-BC", "RN-BC"
  return notNames.has(lower) || titleSet.has(lower) || roleSet.has(lower) || stateNames.has(lower) || credentialSet.has(lower) || medicineWords.has(lower);
}

/** Function, calendar, role and title words, states, countries, languages: never part of an identifier. */
export function neverIdentifying(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    notNames.has(lower) || titleSet.has(lower) || roleSet.has(lower) || stateNames.has(lower) || credentialSet.has(lower) ||
    safeProperWords.has(lexiconKey(word))
  );
}

/** How one capitalised word reads on its own: a known name, an ordinary word that is also a name, a town, or none of these. */
export type WordSense = 'name' | 'wordlike' | 'place' | 'common' | 'safe' | 'unknown';

/** A word with a capital inside that no naming tradition puts there ("LanguageLine", "MyChart"): a product. */
export const productCase = /^(?!(?:Mc|Mac|De|Di|Da|Du|Del|La|Le|Van|Von|Fitz|St|Ten|Ter|Al|El|Ab|Abu|Bin|Ben|Ibn|Ap|Ní|Nic|Ó|Ua|Jean|Mary|Anne|Ann|Lou|Lee|Ray|Kay|Rae|Mae)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

export function senseOf(word: string): WordSense {
  if (productCase.test(word)) return 'common';
  if (safeProperWords.has(lexiconKey(word))) return 'safe';
  if (isNameOnly(word)) return 'name';
  if (isWordLikeName(word)) return 'wordlike';
  const k = lexiconKey(word);
  if (commonWords.has(k)) return 'common';
  if (placeWords.has(k)) return 'place';
  return isUnknownWord(word) ? 'unknown' : 'common';
}

/** Drug names by their stems ("atorvastatin", "Semaglutide"): never a person. */
export const drugStem = /(?:mab|nib|pril|olol|statin|azole|cillin|mycin|micin|vir|tide|zepam|zolam|sartan|dronate|triptan|oxetine|xetine|faxine|afil|parin|farin|floxacin|cycline|profen|fenac|oxicam|lukast|gliptin|gliflozin|semide|thiazide|olone|sone|dipine|tidine|prazole|setron|barb|barbital|caine|terol|tropium|glutide|formin|coxib|platin|rubicin|taxel|azepine|peridol|peridone|piprazole|apine|idone|xaban|gatran|grel|traline|oxifen|pezil|gabalin|pentin|triptyline|pramine|zosin|codone|morphone|adol|zodone|tropin|relin|kinase|thyroxine|conazole|ciclovir|oxacin|quine|azine|arone|mantine|purinol)$/i;

/** Months and days that are also given names or towns. */
export const months = /^(?:April|May|June|July|August|Sunday)$/;

let lastText = '';
let lastEnglish = true;

/** Whether most lower-case words of the text are English (so that a capitalised unknown word stands out as a name). */
export function mostlyEnglish(text: string): boolean {
  if (text === lastText) return lastEnglish;
  const words = text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}'’-]+/gu) ?? [];
  const known = words.filter((w) => isEnglishWord(w) || chatWords.has(w)).length;
  lastText = text;
  // A short text is taken for English unless its words carry letters English does not use ("tôi", "tuổi").
  lastEnglish = known >= words.length * 0.7 || (words.length < 4 && words.every((w) => /^\p{ASCII}+$/u.test(w)));
  return lastEnglish;
}


let lastCapitalsText = '';
let lastCapitals = true;

/** German capitalises every noun; these words say a text is German, where a capital says nothing about a name. */
const germanWords = new Set('der die das und ist nicht mit von zu den dem des ein eine einer sich auf für wird wurde bei seit nach aus wohnhaft geb sie er ich wir ihr sind hat haben war noch auch oder aber wegen beim zum zur im vom bitte mich mir uns wenn dass kann können bin sehr schon werden wie was nur über unter danke meine mein meiner ihre seine kein keine jahre alt heute morgen gestern'.split(' '));

/**
 * Whether a capitalised word inside a sentence stands out as a proper noun here: in English, and
 * in the many languages that capitalise even fewer words (Spanish, French, Italian, Portuguese,
 * Polish, Greek, Russian…); not in German, which capitalises every noun.
 */
export function capitalsMarkNames(text: string): boolean {
  if (mostlyEnglish(text)) return true;
  if (text === lastCapitalsText) return lastCapitals;
  const words = text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? [];
  lastCapitalsText = text;
  lastCapitals = words.filter((w) => germanWords.has(w)).length < Math.max(2, words.length * 0.08);
  return lastCapitals;
}

export function isSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:;\n•*"“(\-–—]\s*|\n\s*)$/.test(text.slice(Math.max(0, index - 4), index)) || index === 0;
}

export const titleCase = (w: string): string => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w);
export const particleWord = /^(?:de|del|della|da|das|do|dos|di|du|van|von|zu|der|den|le|la|al|el|bin|binti|ibn|ap|ní|nic|mac|ter|ten|y)$/i;

/** Makes a regex source match its letters in either case, so that a label can ignore case while the value after it cannot. */
export function anyCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      out += c + source.charAt(i + 1);
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (!inClass && c.toLowerCase() !== c.toUpperCase()) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return out;
}

/** Titles that never begin a name themselves ("Dr", "Herr"), unlike "Don", "Lola" or "Sister", which can. */
const plainTitles = lowerSet(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'herr', 'frau', 'mme', 'mlle', 'sra', 'srta', 'sig', 'sig.ra', 'dott', 'pani', 'pana', 'panu', 'shri', 'smt', 'sri', 'rev', 'revd', 'fr', 'sgt', 'det', 'lt', 'capt', 'hon', 'dña', 'cllr']);
/** Roles written before a name in other languages and in staff lists ("Pasient", "Fahrer", "Staff Nurse"). */
const otherRoles = lowerSet(['staff', 'pasient', 'pasienten', 'fahrer', 'fahrerin', 'alıcı', 'versicherter', 'versicherte', 'schüler', 'schülerin', 'élève', 'zio', 'zia', 'tío', 'tía', 'tio', 'tia']);
/** Labels that a run of capitalised words can pick up after a name ("Dr. Samuel Ortiz NPI 1186…"). */
const trailingLabels = new Set(['NPI', 'MRN', 'DOB', 'SSN', 'ID', 'NHS', 'Tel', 'Fax', 'Mob', 'DEA', 'GMC']);

/**
 * The name inside a span that a recognizer took with a title, a role or a label around it
 * ("Staff Nurse Ebony Clarke-Williams" → "Ebony Clarke-Williams"; "Kim Nguyen, NP" → "Kim Nguyen").
 * Returns offsets into `span`.
 */
export function nameBounds(span: string): [number, number] {
  let start = 0;
  let end = span.length;
  for (;;) {
    const m = /^([\p{L}.]+?)\.?\s+(?=\p{Lu})/u.exec(span.slice(start, end));
    if (!m) break;
    const word = (m[1] ?? '').toLowerCase();
    const rest = span.slice(start + m[0].length, end);
    const words = rest.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    // A title that is also a name somewhere ("Don", "Nana", "Ward") stays: it may be part of this one.
    const strippable = plainTitles.has(word) || otherRoles.has(word) || (/^[md]$/.test(word) && words >= 2) || ((titleSet.has(word) || roleSet.has(word)) && !nameWords.has(lexiconKey(m[1] ?? '')));
    if (!strippable || words === 0) break;
    start += m[0].length;
  }
  for (;;) {
    const m = /(?:,\s*|\s+)([\p{L}-]+\.?)$/u.exec(span.slice(start, end));
    if (!m || m.index === 0) break;
    const word = (m[1] ?? '').replace(/\.$/, '');
    if (!credentialSet.has(word.toLowerCase()) && !trailingLabels.has(word) && !/^[A-Z]{2,5}-[A-Z]{1,3}$/.test(word)) break;
    end = start + m.index;
  }
  return [start, end];
}
