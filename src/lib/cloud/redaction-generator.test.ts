import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from './redact';
import { blindSet } from './redaction-blind';
import { generateSet } from './redaction-generator';
import type { LabelledSentence } from './redaction-set';

// --- checksum helpers (independent of the generator's own code) ------------------------------

function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

const npiValid = (s: string): boolean => /^[12]\d{9}$/.test(s) && luhnValid(`80840${s}`);

function vinValid(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  const map: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i] ?? '0';
    sum += (/\d/.test(ch) ? Number(ch) : (map[ch] ?? 0)) * (weights[i] ?? 0);
  }
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const numeric = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}

function nhsValid(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  if (!/^\d{10}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(s[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(s[9]);
}

function ssnValid(raw: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(raw);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

const niValid = (raw: string): boolean => {
  const s = raw.replace(/ /g, '');
  return /^(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z]\d{6}[A-D]$/.test(s) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(s);
};

function nirValid(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  if (!/^[12]\d{14}$/.test(s)) return false;
  return 97 - mod97(s.slice(0, 13)) === Number(s.slice(13));
}

function deaValid(s: string): boolean {
  if (!/^[A-Z]{2}\d{7}$/.test(s)) return false;
  const d = s.slice(2).split('').map(Number);
  const sum = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0));
  return sum % 10 === d[6];
}

function kvnrValid(s: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(s)) return false;
  const digits = String(s.charCodeAt(0) - 64).padStart(2, '0') + s.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    if (v > 9) v = Math.floor(v / 10) + (v % 10);
    sum += v;
  }
  return sum % 10 === Number(s[9]);
}

function peselValid(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = w.reduce((acc, x, i) => acc + x * Number(s[i]), 0);
  return (10 - (sum % 10)) % 10 === Number(s[10]);
}

