import { afterEach, describe, expect, it, vi } from 'vitest';
import { findIdentifiers, type IdentifierKind } from './redact';

// The forms a fourth blind round (clinical notes, chat, legal, HR and IT writing) found leaking,
// each in a sentence of our own.

const found = (text: string): Array<[IdentifierKind, string]> => findIdentifiers(text).map((f) => [f.kind, f.text]);

describe('findIdentifiers: the forms a fourth blind round found leaking', () => {
  it.each<[string, string, Array<[IdentifierKind, string]>]>([
    ['a phone of any length after "hp", "Ph" or "cel."', 'Daughter on hp 8123 4410; neighbour Ph 9921 337.', [['PHONE', '8123 4410'], ['PHONE', '9921 337']]],
    ['dates with dots and a two-digit year', 'Seen 07.05.24, reviewed 21.05.24.', [['DATE', '07.05.24'], ['DATE', '21.05.24']]],
    ['a day and a month abbreviation, hyphenated or run together', 'Bloods 09AUG24, review 30-Aug, scan 02SEP2024.', [['DATE', '09AUG24'], ['DATE', '30-Aug'], ['DATE', '02SEP2024']]],
    ['a Hong Kong identity card', 'HKID on file: R552817(3).', [['SSN', 'R552817(3)']]],
    ['an account name in brackets after a person', 'The portal account of Ines Varga (ivarga21) was locked.', [['NAME', 'Ines Varga'], ['ID', 'ivarga21']]],
    ['an account name after a role, and in a log line', 'Technician ops_mhale reset it; sshd: Accepted password for tkowal from 10.2.3.4', [['ID', 'ops_mhale'], ['ID', 'tkowal'], ['IP', '10.2.3.4']]],
    ['a computer name after "hostname" or "connected to"', 'Agent connected to WS-FRONTDESK-3 (hostname LT-AMIRZA).', [['DEVICE', 'WS-FRONTDESK-3'], ['DEVICE', 'LT-AMIRZA']]],
    ['codes known by their acronym, and a share code', 'PNR ZK4Q7M; ULN 5521873390; share code K9R 2TX 7LM.', [['ID', 'ZK4Q7M'], ['ID', '5521873390'], ['ID', 'K9R 2TX 7LM']]],
    ['plates after the word for one in other languages', 'Matrícula 7731 HKD; Kennzeichen B-XY 812; targato GH 318 LM.', [['VEHICLE', '7731 HKD'], ['VEHICLE', 'B-XY 812'], ['VEHICLE', 'GH 318 LM']]],
    ['a plate after a US state', 'Suspect car: Oregon 4KX 912, white sedan.', [['VEHICLE', '4KX 912']]],
    ['a plate before "VIN", which is no given name', 'Plate KP21 VZT, VIN to follow.', [['VEHICLE', 'KP21 VZT']]],
    ['a phone with its extension', 'Reach the ward clerk on 0161 496 0815 ext 214 after noon.', [['PHONE', '0161 496 0815 ext 214']]],
    ['a US phone with "x" and an extension', 'Call the desk at (503) 555-0199 x4410 if no answer.', [['PHONE', '(503) 555-0199 x4410']]],
    ['a phone in two digit groups after "my number"', 'my number is 98401 27736 if you need me', [['PHONE', '98401 27736']]],
    ['an age written "91yrs"', 'pt is 91yrs and lives alone', [['AGE', '91']]],
    ['an age in "N years young"', 'Grandad is 90 years young and sharp as ever.', [['AGE', '90']]],
    ['an age after a foreign label, which is not a name', 'Pacjentka, lat 96, przyjęta wczoraj.', [['AGE', '96']]],
    ['an age after a pronoun, in chat', 'my aunt is so frail, she 92 now', [['AGE', '92']]],
    ['a UK plate after a word for a vehicle', 'Insured vehicle: Toyota Corolla, reg LK19 XPT.', [['VEHICLE', 'LK19 XPT']]],
    ['an Indian plate after "plate"', 'The van (plate KA 05 MN 2231) was parked outside.', [['VEHICLE', 'KA 05 MN 2231']]],
    ['a reference after any "ref"', 'Please quote incident ref PI/24/118027 when you call.', [['ID', 'PI/24/118027']]],
    ['a nickname in brackets after a name', 'Chiamaka (Chi-Chi) Eze was discharged home.', [['NAME', 'Chiamaka'], ['NAME', 'Chi-Chi'], ['NAME', 'Eze']]],
    ['a nickname in quotes after "prefers"', 'The client prefers "Tavi" in all letters.', [['NAME', 'Tavi']]],
    ['a street typed in lower case', 'she lives at 7 elm close near the school', [['LOCATION', '7 elm close']]],
    ['a road by its number', 'He was hit on Route 9 near the quarry.', [['LOCATION', 'Route 9']]],
    ['a Dublin postal district', 'The family moved to Dublin 24 last spring.', [['LOCATION', 'Dublin 24']]],
    ['a Philippine barangay', 'Her parents live in Brgy. San Isidro, Quezon City.', [['LOCATION', 'Brgy. San Isidro'], ['LOCATION', 'Quezon City']]],
    ['a day of the month after a weekday', 'The hearing is on Tuesday 9th.', [['DATE', '9th']]],
    ['a day of the month after "due"', 'Rent is due 21st of each month, she said.', [['DATE', '21st']]],
    ['a lower-case name that is also a word, without the verb after it', 'ok so my aunty grace fell on tuesday', [['NAME', 'grace']]],
    ['a lower-case name without the chat words around it', 'hi my dad hiroshi takahashi he is not eating', [['NAME', 'hiroshi takahashi']]],
    ['a label whose first word is not a name, and says what the number is', 'Hosp no. K0931446 is on the wristband.', [['MRN', 'K0931446']]],
    ['a device name after "workstation"', 'The stolen laptop, workstation FIN-LT-0442, held the files.', [['DEVICE', 'FIN-LT-0442']]],
    ['an intranet address without a scheme', 'The intranet page is at wiki.clinic.local/staff/jmorales.', [['URL', 'wiki.clinic.local/staff/jmorales']]],
  ])('%s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a word in brackets after a name', 'Ms Adaeze Obi (Claimant) attended.', [['NAME', 'Adaeze Obi']]],
    ['a belief after a name', 'Mr Farouk is Muslim and fasting.', [['NAME', 'Farouk']]],
  ])('does not take %s for a nickname or a name', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, Array<[IdentifierKind, string]>]>([
    ['a name in its own script, in brackets after it', 'Client Farhad Rezaei (فرهاد رضایی) called.', [['NAME', 'Farhad Rezaei'], ['NAME', 'فرهاد رضایی']]],
    ['a nickname in single quotes after "called him"', "his friends called him 'Tommo', then ran", [['NAME', 'Tommo']]],
    ['a nickname in single quotes inside the name', "Witness Andrew 'Andy' Pike saw it.", [['NAME', "Andrew 'Andy' Pike"]]],
    ['a town whose name ends in "City"', 'She grew up in Tarlac City and moved later.', [['LOCATION', 'Tarlac City']]],
    ['a district of ordinary words after "at home in"', 'Mr Tobias Renner, 71, at home in Old Swan. Wife present.', [['NAME', 'Tobias Renner'], ['LOCATION', 'Old Swan']]],
    ['a district after "visiting friends in"', 'He was visiting friends in Fair Oak at the time.', [['LOCATION', 'Fair Oak']]],
    ['a town that is a word after "Name, age, of"', 'Mrs Odile Marchetti, 92, of Bury, was seen.', [['NAME', 'Odile Marchetti'], ['AGE', '92'], ['LOCATION', 'Bury']]],
    ['a Welsh street, the number first', 'Post it to 12 Ffordd yr Eglwys, please.', [['LOCATION', '12 Ffordd yr Eglwys']]],
    ['a Turkish street with its type after the name', 'Adres: Cumhuriyet Cad. No: 8, Bornova.', [['LOCATION', 'Cumhuriyet Cad. No: 8'], ['LOCATION', 'Bornova']]],
    ['an Icelandic street', 'She rents at Hringbraut 31 now.', [['LOCATION', 'Hringbraut 31']]],
    ['a Spanish street that is its own name', 'Domicilio: Gran Vía 12, Madrid.', [['LOCATION', 'Gran Vía 12'], ['LOCATION', 'Madrid']]],
    ['a German street with its type written apart', 'Herr Weber, wohnhaft Kasseler Str. 7, 34117 Kassel.', [['NAME', 'Weber'], ['LOCATION', 'Kasseler Str. 7'], ['LOCATION', '34117'], ['LOCATION', 'Kassel']]],
    ['a French "voie"', 'demeurant 8 Voie des Lilas, 44000 Nantes', [['LOCATION', '8 Voie des Lilas'], ['LOCATION', '44000'], ['LOCATION', 'Nantes']]],
    ['an English street ending in "Corner"', 'Re: 41 Mallory Corner, Hull.', [['LOCATION', '41 Mallory Corner'], ['LOCATION', 'Hull']]],
    ['an Indonesian street with "No." and a postcode after the town', 'alamat Jl. Sudirman No. 8, Bandung 40115.', [['LOCATION', 'Jl. Sudirman No. 8'], ['LOCATION', 'Bandung'], ['LOCATION', '40115']]],
    ['a name in capitals after a greeting', 'Hi TERESA, your prescription is ready.', [['NAME', 'TERESA']]],
    ['a name in capitals after "name on card"', 'Name on card: LEE KWAN YEUNG, please.', [['NAME', 'LEE KWAN YEUNG']]],
    ['"FAMILY, Given" with a hyphenated given name', 'Pt: BERGSTRÖM, Lars-Erik — fall at home.', [['NAME', 'BERGSTRÖM, Lars-Erik']]],
    ['a hospital number after "hosp no."', 'Bloods for hosp no. RJ4471902 sent today.', [['MRN', 'RJ4471902']]],
    ['a member number after an insurer\'s "no."', 'Claim under NHIF no. 7741820 for billing.', [['ACCOUNT', '7741820']]],
    ['a postcode before a two-word town', 'Lot 4, Jalan Ros 2, 81300 Skudai Baru.', [['LOCATION', 'Jalan Ros 2'], ['LOCATION', '81300'], ['LOCATION', 'Skudai Baru']]],
  ])('finds %s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['an English word that only a loose name list calls a name', 'Send the Payroll Form to HR today.'],
    ['a job title after a name', 'Kwabena Mensah, Software Engineer, is leaving.'],
    ['"it\'s fine" in chat', "the nurse said it's fine but i'm worried"],
    ['a contraction in chat', "mum's carer didn't turn up again"],
  ])('finds no extra name in %s', (_what, text) => {
    expect(found(text).filter(([kind, value]) => kind !== 'NAME' || value !== 'Kwabena Mensah')).toEqual([]);
  });

  it('takes an ordinary word that is a name for a person when it does what people do ("Dean shouted")', () => {
    expect(found('Dean shouted at the nurse twice.')).toEqual([['NAME', 'Dean']]);
    expect(found('Will threw the clipboard at her.')).toEqual([['NAME', 'Will']]);
  });

  it("does not take a law named after someone for a person (\"Clare's Law\"), nor its head word", () => {
    expect(found("She asked about Clare's Law; Sarah's Law is similar.")).toEqual([]);
    expect(found("Mrs Clare Dunn asked about Clare's Law at the desk.")).toEqual([['NAME', 'Clare Dunn']]);
  });

  it('a version number is not a date', () => {
    expect(findIdentifiers('Upgrade to 1.2.34 before 3.4.12 ships.')).toEqual([]);
  });

  it('a numbered thing after "the" is not a reference', () => {
    expect(findIdentifiers('Read the section no. 4 of the handbook.')).toEqual([]);
  });
});

