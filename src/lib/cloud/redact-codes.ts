// Identifiers known by their shape rather than by a label or a checksum: handles, plates,
// immigration numbers, serials, machine names, the accounts in a log line, and codes that mix
// letters with digits.

import { isCardNumber, isValidNpi, isValidVin } from './redact-checks';
import { isEnglishWord, stateNames } from './redact-lexicon';
import { digitsOf, groupSpan, scan, tier, type Emit } from './redact-scan';

/** Account names that belong to no person. */
export const serviceAccounts = /^(?:admin|administrator|root|guest|test|user|nobody|system|service|invalid|unknown|anonymous|postgres|www-data|ubuntu|default)$/;

const eitherCase = (words: string[]): string => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** "car (LSR 412 AE)", "Vehicle MH 12 DE 1433", "German plate M-AB 1234": a plate of any country after a word for a vehicle. */
const stateNamesCapitalised = [...stateNames].map((n) => n.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())).join('|');
const plateAfterVehicle = new RegExp(
  `\\b(?:${eitherCase(['plate', 'reg', 'rego', 'registration', 'vehicle', 'car', 'lorry', 'van', 'truck', 'taxi', 'cab', 'motorbike', 'motorcycle', 'scooter', 'bike', 'ambulance', 'matatu', 'bus', 'jeep', 'SUV', 'matrícula', 'matricula', 'kennzeichen', 'targato', 'targata', 'targa', 'immatriculation', 'immatriculée', 'immatriculé', 'kenteken', 'placa', 'rej', 'tag'])}|${stateNamesCapitalised})\\.?(?:\\s*(?:number|no\\.?|#|del vehículo|du véhicule))?(?:\\s*(?:is|was|:|\\())*\\s*([A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,5}){1,3})(?![\\w-])`,
  'dgu',
);

