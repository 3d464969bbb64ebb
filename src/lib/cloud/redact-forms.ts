// Identifiers found by where a form, a table, a court caption or a chat log puts them, rather than
// by how they look: "Name: …", "PATIENT'S NAME …", the PATIENT column of a table, a caption's
// "JANE DOE, Petitioner", "I, JANE DOE, of …", a chat log's "[09:14] jdoe88:".

import type { IdentifierKind } from './redact';
import { chatWords, commonWords, isEnglishWord, isNameOnly, lexiconKey, placeWords } from './redact-lexicon';
import { groupSpan, scan, tier, type Emit } from './redact-scan';
import { anyCase, excluded } from './redact-words';

const nameLabels =
  "(?:(?:full |patient(?:['’]s)? |client(?:['’]s)? |member(?:['’]s)? |insured(?:['’]s)? |employee(?:['’]s)? |child(?:['’]s)? |mother(?:['’]s)? |father(?:['’]s)? |maiden |legal |preferred )?name|patient|pt|client|member|beneficiary|insured|subscriber|guarantor|policyholder|account holder|cardholder|claimant|petitioner|respondent|plaintiff|defendant|applicant|tenant|landlord|employee|student|parent|guardian|carer|caregiver|emergency contact|next of kin|NOK|contact person|reporting party|complainant|witness|victim|suspect|referred by|referring (?:physician|doctor|provider)|attending|GP|PCP|physician|provider|signed|signature(?: of (?:physician|supplier|patient|insured|provider)(?: or supplier)?)?|rendering provider|paciente|nombre|nom|nome|name des patienten|patientin|patient\\(in\\)|titular|asegurado|beneficiario|nachname|vorname|prénom|apellidos?|sobrenome|cognome|consultant|surgeon|nurse|midwife|social worker|key worker|caseworker|interpreter|mother|father|spouse|partner|surname|forenames?|first names?|last name|given names?|middle names?|other names?|name on card|family name|matron|ward clerk|clerk|SW|HV|chair|reporter|proposer|tenants?|landlord|foster carers?|attendees|present|witnesses|responsable légal|from|to|cc|attn|huisarts|kontoinhaber(?:in)?|inhaber(?:in)?|versicherte[rn]?|ansprechpartner(?:in)?|titulaire|intestatario|t\\.n\\.v\\.|ten name van|contingent beneficiar(?:y|ies)|primary beneficiary|beneficiaries)";
// A value in capitals or title case, possibly "FAMILY, Given", that ends at the line, a pipe, three spaces or a bracket.
const nameValue = "((?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|[\\p{Lu}][\\p{L}'’-]*|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]+)(?:,? (?:(?:de|del|de la|da|dos|van|van der|von|zu|le|la|al|bin|ibn|ap|ní|nic|mac|ter) )?(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|[\\p{Lu}][\\p{L}'’-]*|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]+)){0,4})";

/** A title before the name in a field ("Claimant: Mrs. Leota Faleolo", "CONSULTANT: MR K. OYELARAN-SMITH"), left out of the name. */
const titlePrefix = `${anyCase('(?:mr|mrs|ms|mx|miss|dr|prof|rev|fr|sr|sra|herr|frau|mme|m|sgt|shri|sri|smt|dña|canon|capt|lt|det|hon|pastor|imam|rabbi)')}\\.? `;

/** A professional's role written before the name in a list of people ("SW Hannah Price; HV Ruth Gill"), left out of the name. */
const roleAbbreviation = '(?:SW|HV|RN|RGN|RMN|LPN|NP|OT|PT|SLT|HCA|FSW|DC|PC|DS|DI|Cllr|Revd) ';

/** Words that end a labelled value before it reaches the next field ("Name: Ana Ruiz DOB …"). */
const fieldWords = new Set(['SIN', 'NI', 'UHID', 'CPF', 'DNI', 'BSN', 'Mob', 'Mobile', 'Fax', 'Claim', 'No', 'Occupation', 'Passport', 'Email', 'DOB', 'D.O.B.', 'MRN', 'SSN', 'ID', 'Age', 'AGE', 'Sex', 'SEX', 'Tel', 'Phone', 'PHONE', 'Address', 'ADDRESS', 'Born', 'Date', 'DATE', 'BIRTH', 'Gender', 'Email', 'EMAIL', 'Ward', 'Room', 'Bed', 'NHS', 'Policy', 'Member', 'Account', 'Re', 'RE']);

