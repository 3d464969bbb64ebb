import type { IdentifierKind } from './redact';
import { isCardNumber, isValidDea, isValidIban, isValidNpi, isValidSsn, isValidVin } from './redact-checks';
import { findAges, findDates } from './redact-dates';
import { digitsOf, groupSpan, scan, tier, type Emit } from './redact-scan';
export { tier, type Candidate, type Emit } from './redact-scan';
import { findAddresses } from './redact-addresses';
import { findCodes, findHandlesAndCodes, serviceAccounts } from './redact-codes';
import { findInternational } from './redact-international';
import { findNationalIds } from './redact-national';
import { isEnglishWord } from './redact-lexicon';

// ---------------------------------------------------------------- structured: email, URL, IP, MAC

function findStructured(text: string, emit: Emit): void {
  // The lookbehind starts a local part only at its first character, which keeps long digit runs linear.
  scan(text, /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, (m) =>
    emit('EMAIL', m.index, m.index + m[0].length, tier.checksum),
  );
  scan(text, /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi, (m) => {
    let url = m[0];
    // Sentence punctuation and an unbalanced closing bracket belong to the prose, not the URL.
    for (;;) {
      const last = url.at(-1) ?? '';
      if (/[.,;:!?'"]/.test(last)) url = url.slice(0, -1);
      else if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
      else break;
    }
    emit('URL', m.index, m.index + url.length, tier.checksum);
  });
  const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
  scan(text, new RegExp(`(?<![\\d.])(?<!\\b(?:v|version|release|build) ?)${octet}(?:\\.${octet}){3}(?![\\d]|\\.\\d)`, 'gi'), (m) =>
    emit('IP', m.index, m.index + m[0].length, tier.checksum),
  );
  scan(text, /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g, (m) => {
    if (isIpv6(m[0])) emit('IP', m.index, m.index + m[0].length, tier.checksum);
  });
  scan(text, /(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])/g, (m) =>
    emit('DEVICE', m.index, m.index + m[0].length, tier.checksum),
  );
}

function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  // "A::D" and "::1" carry no address worth hiding and are more often something else.
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g)) || !/\d/.test(s) || s.length < 6) return false;
  // Without "::" an address has all eight groups; this also keeps clock times and MACs out.
  return halves.length === 2 ? groups.length >= 1 && groups.length <= 7 : groups.length === 8;
}

// ---------------------------------------------------------------- numbers validated by a checksum

