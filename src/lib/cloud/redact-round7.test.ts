import { describe, expect, it } from 'vitest';
import { findIdentifiersWith, type IdentifierKind } from './redact';

// The forms a seventh blind round (clinic notes in several countries, voicemail transcripts, chat in
// many languages) found leaking, each in a sentence of our own, with the rules alone.

const byRules = (text: string): Array<[IdentifierKind, string]> => findIdentifiersWith(null, text).map((f) => [f.kind, f.text]);

describe('findIdentifiers: the forms a seventh blind round found leaking', () => {
  it.each<[string, string, Array<[IdentifierKind, string]>]>([
    ['a name after a verb of naming, and a town after a verb of living, in German typed in lower case', 'hallo ich heiße jonas weber und wohne in freiburg, ist das normal', [['NAME', 'jonas weber'], ['LOCATION', 'freiburg']]],
    ['the same in Italian', 'ciao sono giulia conti, mio nonno vive a bergamo e ha la febbre', [['NAME', 'giulia conti'], ['LOCATION', 'bergamo']]],
    ['a name after "aqui é a" in Portuguese', 'oi aqui é a juliana alves, preciso remarcar', [['NAME', 'juliana alves']]],
    ['a name after "ben", and a town with a Turkish case ending', "merhaba ben zeynep kaya annem izmir'de yaşıyor", [['NAME', 'zeynep kaya'], ['LOCATION', 'izmir']]],
    ['a German street typed in lower case', 'meine oma wohnt in der lindenstraße 12 in tübingen', [['LOCATION', 'lindenstraße 12'], ['LOCATION', 'tübingen']]],
    ['a phone number read out digit by digit in a voicemail', 'please call us back at four one five five five five zero one nine two thanks', [['PHONE', 'four one five five five five zero one nine two']]],
    ['a Korean name before the copula, and the town someone lives in', '안녕하세요 저는 이서연입니다 어머니가 대구에 사세요', [['NAME', '이서연'], ['LOCATION', '대구']]],
    ['a Japanese name after a greeting', 'はじめまして、佐藤花子です。', [['NAME', '佐藤花子']]],
    ['a Vietnamese district and city', 'tôi sống ở Quận 3, TP.HCM', [['LOCATION', 'Quận 3'], ['LOCATION', 'TP.HCM']]],
    ["Quebec's health card", 'RAMQ BOUC 1234 5678 on file', [['ACCOUNT', 'BOUC 1234 5678']]],
    ["Portugal's citizen card", 'Paciente: Rui Costa, CC 15829371, Porto.', [['NAME', 'Rui Costa'], ['SSN', '15829371'], ['LOCATION', 'Porto']]],
    ['a Polish record number', 'numer historii choroby 2023/04411', [['MRN', '2023/04411']]],
    ['a French flat after the street', 'Patient: ROY, Sylvie; 14 rue Sherbrooke, app. 7, Montréal H2X 1A1.', [['NAME', 'ROY, Sylvie'], ['LOCATION', '14 rue Sherbrooke, app. 7'], ['LOCATION', 'Montréal'], ['LOCATION', 'H2X 1A1']]],
    ['a Dutch house number with its floor', 'woont aan de Prinsengracht 212-2 in Amsterdam.', [['LOCATION', 'Prinsengracht 212-2'], ['LOCATION', 'Amsterdam']]],
    ['a numbered avenue with no house number, and the town after it', 'the pharmacy on 3rd Ave, Seattle; member # W22819', [['LOCATION', '3rd Ave'], ['LOCATION', 'Seattle'], ['ACCOUNT', 'W22819']]],
  ])('%s', (_why, text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['"I am" before a word that is no name', 'je suis malade depuis hier, sono stanca e ich bin müde'],
    ['a distance and a count', 'walked 5 m 4 times then rested'],
    ['counting in words, shorter than a phone number', 'one two three four five, she counted'],
  ])('leaves alone %s', (_why, text) => {
    expect(byRules(text)).toEqual([]);
  });
});
