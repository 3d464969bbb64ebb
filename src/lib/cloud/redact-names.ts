// Person names and towns written as runs of capitalised words ("Harold P. Finnegan", "Ashford
// Falls"): what the words are by the lists, and what the words around them say (a title, a role,
// "signed by", "lives in"). The other forms of names are in redact-name-forms.ts and redact-chat.ts.

import { findLowerCaseNames } from './redact-chat';
import { findInForms, findPlacesInLetters } from './redact-forms';
import {
  cityWords,
  credentials,
  eponymWords,
  isNameOnly,
  isWordLikeName,
  lexiconKey,
  medicineWords,
  nameWords,
  orgWords,
  placeGenerics,
  placePrefixes,
  placeSuffixes,
  placeWords,
  relationWords,
  roleWords,
  stateNames,
  titles,
} from './redact-lexicon';
import {
  findCapitalisedNames,
  findInitials,
  findNicknames,
  findOtherNameForms,
  findOtherScripts,
  looksLikeAName,
  particleTail,
} from './redact-name-forms';
import { tier, type Emit } from './redact-scan';
import { findRuns, firstWord, lastWord, realWords, type Run } from './redact-runs';
import { findInOtherScripts } from './redact-scripts';
import { alternation, anyCase, capitalsMarkNames, drugStem, isSentenceStart, lowerSet, months, mostlyEnglish, senseOf, type WordSense } from './redact-words';

/** Street types that are never surnames, so a run ending in one is a street, not a person. */
const streetOnly = lowerSet(['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Boulevard', 'Terrace', 'Parkway', 'Highway', 'Plaza', 'Crescent', 'Circle', 'Square']);
// "King County", "Quezon City", "Tarlac City": a run that ends in one of these is a place.
const regionWords = lowerSet(['County', 'Parish', 'Borough', 'Township', 'District', 'Province', 'Region', 'City']);


// What sits right before a run and says "this is a person".
const titleLeft = new RegExp(`\\b(?:${anyCase(alternation(titles))})\\.? $`);
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
    '\\bappoint(?:s|ed)?|\\bit[\'’]?s|\\bthis is|\\bi am|\\bi[\'’]m|\\bname[\'’]s|\\bname is|\\bR v|\\bnominat(?:es|ed)|\\bestate of|\\bin re|\\bin the matter of|\\battn:?|\\battention:?|' +
    '\\bc\\/o|\\bcare of|\\bon behalf of|\\bagainst|\\bbetween|\\/s\\/|\\bsigned:?|\\bdeceased,?|\\bthe late|\\bsurvived by|\\bcc:?|\\bre:) $',
  'i',
);
const captionLeft = /\bvs?\. $/;
/** Words that end a job title ("Ward Manager", "Software Engineer", "Senior Nurse"). */
const jobTitleWords =
  'Manager|Director|Officer|Teacher|Assistant|Coordinator|Co-ordinator|Lead|Supervisor|Clerk|Administrator|Specialist|Advisor|Adviser|Consultant|Secretary|President|Chair|Chairman|Chairwoman|Partner|Associate|Analyst|Engineer|Technician|Nurse|Worker|Practitioner|Registrar|Counsel|Developer|Paralegal|Therapist|Surgeon|Physician|Pharmacist|Midwife|Principal|Treasurer|Executive|Accountant|Architect|Designer|Inspector|Investigator|Receptionist|Head';
