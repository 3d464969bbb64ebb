import { describe, expect, it } from 'vitest';
import { findIdentifiers, findIdentifiersWith, type IdentifierKind } from './redact';

// The forms a sixth blind round (community care in many English-speaking countries, relatives'
// chat, forms) found leaking, each in a sentence of our own. `findIdentifiersWith(null, …)` is the
// rules alone, without the tagger, so that each rule is tested for itself.

const byRules = (text: string): Array<[IdentifierKind, string]> => findIdentifiersWith(null, text).map((f) => [f.kind, f.text]);

describe('findIdentifiers: the forms a sixth blind round found leaking', () => {
  it.each<[string, string, Array<[IdentifierKind, string]>]>([
    ['a date after "appt", which is also a French word for a flat', 'Next appt 14/07/2025.', [['DATE', '14/07/2025']]],
    ['Irish names with Ó and Ní between given and family name', 'Refund to account name Niamh Ní Bhraonáin and Dónal Ó Ceallaigh.', [['NAME', 'Niamh Ní Bhraonáin'], ['NAME', 'Dónal Ó Ceallaigh']]],
    ['two streets at a junction, and the town after them', 'The crash was at the junction of Elm Road and Church Street, Bolton, on Friday.', [['LOCATION', 'Elm Road'], ['LOCATION', 'Church Street'], ['LOCATION', 'Bolton']]],
    ['two streets at a corner', 'Meet me at the corner of 5th Ave and Pine St. tomorrow', [['LOCATION', '5th Ave'], ['LOCATION', 'Pine St']]],
    ['a quarter of town after a numbered street, not Nebraska', 'Office at 4200 Peachtree Rd NE, Atlanta.', [['LOCATION', '4200 Peachtree Rd NE'], ['LOCATION', 'Atlanta']]],
    ["Edinburgh's flat position before the street", 'Write to 2F2, 31 Marchmont Road, Edinburgh EH9 1HU please.', [['LOCATION', '2F2, 31 Marchmont Road'], ['LOCATION', 'Edinburgh'], ['LOCATION', 'EH9 1HU']]],
    ['an Indian door number, its colony or nagar, and the town with its PIN', 'Address: Door No. 7/45, Gandhi Nagar, Adyar, Chennai 600020.', [['LOCATION', 'Door No. 7/45, Gandhi Nagar'], ['LOCATION', 'Adyar'], ['LOCATION', 'Chennai 600020']]],
    ['a state code after a town that has no street is still a state', 'Lives in Omaha NE with her son.', [['LOCATION', 'Omaha']]],
    ['an Indian locality numbered by its block', 'reached Koramangala 5th Block at 02:40.', [['LOCATION', 'Koramangala 5th Block']]],
    ['a town before a lower-case word for a place', 'She would like to die at home in Karatina town, near the church.', [['LOCATION', 'Karatina']]],
    ['a part of town after the town', 'Client lives in Kisumu East, near the market.', [['LOCATION', 'Kisumu East']]],
    ['a town whose first word reads as a name, with "Bay" after it', 'Nurse Mercy Atieno, Homa Bay.', [['NAME', 'Mercy Atieno'], ['LOCATION', 'Homa Bay']]],
    ['registration numbers of other countries\' regulators', 'Optician Ms Rao, HPCSA MP 0623311, SANC 12233445.', [['NAME', 'Rao'], ['LICENSE', 'MP 0623311'], ['LICENSE', '12233445']]],
    ['a register with its country and PIN', 'Midwife Abena Osei, NMC Ghana PIN RM 30012, was on shift.', [['NAME', 'Abena Osei'], ['LICENSE', 'RM 30012']]],
    ['an account written A/c', 'Please pay into A/c 40211893345 today.', [['ACCOUNT', '40211893345']]],
    ['an old age a few words after a grandparent, in the words families use', 'thatha 87 vayasu, paati 93 vayasu', [['AGE', '93']]],
    ['an old age after "ah ma"', 'my ah ma 96 already, can she fly', [['AGE', '96']]],
    ['an old age in Afrikaans', 'my ouma sy is 97 en eet nie', [['AGE', '97']]],
    ['a place in Latin letters after a Chinese word for living in', '爷爷住在Queens，身体不好。', [['LOCATION', 'Queens']]],
    ['a date with the month in lower case', 'my appointment is on june 14 at 3pm and the next on 3 march 2025', [['DATE', 'june 14'], ['DATE', '3 march 2025']]],
    ['a family name in capitals before the given names', 'Card holder TAN Mei Ling, NRIC S1234567D.', [['NAME', 'TAN Mei Ling'], ['SSN', 'S1234567D']]],
    ['a given name shortened with a full stop', 'driver for the ambulance, Mohd. Irfan.', [['NAME', 'Mohd. Irfan']]],
    ['a name field after a slash in a form', 'SURNAME: ADEBOWALE / FIRST NAME: TITILOPE / DOB: 21/07/1932', [['NAME', 'ADEBOWALE'], ['NAME', 'TITILOPE'], ['DATE', '21/07/1932']]],
  ])('%s', (_why, text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['"the junction" and "the village" in lower case, which are also towns somewhere', 'crash at the junction near the school, then home to the village'],
    ['a dose or a count after a grandparent', 'grandma takes 100 mg aspirin; nana had 95 visitors at the party'],
    ['"may" before a number, which is a verb as often as a month', 'you may 2 tablets if needed'],
  ])('leaves alone %s', (_why, text) => {
    expect(byRules(text)).toEqual([]);
  });

  it('the same sentences, with the tagger, keep what the rules found', () => {
    const text = 'Refund to account name Niamh Ní Bhraonáin and Dónal Ó Ceallaigh; next appt 14/07/2025.';
    const all = findIdentifiers(text).map((f) => f.text);
    for (const [, t] of byRules(text)) expect(all).toContain(t);
  });
});
