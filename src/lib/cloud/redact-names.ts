import {
  credentials,
  givenNames,
  notNames,
  orgWords,
  placeGenerics,
  placePrefixes,
  placeSuffixes,
  relationWords,
  roleWords,
  stateNames,
  surnames,
  titles,
  wordLikeNames,
} from './redact-lexicon';
import { tier, type Emit } from './redact-patterns';

/** A run of capitalised words ("Harold P. Finnegan") that may be a person or a place. */
interface Run {
  start: number;
  end: number;
  words: string[];
}

const capWord = /^\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*$/u;
const lowerSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
const titleSet = lowerSet(titles);
const roleSet = lowerSet(roleWords);
const credentialSet = lowerSet(credentials);
/** Street types that are never surnames, so a run ending in one is a street, not a person. */
const streetOnly = lowerSet(['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Boulevard', 'Terrace', 'Parkway', 'Highway', 'Plaza', 'Crescent', 'Circle', 'Square']);
const regionWords = lowerSet(['County', 'Parish', 'Borough', 'Township', 'District', 'Province', 'Region']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]): string => list.map(escape).join('|');

// What sits right before a run and says "this is a person".
const titleLeft = new RegExp(`\\b(?:${alternation(titles)})\\.? $`);
const roleLeft = new RegExp(`\\b(?:${alternation(roleWords)})(?:-in-law)?(?:[,:]? | \\()$`, 'i');
const verbLeft = new RegExp(
  '(?:\\b(?:signed|seen|referred|reviewed|examined|authored|prepared|witnessed|represented|attended|treated|assessed|' +
    'accompanied|interviewed|notarized|countersigned|dictated|verified|approved|endorsed|sworn|filed|brought|' +
    'raised|supervised|employed|performed|done|completed|ordered|requested|obtained|reported|covered|' +
    'relieved|handed over) by|\\b(?:discussed|agreed|reviewed|checked|handed over) with|' +
    '\\b(?:affidavit|declaration|witness statement|testimony|deposition|cross-examination) of|\\bmet(?: with)?|\\bserved(?: upon| on)?|\\bspoke (?:with|to)|\\btalked (?:with|to)|' +
    '\\bcalled|\\bphoned|\\bcontacted|\\bemailed|\\btexted|\\bmarried|\\bdivorced|\\bnamed|\\bnames|\\bnaming|' +
    '\\bappoint(?:s|ed)?|\\bnominat(?:es|ed)|\\bestate of|\\bin re|\\bin the matter of|\\battn:?|\\battention:?|' +
    '\\bc\\/o|\\bcare of|\\bon behalf of|\\bagainst|\\bbetween|\\/s\\/|\\bsigned:?|\\bdeceased,?|\\bthe late|\\bsurvived by|\\bcc:?|\\bre:) $',
  'i',
);
const captionLeft = /\bvs?\. $/;
const captionRight = /^ vs?\. /;
// What sits right after a run and says "this is a person".
const relation = alternation(relationWords);
const personRight = [
  new RegExp(`^,? \\((?:${relation}|DOB|D\\.O\\.B|MRN|age|aged|born|[MF])\\b|^ \\(\\d{1,3}(?:\\)|,| ?y| years)`, 'i'),
  new RegExp(`^, (?:(?:his|her|their|the patient's|the|a|our|my) )?(?:${relation})\\b`, 'i'),
  new RegExp(`^,? (?:${alternation(credentials)})(?![\\w-])`),
  /^,? (?:DOB|D\.O\.B\.|born|aged?|age)\b/,
  /^, \d{1,3}(?:,| years?\b| y\/o\b| ?yo\b| ?[MF]\b)/,
  /^,? (?:is |was )?an? \d{1,3}[- ]year[- ]old\b/,
  /^ (?:was born|died|passed away)\b/,
  /^ (?:was|is|has been) (?:seen|admitted|discharged|reviewed|transferred|referred|examined|assessed|found|brought)\b/,
  new RegExp(`^ \\((?:the )?(?:${alternation(roleWords)})\\)`, 'i'),
];
const strongPlaceLeft =
  /\b(?:(?:lives?|living|lived|resides?|residing|resided|residents?|moved|relocated|born|raised|grew up|located|domiciled|hometown|native|originally|comes)(?: \p{Ll}+){0,2} (?:in|of|to|at|near|from|on)|(?:town|city|village|county|borough|township|municipality|suburb) of) $/iu;
const weakPlaceLeft = /\b(?:in|from|near|to|at|outside|around|towards?|via) $/;

/** Whether a word is one of the function, domain or calendar words that never belong to a name. */
function excluded(word: string): boolean {
  const lower = word.toLowerCase();
  return notNames.has(lower) || titleSet.has(lower) || roleSet.has(lower) || stateNames.has(lower) || credentialSet.has(lower);
}

