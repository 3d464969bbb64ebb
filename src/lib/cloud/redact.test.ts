import { describe, expect, it } from 'vitest';
import { findIdentifiers, mask, unmask, type Finding, type IdentifierKind } from './redact';
import { isCardNumber, isValidDea, isValidIban, isValidNpi, isValidSsn, isValidVin, luhnValid } from './redact-checks';
import { heldOutSet, redactionSet } from './redaction-set';

const found = (text: string): Array<[IdentifierKind, string]> => findIdentifiers(text).map((f) => [f.kind, f.text]);

describe('checksums', () => {
  it('Luhn accepts a valid card and rejects a one-digit change', () => {
    expect(luhnValid('4539148803436467')).toBe(true);
    expect(luhnValid('4539148803436468')).toBe(false);
  });

  it('a card needs a known issuer prefix as well as Luhn', () => {
    expect(isCardNumber('5105105512348772')).toBe(true);
    expect(isCardNumber('349822015577312')).toBe(true);
    expect(isCardNumber('0000000000000000')).toBe(false);
    expect(isCardNumber('9105105512348779')).toBe(false);
  });

  it('NPI check digit is Luhn over the 80840 prefix', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1948726306')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('3234567893')).toBe(false);
  });

  it.each([
    ['412-68-3390', true],
    ['412683390', true],
    ['000-12-3456', false],
    ['666-45-1234', false],
    ['923-11-4821', false],
    ['412-00-3390', false],
    ['412-68-0000', false],
  ])('SSN %s valid: %s', (ssn, valid) => {
    expect(isValidSsn(ssn)).toBe(valid);
  });

  it('VIN check digit (position 9)', () => {
    expect(isValidVin('1FTFW1ET9DFC10312')).toBe(true);
    expect(isValidVin('2T1BURHEXJC043821')).toBe(true);
    expect(isValidVin('1FTFW1ET5DFC10312')).toBe(false);
    expect(isValidVin('1FTFW1ET9DFC1031I')).toBe(false); // I, O and Q never occur
  });

  it('DEA check digit', () => {
    expect(isValidDea('BM4172639')).toBe(true);
    expect(isValidDea('AR9023146')).toBe(true);
    expect(isValidDea('BM4172635')).toBe(false);
    expect(isValidDea('QM4172639')).toBe(false); // Q is no registrant type
  });

  it('IBAN mod 97', () => {
    expect(isValidIban('GB54 MIDL 4005 1587 6543 21')).toBe(true);
    expect(isValidIban('GB55 MIDL 4005 1587 6543 21')).toBe(false);
  });
});