const jobTitleRight = new RegExp(`^ (?:${jobTitleWords})\\b`);
/** A job title or a department after a name and a comma ("Kwabena Mensah, Senior Nurse", "…, Finance"). */
const jobTitle = new RegExp(`^(?:${jobTitleWords}|Administration|Finance|Payroll|Operations|Resources|Team)$`, 'i');
const legalText = /\b(?:court|hearing|counsel|trial|tribunal|judge|adjourn\w*|ruling|bench|plaintiff|defendant|appeal|motion)\b/i;
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
  // "Iris said she left", "Mark (warehouse, nights) said", "Dean shouted at her": a person does these things.
  /^(?: \([^)\n]{1,40}\))? (?:said|says|told|reported|stated|explained|asked|called|rang|texted|emailed|wrote|replied|confirmed|denied|admitted|claimed|alleged|complained|mentioned|added|agreed|refused|left|arrived|returned|felt|feels|thinks|thought|wants|wanted|needs|needed|signed|witnessed|testified|disclosed|informed|phoned|shouted|screamed|yelled|swore|threw|pushed|grabbed|hit|kicked|punched|slapped|cried|was crying|laughed|smiled|sobbed|apologi[sz]ed|threatened|insulted|harassed|touched)\b/,
  /^ (?:was|is|has been) (?:seen|admitted|discharged|reviewed|transferred|referred|examined|assessed|found|brought)\b/,
  // "Amber from the district team saw him", "Lily and Sky who looked after my dad": someone from somewhere, who did something.
  /^ from (?:the )?(?:[\p{L}-]+ ){0,3}(?:team|office|surgery|practice|clinic|ward|council|agency|service|pharmacy|hospice|church|school)\b/u,
  /^,? who (?:is|was|has|had|looked|lives|lived|works|worked|called|rang|said|came|visited|helped|cared|brought|took|stayed|sat)\b/,
  /^ (?:and \p{Lu}\p{Ll}+ )?(?:visited|came|drove|brought|helped|looked after|stayed|sat with|rang|popped|celebrated|turned|died|passed|moved|lives|lived|is visiting|was visiting|has moved|is moving|is staying|was born|is calling|was calling|calling)\b/u,
  new RegExp(`^ \\((?:the )?(?:${alternation(roleWords)})\\)`, 'i'),
  // "Violet's daughter called", "Aroha's whānau were present": someone's family or carer.
  new RegExp(`^['’]s (?:${relation}|family|whānau|whanau|kids|children|parents|mum|mom|dad|husband|wife|carer|caregiver|GP|key ?worker|social worker)\\b`, 'i'),
];
// The same in other languages: "natural de Cáceres", "nata a Napoli", "wohnhaft in Köln", "moradora da …, Rio".
const foreignPlaceLeft = /\b(?:natural de|nat[oa] a|née? à|né à|residente (?:en|a|in|em)|domicili[ée]e? à|demeurant à|wohnhaft in|geboren in|moradora? (?:da|de|em|no|na)|mora (?:em|no|na)|vive(?: sola| solo)? (?:en|a|em|in)|vit à|habite à|wohnt in|lebt in|woont in|bor i|bor på|asuu|mieszka w|mieszka we|живёт в|живет в|проживает в|sống ở|vecin[oa] de|procedente de|originaire de|lakcím:|ur\. w|zam\.|no bairro|bairro|quận|phường) $/iu;
const strongPlaceLeft =
  /\b(?:(?:lives?|living|lived|resides?|residing|resided|residents?|moved|relocated|born|raised|grew up|located|domiciled|hometown|native|originally|comes)(?: \p{Ll}+){0,2} (?:in|of|to|at|near|from|on)|(?:town|city|village|county|borough|township|municipality|suburb) of|(?:at home|home|house|flat|visiting(?: \p{Ll}+){0,2}|staying(?: \p{Ll}+){0,3}|holiday|hospitali[sz]ed|admitted|stranded) in|(?:\d{1,3}|aged \d{1,3}|ninety|one hundred|\p{Ll}+ty(?:-\p{Ll}+)?), of) $/iu;
/** The town after a district and a comma ("…, Rotherham,"), as addresses and reports write them. */
const cityAfter = (after: string): RegExpExecArray | null => /^, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?=[,.;]|$| [A-Z]{2}\b| \d)/u.exec(after);
const foreignPrepositionLeft = /(?<![\p{L}])(?:en|à|a|em|no|na|ở|tại|nel|nella|w|we|v|ve|в|во|из|στην|στον|στο|στη|από|κάτοικος|aus|nach|naar|uit|sa|kwa)\s$/u;
const weakPlaceLeft = /\b(?:in|from|near|to|at|outside|around|towards?|via) $/;


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
  // "the junction", "our village": an article or a possessive before a word for a place names no place.
  if (/^(?:the|a|an|this|that|my|our|your|their|his|her|its)$/.test(first)) return false;
  return (placeGenerics.has(last) && !(senseOf(first) === 'name' && isNameOnly(last))) || placePrefixes.has(firstWord(run));
}

/** Whether a run reads as a place and not a person, counting town-like endings ("Millbrook", "Kellerton"). */
function looksLikePlace(run: Run): boolean {
  const last = lastWord(run);
  const single = realWords(run).length === 1;
  return namedAsPlace(run) || (single && placeSuffixes.some((s) => last.length >= s.length + 3 && last.endsWith(s)));
}

