// Names in the forms that are not a plain run of capitalised words: a nickname in quotes, a title
// before a lower-case particle, "FAMILY, Given", names in capitals, initials, names in Chinese,
// Japanese or Korean script, a name signed at the end of a message; and the stricter setting.

import { credentials, isEnglishWord, isNameOnly, isWordLikeName, lexiconKey, nameWords, notNames, orgWords, placeWords, roleWords, stateCodes, streetTypes, titles } from './redact-lexicon';

const stateCodeSet: ReadonlySet<string> = new Set(stateCodes);

const streetTypeSet = new Set(streetTypes.map((t) => t.toLowerCase()));
import { tier, type Emit } from './redact-scan';
import { roleBefore } from './redact-scripts';
import { alternation, anyCase, credentialSet, escape, excluded, isSentenceStart, neverIdentifying, particleWord, senseOf, titleCase } from './redact-words';

/** A run of capitalised words, as the run finder reports it. */
interface Span {
  start: number;
  end: number;
}

/** Whether the words of a labelled field read as a person's name ("DEWILDE, LARS", "Ana Ruiz", "王小明"). */
export function looksLikeAName(words: string[]): boolean {
  const real = words.map((w) => w.replace(/[,.]$/, '')).filter((w) => /\p{L}/u.test(w) && !particleWord.test(w));
  if (real.length === 0 || real.length > 5 || real.some((w) => /\d/.test(w) || orgWords.has(w.toLowerCase()))) return false;
  if (real.every((w) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(w))) return true;
  const senses = real.map((w) => senseOf(titleCase(w)));
  if (real.every((w, i) => excluded(titleCase(w)) || senses[i] === 'safe')) return false;
  return senses.some((x) => x === 'name' || x === 'unknown' || x === 'wordlike') && senses.every((x) => x !== 'common' || real.length >= 2);
}