describe('court captions in capitals', () => {
  it('a party on its own line before "Petitioner" or "Defendant", and after "DECLARATION OF"', () => {
    const caption = 'In re the Marriage of:\nPERPETUA OKONKWO-HALE,\n      Petitioner,\nand\nDMITRI VOLKOV,\n      Respondent.\n\nDECLARATION OF PERPETUA OKONKWO-HALE';
    expect(found(caption)).toEqual([['NAME', 'PERPETUA OKONKWO-HALE'], ['NAME', 'DMITRI VOLKOV'], ['NAME', 'PERPETUA OKONKWO-HALE']]);
  });

  it('the defendant of a Crown case ("R v N\'GUESSAN, Aya")', () => {
    expect(found("List: R v N'GUESSAN, Aya (plea) and R v VAN DER BERG, Joost (sentence).")).toEqual([
      ['NAME', "N'GUESSAN, Aya"],
      ['NAME', 'VAN DER BERG, Joost'],
    ]);
  });

  it('not the State, nor a statement of claim', () => {
    expect(found('THE STATE OF OREGON,\n   Plaintiff,\nSTATEMENT OF CLAIM')).toEqual([]);
  });
});

describe('tables pasted as CSV or TSV, by their header', () => {
  it('masks each cell by the kind its column names, with quoted cells kept whole', () => {
    const csv = 'staff_id,last_name,first_name,date_of_birth,postcode\nS-20417,KOWALCZYK,Marta,1961-04-09,LS6 2AB\n"S-20418","Ó Súilleabháin, Jr",Ciarán,1958-11-30,BT7 1NN';
    expect(found(csv)).toEqual([
      ['ID', 'S-20417'], ['NAME', 'KOWALCZYK'], ['NAME', 'Marta'], ['DATE', '1961-04-09'], ['LOCATION', 'LS6 2AB'],
      ['ID', 'S-20418'], ['NAME', 'Ó Súilleabháin, Jr'], ['NAME', 'Ciarán'], ['DATE', '1958-11-30'], ['LOCATION', 'BT7 1NN'],
    ]);
  });

  it('reads semicolons and tabs too', () => {
    expect(found('surname;forename;phone\nNakamura;Aiko;020 7946 0321')).toEqual([['NAME', 'Nakamura'], ['NAME', 'Aiko'], ['PHONE', '020 7946 0321']]);
    expect(found('name\taddress\tage\nTeodora Vlahos\t12 Orchard Way\t96')).toEqual([['NAME', 'Teodora Vlahos'], ['LOCATION', '12 Orchard Way'], ['AGE', '96']]);
  });

  it('does not take a sentence with commas for a table', () => {
    expect(found('Bring the name, the address, and the phone bill to reception.')).toEqual([]);
  });
});