function findChecksummed(text: string, emit: Emit): void {
  scan(text, /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g, (m) => {
    if (isValidSsn(m[0])) emit('SSN', m.index, m.index + m[0].length, tier.checksum);
  });
  const card = /(?<![\d-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?![\d-])/g;
  scan(text, card, (m) => {
    if (isCardNumber(digitsOf(m[0]))) emit('ACCOUNT', m.index, m.index + m[0].length, tier.checksum);
  });
  scan(text, /(?<![\d-])[12]\d{9}(?![\d-])/g, (m) => {
    // A valid NPI beats a generic "ID" label ("RENDERING PROVIDER ID 1948726306").
    if (isValidNpi(m[0])) emit('NPI', m.index, m.index + m[0].length, tier.genericLabel + 0.5);
  });
  scan(text, /\b[A-Z][A-Z9]\d{7}\b/g, (m) => {
    if (isValidDea(m[0])) emit('LICENSE', m.index, m.index + m[0].length, tier.checksum);
  });
  scan(text, /\b(?=[A-HJ-NPR-Z0-9]*[A-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}\b/g, (m) => {
    if (isValidVin(m[0])) emit('VEHICLE', m.index, m.index + m[0].length, tier.checksum);
  });
  scan(text, /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, (m) => {
    if (isValidIban(m[0])) emit('ACCOUNT', m.index, m.index + m[0].length, tier.checksum);
  });
}

// ---------------------------------------------------------------- numbers after a label ("MRN 4471902")

interface Label {
  kind: IdentifierKind;
  /** Regex source for the label; matched case-insensitively unless `exactCase`. */
  label: string;
  exactCase?: boolean;
  generic?: boolean;
}

const numberWord = '(?:\\s*(?:number|num\\.?|no\\.?|#|ID|identifier|code|ref(?:erence)?\\.?))';
const no = `${numberWord}?`;
const labels: Label[] = [
  { kind: 'MRN', label: '(?:NHS (?:No\\.?|Number|number|#)|CHI(?: No\\.?| number)?|NHI|UR|URN|MR ?#|MR(?:N)? ?(?:No\\.?|Number)|Med ?Rec ?#|Hosp(?:ital)? ?#|Hosp\\.? ?(?:No\\.?|Number|#)|UR ?#)', exactCase: true },
  { kind: 'MRN', label: `(?:MRN${no}|unit (?:number|no\\.?)|medical record${no}|med(?:ical)? rec(?:ord)?\\.?${no}|patient (?:ID|identifier|number|no\\.?)|hospital (?:number|no\\.?)|chart (?:number|no\\.?|#)|record (?:number|no\\.?)|unit number|UR number|NHS number)` },
  { kind: 'ACCOUNT', label: `(?:bank account|checking account|savings account|account|acct\\.?|a\\/c)${no}` },
  { kind: 'ACCOUNT', label: `(?:insurance |health plan |member |subscriber |medicare |medicaid )?policy${no}` },
  // Other countries' social security numbers are the same kind of identifier as a US SSN.
  { kind: 'SSN', label: `(?:national insurance|NI|NINO|social insurance|SIN|personal public service|PPS|NIR|n° de sécurité sociale|numéro de sécurité sociale|BSN|burgerservicenummer|sofinummer|AHV|PESEL|tax file|TFN|NIE|DNI|CPF|CURP|Aadhaar|codice fiscale)${numberWord}?` },
  { kind: 'ID', label: `(?:Medicare card|health card|OHIP)${numberWord}?` },
  // Quebec's health card ("RAMQ TREM 6552 1834"): four letters of the name, then eight digits.
  { kind: 'ACCOUNT', label: '(?:RAMQ)(?: no\\.?| #)?', exactCase: true },
  // National identity numbers of other countries ("RUT 14.582.339-K", "TC Kimlik No 10428765302", "CPR 120345-1184").
  { kind: 'SSN', label: `(?:RUT|RUN|T\\.?C\\.? [Kk]imlik(?: [Nn]o\\.?)?|CC|[Kk]imlik [Nn]o\\.?|MyKad|NRIC|IC no\\.?|Thai ID|Ghana Card|NIN|CPR|C\\.C\\.|IRD(?: no\\.?| number)?|NIF|NIC|CNP|EMŠO|ת"ז|居民身份证号码|身份证号(?:码)?|주민등록번호|マイナンバー)` , exactCase: true },
  { kind: 'SSN', label: `(?:identity card|ID card|national identity|personal identity|tax ref(?:erence)?)${numberWord}` },
  // Professional registers: doctors, nurses, pharmacists, lawyers ("GMC 7045128", "NMC PIN 09I2744E", "SRA no. 612490").
  // Other countries' registers too: "HPCSA MP 0591278", "GOC 01-28461", "NMC Ghana PIN RM 24817", "MDCN Reg. No. 62418".
  { kind: 'LICENSE', label: '(?:GMC|GPhC|GDC|GOC|HCPC|NMC|NMBI|CORU|AHPRA|CPSO|CPSBC|CPSA|CNO|MCI|PWZ|ARDC|SRA|IMC|HPCSA|SANC|SAPC|MDCN|NMCN|PCN|KMPDC|NCK|HPCZ|BMDC|PMDC|PMC|SLMC|MCNZ|NCNZ|DCNZ|PRC|MMC|SCPP|OCP|ODOB|TSMC|DMC|KMC)(?: [A-Z][a-z]+)?(?: (?:PIN|[Rr]eg(?:istration)?\\.?|[Nn]o\\.?|[Nn]umber|#))*', exactCase: true },
  { kind: 'LICENSE', label: `(?:prescriber|practitioner|céd(?:ula)?\\.? prof(?:esional)?\\.?|colegiado|nr PWZ)${no}` },
  { kind: 'MRN', label: `(?:numer historii choroby|nr historii choroby|UHID|IPD|OPD|lab(?:oratory)? (?:no\\.?|number|ref(?:erence)?|ID)|pt\\.? ID|chart|病历号|病案号|住院号|namba ya hospitali|patient_mrn=?|hospital (?:ID|ref))` },
  { kind: 'ACCOUNT', label: '(?<!national |social )(?:member|subscriber|beneficiary|insurance|health plan|medicare|medicaid|plan|enrollee)(?:\\s*(?:ID|identifier|number|no\\.?|#))' },
  { kind: 'ACCOUNT', label: `(?:beneficiary|policyholder)${no}` },
  { kind: 'ACCOUNT', label: `(?:Versichertennummer|Krankenversichertennummer|KVNR|Versicherungsnummer|número de afiliación|n[úu]mero de (?:póliza|cuenta)|numéro (?:d['’]adhérent|de compte)|Kontonummer)${no}` },
  // Routing numbers and sort codes name a bank, not a person, so they are not labels here.
  { kind: 'ACCOUNT', label: `(?:credit card|debit card|card|IBAN|loan|mortgage|billing)${no}` },
  { kind: 'LICENSE', label: `(?:driver['’]?s |driving |medical |nursing |professional |state |business )?(?:licen[cs]e(?! plate)|lic\\.)${no}` },
  { kind: 'LICENSE', label: `(?:certificate|cert\\.?)(?: of [a-z]+)?${no}` },
  { kind: 'LICENSE', label: `(?:DEA(?:\\s*registration)?${no}|(?:bar|permit|accreditation|registration)${numberWord})` },
  { kind: 'LICENSE', label: '(?:SBN|State Bar No\\.?|Bar No\\.?|CSB|DL ?#|DL No\\.?|DLN|D\\.L\\. ?#?|DL(?: [A-Z]{2})?)', exactCase: true },
  { kind: 'NPI', label: `(?:NPI|national provider identifier)${no}` },
  { kind: 'VEHICLE', label: `(?:VIN|vehicle identification number|chassis${no})` },
  { kind: 'DEVICE', label: `(?:serial${no}|device (?:ID|identifier|serial)${no}|IMEI|MEID|ESN|UDI|implant (?:ID|serial)${no}|MAC address)` },
  { kind: 'DEVICE', label: '(?:S\\/N|SN|SNo)', exactCase: true },
  { kind: 'DEVICE', label: `(?:serials|serial numbers|S\\/Ns)(?:[^\\d\\n]{0,4})|(?:asset(?: tag)?${no}|service tag${no}|inventory${numberWord}|equipment${numberWord}|(?:model and |model\\/)?serial${no}|device${numberWord}|(?:pacemaker|pump|monitor|implant|laptop|phone|tablet|hearing aid|ICD|CGM|glucose monitor|defibrillator)(?: serial)${no})` },
  { kind: 'ID', label: `(?:case|docket|claim|passport|accession|inmate|badge|tax (?:identification|ID|payer)|taxpayer identification)${no}` },
  { kind: 'ID', label: `(?:file|reference|ref\\.?|booking|citation|ticket|invoice|order|tracking|voucher|specimen|employee|staff|student|prisoner|visa|green card|national ID|voter|payroll|personnel|emp\\.?|member|customer|client|patient|alien|USCIS|A-file|immigration|work permit|residence permit|BRP|NIE|DNI|CURP|RFC|Aadhaar|PAN)${numberWord}` },
  { kind: 'ID', label: '(?:employee|staff|worker|badge|payroll|emp|student|pupil|inmate|offender|SID|UCI|CNIC|tazkira|receipt|specimen|accession|reference)(?:\\s*(?:ID|#|no\\.?|number))?', generic: true },
  { kind: 'ID', label: '(?:report|DOC|A|acc|booking|confirmation|ticket|claim|case|ref)\\s*(?:ID|#|no\\.?|number)', generic: true },
  { kind: 'ID', label: 'A-(?:number|no\\.?|#)' },
  // Record and booking codes known by their acronym: a flight booking, a learner, a police record, a case.
  { kind: 'ID', label: '(?:PNR|ULN|UPN|UCI|PNC(?: ID)?|CRN|UAN|CRO|GWF|IHS)', exactCase: true },
  { kind: 'ID', label: '(?:booking reference|record locator|confirmation code|reservation code)' },
  { kind: 'SSN', label: '(?:TAJ(?:-szám)?|SNILS|personnummer|fødselsnummer|henkilötunnus|AMKA|EGN|OIB|JMBG|PESEL|RRN|NRIC|Steuer-ID|codice fiscale)' },
  { kind: 'VEHICLE', label: '(?:matrícula|immatriculée?|immatriculation|Kennzeichen|targa|kenteken|placa|rego)' },
  { kind: 'ID', label: '(?:passport|visa|permit|licen[cs]e|ID card)(?:[^\\d\\n]{0,20}?)(?:no\\.?|number|#)', generic: true },
  { kind: 'ID', label: '(?:No\\.|Nos\\.|ID|TIN|EIN|ITIN)', exactCase: true, generic: true },
  { kind: 'ID', label: `(?:identification|ID)(?:\\s*(?:number|no\\.?|#))`, generic: true },
];

// An identifier: letters and digits in groups joined by - . / : (no spaces), then optional
// space-separated digit groups ("PLX 448 190 227").
const labelValue = '((?:\\(\\d{2}\\))?[A-Za-z0-9]+(?:[-.:/][A-Za-z0-9]+)*(?: \\d{2,}(?:[-/]\\d+)*(?![-.:/]?[A-Za-z]))*)';
const connector = '(?:\\s*(?:(?:is|was|of|reads)\\b|:|=|-|–|—|,|#|\\())*\\s*';

/** What joins two values under one label: a side or a note in brackets, then "and", "or", "/", "," or an opening bracket. */
const sameLabelNext = /^(?: ?\([^()\d]{0,12}\))?\s*(?:,|\/|&|\band\b|\bor\b|\((?:\p{L}+ )?)\s*([A-Za-z0-9]+(?:[-.:/][A-Za-z0-9]+)*)(?![\w-])/u;

/** A number no rule could name: a phone after a word for one ("my number", "mob", "call"), otherwise an ID. */
function numberKind(text: string, at: number): 'PHONE' | 'ID' {
  return /\b(?:mob|mobile|cell|cp|tel|phone|call|ring|text|whatsapp|contact|number|nr|no|on)\b[.:]?[^\d\n]{0,24}$/i.test(text.slice(Math.max(0, at - 40), at)) &&
    !/\b(?:case|claim|ref|reference|policy|account|acc|member|card|ticket|file|job|incident|order|student|employee|staff|passport|visa|record|hosp|hospital|ID)\.? ?(?:no\b\.?|number|nr|#)[^\d\n]{0,6}$/i.test(text.slice(Math.max(0, at - 40), at))
    ? 'PHONE'
    : 'ID';
}

/** What the words before "no." or "number" say the number is ("hosp no.", "NHIF no.", "nr rej."). */
const labelKinds: Array<[IdentifierKind, RegExp]> = [
  ['MRN', /\b(?:hosp(?:ital)?|UHID|IP|OP|in-?patient|out-?patient|histology|pathology|accession|chart|record|unit|RM\d?|card)\.?\s*$/i],
  ['ACCOUNT', /\b(?:member|membership|policy|pol|fund|NHIF|medicare|medicaid|PhilHealth|insurance|acc|account|bank|participant|subscriber|póliza|polizza|polisa)\.?\s*$/i],
  ['SSN', /\b(?:national|identity|ID card|DNI|CPF|PPSN?|Aadhaar|tax|IRD|NI|CURP|AHV|PESEL|NIA|NIF|RUT|SIN)\.?\s*$/i],
  ['LICENSE', /\b(?:reg(?:istration)?|licen[cs]e|bar|MDCN|PWZ|permis|CDL(?: class [A-Z])?|certificate|cert)\.?\s*$/i],
  ['VEHICLE', /\b(?:plate|rej|matr[ií]cula|rego|car reg)\.?\s*$/i],
  ['DEVICE', /\b(?:serial|s\/n|unit ID|tracker(?: unit)?|barcode|pendant|IMEI)\.?\s*$/i],
];

function kindOfLabel(before: string): IdentifierKind | undefined {
  return labelKinds.find(([, re]) => re.test(before))?.[0];
}

/**
 * Any label that ends in "no.", "number", "ref" or "#" ("incident ref PI/24/118027", "collar no. PC
 * 4471", "OB number 22/14/06/2024"): the value after it, when it holds three digits or more, is an
 * identifier of something, whatever the label's first words name.
 */
function findAnyNumberLabel(text: string, emit: Emit): void {
  scan(text, /(?<![\w/])(?<!\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]ny|[Ww]hich|[Ww]hat|[Ss]ome) )(?:(?:no|nos|number|num|nr|ref|reference)\b\.?|#)(?:\s*[:=]|\s+is)?\s*((?:[A-Za-z]{1,6} )?[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*(?:\([0-9A-Z]\))?(?: \d+(?![-.:/]?[A-Za-z]))*)/dgi, (m) => {
    const span = groupSpan(m, 1);
    const value = m[1] ?? '';
    // "No. 14 Adeola Odeku Street" is an address, "number 10" a count.
    if (!span || digitsOf(value).length < 3 || (/^\d+ \p{Lu}/u.test(text.slice(span[0], span[1] + 2)) && !/\d[ ]\d/.test(value))) return false;
    // SSN and card shapes are left to their own checks.
    if (/^\d{3}-\d{2}-\d{4}$|^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/.test(value)) return false;
    const start = /^[A-Za-z]{1,6} \d/.test(value) && /^(?:is|was|of|the|for|and|on)\b/i.test(value) ? span[0] + value.indexOf(' ') + 1 : span[0];
    // A label that says what the number is outranks a code recognised by its shape alone.
    const named = kindOfLabel(text.slice(Math.max(0, m.index - 32), m.index));
    emit(named ?? numberKind(text, start), start, span[1], named ? tier.weak : tier.fallback);
  });
}

function findLabelled(text: string, emit: Emit): void {
  findAnyNumberLabel(text, emit);
  for (const { kind, label, exactCase, generic } of labels) {
    // After "#", ":" or a space the value may follow at once ("report #24-118392"); after a letter it may not.
    const re = new RegExp(`(?<![\\w/])(?:${label})(?:(?<=[#:\\s])|(?![\\w/]))${connector}${labelValue}`, exactCase ? 'gd' : 'gid');
    scan(text, re, (m) => {
      const span = groupSpan(m, 1);
      const value = m[1] ?? '';
      if (!span || !plausibleLabelledValue(value)) return false;
      emit(kind, span[0], span[1], generic ? tier.genericLabel : tier.label);
      // "serials 2318X0417 (L) and 2318X0452 (R)", "MRN 3384715 (twins 3384716 / 3384717)": more values of the same shape under one label.
      let end = span[1];
      for (;;) {
        const next = sameLabelNext.exec(text.slice(end, end + 60));
        const more = next?.[1] ?? '';
        if (!next || !plausibleLabelledValue(more) || Math.abs(more.length - value.length) > 2 || digitsOf(more).length < digitsOf(value).length - 2) break;
        const start = end + next[0].length - more.length;
        emit(kind, start, start + more.length, generic ? tier.genericLabel : tier.label);
        end = start + more.length;
      }
    });
  }
  scan(text, /(?<!\w)(?:SSN|SS#|social security(?:\s*(?:number|no\.?|#))?)(?:\s*(?:is|was|of|:|,))*\s*(\d{3}[- ]?\d{2}[- ]?\d{4})(?![\d-])/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (!span || !isValidSsn(m[1] ?? '')) return false;
    emit('SSN', span[0], span[1], tier.label);
  });
  scan(text, /\b(?:(?:licen[cs]e|number|registration) plate|plate|(?<!(?:asset|service|name|price|hash|dog|ear|luggage|gift) )tag|vehicle registration|registration mark|reg\.?)(?:\s*(?:number|no\.?|#))?(?:\s*(?:is|was|:))*\s*([A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,5})?)(?![\w-])/dgi, (m) => {
    const span = groupSpan(m, 1);
    // Plates are written in capitals: "plate 7KXR219 will" ends before "will", and "plate will" is no plate.
    const [plate = '', rest] = (m[1] ?? '').split(/(?=[ -])/);
    const value = rest !== undefined && rest === rest.toUpperCase() ? plate + rest : plate;
    if (!span || !/\d/.test(value) || value.replace(/[ -]/g, '').length < 4 || value !== value.toUpperCase()) return false;
    emit('VEHICLE', span[0], span[0] + value.length, tier.label);
  });
  scan(text, /\b(?:phone|telephone|tel\.?|mobile|cell(?:phone)?|fax|pager|landline|whatsapp)(?:\s*(?:number|no\.?|#))?[\s:]*(?:is|was|on|at)?\s*((?:\+|\()?\d[\d ().-]{5,18}\d)(?![\d-])/dgi, (m) => {
    const span = groupSpan(m, 1);
    const n = digitsOf(m[1] ?? '').length;
    if (!span || n < 7 || n > 15) return false;
    emit('PHONE', span[0], span[1], tier.label);
  });
  // "Username on the patient app is sky_walker_1990", "我的微信号是 chen_xiaoyu88", "IG: @..." : a handle after a word for one.
  scan(text, /\b(?:user ?name|handle|WeChat(?: ID)?|Instagram|Snapchat|TikTok|Telegram|Skype|Discord|gamertag)\b[^\n.:]{0,30}?(?:\bis|:)\s*@?([A-Za-z][A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?![\w@.-])|(?:微信号|微信)(?:是|：|:)?\s*([A-Za-z][A-Za-z0-9._-]{2,30})/dgiu, (m) => {
    const g = m[1] !== undefined ? 1 : 2;
    const span = groupSpan(m, g);
    const value = m[g] ?? '';
    if (!span || (isEnglishWord(value.toLowerCase()) && !/[\d_]/.test(value)) || serviceAccounts.test(value.toLowerCase())) return false;
    emit('ID', span[0], span[1], tier.context);
  });
  // "CGM transmitter 8RK47F", "insulin pump 3A9921K": a code after a word for a medical or personal device.
  scan(text, /\b(?:transmitter|receiver|sensor|meter|pump|monitor|pendant|hearing aid|implant|tracker|handset|router|modem|dongle|tablet|laptop)\s+(?:serial\s+|SN\s+|S\/N\s+|no\.?\s+|#\s*)?([A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*|[A-Z][A-Z0-9]*\d[A-Z0-9]*)(?![\w-])/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span && (m[1] ?? '').length >= 5) emit('DEVICE', span[0], span[1], tier.context);
  });
  // "user jmwangi", "uid=aoife.mccarthy", "\"username\":\"priya.k.nair\"": an account name in a log or a ticket.
  scan(text, /\b(?:user(?:name)?|uid|login|account name|sAMAccountName|handle)"?\s*(?:[=:]\s*)?"?([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\w@.-])/dgi, (m) => {
    const span = groupSpan(m, 1);
    const value = m[1] ?? '';
    if (!span || value.length < 4 || value !== value.toLowerCase() || isEnglishWord(value) || serviceAccounts.test(value)) return false;
    emit('ID', span[0], span[1], tier.context);
  });
  scan(text, /\b(?:ZIP|zip ?code|postal code|postcode)\b[^\d\n]{0,30}?(\d{5}(?:-\d{4})?)(?![\d-])/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('LOCATION', span[0], span[1], tier.label);
  });
}

function plausibleLabelledValue(value: string): boolean {
  // "PLX 448 190 227" is a value; "section 13" after "this License" is prose.
  const head = value.split(' ')[0] ?? '';
  if (value.includes(' ') && !/\d/.test(head) && !/^[A-Z]{1,4}$/.test(head)) return false;
  const compact = value.replace(/[\s()]/g, '');
  if (/^v\d+(?:\.\d+)*$/i.test(compact)) return false; // a version
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(compact)) return false; // a date, which the dates recognizer names
  if (/^\d{1,3}(?:\.\d{1,3})+$/.test(compact)) return false; // "10.1" is a section or a decimal
  const digits = digitsOf(compact).length;
  // A bare year is never an identifier ("in this case 2019 was …").
  return compact.length >= 4 && digits >= 2 && !/^(19|20)\d{2}$/.test(compact);
}

// ---------------------------------------------------------------- phone numbers

function findPhones(text: string, emit: Emit): void {
  const nanp = /(?<![\w+.-])(?:\+1[ .-]?|1[ .-])?(?:\(\s?[2-9]\d{2}\s?\)\s?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?![\w-]|\.\d)/g;
  scan(text, nanp, (m) => emit('PHONE', m.index, m.index + m[0].length, tier.shape));
  // National formats with a trunk 0 (UK, Ireland, Australia): "07700 900456", "0161 496 0734".
  scan(text, /(?<![\w+.-])0\d{2,4}[ -]\d{3,6}(?:[ -]\d{3,4})?(?![\w-]|\.\d)/g, (m) => {
    const n = digitsOf(m[0]).length;
    if (n < 10 || n > 11) return false;
    emit('PHONE', m.index, m.index + m[0].length, tier.shape);
  });
  // Ten digits with no separators ("5035550142"), and a local seven-digit number ("555-0142").
  scan(text, /(?<![\w+.-])(?:\+?1)?[2-9]\d{2}[2-9]\d{6}(?![\w-]|\.\d)/g, (m) => emit('PHONE', m.index, m.index + m[0].length, tier.weak));
  scan(text, /(?<![\w+./-]|\d[ .-])[2-9]\d{2}[-.]\d{4}(?![\w-]|[./]\d)/g, (m) => emit('PHONE', m.index, m.index + m[0].length, tier.weak));
  // French and other two-digit groups: "01 42 68 53 00"; Australian "(02) 9876 5432".
  scan(text, /(?<![\w+.-])0\d(?:[ .]\d{2}){4}(?![\w-]|\.\d)/g, (m) => emit('PHONE', m.index, m.index + m[0].length, tier.shape));
  scan(text, /(?<![\w+.-])\(0\d{1,4}\) ?\d{3,4} ?\d{4}(?![\w-])/g, (m) => emit('PHONE', m.index, m.index + m[0].length, tier.shape));
  // Any national number with a trunk 0 in groups: "0532 418 27 63", "03-3456-7812", "0321-5567012".
  scan(text, /(?<![\w+./-])0[1-9]\d{0,3}(?:[ -]\d{2,7}){1,4}(?![\w-]|[./]\d)/g, (m) => {
    const n = digitsOf(m[0]).length;
    if (n < 9 || n > 12 || /^\d{3}-\d{2}-\d{4}$/.test(m[0])) return false;
    emit('PHONE', m.index, m.index + m[0].length, tier.weak);
  });
  // Any other run of digit groups with eight or more digits ("98401 27736", "601 555 204"): a phone
  // after a word for one, otherwise a number that identifies something. Never left in the clear.
  scan(text, /(?<![\w+.,/:£$€-])\d{1,8}(?:[ -]\d{1,8}){1,4}(?![\w/-]|[.,:]\d)/g, (m) => {
    const n = digitsOf(m[0]).length;
    const groups = m[0].split(/[ -]/).length;
    // SSN and card shapes are left to their own checks (a number that fails its check is left alone);
    // two groups need nine digits, so that a range ("1500-2000") is not taken for a number.
    if (/^\d{3}-\d{2}-\d{4}$|^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/.test(m[0])) return; // not its groups either
    if (n < (groups === 2 ? 9 : 8) || n > 16) return false;
    // The lowest tier: any recognizer that knows what the number is wins over this guess.
    emit(numberKind(text, m.index), m.index, m.index + m[0].length, tier.fallback);
  });
  // Any number of seven or more digits right after a word for a phone ("hp 9123 4567", "Ph 9921 448", "cel. 81 1234 5678").
  scan(text, /\b(?:hp|h\/p|ph|phone|tel|telf|mob|mobile|cell|cel|celular|móvil|movil|telefone|telefono|teléfono|telefon|simu|whatsapp|landline)\.?(?: no\.?| number)?:?\s*(\+?\(?\d[\d ()-]{5,18}\d)(?![\w/]|[.,:]\d)/dgi, (m) => {
    const span = groupSpan(m, 1);
    const n = digitsOf(m[1] ?? '').length;
    if (!span || n < 7 || n > 15) return false;
    emit('PHONE', span[0], span[1], tier.context);
  });
  // Brazilian numbers with the area code in brackets: "(11) 90182-3760", "(21) 3456-7890".
  scan(text, /(?<![\w+])\(\d{2}\) ?9?\d{4}-\d{4}(?![\w-])/g, (m) => emit('PHONE', m.index, m.index + m[0].length, tier.shape));
  const international = /(?<![\w+])\+[2-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w-])/g;
  scan(text, international, (m) => {
    const n = digitsOf(m[0]).length;
    // "(+36 30 412 7789)": a closing bracket without its opening one belongs to the prose.
    const unbalanced = m[0].endsWith(')') && (m[0].match(/\(/g)?.length ?? 0) < (m[0].match(/\)/g)?.length ?? 0);
    if (n >= 8 && n <= 15) emit('PHONE', m.index, m.index + m[0].length - (unbalanced ? 1 : 0), tier.shape);
  });
}

/** Runs every recognizer except names and free-standing places. */
export function findPatterned(text: string, emit: Emit): void {
  findStructured(text, emit);
  findChecksummed(text, emit);
  findLabelled(text, emit);
  findPhones(text, emit);
  findDates(text, emit);
  findAges(text, emit);
  findAddresses(text, emit);
  findHandlesAndCodes(text, emit);
  findInternational(text, emit);
  findNationalIds(text, emit);
  findCodes(text, emit);
}