const determinerLeft = /\b(?:the|a|an|this|such|any|each|every|its|said)\s$/i;

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
  // A heading is short: look no further than 120 characters each way (a long pasted line stays linear).
  const from = Math.max(0, run.start - 121);
  const newlineBefore = text.slice(from, run.start).lastIndexOf('\n');
  if (newlineBefore === -1 && from > 0) return false;
  const lineStart = newlineBefore === -1 ? 0 : from + newlineBefore + 1;
  const newlineAfter = text.slice(run.end, run.end + 121).indexOf('\n');
  const lineEnd = newlineAfter === -1 ? (run.end + 121 >= text.length ? text.length : -1) : run.end + newlineAfter;
  if (lineEnd === -1 || lineEnd - lineStart > 120) return false;
  const line = text.slice(lineStart, lineEnd);
  const words = line.match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || words.length > 12 || /[.!?]\s*$/.test(line)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Whether a run names a disease, sign or test after a person ("Parkinson's disease", "Bell palsy", "Crohn's"). */
function isEponym(text: string, run: Run): boolean {
  // "Morbus Crohn", "maladie d'Alzheimer", "enfermedad de Parkinson"
  if (/\b(?:morbus|maladie|enfermedad|síndrome|sindrome|syndrome|doença|malattia|morbo|mal)(?: (?:de|di|du|des|da|del))? ?(?:d['’])?$/i.test(text.slice(Math.max(0, run.start - 18), run.start))) return true;
  if (realWords(run).length >= 2 && eponymWords.has(lastWord(run))) return true; // "Glasgow Coma Scale"
  // "Law" in "Clare's Law", "Syndrome" in "Down's Syndrome": the head word after the possessive.
  if (eponymWords.has(lastWord(run)) && realWords(run).length === 1 && /\p{L}['’]s $/u.test(text.slice(Math.max(0, run.start - 4), run.start))) return true;
  // "Bell's palsy", "Clare's Law", "Hodgkin Reed-Sternberg cells": the word after, or the one after a second name.
  const after = /^(?:['’]s?)? ?(-?\p{L}+)(?:['’]s)?(?: (\p{L}+))?/u.exec(text.slice(run.end, run.end + 40));
  const next = (after?.[1] ?? '').toLowerCase();
  if (eponymWords.has(next) || (/^-?\p{Lu}\p{Ll}/u.test(after?.[1] ?? '') && eponymWords.has((after?.[2] ?? '').toLowerCase()))) return true;
  // "non-Hodgkin", "Alzheimer's" written alone as the name of the disease.
  if (/-$/.test(text.slice(Math.max(0, run.start - 4), run.start)) && /non-$/i.test(text.slice(Math.max(0, run.start - 4), run.start))) return true;
  if (titleLeft.test(text.slice(Math.max(0, run.start - 12), run.start))) return false; // "Ms Wilson's mother"
  return /^['’]s?(?: |$|[,.;:)])/.test(text.slice(run.end, run.end + 3)) && /^(?:crohn|alzheimer|parkinson|hodgkin|huntington|addison|cushing|graves|hashimoto|raynaud|sjogren|sjögren|tourette|asperger|meniere|ménière|bell|paget|wilms|kaposi|guillain|barre|barré|lou gehrig|tay|sachs|down|turner|marfan|ehlers|danlos|kawasaki|legionnaire|munchausen|reye|wernicke|korsakoff|osgood|schlatter|baker|colles|smith|bennett|boxer|dupuytren|peyronie|bright|hirschsprung|wilson|fabry|gaucher|pompe|still|behcet|behçet|whipple|lyme|ebola)$/i.test(realWords(run).join(' '));
}

/** Whether a run is a town by the lists ("Kumasi", "Fresno"), and not also a person's name in this sentence. */
function isPlaceByList(run: Run, before: string, senses: WordSense[], after = ''): boolean {
  if (senses.length === 0 || months.test(realWords(run).join(' ')) || /^\s*[:#]/.test(after)) return false; // "Mobile: 0412 …" is a label
  const k = lexiconKey(realWords(run).join(' '));
  if (!placeWords.has(k)) return false;
  // After an address ("14 Elm Road, Leeds") or before a postcode ("Leeds LS6 2AB") it is the town.
  const inAddress =
    /\d[^,\n]{2,40}, $/.test(before) || /^,? (?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|[A-Z]\d[A-Z] ?\d[A-Z]\d\b|[A-Z]{2,3} \d{4,5}\b)/.test(after) || (/^,? \d{4,5}\b/.test(after) && !senses.includes('common'));
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
  if (words.some((w) => drugStem.test(w) || medicineWords.has(w.toLowerCase()))) return 0;
  // "Amina Jordan Okafor", "Chad Mensah": a country's or a firm's name among known names is a name too.
  const safeCount = senses.filter((x) => x === 'safe').length;
  const nameCount = senses.filter((x) => x === 'name').length;
  const unknownCount = senses.filter((x) => x === 'unknown').length;
  if (safeCount > 0 && !(words.length >= 2 && nameCount >= 1 && nameCount + unknownCount + safeCount === words.length && nameCount + unknownCount >= safeCount)) return 0;
  // "Creon 25,000 units", "Vida 3T", "Ford Focus": a product before its number or after its maker.
  if (!senses.includes('name') && /^ \d/.test(text.slice(run.end, run.end + 2))) return 0;
  if (words.length >= 2 && /^(?:Toyota|Honda|Nissan|Hyundai|Kia|Chevrolet|Ford|BMW|Mercedes|Audi|Volkswagen|Subaru|Mazda|Tesla|Jeep|Dodge|Lexus|Volvo|Peugeot|Renault|Fiat|Skoda|Vauxhall|Opel|Maruti|Tata|Mahindra|Apple|Samsung|Canon|Nikon|Sony|Dell|Lenovo|Siemens|Philips|Medtronic)$/.test(words[0] ?? '')) return 0;
  // "Mon 3/10", "Sun 14:00": a weekday, not Mr. Sun.
  if (words.length === 1 && /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(words[0] ?? '') && /^\.?,? \d/.test(text.slice(run.end, run.end + 4))) return 0;
  const startOfSentence = isSentenceStart(text, run.start);
  // "Greg Whitman, Regional Manager", "Gareth Hughes, Head Teacher": a job title, not a name.
  if (jobTitleRight.test(text.slice(run.end, run.end + 24))) return 0;
  // "Toyota Camry", "Accu-Chek Guide": a model after its maker.
  if (/\b(?:Toyota|Honda|Nissan|Hyundai|Kia|Chevrolet|Ford|BMW|Mercedes|Audi|Volkswagen|Subaru|Mazda|Tesla|Jeep|Dodge|Lexus|Volvo|Peugeot|Renault|Fiat|Skoda|Vauxhall|Opel|Apple|Samsung|Dell|HP|Lenovo|Accu-Chek|Phonak|Oticon|Dexcom|Medtronic|Omnipod) $/.test(text.slice(Math.max(0, run.start - 12), run.start))) return 0;
  // A weekday written short ("review Fri", "Mon/Wed/Fri").
  if (words.length === 1 && /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(words[0] ?? '') && !titleLeft.test(text.slice(Math.max(0, run.start - 8), run.start))) return 0;
  // In text in another language, a single capitalised word at a sentence's start is as often a word as a name ("Sie ist 98").
  if (words.length === 1 && startOfSentence && !mostlyEnglish(text) && senses[0] !== 'unknown') return 0;
  // "Fed. R. Civ. P.", "Cir.": a short unknown word with a full stop is an abbreviation.
  if (words.length === 1 && senses[0] === 'unknown' && words[0] !== undefined && words[0].length <= 4 && text[run.end] === '.') return 0;
  // "in June", "since May 3": a month, not Mrs. June or Ms. May.
  if (words.length === 1 && months.test(words[0] ?? '') && (/\b(?:in|on|since|by|until|till|from|of|last|next|early|late|mid|this|each|every|during|before|after|through) $/i.test(text.slice(Math.max(0, run.start - 10), run.start)) || /^,? \d/.test(text.slice(run.end, run.end + 3)))) return 0;
  if (senses.includes('name')) return tier.list;
  // A word no list knows is a name in the middle of a sentence; at its start it is as often a term ("Telehealth").
  // Not in text in another language, where capitalised nouns ("Jahre", "Diagnose") are no list's words either.
  if (senses.includes('unknown') && senses.every((s) => s !== 'common') && (!startOfSentence || words.length >= 2) && capitalsMarkNames(text)) return tier.weak;
  const after = text.slice(run.end, run.end + 2);
  // "Room 4", "Ward B", "Court House": a capitalised word before a number or another capital is a label.
  if (/^ [\d\p{Lu}]/u.test(after)) return 0;
  if (!startOfSentence && senses.every((s) => s === 'wordlike')) return words.length >= 2 ? tier.list : tier.weak;
  if (words.length >= 2 && senses[0] === 'wordlike' && senses.slice(1).every((s) => s === 'wordlike' || s === 'unknown' || s === 'place') && (!startOfSentence || senses.includes('unknown'))) return tier.list;
  return 0;
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
    // "this is Bilal Church calling", "Mr Harvey Bank": a given name and a family name that is also a word for a firm.
    const person = realWords(run).length === 2 && isNameOnly(realWords(run)[0] ?? '') && ['name', 'wordlike'].includes(senseOf(realWords(run)[1] ?? '')) && (titleLeft.test(left(run)) || verbLeft.test(left(run)) || personRight.some((re) => re.test(right(run))));
    if (person && !isEponym(text, run)) {
      nameTier.set(run, tier.context);
      continue;
    }
    if (isOrganisation(run, text) || isEponym(text, run)) continue;
    if (/\b(?:St|Ste|Saint|Sainte|San|Santa|Mt|Ft)\.? $/.test(text.slice(Math.max(0, run.start - 8), run.start))) continue;
    // "M. Bernard Lefèvre": in French "M." is Monsieur, not an initial.
    if (run.words[0] === 'M.' && run.words.length >= 3) {
      const rest = text.indexOf(run.words[1] ?? '', run.start + 2);
      if (rest > 0) emit('NAME', rest, run.end, tier.context);
      continue;
    }
    // "Mr Justice Abernethy-Clyde", "Chief Justice Roberts", "Justice Okonkwo adjourned the hearing": a judge's title.
    if (run.words[0] === 'Justice' && run.words.length >= 2 && (/\b(?:Mr|Mrs|Ms|Madam|Chief|Associate|Lord|Lady|Deputy)\.? $/.test(text.slice(Math.max(0, run.start - 10), run.start)) || legalText.test(text))) {
      const rest = text.indexOf(run.words[1] ?? '', run.start + 7);
      if (rest > 0) emit('NAME', rest, run.end, tier.context);
      continue;
    }
    const place = looksLikePlace(run);
    const before = left(run);
    const after = right(run);
    const words = realWords(run);
    const senses = words.map(senseOf);
    let t = 0;
    // "Date of death:", "Body part:": a label in a form, unless a title or a known name says otherwise.
    // (A word right before a colon may be a speaker in a transcript: "Grace: I called".)
    // A run inside a sentence is no label's first word: "Carer Comfort rang: …" names the carer.
    const label = !senses.includes('name') && /^(?: \p{Ll}+){1,3} ?:(?!\/\/)/u.test(after) && !titleLeft.test(before) && !(roleLeft.test(before) && !senses.some((x) => x !== 'wordlike'));
    const plainWords = words.every((w, i) => senses[i] === 'safe' || senses[i] === 'common' || drugStem.test(w));
    if (label) t = 0;
    else if (titleLeft.test(before) || roleLeft.test(before) || captionLeft.test(before) || captionRight.test(after) || greetingLeft.test(before) || signatureLeft.test(before)) {
      // "Dear Parents", "Employee Onboarding", "Hi Team": an ordinary word after a greeting or a role is no name.
      // "Hi Toke," names the reader even when the name is also a word; "Hi Team," and "Dear Parents," do not.
      const addressed = greetingLeft.test(before) && words.length === 1 && /^,/.test(after) && !/^(?:team|all|everyone|everybody|there|guys|folks|sir|madam|colleagues|both|friends|parents|family|doctor|nurse|mum|mom|dad|sister|brother|nan|gran|sirs|committee|board|members|staff|partners|neighbours|neighbors|again|again|today|morning)$/i.test(words[0] ?? '');
      t = plainWords && !titleLeft.test(before) && !addressed ? 0 : tier.context;
    }
    // Legal drafting capitalises defined terms ("the Initial Developer", "User Product"): not people.
    // "the Fitzpatrick family", "the Okonkwo twins": a family name between "the" and a word for family.
    else if (/\bthe $/i.test(before) && words.length === 1 && /^ (?:family|household|twins|children|kids|boys|girls|brothers|sisters|residence|home)\b/.test(after) && ['name', 'unknown', 'wordlike'].includes(senses[0] ?? '')) t = tier.context;
    else if (determinerLeft.test(before) || isTerm(run)) t = 0;
    // "Re: Suspension", "signed by Management": ordinary words after a verb are no name.
    // ("from Pwllheli celebrated …": after "from" or "in", the run is where someone is, not who.)
    // ("Ama Owusu of Kumasi called": after a person and "of", the run is their town.)
    else if (!place && !plainWords && (verbLeft.test(before) || (personRight.some((re) => re.test(after)) && !weakPlaceLeft.test(before) && !/\p{L} of $/u.test(before)))) t = tier.context;
    // A heading's capitals say nothing, but a name no dictionary holds still names someone ("Logged by R. Mahmood (DSL)").
    else if (isHeading(text, run) && !senses.includes('name')) t = 0;
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
    if (isPlaceByList(run, left(run), realWords(run).map(senseOf), right(run)) || realWords(run).every((w) => senseOf(w) === 'common' || senseOf(w) === 'safe')) continue;
    // "Kwabena Mensah, Senior Nurse": a job title after a name is not a second person.
    if (jobTitle.test(lastWord(run))) continue;
    const gap = text.slice(previous.end, run.start);
    const t = nameTier.get(previous);
    if (t !== undefined && /^(?:,? and |,? or | & |, )$/.test(gap)) nameTier.set(run, t);
  }
  // "Faith and Hope (twins)": a given name that is also a word, joined by "and" to a name found by its context.
  for (let i = runs.length - 2; i >= 0; i--) {
    const run = runs[i];
    const next = runs[i + 1];
    const t = next && nameTier.get(next);
    if (!run || !next || t === undefined || nameTier.has(run) || realWords(run).length !== 1 || !/^ (?:and|&) $/.test(text.slice(run.end, next.start))) continue;
    // "Parents: Hemi and Aroha Tamihana": a given name before a full name that it shares.
    const sense = senseOf(realWords(run)[0] ?? '');
    if ((sense === 'wordlike' && realWords(next).length === 1) || (['name', 'unknown'].includes(sense) && realWords(next).length >= 2)) nameTier.set(run, t);
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
    const hit = realWords(run).some((w) => known.has(w) && !(isWordLikeName(w) && imperative) && !drugStem.test(w)) && !isEponym(text, run);
    if (hit) nameTier.set(run, tier.list);
  }

  for (const [run, t] of nameTier) {
    // "Gabriel García Márquez", "Juan de la Cruz", "Pieter van der Berg": a particle joins the parts.
    const joined = particleTail.exec(text.slice(run.end, run.end + 60));
    emit('NAME', run.start, run.end + (joined ? joined[0].length : 0), t);
  }
  findNicknames(text, [...nameTier.keys()], emit, runs);
  findOtherNameForms(text, emit);
  // "Hoang Son Duong", "Maria Rose Okafor": a word that usually means something else, between two names, is a name too.
  const named = [...nameTier.keys()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < named.length; i++) {
    const a = named[i - 1] as Run;
    const b = named[i] as Run;
    const gap = text.slice(a.end, b.start);
    if (/^ \p{Lu}\p{Ll}+ $/u.test(gap) && nameWords.has(lexiconKey(gap.trim()))) emit('NAME', a.start, b.end, Math.min(nameTier.get(a) ?? 0, nameTier.get(b) ?? 0));
  }

  const nameEnds = new Set([...nameTier.keys()].map((r) => r.end));
  for (const run of runs) {
    // "Mr Raymond Blackbird of Moose Factory", "Ama Owusu of Kumasi": a place after a person and "of", even one named like a firm.
    if (/\p{L} of $/u.test(left(run)) && nameEnds.has(run.start - 4) && realWords(run).every((w) => senseOf(w) !== 'safe')) {
      emit('LOCATION', run.start, run.end, tier.context);
      continue;
    }
    if (isOrganisation(run, text) || stateNames.has(run.words.join(' ').toLowerCase())) continue;
    if (realWords(run).every((w) => senseOf(w) === 'safe')) continue; // countries are not identifiers
    const before = left(run);
    if (regionWords.has(lastWord(run)) && realWords(run).length >= 2 && !streetOnly.has(lastWord(run))) emit('LOCATION', run.start, run.end, tier.context);
    else if (strongPlaceLeft.test(before) || foreignPlaceLeft.test(before)) emit('LOCATION', run.start, run.end, tier.context);
    else if (weakPlaceLeft.test(before) && looksLikePlace(run)) emit('LOCATION', run.start, run.end, tier.weak);
    else if (realWords(run).length >= 2 && streetOnly.has(lastWord(run))) emit('LOCATION', run.start, run.end, tier.weak);
    else if (isPlaceByList(run, before, realWords(run).map(senseOf), right(run))) emit('LOCATION', run.start, run.end, tier.list);
    else if (/\b(?:in|from|near)\s$/.test(before) && realWords(run).length === 1 && ['unknown', 'place'].includes(senseOf(realWords(run)[0] ?? ''))) emit('LOCATION', run.start, run.end, tier.list);
    // "Kadıköy, İstanbul", "Pinheiros, São Paulo": a district before its city.
    else if (realWords(run).every((w) => ['unknown', 'place'].includes(senseOf(w))) && (nameTier.get(run) ?? 0) < tier.context && placeWords.has(lexiconKey(cityAfter(right(run))?.[1] ?? ''))) {
      emit('LOCATION', run.start, run.end, tier.context);
      const city = cityAfter(right(run));
      if (city && !stateNames.has((city[1] ?? '').toLowerCase()) && senseOf(city[1] ?? '') !== 'safe') emit('LOCATION', run.end + 2, run.end + 2 + (city[1] ?? '').length, tier.context);
    }
    // "Denmark Hill", "Banjara Hills", "Orlando East", "Victoria Island": two words, the last a word for a place or a part of town.
    else if (realWords(run).length >= 2 && /^(?:hill|hills|island|heights|east|west|north|south|central|village|beach|bay|valley|springs|falls|creek|park|gardens|green|common|cross|quay|wharf|end)$/.test(lastWord(run)) && !titleLeft.test(before) && !nameTier.has(run) && !isEponym(text, run) && senseOf(realWords(run)[0] ?? '') !== 'common') emit('LOCATION', run.start, run.end, tier.weak);
    // "she lives Cedar-Riverside", "mum lives Harehills now": a note's or a chat's shorthand for "lives in".
    else if (/\blives $/.test(before) && realWords(run).every((w) => senseOf(w) !== 'safe' && !months.test(w) && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(w))) emit('LOCATION', run.start, run.end, tier.context);
    // "vive en Getafe", "mieszka w Tarnowie", "живёт в Самаре", "μένει στην Πάτρα": after a preposition of place, in a language that capitalises only names.
    else if (!mostlyEnglish(text) && capitalsMarkNames(text) && foreignPrepositionLeft.test(before) && realWords(run).every((w) => ['unknown', 'place'].includes(senseOf(w)) || /[^\p{ASCII}]/u.test(w))) emit('LOCATION', run.start, run.end, tier.context);
    // "detained in Otay Mesa;", "hospitalised in Chiang Mai on 9 Feb": after "in" or "near", names that end the phrase are a place.
    else if (/\b(?:in|near)\s$/.test(before) && !titleLeft.test(before) && !months.test(realWords(run).join(' ')) && /^(?:[,.;:)]|$| (?:on|at|for|with|and|since|until|last|this|next|when|where|after|before|to)\b)/.test(right(run)) && ['unknown', 'place', 'name'].includes(senseOf(realWords(run)[0] ?? '')) && realWords(run).every((w) => senseOf(w) !== 'safe' && !drugStem.test(w) && !medicineWords.has(w.toLowerCase()) && !/^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)(?:day)?$/.test(w))) {
      emit('LOCATION', run.start, run.end, tier.context);
    }
  }
  findCapitalisedNames(text, emit);
  findInForms(text, emit, looksLikeAName);
  findPlacesInLetters(text, emit);
  findLowerCaseNames(text, emit);
  findOtherScripts(text, emit);
  findInOtherScripts(text, emit);
  findInitials(text, emit);
}

