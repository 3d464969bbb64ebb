/*
 * A seeded generator of labelled sentences for measuring the identifier masker.
 *
 * TEST-ONLY. This module pulls in @faker-js/faker (a devDependency, with every locale's data) and
 * must only ever be imported from *.test.ts files or scripts, never from app code, so that it does
 * not end up in the app bundle.
 *
 * It was written blind to the recognizers (redact-names.ts, redact-patterns.ts, redact-lexicon.ts):
 * the templates and label choices follow only the labelling convention in the header comment of
 * redaction-set.ts, so the sets measure how the masker generalises, not how it was tuned.
 *
 * - `generateSet({ seed, count })` is deterministic for a seed (mulberry32 drives every choice, and
 *   each faker instance is seeded from it).
 * - Template families are split into two disjoint groups: 'tuning' (about 60% of the families) and
 *   'heldout' (court captions, SMS, forms, voicemail transcripts, tickets, foreign-language notes,
 *   ...); some name locales are used by the heldout families only.
 * - About 20% of sentences have nothing to find but are full of look-alikes (eponymous diseases,
 *   drugs, programmes, lab values, doses, bare years, ages under 90, section numbers, versions).
 * - Numbers that carry a checksum (NPI, VIN, IBAN, IMEI, NHS number, Canadian SIN, DEA number, card
 *   numbers, French NIR, German KVNR, Spanish DNI) are computed to pass it. US phone numbers use the
 *   555-01xx range; e-mail and web domains are example.* or invented.
 *
 * Label decisions beyond the header convention (kept consistent across every template):
 * - NAME: a contiguous name is one item, including particles ("Maria de la Cruz"; after a title,
 *   "de la Cruz"), hyphens, a middle initial, an initial + surname ("J. Okafor"), a quoted nickname
 *   between given and family name ('Robert "Bobby" Tanaka'), "FAMILY, Given" forms, and names in
 *   Chinese/Japanese/Korean characters written without a space ("王小明"). Initials alone ("J.D.")
 *   are not labelled. A surname that is also an eponym is labelled only where it refers to the person.
 * - LOCATION: a UK flat or an Australian unit written before the street is part of the street item
 *   ("Flat 3, 14 Elm Road", "Unit 4/17 Smith Street"); a Spanish floor/door after the number is too
 *   ("Calle Mayor 5, 2º B"). Counties include the word County ("KING COUNTY"). Postcodes of any
 *   country are LOCATION items of their own.
 * - DATE: ordinal dates introduced by "the" include it ("the 21st", "the 3rd day of May, 2024").
 *   Month + year ("March 2019") is a date; card expiries and build numbers are not.
 * - Kinds: UK National Insurance numbers, Canadian SINs and French NIRs are SSN; NHS numbers are MRN;
 *   health-plan member numbers, policy numbers, IBANs, card numbers and German insurance numbers are
 *   ACCOUNT; driving licences, professional licences, DEA numbers, bar numbers and birth certificate
 *   numbers are LICENSE; case/docket/claim numbers, employee and student numbers, usernames (with a
 *   leading @ when written), A-numbers, passport numbers are ID; personal national identity numbers of any country (DNI too) are SSN;
 *   serials, asset tags, IMEIs and MAC addresses are DEVICE.
 */
import {
  Faker,
  af_ZA,
  az,
  base,
  cs_CZ,
  da,
  de,
  de_CH,
  en,
  en_GB,
  en_GH,
  en_IN,
  en_NG,
  en_US,
  en_ZA,
  es,
  es_MX,
  fi,
  fr,
  fr_SN,
  hr,
  hu,
  id_ID,
  it,
  ja,
  ko,
  ku_kmr_latin,
  lv,
  nb_NO,
  nl,
  nl_BE,
  pl,
  pt_BR,
  pt_PT,
  ro,
  sk,
  sl_SI,
  sr_RS_latin,
  sv,
  tr,
  uz_UZ_latin,
  vi,
  yo_NG,
  zh_CN,
  zu_ZA,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { IdentifierKind } from './redact';
import type { LabelledSentence } from './redaction-set';

export type TemplateFamily = 'tuning' | 'heldout';

export interface GenerateOptions {
  seed: number;
  count: number;
  /** Which group of template families to draw from; both when omitted. */
  families?: TemplateFamily;
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** A small seeded generator (mulberry32): the same seed gives the same numbers. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const v = items[Math.floor(this.next() * items.length)];
    if (v === undefined) throw new Error('pick from an empty list');
    return v;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)] ?? '';
    return s;
  }
  pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
  }
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Labelled fragments

interface Item {
  kind: IdentifierKind;
  text: string;
}
interface Frag {
  text: string;
  expected: Item[];
}
type Part = string | number | Frag;

function toFrag(p: Part): Frag {
  return typeof p === 'object' ? p : { text: String(p), expected: [] };
}

/** Tagged template: interpolated fragments keep their labels, strings and numbers are plain text. */
function t(strings: TemplateStringsArray, ...parts: Part[]): Frag {
  let text = strings[0] ?? '';
  const expected: Item[] = [];
  parts.forEach((p, i) => {
    const f = toFrag(p);
    text += f.text + (strings[i + 1] ?? '');
    expected.push(...f.expected);
  });
  return { text, expected };
}

function joinF(parts: readonly Part[], sep: string): Frag {
  const out: Frag = { text: '', expected: [] };
  parts.forEach((p, i) => {
    const f = toFrag(p);
    out.text += (i ? sep : '') + f.text;
    out.expected.push(...f.expected);
  });
  return out;
}

const lab = (kind: IdentifierKind, text: string): Frag => ({ text, expected: [{ kind, text }] });
const N = (s: string): Frag => lab('NAME', s);
const L = (s: string): Frag => lab('LOCATION', s);
const D = (s: string): Frag => lab('DATE', s);
const A = (s: string): Frag => lab('AGE', s);

function mapF(f: Frag, fn: (s: string) => string): Frag {
  return { text: fn(f.text), expected: f.expected.map((e) => ({ kind: e.kind, text: fn(e.text) })) };
}
const lowerF = (f: Frag): Frag => mapF(f, (s) => s.toLowerCase());
const upperF = (f: Frag): Frag => mapF(f, (s) => s.toUpperCase());

// ---------------------------------------------------------------------------------------------
// Checksums

