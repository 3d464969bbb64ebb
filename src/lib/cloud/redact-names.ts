import {
  chatWords,
  nameWords,
  cityWords,
  commonWords,
  credentials,
  eponymWords,
  isEnglishWord,
  isNameOnly,
  isUnknownWord,
  isWordLikeName,
  lexiconKey,
  medicineWords,
  notNames,
  orgWords,
  placeGenerics,
  placePrefixes,
  placeSuffixes,
  placeWords,
  relationWords,
  roleWords,
  safeProperWords,
  stateNames,
  titles,
} from './redact-lexicon';
import { findInForms } from './redact-forms';
import { tier, type Emit } from './redact-patterns';

/** A run of capitalised words ("Harold P. Finnegan") that may be a person or a place. */
interface Run {
  start: number;
  end: number;
  words: string[];
}

const capWord = /^(?:(?:al|el|ul|ibn|abu|bin|bint|ben|d|de|da|di|du|van|von)[-'’])?\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:-\p{L}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+))*$/u;
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
// "Hi Isioma,", "Dear Ms van Niekerk": a greeting names the reader; the line after "Best," signs the letter.
const greetingLeft = /(?:^|[\n.!?]\s*)(?:Hi|Hello|Hey|Dear|Dearest|Thanks|Thank you|Good (?:morning|afternoon|evening)|Morning|Evening|Hiya|Greetings),? $/;
const signatureLeft = /(?:^|\n)\s*(?:Best(?: regards| wishes)?|Kind regards|Warm regards|Regards|Many thanks|Thanks(?: again)?|Thank you|Cheers|Yours(?: sincerely| faithfully| truly)?|Sincerely(?: yours)?|Respectfully|Warmly|Love|With thanks|All the best|Take care)[,.!]?\s*\n\s*(?:[-–—]+ ?)?$|\n\s*(?:[-–—]{1,2} ?)$|^\s*[-–—]{1,2} ?$/;
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
  if (/-\p{Ll}/u.test(word) && isEnglishWord(word)) return true; // "Daughter-in-law", "Follow-up"
  return notNames.has(lower) || titleSet.has(lower) || roleSet.has(lower) || stateNames.has(lower) || credentialSet.has(lower) || medicineWords.has(lower);
}

/** Function, calendar, role and title words, states, countries, languages: never part of an identifier. */
function neverIdentifying(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    notNames.has(lower) || titleSet.has(lower) || roleSet.has(lower) || stateNames.has(lower) || credentialSet.has(lower) ||
    safeProperWords.has(lexiconKey(word))
  );
}

/** How one capitalised word reads on its own: a known name, an ordinary word that is also a name, a town, or none of these. */
type WordSense = 'name' | 'wordlike' | 'place' | 'common' | 'safe' | 'unknown';

function senseOf(word: string): WordSense {
  if (safeProperWords.has(lexiconKey(word))) return 'safe';
  if (isNameOnly(word)) return 'name';
  if (isWordLikeName(word)) return 'wordlike';
  const k = lexiconKey(word);
  if (commonWords.has(k)) return 'common';
  if (placeWords.has(k)) return 'place';
  return isUnknownWord(word) ? 'unknown' : 'common';
}

/** Drug names by their stems ("atorvastatin", "Semaglutide"): never a person. */
const drugStem = /(?:mab|nib|pril|olol|statin|azole|cillin|mycin|micin|vir|tide|zepam|zolam|sartan|dronate|triptan|oxetine|xetine|faxine|afil|parin|farin|floxacin|cycline|profen|fenac|oxicam|lukast|gliptin|gliflozin|semide|thiazide|olone|sone|dipine|tidine|prazole|setron|barb|barbital|caine|terol|tropium|glutide|formin|coxib|platin|rubicin|taxel|azepine|peridol|peridone|piprazole|apine|idone|xaban|gatran|grel|traline|oxifen|pezil|gabalin|pentin|triptyline|pramine|zosin|codone|morphone|adol|zodone|tropin|relin|kinase|thyroxine|conazole|ciclovir|oxacin|quine|azine)$/i;

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
    // "Dr Aderonke May 16th": a month or weekday before a number starts a date, not the rest of a name.
    const calendar = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)(?:day)?)$/.test(word) && /^\.?,? \d/.test(text.slice(start + word.length, start + word.length + 4));
    if (calendar) {
      close();
      continue;
    }
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