describe('findIdentifiers: each recognizer', () => {
  it.each<[string, IdentifierKind, string]>([
    ['Seen by Dr. Priya Raman today.', 'NAME', 'Priya Raman'],
    ['Plaintiff Jonah Whitcombe appeared.', 'NAME', 'Jonah Whitcombe'],
    ['Will, her husband, drove her in.', 'NAME', 'Will'],
    ['Whitcombe v. Ocampo was argued.', 'NAME', 'Ocampo'],
    ['Lives at 1420 Alder Crest Road, Apt 4B.', 'LOCATION', '1420 Alder Crest Road, Apt 4B'],
    ['Fernvale, CA 95821', 'LOCATION', '95821'],
    ['She moved to Ashford Falls last year.', 'LOCATION', 'Ashford Falls'],
    ['Seen on 03/04/2025.', 'DATE', '03/04/2025'],
    ['Seen on 4 March 2025.', 'DATE', '4 March 2025'],
    ['Seen on March 4th, 2025.', 'DATE', 'March 4th, 2025'],
    ['Seen on 2025-03-04.', 'DATE', '2025-03-04'],
    ['DOB 04-Mar-1950.', 'DATE', '04-Mar-1950'],
    ['A 92-year-old woman.', 'AGE', '92'],
    ['Ninety-three-year-old man.', 'AGE', 'Ninety-three'],
    ['Call (503) 555-0142.', 'PHONE', '(503) 555-0142'],
    ['Call +1 415 555 0199.', 'PHONE', '+1 415 555 0199'],
    ['Write to nadia@clinic.example.', 'EMAIL', 'nadia@clinic.example'],
    ['SSN 412-68-3390.', 'SSN', '412-68-3390'],
    ['MRN: 4471902', 'MRN', '4471902'],
    ['Policy number HX-4481-2290.', 'ACCOUNT', 'HX-4481-2290'],
    ['Card 5105 1055 1234 8772 was charged.', 'ACCOUNT', '5105 1055 1234 8772'],
    ['Licence number NL-7741-028.', 'LICENSE', 'NL-7741-028'],
    ['Script signed under BM4172639.', 'LICENSE', 'BM4172639'],
    ['Referred, NPI 1948726306.', 'NPI', '1948726306'],
    ['Referring provider 1948726306.', 'NPI', '1948726306'],
    ['Car 1FTFW1ET9DFC10312 was towed.', 'VEHICLE', '1FTFW1ET9DFC10312'],
    ['Plate 7KXR219 seen leaving.', 'VEHICLE', '7KXR219'],
    ['Serial number PJN402281R.', 'DEVICE', 'PJN402281R'],
    ['MAC 3C:52:82:1A:9F:04 on the router.', 'DEVICE', '3C:52:82:1A:9F:04'],
    ['See https://portal.example/p/88213.', 'URL', 'https://portal.example/p/88213'],
    ['From 10.24.8.117 at noon.', 'IP', '10.24.8.117'],
    ['From 2001:db8:4f2a::17 at noon.', 'IP', '2001:db8:4f2a::17'],
    ['Docket No. 24-CV-3381 is stayed.', 'ID', '24-CV-3381'],
  ])('%s → %s %s', (text, kind, expected) => {
    expect(found(text)).toContainEqual([kind, expected]);
  });

  it.each([
    ['a bare year', 'Diagnosed in 2009, treated since 2011.'],
    ['an age under 90', 'An 89-year-old man, aged 45 at diagnosis.'],
    ['invalid SSNs', 'Placeholders 000-12-3456, 666-45-1234 and 923-11-4821.'],
    ['a card failing Luhn', 'The number 4539 1488 0343 6468 fails.'],
    ['an NPI failing its check digit', 'The number 1234567890 is a sample.'],
    ['a VIN failing its check digit', 'Fixture 1FTFW1ET5DFC10312 in the export.'],
    ['names that are ordinary words', 'We hope the rose hip oil helps; mark the margins, grace period applies.'],
    ['a blood pressure and a card expiry', 'BP 142/88, card expiry 08/27.'],
    ['defined terms in a contract', 'The Initial Developer grants each "Participant" a license to the User Product.'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('keeps the labelled kind when a checksum recognizer claims the same span', () => {
    // 35… is also a JCB card prefix; the "IMEI" label is more specific.
    expect(found('IMEI 352099001761481 is registered.')).toEqual([['DEVICE', '352099001761481']]);
  });

  it('keeps the longer span when recognizers overlap', () => {
    expect(found('Escrow IBAN GB54 MIDL 4005 1587 6543 21 confirmed.')).toEqual([['ACCOUNT', 'GB54 MIDL 4005 1587 6543 21']]);
    expect(found('See https://records.example/2025-03-04/ocampo for details.')).toEqual([
      ['URL', 'https://records.example/2025-03-04/ocampo'],
    ]);
  });

  it.each([
    ['digits', '1'.repeat(50_000)],
    ['dotted digits', '1.'.repeat(25_000)],
    ['dashed digits', '1-2-'.repeat(12_500)],
    ['a list of surnames', 'Smith, '.repeat(7_000)],
    ['labels without values', 'account no. '.repeat(4_000)],
  ])('stays fast on a long paste of %s', (_what, text) => {
    const started = performance.now();
    findIdentifiers(text);
    // Quadratic backtracking took seconds here; linear scanning takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('returns sorted, non-overlapping findings whose text is the span they cover', () => {
    for (const { text } of [...redactionSet, ...heldOutSet]) {
      const findings = findIdentifiers(text);
      for (const [i, f] of findings.entries()) {
        expect(f.text).toBe(text.slice(f.start, f.end));
        const next = findings[i + 1];
        if (next) expect(next.start).toBeGreaterThanOrEqual(f.end);
      }
    }
  });
});

describe('findIdentifiers: the forms a blind test found leaking', () => {
  it.each<[string, string, Array<[IdentifierKind, string]>]>([
    ['a West African name, no context', 'Oluwaseun Adebayo reports worsening dyspnea.', [['NAME', 'Oluwaseun Adebayo']]],
    ['an Ethiopian name', 'Tsegaye Haile attended alone.', [['NAME', 'Tsegaye Haile']]],
    ['a Pacific Islander name', 'Sione Taufa came with his aunt.', [['NAME', 'Sione Taufa']]],
    ['a three-part Vietnamese name', 'Patient Nguyen Van Thanh was admitted.', [['NAME', 'Nguyen Van Thanh']]],
    ['family name first (Hungarian)', 'Nagy Zoltán brought the documents.', [['NAME', 'Nagy Zoltán']]],
    ['Spanish double surnames', 'Our client María José García Márquez signed.', [['NAME', 'María José García Márquez']]],
    ['a particle', 'Rep. Juan de la Cruz wrote back.', [['NAME', 'Juan de la Cruz']]],
    ['a hyphenated surname', 'Witness Priya Okafor-Reyes confirmed it.', [['NAME', 'Priya Okafor-Reyes']]],
    ['a nickname in quotes, inside the name', 'Robert "Bobby" Tran was discharged.', [['NAME', 'Robert "Bobby" Tran']]],
    ['a nickname after "goes by"', 'Her son goes by "Tiny" at school.', [['NAME', 'Tiny']]],
    ['a name in Chinese characters', 'The patient 王小明 arrived at 9.', [['NAME', '王小明']]],
    ['initials of a minor', 'The child, A.B., aged 12, was assessed.', [['NAME', 'A.B.']]],
    ['lower-case names in chat', 'hi, my son kwame has had a fever since monday', [['NAME', 'kwame']]],
    ['a lower-case name after "dr."', 'dr. mensah said my mum should rest', [['NAME', 'mensah']]],
    ['virtue names mid-sentence', 'I asked Patience to bring the forms and Blessing to sign.', [['NAME', 'Patience'], ['NAME', 'Blessing']]],
    ['a French street', 'She lives at 12 rue des Lilas, 75011 Paris.', [['LOCATION', '12 rue des Lilas'], ['LOCATION', '75011'], ['LOCATION', 'Paris']]],
    ['a Spanish street with a flat', 'Address: Calle Mayor 5, 2º B, Madrid.', [['LOCATION', 'Calle Mayor 5, 2º B'], ['LOCATION', 'Madrid']]],
    ['a German street', 'He works at Hauptstraße 12 in Berlin.', [['LOCATION', 'Hauptstraße 12'], ['LOCATION', 'Berlin']]],
    ['a UK address', '14 Elm Road, Leeds LS6 2AB.', [['LOCATION', '14 Elm Road'], ['LOCATION', 'Leeds'], ['LOCATION', 'LS6 2AB']]],
    ['a city with no context word', 'Kumasi was her home until 2019.', [['LOCATION', 'Kumasi']]],
    ['a county in capitals', 'Recorded in KING COUNTY Superior Court.', [['LOCATION', 'KING COUNTY']]],
    ['a Canadian postal code', 'Postal code K1A 0B1.', [['LOCATION', 'K1A 0B1']]],
    ['a ZIP introduced by a phrase', 'the zip there is 98103 if that helps', [['LOCATION', '98103']]],
    ['"I\'m N"', "I'm 91 and still driving.", [['AGE', '91']]],
    ['"at N"', 'Still walking daily at 96.', [['AGE', '96']]],
    ['"turned N"', 'She turned 95 in June.', [['AGE', '95']]],
    ['"her Nth birthday"', 'Her 100th birthday is next week.', [['AGE', '100th']]],
    ['an age in words', 'My grandmother is ninety-three.', [['AGE', 'ninety-three']]],
    ['YYYYMMDD', 'DOB 19470312.', [['DATE', '19470312']]],
    ['MMDDYYYY', 'Seen 03122024.', [['DATE', '03122024']]],
    ['day and month, no year', 'We met on 14 Feb and again on March 3.', [['DATE', '14 Feb'], ['DATE', 'March 3']]],
    ['"the 21st"', 'Payment due on the 21st.', [['DATE', 'the 21st']]],
    ['"the Nth day of Month, Year", whole', 'Signed this 3rd day of May, 2024.', [['DATE', '3rd day of May, 2024']]],
    ['phones without separators, and local', 'call me on 5035550142 or 555-0142.', [['PHONE', '5035550142'], ['PHONE', '555-0142']]],
    ['phones in UK and French forms', 'Call +44 20 7946 0958 or 01 42 68 53 00.', [['PHONE', '+44 20 7946 0958'], ['PHONE', '01 42 68 53 00']]],
    ['"MR#"', 'MR# 558812 on file.', [['MRN', '558812']]],
    ['an asset tag', 'Asset tag IT-004512 was assigned.', [['DEVICE', 'IT-004512']]],
    ['a UK plate', 'Reg AB12 CDE was seen.', [['VEHICLE', 'AB12 CDE']]],
    ['a URL without a scheme', 'Visit portal.example.org/p/123 to log in.', [['URL', 'portal.example.org/p/123']]],
    ['an employee number', 'Employee ID 44817 filed it.', [['ID', '44817']]],
    ['usernames', 'username jdoe88, handle @maria.l', [['ID', 'jdoe88'], ['ID', '@maria.l']]],
    ['an A-number', 'A-number A123-456-789 on the form.', [['ID', 'A123-456-789']]],
    ['a birth certificate number', 'Birth certificate number 2024-001234 attached.', [['LICENSE', '2024-001234']]],
    ['an NHS number (mod 11)', 'NHS number 943 476 5919.', [['MRN', '943 476 5919']]],
    ['a National Insurance number', 'NI number QQ 12 34 56 C.', [['SSN', 'QQ 12 34 56 C']]],
    ['a Canadian SIN (Luhn)', 'SIN 046 454 286.', [['SSN', '046 454 286']]],
    ['an IBAN (mod 97)', 'IBAN GB82 WEST 1234 5698 7654 32.', [['ACCOUNT', 'GB82 WEST 1234 5698 7654 32']]],
  ])('%s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('masks a name everywhere, but not inside an eponymous disease', () => {
    expect(found("Mr. Parkinson has Parkinson's disease; Parkinson is worried.")).toEqual([
      ['NAME', 'Parkinson'],
      ['NAME', 'Parkinson'],
    ]);
    expect(found("Bell's palsy was ruled out in Mrs. Bell.")).toEqual([['NAME', 'Bell']]);
  });

  it.each([
    ['a programme name', 'The Family and Medical Leave Act applies; Meals on Wheels delivers daily.'],
    ['capitalised common nouns at sentence starts', 'Patient reports pain. Emergency contact was informed. Telehealth follow-up booked.'],
    ['medicines, brand and generic', 'Started Eliquis 5 mg and atorvastatin; stop Tylenol.'],
    ['countries and languages', 'She speaks Amharic and moved from Ethiopia to Canada.'],
    ['months after a preposition', 'Review in June, then again in August.'],
    ['an ID label before "ID"', 'Employee ID badge policy applies.'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});

describe('other scripts, with the context a reader would use', () => {
  it('Chinese: a name after a role or kinship word, and each part of an address after its marker', () => {
    expect(found('病人陈建华，男，住址：广州市天河区中山大道120号。')).toEqual([
      ['NAME', '陈建华'],
      ['LOCATION', '广州市'],
      ['LOCATION', '天河区'],
      ['LOCATION', '中山大道120号'],
    ]);
    expect(found('我爸爸张国强今年九十四岁了，住在南京市鼓楼区。')).toEqual([
      ['NAME', '张国强'],
      ['AGE', '九十四'],
      ['LOCATION', '南京市'],
      ['LOCATION', '鼓楼区'],
    ]);
  });

  it('Japanese: a name before an honorific, an era date and a block address', () => {
    expect(found('被告 鈴木 花子 様の住所：横浜市中区山下町3丁目2番1号、令和6年2月9日に受付。')).toEqual([
      ['NAME', '鈴木 花子'],
      ['LOCATION', '横浜市'],
      ['LOCATION', '中区'],
      ['LOCATION', '山下町3丁目2番1号'],
      ['DATE', '令和6年2月9日'],
    ]);
  });

  it('Korean: the role word stays out of the name', () => {
    expect(found('보호자 이서연 씨에게 연락했습니다.')).toContainEqual(['NAME', '이서연']);
  });

  it('Russian: a name with its patronymic, a town after "г.", a street with its house and flat', () => {
    expect(found('Ответчик: Смирнов Алексей Викторович, проживает: г. Самара, ул. Ленина, д. 4, кв. 12.')).toEqual([
      ['NAME', 'Смирнов Алексей Викторович'],
      ['LOCATION', 'Самара'],
      ['LOCATION', 'ул. Ленина, д. 4, кв. 12'],
    ]);
    expect(found('Мама Ольга Сергеевна лежит в больнице.')).toEqual([['NAME', 'Ольга Сергеевна']]);
  });

  it('Arabic: a name that opens with a common given name, where someone lives, a phone, an age over 89', () => {
    expect(found('جدتي فاطمة علي الحربي، عمرها ٩٤ سنة، تسكن في الدمام، هاتف 0551234987')).toEqual([
      ['NAME', 'فاطمة علي الحربي'],
      ['AGE', '٩٤'],
      ['LOCATION', 'الدمام'],
      ['PHONE', '0551234987'],
    ]);
  });

  it('leaves ordinary text in those scripts alone', () => {
    expect(found('城市的市场很大，这个地区发展很快。')).toEqual([]);
    expect(found('糖尿病患者可以吃水果吗？')).toEqual([]);
  });
});

describe('forms and lists', () => {
  it('a labelled name after a dash, with a role before it or a credential after it', () => {
    expect(found('Incident report — Name: Bethan Pryce-Howell    Role: porter')).toContainEqual(['NAME', 'Bethan Pryce-Howell']);
    expect(found('Present: SW Amira Delacourt; HV Joan Tipping')).toEqual([
      ['NAME', 'Amira Delacourt'],
      ['NAME', 'Joan Tipping'],
    ]);
    expect(found('Supervising clinician: Dorcas Abernethy-Vale, PA-C, on the ward.')).toContainEqual(['NAME', 'Dorcas Abernethy-Vale']);
  });

  it('a person before a state is a person, and Washington after a given name is a family name', () => {
    expect(found('Staff check: RN Tevita Lolohea, Oregon license 4471-22.')).toContainEqual(['NAME', 'Tevita Lolohea']);
    expect(found('The witness Darnell Washington left early.')).toContainEqual(['NAME', 'Darnell Washington']);
    expect(found('She moved to Washington last year.')).toEqual([]);
  });

  it('more values of the same shape under one label keep its kind', () => {
    expect(found('Implant serials 77Q01842 (left) and 77Q01857 (right).')).toEqual([
      ['DEVICE', '77Q01842'],
      ['DEVICE', '77Q01857'],
    ]);
    expect(found('MRN 5502918 (siblings 5502919 / 5502920) on file.')).toEqual([
      ['MRN', '5502918'],
      ['MRN', '5502919'],
      ['MRN', '5502920'],
    ]);
  });

  it('a label with words before its colon, an interjection or a plain word after "Re:" is no name', () => {
    expect(found('Name: Tobias Renwick    Date of birth: 03/04/1950')).toEqual([
      ['NAME', 'Tobias Renwick'],
      ['DATE', '03/04/1950'],
    ]);
    expect(found('Nurse: Any pain today?\nPatient: Yeah, a little.')).toEqual([]);
    expect(found('Re: Suspension of the contract')).toEqual([]);
  });
});

describe('stricter masking', () => {
  const text = 'Started Eliquis at Northgate Pharmacy; batch 20931 and dose 5 mg. Patient reports pain.';

  it('is off by default', () => {
    expect(found(text)).toEqual([]);
  });

  it('masks every capitalised word not on the safe list and every number of four or more digits', () => {
    expect(findIdentifiers(text, { strict: true }).map((f) => [f.kind, f.text])).toEqual([
      ['NAME', 'Eliquis'],
      ['NAME', 'Northgate'],
      ['ID', '20931'],
    ]);
  });
});

describe('masks made by hand', () => {
  it('masks every occurrence of a selected text, over any automatic finding it overlaps', () => {
    const text = 'Project zebra7 for Rose Delacroix; zebra7 ships Friday.';
    const { text: masked, findings, mapping } = mask(text, () => true, { manual: ['zebra7', 'Rose Delacroix'] });
    expect(masked).toBe('Project [MASKED_1] for [MASKED_2]; [MASKED_1] ships Friday.');
    expect(findings.every((f) => f.manual)).toBe(true);
    expect(unmask(masked, mapping)).toBe(text);
  });
});

describe('placeholders', () => {
  it('numbers per kind in order of appearance and reuses one placeholder for the same text', () => {
    const findings = findIdentifiers('Mr. Holt met Dr. Vance on 3 March; Holt called Vance on 4 March.');
    expect(findings.map((f) => `${f.placeholder}=${f.text}`)).toEqual([
      '[NAME_1]=Holt',
      '[NAME_2]=Vance',
      '[DATE_1]=3 March',
      '[NAME_1]=Holt',
      '[NAME_2]=Vance',
      '[DATE_2]=4 March',
    ]);
  });

  it('follows a name through the text once its context has named it', () => {
    expect(found('Mr. Ellingham signed; Ellingham later disputed it. Rose Delacroix called. Rose is worried.')).toEqual([
      ['NAME', 'Ellingham'],
      ['NAME', 'Ellingham'],
      ['NAME', 'Rose Delacroix'],
      ['NAME', 'Rose'],
    ]);
    expect(found('Patient Mark Tennyson. Mark the chart.')).toEqual([['NAME', 'Mark Tennyson']]);
  });

  it('skips a number whose placeholder the user typed literally', () => {
    const [f] = findIdentifiers('Template says [NAME_1]; patient Rose Delacroix.');
    expect(f?.placeholder).toBe('[NAME_2]');
  });
});

describe('mask and unmask', () => {
  const note = 'Patient Rose Delacroix (MRN 4471902), DOB 4 March 1961, phone (503) 555-0142. Rose lives in Millbrook.';

  it('replaces every finding and maps each placeholder to its original', () => {
    const { text, mapping } = mask(note);
    expect(text).toBe('Patient [NAME_1] (MRN [MRN_1]), DOB [DATE_1], phone [PHONE_1]. [NAME_2] lives in [LOCATION_1].');
    expect(mapping).toEqual({
      '[NAME_1]': 'Rose Delacroix',
      '[MRN_1]': '4471902',
      '[DATE_1]': '4 March 1961',
      '[PHONE_1]': '(503) 555-0142',
      '[NAME_2]': 'Rose',
      '[LOCATION_1]': 'Millbrook',
    });
  });

  it('leaves a finding the user unticked in place, and out of the mapping', () => {
    const { text, findings, mapping } = mask(note, (f: Finding) => f.kind !== 'LOCATION');
    expect(text).toContain('lives in Millbrook.');
    expect(mapping).not.toHaveProperty('[LOCATION_1]');
    expect(findings.some((f) => f.kind === 'LOCATION')).toBe(true);
  });

  it('round-trips every sentence of the evaluation sets', () => {
    for (const { text } of [...redactionSet, ...heldOutSet]) {
      const masked = mask(text);
      expect(unmask(masked.text, masked.mapping)).toBe(text);
    }
  });

  it('restores repeated placeholders in a reply, and only exact [KIND_N] forms', () => {
    const mapping = { '[NAME_1]': 'Rose Delacroix', '[DATE_1]': '4 March 1961' };
    expect(unmask('[NAME_1] (born [DATE_1]): ask [NAME_1] about NAME_1 and [name_1] and [NAME_9].', mapping)).toBe(
      'Rose Delacroix (born 4 March 1961): ask Rose Delacroix about NAME_1 and [name_1] and [NAME_9].',
    );
  });

  it('restores originals literally, without expanding them again', () => {
    expect(unmask('[ID_1] and [ID_2]', { '[ID_1]': '$& [ID_2]', '[ID_2]': 'x' })).toBe('$& [ID_2] and x');
  });
});