/** Usernames, handles, immigration numbers, plates and serials that need no checksum to be recognised. */
export function findHandlesAndCodes(text: string, emit: Emit): void {
  // "workstation WOW-3F-12", "laptop LT-0412": a device's name or tag after a word for the device.
  scan(text, /\b(?:[Ww]orkstation|[Ll]aptop|[Dd]esktop|PC|[Cc]omputer|[Pp]rinter|[Tt]erminal|[Tt]ablet|iPad|[Hh]andset|[Hh]ostname|[Ss]canner|[Kk]iosk|WOW|COW)\s+([A-Z0-9]+(?:-[A-Z0-9]+)+)(?![\w-])/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span && /\d/.test(m[1] ?? '')) emit('DEVICE', span[0], span[1], tier.context);
  });
  scan(text, plateAfterVehicle, (m) => {
    const span = groupSpan(m, 1);
    const plate = (m[1] ?? '').replace(/[ -]/g, '');
    // "Washington DC 20001", "Texas TX 75001": a state's code and ZIP code are an address, not a plate.
    if (!span || plate.length < 5 || plate.length > 10 || !/\d/.test(plate) || !/[A-Z]/.test(plate) || /^[A-Z]{2} \d{5}(?:-\d{4})?$/.test(m[1] ?? '')) return false;
    emit('VEHICLE', span[0], span[1], tier.context);
  });
  scan(text, /\b(?:user ?name|user ?ID|user\b|account(?= \w*[_.\d])|login(?: name| ID)?|screen ?name|handle|gamertag|account name|Skype(?: name| ID)?|Discord|Telegram|Instagram|Twitter|TikTok|Snapchat|GitHub)(?:\s*(?:is|was|:|=|-))*\s*(@?[A-Za-z0-9][\w.-]{2,40}[A-Za-z0-9])/dgi, (m) => {
    const span = groupSpan(m, 1) ?? [m.index, m.index];
    const value = m[1] ?? '';
    // "username jdoe88", "handle: @maria.l"; "login records show" is prose.
    const said = /(?::|=|\bis|\bwas)\s*@?$/.test(m[0].slice(0, span[0] - m.index));
    if (!span || (!said && !/[\d_.@]/.test(value))) return false;
    emit('ID', span[0], span[1], tier.label);
  });
  // "Erin Baptiste (ebaptiste27)", "technician tech_jwalsh", "account \"h.okafor\"", "password for kmurphy":
  // an account name after a person, a role or a log's "for", when it looks like one.
  scan(text, /(?:\b(?:[Tt]echnician|[Aa]gent|[Oo]perator|[Aa]dmin|[Aa]ccount|[Pp]assword for(?: invalid user)?|[Ss]ession for|[Ll]ogged in as|[Ss]igned in as)\s+["“']?|(?<=\p{Lu}\p{Ll}+ )\()([a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]{2,}\d{1,4}|[a-z]{3,12})(?=["”')]|\s|[.,;:]|$)/dgu, (m) => {
    const span = groupSpan(m, 1);
    const value = m[1] ?? '';
    // A plain word counts only in a log line ("password for kmurphy"), and never a service account.
    if (!span || serviceAccounts.test(value) || (/^[a-z]+$/.test(value) && (!/password for|logged in as|signed in as|session for/i.test(m[0]) || isEnglishWord(value)))) return false;
    emit('ID', span[0], span[1], tier.context);
  });
  // A UK right-to-work share code: "W7K 4RT 9PQ".
  scan(text, /\b[Ss]hare code:?\s*([A-Z0-9]{3} ?[A-Z0-9]{3} ?[A-Z0-9]{3})(?![\w])/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('ID', span[0], span[1], tier.label);
  });
  // "hostname LAPTOP-JHUANG", "connected to PC-RECEPTION-02": a computer's name.
  scan(text, /\b(?:hostname|host|connected to|logged on to|computer name|device name)\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+){1,4})(?![\w-])/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DEVICE', span[0], span[1], tier.context);
  });
  // "@jdoe88" (not an email address, which has a local part before the @).
  scan(text, /(?<![\w@.])@[A-Za-z][\w.]{1,30}[A-Za-z0-9_]/g, (m) => emit('ID', m.index, m.index + m[0].length, tier.shape));
  // US immigration A-number: "A123-456-789", "A 123 456 789", "A123456789".
  scan(text, /\bA[- ]?(?:\d{3}[- ]?\d{3}[- ]?\d{3}|0?\d{8})\b/g, (m) => emit('ID', m.index, m.index + m[0].length, tier.shape));
  // UK number plates ("AB12 CDE"), distinctive enough to need no context.
  scan(text, /\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b/g, (m) => emit('VEHICLE', m.index, m.index + m[0].length, tier.shape));
  // A web address without a scheme: "portal.example.org/p/123", "mychart.example.com".
  const tld = 'com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|be|ch|in|ng|za|info|biz|me|health|app|dev|example|online|site|local|internal|lan|corp|intranet|nhs';
  scan(text, new RegExp(`(?<![\\w@./-])(?:[A-Za-z0-9-]+\\.)+(?:${tld})\\b(?![.-]?\\w)(?:\\/[^\\s<>"'\`]*)?`, 'g'), (m) => {
    let url = m[0];
    while (/[.,;:!?)'"]$/.test(url)) url = url.slice(0, -1);
    emit('URL', m.index, m.index + url.length, tier.shape);
  });
}

/**
 * A code that mixes letters and at least four digits ("RAD-24-551902", "IOE0912345678", "ZAC4128"),
 * or a run of six or more digits, names something (a case, a claim, a record, a device): it is
 * masked as an ID unless a surer recognizer says what it is. Form numbers ("I-130"), versions and
 * short codes ("ICD-10", "SpO2") have fewer digits.
 */