function codiceFiscaleValid(s: string): boolean {
  if (!/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i] ?? '0';
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (odd[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

const dniValid = (s: string): boolean => /^\d{8}[A-Z]$/.test(s) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(s.slice(0, 8)) % 23] === s[8];

/** Checks every checksum-bearing identifier by its kind and written shape; returns the failures. */
function checksumFailures(set: LabelledSentence[]): string[] {
  const bad: string[] = [];
  const fail = (kind: IdentifierKind, text: string, why: string): void => {
    bad.push(`${kind} ${text}: ${why}`);
  };
  for (const s of set) {
    for (const { kind, text } of s.expected) {
      const compact = text.replace(/[ -]/g, '');
      switch (kind) {
        case 'NPI':
          if (!npiValid(text)) fail(kind, text, 'NPI Luhn');
          break;
        case 'SSN':
          if (/^[A-Z]{2}/i.test(compact)) {
            if (!niValid(text.toUpperCase())) fail(kind, text, 'NI format');
          } else if (/^\d{3}([ -])\d{3}\1\d{3}$/.test(text)) {
            if (!luhnValid(compact)) fail(kind, text, 'SIN Luhn');
          } else if (/^\d{15}$/.test(compact)) {
            if (!nirValid(text)) fail(kind, text, 'NIR key');
          } else if (/^\d{8}[A-Z]$/.test(text)) {
            if (!dniValid(text)) fail(kind, text, 'DNI letter');
          } else if (!ssnValid(text)) fail(kind, text, 'SSN rules');
          break;
        case 'MRN':
          if (/^\d{10}$/.test(compact) && !nhsValid(text)) fail(kind, text, 'NHS mod 11');
          break;
        case 'ACCOUNT':
          if (/^[A-Z]{2}\d{2}[A-Z0-9]/i.test(text.replace(/ /g, '')) && !text.includes('-')) {
            if (!ibanValid(text.toUpperCase())) fail(kind, text, 'IBAN mod 97');
          } else if (/^4\d{15}$/.test(compact)) {
            if (!luhnValid(compact)) fail(kind, text, 'card Luhn');
          } else if (/^[A-Z]\d{9}$/.test(text)) {
            if (!kvnrValid(text)) fail(kind, text, 'KVNR check');
          }
          break;
        case 'LICENSE':
          if (/^[A-Z]{2}\d{7}$/.test(text) && !deaValid(text)) fail(kind, text, 'DEA check');
          break;
        case 'VEHICLE':
          if (text.length === 17 && !vinValid(text.toUpperCase())) fail(kind, text, 'VIN check digit');
          break;
        case 'DEVICE':
          if (/^\d{15}$/.test(compact) && !luhnValid(compact)) fail(kind, text, 'IMEI Luhn');
          break;
        case 'ID':
          if (/^\d{8}[A-Z]$/.test(text) && !dniValid(text)) fail(kind, text, 'DNI letter');
          if (/^\d{11}$/.test(text) && !peselValid(text)) fail(kind, text, 'PESEL check');
          if (/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(text) && !codiceFiscaleValid(text)) fail(kind, text, 'codice fiscale check');
          break;
        default:
          break;
      }
    }
  }
  return bad;
}

function missing(set: LabelledSentence[]): string[] {
  const out: string[] = [];
  for (const s of set) for (const e of s.expected) if (!s.text.includes(e.text)) out.push(`${e.kind} "${e.text}" not in: ${s.text}`);
  return out;
}

describe('checksum helpers', () => {
  it('accept known-good and reject known-bad numbers', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
    expect(vinValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinValid('1M8GDM9A1KP042788')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('GB83 WEST 1234 5698 7654 32')).toBe(false);
    expect(nhsValid('943 476 5919')).toBe(true);
    expect(nhsValid('943 476 5918')).toBe(false);
    expect(luhnValid('046454286')).toBe(true);
    expect(luhnValid('490154203237518')).toBe(true);
    expect(deaValid('AB1234563')).toBe(true);
    expect(ssnValid('000-12-3456')).toBe(false);
    expect(ssnValid('123-45-6789')).toBe(true);
    expect(peselValid('44051401359')).toBe(true);
    expect(codiceFiscaleValid('RSSMRA85T10A562S')).toBe(true);
    expect(kvnrValid('A123456780')).toBe(true);
  });
});

describe('generateSet', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    const a = generateSet({ seed: 7, count: 150 });
    const b = generateSet({ seed: 7, count: 150 });
    const c = generateSet({ seed: 8, count: 150 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(JSON.stringify(generateSet({ seed: 3, count: 80, families: 'heldout' }))).toBe(
      JSON.stringify(generateSet({ seed: 3, count: 80, families: 'heldout' })),
    );
  });

  for (const families of ['tuning', 'heldout'] as const) {
    it(`labels only text that is in the sentence (${families})`, () => {
      for (const seed of [1, 2, 3]) {
        const set = generateSet({ seed, count: 600, families });
        expect(set).toHaveLength(600);
        expect(missing(set)).toEqual([]);
        const empty = set.filter((s) => s.expected.length === 0).length;
        expect(empty / set.length).toBeGreaterThanOrEqual(0.15);
        expect(set.some((s) => s.expected.length > 0)).toBe(true);
      }
    });

    it(`computes checksums that pass (${families})`, () => {
      expect(checksumFailures(generateSet({ seed: 11, count: 2000, families }))).toEqual([]);
    });
  }

  it('covers every identifier kind', () => {
    const kinds = new Set(generateSet({ seed: 5, count: 1500 }).flatMap((s) => s.expected.map((e) => e.kind)));
    for (const k of ['NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'NPI', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID'] as const) {
      expect(kinds.has(k), k).toBe(true);
    }
  });
});

describe('blindSet', () => {
  it('has at least 300 sentences, about a fifth with nothing to find', () => {
    expect(blindSet.length).toBeGreaterThanOrEqual(300);
    const empty = blindSet.filter((s) => s.expected.length === 0).length / blindSet.length;
    expect(empty).toBeGreaterThan(0.15);
    expect(empty).toBeLessThan(0.3);
  });

  it('labels only text that is in the sentence', () => {
    expect(missing(blindSet)).toEqual([]);
  });

  it('has no duplicate sentences', () => {
    expect(new Set(blindSet.map((s) => s.text)).size).toBe(blindSet.length);
  });

  it('computes checksums that pass', () => {
    expect(checksumFailures(blindSet)).toEqual([]);
  });

  it('covers every identifier kind', () => {
    const kinds = new Set(blindSet.flatMap((s) => s.expected.map((e) => e.kind)));
    expect(kinds.size).toBe(16);
  });
});