/** Whether a run is (part of) an organisation: "Kessler Dynamics", "Brandt & Keller LLP", "St. Brigid Hospital". */
function isOrganisation(run: Run, text?: string): boolean {
  if (run.words.some((w) => orgWords.has(w.toLowerCase()))) return true;
  if (text === undefined) return false;
  // "Brandt & Keller LLP" is one firm; "Osric Tanaka-Hale and Meridian Grove Holdings" is a person and a firm.
  const joiner = realWords(run).length === 1 ? '(?:,? (?:&|and) )?' : '(?: & )?';
  const after = new RegExp(`^(?:['’]s)?${joiner}((?: ?[\\p{Lu}&][\\p{L}&'’.-]*){1,4})`, 'u').exec(text.slice(run.end, run.end + 60));
  return after !== null && (after[1] ?? '').split(/ +/).some((w) => orgWords.has(w.replace(/[.,]$/, '').toLowerCase()));
}

/** Whether a run's words say it is a place: "Ashford Falls", "Harlow County", "Port Carrow", "Quarry Lane". */
function namedAsPlace(run: Run): boolean {
  const last = lastWord(run);
  if (regionWords.has(last) || streetOnly.has(last)) return true;
  if (realWords(run).length < 2) return false;
  // "Cedar Hollow", "Porto Verde", "Kilbride Falls"; but "Emily Brook" is a person.
  const first = realWords(run)[0] ?? '';
  return (placeGenerics.has(last) && !(senseOf(first) === 'name' && isNameOnly(last))) || placePrefixes.has(firstWord(run));
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

/** Whether a run names a disease, sign or test after a person ("Parkinson's disease", "Bell palsy", "Crohn's"). */
function isEponym(text: string, run: Run): boolean {
  // "Morbus Crohn", "maladie d'Alzheimer", "enfermedad de Parkinson"
  if (/\b(?:morbus|maladie|enfermedad|síndrome|sindrome|syndrome|doença|malattia|morbo|mal)(?: (?:de|di|du|des|da|del))? ?(?:d['’])?$/i.test(text.slice(Math.max(0, run.start - 18), run.start))) return true;
  if (realWords(run).length >= 2 && eponymWords.has(lastWord(run))) return true; // "Glasgow Coma Scale"
  const after = /^(?:['’]s?)? ?(?:-?\p{Lu}\p{Ll}+(?:['’]s)? )?(\p{L}+)/u.exec(text.slice(run.end, run.end + 40));
  if (after && eponymWords.has((after[1] ?? '').toLowerCase())) return true;
  // "non-Hodgkin", "Alzheimer's" written alone as the name of the disease.
  if (/-$/.test(text.slice(Math.max(0, run.start - 4), run.start)) && /non-$/i.test(text.slice(Math.max(0, run.start - 4), run.start))) return true;
  if (titleLeft.test(text.slice(Math.max(0, run.start - 12), run.start))) return false; // "Ms Wilson's mother"
  return /^['’]s?(?: |$|[,.;:)])/.test(text.slice(run.end, run.end + 3)) && /^(?:crohn|alzheimer|parkinson|hodgkin|huntington|addison|cushing|graves|hashimoto|raynaud|sjogren|sjögren|tourette|asperger|meniere|ménière|bell|paget|wilms|kaposi|guillain|barre|barré|lou gehrig|tay|sachs|down|turner|marfan|ehlers|danlos|kawasaki|legionnaire|munchausen|reye|wernicke|korsakoff|osgood|schlatter|baker|colles|smith|bennett|boxer|dupuytren|peyronie|bright|hirschsprung|wilson|fabry|gaucher|pompe|still|behcet|behçet|whipple|lyme|ebola)$/i.test(realWords(run).join(' '));
}

/** Months and days that are also given names or towns. */
const months = /^(?:April|May|June|July|August|Sunday)$/;

let lastText = '';
let lastEnglish = true;

/** Whether most lower-case words of the text are English (so that a capitalised unknown word stands out as a name). */
function mostlyEnglish(text: string): boolean {
  if (text === lastText) return lastEnglish;
  const words = text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}'’-]+/gu) ?? [];
  const known = words.filter((w) => isEnglishWord(w) || chatWords.has(w)).length;
  lastText = text;
  lastEnglish = words.length < 4 || known >= words.length * 0.7;
  return lastEnglish;
}

/** Whether a run is a town by the lists ("Kumasi", "Fresno"), and not also a person's name in this sentence. */
function isPlaceByList(run: Run, before: string, senses: WordSense[], after = ''): boolean {
  if (senses.length === 0 || months.test(realWords(run).join(' '))) return false;
  const k = lexiconKey(realWords(run).join(' '));
  if (!placeWords.has(k)) return false;
  // After an address ("14 Elm Road, Leeds") or before a postcode ("Leeds LS6 2AB") it is the town.
  const inAddress = /\d[^,\n]{2,40}, $/.test(before) || /^,? (?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|[A-Z]\d[A-Z] ?\d[A-Z]\d\b|[A-Z]{2} \d{5}\b|\d{4,5}\b)/.test(after);
  if (weakPlaceLeft.test(before) || strongPlaceLeft.test(before) || inAddress) return true;
  if (cityWords.has(k) && !senses.includes('common')) return true;
  return senses.every((s) => s === 'place');
}

/**
 * The name tier a run earns by its words alone, without context: a known name that is not an
 * ordinary word ("Kwame", "Nguyen"), a capitalised word no list knows ("Tsegaye"), or, away from
 * the start of a sentence, ordinary words that are also given names ("asked Patience to …").
 */
function nameByWords(text: string, run: Run, senses: WordSense[]): number {
  const words = realWords(run);
  if (words.length === 0) return 0;
  if (words.some((w) => drugStem.test(w) || medicineWords.has(w.toLowerCase())) || senses.includes('safe')) return 0;
  // "Mon 3/10", "Sun 14:00": a weekday, not Mr. Sun.
  if (words.length === 1 && /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(words[0] ?? '') && /^\.?,? \d/.test(text.slice(run.end, run.end + 4))) return 0;
  const startOfSentence = isSentenceStart(text, run.start);
  // "Fed. R. Civ. P.", "Cir.": a short unknown word with a full stop is an abbreviation.
  if (words.length === 1 && senses[0] === 'unknown' && words[0] !== undefined && words[0].length <= 4 && text[run.end] === '.') return 0;
  // "in June", "since May 3": a month, not Mrs. June or Ms. May.
  if (words.length === 1 && months.test(words[0] ?? '') && (/\b(?:in|on|since|by|until|till|from|of|last|next|early|late|mid|this|each|every|during|before|after|through) $/i.test(text.slice(Math.max(0, run.start - 10), run.start)) || /^,? \d/.test(text.slice(run.end, run.end + 3)))) return 0;
  if (senses.includes('name')) return tier.list;
  // A word no list knows is a name in the middle of a sentence; at its start it is as often a term ("Telehealth").
  // Not in text in another language, where capitalised nouns ("Jahre", "Diagnose") are no list's words either.
  if (senses.includes('unknown') && senses.every((s) => s !== 'common') && (!startOfSentence || words.length >= 2) && mostlyEnglish(text)) return tier.weak;
  const after = text.slice(run.end, run.end + 2);
  // "Room 4", "Ward B", "Court House": a capitalised word before a number or another capital is a label.
  if (/^ [\d\p{Lu}]/u.test(after)) return 0;
  if (!startOfSentence && senses.every((s) => s === 'wordlike')) return words.length >= 2 ? tier.list : tier.weak;
  if (words.length >= 2 && senses[0] === 'wordlike' && senses.slice(1).every((s) => s === 'wordlike' || s === 'unknown' || s === 'place') && (!startOfSentence || senses.includes('unknown'))) return tier.list;
  return 0;
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
    if (isOrganisation(run, text) || isEponym(text, run)) continue;
    if (/\b(?:St|Ste|Saint|Sainte|San|Santa|Mt|Ft)\.? $/.test(text.slice(Math.max(0, run.start - 8), run.start))) continue;
    // "Mr Justice Abernethy-Clyde", "Chief Justice Roberts": the judge's title, found with the name after it.
    if (run.words[0] === 'Justice' && /\b(?:Mr|Mrs|Ms|Madam|Chief|Associate|Lord|Lady|Deputy)\.? $/.test(text.slice(Math.max(0, run.start - 10), run.start))) continue;
    const place = looksLikePlace(run);
    const before = left(run);
    const after = right(run);
    const words = realWords(run);
    const senses = words.map(senseOf);
    let t = 0;
    if (titleLeft.test(before) || roleLeft.test(before) || captionLeft.test(before) || captionRight.test(after) || greetingLeft.test(before) || signatureLeft.test(before)) {
      t = words.every((w, i) => senses[i] === 'safe' || drugStem.test(w)) && !titleLeft.test(before) ? 0 : tier.context;
    }
    // Legal drafting capitalises defined terms ("the Initial Developer", "User Product"): not people.
    else if (determinerLeft.test(before) || isTerm(run)) t = 0;
    else if (!place && (verbLeft.test(before) || personRight.some((re) => re.test(after)))) t = tier.context;
    else if (isHeading(text, run)) t = 0;
    else if (particleTail.test(after)) t = tier.list;
    else if (isPlaceByList(run, before, senses, after)) t = 0;
    // "lives with partner Sam in Greywater": after "in" or "from", a word no list knows is a place.
    else if (/\b(?:in|from|near)\s$/.test(before) && words.length === 1 && (senses[0] === 'unknown' || senses[0] === 'place')) t = 0;
    else if (!place) t = nameByWords(text, run, senses);
    if (t > 0) nameTier.set(run, t);
  }

  // "signed by Harold P. Finnegan and Dolores Vasquez-Reyes": a run joined to a name by "and" is a name.
  for (let i = 1; i < runs.length; i++) {
    const run = runs[i];
    const previous = runs[i - 1];
    if (!run || !previous || nameTier.has(run) || isOrganisation(run, text) || looksLikePlace(run) || isTerm(run)) continue;
    if (isPlaceByList(run, left(run), realWords(run).map(senseOf), right(run))) continue;
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
    if (nameTier.has(run) || isOrganisation(run, text) || namedAsPlace(run) || isTerm(run) || determinerLeft.test(left(run))) continue;
    // "Rose lives alone" names her again; "Mark the chart" and "Will the patient …" do not.
    const imperative = isSentenceStart(text, run.start) && /^ (?:the|a|an|this|that|these|those|all|any|your|his|her|their|it|I|you|we)\b/.test(right(run));
    const hit = realWords(run).some((w) => known.has(w) && !(isWordLikeName(w) && imperative)) && !isEponym(text, run);
    if (hit) nameTier.set(run, tier.list);
  }

  for (const [run, t] of nameTier) {
    // "Gabriel García Márquez", "Juan de la Cruz", "Pieter van der Berg": a particle joins the parts.
    const joined = particleTail.exec(text.slice(run.end, run.end + 60));
    emit('NAME', run.start, run.end + (joined ? joined[0].length : 0), t);
  }
  findNicknames(text, [...nameTier.keys()], emit);
  findOtherNameForms(text, emit);
  // "Hoang Son Duong", "Maria Rose Okafor": a word that usually means something else, between two names, is a name too.
  const named = [...nameTier.keys()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < named.length; i++) {
    const a = named[i - 1] as Run;
    const b = named[i] as Run;
    const gap = text.slice(a.end, b.start);
    if (/^ \p{Lu}\p{Ll}+ $/u.test(gap) && nameWords.has(lexiconKey(gap.trim()))) emit('NAME', a.start, b.end, Math.min(nameTier.get(a) ?? 0, nameTier.get(b) ?? 0));
  }

  for (const run of runs) {
    if (isOrganisation(run, text) || stateNames.has(run.words.join(' ').toLowerCase())) continue;
    if (realWords(run).every((w) => senseOf(w) === 'safe')) continue; // countries are not identifiers
    const before = left(run);
    if (regionWords.has(lastWord(run)) && !streetOnly.has(lastWord(run))) emit('LOCATION', run.start, run.end, tier.context);
    else if (strongPlaceLeft.test(before)) emit('LOCATION', run.start, run.end, tier.context);
    else if (weakPlaceLeft.test(before) && looksLikePlace(run)) emit('LOCATION', run.start, run.end, tier.weak);
    else if (realWords(run).length >= 2 && streetOnly.has(lastWord(run))) emit('LOCATION', run.start, run.end, tier.weak);
    else if (isPlaceByList(run, before, realWords(run).map(senseOf), right(run))) emit('LOCATION', run.start, run.end, tier.list);
    else if (/\b(?:in|from|near)\s$/.test(before) && realWords(run).length === 1 && ['unknown', 'place'].includes(senseOf(realWords(run)[0] ?? ''))) emit('LOCATION', run.start, run.end, tier.list);
  }
  findCapitalisedNames(text, emit);
  findInForms(text, emit, looksLikeAName);
  findPlacesInLetters(text, emit);
  findLowerCaseNames(text, emit);
  findOtherScripts(text, emit);
  findInitials(text, emit);
}

/**
 * Towns written where letters and forms put them: a letter's heading ("Homenickport, 4 December
 * 2016"), "our Brighton office", "St. Louis" in an address, and lower-case towns in chat ("we live
 * in rosemead").
 */
function findPlacesInLetters(text: string, emit: Emit): void {
  const town = "\\p{Lu}[\\p{L}'’-]*(?:(?: (?:de|del|de la|sur|upon|on|en|am|an der|le|la))? \\p{Lu}[\\p{L}'’-]*){0,3}";
  const heading = new RegExp(`(?:^|\\n)\\s*(${town}), (?=(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\\d{1,4}[./-])`, 'dgu');
  for (const m of text.matchAll(heading)) {
    const span = m.indices?.[1];
    if (span && !excluded(m[1] ?? '')) emit('LOCATION', span[0], span[1], tier.context);
  }
  const office = new RegExp(`\\b(?:our|the|their|his|her|its) (${town}) (?:office|branch|site|clinic|campus|depot|store|warehouse|plant|facility|headquarters|location)\\b`, 'dgu');
  for (const m of text.matchAll(office)) {
    const span = m.indices?.[1];
    if (span && realWordsOf(m[1] ?? '').every((w) => !isEnglishWord(w) || placeWords.has(lexiconKey(w)))) emit('LOCATION', span[0], span[1], tier.context);
  }
  // "Damilola Oyadiran, 95, of Blickview, died …": the town of someone named with their age.
  const ofTown = new RegExp(`(?:, \\d{1,3},| \\(\\d{1,3}\\)) (?:of|from) (${town})(?=[,.;]| died| passed)`, 'dgu');
  for (const m of text.matchAll(ofTown)) {
    const span = m.indices?.[1];
    if (span) emit('LOCATION', span[0], span[1], tier.context);
  }
  const saint = /\b(?:St|Ste|Mt|Ft|Saint|Sainte|Mount|Fort)\.? \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=,? (?:[A-Z]{2}\b|\d{5}))/gu;
  for (const m of text.matchAll(saint)) emit('LOCATION', m.index, m.index + m[0].length, tier.context);
  const lowerPlace = /\b(?:live|lives|living|lived|moved|move|moving|from|based|staying|stay|born|grew up|near|visiting|back) (?:\p{Ll}+ )?(?:in|to|from|near|at) (\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+)?)\b/dgu;
  for (const m of text.matchAll(lowerPlace)) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(' ');
    // "we live in rosemead", "moved to san diego"; "live in the city" is no town.
    const whole = placeWords.has(lexiconKey(m[1] ?? '')) && !commonWords.has(lexiconKey(m[1] ?? ''));
    const first = words[0] ?? '';
    if (span && whole) emit('LOCATION', span[0], span[1], tier.context);
    else if (span && placeWords.has(lexiconKey(first)) && !commonWords.has(lexiconKey(first)) && !chatWords.has(first)) emit('LOCATION', span[0], span[0] + first.length, tier.context);
  }
}