function luhnCheckDigit(payload: string): number {
  let sum = 0;
  let double = true; // the check digit will sit to the right, so the rightmost payload digit doubles
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = Number(payload[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = (bban + country + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return String(98 - mod97(rearranged)).padStart(2, '0');
}

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinValue(ch: string): number {
  if (/\d/.test(ch)) return Number(ch);
  return 'ABCDEFGH'.includes(ch)
    ? 'ABCDEFGH'.indexOf(ch) + 1
    : 'JKLMN'.includes(ch)
      ? 'JKLMN'.indexOf(ch) + 1
      : ch === 'P'
        ? 7
        : ch === 'R'
          ? 9
          : 'STUVWXYZ'.indexOf(ch) + 2;
}
function vinCheck(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += vinValue(vin[i] ?? '0') * (VIN_WEIGHTS[i] ?? 0);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

// ---------------------------------------------------------------------------------------------
// Locales and names

type Sex = 'female' | 'male';
type Family = TemplateFamily;

interface LocaleSpec {
  id: string;
  def?: LocaleDefinition;
  /** Hand lists for locales faker lacks in a Latin script. */
  given?: { female: readonly string[]; male: readonly string[] };
  surnames?: readonly string[];
  cjk?: boolean;
  familyFirst?: boolean;
  weight: number;
}

const TUNING_LOCALES: LocaleSpec[] = [
  { id: 'en_US', def: en_US, weight: 6 },
  { id: 'en_GB', def: en_GB, weight: 3 },
  { id: 'en_IN', def: en_IN, weight: 2 },
  { id: 'en_NG', def: en_NG, weight: 2 },
  { id: 'fr', def: fr, weight: 2 },
  { id: 'es', def: es, weight: 2 },
  { id: 'es_MX', def: es_MX, weight: 2 },
  { id: 'de', def: de, weight: 2 },
  { id: 'it', def: it, weight: 1 },
  { id: 'pt_BR', def: pt_BR, weight: 2 },
  { id: 'vi', def: vi, familyFirst: true, weight: 2 },
  { id: 'zh_CN', def: zh_CN, cjk: true, familyFirst: true, weight: 1 },
  {
    id: 'zh_latn',
    familyFirst: true,
    weight: 1,
    given: {
      female: ['Xiaoming', 'Fang', 'Na', 'Jing', 'Ying', 'Xin', 'Jiahui', 'Meiling', 'Yuxin', 'Lihua'],
      male: ['Wei', 'Lei', 'Jun', 'Hao', 'Yifan', 'Mingyu', 'Haoran', 'Zihao', 'Jianguo', 'Tao'],
    },
    surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Guo', 'Lin', 'Luo'],
  },
  { id: 'hu', def: hu, familyFirst: true, weight: 1 },
  { id: 'pl', def: pl, weight: 1 },
  { id: 'tr', def: tr, weight: 1 },
  { id: 'nl', def: nl, weight: 1 },
  { id: 'af_ZA', def: af_ZA, weight: 1 },
  { id: 'zu_ZA', def: zu_ZA, weight: 1 },
  { id: 'cs_CZ', def: cs_CZ, weight: 1 },
  { id: 'sv', def: sv, weight: 1 },
  { id: 'fi', def: fi, weight: 1 },
  { id: 'ro', def: ro, weight: 1 },
  { id: 'id_ID', def: id_ID, weight: 1 },
];

/** Name locales used by the heldout families only. */
const HELDOUT_LOCALES: LocaleSpec[] = [
  { id: 'en_US', def: en_US, weight: 5 },
  { id: 'yo_NG', def: yo_NG, weight: 2 },
  { id: 'en_GH', def: en_GH, weight: 2 },
  { id: 'fr_SN', def: fr_SN, weight: 2 },
  { id: 'ko', def: ko, cjk: true, familyFirst: true, weight: 1 },
  { id: 'ja', def: ja, cjk: true, familyFirst: true, weight: 1 },
  { id: 'uz_UZ_latin', def: uz_UZ_latin, weight: 1 },
  { id: 'lv', def: lv, weight: 1 },
  { id: 'hr', def: hr, weight: 1 },
  { id: 'sr_RS_latin', def: sr_RS_latin, weight: 1 },
  { id: 'sk', def: sk, weight: 1 },
  { id: 'da', def: da, weight: 1 },
  { id: 'nb_NO', def: nb_NO, weight: 1 },
  { id: 'pt_PT', def: pt_PT, weight: 1 },
  { id: 'sl_SI', def: sl_SI, weight: 1 },
  { id: 'ku_kmr_latin', def: ku_kmr_latin, weight: 1 },
  { id: 'de_CH', def: de_CH, weight: 1 },
  { id: 'nl_BE', def: nl_BE, weight: 1 },
  { id: 'en_ZA', def: en_ZA, weight: 1 },
  { id: 'az', def: az, weight: 1 },
  {
    id: 'ar_latn',
    weight: 2,
    given: {
      female: ['Fatima', 'Layla', 'Noura', 'Mariam', 'Huda', 'Rania', 'Samira', 'Amal', 'Yasmin', 'Hodan'],
      male: ['Omar', 'Youssef', 'Khalid', 'Hamza', 'Tariq', 'Bilal', 'Mustafa', 'Idris', 'Faisal', 'Abdirahman'],
    },
    surnames: ['al-Rashid', 'El-Sayed', 'Haddad', 'Mansour', 'Abu-Zaid', 'Al Farsi', 'Nasser', 'Warsame', 'Hassan', 'Qureshi'],
  },
];

/** Locales whose name data the generator draws on (for reports). */
export const generatorLocales: { tuning: string[]; heldout: string[]; heldoutOnly: string[] } = {
  tuning: TUNING_LOCALES.map((l) => l.id),
  heldout: HELDOUT_LOCALES.map((l) => l.id),
  heldoutOnly: HELDOUT_LOCALES.map((l) => l.id).filter((id) => !TUNING_LOCALES.some((l) => l.id === id)),
};

const VIRTUE_NAMES: Record<Family, { female: string[]; male: string[] }> = {
  tuning: {
    female: ['Grace', 'Patience', 'Blessing', 'Precious', 'Lily', 'Iris', 'Faith', 'Hope', 'Rose', 'Joy', 'Mercy', 'Daisy', 'Ivy', 'Hazel', 'Violet', 'Charity'],
    male: ['Blessing', 'Precious', 'Justice', 'Sunday', 'Lucky', 'Godswill'],
  },
  heldout: {
    female: ['Comfort', 'Favour', 'Goodness', 'Peace', 'Memory', 'Loveness', 'Prudence', 'Felicity', 'Constance', 'Pearl', 'Dawn', 'Summer', 'Autumn', 'Destiny', 'Honour', 'Testimony', 'Happiness', 'Marvellous'],
    male: ['Gift', 'Innocent', 'Godswill', 'Goodluck', 'Praise', 'Wisdom', 'Clever', 'Sunday', 'Precious'],
  },
};

const WORD_SURNAMES: Record<Family, string[]> = {
  tuning: ['Baker', 'Cook', 'Young', 'Little', 'Rich', 'Brown', 'Black', 'White', 'Green', 'King', 'Hill', 'Wood', 'Rice', 'Stone', 'Frost', 'Snow'],
  heldout: ['Love', 'Moody', 'Sharp', 'March', 'Winter', 'Church', 'Fox', 'Bird', 'Price', 'Long', 'Hope', 'Street', 'Booth', 'Pope', 'Bush', 'Wise'],
};

const PARTICLE_SURNAMES: Record<Family, string[]> = {
  tuning: ['de la Cruz', 'van der Berg', 'van den Broek', 'de Souza', 'da Silva', 'dos Santos', 'von Stein', 'di Marco', 'del Toro', 'du Plessis', 'ter Horst', 'de Jong', 'Van Dyke', 'De Luca', "O'Brien", "D'Angelo", 'García Márquez', 'López de Haro'],
  heldout: ['de los Ríos', "van 't Hof", 'bin Abdullah', 'al-Hashimi', 'zu Waldeck', 'della Rovere', 'Ní Bhriain', 'Mac Giolla Phádraig', 'ap Rhys', 'dela Peña', 'de Oliveira e Silva', 'van Wyk', 'le Roux', "N'Diaye", 'Fernández de Córdoba', 'McAllister-Nwosu'],
};

const NICKNAMES = ['Bobby', 'Tommy', 'Bea', 'Kiki', 'Lulu', 'Junior', 'Sonny', 'Mo', 'Dee', 'Tiny', 'Chuy', 'Pepe', 'Nana', 'Bubba', 'Cookie', 'Red', 'Skip', 'Pooja', 'Titi', 'Lolo'];

interface Person {
  given: string;
  family: string;
  full: string;
  sex: Sex;
  cjk: boolean;
  familyFirst: boolean;
  latin: boolean;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[əƏ]/g, 'e')
    .replace(/[ɛƐ]/g, 'e')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Distractor pools (nothing here is an identifier)

const DRUGS = ['Metformin', 'Lisinopril', 'Eliquis', 'Xarelto', 'Ozempic', 'Atorvastatin', 'Lasix', 'Furosemide', 'Keppra', 'Synthroid', 'Levothyroxine', 'Seroquel', 'Zoloft', 'Sertraline', 'Humira', 'Warfarin', 'Coumadin', 'Amoxicillin', 'Prednisone', 'Gabapentin', 'Tylenol', 'Paracetamol', 'Advil', 'Plavix', 'Januvia', 'Lantus', 'Entresto', 'Jardiance', 'Donepezil', 'Aricept', 'Sinemet', 'Levodopa', 'Omeprazole', 'Ventolin', 'Symbicort', 'Amlodipine', 'Bisoprolol', 'Ramipril', 'Tramadol', 'Haloperidol', 'Lorazepam', 'Mirtazapine', 'Memantine', 'Keytruda', 'Tamoxifen', 'Depakote', 'Lamictal', 'Allegra', 'Ella', 'Lyrica', 'Brilinta', 'Farxiga', 'Valium', 'Ambien', 'Mounjaro', 'Trulicity', 'Flomax', 'Allopurinol', 'Digoxin', 'Amiodarone', 'Clexane', 'Apixaban', 'Clopidogrel'];
const DOSES = ['10 mg daily', '500 mg BD', '1/2 tab at night', '2 puffs PRN', '20 units at bedtime', '5 mL tds', '0.5 mg', '40 mg nocte', '75 mcg', '1 g IV q8h', '2.5 mg twice daily', '100 mg OD'];
const EPONYMS = ["Parkinson's disease", "Bell's palsy", "Crohn's disease", "Alzheimer's disease", "Alzheimer's", "Hashimoto's thyroiditis", "Graves' disease", "Addison's disease", "Cushing's syndrome", "Huntington's disease", "Raynaud's phenomenon", "Sjögren's syndrome", 'Guillain-Barré syndrome', 'Hodgkin lymphoma', 'Kaposi sarcoma', "Wilson's disease", "Ménière's disease", "Paget's disease of bone", "Barrett's oesophagus", "Dupuytren's contracture", "a Baker's cyst", "Lou Gehrig's disease", 'Tourette syndrome', 'Down syndrome', "Crohn's", "Parkinson's", 'Marfan syndrome', 'Ehlers-Danlos syndrome', 'Stevens-Johnson syndrome', 'Korsakoff syndrome'];
const EXAM_EPONYMS = ["a positive Murphy's sign", 'an upgoing Babinski', 'a Foley catheter', 'the Epley manoeuvre', 'a Whipple procedure', "a Colles' fracture", 'an Achilles tendon rupture', "negative Kernig's sign", 'a Trendelenburg gait', 'Glasgow Coma Scale 14'];
const EPONYM_SURNAMES: Array<{ surname: string; disease: string }> = [
  { surname: 'Parkinson', disease: "Parkinson's disease" },
  { surname: 'Bell', disease: "Bell's palsy" },
  { surname: 'Graves', disease: "Graves' disease" },
  { surname: 'Addison', disease: "Addison's disease" },
  { surname: 'Wilson', disease: "Wilson's disease" },
  { surname: 'Hodgkin', disease: 'Hodgkin lymphoma' },
  { surname: 'Cushing', disease: "Cushing's syndrome" },
  { surname: 'Paget', disease: "Paget's disease" },
  { surname: 'Barrett', disease: "Barrett's oesophagus" },
  { surname: 'Baker', disease: "a Baker's cyst" },
  { surname: 'Huntington', disease: "Huntington's disease" },
  { surname: 'Turner', disease: 'Turner syndrome' },
  { surname: 'Hashimoto', disease: "Hashimoto's thyroiditis" },
  { surname: 'Kawasaki', disease: 'Kawasaki disease' },
  { surname: 'Crohn', disease: "Crohn's disease" },
];
const PROGRAMMES = ['the Family and Medical Leave Act', 'Meals on Wheels', 'Medicare Part D', 'Medicaid', 'Social Security Disability Insurance', 'the Americans with Disabilities Act', 'Universal Credit', 'Personal Independence Payment', 'the Blue Badge scheme', 'Section 8 housing', 'WIC', 'SNAP', 'COBRA', 'Title VII', 'the Mental Capacity Act 2005', 'Deprivation of Liberty Safeguards', "Carer's Allowance", 'the Affordable Care Act', "Workers' Compensation", 'Alcoholics Anonymous', 'Habitat for Humanity', 'Head Start', 'Attendance Allowance', 'Pension Credit'];
const LABS = ['Hb 11.2', 'BP 142/88', 'HR 96', 'INR 2.4', 'eGFR 54', 'HbA1c 7.9%', 'Na 131', 'K 5.6', 'WBC 14.2', 'CRP 48', 'SpO2 94%', 'T 38.2', 'BMI 31.4', 'TSH 6.1', 'troponin 0.04', 'MMSE 24/30', 'pain 7/10', 'FEV1 1.8 L', 'creatinine 142', 'PSA 4.1', 'glucose 9.8 mmol/L', 'platelets 98', 'BNP 1240', 'RR 22', 'BP 98/60', 'Hb 9.1', 'lactate 2.1'];
const CONDITIONS = ['CHF', 'AF', 'COPD', 'T2DM', 'CKD stage 3', 'HTN', 'dementia', 'UTI', 'cellulitis', 'NSTEMI', 'CAP', 'DVT', 'a NOF fracture', 'delirium', 'falls', 'sepsis ?source'];
const HOSPITALS = ["St. Jude's Hospital", 'Mercy General', 'Good Samaritan Hospital', 'the Royal Infirmary', "St Thomas' Hospital", 'Sacred Heart Medical Center', "Children's Hospital", 'the Mayo Clinic', 'Johns Hopkins', 'Kaiser Permanente', 'Mount Sinai', "St. Luke's"];
const COMPANIES = ['Northwind Logistics', 'Acme Staffing', 'Bluebird Home Care', 'Contoso Ltd', 'Globex Insurance', 'Initech', 'Wayne Freight', 'Harbor Mutual', 'Pinecrest Senior Living', 'Walgreens', 'Tesco', 'Amazon', 'Brightline Dental', 'Summit Roofing LLC'];
const COURTS = ['the Superior Court', 'the Court of Appeal', 'the Employment Tribunal', 'the Family Court', 'the District Court', 'the Immigration Court', 'the County Court', 'Small Claims'];
const CREDENTIALS = ['MD', 'DO', 'MBBS', 'FRCP', 'NP', 'PA-C', 'RN', 'LCSW', 'PhD', 'Esq.', 'MRCGP', 'DPM'];
const SMALL_MISC = ['Room 412', 'bed 12', 'Ward 7B', 'Section 504', 'section 12(b)', 'clause 4.2', 'version 2.4.1', 'ICD-10 I50.9', 'CPT 99214', 'page 3 of 12', 'Form I-9', 'Form W-2', 'exhibit 14', 'Q3 2024', 'a Phase 2 trial', 'Stage 3', 'Grade 2', 'COVID-19', 'Level 4', 'Bay 6', 'Rule 26(b)', 'Form WH-380-E'];
const TIMES = ['at 14:30', 'at 9 am', 'for 3 weeks', 'x3 days', 'twice a week', 'every 6 hours', 'in 2019', 'since 2008', 'in the 1990s', 'for 45 minutes', 'over 2 years', '4 of 5 days', 'at 07:45', 'by 5pm', 'for 10 days'];
const TIMES_OF_DAY = ['at 14:30', 'at 9 am', 'at 07:45', 'at 10:15', 'at 3pm', 'at 16:40', 'first thing'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const US_STATES = ['WA', 'OR', 'CA', 'TX', 'NY', 'IL', 'MA', 'GA', 'AZ', 'CO', 'MN', 'OH', 'NC', 'FL', 'PA', 'MI', 'NJ', 'VA'];
const US_AREA = ['206', '253', '360', '425', '503', '971', '212', '312', '415', '617', '713', '305', '404', '602', '720', '919', '614', '612', '702', '801'];
const US_STREET_STEMS = ['Maple', 'Oak', 'Cedar', 'Elm', 'Pine', 'Lake', 'Hill', 'Main', 'Park', 'Division', 'Fremont', 'Alder', 'Birch', 'Juniper', 'Sunset', 'Cascade', 'Madison', 'Jefferson', 'Lincoln', 'Ridge', 'Willow', 'Orchard', 'Mill', 'River', 'Chestnut', 'Magnolia', 'Dogwood', 'Aspen', 'Crescent', 'Harbor'];
const US_STREET_TYPES = ['Street', 'St', 'St.', 'Avenue', 'Ave', 'Ave.', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Way', 'Place', 'Pl', 'Terrace', 'Circle', 'Parkway'];
const US_DIRS = ['NE', 'NW', 'SE', 'SW', 'N', 'S', 'E', 'W'];
const US_COUNTIES = ['KING', 'PIERCE', 'COOK', 'MULTNOMAH', 'MARICOPA', 'HARRIS', 'FULTON', 'WAYNE', 'ORANGE', 'SPOKANE', 'SNOHOMISH', 'DALLAS', 'SUFFOLK', 'HENNEPIN', 'CLARK', 'FRANKLIN'];
const UK_CITIES = ['Leeds', 'Bristol', 'Sheffield', 'Norwich', 'Leicester', 'Cardiff', 'Glasgow', 'Derby', 'Exeter', 'Hull', 'York', 'Brighton', 'Coventry', 'Stockport', 'Swansea', 'Bradford', 'Ipswich', 'Reading', 'Luton', 'Dundee'];
const CA_CITIES: Array<[string, string]> = [['Ottawa', 'ON'], ['Toronto', 'ON'], ['Hamilton', 'ON'], ['Winnipeg', 'MB'], ['Halifax', 'NS'], ['Saskatoon', 'SK'], ['Kelowna', 'BC'], ['Victoria', 'BC'], ['Calgary', 'AB'], ['Laval', 'QC'], ['Moncton', 'NB']];
const CA_STREETS = ['Bank Street', 'Queen St W', 'rue Sainte-Catherine', 'Elgin Street', 'Portage Avenue', 'Spring Garden Road', 'Jasper Ave', 'Bloor Street East', 'Robson St', 'Main Street'];
const AU_SUBURBS: Array<[string, string]> = [['Fitzroy', 'VIC'], ['Newtown', 'NSW'], ['Parramatta', 'NSW'], ['Fremantle', 'WA'], ['Toowong', 'QLD'], ['Glenelg', 'SA'], ['Sandy Bay', 'TAS'], ['Brunswick', 'VIC'], ['Bondi', 'NSW'], ['Cairns', 'QLD']];
const AU_STREETS = ['Smith Street', 'Brunswick St', 'King Street', 'Gouger St', 'Oxford Street', 'Sturt Road', 'Beach Rd', 'Kent Street', 'Wattle Avenue', 'Banksia Cres'];
const IE_CITIES = ['Galway', 'Cork', 'Limerick', 'Sligo', 'Kilkenny', 'Tralee', 'Athlone', 'Dundalk'];
const ES_STREETS = ['Calle Mayor', 'Calle Real', 'Calle de Alcalá', 'Calle del Carmen', 'Avenida de la Constitución', 'Avda. de América', 'Paseo de Gracia', 'C/ San Vicente', 'Calle Nueva', 'Plaza del Sol', 'Calle de Cervantes', 'Avenida de la Paz', 'C/ Santa Ana', 'Gran Vía'];
const ES_FLOORS = ['2º B', '3º izda.', '1º A', 'bajo', '4º dcha.', '5º C', '2.º 1.ª'];
const FR_STREETS = ['rue des Lilas', 'rue de la République', 'avenue Victor Hugo', 'boulevard Voltaire', 'impasse des Roses', 'allée des Tilleuls', 'rue du Moulin', 'place de la Mairie', 'chemin des Vignes', 'quai de la Loire'];
const BR_STREETS = ['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Rua XV de Novembro', 'Avenida Brasil', 'Rua da Consolação', 'Travessa do Carmo', 'Rua Oscar Freire'];
const BR_CITIES = ['São Paulo', 'Campinas', 'Curitiba', 'Recife', 'Salvador', 'Porto Alegre', 'Belo Horizonte', 'Fortaleza', 'Niterói'];
const IN_CITIES = ['Bengaluru', 'Pune', 'Chennai', 'Hyderabad', 'Kochi', 'Jaipur', 'Lucknow', 'Indore', 'Mysuru', 'Nagpur'];
const NG_CITIES = ['Lagos', 'Ibadan', 'Abeokuta', 'Enugu', 'Kano', 'Port Harcourt', 'Owerri', 'Ilorin'];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'clinic.example.org', 'example.co.uk', 'post.example.de', 'lawfirm.example', 'inbox.example.net'];

// ---------------------------------------------------------------------------------------------
// The per-sentence context: every generator of names, places and numbers

type Region = 'us' | 'uk' | 'ca' | 'fr' | 'es' | 'de' | 'au' | 'nl' | 'it' | 'br' | 'ie';

interface Addr {
  street: Frag;
  city: Frag;
  zip: Frag;
  /** The address on one line in the local order, every part labelled. */
  line: Frag;
  region: Region;
}

type DateKind = 'dob' | 'event' | 'old' | 'child';

type NameForm = 'full' | 'title' | 'titleFull' | 'given' | 'initial' | 'middle' | 'comma' | 'upper' | 'nick' | 'lower';

const SPELLED_TENS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spellAge(n: number, rng: Rng): string {
  if (n < 100) return n === 90 ? 'ninety' : `ninety-${SPELLED_TENS[n - 90] ?? ''}`;
  if (n === 100) return rng.pick(['one hundred', 'a hundred']);
  const rest = n - 100;
  return `one hundred and ${rest < 10 ? SPELLED_TENS[rest] : 'ten'}`;
}
function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

class Ctx {
  readonly r: Rng;
  readonly family: Family;
  private readonly fakers: Map<string, Faker>;
  private readonly fakerSeed: number;

  constructor(r: Rng, family: Family, fakers: Map<string, Faker>, fakerSeed: number) {
    this.r = r;
    this.family = family;
    this.fakers = fakers;
    this.fakerSeed = fakerSeed;
  }

  pick<T>(items: readonly T[]): T {
    return this.r.pick(items);
  }

  faker(spec: { id: string; def?: LocaleDefinition }): Faker {
    let f = this.fakers.get(spec.id);
    if (!f) {
      f = new Faker({ locale: spec.def ? [spec.def, en, base] : [en, base] });
      f.seed((this.fakerSeed ^ hashString(spec.id)) >>> 0);
      this.fakers.set(spec.id, f);
    }
    return f;
  }

  private fakerFor(def: LocaleDefinition, id: string): Faker {
    return this.faker({ id, def });
  }

  // --- names ---------------------------------------------------------------------------------

  person(opts: { sex?: Sex; latin?: boolean; plain?: boolean; locale?: string } = {}): Person {
    const pool = (this.family === 'tuning' ? TUNING_LOCALES : HELDOUT_LOCALES).filter(
      (l) => (!opts.latin || !l.cjk) && (!opts.locale || l.id === opts.locale),
    );
    const total = pool.reduce((s, l) => s + l.weight, 0);
    let roll = this.r.float() * total;
    let spec = pool[0];
    for (const l of pool) {
      roll -= l.weight;
      if (roll < 0) {
        spec = l;
        break;
      }
    }
    if (!spec) throw new Error('no locale');
    const sex: Sex = opts.sex ?? (this.r.chance(0.55) ? 'female' : 'male');
    let given: string;
    let family: string;
    if (spec.given && spec.surnames) {
      given = this.pick(spec.given[sex]);
      family = this.pick(spec.surnames);
    } else {
      const f = this.faker(spec);
      given = f.person.firstName(sex);
      family = f.person.lastName(sex);
    }
    given = given.trim();
    family = family.trim();
    if (spec.id === 'vi' && this.r.chance(0.5)) {
      given = stripMarks(given);
      family = stripMarks(family);
    }
    const cjk = Boolean(spec.cjk);
    const familyFirst = Boolean(spec.familyFirst);
    if (!cjk && !familyFirst && !opts.plain) {
      const roll2 = this.r.float();
      const v = VIRTUE_NAMES[this.family];
      if (roll2 < 0.09) given = this.pick(v[sex]);
      else if (roll2 < 0.16) family = this.pick(PARTICLE_SURNAMES[this.family]);
      else if (roll2 < 0.21 && spec.def) family = `${family}-${this.faker(spec).person.lastName(sex).trim()}`;
      else if (roll2 < 0.27) family = this.pick(WORD_SURNAMES[this.family]);
    }
    const sep = cjk ? (spec.id === 'ja' && this.r.chance(0.3) ? ' ' : '') : ' ';
    const full = familyFirst ? `${family}${sep}${given}` : `${given} ${family}`;
    return { given, family, full, sex, cjk, familyFirst, latin: !cjk };
  }

  title(p: Person, doctor = false): string {
    if (doctor) return this.pick(['Dr.', 'Dr.', 'Dr', 'Dr.', 'Prof.']);
    if (p.sex === 'female') return this.pick(['Mrs.', 'Ms.', 'Ms', 'Mrs', 'Miss', 'Ms.']);
    return this.pick(['Mr.', 'Mr.', 'Mr']);
  }

  /** A reference to a person in one of many written forms; the NAME label is the name only. */
  name(p: Person, form: NameForm = 'full', doctor = false): Frag {
    if (p.cjk && form !== 'full' && form !== 'given') form = 'full';
    if (p.familyFirst && !p.cjk && (form === 'initial' || form === 'middle' || form === 'nick')) form = 'full';
    switch (form) {
      case 'full':
        return N(p.full);
      case 'title':
        return t`${this.title(p, doctor)} ${N(p.family)}`;
      case 'titleFull':
        return t`${this.title(p, doctor)} ${N(p.full)}`;
      case 'given':
        return N(p.given);
      case 'initial':
        return N(`${[...p.given][0] ?? ''}. ${p.family}`);
      case 'middle':
        return N(`${p.given} ${this.r.chars(1, 'ABCDEFGHJKLMNPRSTW')}. ${p.family}`);
      case 'comma':
        return N(`${p.family}, ${p.given}`);
      case 'upper':
        return N(p.full.toUpperCase());
      case 'nick':
        return N(`${p.given} "${this.pick(NICKNAMES)}" ${p.family}`);
      case 'lower':
        return N(p.full.toLowerCase());
    }
  }

  /** A person's name in a random (sentence-appropriate) form. */
  anyName(p: Person, doctor = false): Frag {
    const form = this.pick<NameForm>(['full', 'full', 'full', 'titleFull', 'title', 'middle', 'initial', 'nick']);
    return this.name(p, form, doctor);
  }

  doctor(): { p: Person; ref: Frag; signed: Frag } {
    const p = this.person();
    const ref = this.name(p, this.pick<NameForm>(['title', 'title', 'titleFull']), true);
    const signed = p.cjk
      ? N(p.full)
      : this.r.chance(0.5)
        ? t`${N(p.full)}, ${this.pick(CREDENTIALS)}`
        : t`Dr ${N(p.full)}`;
    return { p, ref, signed };
  }

  // --- places ---------------------------------------------------------------------------------

  region(): Region {
    if (this.family === 'tuning') return this.pick<Region>(['us', 'us', 'us', 'us', 'uk', 'uk', 'ca', 'fr', 'es', 'de']);
    return this.pick<Region>(['us', 'us', 'us', 'uk', 'au', 'nl', 'it', 'br', 'ie']);
  }

  /** A city from the locale's list of real cities most of the time, else one of faker's invented towns. */
  realCity(id: string, def: LocaleDefinition): string {
    const f = this.faker({ id, def });
    const list = def.location?.city_name;
    return list && list.length && this.r.chance(0.8) ? f.helpers.arrayElement(list) : f.location.city();
  }

  usCity(): string {
    return this.realCity('en', en);
  }

  usZip(): string {
    const z = this.r.pad(this.r.int(1001, 99950), 5);
    return this.r.chance(0.12) ? `${z}-${this.r.digits(4)}` : z;
  }

  ukPostcode(): string {
    const L1 = 'ABCDEFGHJKLMNOPRSTUWYZ';
    const L2 = 'ABCDEFGHKLMNOPQRSTUVWXY';
    const inward = `${this.r.int(0, 9)}${this.r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
    const outward = this.pick([
      () => `${this.r.chars(1, L1)}${this.r.int(1, 9)}`,
      () => `${this.r.chars(1, L1)}${this.r.int(10, 99)}`,
      () => `${this.r.chars(1, L1)}${this.r.chars(1, L2)}${this.r.int(1, 9)}`,
      () => `${this.r.chars(1, L1)}${this.r.chars(1, L2)}${this.r.int(10, 29)}`,
      () => `${this.r.chars(1, L1)}${this.r.chars(1, L2)}${this.r.int(1, 9)}${this.r.chars(1, 'ABEHMNPRVWXY')}`,
    ])();
    return `${outward} ${inward}`;
  }

  caPostcode(): string {
    const first = 'ABCEGHJKLMNPRSTVXY';
    const rest = 'ABCEGHJKLMNPRSTVWXYZ';
    return `${this.r.chars(1, first)}${this.r.int(0, 9)}${this.r.chars(1, rest)} ${this.r.int(0, 9)}${this.r.chars(1, rest)}${this.r.int(0, 9)}`;
  }

  usStreet(): string {
    const num = this.pick([() => this.r.int(1, 99), () => this.r.int(100, 999), () => this.r.int(1000, 9999), () => this.r.int(10000, 24999)])();
    const stem = this.r.chance(0.25)
      ? ordinal(this.r.int(2, 148))
      : this.r.chance(0.3)
        ? this.faker({ id: 'en_US', def: en_US }).person.lastName()
        : this.pick(US_STREET_STEMS);
    const dir = this.r.chance(0.2) ? `${this.pick(US_DIRS)} ` : '';
    const unit = this.r.chance(0.4)
      ? this.pick([`, Apt ${this.r.int(1, 40)}${this.r.chars(1, 'ABCDEF')}`, ` Apt. ${this.r.int(1, 900)}`, ` #${this.r.int(1, 412)}`, `, Unit ${this.r.int(1, 60)}`, `, Suite ${this.r.int(100, 950)}`, ` Ste ${this.r.int(1, 30)}`, `, Lot ${this.r.int(1, 80)}`])
      : '';
    return `${num} ${dir}${stem} ${this.pick(US_STREET_TYPES)}${unit}`;
  }

  address(region: Region = this.region()): Addr {
    const r = this.r;
    switch (region) {
      case 'us': {
        const street = L(this.usStreet());
        const city = L(this.usCity());
        const zip = L(this.usZip());
        return { street, city, zip, region, line: t`${street}, ${city}, ${this.pick(US_STATES)} ${zip}` };
      }
      case 'uk': {
        const base = this.faker({ id: 'en_GB', def: en_GB }).location.street();
        const num = r.int(1, 240);
        const s = r.chance(0.4)
          ? `${this.pick(['Flat', 'Flat', 'Apartment'])} ${r.int(1, 30)}${r.chance(0.2) ? r.chars(1, 'ABC') : ''}, ${num} ${base}`
          : `${num} ${base}`;
        const street = L(s);
        const city = L(this.pick(UK_CITIES));
        const zip = L(this.ukPostcode());
        return { street, city, zip, region, line: r.chance(0.5) ? t`${street}, ${city} ${zip}` : t`${street}, ${city}, ${zip}` };
      }
      case 'ca': {
        const [c, prov] = this.pick(CA_CITIES);
        const s = `${r.chance(0.3) ? `${r.int(1, 2400)}-` : ''}${r.int(10, 4999)} ${this.pick(CA_STREETS)}`;
        const street = L(s);
        const city = L(c);
        const zip = L(this.caPostcode());
        return { street, city, zip, region, line: t`${street}, ${city}, ${prov} ${zip}` };
      }
      case 'fr': {
        const s = `${r.int(1, 140)}${r.chance(0.15) ? ' bis' : ''}${r.chance(0.15) ? ',' : ''} ${r.chance(0.7) ? this.pick(FR_STREETS) : this.fakerFor(fr, 'fr').location.street()}`;
        const street = L(s);
        const city = L(this.realCity('fr', fr));
        const zip = L(`${r.pad(r.int(1, 95), 2)}${r.pad(r.int(0, 999), 3)}`);
        return { street, city, zip, region, line: t`${street}, ${zip} ${city}` };
      }
      case 'es': {
        const s = `${this.pick(ES_STREETS)}${r.chance(0.3) ? ',' : ''} ${r.int(1, 180)}${r.chance(0.6) ? `, ${this.pick(ES_FLOORS)}` : ''}`;
        const street = L(s);
        const city = L(this.realCity('es', es));
        const zip = L(`${r.pad(r.int(1, 52), 2)}${r.pad(r.int(0, 999), 3)}`);
        return { street, city, zip, region, line: t`${street}, ${zip} ${city}` };
      }
      case 'de': {
        const stem = this.fakerFor(de, 'de').location.street();
        const s = `${r.chance(0.35) ? this.pick(['Hauptstraße', 'Bahnhofstraße', 'Schillerstr.', 'Am Markt', 'Lindenweg', 'Goethestraße', 'Kirchgasse']) : stem} ${r.int(1, 160)}${r.chance(0.2) ? r.chars(1, 'abc') : ''}`;
        const street = L(s);
        const city = L(this.realCity('de', de));
        const zip = L(r.pad(r.int(1067, 99998), 5));
        return { street, city, zip, region, line: t`${street}, ${zip} ${city}` };
      }
      case 'au': {
        const [sub, st] = this.pick(AU_SUBURBS);
        const s = r.chance(0.5) ? `Unit ${r.int(1, 30)}/${r.int(1, 300)} ${this.pick(AU_STREETS)}` : r.chance(0.5) ? `${r.int(1, 30)}/${r.int(1, 300)} ${this.pick(AU_STREETS)}` : `${r.int(1, 300)} ${this.pick(AU_STREETS)}`;
        const street = L(s);
        const city = L(sub);
        const zip = L(String(r.int(2000, 7999)));
        return { street, city, zip, region, line: t`${street}, ${city} ${st} ${zip}` };
      }
      case 'nl': {
        const stem = this.faker({ id: 'nl_BE', def: nl_BE }).location.street();
        const street = L(`${stem} ${r.int(1, 300)}${r.chance(0.2) ? '-II' : ''}`);
        const city = L(this.pick(['Utrecht', 'Groningen', 'Zwolle', 'Haarlem', 'Leiden', 'Eindhoven', 'Nijmegen', 'Delft']));
        const zip = L(`${r.int(1000, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRTVWXZ')}`);
        return { street, city, zip, region, line: t`${street}, ${zip} ${city}` };
      }
      case 'it': {
        const street = L(`${this.pick(['Via', 'Via', 'Viale', 'Corso', 'Piazza'])} ${this.pick(['Roma', 'Garibaldi', 'Mazzini', 'dei Mille', 'Cavour', 'XX Settembre', 'San Francesco', 'della Repubblica'])}, ${r.int(1, 120)}`);
        const city = L(this.pick(['Torino', 'Bologna', 'Verona', 'Padova', 'Bari', 'Lecce', 'Trieste', 'Parma']));
        const zip = L(r.pad(r.int(10010, 98168), 5));
        return { street, city, zip, region, line: t`${street}, ${zip} ${city}` };
      }
      case 'br': {
        const street = L(`${this.pick(BR_STREETS)}, ${r.int(10, 2400)}${r.chance(0.5) ? `, apto ${r.int(11, 184)}` : ''}`);
        const city = L(this.pick(BR_CITIES));
        const zip = L(`${r.pad(r.int(1000, 99999), 5)}-${r.pad(r.int(0, 999), 3)}`);
        return { street, city, zip, region, line: t`${street}, ${city}, CEP ${zip}` };
      }
      case 'ie': {
        const street = L(`${r.int(1, 90)} ${this.pick(['Seaview Terrace', 'Church Road', 'Ashgrove Park', "Bishop's Lane", 'Mill Street', 'Oakfield Drive'])}`);
        const city = L(this.pick(IE_CITIES));
        const zip = L(`${r.chars(1, 'ACDEFHKNPRTVWXY')}${r.int(10, 99)} ${r.chars(1, 'ACDEFHKNPRTVWXY')}${r.int(1, 9)}${r.chars(1, 'ACDEFHKNPRTVWXY')}${r.int(1, 9)}`);
        return { street, city, zip, region, line: t`${street}, ${city}, ${zip}` };
      }
    }
  }

  city(): Frag {
    const region = this.region();
    if (region === 'us') return L(this.usCity());
    return this.address(region).city;
  }

  county(upper = this.r.chance(0.5)): Frag {
    const c = this.pick(US_COUNTIES);
    return L(upper ? `${c} COUNTY` : `${cap(c.toLowerCase())} County`);
  }

  // --- dates and ages -------------------------------------------------------------------------

  ymd(kind: DateKind): { y: number; m: number; d: number; wd: number } {
    const [lo, hi] = kind === 'dob' ? [1931, 2019] : kind === 'old' ? [1918, 1935] : kind === 'child' ? [2008, 2021] : [2016, 2026];
    const y = this.r.int(lo, hi);
    const m = this.r.int(1, 12);
    const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const d = this.r.int(1, dim);
    return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
  }

  /** A date in one of many written forms (the whole date is the label). */
  date(kind: DateKind = 'event', style?: number): Frag {
    const { y, m, d } = this.ymd(kind);
    const mm = this.r.pad(m, 2);
    const dd = this.r.pad(d, 2);
    const month = MONTHS[m - 1] ?? 'May';
    const mon = MON[m - 1] ?? 'May';
    const yy = String(y).slice(2);
    const forms = [
      `${mm}/${dd}/${y}`,
      `${m}/${d}/${y}`,
      `${m}/${d}/${yy}`,
      `${dd}/${mm}/${y}`,
      `${y}-${mm}-${dd}`,
      `${d} ${month} ${y}`,
      `${month} ${d}, ${y}`,
      `${month} ${ordinal(d)}, ${y}`,
      `${y}${mm}${dd}`,
      `${mm}${dd}${y}`,
      `${dd}.${mm}.${y}`,
      `${d}-${mon}-${y}`,
      `${mon === 'Sep' ? 'Sept' : mon}. ${d}, ${y}`,
      `${dd}-${mm}-${y}`,
      `${d} ${mon} ${y}`,
      `${mon} ${d} ${y}`,
    ];
    const undated = [`the ${ordinal(d)}`, `${d} ${mon}`, `${mon} ${d}`, `${month} ${ordinal(d)}`, `${month} ${y}`, `the ${ordinal(d)} day of ${month}, ${y}`, `${ordinal(d)} ${month}`];
    if (style !== undefined) return D([...forms, ...undated][style % (forms.length + undated.length)] ?? forms[0] ?? '');
    // Month + year (index 4) reads wrongly after "on", so it is used only where a template asks for it.
    if (kind === 'event' && this.r.chance(0.3)) return D(this.pick(undated.filter((_, i) => i !== 4)));
    return D(this.pick(forms));
  }

  /** A date preceded by its weekday, which is not part of the label. */
  dateWithWeekday(): Frag {
    const { y, m, d, wd } = this.ymd('event');
    const month = MONTHS[m - 1] ?? 'May';
    const day = WEEKDAYS[wd] ?? 'Monday';
    return this.pick([
      () => t`${day}, ${D(`${month} ${d}, ${y}`)}`,
      () => t`${day} ${D(`${d} ${month} ${y}`)}`,
      () => t`${day.slice(0, 3)} ${D(`${this.r.pad(m, 2)}/${this.r.pad(d, 2)}/${y}`)}`,
      () => t`${day} ${D(`${d} ${MON[m - 1] ?? 'May'}`)}`,
    ])();
  }

  foreignDate(lang: 'es' | 'de' | 'fr' | 'pt', kind: DateKind = 'event'): Frag {
    const { y, m, d } = this.ymd(kind);
    switch (lang) {
      case 'es':
        return D(this.r.chance(0.6) ? `${d} de ${MESES[m - 1] ?? 'mayo'} de ${y}` : `${this.r.pad(d, 2)}/${this.r.pad(m, 2)}/${y}`);
      case 'de':
        return D(this.r.chance(0.5) ? `${d}. ${MONATE[m - 1] ?? 'Mai'} ${y}` : `${this.r.pad(d, 2)}.${this.r.pad(m, 2)}.${y}`);
      case 'fr':
        return D(this.r.chance(0.6) ? `${d === 1 ? '1er' : d} ${MOIS[m - 1] ?? 'mai'} ${y}` : `${this.r.pad(d, 2)}/${this.r.pad(m, 2)}/${y}`);
      case 'pt':
        return D(`${this.r.pad(d, 2)}/${this.r.pad(m, 2)}/${y}`);
    }
  }

  oldAge(): number {
    return this.r.chance(0.8) ? this.r.int(90, 99) : this.r.int(100, 106);
  }

  /** "92-year-old", "ninety-three-year-old", "92 y/o" (adjective position). */
  ageAdj(): Frag {
    const n = this.oldAge();
    return this.pick([
      () => t`${A(String(n))}-year-old`,
      () => t`${A(String(n))}-year-old`,
      () => t`${A(spellAge(n, this.r))}-year-old`,
      () => t`${A(String(n))} y/o`,
      () => t`${A(String(n))}yo`,
      () => t`${A(String(n))} yr old`,
    ])();
  }

  /** "is 92", "turned 95", "aged 94", "is ninety-three" (predicate position). */
  agePred(): Frag {
    const n = this.oldAge();
    return this.pick([
      () => t`is ${A(String(n))}`,
      () => t`turned ${A(String(n))}`,
      () => t`is aged ${A(String(n))}`,
      () => t`is ${A(spellAge(n, this.r))}`,
      () => t`is ${A(String(n))} years old`,
      () => t`just turned ${A(spellAge(n, this.r))}`,
      () => t`will be ${A(String(n))} next month`,
      () => t`still drives at ${A(String(n))}`,
    ])();
  }

  youngAge(): number {
    return this.r.int(19, 89);
  }

  // --- contact details ------------------------------------------------------------------------

  phone(region: Region | 'in' | 'ng' = 'us', ext = this.r.chance(0.08)): Frag {
    const r = this.r;
    const xx = r.pad(r.int(0, 99), 2);
    const a = this.pick(US_AREA);
    let num: string;
    switch (region) {
      case 'uk':
        num = this.pick([`+44 20 7946 0${r.digits(3)}`, `020 7946 0${r.digits(3)}`, `07700 900${r.digits(3)}`, `+44 7700 900${r.digits(3)}`, `0161 496 0${r.digits(3)}`, `(0161) 496 0${r.digits(3)}`]);
        break;
      case 'fr':
        num = this.pick([`+33 1 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `01 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]);
        break;
      case 'de':
        num = this.pick([`+49 30 ${r.digits(8)}`, `030 ${r.digits(7)}`, `+49 151 ${r.digits(4)} ${r.digits(4)}`, `0221 ${r.digits(6)}`]);
        break;
      case 'es':
        num = this.pick([`+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]);
        break;
      case 'in':
        num = this.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `+91-9${r.digits(9)}`, `09${r.digits(4)} ${r.digits(5)}`]);
        break;
      case 'ng':
        num = this.pick([`+234 803 ${r.digits(3)} ${r.digits(4)}`, `0803 ${r.digits(3)} ${r.digits(4)}`, `+2348${r.digits(9)}`]);
        break;
      case 'au':
        num = this.pick([`+61 2 9${r.digits(3)} ${r.digits(4)}`, `(02) 9${r.digits(3)} ${r.digits(4)}`, `0412 ${r.digits(3)} ${r.digits(3)}`, `+61 412 ${r.digits(3)} ${r.digits(3)}`]);
        break;
      case 'ca':
        num = `(${this.pick(['613', '416', '604', '204', '902'])}) 555-01${xx}`;
        break;
      case 'br':
        num = this.pick([`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(11) 9${r.digits(4)}-${r.digits(4)}`]);
        break;
      case 'nl':
        num = this.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`, `030 ${r.digits(3)} ${r.digits(4)}`]);
        break;
      case 'it':
        num = this.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `011 ${r.digits(3)} ${r.digits(4)}`]);
        break;
      case 'ie':
        num = this.pick([`+353 87 ${r.digits(3)} ${r.digits(4)}`, `087 ${r.digits(3)} ${r.digits(4)}`, `(091) ${r.digits(3)} ${r.digits(3)}`]);
        break;
      default:
        num = this.pick([`(${a}) 555-01${xx}`, `${a}-555-01${xx}`, `${a}.555.01${xx}`, `${a}55501${xx}`, `+1 ${a} 555 01${xx}`, `1-${a}-555-01${xx}`, `+1 (${a}) 555-01${xx}`, `555-01${xx}`, `${a} 555 01${xx}`, `+1-${a}-555-01${xx}`]);
    }
    // An extension is part of the number: without it the call does not reach the person.
    return lab('PHONE', ext ? `${num} ${this.pick(['ext. ', 'x', 'ext ', 'extension '])}${r.int(10, 4999)}` : num);
  }

  email(p?: Person): Frag {
    const r = this.r;
    const dom = this.pick(EMAIL_DOMAINS);
    let local: string;
    if (p && p.latin && ascii(p.given) && ascii(p.family)) {
      const g = ascii(p.given);
      const f = ascii(p.family);
      local = this.pick([`${g}.${f}`, `${g[0] ?? 'x'}${f}`, `${g}${f}${r.int(1, 99)}`, `${g}_${f[0] ?? 'x'}`, `${f}.${g}${r.int(40, 99)}`, `${g}.${f}`]);
    } else {
      local = `${r.chars(this.r.int(3, 7), 'abcdefghijklmnoprstuvwyz')}${r.int(1, 999)}`;
    }
    return lab('EMAIL', `${local}@${dom}`);
  }

  url(p?: Person): Frag {
    const r = this.r;
    const slug = p && p.latin && ascii(p.given) ? `${ascii(p.given)}-${ascii(p.family)}` : r.chars(8, 'abcdefghijklmnopqrstuvwxyz');
    return lab(
      'URL',
      this.pick([
        `https://portal.example.org/patients/${r.int(10000, 999999)}`,
        `http://www.example.com/profile/${slug}`,
        `portal.example.org/p/${r.int(100, 99999)}`,
        `www.example.net/u/${slug}`,
        `https://www.gofundme.example/f/help-${slug}`,
        `facebook.com/${slug.replace('-', '.')}.${r.int(10, 999)}`,
        `https://drive.example.com/file/d/${r.chars(12, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}/view`,
        `https://mychart.example.org/visit?id=${r.int(100000, 9999999)}`,
        `example.com/caringbridge/${slug}`,
      ]),
    );
  }

  ip(): Frag {
    const r = this.r;
    return lab(
      'IP',
      this.pick([
        `192.0.2.${r.int(1, 254)}`,
        `198.51.100.${r.int(1, 254)}`,
        `203.0.113.${r.int(1, 254)}`,
        `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
        `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
        `2001:db8:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`,
      ]),
    );
  }

  // --- numbers --------------------------------------------------------------------------------

  ssnValue(): string {
    let area = this.r.int(1, 899);
    if (area === 666) area = 665;
    const s = [this.r.pad(area, 3), this.r.pad(this.r.int(1, 99), 2), this.r.pad(this.r.int(1, 9999), 4)];
    return this.pick([s.join('-'), s.join('-'), s.join(' '), s.join('')]);
  }
  ssn(): Frag {
    return t`${this.pick(['SSN', 'SSN:', 'SSN#', 'Social Security No.', 'social security number', 'SS#'])} ${lab('SSN', this.ssnValue())}`;
  }
  sinValue(): string {
    const first = this.pick(['1', '2', '3', '4', '5', '6', '7', '9']);
    const payload = first + this.r.digits(7);
    const s = payload + String(luhnCheckDigit(payload));
    const sep = this.pick([' ', '-']);
    return `${s.slice(0, 3)}${sep}${s.slice(3, 6)}${sep}${s.slice(6)}`;
  }
  niValue(): string {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let pre = this.r.chars(1, first) + this.r.chars(1, second);
    while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre)) pre = this.r.chars(1, first) + this.r.chars(1, second);
    const d = this.r.digits(6);
    const suf = this.r.chars(1, 'ABCD');
    return this.r.chance(0.5) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`;
  }
  nhsValue(): string {
    for (;;) {
      const d = this.r.digits(9);
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
      let check = 11 - (sum % 11);
      if (check === 11) check = 0;
      if (check === 10) continue;
      const s = d + String(check);
      return this.r.chance(0.7) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s;
    }
  }
  nirValue(): string {
    const sex = this.pick(['1', '2']);
    const yy = this.r.pad(this.r.int(20, 99), 2);
    const mm = this.r.pad(this.r.int(1, 12), 2);
    const dep = this.r.pad(this.r.int(1, 95), 2);
    const com = this.r.pad(this.r.int(1, 990), 3);
    const ord = this.r.pad(this.r.int(1, 999), 3);
    const body = sex + yy + mm + dep + com + ord;
    const key = this.r.pad(97 - mod97(body), 2);
    return `${sex} ${yy} ${mm} ${dep} ${com} ${ord} ${key}`;
  }
  dniValue(): string {
    const n = this.r.int(10000000, 79999999);
    return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] ?? 'T'}`;
  }
  mrnValue(): string {
    return this.pick([this.r.digits(7), String(this.r.int(100000, 999999)), this.r.digits(8), `${this.r.chars(1, 'KMRSTV')}${this.r.digits(7)}`, `${this.r.digits(2)}-${this.r.digits(5)}`, `00${this.r.digits(6)}`]);
  }
  mrn(): Frag {
    return t`${this.pick(['MRN', 'MRN:', 'MRN#', 'MR#', 'Med Rec #', 'medical record number', 'Hospital No.', 'chart #', 'Unit No.', 'MRN no.'])} ${lab('MRN', this.mrnValue())}`;
  }
  nhs(): Frag {
    return t`${this.pick(['NHS No.', 'NHS number', 'NHS no:', 'NHS #'])} ${lab('MRN', this.nhsValue())}`;
  }
  npiValue(): string {
    const nine = this.pick(['1', '2']) + this.r.digits(8);
    return nine + String(luhnCheckDigit('80840' + nine));
  }
  npi(): Frag {
    return t`${this.pick(['NPI', 'NPI:', 'NPI #', 'NPI no.'])} ${lab('NPI', this.npiValue())}`;
  }
  ibanValue(): string {
    const r = this.r;
    const country = this.pick(['GB', 'DE', 'NL', 'IE', 'BE']);
    let bban: string;
    switch (country) {
      case 'GB':
        bban = this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14);
        break;
      case 'DE':
        bban = r.digits(18);
        break;
      case 'NL':
        bban = this.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10);
        break;
      case 'IE':
        bban = this.pick(['AIBK', 'BOFI']) + r.digits(14);
        break;
      default: {
        const ten = r.digits(10);
        const k = mod97(ten) || 97;
        bban = ten + r.pad(k, 2);
      }
    }
    const iban = country + ibanCheckDigits(country, bban) + bban;
    return r.chance(0.7) ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
  }
  cardValue(): string {
    const payload = '4' + this.r.digits(14);
    const n = payload + String(luhnCheckDigit(payload));
    return this.r.chance(0.6) ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n.replace(/(\d{4})(?=\d)/g, '$1-');
  }
  kvnrValue(): string {
    const letter = this.r.chars(1, 'ABCDEFGHIJKLMNOPRSTUVWZ');
    const eight = this.r.digits(8);
    const digits = this.r.pad(letter.charCodeAt(0) - 64, 2) + eight;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let v = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
      if (v > 9) v = Math.floor(v / 10) + (v % 10);
      sum += v;
    }
    return `${letter}${eight}${sum % 10}`;
  }
  account(): Frag {
    const r = this.r;
    return this.pick([
      () => t`policy no. ${lab('ACCOUNT', `${r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${r.digits(4)}-${r.digits(4)}`)}`,
      () => t`member ID ${lab('ACCOUNT', `${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(9)}`)}`,
      () => t`account ${lab('ACCOUNT', r.digits(r.int(8, 12)))}`,
      () => t`acct #${lab('ACCOUNT', r.digits(r.int(8, 11)))}`,
      () => t`IBAN ${lab('ACCOUNT', this.ibanValue())}`,
      () => t`subscriber ID ${lab('ACCOUNT', `${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(6)}-${r.digits(2)}`)}`,
      () => t`card ${lab('ACCOUNT', this.cardValue())} (exp ${r.pad(r.int(1, 12), 2)}/${r.int(26, 31)})`,
      () => t`Medicaid ID ${lab('ACCOUNT', `${r.digits(4)}${r.chars(1, 'ABCDEFGHJK')}${r.digits(5)}`)}`,
    ])();
  }
  deaValue(surname: string): string {
    const first = this.pick(['A', 'B', 'F', 'G', 'M']);
    const second = (ascii(surname)[0] ?? 'x').toUpperCase();
    const d = this.r.digits(6);
    const s = Number(d[0]) + Number(d[2]) + Number(d[4]) + 2 * (Number(d[1]) + Number(d[3]) + Number(d[5]));
    return `${first}${second}${d}${s % 10}`;
  }
  licence(p?: Person, kind: 'driving' | 'birth' | 'any' = 'any'): Frag {
    const r = this.r;
    const birth = (): Frag => t`birth certificate no. ${lab('LICENSE', `${r.digits(3)}-${r.int(1931, 2022)}-${r.digits(6)}`)}`;
    if (kind === 'birth') return birth();
    const forms = [
      () => t`driver's license ${lab('LICENSE', `${r.chars(1, 'ABCDFGHJKLMNPRSTWY')}${r.digits(7)}`)}`,
      () => t`DL# ${lab('LICENSE', `WDL${r.chars(9, 'ABCDEFGHJKLMNPRSTVWXYZ0123456789')}`)}`,
      () => t`licence no. ${lab('LICENSE', `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`)}`,
      () => t`driving licence ${lab('LICENSE', `${(ascii(p?.family ?? 'smith').toUpperCase() + '99999').slice(0, 5)}${r.int(3, 9)}${r.pad(r.int(1, 12) + (p?.sex === 'female' ? 50 : 0), 2)}${r.pad(r.int(1, 28), 2)}${r.int(0, 9)}${(ascii(p?.given ?? 'j')[0] ?? 'J').toUpperCase()}${r.chars(1, 'ABCDEFGHJKLMNPRSTW9')}9${r.chars(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`)}`,
      () => t`DL ${lab('LICENSE', `${r.chars(1, 'ABCDFGHJKLMNPRSTWY')}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`)}`,
      birth,
      () => t`state medical license ${lab('LICENSE', `MD-${r.digits(6)}`)}`,
      () => t`RN license ${lab('LICENSE', `RN${r.digits(6)}`)}`,
    ];
    if (kind === 'driving') return this.pick(forms.slice(0, 5))();
    return this.pick(forms)();
  }
  vinValue(): string {
    const alnum = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const wmi = this.pick(['1HG', 'JTD', 'WVW', '5YJ', '1FT', '3GN', 'KMH', '2T1', 'WBA', 'SAL', 'VF1', '1C4']);
    const vds = this.r.chars(5, alnum);
    const year = this.r.chars(1, 'ABCDEFGHJKLMNPRSTVWXY123456789');
    const plant = this.r.chars(1, alnum);
    const serial = this.r.digits(6);
    const draft = `${wmi}${vds}0${year}${plant}${serial}`;
    return `${wmi}${vds}${vinCheck(draft)}${year}${plant}${serial}`;
  }
  plate(): Frag {
    const r = this.r;
    return this.pick([
      () => t`plate ${lab('VEHICLE', `${r.int(1, 9)}${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(3)}`)}`,
      () => t`licence plate ${lab('VEHICLE', `${r.chars(2, 'ABCDEFGHJKLMNOPRSTUVWXY')}${r.digits(2)} ${r.chars(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}`)}`,
      () => t`reg ${lab('VEHICLE', `${r.chars(2, 'ABCDEFGHJKLMNOPRSTUVWXY')}${r.digits(2)} ${r.chars(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}`)}`,
      () => t`license plate ${lab('VEHICLE', `${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${r.digits(4)}`)}`,
      () => t`tag ${lab('VEHICLE', `${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(4)}`)}`,
    ])();
  }
  imeiValue(): string {
    const payload = this.pick(['35', '86', '01', '49']) + this.r.digits(12);
    const s = payload + String(luhnCheckDigit(payload));
    return this.r.chance(0.5) ? s : `${s.slice(0, 2)}-${s.slice(2, 8)}-${s.slice(8, 14)}-${s.slice(14)}`;
  }
  device(kind: 'medical' | 'it' = this.r.chance(0.5) ? 'medical' : 'it'): Frag {
    const r = this.r;
    const alnum = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    const medical = [
      () => t`serial no. ${lab('DEVICE', `${r.chars(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}${r.digits(6)}${r.chars(1, 'ABCDEFGHJKLMNPRSTVWXYZ')}`)}`,
      () => t`SN ${lab('DEVICE', `${r.chars(4, alnum)}-${r.digits(5)}`)}`,
      () => t`serial ${lab('DEVICE', `${r.chars(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}${r.digits(8)}`)}`,
      () => t`device ID ${lab('DEVICE', `${r.chars(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}-${r.digits(5)}-${r.chars(1, 'ABCDEFGHJK')}`)}`,
    ];
    const it = [
      () => t`asset tag ${lab('DEVICE', `IT-${r.pad(r.int(1, 99999), 6)}`)}`,
      () => t`IMEI ${lab('DEVICE', this.imeiValue())}`,
      () => t`S/N ${lab('DEVICE', `C02${r.chars(9, alnum)}`)}`,
      () => t`serial ${lab('DEVICE', `${r.chars(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}${r.digits(8)}`)}`,
    ];
    return this.pick(kind === 'medical' ? medical : it)();
  }
  caseNo(courtOnly = false): Frag {
    const r = this.r;
    const forms = [
      () => t`Case No. ${lab('ID', `${r.int(1, 3)}:${r.int(17, 25)}-cv-${r.pad(r.int(1, 9999), 5)}`)}`,
      () => t`No. ${lab('ID', `${r.int(17, 25)}-${r.int(1, 3)}-${r.pad(r.int(1, 99999), 5)}-${r.int(1, 9)} ${this.pick(['SEA', 'KNT', 'SEA'])}`)}`,
      () => t`docket no. ${lab('ID', `${r.pad(r.int(1, 9999), 4)}-${r.int(2017, 2025)}`)}`,
      () => t`case ${lab('ID', `${r.int(2018, 2025)}-FC-${r.pad(r.int(1, 99999), 5)}`)}`,
      () => t`Index No. ${lab('ID', `${r.pad(r.int(1, 99999), 6)}/${r.int(2019, 2025)}`)}`,
    ];
    if (!courtOnly) forms.push(() => t`claim number ${lab('ID', `CLM-${r.digits(8)}`)}`);
    return this.pick(forms)();
  }
  empId(): Frag {
    const r = this.r;
    return this.pick([
      () => t`employee ID ${lab('ID', `E-${r.digits(5)}`)}`,
      () => t`staff no. ${lab('ID', r.digits(6))}`,
      () => t`employee #${lab('ID', r.digits(5))}`,
      () => t`badge ${lab('ID', `${r.chars(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}${r.digits(4)}`)}`,
      () => t`payroll number ${lab('ID', `PR${r.digits(6)}`)}`,
    ])();
  }
  usernameValue(p?: Person): string {
    const stem = p && p.latin && ascii(p.given) && ascii(p.family) ? `${ascii(p.given)[0] ?? 'x'}${ascii(p.family).slice(0, 6)}` : this.r.chars(5, 'abcdefghjkmnprstwxyz');
    return `${stem}${this.r.int(1, 99)}`;
  }
  username(p?: Person): Frag {
    const u = this.usernameValue(p);
    return this.pick([() => lab('ID', `@${u}`), () => t`username ${lab('ID', u)}`, () => t`user ${lab('ID', u)}`, () => t`login ${lab('ID', u)}`])();
  }
  aNumber(): Frag {
    const d = this.r.digits(9);
    return t`${this.pick(['A-number', 'A#', 'A-Number', 'alien number'])} ${lab('ID', this.r.chance(0.5) ? `A${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : `A${d}`)}`;
  }
  passport(): Frag {
    return t`passport ${lab('ID', this.r.chance(0.5) ? this.r.digits(9) : `${this.r.chars(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}${this.r.digits(7)}`)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Templates

type Template = (c: Ctx) => Frag;

const conj = (c: Ctx): string => c.pick(['Pt', 'Patient', 'Pt.', 'pt']);

/** Tuning families: ~60% of the families. */
const tuningTemplates: Template[] = [
  // 1. Terse clinical note
  (c) => {
    const p = c.person();
    const doc = c.doctor();
    const old = c.r.chance(0.6);
    const age = old ? A(String(c.oldAge())) : String(c.youngAge());
    const sx = p.sex === 'female' ? 'F' : 'M';
    return t`${age}${sx} w/ ${c.pick(CONDITIONS)}, ${c.pick(CONDITIONS)}; on ${c.pick(DRUGS)} ${c.pick(DOSES)}. ${c.pick(LABS)}, ${c.pick(LABS)}. Seen by ${doc.ref} ${c.date('event')}. ${c.mrn()}.`;
  },
  // 2. Progress note
  (c) => {
    const p = c.person();
    const rel = c.person();
    const a = c.address('us');
    return t`${conj(c)} ${c.name(p, c.pick<NameForm>(['full', 'comma', 'middle']))} (DOB ${c.date('dob')}) c/o SOB x3d. Hx ${c.pick(EPONYMS)}. Lives alone at ${a.street}, ${a.city}. ${cap(c.pick(['daughter', 'son', 'niece', 'neighbour']))} ${c.name(rel, 'given')} on ${c.phone('us')}.`;
  },
  // 3. Referral letter
  (c) => {
    const doc = c.doctor();
    const p = c.person({ latin: true });
    const a = c.address(c.pick<Region>(['us', 'uk', 'ca']));
    const age = c.r.chance(0.6) ? c.ageAdj() : t`${c.youngAge()}-year-old`;
    const me = c.doctor();
    return t`Dear ${doc.ref},\n\nThank you for seeing ${c.name(p, 'titleFull')}, a ${age} ${p.sex === 'female' ? 'woman' : 'man'} of ${a.line}, with worsening ${c.pick(EPONYMS)}. ${cap(p.sex === 'female' ? 'she' : 'he')} takes ${c.pick(DRUGS)} ${c.pick(DOSES)}.\n\nYours sincerely,\n${me.signed}\n${c.npi()}`;
  },
  // 4. Discharge summary
  (c) => {
    const p = c.person();
    const att = c.person();
    const name = p.cjk ? N(p.full) : c.r.chance(0.5) ? N(`${p.family.toUpperCase()}, ${p.given}`) : N(p.full);
    return t`DISCHARGE SUMMARY\nPatient: ${name}\n${c.mrn()}\nAdmitted: ${c.date('event', c.r.int(0, 15))}   Discharged: ${c.date('event', c.r.int(0, 15))}\nAttending: ${N(att.full)}, ${c.pick(CREDENTIALS)}\nDiagnosis: ${c.pick(CONDITIONS)} on background of ${c.pick(EPONYMS)}. ${c.pick(LABS)} on discharge. Follow up in ${c.r.int(2, 8)} weeks.`;
  },
  // 5. Legal intake memo
  (c) => {
    const p = c.person({ latin: true });
    const other = c.person();
    return t`INTAKE MEMO — ${c.dateWithWeekday()}\nClient ${c.name(p, c.pick<NameForm>(['full', 'middle', 'nick']))} (${c.email(p)}; ${c.phone('us')}) reports that on ${c.date('event')} her vehicle, VIN ${lab('VEHICLE', c.vinValue())}, was struck by a truck owned by ${c.pick(COMPANIES)} and driven by ${N(other.full)}. ${c.name(p, 'title')} was treated at ${c.pick(HOSPITALS)}.`;
  },
  // 6. HR complaint
  (c) => {
    const p = c.person();
    const boss = c.person();
    return t`Complainant ${c.name(p, 'full')}, ${c.empId()}, alleges that ${p.sex === 'female' ? 'her' : 'his'} supervisor ${N(boss.full)} denied leave under ${c.pick(PROGRAMMES)} on ${c.date('event')} and again ${c.pick(['the following week', 'a month later', 'in the spring'])}. Witness: ${c.name(c.person(), c.pick<NameForm>(['full', 'initial']))}.`;
  },
  // 7. Insurance claim narrative
  (c) => {
    const p = c.person();
    return t`Member ${c.name(p, c.pick<NameForm>(['full', 'comma', 'upper']))}, ${c.account()}, submitted a claim for services on ${c.date('event')} at ${c.pick(HOSPITALS)}; ${c.caseNo()}. Diagnosis code ${c.pick(['I50.9', 'E11.9', 'G20', 'J44.1', 'N18.3'])} (${c.pick(EPONYMS)}).`;
  },
  // 8. Relative's chat question (lower case)
  (c) => {
    const [rel, sex] = c.pick<[string, Sex]>([['my mum', 'female'], ['my mom', 'female'], ['my dad', 'male'], ['my nan', 'female'], ['my grandma', 'female'], ['my grandad', 'male'], ['my aunt', 'female']]);
    const p = c.person({ latin: true, sex });
    const doc = c.person({ latin: true, plain: true });
    const body = t`hi ${rel} ${c.name(p, 'given')} ${c.agePred()} and keeps falling, dr ${N(doc.family)} at the clinic said its ${c.pick(EPONYMS)} and upped ${sex === 'female' ? 'her' : 'his'} ${c.pick(DRUGS)}${c.r.chance(0.5) ? t`. we live in ${c.city()} the zip there is ${L(c.usZip())}` : ''} what should we do`;
    return lowerF(body);
  },
  // 9. Email with greeting and signature
  (c) => {
    const to = c.person({ latin: true });
    const p = c.person();
    const me = c.person({ latin: true });
    return t`Hi ${c.name(to, 'given')},\n\nThe MRI for ${c.name(p, 'full')} is booked for ${c.dateWithWeekday()} ${c.pick(TIMES_OF_DAY)}. Please bring the ${c.pick(DRUGS)} list.\n\nBest,\n${N(me.full)}\n${c.phone('us')} | ${c.email(me)}`;
  },
  // 10. UK GP letter
  (c) => {
    const p = c.person();
    const a = c.address('uk');
    return t`Re: ${c.name(p, 'titleFull')}, DOB ${c.date('dob', c.pick([3, 5, 14]))}, ${c.nhs()}\n${a.street}, ${a.city} ${a.zip}\nI reviewed ${c.name(p, 'title')} in surgery today. ${c.pick(LABS)}; ${c.pick(DRUGS)} ${c.pick(DOSES)} continued. Tel ${c.phone('uk')}.`;
  },
  // 11. European address in an English note
  (c) => {
    const p = c.person();
    const region = c.pick<Region>(['fr', 'es', 'de']);
    const a = c.address(region);
    return t`${c.name(p, c.pick<NameForm>(['titleFull', 'full']))} is visiting from ${a.city}; home address ${a.line}, phone ${c.phone(region === 'fr' ? 'fr' : region === 'es' ? 'es' : 'de')}. EHIC on file. ${c.pick(LABS)}.`;
  },
  // 12. Prescription note
  (c) => {
    const p = c.person();
    const doc = c.person({ latin: true });
    return t`Rx for ${c.name(p, 'full')} (DOB ${c.date('dob')}): ${c.pick(DRUGS)} ${c.pick(DOSES)}, #30, 2 refills. Prescriber ${c.name(doc, 'titleFull', true)}, ${c.npi()}, DEA ${lab('LICENSE', c.deaValue(doc.family))}.`;
  },
  // 13. Telehealth / IT note
  (c) => {
    const p = c.person();
    const kit = c.r.chance(0.5) ? t` on the loaner tablet (${c.device('it')})` : '';
    return t`Video visit with ${c.name(p, 'full')} dropped twice${kit}; connection from ${c.ip()}. Sent new link ${c.url(p)} and asked ${p.sex === 'female' ? 'her' : 'him'} to reset ${c.username(p)}.`;
  },
  // 14. Care home note with an old age
  (c) => {
    const p = c.person({ sex: 'female' });
    const son = c.person({ sex: 'male' });
    const n = c.oldAge();
    return c.pick([
      () => t`${c.name(p, 'given')} celebrated her ${A(ordinal(n))} birthday on ${c.date('event')} with ${c.name(son, c.pick<NameForm>(['full', 'title']))} and staff from ${c.pick(COMPANIES)}.`,
      () => t`${c.name(p, 'titleFull')} turned ${A(String(n))} ${c.r.chance(0.5) ? t`on ${c.date('event')}` : 'last week'}; ${c.pick(LABS)}, still on ${c.pick(DRUGS)}.`,
      () => t`Resident ${c.name(p, 'full')}, aged ${A(String(n))}, had a fall ${c.pick(TIMES)}. Son ${c.name(son, 'given')} informed on ${c.phone(c.pick<Region>(['us', 'uk']))}.`,
      () => t`${c.name(p, 'full')} is a ${c.ageAdj()} widow who lives with ${c.name(son, 'given')} at ${c.address('us').line}.`,
    ])();
  },
  // 15. Immigration intake
  (c) => {
    const p = c.person();
    const a = c.address('us');
    return t`Client ${c.name(p, 'full')}, ${c.aNumber()}, entered on ${c.date('event')} and is currently at ${a.street}, ${a.city}. ${c.passport()}. Hearing before ${c.pick(COURTS)} set for ${c.date('event')}.`;
  },
  // 16. Auto claim
  (c) => {
    const p = c.person({ latin: true });
    return t`Insured vehicle VIN ${lab('VEHICLE', c.vinValue())}, ${c.plate()}, was driven by ${c.name(p, 'full')} (${c.licence(p, 'driving')}) at the time of loss, ${c.date('event')}. ${c.pick(COMPANIES)} is the fleet owner.`;
  },
  // 17. Billing dispute
  (c) => {
    const p = c.person();
    return t`${c.name(p, 'titleFull')} disputes a charge dated ${c.date('event')}. Refund to ${c.account()}; correspondence to ${c.email(p)}.`;
  },
  // 18. Device implant note
  (c) => {
    const p = c.person();
    return t`${c.pick(['Pacemaker', 'ICD', 'Insulin pump', 'CPAP', 'Hearing aid'])} (${c.device('medical')}) issued ${c.date('event')} for ${c.name(p, 'full')}; ${c.pick(LABS)}. Check again in ${c.r.int(3, 12)} months.`;
  },
  // 19. Legal memo re case
  (c) => {
    const p = c.person({ latin: true });
    const q = c.person();
    return t`Re: ${N(p.family)} v. ${c.pick(COMPANIES)}, ${c.caseNo()}. Deposition of ${N(q.full)} set for ${c.date('event')}; ${c.name(p, 'title')} will attend by video. See ${c.pick(SMALL_MISC)}.`;
  },
  // 20. Interpreter note, family-first names
  (c) => {
    const loc = c.pick(['hu', 'vi', 'zh_latn', 'zh_CN']);
    const p = c.person({ locale: loc });
    const lang = loc === 'hu' ? 'Hungarian' : loc === 'vi' ? 'Vietnamese' : 'Mandarin';
    return t`Interpreter (${lang}) requested for ${N(p.full)} on ${c.date('event')}. ${p.cjk ? N(p.full) : t`${c.title(p)} ${N(p.family)}`} prefers ${c.pick(['phone', 'in-person'])} appointments; ${c.pick(LABS)}.`;
  },
  // 21. Patient portal message
  (c) => {
    const p = c.person({ latin: true });
    const me = c.person({ latin: true });
    return t`Hello, this is ${c.name(me, 'given')}, ${c.name(p, 'full')}'s ${c.pick(['daughter', 'son', 'carer'])}. Mum's new number is ${c.phone(c.pick<Region>(['us', 'uk']))} and she has moved to ${c.address().line}.`;
  },
  // 22. Social work note
  (c) => {
    const p = c.person();
    const niece = c.person();
    return t`SW spoke with ${c.name(p, 'given')}'s niece ${N(niece.full)}, who lives in ${c.city()}. ${c.ssn()} on file; referred to ${c.pick(PROGRAMMES)}.`;
  },
  // 23. Employment verification
  (c) => {
    const p = c.person();
    const hr = c.person({ latin: true });
    return t`To whom it may concern: ${c.name(p, 'full')}, ${c.empId()}, worked at our ${c.city()} office from ${c.date('event', c.pick([0, 5, 6, 20]))} to ${c.date('event', c.pick([3, 4, 12, 20]))}. — ${N(hr.full)}, HR, ${c.email(hr)}`;
  },
  // 24. School nurse note about a minor (initials are not labelled)
  (c) => {
    const parent = c.person();
    const ini = `${c.r.chars(1, 'ABCDEFGHJKLMNPRST')}.${c.r.chars(1, 'ABCDEFGHJKLMNPRSTW')}.`;
    return t`Student ${ini} (DOB ${c.date('child')}), grade ${c.r.int(1, 8)}, sent home with ${c.pick(['a fever of 38.4', 'a nosebleed', 'an asthma flare', 'a headache'])}. Parent ${c.name(parent, 'full')} called from ${c.phone('us')}. Uses ${c.pick(['Ventolin', 'an EpiPen', 'Zyrtec'])}; ${c.pick(SMALL_MISC)}.`;
  },
  // 25. Birth record
  (c) => {
    const mum = c.person({ sex: 'female' });
    const a = c.address(c.pick<Region>(['us', 'uk', 'ca']));
    return t`Baby ${c.pick(['girl', 'boy'])} born ${c.date('event')} at ${c.pick(['03:12', '14:55', '22:40'])} to ${c.name(mum, 'full')} of ${a.line}; ${c.licence(undefined, 'birth')}. Apgar 8 and 9, weight 3.2 kg.`;
  },
  // 26. Canadian intake
  (c) => {
    const p = c.person();
    const a = c.address('ca');
    return t`${c.name(p, 'full')}, SIN ${lab('SSN', c.sinValue())}, ${a.line}. Tel ${c.phone('ca')}. OHIP card seen; ${c.pick(LABS)}.`;
  },
  // 27. Patient shares a surname with an eponym
  (c) => {
    const e = c.pick(EPONYM_SURNAMES);
    const p = c.person({ latin: true, plain: true });
    const title = c.title(p);
    return c.pick([
      () => t`${title} ${N(e.surname)}, ${c.youngAge()}, referred with ?${e.disease}; exam unremarkable. ${c.pick(LABS)}.`,
      () => t`${N(`${p.given} ${e.surname}`)} does not have ${e.disease}; symptoms settled on ${c.pick(DRUGS)}.`,
      () => t`Note: ${title} ${N(e.surname)}'s mother had ${e.disease}; ${p.sex === 'female' ? 'she' : 'he'} is a ${c.ageAdj()} ${p.sex === 'female' ? 'woman' : 'man'} and well. Next review ${c.date('event')}.`,
    ])();
  },
  // 28. UK NI number in a benefits letter
  (c) => {
    const p = c.person();
    const a = c.address('uk');
    return t`${c.name(p, 'titleFull')}\n${a.street}\n${a.city}\n${a.zip}\n\nNational Insurance number: ${lab('SSN', c.niValue())}\nYour claim for ${c.pick(PROGRAMMES)} was received on ${c.date('event')}.`;
  },
  // 29. First-person question from an old patient
  (c) => {
    const doc = c.person({ latin: true });
    const n = c.oldAge();
    const me = c.pick([t`I'm ${A(String(n))}`, t`I am ${A(spellAge(n, c.r))}`, t`im ${A(String(n))}`, t`I'm ${A(String(n))} years old`]);
    return t`${me} and live on my own in ${c.city()}. My GP, ${c.name(doc, c.pick<NameForm>(['title', 'titleFull']), true)}, wants me off ${c.pick(DRUGS)} because of my ${c.pick(EPONYMS)}. Is that safe at my age? My neighbour is ${c.youngAge()} and takes it.`;
  },
  // 30. Letter with a dateline (a city with no context word)
  (c) => {
    const to = c.person({ latin: true });
    const me = c.person({ latin: true });
    const region = c.pick<Region>(['uk', 'us', 'fr', 'de']);
    const city = region === 'us' ? L(c.usCity()) : c.address(region).city;
    return t`${city}, ${c.date('event', c.pick([5, 6, 7]))}\n\nDear ${c.name(to, 'title')},\n\nFurther to our meeting, I enclose the ${c.pick(PROGRAMMES)} forms and a copy of the ${c.pick(EPONYMS)} leaflet.\n\nYours,\n${N(me.full)}`;
  },
];

/** Heldout families: different styles, and some name locales only they use. */
const heldoutTemplates: Template[] = [
  // H1. Court caption
  (c) => {
    const p = c.person({ latin: true });
    const q = c.person({ latin: true });
    const state = c.pick(['WASHINGTON', 'OREGON', 'ILLINOIS', 'CALIFORNIA', 'TEXAS']);
    return t`IN THE SUPERIOR COURT OF THE STATE OF ${state}\nIN AND FOR ${c.county(true)}\n\nIn re the Marriage of:\n${upperF(N(p.full))},\n          Petitioner,\nand\n${upperF(N(q.full))},\n          Respondent.\n\n${c.caseNo(true)}\nDECLARATION OF ${upperF(N(p.full))}`;
  },
  // H2. SMS
  (c) => {
    const me = c.person({ latin: true });
    const nana = c.person({ latin: true, sex: 'female' });
    const a = c.address('us');
    return lowerF(
      t`hey its ${c.name(me, 'given')} running late!! can u grab ${c.pick(['nana', 'gran', 'auntie'])} ${c.name(nana, 'given')} from ${a.street} @ 3? her # is ${c.phone('us', false)} thx`,
    );
  },
  // H3. Form / list
  (c) => {
    const p = c.person();
    const a = c.address('us');
    const em = c.person();
    return t`Name: ${c.name(p, c.pick<NameForm>(['full', 'comma', 'upper']))}\nDOB: ${c.date('dob', c.pick([0, 1, 4]))}\nAddress: ${a.street}\nCity: ${a.city}   State: ${c.pick(US_STATES)}   ZIP: ${a.zip}\nPhone: ${c.phone('us', false)}\nSSN: ${lab('SSN', c.ssnValue())}\nEmergency contact: ${N(em.full)} (${c.pick(['daughter', 'son', 'spouse', 'friend'])})`;
  },
  // H4. Voicemail transcript
  (c) => {
    const me = c.person({ latin: true });
    const mum = c.person({ latin: true, sex: 'female' });
    const n = c.oldAge();
    return t`Voicemail ${c.pick(['10:42 AM', '3:15 PM', '08:05'])} — "hi um this is ${N(me.full)} calling about my mother ${N(mum.full)}, she's ${A(spellAge(n, c.r))} and uh she fell again, can someone call me back on ${c.phone(c.pick<Region>(['us', 'uk', 'au']), false)}, thanks"`;
  },
  // H5. Helpdesk ticket
  (c) => {
    const p = c.person({ latin: true });
    const r = c.r;
    return t`[Ticket] User ${lab('ID', c.usernameValue(p))} (${N(p.full)}) reports laptop ${c.device('it')} won't boot. Last login from ${c.ip()}; MAC ${lab('DEVICE', Array.from({ length: 6 }, () => r.chars(2, '0123456789ABCDEF')).join(':'))}. Phone IMEI ${lab('DEVICE', c.imeiValue())}. Priority P${r.int(1, 4)}.`;
  },
  // H6. Police incident report
  (c) => {
    const rp = c.person({ latin: true });
    const sus = c.person();
    const a = c.address('us');
    return t`INCIDENT ${c.r.int(24, 25)}-${c.r.digits(6)}: Reporting party ${upperF(N(`${rp.family}, ${rp.given}`))} stated that a grey sedan, ${c.plate()}, struck ${rp.sex === 'female' ? 'her' : 'his'} fence at ${a.street} on ${c.date('event')}. Driver identified as ${N(sus.full)} (${c.licence(sus, 'driving')}).`;
  },
  // H7. Obituary
  (c) => {
    const p = c.person({ latin: true });
    const kid = c.person({ latin: true });
    const n = c.oldAge();
    return t`${N(p.full)}, ${A(String(n))}, of ${c.city()}, died peacefully on ${c.date('event', c.pick([5, 6, 7, 21]))}. Born ${c.date('old', c.pick([5, 6, 7]))} in ${c.city()}, ${p.sex === 'female' ? 'she' : 'he'} is survived by ${c.name(kid, 'given')} and ${c.r.int(2, 9)} grandchildren. Donations to ${c.pick(PROGRAMMES)}.`;
  },
  // H8. UK tenancy letter
  (c) => {
    const p = c.person();
    const a = c.address('uk');
    return t`Dear ${c.name(p, c.pick<NameForm>(['title', 'titleFull']))}\n\nRe: ${a.street}, ${a.city} ${a.zip}\n\nYour tenancy ends on ${c.date('event', c.pick([5, 14, 6]))}. Please return the keys to our office. Rent arrears: £${c.r.int(100, 2400)}. Sort code 20-00-00, account ${lab('ACCOUNT', c.r.digits(8))}.\n\nKind regards\nLettings Team`;
  },
  // H9. Affidavit
  (c) => {
    const p = c.person({ latin: true });
    const a = c.address(c.pick<Region>(['us', 'ie', 'au']));
    return t`I, ${upperF(N(p.full))}, of ${a.line}, being duly sworn, depose and say that the foregoing is true. Sworn before me on ${c.date('event', 21)}.\nNotary: ${N(c.person({ latin: true }).full)}`;
  },
  // H10. Timestamped chat log
  (c) => {
    const me = c.person({ latin: true });
    const nan = c.person({ sex: 'female' });
    const nurse = c.person({ latin: true, plain: true });
    const user = c.usernameValue(me);
    return t`[09:14] ${lab('ID', user)}: my nan ${c.name(nan, 'given')} is on ward 4\n[09:15] ${lab('ID', user)}: nurse ${N(nurse.given)} says she's ${A(String(c.oldAge()))} not 89 lol they had her dob as ${c.date('old', c.pick([0, 3, 9]))}`;
  },
  // H11. Hospice handover bullets
  (c) => {
    const p = c.person();
    const q = c.person();
    return t`HANDOVER\n- ${p.cjk ? N(p.full) : N(p.family)}, bed ${c.r.int(1, 30)}: ${A(String(c.oldAge()))}yo, comfort care, ${c.pick(DRUGS)} via syringe driver. DNACPR.\n- ${q.cjk ? N(q.full) : N(q.family)}, bed ${c.r.int(1, 30)}: ${c.youngAge()}yo, ${c.pick(CONDITIONS)}, ${c.pick(LABS)}.`;
  },
  // H12. Wire transfer form
  (c) => {
    const p = c.person();
    const a = c.address(c.pick<Region>(['nl', 'it', 'br', 'uk']));
    return t`BENEFICIARY: ${upperF(N(p.full))}\nIBAN: ${lab('ACCOUNT', c.ibanValue())}\nADDRESS: ${a.line}\nREFERENCE: invoice ${c.r.int(100, 999)}/${c.r.int(2023, 2025)}\nDATE: ${c.date('event', 4)}`;
  },
  // H13. Spanish-language clinical note
  (c) => {
    const p = c.person({ latin: true, sex: 'female' });
    const a = c.address('es');
    const n = c.oldAge();
    return t`La paciente ${N(p.full)}, de ${A(String(n))} años, acude a consulta el ${c.foreignDate('es')}. Domicilio: ${a.street}, ${a.zip} ${a.city}. Tel. ${c.phone('es', false)}. DNI ${lab('SSN', c.dniValue())}. Antecedentes: enfermedad de Parkinson, toma ${c.pick(DRUGS)}.`;
  },
  // H14. German-language note
  (c) => {
    const p = c.person({ latin: true, sex: 'male' });
    const a = c.address('de');
    return t`Herr ${N(p.family)} (geb. ${c.foreignDate('de', 'old')}), ${A(String(c.oldAge()))} Jahre, wohnhaft ${a.street}, ${a.zip} ${a.city}. Tel. ${c.phone('de', false)}. Versichertennummer ${lab('ACCOUNT', c.kvnrValue())}. Diagnose: Morbus Crohn.`;
  },
  // H15. French-language letter
  (c) => {
    const p = c.person({ latin: true, sex: 'female' });
    const a = c.address('fr');
    return t`Madame ${N(p.full)}, née le ${c.foreignDate('fr', 'old')}, ${A(String(c.oldAge()))} ans, demeurant ${a.street}, ${a.zip} ${a.city}. Tél. : ${c.phone('fr', false)}. N° de sécurité sociale : ${lab('SSN', c.nirValue())}. Maladie d'Alzheimer.`;
  },
  // H16. Broken-English message from a relative abroad
  (c) => {
    const dad = c.person({ sex: 'male', latin: true });
    const me = c.person({ latin: true });
    const region = c.pick<'ng' | 'in'>(['ng', 'in']);
    const city = L(c.pick(region === 'ng' ? NG_CITIES : IN_CITIES));
    return t`Sir good day, my father name is ${N(dad.full)} age ${A(String(c.oldAge()))}, he is having the ${c.pick(['sugar', 'pressure', 'stroke'])} since long time. We are in ${city}, my number ${c.phone(region, false)}. Kindly advise. ${N(me.given)}`;
  },
  // H17. EOB table rows
  (c) => {
    const p = c.person();
    const r = c.r;
    return t`CLAIM | PATIENT | DOS | MEMBER | BILLED\n${lab('ID', `${r.digits(4)}-${r.digits(7)}`)} | ${upperF(N(`${p.family}, ${p.given}`))} | ${c.date('event', c.pick([0, 1]))} | ${lab('ACCOUNT', `${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(9)}`)} | $${r.int(40, 900)}.00`;
  },
  // H18. Social media post
  (c) => {
    const nurse = c.person({ latin: true, plain: true });
    const gran = c.person({ latin: true, sex: 'female' });
    const n = c.oldAge();
    return t`shoutout to nurse ${N(nurse.given)} at ${c.pick(HOSPITALS)} who stayed late w my grandma ${N(gran.given)} on her ${A(ordinal(n))} birthday 🎂💕 ${c.url(gran)}`;
  },
  // H19. Custody memo about a minor
  (c) => {
    const mum = c.person({ sex: 'female' });
    const dad = c.person({ sex: 'male' });
    const ini = `${c.r.chars(1, 'ABCDEFGHJKLMNPRST')}.${c.r.chars(1, 'ABCDEFGHJKLMNPRSTW')}.`;
    return t`Re: minor child ${ini}, born ${c.date('child', c.pick([0, 5, 6]))}. Mother ${N(mum.full)} (${c.phone('us', false)}) seeks relocation to ${c.city()}; father ${N(dad.full)} objects. Hearing ${c.dateWithWeekday()} before ${c.pick(COURTS)}.`;
  },
  // H20. Australian / Irish GP message
  (c) => {
    const p = c.person();
    const region = c.pick<'au' | 'ie'>(['au', 'ie']);
    const a = c.address(region);
    return t`G'day team — ${c.name(p, c.pick<NameForm>(['full', 'titleFull']))} has moved to ${a.line}. New mobile ${c.phone(region, false)}. Medicare/IHI on file, ${c.pick(LABS)}. Cheers.`;
  },
  // H21. Brazilian Portuguese registration
  (c) => {
    const p = c.person({ latin: true });
    const a = c.address('br');
    return t`Paciente: ${N(p.full)}\nNascimento: ${c.foreignDate('pt', 'dob')}\nEndereço: ${a.line}\nCelular: ${c.phone('br', false)}\nE-mail: ${c.email(p)}`;
  },
  // H22. Wire-service news item with an upper-case dateline
  (c) => {
    const p = c.person({ latin: true });
    const [city, st] = c.pick<[string, string]>([['SPOKANE', 'Wash.'], ['DAYTON', 'Ohio'], ['BOISE', 'Idaho'], ['TULSA', 'Okla.'], ['EUGENE', 'Ore.'], ['DULUTH', 'Minn.'], ['SAVANNAH', 'Ga.']]);
    return t`${L(city)}, ${st} (AP) — ${N(p.full)}, ${A(String(c.oldAge()))}, was honoured on ${c.date('event', c.pick([6, 7, 12]))} for ${c.r.int(40, 70)} years of volunteering with ${c.pick(PROGRAMMES)}. "${c.pick(['Faith', 'Hope', 'Patience'])} keeps you going," ${c.name(p, 'given')} said.`;
  },
  // H23. Wristband / specimen label
  (c) => {
    const p = c.person();
    const name = p.cjk ? N(p.full) : N(`${p.family.toUpperCase()}, ${p.given}`);
    const id = c.r.chance(0.3) ? t`NHS ${lab('MRN', c.nhsValue())}` : t`MRN ${lab('MRN', c.mrnValue())}`;
    return t`▌${name}   ${p.sex === 'female' ? 'F' : 'M'}   DOB ${c.date('dob', c.pick([0, 3, 4, 10]))}\n▌${id}   ${c.pick(HOSPITALS)}\n▌ALLERGIES: ${c.pick(DRUGS).toUpperCase()}   ${c.pick(['FALLS RISK', 'DNACPR', 'NBM', 'LATEX'])}`;
  },
  // H24. Claim form boxes
  (c) => {
    const p = c.person({ latin: true });
    const doc = c.person({ latin: true });
    const { y, m, d } = c.ymd('dob');
    return t`2. PATIENT'S NAME ${upperF(N(`${p.family}, ${p.given}`))}   3. BIRTH DATE ${D(`${c.r.pad(m, 2)} ${c.r.pad(d, 2)} ${y}`)}\n5. ADDRESS ${upperF(c.address('us').line)}\n24J. RENDERING PROVIDER ID ${lab('NPI', c.npiValue())}   33. BILLING PROVIDER ${upperF(N(doc.full))} ${c.pick(CREDENTIALS)}   33a. ${lab('NPI', c.npiValue())}`;
  },
];

// ---------------------------------------------------------------------------------------------
// Sentences with nothing to find

const tuningNegatives: Template[] = [
  (c) => t`${c.pick(DRUGS)} ${c.pick(DOSES)} started for ${c.pick(EPONYMS)}; ${c.pick(LABS)}, ${c.pick(LABS)}. Review ${c.pick(TIMES)}.`,
  (c) =>
    t`${c.pick(['Patience is needed', 'Grace period is 30 days', 'Hope this helps', 'Will review', 'Faith-based support offered', 'Rose to 142 overnight', 'Iris and pupil normal', 'May consider a switch', 'Mark the chart', 'Bill the insurer'])} — ${c.pick(DRUGS)} vs ${c.pick(DRUGS)}, ${c.pick(LABS)}, ${c.pick(SMALL_MISC)}.`,
  (c) => t`Under ${c.pick(PROGRAMMES)}, an eligible employee may take up to 12 weeks; see section ${c.r.int(100, 899)}.${c.r.int(10, 99)} and ${c.pick(SMALL_MISC)}. ${c.pick(COMPANIES)} policy ${c.pick(['v3.1', '2.0', 'rev. 7'])} applies.`,
  (c) => t`In ${c.r.int(2015, 2024)}, 1 in ${c.r.int(3, 6)} adults aged ${c.r.int(60, 70)}-${c.r.int(71, 84)} reported falls; rates rose to ${c.r.int(20, 45)}% by ${c.r.int(2024, 2026)} (n = ${c.r.int(120, 9000)}).`,
  (c) => lowerF(t`does ${c.pick(DRUGS)} interact with ${c.pick(DRUGS)}? my a1c was ${c.r.int(6, 9)}.${c.r.int(0, 9)} last time and im ${c.youngAge()}, also have ${c.pick(EPONYMS)}`),
  (c) => t`Deductible $${c.r.int(5, 30)}00; out-of-pocket max $${c.r.int(3, 9)},000; copay $${c.r.int(10, 60)} per visit for Tier ${c.r.int(1, 4)} drugs such as ${c.pick(DRUGS)}. Call ${c.pick(['the number on your card', 'member services'])} ${c.pick(['8-5 Mon-Fri', 'weekdays 9am-6pm'])}.`,
  (c) => t`A ${c.youngAge()}-year-old with ${c.pick(EPONYMS)} and ${c.pick(EXAM_EPONYMS)}; ${c.pick(LABS)}. Plan: ${c.pick(DRUGS)} ${c.pick(DOSES)}, ${c.pick(PROGRAMMES)} referral, ${c.pick(SMALL_MISC)}.`,
  (c) => t`${c.pick(['Chase the lab for the CRP', 'Page the registrar if HR > 120', 'Bill to the practice account', 'Will discuss at MDT', 'Mark as urgent'])}; ${c.pick(LABS)}, ${c.pick(LABS)}. ${cap(c.pick(TIMES))}, recheck.`,
  (c) => t`${cap(c.pick(PROGRAMMES))} provides ${c.r.int(6, 26)} weeks; ${c.pick(PROGRAMMES)} delivers Monday to Friday; ${c.pick(PROGRAMMES)} is paid monthly. Ward ${c.r.int(1, 12)} has ${c.r.int(12, 32)} beds.`,
];

const heldoutNegatives: Template[] = [
  (c) => lowerF(t`running ${c.r.int(5, 20)} min late, bp was ${c.pick(['142/88', '150/95', '128/80'])} again lol, taking 1/2 tab of ${c.pick(DRUGS)} tonight, pain ${c.r.int(2, 9)}/10`),
  (c) => t`Pursuant to Rule ${c.r.int(12, 60)}(b)(${c.r.int(1, 6)}) and RCW 26.09.${c.r.int(100, 199)}, the parties shall exchange disclosures within ${c.r.int(10, 30)} days. ${cap(c.pick(COURTS))} retains jurisdiction.`,
  (c) =>
    joinF(
      [
        c.pick(['Name: ________', 'Patient name: [BLANK]', 'Full name (print): ______', 'NAME: N/A']),
        c.pick(['DOB: __/__/____', 'Date of birth: MM/DD/YYYY', 'DOB: [redacted]', 'D.O.B.: dd/mm/yyyy']),
        c.pick(['SSN: XXX-XX-XXXX', 'SSN: ***-**-****', 'NI number: QQ 12 34 56 C (example only)', 'Social Security #: n/a']),
        c.pick(['Phone: (   )    -', 'Tel: ___________', 'Mobile: +44 ____ ______', 'Phone: same as above']),
        c.pick(['Signature: ______________', 'Signed: [ ]', `Form ${c.pick(['I-9', 'W-4', 'HR-12', 'SA100'])} rev. ${c.r.int(1, 12)}/${c.r.int(2018, 2025)}`]),
      ],
      '\n',
    ),
  (c) => t`Version ${c.r.int(1, 9)}.${c.r.int(0, 20)}.${c.r.int(0, 9)} fixes a crash on Android ${c.r.int(11, 15)}; build ${c.r.int(1000, 9999)} is withdrawn. ${c.r.int(3, 40)} tests, ${c.r.int(0, 3)} skipped, ${c.pick(TIMES)}.`,
  (c) => t`Grand rounds: ${c.pick(EPONYMS)} vs ${c.pick(EPONYMS)}, with a note on ${c.pick(EXAM_EPONYMS)}. Bring your ${c.pick(DRUGS)} questions; Dr. on call to present ${c.pick(TIMES_OF_DAY)}.`,
  (c) => t`SpO2 ${c.r.int(90, 99)}%, HR ${c.r.int(90, 120)}, T ${c.r.int(36, 39)}.${c.r.int(0, 9)}; ${c.r.int(90, 99)}th centile for weight. ${c.pick(['Comfort', 'Peace', 'Patience', 'Joy'])} measures in place, ${c.pick(SMALL_MISC)}.`,
  (c) => t`Click Save, then Export to PDF; Chrome ${c.r.int(110, 130)} and Firefox ${c.r.int(110, 130)} are supported. Error code ${c.r.int(400, 599)} means retry after ${c.r.int(5, 60)} seconds.`,
  (c) => t`Take ${c.pick(['1 tablet', '2 tablets'])} at 8 am and 8 pm for ${c.r.int(3, 10)} days; do not exceed 4 g of ${c.pick(['paracetamol', 'Tylenol'])} in 24 hours. ${c.pick(['Grace', 'Hope', 'Faith'])} Community Pharmacy is open until 9.`,
  (c) => t`Q${c.r.int(1, 4)} target: ${c.r.int(90, 98)}% of referrals within ${c.r.int(7, 28)} days; ${c.r.int(1000, 1300)} of ${c.r.int(1301, 1500)} met. ${c.pick(EPONYMS)} clinic waits rose ${c.r.int(2, 30)}% since ${c.r.int(2015, 2023)}.`,
];

// ---------------------------------------------------------------------------------------------

const NEGATIVE_SHARE = 0.2;
const TUNING_SHARE = 0.6;

function tidy(f: Frag): LabelledSentence {
  return { text: f.text, expected: f.expected.map((e) => ({ kind: e.kind, text: e.text })) };
}

/** Generate `count` labelled sentences, deterministically for `seed`. */
export function generateSet(options: GenerateOptions): LabelledSentence[] {
  const rng = new Rng(options.seed);
  const fakerSeed = (options.seed * 2654435761) >>> 0;
  const fakers = new Map<string, Faker>();
  const out: LabelledSentence[] = [];
  for (let i = 0; i < options.count; i++) {
    const family: Family = options.families ?? (rng.chance(TUNING_SHARE) ? 'tuning' : 'heldout');
    const ctx = new Ctx(rng, family, fakers, fakerSeed);
    const negative = rng.chance(NEGATIVE_SHARE);
    const pool = negative
      ? family === 'tuning'
        ? tuningNegatives
        : heldoutNegatives
      : family === 'tuning'
        ? tuningTemplates
        : heldoutTemplates;
    out.push(tidy(rng.pick(pool)(ctx)));
  }
  return out;
}

/** Numbers of template families, for reports. */
export const templateCounts = {
  tuning: tuningTemplates.length,
  heldout: heldoutTemplates.length,
  tuningNegatives: tuningNegatives.length,
  heldoutNegatives: heldoutNegatives.length,
};