describe('stricter masking, further', () => {
  it('also masks an ordinary word that is a name, mid-sentence, where only a name is capitalised', () => {
    const text = 'Results were sent to the Rose clinic.';
    expect(found(text)).toEqual([]);
    expect(findIdentifiers(text, { strict: true }).map((f) => [f.kind, f.text])).toEqual([['NAME', 'Rose']]);
    // A district named by a word for a part of town is a place by default ("Denmark Hill", a part of London).
    expect(found('Scan booked at Denmark Hill for Friday.')).toEqual([['LOCATION', 'Denmark Hill']]);
    expect(findIdentifiers('Grace periods apply to the loan.', { strict: true })).toEqual([]);
  });
});

describe('words in a script without capitals, inside text in another script', () => {
  it.each([
    ['Arabic', 'She was born in حلب and moved to Leeds later.', [['NAME', 'حلب'], ['LOCATION', 'Leeds']]],
    ['Thai', 'The card reads สมชาย on the front.', [['NAME', 'สมชาย']]],
    ['Devanagari', 'Her name in Hindi is कमला, she says.', [['NAME', 'कमला']]],
  ])('%s', (_script, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('but not in text written in that script, where they are ordinary words', () => {
    expect(found('شكرا جزيلا على المساعدة')).toEqual([]);
  });
});

describe('warm-up', () => {
  /** A fresh copy of the masking module (its warm-up state is per page), with idle moments counted. */
  async function freshModule(onIdle: (n: number, redact: typeof import('./redact')) => void = () => {}) {
    vi.resetModules();
    const redact = await import('./redact');
    let idle = 0;
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
      idle++;
      onIdle(idle, redact);
      return setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0);
    });
    return { redact, idleCount: () => idle };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('masks made-up notes in idle moments, and the first real message is masked the same way after it', async () => {
    const text = 'Mrs Quennell, 93, MRN K4471902, was seen on 12 March 2025.';
    const { redact, idleCount } = await freshModule();
    await redact.warmUp(5);
    expect(idleCount()).toBe(5);
    expect(redact.findIdentifiers(text).map((f) => [f.kind, f.text])).toEqual(found(text));
    expect(found(text).map(([kind]) => kind)).toEqual(['NAME', 'AGE', 'MRN', 'DATE']);
  });

  it('stops once a real message has been masked, so it never runs while a reply streams', async () => {
    const { redact, idleCount } = await freshModule((n, module) => {
      if (n === 3) module.findIdentifiers('Call Mrs Obi on 07700 900123.');
    });
    await redact.warmUp(40);
    expect(idleCount()).toBe(3);
  });
});

describe('dates and record numbers written in other common ways', () => {
  it.each<[string, string, Array<[IdentifierKind, string]>]>([
    ['"Month the Nth"', 'Admitted March the 3rd, reviewed May the twelfth, 2024.', [['DATE', 'March the 3rd'], ['DATE', 'May the twelfth, 2024']]],
    ['a month in Roman numerals', 'Born 3.III.1951, admitted 12 XI 2023.', [['DATE', '3.III.1951'], ['DATE', '12 XI 2023']]],
    ['"Hosp. No." as a record number', 'Hosp. No. 4471823 on the wristband.', [['MRN', '4471823']]],
  ])('finds %s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves Roman numerals that are no month alone', () => {
    expect(found('Stage III, grade 2; see chapter XI of 2019 guidance.')).toEqual([]);
  });
});

describe('an ordinal before a capitalised floor, street or district is no date', () => {
  it('reads "3rd Floor" and "5th Avenue" as no date (the avenue is a street), and still finds "on the 3rd"', () => {
    expect(found('Our office is on 3rd Floor; the shop is on 5th Avenue. Call on the 3rd.')).toEqual([['LOCATION', '5th Avenue'], ['DATE', 'the 3rd']]);
  });
});