export const particleTail = /^(?: \p{Lu}\.)? (?:(?:de|del|dela|della|delle|dello|degli|de la|de las|de los|da|das|do|dos|di|du|van|van der|van den|van de|van ['’]t|von|von der|le|la|lo|bin|binti|bint|ibn|al|el|ben|y|e|i|ter|ten|zu|zur|af|av|mac|ap|ní|nic|ua) )+\p{Lu}[\p{L}-]+(?:['’](?!s\b)\p{L}+)?(?:(?: (?:e|y|i|de|da|do|dos|das))? \p{Lu}[\p{L}-]+)?/u;

const roleThenQuoted = new RegExp(`\\b(?:${roleWords.map((w) => escape(w)).join('|')}) ["“‘']([\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+)?)["”’']`, 'dgiu');

/**
 * A nickname in quotes inside a name ('Robert "Bobby" Tran') makes one name of the three parts;
 * beside a name, or after "aka" or "goes by", the nickname alone is a name.
 */
export function findNicknames(text: string, names: Span[], emit: Emit, runs: Span[] = names): void {
  // "caller gave name as \"Blessing\"", "identified herself as \"Precious from church\"": the name opens the quote.
  // "the patient \"Bud\" refused", "her son 'Jojo'": a name in quotes right after a role.
  for (const m of text.matchAll(roleThenQuoted)) {
    const span = m.indices?.[1];
    if (span) emit('NAME', span[0], span[1], tier.context);
  }
  for (const m of text.matchAll(/(?:caller|name as|identified (?:herself|himself|themselves) as|calls? (?:herself|himself)) ["“]([\p{Lu}][\p{L}'-]+)(?= )/dgiu)) {
    const span = m.indices?.[1];
    if (span) emit('NAME', span[0], span[1], tier.context);
  }
  for (const m of text.matchAll(/["“‘']([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)["”’']/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = names.find((r) => r.end + 1 === start);
    // After a name and its nickname, any capitalised word is the family name ("Dwayne \"DJ\" Jackson").
    const after = (before ? runs : names).find((r) => r.start === end + 1);
    const introduced = /\b(?:aka|a\.k\.a\.|known as|goes by|called|nicknamed|named|caller|name as|identified (?:herself|himself|themselves) as|introduced (?:herself|himself|themselves) as|calls (?:herself|himself))\s*$/i.test(text.slice(Math.max(0, start - 36), start));
    if (before && after) emit('NAME', before.start, after.end, tier.context);
    else if (before || after || introduced) emit('NAME', start + 1, end - 1, tier.context);
  }
}

const particleWords = "van der|van den|van de|van ['’]t|von der|de la|de las|de los|van|von|der|den|zu|zur|ap|de|del|dela|della|delle|dello|degli|da|das|do|dos|di|du|le|la|al|el|bin|ibn|ter|ten";
const particle = `(?:${particleWords})`;
/** The same, with the Spanish, Portuguese and Catalan "and" that joins two family names ("Carvalho e Sousa"), used after a title. */
const particleOrAnd = `(?:${particleWords}|e|y|i)`;
// "Ms van Niekerk", "Mr. de Souza": a title, then a surname that starts with a lower-case particle.
const titleParticle = new RegExp(`\\b(?:${alternation(titles)})\\.? (${particle} \\p{Lu}[\\p{L}'’-]+)`, 'dgu');
// "Yang, Xiaoming", "Aykurt, Bera": family name, comma, given name, as forms and lists print them.
const inverted = /(?<![\p{L}\d-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?, \p{Lu}[\p{Ll}'’-]+)(?![\p{L}]| \p{Lu})/dgu;
// "FAITH SCHOWALTER": a name in capitals, two or three words, each a known name.
const capitalsWithInitials = /(?<![\p{L}\d.])((?:\p{Lu}\. ?){1,2}\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?|\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?,? \p{Lu}{2,}(?: \p{Lu}{2,})? \p{Lu}\.?|\p{Lu}{2,} \p{Lu}\. \p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?)(?![\p{L}\d])/dgu;
const capitalsRun = /(?<![\p{L}\d])(\p{Lu}+(?:[-'’]\p{Lu}{2,})?(?: \p{Lu}+(?:[-'’]\p{Lu}{2,})?){1,2})(?![\p{L}\d])/dgu;

// "Mrs. To", "Dr. Sun", "Ms Virginia Quintanilla Flórez": after a title every capitalised word is the name.
const nameWord = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}-]*(?:['’](?!s\\b)\\p{L}+)?)";
const afterTitle = new RegExp(`\\b(?:${anyCase(alternation(titles))})\\.? (?:(?:${alternation(titles)}|Justice)\\.? )*((?:${particle} )?${nameWord}(?: (?:${particleOrAnd} )?${nameWord})*)`, 'dgu');
// "WANG, Jiahui", "ALONSO ARMENDÁRIZ, Florencia", "van der Velde, Diego", "Aguirre Vaca, Isabela".
const nameToken = "\\p{Lu}(?:['’]?\\p{Lu})?\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*";
const titleBefore = new RegExp(`\\b(?:${alternation(titles)})\\.? $`);
const invertedLong = new RegExp(
  `(?<![\\p{L}\\d])((?:${particle} )?${nameToken}(?: ${nameToken})?, ${nameToken}(?: ${nameToken})?)(?=\\s*(?:\\n|$|\\(|,|;|:| \\(| DOB| born| MRN| BP)|\\s{2,})`,
  'dgu',
);

/** Names in the forms that are not a plain run of capitalised words. */
export function findOtherNameForms(text: string, emit: Emit): void {
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
  for (const m of text.matchAll(/(?<![\p{L}\d])(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?, \p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?)(?![\p{L}\d])/dgu)) {
    const span = m.indices?.[1];
    const parts = (m[1] ?? '').split(/,? /);
    const senses = parts.map((w) => senseOf(titleCase(w)));
    if (span && parts.every((w) => w.length >= 3 && !excluded(titleCase(w)) && !orgWords.has(w.toLowerCase())) && senses.includes('name') && senses.every((x) => x !== 'common' && x !== 'safe')) {
      emit('NAME', span[0], span[1], tier.list);
    }
  }
  for (const m of text.matchAll(invertedLong)) {
    const span = m.indices?.[1];
    // "Hi Mr. Aziz, Rayan was …": after a title the comma separates two people.
    if (titleBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const [family = '', given = ''] = (m[1] ?? '').split(', ');
    const parts = [...family.split(' '), ...given.split(' ')].filter((w) => /^\p{Lu}/u.test(w));
    const senses = parts.map((w) => senseOf(w.charAt(0) + w.slice(1).toLowerCase()));
    const lineStart = /(?:^|\n|:|;|\||Patient|Pt|Member|Name|Client|Claimant|Insured|Subscriber)\s*$/.test(text.slice(Math.max(0, (span?.[0] ?? 0) - 10), span?.[0] ?? 0));
    if (!span || parts.some((w) => excluded(w) || orgWords.has(w.toLowerCase()) || streetTypeSet.has(w.toLowerCase())) || placeWords.has(lexiconKey(given))) continue;
    if (senses.includes('name') && senses.every((x) => x === 'name' || x === 'unknown' || x === 'wordlike') && lineStart) {
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
    // In prose "Fraser, Dundee" is a person and a town: both parts must be known names.
    const senses = [...family.split('-'), given].map(senseOf);
    const named = senses.every((x) => x === 'name') && !placeWords.has(lexiconKey(given)) && !/^ ?\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if (span && named && !excluded(family) && !excluded(given)) emit('NAME', span[0], span[1], tier.list);
  }
  // "DELORES M. WASHINGTON", "J. A. MORRISON", "SHAPIRO, MIRIAM R.": a name in capitals with initials.
  for (const m of /\p{Lu}\./u.test(text) && /\p{Lu}{2}/u.test(text) ? text.matchAll(capitalsWithInitials) : []) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(/,? /).filter((w) => !/^\p{Lu}\.$/u.test(w));
    const senses = words.map((w) => senseOf(titleCase(w)));
    if (span && words.length >= 1 && words.every((w) => w.length >= 2 && !excluded(titleCase(w)) && !orgWords.has(w.toLowerCase())) && senses.includes('name') && senses.every((x) => x === 'name' || x === 'wordlike' || x === 'unknown')) {
      emit('NAME', span[0], span[1], tier.list);
    }
  }
  // "▌KOMAD, Clever   M   DOB", "party SHARP, SVETOLIK stated", "| CHURCH, XEZAL |": a family name in capitals and a given name, in a record's
  // field, even when either is also a word.
  for (const m of text.matchAll(/(?:^|\n|\||▌|\bparty |\b(?:[Pp]atient|[Mm]ember|[Cc]laimant|[Cc]lient|[Nn]ame):? )\s*(\p{Lu}{2,}(?:[-'’‘]\p{Lu}{2,})*, \p{Lu}[\p{L}'’‘-]+(?: \p{Lu}[\p{L}'’‘-]+)?)(?=\s{2,}|\s*\||\s+(?:DOB|stated|said|born|[MF]\b)|\s*$|\s*\n)/dgu)) {
    const span = m.indices?.[1];
    const parts = (m[1] ?? '').split(/,? /);
    if (span && parts.every((w) => !excluded(titleCase(w)) && senseOf(titleCase(w)) !== 'safe')) emit('NAME', span[0], span[1], tier.context);
  }
  // "Rx says \"Mohamed Abdi\", "HOLDER=\"Okonjo, Emeka\"", "shouting for \"Annelie\"": a name in quotes, known as a name by the lists.
  for (const m of text.matchAll(/["“]((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:,? (?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.?)){0,3})["”]/dgu)) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(/,? /).filter((w) => !/^\p{Lu}\.?$/u.test(w));
    const senses = words.map((w) => senseOf(titleCase(w)));
    if (span && words.length > 0 && senses.includes('name') && senses.every((x) => x === 'name' || x === 'unknown' || x === 'wordlike') && !words.some((w) => excluded(titleCase(w)) || orgWords.has(w.toLowerCase()))) {
      emit('NAME', span[0], span[1], tier.list);
    }
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
/** Names written in Chinese, Japanese or Korean script inside other text ("王小明", "堀田 美代子", "김민준", "キヨ"). */
export function findOtherScripts(text: string, emit: Emit): void {
  const cjk = '[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
  // In text written in those scripts, words run together and cannot be told from names here.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cjkLetters = text.match(new RegExp(cjk, 'gu'))?.length ?? 0;
  if (cjkLetters <= letters * 0.3) {
    for (const m of text.matchAll(new RegExp(`(?<!${cjk})${cjk}{1,4}(?: ${cjk}{1,4})?(?!${cjk})(?!\\s*[:：])`, 'gu'))) {
      // "환자 김민준": a role word before the name is not part of it.
      const role = new RegExp(`^${roleBefore} `, 'u').exec(m[0]);
      const start = m.index + (role ? role[0].length : 0);
      if (m[0].slice(start - m.index).replace(' ', '').length >= 2) emit('NAME', start, m.index + m[0].length, tier.list);
    }
  }
  // The same for scripts without capital letters ("born in حلب", "her name is कमला", "สมชาย"): in
  // text written mostly in another script, a short run of them is a name or a place.
  const caseless = '[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Gujarati}\\p{Script=Gurmukhi}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\p{Script=Ethiopic}\\p{Script=Georgian}\\p{Script=Myanmar}\\p{M}]';
  const caselessLetters = text.match(new RegExp(caseless, 'gu'))?.length ?? 0;
  if (caselessLetters > 0 && caselessLetters <= letters * 0.3) {
    for (const m of text.matchAll(new RegExp(`(?<!${caseless})${caseless}+(?: ${caseless}+){0,2}(?!${caseless})`, 'gu'))) {
      if (m[0].replace(/\p{M}/gu, '').length >= 2) emit('NAME', m.index, m.index + m[0].length, tier.list);
    }
  }
  // A name signed at the very end of a message: "… Kindly advise. Yaw", "Thanks, Ama".
  const signed = /(?:[.!?,]|\b(?:thanks|thank you|regards|cheers|love|xx|advise|best))[.!,]?\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s*[.!]?\s*$/diu;
  const m = signed.exec(text);
  const span = m?.indices?.[1];
  if (m && span && (m[1] ?? '').split(' ').every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !excluded(w) && !orgWords.has(w.toLowerCase()) && senseOf(w) !== 'common' && senseOf(w) !== 'safe')) emit('NAME', span[0], span[1], tier.list);
}

/** Abbreviations written with dots that are not a person's initials. */
const dottedAbbreviations = new Set(
  'U.S.C. C.F.R. U.S. U.K. E.U. U.N. D.C. A.M. P.M. B.C. A.D. N.B. P.S. R.I.P. M.D. D.O. R.N. N.P. P.A. B.A. M.A. B.S. M.S. J.D. LL.B. LL.M. PH.D. D.D.S. I.E. E.G. U.S.A. N.Y. L.A. S.F. Q.D. B.I.D. T.I.D. Q.I.D. P.O. P.R.N. H.S. A.C. P.C. O.D. O.S. O.U. D.O.B. C.V. G.P. E.R. I.V. I.M. S.C. N.P.O. A.K.A. V.S. Inc. Co. Ltd.'.split(' '),
);

/** Initials ("J.D., 15", "the child A.M.B."): a person, unless they are a known abbreviation or follow a name's title. */
export function findInitials(text: string, emit: Emit): void {
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
const surnameFirst = new RegExp(`(?<![\\p{L}\\d])(${upperWord}, \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\.)?)(?![\\p{L}])`, 'gdu');
// Case-sensitive on purpose (with "i", \p{Lu} also matches lower case), so the role is spelled both ways.
const anyCaseRole = roleWords.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${escape(w.slice(1))}`).join('|');
const upperRun = new RegExp(`(?<![\\p{L}\\d])(${upperWord}(?: ${upperWord}){1,2})(?= \\((?:[Tt]he )?(?:${anyCaseRole})\\))`, 'gdu');

// "Hi TERESA,", "Dear MR OKAFOR", "name on card: LEE KWAN YEUNG", "reporting party SHARP, SVETOLIK":
// a name in capitals right after a greeting, a title, a role or a name label.
const personBefore = `(?:\\b(?:Hi|Hello|Hey|Dear|Attn|Attention|${anyCase(alternation(titles))}|${anyCaseRole}|party|[Nn]ame on card|[Cc]ard ?holder|[Aa]ccount holder|[Nn]ame)\\.?:?|\\bof:) `;
const upperAfterPerson = new RegExp(`${personBefore}(${upperWord}(?:,? ${upperWord}){0,3})(?![\\p{L}\\d])`, 'gdu');

// Court captions: "ALBERT DELLA ROVERE,\n    Petitioner", "R v DE LA ROSA, Esteban", "DECLARATION OF COMFORT HERMANS".
const captionParty = new RegExp(`(?<![\\p{L}\\d])(${upperWord}(?: ${upperWord}){0,3}),?[ \\t]*\\n[ \\t]*(?:Petitioner|Respondent|Plaintiff|Defendant|Appellant|Appellee|Claimant|Applicant)s?\\b`, 'gdu');
const crownCase = new RegExp(`\\bR v\\.? ((?:(?:DE LA|DE|DEL|DA|VAN DER|VAN|VON|AL|EL|MAC|MC) ?|\\p{Lu}['’])?${upperWord}(?: ${upperWord}){0,2}(?:, \\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?)?)`, 'gdu');
const declarationOf = new RegExp(`\\b(?:DECLARATION|AFFIDAVIT|STATEMENT|DEPOSITION|TESTIMONY|WITNESS STATEMENT) OF (${upperWord}(?: ${upperWord}){1,3})(?![\\p{L}])`, 'gdu');

// "BILLING PROVIDER MARTA KOWALCZYK MD", "ADAORA NWOSU-BELL, RN": a name in capitals right before a credential.
const credentialPattern = credentials.map((c) => escape(c).replace(/\\\./g, '\\.?')).join('|');
const credentialNear = new RegExp(`\\p{Lu}{2}[,.]? (?:${credentialPattern})\\b`, 'u');
const upperBeforeCredential = new RegExp(`(?<![\\p{L}\\d])(${upperWord}(?: ${upperWord}){1,3}),? (?:${credentialPattern})\\.?(?![\\p{L}\\d-])`, 'gdu');

/** Finds names written in capitals, as record headers and court captions print them. */
export function findCapitalisedNames(text: string, emit: Emit): void {
  for (const m of credentialNear.test(text) ? text.matchAll(upperBeforeCredential) : []) {
    const span = m.indices?.[1];
    // "BILLING PROVIDER MARTA KOWALCZYK": the label's words before the name are ordinary words.
    let words = (m[1] ?? '').split(' ');
    let start = span?.[0] ?? 0;
    while (words.length > 1 && (excluded(titleCase(words[0] ?? '')) || (isEnglishWord((words[0] ?? '').toLowerCase()) && !isNameOnly(titleCase(words[0] ?? '')) && !isWordLikeName(titleCase(words[0] ?? ''))))) {
      start += (words[0] ?? '').length + 1;
      words = words.slice(1);
    }
    if (!span || words.some((w) => orgWords.has(w.toLowerCase()) || excluded(titleCase(w)))) continue;
    if (words.length >= 2 || isNameOnly(titleCase(words[0] ?? '')) || senseOf(titleCase(words[0] ?? '')) === 'unknown') emit('NAME', start, span[1], tier.context);
  }
  for (const re of [captionParty, crownCase, declarationOf]) {
    for (const m of text.matchAll(re)) {
      const span = m.indices?.[1];
      const words = (m[1] ?? '').split(/,? /);
      // "STATEMENT OF CLAIM", "THE STATE OF OREGON,\n Plaintiff": ordinary words and places are no person.
      if (span && words.some((w) => !isEnglishWord(w) || isWordLikeName(titleCase(w))) && !words.some((w) => orgWords.has(w.toLowerCase()) || /^(?:STATE|PEOPLE|UNITED|STATES|COMMONWEALTH|CROWN|COUNTY|CITY)$/.test(w))) {
        emit('NAME', span[0], span[1], tier.context);
      }
    }
  }
  for (const m of text.matchAll(upperAfterPerson)) {
    const span = m.indices?.[1];
    const words = (m[1] ?? '').split(/,? /);
    const senses = words.map((w) => senseOf(titleCase(w)));
    // "Dear HR TEAM", "Hi ALL": an acronym or an ordinary word is not a name.
    if (span && words.every((w) => w.length >= 2 && !excluded(titleCase(w)) && !orgWords.has(w.toLowerCase())) && senses.every((x) => x === 'name' || x === 'unknown' || x === 'wordlike') && senses.includes('name')) {
      emit('NAME', span[0], span[1], tier.context);
    }
  }
  for (const m of text.matchAll(surnameFirst)) {
    const span = m.indices?.[1];
    const [surname = '', given = ''] = (m[1] ?? '').split(', ');
    const firstName = given.split(' ')[0] ?? '';
    const isWord = (w: string): boolean => excluded(w) || orgWords.has(w.toLowerCase());
    if (!span || surname.length < 3 || !/[AEIOUY]/.test(surname) || isWord(surname) || isWord(firstName)) continue;
    // Acronym lists ("BSD, System V") look the same; a known given name or a sentence about the person tells them apart.
    const personAfter = /^(?: \p{Ll}|,|\)|$)/u.test(text.slice(span[1], span[1] + 2)) && isSentenceStart(text, span[0]);
    // "BERGSTRÖM, Lars-Erik": each part of a hyphenated given name is a known name.
    if (firstName.split('-').every(isNameOnly) || personAfter) emit('NAME', span[0], span[1], tier.list);
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
    if (/^\p{Lu}{1,4}$/u.test(word) || neverIdentifying(word)) continue;
    // An ordinary word that is also a name ("Grace", "Reading") counts mid-sentence, where only a name is capitalised.
    if (isEnglishWord(word) && !(isWordLikeName(titleCase(word)) && !isSentenceStart(text, m.index) && word !== word.toUpperCase())) continue;
    emit('NAME', m.index, m.index + word.length, tier.weak);
  }
}

/**
 * Two names with one capitalised word or a particle between them are one name whose middle no rule
 * claimed ("Amina Jordan Okafor", "Luis García de Silva", "Pieter van der Berg"): the middle is
 * masked with them, so that no part of a full name reaches the cloud.
 */
export function joinNameParts<T extends Span & { kind: string; tier: number }>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (let c of spans) {
    const previous = out.at(-1);
    const gap = previous ? text.slice(previous.end, c.start) : '';
    // "TAN Wei Ming", "LIM Boon Huat": a family name in capitals before the given names, as Singapore and Malaysia write them.
    const family = c.kind === 'NAME' && /^\p{Lu}\p{Ll}/u.test(text.slice(c.start, c.end)) ? /(?<![\p{L}\d.])(\p{Lu}{2,12}) $/u.exec(text.slice(Math.max(0, c.start - 14), c.start)) : null;
    if (family && (!previous || previous.end <= c.start - family[0].length) && nameWords.has(lexiconKey(family[1] ?? '')) && !excluded(family[1] ?? '') && !stateCodeSet.has(family[1] ?? '')) c = { ...c, start: c.start - family[0].length };
    // "Mohd. Irfan", "Wm. Tatum": a given name shortened with a full stop is part of the name.
    const shortened = gap === '. ' && previous !== undefined && /(?:^|\s)(?:Mohd|Muhd|Md|Abd|Wm|Geo|Chas|Jas|Thos|Jno)$/.test(text.slice(previous.start, previous.end));
    if (previous && previous.kind === 'NAME' && c.kind === 'NAME' && (middleOfName.test(gap) || gap === ' ' || shortened)) {
      out[out.length - 1] = { ...previous, end: c.end, tier: Math.min(previous.tier, c.tier) };
    } else out.push(c);
  }
  return out;
}
// Irish "Ó", "Ní", "Mac", "Nic", "Uí" are capitalised: "Dónal Ó Ceallaigh".
const middleOfName = /^ (?:\p{Lu}[\p{Ll}'’-]+|Ó|Ua|(?:(?:de|del|de la|da|das|do|dos|di|du|van|van der|van den|von|von der|der|den|le|la|bin|binti|ibn|ap|e|y|i) )*(?:de|del|la|da|das|do|dos|di|du|van|von|der|den|le|bin|binti|ibn|ap|e|y|i)) $/u;