/** Finds names and numbers by the field, column or caption they sit in. */
export function findInForms(text: string, emit: Emit, isName: (words: string[]) => boolean): void {
  // The label is followed by a colon or sits at the start of a line or cell, so that "the patient Ana" in prose is left to the other recognizers.
  const labelled = new RegExp(
    `(?:^|\\n|\\||\\s{2,}|[;:—–(]\\s*|\\s\\/\\s)\\s*(?:\\d+[a-zA-Z]?\\.\\s+)?${anyCase(nameLabels)}\\s*(?::|#|–|—|-)[\\s_]*(?:${titlePrefix})?(?:${roleAbbreviation})?${nameValue}(?=\\s*(?:$|\\n|\\||\\s{2,}|\\(|\\)|,\\s|;|\\.\\s|\\s\\/\\s|\\s(?:DOB|D\\.O\\.B|born|age|aged|MRN|\\d)))|(?:^|\\n|\\||\\s{2,})\\s*(?:\\d+[a-zA-Z]?\\.\\s+)?${anyCase(nameLabels)}\\s+(?:${titlePrefix})?(?:${roleAbbreviation})?${nameValue}(?=\\s*(?:$|\\n|\\||\\s{2,}))`,
    'dgu',
  );
  scan(text, labelled, (m) => {
    const g = m[1] !== undefined ? 1 : 2;
    const span = groupSpan(m, g);
    if (!span) return false;
    let value = m[g] ?? '';
    const words = value.split(/,? /);
    const cut = words.findIndex((w, i) => i > 0 && (fieldWords.has(w.replace(/[.:]$/, '')) || excluded(w.replace(/[.,:]$/, ''))));
    if (cut > 0) value = value.slice(0, value.indexOf(words[cut] ?? '') - 1).replace(/,$/, '');
    // A full stop ends the sentence unless it closes an initial ("K. Oyelaran").
    if (/\p{L}{2}\.$/u.test(value)) value = value.slice(0, -1);
    // "Ayaan Farah, Sagal Farah": two people in one field.
    const people = value.split(', ');
    if (people.length >= 2 && people.every((p) => p.split(' ').length >= 2 && isName(p.split(' ')))) {
      let at = span[0];
      for (const p of people) {
        const start = text.indexOf(p, at);
        emit('NAME', start, start + p.length, tier.context);
        at = start + p.length;
      }
      return;
    }
    const kept = value.split(/,? /).filter((w) => w.length > 0);
    // "Patient Name: …", "Body part: …": the value may not itself be the next label.
    if (kept.length === 0 || !isName(kept) || /^(?!\s{2,}|\s*\||\s\/\s)[^\n\d:]{0,12}:/.test(text.slice(span[0] + value.length, span[0] + value.length + 14))) return false;
    emit('NAME', span[0], span[0] + value.length, tier.context);
  });

  // "City: Lake Jordane", "Address: 24916 W Orchard Avenue, Apt 7C", "Endereço: Rua …, Fortaleza": every part of an address field.
  const placeField = new RegExp(`(?:^|\\n|\\|)\\s*(?:\\d+[a-zA-Z]?\\.\\s+)?(${anyCase('(?:home |street |mailing |postal |current |new )?address|city|town|suburb|county|endereço|dirección|domicilio|adresse|anschrift|indirizzo|cidade|ciudad|ville|stadt|città')})\\s*:?\\s+([^\\n|]+?)(?=\\s{2,}|\\s*(?:$|\\n|\\|))`, 'dgu');
  scan(text, placeField, (m) => {
    const span = groupSpan(m, 2);
    if (!span) return false;
    const isTown = /^(?:city|town|suburb|county|cidade|ciudad|ville|stadt|città)$/i.test(m[1] ?? '');
    let at = span[0];
    for (const part of (m[2] ?? '').split(',')) {
      const value = part.trim().replace(/[.;:]+$/, '').replace(/\s+[-–]\s+[A-Z]{2}$/, '');
      const start = text.indexOf(value, at);
      at = start + value.length;
      // A state, a ZIP code or a country in the field are left to their own recognizers.
      if (!value || /^(?:[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?|USA|United States|UK)$/.test(value)) continue;
      // "69120 Heidelberg": a postcode and its town are two items.
      const codeTown = /^(\d{4,5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}) (\p{Lu}.*)$/u.exec(value);
      if (codeTown) {
        emit('LOCATION', start, start + (codeTown[1] ?? '').length, tier.context);
        emit('LOCATION', start + value.length - (codeTown[2] ?? '').length, start + value.length, tier.context);
      } else if (isTown || /\d/.test(value) || /^\p{Lu}/u.test(value)) emit('LOCATION', start, start + value.length, tier.context);
    }
  });

  // E-mail headers: "From: Tomás Ó Briain <tobriain@…>", "To: \"Claire Ng\" <claire.ng@…>".
  scan(text, /(?:^|\n|,\s*|:\s*)"?([\p{Lu}][\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4}?)"?\s*<[^<>@\s]+@[^<>\s]+>/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span && isName((m[1] ?? '').split(' '))) emit('NAME', span[0], span[1], tier.context);
  });
  // A list of people: "1. Fiona Ballantyne — 14 Beech Drive", "02 BAKER, Faith", "- Dr Amal Haddad, GP".
  scan(text, new RegExp(`(?:^|\\n)[ \\t]*(?:[-•*·]|\\d{1,3}[.)]?)[ \\t]+(?:${titlePrefix})?((?:\\p{Lu}[\\p{L}'’-]*\\.?)(?:,? (?:(?:de|la|de la|van|von|da|dos|del|ap|ní|ó) )?\\p{Lu}[\\p{L}'’-]*\\.?){1,4})(?=[ \\t]*(?:—|–| - |,|:|\\(|\\n|$|[ \\t]{2,}))`, 'dgu'), (m) => {
    const span = groupSpan(m, 1);
    const value = (m[1] ?? '').replace(/\.$/, '');
    if (span && isName(value.split(/,? /))) emit('NAME', span[0], span[0] + value.length, tier.list);
  });

  // A court caption: "FILIP FINSTAD,\n   Petitioner"; an affidavit: "I, GÖVHƏR ƏLƏKBƏROVA, of …".
  const caption = /(?:^|\n|[—–;:]\s*)\s*([\p{Lu}][\p{Lu}'’.-]+(?: [\p{Lu}][\p{Lu}'’.-]+){1,4}),?\s*\n?\s*(?:an individual,?\s*)?\n?\s*(?:Petitioner|Respondent|Plaintiff|Defendant|Appellant|Appellee|Claimant|Debtor|Decedent|individually|an individual|et al|a minor|by and through)s?\b/dgu;
  scan(text, caption, (m) => {
    const span = groupSpan(m, 1);
    if (span && isName((m[1] ?? '').split(' '))) emit('NAME', span[0], span[1], tier.context);
  });
  scan(text, /\bI, ([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,4}), (?:of|residing|a resident|being|the undersigned|born|hereby|do hereby|declare|state|swear|certify)\b/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('NAME', span[0], span[1], tier.context);
  });

  // A chat log's speaker: "[09:14] jdoe88: …", "jdoe88 (09:14): …".
  scan(text, /(?:^|\n)\s*\[?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]?\s*-?\s*<?([\w.-]{3,32})>?:/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('ID', span[0], span[1], tier.context);
  });

  findInTables(text, emit, isName);
}

