// Personal national identity numbers of other countries, found by their shape and their own check
// digit, with no label needed: a number written without "DNI" or "PESEL" before it is still one.
// Each is the same kind of identifier as a US SSN. Where a shape is common (nine bare digits), only
// a check strong enough to tell it from a phone or a case number is used; the rest need a label
// (redact-patterns.ts) or are left to the generic number rule.

import { luhnValid } from './redact-checks';
import { scan, tier, type Emit } from './redact-scan';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI ("48293715V") and NIE ("Y2847163F"): the letter is the number mod 23. */
export function isValidDni(value: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(value);
  if (!m || (m[1] ? m[2]?.length !== 7 : m[2]?.length !== 8)) return false;
  const n = Number(`${m[1] ? 'XYZ'.indexOf(m[1]) : ''}${m[2]}`);
  return DNI_LETTERS[n % 23] === m[3];
}

/** Brazilian CPF ("529.982.247-25"): two mod-11 check digits; eleven equal digits are not issued. */
export function isValidCpf(value: string): boolean {
  const d = value.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const check = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

/** Chilean RUT/RUN ("14.582.339-K"): mod 11 with weights 2..7, K for 10. */
export function isValidRut(value: string): boolean {
  const m = /^(\d{1,2}\.?\d{3}\.?\d{3})-([\dkK])$/.exec(value);
  if (!m?.[1]) return false;
  const body = m[1].replace(/\./g, '');
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === m[2]?.toUpperCase();
}

/** Polish PESEL (11 digits): weighted check digit, and a real birth date (the century is in the month). */
export function isValidPesel(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((s, w, i) => s + w * Number(value[i]), 0);
  if ((10 - (sum % 10)) % 10 !== Number(value[10])) return false;
  const month = Number(value.slice(2, 4)) % 20;
  const day = Number(value.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Turkish identity number (T.C. Kimlik, 11 digits, not starting with 0): two check digits. */
export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = [...value].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  return tenth === d[9] && d.slice(0, 10).reduce((s, x) => s + x, 0) % 10 === d[10];
}

/** Chinese resident identity number (18 characters): ISO 7064 mod 11-2 check, and a real birth date. */
export function isValidPrcId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(value[i]), 0);
  if ('10X98765432'[sum % 11] !== value[17]) return false;
  return realDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)));
}

/** French social security number (NIR, 13 digits, Corsica 2A/2B, then a key of two): key = 97 − n mod 97. */
export function isValidNir(value: string): boolean {
  const d = value.replace(/\s/g, '');
  const m = /^([12]\d{4})(\d{2}|2A|2B)(\d{6})(\d{2})$/.exec(d);
  if (!m) return false;
  const department = m[2] === '2A' ? '19' : m[2] === '2B' ? '18' : m[2];
  const n = BigInt(`${m[1]}${department}${m[3]}`);
  return 97n - (n % 97n) === BigInt(m[4] ?? '');
}

/** Irish PPS number ("1234567T", "1234567TW"): a mod-23 check letter (the second letter counts 9 times its place). */
export function isValidPps(value: string): boolean {
  const m = /^(\d{7})([A-W])([ABHW]?)$/.exec(value);
  if (!m?.[1]) return false;
  let sum = [...m[1]].reduce((s, c, i) => s + Number(c) * (8 - i), 0);
  if (m[3]) sum += 9 * ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(m[3]) + 1);
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === m[2];
}

/** Italian codice fiscale (16 characters): the last letter checks the other fifteen. */
export function isValidCodiceFiscale(value: string): boolean {
  // Digits may be replaced by letters (LMNPQRSTUV) when two people would share a code.
  if (!/^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/.test(value)) return false;
  const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    const index = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (oddValues[index] ?? 0) : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === value[15];
}

/** Mexican CURP (18 characters): a check digit over the other seventeen, and a real birth date. */
export function isValidCurp(value: string): boolean {
  if (!/^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[\dA-Z]\d$/.test(value)) return false;
  const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(value[i] ?? '') * (18 - i);
  if ((10 - (sum % 10)) % 10 !== Number(value[17])) return false;
  return realDate(1900 + Number(value.slice(4, 6)), Number(value.slice(6, 8)), Number(value.slice(8, 10)));
}

/** Singapore NRIC/FIN ("S1234567D"): weighted check letter, by series. */
export function isValidNric(value: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(value);
  if (!m?.[2]) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = [...m[2]].reduce((s, c, i) => s + Number(c) * (weights[i] ?? 0), 0);
  if (m[1] === 'T' || m[1] === 'G') sum += 4;
  if (m[1] === 'M') sum += 3;
  const letters = m[1] === 'S' || m[1] === 'T' ? 'JZIHGFEDCBA' : m[1] === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  return letters[sum % 11] === m[3];
}

/** South African identity number (13 digits): a birth date, then Luhn. */
export function isValidSaId(value: string): boolean {
  return /^\d{13}$/.test(value) && realDate(1900 + Number(value.slice(0, 2)), Number(value.slice(2, 4)), Number(value.slice(4, 6))) && /^[01]$/.test(value[10] ?? '') && luhnValid(value);
}

/** Swedish personnummer ("811228-9874", "19811228-9874"): a birth date (or coordination day + 60), then Luhn over ten digits. */
export function isValidPersonnummer(value: string): boolean {
  const m = /^(?:\d{2})?(\d{2})(\d{2})(\d{2})[-+](\d{4})$/.exec(value);
  if (!m) return false;
  const day = Number(m[3]) > 60 ? Number(m[3]) - 60 : Number(m[3]);
  return realDate(2000, Number(m[2]), day) && luhnValid(`${m[1]}${m[2]}${m[3]}${m[4]}`);
}

