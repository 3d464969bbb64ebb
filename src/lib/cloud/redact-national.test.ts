import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './redact';
import {
  isValidAadhaar,
  isValidBelgianNrn,
  isValidCnp,
  isValidCodiceFiscale,
  isValidCpf,
  isValidCurp,
  isValidDni,
  isValidFodselsnummer,
  isValidHetu,
  isValidNir,
  isValidNric,
  isValidPersonnummer,
  isValidPesel,
  isValidPps,
  isValidPrcId,
  isValidRut,
  isValidSaId,
  isValidTckn,
} from './redact-national';

// Valid numbers computed with each scheme's published algorithm (by an independent script), and the
// same numbers with one character changed, which must fail.
const cases: Array<[string, (v: string) => boolean, string, string]> = [
  ['Spanish DNI', isValidDni, '48293715V', '48293715W'],
  ['Spanish NIE', isValidDni, 'Y2847163F', 'Y2847163G'],
  ['Brazilian CPF', isValidCpf, '529.982.247-25', '529.982.247-26'],
  ['Chilean RUT', isValidRut, '14.582.339-0', '14.582.339-1'],
  ['Polish PESEL', isValidPesel, '85120312343', '85120312344'],
  ['Turkish identity number', isValidTckn, '38472915638', '38472915639'],
  ['Chinese resident identity number', isValidPrcId, '11010519491231002X', '110105194912310021'],
  ['French NIR', isValidNir, '1 84 12 76 451 089 46', '1 84 12 76 451 089 47'],
  ['Irish PPS number', isValidPps, '1234567T', '1234567U'],
  ['Italian codice fiscale', isValidCodiceFiscale, 'RSSMRA85T10A562S', 'RSSMRA85T10A562T'],
  ['Mexican CURP', isValidCurp, 'GOMC850412HDFRRR03', 'GOMC850412HDFRRR04'],
  ['Singapore NRIC', isValidNric, 'S1234567D', 'S1234567E'],
  ['South African ID', isValidSaId, '8504125010085', '8504125010086'],
  ['Swedish personnummer', isValidPersonnummer, '811228-9874', '811228-9875'],
  ['Finnish henkilötunnus', isValidHetu, '131052-308T', '131052-308U'],
  ['Norwegian fødselsnummer', isValidFodselsnummer, '01019012480', '01019012481'],
  ['Romanian CNP', isValidCnp, '1850412123450', '1850412123451'],
  ['Belgian national register number', isValidBelgianNrn, '85.07.30-033.28', '85.07.30-033.29'],
  ['Aadhaar', isValidAadhaar, '2345 6789 0121', '2345 6789 0122'],
];

describe('national identity numbers: check digits', () => {
  it.each(cases)('%s: accepts a valid number and refuses one with a changed character', (_name, valid, good, bad) => {
    expect(valid(good)).toBe(true);
    expect(valid(bad)).toBe(false);
  });

  it('refuses impossible birth dates and numbers that are never issued', () => {
    expect(isValidCpf('111.111.111-11')).toBe(false);
    expect(isValidTckn('08472915638')).toBe(false);
    // A PESEL with month 13, a personnummer on 30 February.
    expect(isValidPesel('85130312340')).toBe(false);
    expect(isValidPersonnummer('810230-9870')).toBe(false);
  });
});

describe('national identity numbers in text, with no label', () => {
  const masked = (text: string) => findIdentifiers(text).map((f) => [f.kind, f.text]);

  it.each([
    ['She gave 48293715V on the tenancy form.', '48293715V'],
    ['Contract signed by the holder of 529.982.247-25 last week.', '529.982.247-25'],
    ['The applicant (85120312343) asked for a copy.', '85120312343'],
    ['Holder of 11010519491231002X applied for a visa.', '11010519491231002X'],
    ['Sécu 1 84 12 76 451 089 46 on the form.', '1 84 12 76 451 089 46'],
    ['Her registration 850412-1234561 appears on the lease.', '850412-1234561'],
    ['Codice RSSMRA85T10A562S on the contract.', 'RSSMRA85T10A562S'],
    ['Tenant S1234567D moved out in May.', 'S1234567D'],
    ['Applicant 8504125010085 is self-employed.', '8504125010085'],
    ['Please update 811228-9874 in the payroll file.', '811228-9874'],
  ])('%s', (text, id) => {
    expect(masked(text)).toContainEqual(['SSN', id]);
  });

  it('a label for a tax file number or a DNI makes it SSN too', () => {
    expect(masked('TFN 123 456 782 was on the payslip.')).toContainEqual(['SSN', '123 456 782']);
    expect(masked('Paciente con DNI 48213907L.')).toContainEqual(['SSN', '48213907L']);
  });

  it('leaves phone numbers, order numbers and a number failing its check as they were', () => {
    expect(masked('Call 07700 900123 or 020 7946 0958.')).toEqual([
      ['PHONE', '07700 900123'],
      ['PHONE', '020 7946 0958'],
    ]);
    // Eleven digits that pass no national check stay a generic ID, not an SSN.
    expect(masked('Order 12345678900 shipped.').some(([kind]) => kind === 'SSN')).toBe(false);
    expect(masked('Reference 48293715W on the form.').some(([kind]) => kind === 'SSN')).toBe(false);
  });
});