const columnKinds: Array<[RegExp, IdentifierKind | 'NAME']> = [
  [/^(?:patient|name|member name|patient name|client|insured|beneficiary|employee|claimant|subscriber name|full name|surname|last name|family name|forename|first name|given names?|middle names?|other names?|preferred name|name on card|account name|account holder|card holder|cardholder|holder|next of kin|nok|contact name|employee name|client name)$/i, 'NAME'],
  [/^(?:member(?: id| no\.?| #)?|subscriber(?: id)?|policy(?: no\.?| #| number)?|account(?: no\.?| #| number)?|acct\.?|iban)$/i, 'ACCOUNT'],
  [/^(?:claim(?: no\.?| #| id| number)?|case(?: no\.?| #| number)?|ref(?:erence)?|invoice|order|ticket|id|file(?: no\.?)?|employee id|staff id|user ?name|user id|login)$/i, 'ID'],
  [/^(?:mrn|medical record(?: no\.?| number)?|hospital no\.?|hospital number|nhs(?: no\.?| number)?|chart(?: no\.?)?|patient id|urn|chi(?: no\.?| number)?)$/i, 'MRN'],
  [/^(?:npi|provider npi)$/i, 'NPI'],
  [/^(?:phone|tel\.?|telephone|mobile|cell|phone number|contact number)$/i, 'PHONE'],
  [/^(?:age|aged)$/i, 'AGE'],
  [/^(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|dod|date of death)$/i, 'DATE'],
  [/^(?:address|addr|street|home address|city|town|post ?code|postal code|zip(?: code)?|county)$/i, 'LOCATION'],
  [/^(?:serial(?: no\.?)?|s\/n|device(?: id)?|asset(?: tag)?|hostname)$/i, 'DEVICE'],
];

/** One cell of a table row, and where its text starts in the line. */
interface Cell {
  text: string;
  at: number;
}

/** Splits a row at `separator`, keeping a quoted cell whole ("\"Abara, Ngozi\",Ward Manager"). */
function cellsOf(line: string, separator: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if ((c === separator && !quoted) || i === line.length) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const inner = raw.trim();
      const unquoted = /^".*"$/.test(inner) ? inner.slice(1, -1) : inner;
      cells.push({ text: unquoted, at: start + lead + (unquoted === inner ? 0 : 1) });
      start = i + 1;
    }
  }
  return cells;
}

/** The separator of a table row: a pipe, a tab, or (for a header of known columns) a comma or semicolon. */
function separatorOf(line: string): string | null {
  if (line.includes('|')) return '|';
  if (line.includes('\t')) return '\t';
  for (const sep of [',', ';']) {
    const cells = cellsOf(line, sep);
    if (cells.length >= 3 && cells.filter((c) => columnKinds.some(([re]) => re.test(c.text.replace(/[_-]/g, ' ')))).length >= 2) return sep;
  }
  return null;
}

/** A table with a header row ("CLAIM | PATIENT | DOS | MEMBER", "patient_id,surname,dob"): each cell takes the kind its column names. */
function findInTables(text: string, emit: Emit, isName: (words: string[]) => boolean): void {
  const lines = text.split('\n');
  let offset = 0;
  let header: Array<IdentifierKind | 'NAME' | null> | null = null;
  let separator: string | null = null;
  for (const line of lines) {
    if (line.includes('|') && /^[\s|:—–-]+$/.test(line)) {
      offset += line.length + 1;
      continue;
    }
    const sep: string | null = header && separator && line.includes(separator) ? separator : separatorOf(line);
    const cells: Cell[] | null = sep ? cellsOf(line, sep) : null;
    if (!cells || cells.length < 3) {
      header = null;
    } else if (header === null || sep !== separator || cells.every((c) => !/\d/.test(c.text))) {
      header = cells.map((c) => columnKinds.find(([re]) => re.test(c.text.trim().replace(/[_-]/g, ' ')))?.[1] ?? null);
      separator = sep;
      if (header.every((k) => k === null)) header = null;
    } else {
      cells.forEach((cell, i) => {
        const kind = header?.[i];
        const value = cell.text.trim();
        const start = offset + cell.at;
        if (!kind || value.length < 2 || /^[-–—]+$/.test(value)) return;
        if (kind === 'NAME' && !isName(value.split(/,? /))) return;
        if (kind !== 'NAME' && kind !== 'LOCATION' && !/\d/.test(value)) return;
        if (kind === 'AGE' && !(/^\d{2,3}$/.test(value) && Number(value) >= 90 && Number(value) <= 125)) return;
        emit(kind, start, start + value.length, tier.context);
      });
    }
    offset += line.length + 1;
  }
}

/**
 * Towns written where letters and forms put them: a letter's heading ("Homenickport, 4 December
 * 2016"), "our Brighton office", "St. Louis" in an address, and lower-case towns in chat ("we live
 * in rosemead").
 */
export function findPlacesInLetters(text: string, emit: Emit): void {
  const town = "\\p{Lu}[\\p{L}'’-]*(?:(?: (?:de|del|de la|sur|upon|on|en|am|an der|le|la))? \\p{Lu}[\\p{L}'’-]*){0,3}";
  const heading = new RegExp(`(?:^|\\n)\\s*(${town}), (?=(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\\d{1,4}[./-])`, 'dgu');
  for (const m of text.matchAll(heading)) {
    const span = m.indices?.[1];
    // "Amina Yusuf Farah, 21 Feb.": a person's name heads a note the same way.
    const words = (m[1] ?? '').split(' ');
    const person = words.length >= 2 && isNameOnly(words[0] ?? '') && !placeWords.has(lexiconKey(m[1] ?? ''));
    if (span && !excluded(m[1] ?? '') && !person) emit('LOCATION', span[0], span[1], tier.context);
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
  const lowerPlace = /\b(?:(live|lives|living|lived|moved|move|moving|based|staying|stay|born|grew up|visiting|back|we r|we are|we're|were|i'm|im|she's|shes|he's|hes|is|are|hospital|clinic|er|ed|a&e) (?:\p{Ll}+ )?)?(?:in|to|from|near|at) (\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+)?)\b/dgu;
  for (const m of text.matchAll(lowerPlace)) {
    const span = m.indices?.[2];
    const words = (m[2] ?? '').split(' ');
    // "we live in rosemead", "moved to san diego", "lives in reading" (after "lives" even a town that is a word); "live in the city" is no town.
    const strong = /^(?:live|lives|living|lived|moved|move|moving|based|staying|stay|born|grew up)$/.test(m[1] ?? '');
    const town = (w: string): boolean => placeWords.has(lexiconKey(w)) && (strong || (!commonWords.has(lexiconKey(w)) && !isEnglishWord(w))) && !chatWords.has(w) && !/^(?:the|a|an|my|his|her|our|their|home|hospital|bed|town|city)$/.test(w);
    const first = words[0] ?? '';
    if (span && words.length === 2 && placeWords.has(lexiconKey(m[2] ?? '')) && !chatWords.has(first) && !/^(?:the|a|an|my|his|her|our|their|this|that)$/.test(first)) emit('LOCATION', span[0], span[1], tier.context);
    else if (span && town(first)) emit('LOCATION', span[0], span[0] + first.length, tier.context);
  }
}

const realWordsOf = (s: string): string[] => s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