export function findCodes(text: string, emit: Emit): void {
  // "LAPTOP-7F3K2Q", "WS-FIN-042", "host ws-hr-113": a machine's name, after a word for one or in the shape IT gives them.
  scan(text, /\b(?:(laptop|desktop|workstation|host|hostname|server|machine|PC|VM|node|printer|device|computer)s?\s+(?:name\s+)?(?:is\s+|:\s*)?)?((?:[A-Z]{2,}|[a-z]{2,})(?:-[A-Za-z0-9]+)+)(?![\w-]|\.\w)/dgi, (m) => {
    const span = groupSpan(m, 2);
    const value = m[2] ?? '';
    const digits = digitsOf(value).length;
    const shaped = /^[A-Z0-9-]+$/.test(value) && digits >= 2 && /[A-Z]{2}/.test(value) && value.length >= 6;
    if (!span || digits < 2 || (!m[1] && !shaped) || /\b(?:[Ff]orm|[Ss]chedule|[Ss]ection|[Mm]odel|[Pp]art|[Ll]ot|[Bb]atch|[Vv]ersion|[Bb]uild)\s*$/.test(text.slice(Math.max(0, m.index - 10), m.index)) || /^(?:COVID|SARS|ICD|HIV|ISO|RFC|CVE|MIL|EN|BS|IEC|HL|SNOMED|LOINC|ATC|NATO|DSM)-/i.test(value)) return false;
    const machine = m[1] !== undefined || /^(?:LAPTOP|DESKTOP|WS|PC|SRV|SERVER|HOST|PRN|NB|MBP|WKS|VM)-/i.test(value);
    emit(machine ? 'DEVICE' : 'ID', span[0], span[1], m[1] ? tier.context : tier.fallback);
  });
  // "Accepted publickey for kmurphy from 10.0.4.17", "changed by svc_backup": an account name in a log line.
  const logLike = /\b(?:log ?in|logon|logged|attempt|sshd?|sudo|auth\w*|account|password)\b/i.test(text);
  scan(text, /\b(?:for|by|user|account|as)\s+([a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9]|[a-z]{4,}\d{1,4}|[a-z]{5,})(?=\s+(?:from|on|at|via|to|and)\b|[\s,.;]*$)/dg, (m) => {
    const span = groupSpan(m, 1);
    const value = m[1] ?? '';
    if (span && !serviceAccounts.test(value) && !isEnglishWord(value) && (logLike || /[._\d]/.test(value))) emit('ID', span[0], span[1], tier.weak);
  });
  scan(text, /\b(?:publickey|password|session opened|logged in|login|logon|su|sudo)\s+(?:for\s+(?:user\s+)?)?([a-z][a-z0-9._-]{1,}[a-z0-9])(?=\s+from\b|\s+by\b|\(|[.,;]?\s*$)/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span && !serviceAccounts.test(m[1] ?? '') && !isEnglishWord(m[1] ?? '') && !/^(?:user|invalid|root|for)$/.test(m[1] ?? '')) emit('ID', span[0], span[1], tier.context);
  });
  scan(text, /(?<![\w/.-])(?=[A-Za-z0-9-]*[A-Za-z])(?=(?:[A-Za-z-]*\d){4})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w/-]|\.\d)/g, (m) => {
    if (/^v\d/i.test(m[0]) || /^(?:19|20)\d{2}s?$/.test(m[0]) || /^\d{4}-\d{2}-\d{2}T/.test(m[0]) || failsItsOwnCheck(m[0])) return false;
    emit('ID', m.index, m.index + m[0].length, tier.weak - 0.5);
  });
  scan(text, /(?<![\w/.,$£€-])\d{6,}(?![\w/,]|\.\d)/g, (m) => {
    if (failsItsOwnCheck(m[0]) || /^(?:0123456789?|1234567890?|(\d)\1+)$/.test(m[0])) return false;
    emit('ID', m.index, m.index + m[0].length, tier.weak - 0.5);
  });
}

/** Whether a number has the exact shape of an NPI, a card or a VIN and fails that check: it was written to fail. */
function failsItsOwnCheck(value: string): boolean {
  if (/^[12]\d{9}$/.test(value)) return !isValidNpi(value);
  if (/^(?:4|5[1-5]|3[47]|6011)\d{11,17}$/.test(value)) return !isCardNumber(value);
  if (/^[A-HJ-NPR-Z0-9]{17}$/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)) return !isValidVin(value);
  return false;
}