/** Finnish henkilötunnus ("131052-308T"): a birth date, a century sign, and a mod-31 check character. */
export function isValidHetu(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([\dA-Y])$/.exec(value);
  if (!m || !realDate(2000, Number(m[2]), Number(m[1]))) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${m[1]}${m[2]}${m[3]}${m[5]}`) % 31] === m[6];
}

/** Norwegian fødselsnummer (11 digits): a birth date (D-numbers add 40 to the day), then two mod-11 check digits. */
export function isValidFodselsnummer(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const d = [...value].map(Number);
  const day = d[0]! * 10 + d[1]! > 40 ? d[0]! * 10 + d[1]! - 40 : d[0]! * 10 + d[1]!;
  if (!realDate(2000, d[2]! * 10 + d[3]!, day)) return false;
  const k = (weights: number[]) => {
    const r = 11 - (weights.reduce((s, w, i) => s + w * d[i]!, 0) % 11);
    return r === 11 ? 0 : r;
  };
  return k([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}

/** Romanian CNP (13 digits): sex and century, a birth date, then a check digit with the weights 279146358279. */
export function isValidCnp(value: string): boolean {
  if (!/^[1-8]\d{12}$/.test(value) || !realDate(2000, Number(value.slice(3, 5)), Number(value.slice(5, 7)))) return false;
  const weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
  const r = weights.reduce((s, w, i) => s + w * Number(value[i]), 0) % 11;
  return (r === 10 ? 1 : r) === Number(value[12]);
}

/** Belgian national register number ("85.07.30-033.28"): the last two digits are 97 − n mod 97 (2000 and later: with a 2 before). */
export function isValidBelgianNrn(value: string): boolean {
  const d = value.replace(/[.\s-]/g, '');
  if (!/^\d{11}$/.test(d)) return false;
  const body = d.slice(0, 9);
  const check = Number(d.slice(9));
  return 97 - (Number(body) % 97) === check || 97 - (Number(`2${body}`) % 97) === check;
}

/** Aadhaar (12 digits, not starting with 0 or 1): the Verhoeff check. */
export function isValidAadhaar(value: string): boolean {
  const d = value.replace(/\s/g, '');
  if (!/^[2-9]\d{11}$/.test(d)) return false;
  let c = 0;
  for (let i = 0; i < d.length; i++) c = verhoeffD[c]![verhoeffP[i % 8]![Number(d[d.length - 1 - i])]!]!;
  return c === 0;
}

const verhoeffD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const verhoeffP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 8, 7, 0, 6],
  [4, 2, 8, 6, 5, 7, 0, 3, 9, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A shape, and the check that makes a match of it a national identity number. */
const shapes: Array<[RegExp, (value: string) => boolean]> = [
  [/(?<![\p{L}\d])[XYZ]?\d{7,8}[A-Z](?![\p{L}\d])/gu, isValidDni],
  [/(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])/g, isValidCpf],
  [/(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\p{L}\d])/gu, isValidRut],
  [/(?<![\p{L}\d])\d{17}[\dX](?![\p{L}\d])/gu, isValidPrcId],
  [/(?<![\d])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\d])/g, isValidNir],
  [/(?<![\p{L}\d])\d{7}[A-W][ABHW]?(?![\p{L}\d])/gu, isValidPps],
  [/(?<![\p{L}\d])[A-Z]{6}[\dLMNP-V]{2}[A-Z][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z](?![\p{L}\d])/gu, isValidCodiceFiscale],
  [/(?<![\p{L}\d])[A-Z]{4}\d{6}[HMX][A-Z]{5}[\dA-Z]\d(?![\p{L}\d])/gu, isValidCurp],
  [/(?<![\p{L}\d])[STFGM]\d{7}[A-Z](?![\p{L}\d])/gu, isValidNric],
  [/(?<![\d-])(?:\d{2})?\d{6}[-+]\d{4}(?![\d-])/g, isValidPersonnummer],
  [/(?<![\p{L}\d-])\d{6}[-+A-FU-Y]\d{3}[\dA-Y](?![\p{L}\d])/gu, isValidHetu],
  [/(?<![\d.])\d{2}\.\d{2}\.\d{2}[-.]\d{3}\.\d{2}(?![\d.])/g, isValidBelgianNrn],
  [/(?<![\d ])[2-9]\d{3} \d{4} \d{4}(?![\d])/g, isValidAadhaar],
  // Korean resident registration number ("850412-1234561") and Malaysian MyKad ("850412-14-5678"): a birth date first.
  [/(?<![\d-])\d{6}-[1-8]\d{6}(?![\d-])/g, (v) => realDate(2000, Number(v.slice(2, 4)), Number(v.slice(4, 6)))],
  [/(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])/g, (v) => realDate(2000, Number(v.slice(2, 4)), Number(v.slice(4, 6)))],
  // Eleven or thirteen bare digits: PESEL, T.C. Kimlik, fødselsnummer; a South African ID or a CNP.
  [/(?<![\d.,+-])\d{11}(?![\d.,-])/g, (v) => isValidTckn(v) || isValidPesel(v) || isValidFodselsnummer(v)],
  [/(?<![\d.,+-])\d{13}(?![\d.,-])/g, (v) => isValidSaId(v) || isValidCnp(v)],
];

/** Emits every national identity number whose shape and check digit fit, as SSN. */
export function findNationalIds(text: string, emit: Emit): void {
  for (const [shape, valid] of shapes) {
    scan(text, shape, (m) => {
      if (!valid(m[0])) return false;
      emit('SSN', m.index, m.index + m[0].length, tier.checksum);
    });
  }
}