const realWordsOf = (s: string): string[] => s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));

const titleCase = (w: string): string => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w);
const particleWord = /^(?:de|del|della|da|das|do|dos|di|du|van|von|zu|der|den|le|la|al|el|bin|binti|ibn|ap|ní|nic|mac|ter|ten|y)$/i;

/** Whether the words of a labelled field read as a person's name ("DEWILDE, LARS", "Ana Ruiz", "王小明"). */
function looksLikeAName(words: string[]): boolean {
  const real = words.map((w) => w.replace(/[,.]$/, '')).filter((w) => /\p{L}/u.test(w) && !particleWord.test(w));
  if (real.length === 0 || real.length > 5 || real.some((w) => /\d/.test(w) || orgWords.has(w.toLowerCase()))) return false;
  if (real.every((w) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(w))) return true;
  const senses = real.map((w) => senseOf(titleCase(w)));
  if (real.every((w) => excluded(titleCase(w)) || senses.includes('safe'))) return false;
  return senses.some((x) => x === 'name' || x === 'unknown' || x === 'wordlike') && senses.every((x) => x !== 'common' || real.length >= 2);
}

const particleTail = /^(?: \p{Lu}\.)? (?:(?:de|del|de la|de las|de los|da|das|do|dos|di|du|van|van der|van den|van de|von|von der|le|la|bin|binti|bint|ibn|al|el|ben|y|e|ter|ten|zu|af|av|mac|ap) )+\p{Lu}[\p{L}-]+(?:['’](?!s\b)\p{L}+)?(?: \p{Lu}[\p{L}-]+)?/u;

/**
 * A nickname in quotes inside a name ('Robert "Bobby" Tran') makes one name of the three parts;
 * beside a name, or after "aka" or "goes by", the nickname alone is a name.
 */
function findNicknames(text: string, names: Run[], emit: Emit): void {
  for (const m of text.matchAll(/["“‘']([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)["”’']/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = names.find((r) => r.end + 1 === start);
    const after = names.find((r) => r.start === end + 1);
    const introduced = /\b(?:aka|a\.k\.a\.|known as|goes by|called|nicknamed|named)\s*$/i.test(text.slice(Math.max(0, start - 16), start));
    if (before && after) emit('NAME', before.start, after.end, tier.context);
    else if (before || after || introduced) emit('NAME', start + 1, end - 1, tier.context);
  }
}

const particle = '(?:van der|van den|van de|von der|de la|de las|de los|van|von|de|del|della|da|das|do|dos|di|du|le|la|al|el|bin|ibn|ter|ten)';
// "Ms van Niekerk", "Mr. de Souza": a title, then a surname that starts with a lower-case particle.
const titleParticle = new RegExp(`\\b(?:${alternation(titles)})\\.? (${particle} \\p{Lu}[\\p{L}'’-]+)`, 'dgu');
// "Yang, Xiaoming", "Aykurt, Bera": family name, comma, given name, as forms and lists print them.
const inverted = /(?<![\p{L}\d])(\p{Lu}[\p{Ll}'’-]+, \p{Lu}[\p{Ll}'’-]+)(?![\p{L}]| \p{Lu})/dgu;
// "FAITH SCHOWALTER": a name in capitals, two or three words, each a known name.
const capitalsRun = /(?<![\p{L}\d])(\p{Lu}+(?:[-'’]\p{Lu}{2,})?(?: \p{Lu}+(?:[-'’]\p{Lu}{2,})?){1,2})(?![\p{L}\d])/dgu;

// "Mrs. To", "Dr. Sun", "Ms Virginia Quintanilla Flórez": after a title every capitalised word is the name.
const nameWord = "\\p{Lu}[\\p{L}-]*(?:['’](?!s\\b)\\p{L}+)?";
const afterTitle = new RegExp(`\\b(?:${alternation(titles)})\\.? (?:(?:${alternation(titles)}|Justice)\\.? )*((?:${particle} )?${nameWord}(?: (?:${particle} )?${nameWord})*)`, 'dgu');
// "WANG, Jiahui", "ALONSO ARMENDÁRIZ, Florencia", "van der Velde, Diego", "Aguirre Vaca, Isabela".
const invertedLong = new RegExp(
  `(?<![\\p{L}\\d])((?:${particle} )?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?, \\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?)(?=\\s*(?:\\n|$|\\(|,|;| \\(| DOB| born| MRN))`,
  'dgu',
);

/** Names in the forms that are not a plain run of capitalised words. */
function findOtherNameForms(text: string, emit: Emit): void {
  for (const m of text.matchAll(afterTitle)) {
    const span = m.indices?.[1];
    if (!span) continue;
    // Stop at a word that is clearly not part of the name ("Dr. Sun Monday", "Dr Lee Hospital").
    const words = (m[1] ?? '').split(' ');
    let keep = words.length;
    for (let i = 1; i < words.length; i++) {
      const w = words[i] ?? '';
      if (orgWords.has(w.toLowerCase()) || credentialSet.has(w.toLowerCase()) || (notNames.has(w.toLowerCase()) && !nameWords.has(lexiconKey(w)))) {
        keep = i;
        break;
      }
    }
    const name = words.slice(0, keep).join(' ');
    if (orgWords.has((words[0] ?? '').toLowerCase()) || orgWords.has((words[keep] ?? '').toLowerCase())) continue;
    emit('NAME', span[0], span[0] + name.length, tier.context);
  }
  for (const m of text.matchAll(invertedLong)) {
    const span = m.indices?.[1];
    const [family = '', given = ''] = (m[1] ?? '').split(', ');
    const parts = [...family.split(' '), ...given.split(' ')].filter((w) => /^\p{Lu}/u.test(w));
    const senses = parts.map((w) => senseOf(w.charAt(0) + w.slice(1).toLowerCase()));
    const lineStart = /(?:^|\n|:|Patient|Pt|Member|Name|Client)\s*$/.test(text.slice(Math.max(0, (span?.[0] ?? 0) - 10), span?.[0] ?? 0));
    if (!span || parts.some((w) => excluded(w) || orgWords.has(w.toLowerCase()))) continue;
    if (senses.includes('name') && senses.every((x) => x === 'name' || x === 'unknown' || x === 'wordlike') && (lineStart || senses.filter((x) => x === 'name').length >= 2)) {
      emit('NAME', span[0], span[1], tier.context);
    }
  }
  for (const m of text.matchAll(titleParticle)) {
    const span = m.indices?.[1];
    if (span) emit('NAME', span[0], span[1], tier.context);
  }
  for (const m of text.matchAll(inverted)) {
    const span = m.indices?.[1];
    const [family = '', given = ''] = (m[1] ?? '').split(', ');
    const senses = [senseOf(family), senseOf(given)];
    const named = senses.includes('name') && senses.every((x) => x === 'name' || x === 'unknown');
    if (span && named && !excluded(family) && !excluded(given)) emit('NAME', span[0], span[1], tier.list);
  }
  for (const m of text.matchAll(capitalsRun)) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(' ');
    const senses = words.map((w) => senseOf(w.charAt(0) + w.slice(1).toLowerCase()));
    const acronym = words.some((w) => (w.length <= 3 && !isNameOnly(w)) || w.length === 1 || excluded(w) || orgWords.has(w.toLowerCase()));
    if (span && !acronym && senses.includes('name') && senses.every((x) => x === 'name' || x === 'wordlike' || x === 'unknown')) emit('NAME', span[0], span[1], tier.list);
  }
}

// "dr. smith", "my son kwame", "ask nurse adaeze": names typed in lower case in a chat message.
const lowerTitle = /\b(?:dr|mr|mrs|ms|mx|prof|miss|doctor|nurse|sister|father|pastor|auntie|aunty|uncle)\.? $/i;
const lowerAbbreviatedTitle = /\b(?:dr|mr|mrs|ms|mx|prof)\.? $/i;
const lowerRelation = new RegExp(
  `\\b(?:my|our|his|her|their|the) (?:${relationWords.map(escape).join('|')}|grandma|grandpa|grandad|granddad|grandaddy|gramps|granny|gran|nan|nanna|nana|mum|mommy|mummy|daddy|hubby|boyfriend|girlfriend|doctor|nurse|gp|carer|neighbour|roommate|flatmate|coworker|colleague|boss|manager|kid|baby|twin)(?:,? (?:is|named|called))? $`,
  'i',
);

function findLowerCaseNames(text: string, emit: Emit): void {
  const tokens = [...text.matchAll(/(?<![\p{L}\d@._/-])\p{Ll}[\p{Ll}'’-]*\p{Ll}(?![\p{L}\d@/]|\.[\p{L}\d])/gu)];
  // Lists find lower-case names only in English text: in French or Spanish, "ans" and "toma" are words, not names.
  const english = mostlyEnglish(text);
  let i = 0;
  while (i < tokens.length) {
    const m = tokens[i] as RegExpExecArray;
    const word = m[0];
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const stop = excluded(word) || chatWords.has(word) || commonWords.has(lexiconKey(word));
    // "my grandad robin is ninety-one": an ordinary word after a relation, then a verb, is a name.
    const wordLike = isWordLikeName(word) && !/^(?:name|age|number|birthday|phone|address|doctor|nurse|dob|date|son|daughter|wife|husband|mom|dad|mum|friend|boss|new|old|own|best|only|first|last|late|little|big|baby)$/.test(word) && /^(?:,| (?:is|was|has|had|keeps|kept|said|says|and|who|just|still|can|can't|cannot|won't|will|had|gets|got|lives|lived|went|goes|needs|wants|takes|took))\b/.test(text.slice(m.index + word.length, m.index + word.length + 10));
    // After "dr" any word but grammar is the name ("dr do said", "dr so-and-so").
    const nameLike = !commonWords.has(lexiconKey(word)) || isWordLikeName(word) || (word.length <= 3 && nameWords.has(word));
    const titled = lowerAbbreviatedTitle.test(before) && nameLike && !/^(?:the|a|an|and|or|but|said|says|is|was|at|in|on|to|for|told|who|will|has|had|of|from|with|my|your|his|her|their|our|office|clinic|appt|visit|says|thinks|wants|gave|put|prescribed)$/.test(word);
    // "hey its margrith", "my name is kofi", "this is adjoa": a person introducing themselves.
    const introduced = !stop && /\b(?:it['’]?s|this is|i am|i['’]?m|my name is|my name's|name is|names|call me|signed|from)\s$/i.test(before) && !/\b(?:from)\s$/i.test(before);
    const byContext = titled || introduced || ((!stop || wordLike) && (lowerTitle.test(before) || lowerRelation.test(before)));
    const byList = english && !stop && word.length >= 3 && isNameOnly(word) && !drugStem.test(word);
    if (!byContext && !byList) {
      i++;
      continue;
    }
    // A following lower-case name joins ("kwame mensah"); an ordinary word ends it.
    let end = m.index + word.length;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const next = tokens[j] as RegExpExecArray;
      if (text.slice(end, next.index) !== ' ' || !isNameOnly(next[0]) || chatWords.has(next[0]) || commonWords.has(lexiconKey(next[0]))) break;
      end = next.index + next[0].length;
    }
    emit('NAME', m.index, end, byContext ? tier.context : tier.weak);
    i = j;
  }
}

/** Names written in Chinese, Japanese or Korean script inside other text ("王小明", "堀田 美代子", "김민준", "キヨ"). */
function findOtherScripts(text: string, emit: Emit): void {
  const cjk = '[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
  for (const m of text.matchAll(new RegExp(`(?<!${cjk})${cjk}{1,4}(?: ${cjk}{1,4})?(?!${cjk})`, 'gu'))) {
    if (m[0].replace(' ', '').length >= 2) emit('NAME', m.index, m.index + m[0].length, tier.list);
  }
  // A name signed at the very end of a message: "… Kindly advise. Yaw", "Thanks, Ama".
  const signed = /(?:[.!?,]|\b(?:thanks|thank you|regards|cheers|love|xx|advise|best))[.!,]?\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s*[.!]?\s*$/diu;
  const m = signed.exec(text);
  const span = m?.indices?.[1];
  if (m && span && (m[1] ?? '').split(' ').every((w) => /^\p{Lu}/u.test(w) && !excluded(w) && !orgWords.has(w.toLowerCase()) && senseOf(w) !== 'common' && senseOf(w) !== 'safe')) emit('NAME', span[0], span[1], tier.list);
}

/** Abbreviations written with dots that are not a person's initials. */
const dottedAbbreviations = new Set(
  'U.S.C. C.F.R. U.S. U.K. E.U. U.N. D.C. A.M. P.M. B.C. A.D. N.B. P.S. R.I.P. M.D. D.O. R.N. N.P. P.A. B.A. M.A. B.S. M.S. J.D. LL.B. LL.M. PH.D. D.D.S. I.E. E.G. U.S.A. N.Y. L.A. S.F. Q.D. B.I.D. T.I.D. Q.I.D. P.O. P.R.N. H.S. A.C. P.C. O.D. O.S. O.U. D.O.B. C.V. G.P. E.R. I.V. I.M. S.C. N.P.O. A.K.A. V.S. Inc. Co. Ltd.'.split(' '),
);

/** Initials ("J.D., 15", "the child A.M.B."): a person, unless they are a known abbreviation or follow a name's title. */
function findInitials(text: string, emit: Emit): void {
  for (const m of text.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}\p{Lu}\.(?![\p{L}])/gu)) {
    const compact = m[0].replace(/\s/g, '');
    if (dottedAbbreviations.has(compact.toUpperCase())) continue;
    // "Harold P. Finnegan": initials inside a run belong to that name, which is found whole.
    if (/^ \p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    emit('NAME', m.index, m.index + m[0].length, tier.list);
  }
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
    if (isNameOnly(firstName) || personAfter) emit('NAME', span[0], span[1], tier.list);
  }
  for (const m of text.matchAll(upperRun)) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(' ');
    if (span && words.every((w) => w === w.toUpperCase() && !excluded(w) && !orgWords.has(w.toLowerCase()))) {
      emit('NAME', span[0], span[1], tier.context);
    }
  }
}

/**
 * The stricter setting: every capitalised word that is not a known English word, a calendar or
 * function word, a country or a language is masked as a name, with no context needed. Short
 * acronyms written in capitals ("ICU", "MRI") are left alone: they are vocabulary, not people.
 */
export function findStrictWords(text: string, emit: Emit): void {
  for (const m of text.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\d])/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    if (/^\p{Lu}{1,4}$/u.test(word) || neverIdentifying(word) || isEnglishWord(word)) continue;
    emit('NAME', m.index, m.index + word.length, tier.weak);
  }
}
