// Check digits and issuing rules, so that a number shaped like an identifier is masked only when
// it could really be one: a random 16-digit string passes Luhn one time in ten.

/** Whether a digit string passes the Luhn (mod 10) check used by payment cards, IMEIs and NPIs. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a (separator-free) number is a plausible payment card: known issuer prefix, length and Luhn. */
export function isCardNumber(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  const issuer =
    /^4/.test(digits) || // Visa
    /^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(digits) || // Mastercard
    /^3[47]/.test(digits) || // American Express
    /^(6011|65|64[4-9]|622)/.test(digits) || // Discover, UnionPay
    /^(35(2[89]|[3-8]\d)|3(0[0-5]|[689]))/.test(digits); // JCB, Diners
  return issuer && luhnValid(digits);
}

/** Whether a 10-digit NPI is valid: it starts with 1 or 2 and passes Luhn with the 80840 health-industry prefix. */
export function isValidNpi(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && luhnValid(`80840${npi}`);
}

/** Whether a nine-digit SSN could have been issued: area not 000, 666 or 9xx, group not 00, serial not 0000. */
export function isValidSsn(ssn: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(ssn);
  if (!m) return false;
  const [, area = '', group = '', serial = ''] = m;
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}

const vinValues: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const vinWeights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Whether a 17-character VIN has a correct check digit (position 9, per 49 CFR 565). */
export function isValidVin(vin: string): boolean {
  const v = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v.charAt(i);
    sum += (/\d/.test(c) ? Number(c) : (vinValues[c] ?? 0)) * (vinWeights[i] ?? 0);
  }
  const check = sum % 11;
  return v.charAt(8) === (check === 10 ? 'X' : String(check));
}

/** Whether a DEA registration number (two letters, seven digits) has a correct check digit. */
export function isValidDea(dea: string): boolean {
  const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})$/.exec(dea.toUpperCase());
  if (!m) return false;
  const d = (m[1] ?? '').split('').map(Number);
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0] = d;
  return (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) % 10 === d7;
}

/** Whether an IBAN (spaces allowed) passes the ISO 13616 mod-97 check. */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Whether a 10-digit NHS number (spaces allowed) passes its mod-11 check digit. */
export function isValidNhsNumber(nhs: string): boolean {
  const d = nhs.replace(/ /g, '');
  if (!/^\d{10}$/.test(d) || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(d[9]);
}

/** Whether a UK National Insurance number is well formed: two letters (not D, F, I, Q, U, V; no BG, GB, KN, NK, NT, TN, ZZ), six digits, A–D. */
export function isValidNino(nino: string): boolean {
  const n = nino.replace(/ /g, '').toUpperCase();
  // QQ is never issued but is the form's own example, so people write it; it is masked like a real one.
  return (/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(n) && !/^(?:BG|GB|KN|NK|NT|TN|ZZ)/.test(n)) || /^QQ\d{6}[A-D]$/.test(n);
}

/** Whether a Canadian Social Insurance Number (nine digits) passes Luhn and does not start with 0 or 8. */
export function isValidSin(sin: string): boolean {
  const d = sin.replace(/[ -]/g, '');
  return /^[1-79]\d{8}$/.test(d) && luhnValid(d);
}