/** Splits text into runs of capitalised words joined by single spaces, keeping middle initials. */
function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  const close = (): void => {
    if (current) {
      // A run may not end on an initial ("Exhibit B."), and needs one real word.
      while (current.words.length > 0 && /^\p{Lu}\.$/u.test(current.words.at(-1) ?? '')) {
        current.words.pop();
        current.end = text.lastIndexOf(' ', current.end - 1);
      }
      if (current.words.length > 0) runs.push(current);
    }
    current = null;
  };
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)) {
    let word = m[0];
    const start = m.index;
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    const initial = /^\p{Lu}$/u.test(word) && text[start + 1] === '.';
    const eligible = initial || (capWord.test(word) && !excluded(word));
    const end = start + word.length + (initial ? 1 : 0);
    const joined = current !== null && text.slice(current.end, start) === ' ';
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

const lastWord = (run: Run): string => (run.words.at(-1) ?? '').toLowerCase();
const firstWord = (run: Run): string => (run.words[0] ?? '').toLowerCase();
const realWords = (run: Run): string[] => run.words.filter((w) => !w.endsWith('.'));

function isOrganisation(run: Run): boolean {
  return run.words.some((w) => orgWords.has(w.toLowerCase()));
}

/** Whether a run's words say it is a place: "Ashford Falls", "Harlow County", "Port Carrow", "Quarry Lane". */
function namedAsPlace(run: Run): boolean {
  const last = lastWord(run);
  if (regionWords.has(last) || streetOnly.has(last)) return true;
  const startsAsPerson = givenNames.has(firstWord(run)) || wordLikeNames.has(firstWord(run));
  return realWords(run).length >= 2 && !startsAsPerson && (placeGenerics.has(last) || placePrefixes.has(firstWord(run)));
}

/** Whether a run reads as a place and not a person, counting town-like endings ("Millbrook", "Kellerton"). */
function looksLikePlace(run: Run): boolean {
  const last = lastWord(run);
  const single = realWords(run).length === 1;
  return namedAsPlace(run) || (single && placeSuffixes.some((s) => last.length >= s.length + 3 && last.endsWith(s)));
}

const determinerLeft = /\b(?:the|a|an|this|such|any|each|every|its|said)\s$/;

/** Capitalised terms the text defines: written in quotes, or after "the"/"a"/"such" anywhere in it. */
function definedTerms(text: string, runs: Run[]): Set<string> {
  const terms = new Set<string>();
  const quoted = /(?<=^|[\s(])["“‘']([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*){0,3})["”’'](?!\p{L})/gu;
  for (const m of text.matchAll(quoted)) terms.add(m[1] ?? '');
  for (const run of runs) {
    const before = text.slice(Math.max(0, run.start - 8), run.start);
    // "the Smiths" is rare; "the Licensee", "the Disclosing Party" are everywhere in contracts.
    if (/\b(?:the|such|any|each|said)\s$/.test(before)) terms.add(run.words.join(' '));
  }
  return terms;
}

/** Whether a run sits in a Title Case heading ("Limitations on Grant Scope"), where capitals say nothing. */
function isHeading(text: string, run: Run): boolean {
  const lineStart = text.lastIndexOf('\n', run.start) + 1;
  const lineEnd = text.indexOf('\n', run.end);
  if ((lineEnd === -1 ? text.length : lineEnd) - lineStart > 120) return false; // a heading is short
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const words = line.match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || words.length > 12 || /[.!?]\s*$/.test(line)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

function isSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:;\n•*"“(\-–—]\s*|\n\s*)$/.test(text.slice(Math.max(0, index - 4), index)) || index === 0;
}

/** Finds person names and the towns and counties named without a postal address. */
export function findNamesAndPlaces(text: string, emit: Emit): void {
  const runs = findRuns(text);
  const nameTier = new Map<Run, number>();
  const left = (run: Run): string => text.slice(Math.max(0, run.start - 48), run.start);
  const right = (run: Run): string => text.slice(run.end, run.end + 40);

  const defined = definedTerms(text, runs);
  const isTerm = (run: Run): boolean => defined.has(run.words.join(' ')) || realWords(run).some((w) => defined.has(w));

  for (const run of runs) {
    if (isOrganisation(run)) continue;
    const place = looksLikePlace(run);
    const before = left(run);
    const after = right(run);
    const first = firstWord(run);
    const words = realWords(run);
    const startsAsPerson = givenNames.has(first) || wordLikeNames.has(first);
    let t = 0;
    if (titleLeft.test(before) || roleLeft.test(before) || captionLeft.test(before) || captionRight.test(after)) t = tier.context;
    // Legal drafting capitalises defined terms ("the Initial Developer", "User Product"): not people.
    else if (determinerLeft.test(before) || isTerm(run)) t = 0;
    else if (!place && (verbLeft.test(before) || personRight.some((re) => re.test(after)))) t = tier.context;
    else if (isHeading(text, run)) t = 0;
    else if (!place && words.length >= 2 && (startsAsPerson || surnames.has(lastWord(run)))) t = tier.list;
    else if (words.length === 1 && givenNames.has(first) && !wordLikeNames.has(first) && !weakPlaceLeft.test(before)) t = tier.list;
    if (t > 0) nameTier.set(run, t);
  }

  // "signed by Harold P. Finnegan and Dolores Vasquez-Reyes": a run joined to a name by "and" is a name.
  for (let i = 1; i < runs.length; i++) {
    const run = runs[i];
    const previous = runs[i - 1];
    if (!run || !previous || nameTier.has(run) || isOrganisation(run) || looksLikePlace(run) || isTerm(run)) continue;
    const gap = text.slice(previous.end, run.start);
    const t = nameTier.get(previous);
    if (t !== undefined && /^(?:,? and |,? or | & |, )$/.test(gap)) nameTier.set(run, t);
  }

  // A surname or given name seen once names the person everywhere else in the text ("Holt later …").
  // Only names found through their context, or full names, seed this, so that a one-word guess
  // cannot spread through a document.
  const known = new Set<string>();
  for (const [run, t] of nameTier) {
    if (t >= tier.context || realWords(run).length >= 2) for (const w of realWords(run)) if (w.length >= 2) known.add(w);
  }
  for (const run of runs) {
    // A town-like ending does not stop it: "Mr. Ellingham … Ellingham said" is the same person.
    if (nameTier.has(run) || isOrganisation(run) || namedAsPlace(run) || isTerm(run) || determinerLeft.test(left(run))) continue;
    // "Rose lives alone" names her again; "Mark the chart" and "Will the patient …" do not.
    const imperative = isSentenceStart(text, run.start) && /^ (?:the|a|an|this|that|these|those|all|any|your|his|her|their|it|I|you|we)\b/.test(right(run));
    const hit = realWords(run).some((w) => known.has(w) && !(wordLikeNames.has(w.toLowerCase()) && imperative));
    if (hit) nameTier.set(run, tier.list);
  }

  for (const [run, t] of nameTier) emit('NAME', run.start, run.end, t);

  for (const run of runs) {
    if (isOrganisation(run) || stateNames.has(run.words.join(' ').toLowerCase())) continue;
    const before = left(run);
    if (regionWords.has(lastWord(run)) && !streetOnly.has(lastWord(run))) emit('LOCATION', run.start, run.end, tier.context);
    else if (strongPlaceLeft.test(before)) emit('LOCATION', run.start, run.end, tier.context);
    else if (weakPlaceLeft.test(before) && looksLikePlace(run)) emit('LOCATION', run.start, run.end, tier.weak);
    else if (realWords(run).length >= 2 && streetOnly.has(lastWord(run))) emit('LOCATION', run.start, run.end, tier.weak);
  }
  findCapitalisedNames(text, emit);
}

const upperWord = "\\p{Lu}{2,}(?:['’-]\\p{Lu}{2,})*";
// "HALVERSON, Dagny" (the way record systems print a name) and "AUGUSTINE FELL (Claimant)".
const surnameFirst = new RegExp(`(?<![\\p{L}\\d])(${upperWord}, \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\.)?)(?![\\p{L}])`, 'gdu');
// Case-sensitive on purpose (with "i", \p{Lu} also matches lower case), so the role is spelled both ways.
const anyCaseRole = roleWords.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${escape(w.slice(1))}`).join('|');
const upperRun = new RegExp(`(?<![\\p{L}\\d])(${upperWord}(?: ${upperWord}){1,2})(?= \\((?:[Tt]he )?(?:${anyCaseRole})\\))`, 'gdu');

/** Finds names written in capitals, as record headers and court captions print them. */
function findCapitalisedNames(text: string, emit: Emit): void {
  for (const m of text.matchAll(surnameFirst)) {
    const span = m.indices?.[1];
    const [surname = '', given = ''] = (m[1] ?? '').split(', ');
    const firstName = given.split(' ')[0] ?? '';
    const isWord = (w: string): boolean => excluded(w) || orgWords.has(w.toLowerCase());
    if (!span || surname.length < 3 || !/[AEIOUY]/.test(surname) || isWord(surname) || isWord(firstName)) continue;
    // Acronym lists ("BSD, System V") look the same; a known given name or a sentence about the person tells them apart.
    const personAfter = /^(?: \p{Ll}|,|\)|$)/u.test(text.slice(span[1], span[1] + 2)) && isSentenceStart(text, span[0]);
    if (givenNames.has(firstName.toLowerCase()) || personAfter) emit('NAME', span[0], span[1], tier.list);
  }
  for (const m of text.matchAll(upperRun)) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(' ');
    if (span && words.every((w) => w === w.toUpperCase() && !excluded(w) && !orgWords.has(w.toLowerCase()))) {
      emit('NAME', span[0], span[1], tier.context);
    }
  }
}
