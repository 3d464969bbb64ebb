import type { IdentifierKind } from './redact';

/** One synthetic sentence and the identifiers a careful human reviewer would mask in it. */
export interface LabelledSentence {
  text: string;
  expected: Array<{ kind: IdentifierKind; text: string }>;
}

/*
 * Every name, number, address and place below is invented; numbers that need a checksum were
 * computed to pass (or, where a case says so, to fail) it. Phone numbers use the 555-01xx range.
 *
 * How a span is labelled, so that the set does not depend on how the code happens to cut text:
 * - NAME: a person's name as written, without titles (Dr., Ms.), credentials (Esq., MD) or a
 *   possessive 's; a contiguous full name is one item; every mention is listed. Companies,
 *   courts and hospitals are not names. A person's initials ("E.W.") are a name.
 * - LOCATION: a street address (number through street type, plus a unit such as "Apt 4B" written
 *   right after it or "Flat 3," written before it), a city, town or county, and a ZIP code are separate items; states and
 *   countries are not identifiers.
 * - DATE: the whole date as written (weekday excluded); a bare year, a decade, a time of day,
 *   a duration and a card expiry are not dates of the person.
 * - AGE: only ages of 90 and over, the number as written ("92", "Ninety-three").
 * - PHONE: the number as written with country code and parentheses, without an extension.
 * - Labelled numbers (MRN, ACCOUNT, LICENSE, NPI, VEHICLE, DEVICE, ID, SSN): the identifier
 *   itself, without its label. Invalid SSNs and numbers that fail their checksum are not labelled.
 * - URL and EMAIL: whole, without trailing punctuation.
 */

/** Clinical notes: referrals, ward notes, discharge summaries, phone messages. */
const clinical: LabelledSentence[] = [
  {
    text: 'Patient Rose Delacroix (MRN 4471902) was seen on 03/04/2025 for follow-up of hypertension.',
    expected: [
      { kind: 'NAME', text: 'Rose Delacroix' },
      { kind: 'MRN', text: '4471902' },
      { kind: 'DATE', text: '03/04/2025' },
    ],
  },
  { text: 'Apply rose hip oil to the scar twice daily and mark the margins with a surgical pen.', expected: [] },
  { text: 'We hope the swelling will settle; review in two weeks.', expected: [] },
  {
    text: 'Hope Almeida, DOB 4 March 1961, reports chest tightness on exertion.',
    expected: [
      { kind: 'NAME', text: 'Hope Almeida' },
      { kind: 'DATE', text: '4 March 1961' },
    ],
  },
  {
    text: 'Mark Tennyson was admitted on March 4th, 2025 with community-acquired pneumonia.',
    expected: [
      { kind: 'NAME', text: 'Mark Tennyson' },
      { kind: 'DATE', text: 'March 4th, 2025' },
    ],
  },
  {
    text: 'Discharge summary dated 2025-03-04; follow-up with Dr. Priya Raman in cardiology clinic.',
    expected: [
      { kind: 'DATE', text: '2025-03-04' },
      { kind: 'NAME', text: 'Priya Raman' },
    ],
  },
  {
    text: 'The patient is a 92-year-old woman with advanced dementia living with her daughter.',
    expected: [{ kind: 'AGE', text: '92' }],
  },
  { text: 'The patient is a 67-year-old man with type 2 diabetes diagnosed in 2009.', expected: [] },
  {
    text: 'Mrs. Oyelaran, aged 94, fell at home and was found by a neighbour.',
    expected: [
      { kind: 'NAME', text: 'Oyelaran' },
      { kind: 'AGE', text: '94' },
    ],
  },
  { text: 'He is 45 years old, a non-smoker, and drinks two units of alcohol per week.', expected: [] },
  {
    text: 'Call the daughter, Lena Brandt, at (503) 555-0142 if there is any change.',
    expected: [
      { kind: 'NAME', text: 'Lena Brandt' },
      { kind: 'PHONE', text: '(503) 555-0142' },
    ],
  },
  { text: 'Pharmacy fax: 503-555-0187; please send the revised prescription.', expected: [{ kind: 'PHONE', text: '503-555-0187' }] },
  { text: 'Her cell number is 971.555.0123 and she prefers text messages.', expected: [{ kind: 'PHONE', text: '971.555.0123' }] },
  {
    text: 'Contact the care coordinator at +1 415 555 0199 or nadia.kowalski@riverbend-health.example.',
    expected: [
      { kind: 'PHONE', text: '+1 415 555 0199' },
      { kind: 'EMAIL', text: 'nadia.kowalski@riverbend-health.example' },
    ],
  },
  {
    text: 'SSN 412-68-3390 was recorded on the intake form by mistake and has been removed from the chart.',
    expected: [{ kind: 'SSN', text: '412-68-3390' }],
  },
  { text: 'The form shows 000-12-3456 in the SSN field, which is a placeholder value.', expected: [] },
  { text: 'Placeholders 666-45-1234 and 923-11-4821 are not valid social security numbers.', expected: [] },
  {
    text: 'Insurance: Blue Harbor Health, member ID BHH-77120493, group 4410.',
    expected: [{ kind: 'ACCOUNT', text: 'BHH-77120493' }],
  },
  {
    text: 'Medical record number 00339128 was merged with a duplicate record last week.',
    expected: [{ kind: 'MRN', text: '00339128' }],
  },
  {
    text: 'Pacemaker serial number PJN402281R was checked at the device clinic on 12 Jan 2025.',
    expected: [
      { kind: 'DEVICE', text: 'PJN402281R' },
      { kind: 'DATE', text: '12 Jan 2025' },
    ],
  },
  { text: 'Insulin pump S/N: MM-780G-55120, firmware updated.', expected: [{ kind: 'DEVICE', text: 'MM-780G-55120' }] },
  {
    text: 'Referred by Dr. Samuel Achterberg, NPI 1948726306, for sleep study.',
    expected: [
      { kind: 'NAME', text: 'Samuel Achterberg' },
      { kind: 'NPI', text: '1948726306' },
    ],
  },
  {
    text: 'Prescriber DEA number BM4172639 appears on the controlled substance script.',
    expected: [{ kind: 'LICENSE', text: 'BM4172639' }],
  },
  {
    text: 'The portal link https://portal.riverbend-health.example/patients/88213 should not be shared.',
    expected: [{ kind: 'URL', text: 'https://portal.riverbend-health.example/patients/88213' }],
  },
  { text: 'Lab results were uploaded from workstation 10.24.8.117 at 14:32.', expected: [{ kind: 'IP', text: '10.24.8.117' }] },
  {
    text: 'Home address: 1420 Alder Crest Road, Apt 4B, Millbrook, OR 97214.',
    expected: [
      { kind: 'LOCATION', text: '1420 Alder Crest Road, Apt 4B' },
      { kind: 'LOCATION', text: 'Millbrook' },
      { kind: 'LOCATION', text: '97214' },
    ],
  },
  {
    text: 'She lives alone in Ashford Falls and walks to the pharmacy daily.',
    expected: [{ kind: 'LOCATION', text: 'Ashford Falls' }],
  },
  { text: 'Blood pressure 142/88, heart rate 76, SpO2 97% on room air.', expected: [] },
  { text: 'Metformin 500 mg twice daily; HbA1c 7.2% last quarter.', expected: [] },
  {
    text: 'Seen by nurse practitioner Grace Whitfield; wound is healing well.',
    expected: [{ kind: 'NAME', text: 'Grace Whitfield' }],
  },
  { text: 'Grace period for the appointment policy is fifteen minutes.', expected: [] },
  {
    text: 'Patient reports that Will, her husband, manages her medications.',
    expected: [{ kind: 'NAME', text: 'Will' }],
  },
  { text: 'The patient will return if symptoms worsen.', expected: [] },
  {
    text: 'Mr. Kwabena Asante-Mensah was transferred from St. Brigid Hospital on 11/02/24.',
    expected: [
      { kind: 'NAME', text: 'Kwabena Asante-Mensah' },
      { kind: 'DATE', text: '11/02/24' },
    ],
  },
  {
    text: 'Admitted 7 Aug 2024, discharged 12 Aug 2024, readmitted 19/08/2024.',
    expected: [
      { kind: 'DATE', text: '7 Aug 2024' },
      { kind: 'DATE', text: '12 Aug 2024' },
      { kind: 'DATE', text: '19/08/2024' },
    ],
  },
  { text: 'Tetanus booster last given in 2016; influenza vaccine due this autumn.', expected: [] },
  {
    text: 'Father died of myocardial infarction at 58; mother alive at 91.',
    expected: [{ kind: 'AGE', text: '91' }],
  },
  { text: 'Temperature 38.4 C overnight, cultures pending, continue ceftriaxone 2 g daily.', expected: [] },
  {
    text: 'Emergency contact: Tomasz Wierzbicki (brother), 206-555-0164.',
    expected: [
      { kind: 'NAME', text: 'Tomasz Wierzbicki' },
      { kind: 'PHONE', text: '206-555-0164' },
    ],
  },
  {
    text: 'Her Medicare beneficiary identifier is 1EG4-TE5-MK73.',
    expected: [{ kind: 'ACCOUNT', text: '1EG4-TE5-MK73' }],
  },
  { text: 'The implant card lists device ID 00884521234567.', expected: [{ kind: 'DEVICE', text: '00884521234567' }] },
  {
    text: 'Ophelia Nwosu-Baptiste, 37, presents with migraine with aura.',
    expected: [{ kind: 'NAME', text: 'Ophelia Nwosu-Baptiste' }],
  },
  {
    text: 'Patient Ines Carvalho was born on 2 February 1934 in Porto Verde.',
    expected: [
      { kind: 'NAME', text: 'Ines Carvalho' },
      { kind: 'DATE', text: '2 February 1934' },
      { kind: 'LOCATION', text: 'Porto Verde' },
    ],
  },
  { text: 'The colonoscopy is booked for Tuesday, May 6, at 09:15.', expected: [{ kind: 'DATE', text: 'May 6' }] },
  {
    text: 'Please page Dr. Okafor tonight regarding the potassium of 6.1.',
    expected: [{ kind: 'NAME', text: 'Okafor' }],
  },
  { text: 'CT head performed 2/14/2025 showed no acute intracranial abnormality.', expected: [{ kind: 'DATE', text: '2/14/2025' }] },
  { text: 'The chest X-ray from last Thursday is unchanged from the 2019 study.', expected: [] },
  { text: 'Images were uploaded from 2001:db8:4f2a::17 via the remote viewer.', expected: [{ kind: 'IP', text: '2001:db8:4f2a::17' }] },
  { text: 'Patient ID 55-210-884 must appear on all specimen labels.', expected: [{ kind: 'MRN', text: '55-210-884' }] },
  {
    text: 'Wife Marisol called from 360-555-0110 asking about visiting hours.',
    expected: [
      { kind: 'NAME', text: 'Marisol' },
      { kind: 'PHONE', text: '360-555-0110' },
    ],
  },
  {
    text: 'A 101-year-old resident of Cedar Hollow was reviewed for delirium.',
    expected: [
      { kind: 'AGE', text: '101' },
      { kind: 'LOCATION', text: 'Cedar Hollow' },
    ],
  },
  { text: 'Hearing aid serial 4481-ZK-20993 was reported lost.', expected: [{ kind: 'DEVICE', text: '4481-ZK-20993' }] },
  { text: 'The lab accession number is L24-118893 and the result is pending.', expected: [{ kind: 'ID', text: 'L24-118893' }] },
  { text: 'Eighty-nine-year-old man with syncope; orthostatic vitals positive.', expected: [] },
  {
    text: 'Ninety-three-year-old female with hip fracture awaiting surgery.',
    expected: [{ kind: 'AGE', text: 'Ninety-three' }],
  },
  {
    text: 'Dr. Hannah Lindqvist reviewed the ECG with Dr. Mark Oduya on 5 March.',
    expected: [
      { kind: 'NAME', text: 'Hannah Lindqvist' },
      { kind: 'NAME', text: 'Mark Oduya' },
      { kind: 'DATE', text: '5 March' },
    ],
  },
  { text: 'No identifiers are present in this medication reconciliation note.', expected: [] },
  { text: 'Follow-up in 6 weeks with repeat liver function tests and ultrasound.', expected: [] },
  { text: 'Continue apixaban 5 mg BID; INR not required.', expected: [] },
  { text: 'The stroke team was activated at 03:40 and tPA given at 04:05.', expected: [] },
  {
    text: 'Mother Joy Pemberton consents to treatment on behalf of her son, Ezra Pemberton.',
    expected: [
      { kind: 'NAME', text: 'Joy Pemberton' },
      { kind: 'NAME', text: 'Ezra Pemberton' },
    ],
  },
  { text: 'She expressed joy at being discharged home before Christmas.', expected: [] },
  {
    text: 'Patient email: r.delacroix1961@mailbox.example — OK to send results.',
    expected: [{ kind: 'EMAIL', text: 'r.delacroix1961@mailbox.example' }],
  },
  {
    text: 'Transport booked to 88 Quarry Lane, Stonebridge, ZIP 04112.',
    expected: [
      { kind: 'LOCATION', text: '88 Quarry Lane' },
      { kind: 'LOCATION', text: 'Stonebridge' },
      { kind: 'LOCATION', text: '04112' },
    ],
  },
  {
    text: 'Her sister drives her from Harlow County for dialysis three times a week.',
    expected: [{ kind: 'LOCATION', text: 'Harlow County' }],
  },
  {
    text: 'A wheelchair-accessible van with plate 7KXR219 will collect the patient.',
    expected: [{ kind: 'VEHICLE', text: '7KXR219' }],
  },
  {
    text: "The injury occurred when the patient's car, VIN 2T1BURHEXJC043821, was struck at low speed.",
    expected: [{ kind: 'VEHICLE', text: '2T1BURHEXJC043821' }],
  },
  {
    text: 'HIPAA authorization signed by Daniel Ferreira-Osei on 01-15-2025.',
    expected: [
      { kind: 'NAME', text: 'Daniel Ferreira-Osei' },
      { kind: 'DATE', text: '01-15-2025' },
    ],
  },
  { text: 'Renal function stable since 2021; eGFR 48.', expected: [] },
  { text: 'Past history: appendicectomy (1998), cholecystectomy (2012).', expected: [] },
  {
    text: 'Card on file for co-pay: 4539 1488 0343 6467, expiry 08/27.',
    expected: [{ kind: 'ACCOUNT', text: '4539 1488 0343 6467' }],
  },
  { text: 'The number 4539 1488 0343 6468 on the old form fails validation.', expected: [] },
  { text: "Seen in clinic with an interpreter; the patient's first language is Portuguese.", expected: [] },
  {
    text: 'IMEI 352099001761481 of the remote monitoring phone is registered to the study.',
    expected: [{ kind: 'DEVICE', text: '352099001761481' }],
  },
  {
    text: 'Patient Aurelio Bustamante, 90, declined further chemotherapy.',
    expected: [
      { kind: 'NAME', text: 'Aurelio Bustamante' },
      { kind: 'AGE', text: '90' },
    ],
  },
  {
    text: 'Patient Benedikt Sorensen, 89, is independent with activities of daily living.',
    expected: [{ kind: 'NAME', text: 'Benedikt Sorensen' }],
  },
  {
    text: 'Review notes at www.sleepclinic-northfield.example/reports before the visit.',
    expected: [{ kind: 'URL', text: 'www.sleepclinic-northfield.example/reports' }],
  },
  {
    text: 'Dr. Rowe will see her on 04.03.2025 in the respiratory clinic.',
    expected: [
      { kind: 'NAME', text: 'Rowe' },
      { kind: 'DATE', text: '04.03.2025' },
    ],
  },
  { text: 'Results faxed to (212) 555-0178 on Friday.', expected: [{ kind: 'PHONE', text: '(212) 555-0178' }] },
  {
    text: 'Oncology referral sent; Ms. Faith Adeyemi-Clarke prefers morning appointments.',
    expected: [{ kind: 'NAME', text: 'Faith Adeyemi-Clarke' }],
  },
  { text: 'Keep the faith and continue the exercises, the physiotherapist advised.', expected: [] },
  {
    text: 'Health plan policy number HX-4481-2290 covers the admission.',
    expected: [{ kind: 'ACCOUNT', text: 'HX-4481-2290' }],
  },
  { text: 'Glucose meter serial no. GL7730019 was replaced under warranty.', expected: [{ kind: 'DEVICE', text: 'GL7730019' }] },
  {
    text: 'Patient was born 1937-11-30 and lives at 5 Pembury Close.',
    expected: [
      { kind: 'DATE', text: '1937-11-30' },
      { kind: 'LOCATION', text: '5 Pembury Close' },
    ],
  },
  { text: 'Ward 7B handover: bed 12 needs repeat potassium, bed 14 awaiting MRI.', expected: [] },
  { text: 'Blood sample collected 12/03 at 08:00 by phlebotomy.', expected: [{ kind: 'DATE', text: '12/03' }] },
  {
    text: 'Spoke with son Anselm Varga, who will bring her glasses tomorrow.',
    expected: [{ kind: 'NAME', text: 'Anselm Varga' }],
  },
  { text: 'Weight 71.4 kg, BMI 24.9; no change since the last visit.', expected: [] },
  {
    text: 'Nurse Bettina Krauss documented a fall at 02:10; no head strike.',
    expected: [{ kind: 'NAME', text: 'Bettina Krauss' }],
  },
  {
    text: 'Referral letter addressed to Fernvale Community Clinic, 310 Station Street, Fernvale, CA 95821.',
    expected: [
      { kind: 'LOCATION', text: '310 Station Street' },
      { kind: 'LOCATION', text: 'Fernvale' },
      { kind: 'LOCATION', text: '95821' },
    ],
  },
  {
    text: 'Telehealth visit; patient joined from 192.0.2.44 and the connection was stable.',
    expected: [{ kind: 'IP', text: '192.0.2.44' }],
  },
  {
    text: 'Mr. Ohanian, 96, was started on low-dose haloperidol.',
    expected: [
      { kind: 'NAME', text: 'Ohanian' },
      { kind: 'AGE', text: '96' },
    ],
  },
  {
    text: 'HALVERSON, Dagny was seen in the emergency department with chest pain.',
    expected: [{ kind: 'NAME', text: 'HALVERSON, Dagny' }],
  },
  {
    text: 'Pt is a 34 yo F, lives with partner Sam in Greywater.',
    expected: [
      { kind: 'NAME', text: 'Sam' },
      { kind: 'LOCATION', text: 'Greywater' },
    ],
  },
  {
    text: 'DOB 04-Mar-1950; admitted 12-Jan-2025 via the emergency department.',
    expected: [
      { kind: 'DATE', text: '04-Mar-1950' },
      { kind: 'DATE', text: '12-Jan-2025' },
    ],
  },
  {
    text: 'Seen 3rd March; next review 10th April.',
    expected: [
      { kind: 'DATE', text: '3rd March' },
      { kind: 'DATE', text: '10th April' },
    ],
  },
  { text: 'Daughter (Imelda) will collect the medications.', expected: [{ kind: 'NAME', text: 'Imelda' }] },
  { text: 'Discussed with on-call registrar Dr Yusuf Demir.', expected: [{ kind: 'NAME', text: 'Yusuf Demir' }] },
  { text: "Pt's husband John called re: results.", expected: [{ kind: 'NAME', text: 'John' }] },
  { text: 'Phone 07700 900123 (UK mobile) is on file.', expected: [{ kind: 'PHONE', text: '07700 900123' }] },
  {
    text: 'Lives at 14 Kingsmere Gardens, Oxley.',
    expected: [
      { kind: 'LOCATION', text: '14 Kingsmere Gardens' },
      { kind: 'LOCATION', text: 'Oxley' },
    ],
  },
  { text: 'Patient seen at 10:30 on Mon 3/10 for wound check.', expected: [{ kind: 'DATE', text: '3/10' }] },
  { text: 'Her brother Teodor visits on Sundays.', expected: [{ kind: 'NAME', text: 'Teodor' }] },
  { text: 'Allergies: penicillin (rash, 1998).', expected: [] },
  { text: 'Collateral history from neighbour Mrs Pryce-Jones.', expected: [{ kind: 'NAME', text: 'Pryce-Jones' }] },
  { text: 'ED attending: Okonjo.', expected: [{ kind: 'NAME', text: 'Okonjo' }] },
  { text: 'Ref: hospital no. 7720193.', expected: [{ kind: 'MRN', text: '7720193' }] },
  { text: 'GP surgery phone 0161 496 0734.', expected: [{ kind: 'PHONE', text: '0161 496 0734' }] },
  {
    text: 'Lumbar puncture performed by Sione Taufa, fellow, without complication.',
    expected: [{ kind: 'NAME', text: 'Sione Taufa' }],
  },
  { text: 'He is ninety-four and still drives.', expected: [{ kind: 'AGE', text: 'ninety-four' }] },
  {
    text: 'Spouse: Leilani Kahale, tel 808-555-0119.',
    expected: [
      { kind: 'NAME', text: 'Leilani Kahale' },
      { kind: 'PHONE', text: '808-555-0119' },
    ],
  },
  { text: 'Glasgow Coma Scale 14/15 at the scene.', expected: [] },
  { text: 'Parkinson disease diagnosed in 2015, managed by neurology.', expected: [] },
  { text: "Started on Hartmann's solution at 125 mL/h.", expected: [] },
  { text: 'Apgar scores 8/9; Crohn disease excluded.', expected: [] },
  { text: 'Referred for a second opinion by Dr. Sheth.', expected: [{ kind: 'NAME', text: 'Sheth' }] },
];

/** Legal text: pleadings, contracts, affidavits, correspondence, court orders. */
const legal: LabelledSentence[] = [
  {
    text: 'Plaintiff Jonah Whitcombe filed the complaint on 4 March 2025 in the Superior Court.',
    expected: [
      { kind: 'NAME', text: 'Jonah Whitcombe' },
      { kind: 'DATE', text: '4 March 2025' },
    ],
  },
  {
    text: 'Whitcombe v. Ocampo, No. 2:24-cv-01187, was reassigned to Judge Eleanor Vance.',
    expected: [
      { kind: 'NAME', text: 'Whitcombe' },
      { kind: 'NAME', text: 'Ocampo' },
      { kind: 'ID', text: '2:24-cv-01187' },
      { kind: 'NAME', text: 'Eleanor Vance' },
    ],
  },
  { text: 'The court may mark the exhibit as admitted without further foundation.', expected: [] },
  {
    text: 'Defendant Marisol Ocampo resides at 77 Larkspur Avenue, Fernvale, CA 95821.',
    expected: [
      { kind: 'NAME', text: 'Marisol Ocampo' },
      { kind: 'LOCATION', text: '77 Larkspur Avenue' },
      { kind: 'LOCATION', text: 'Fernvale' },
      { kind: 'LOCATION', text: '95821' },
    ],
  },
  {
    text: 'The lease commenced on 1 January 2023 and terminates on 31 December 2025.',
    expected: [
      { kind: 'DATE', text: '1 January 2023' },
      { kind: 'DATE', text: '31 December 2025' },
    ],
  },
  { text: 'The statute was enacted in 1996 and amended in 2009.', expected: [] },
  {
    text: 'Counsel for the respondent, Tobias Lindgren, Esq., can be reached at tlindgren@lindgren-law.example.',
    expected: [
      { kind: 'NAME', text: 'Tobias Lindgren' },
      { kind: 'EMAIL', text: 'tlindgren@lindgren-law.example' },
    ],
  },
  {
    text: 'The settlement funds shall be wired to account number 0042117789 at Crescent Valley Bank.',
    expected: [{ kind: 'ACCOUNT', text: '0042117789' }],
  },
  {
    text: 'Escrow IBAN GB54 MIDL 4005 1587 6543 21 was confirmed by the title company.',
    expected: [{ kind: 'ACCOUNT', text: 'GB54 MIDL 4005 1587 6543 21' }],
  },
  {
    text: 'Witness Rosalind Achebe testified that she saw the vehicle, plate 4TRW882, leave at 11 p.m.',
    expected: [
      { kind: 'NAME', text: 'Rosalind Achebe' },
      { kind: 'VEHICLE', text: '4TRW882' },
    ],
  },
  {
    text: 'The vehicle identification number 1FTFW1ET9DFC10312 matches the certificate of title.',
    expected: [{ kind: 'VEHICLE', text: '1FTFW1ET9DFC10312' }],
  },
  {
    text: 'Mr. Holt signed the agreement; Holt later disputed the signature.',
    expected: [
      { kind: 'NAME', text: 'Holt' },
      { kind: 'NAME', text: 'Holt' },
    ],
  },
  {
    text: 'The deposition of Dr. Leonie Fairbanks is scheduled for June 12, 2025 at 10 a.m.',
    expected: [
      { kind: 'NAME', text: 'Leonie Fairbanks' },
      { kind: 'DATE', text: 'June 12, 2025' },
    ],
  },
  {
    text: 'Bar number 284401 for attorney Celeste Marchetti is listed on the pleading.',
    expected: [
      { kind: 'LICENSE', text: '284401' },
      { kind: 'NAME', text: 'Celeste Marchetti' },
    ],
  },
  {
    text: "The defendant's driver's license D4471920 was suspended in 2022.",
    expected: [{ kind: 'LICENSE', text: 'D4471920' }],
  },
  {
    text: "Petitioner's Social Security number, 521-77-0943, shall be redacted from all filings.",
    expected: [{ kind: 'SSN', text: '521-77-0943' }],
  },
  { text: 'Under Rule 5.2, filings may include only the last four digits of a taxpayer number.', expected: [] },
  { text: 'The parties shall comply with 42 U.S.C. § 1983 and Fed. R. Civ. P. 26(b)(1).', expected: [] },
  {
    text: 'Claim number CLM-2024-558193 was denied on 09/30/2024.',
    expected: [
      { kind: 'ID', text: 'CLM-2024-558193' },
      { kind: 'DATE', text: '09/30/2024' },
    ],
  },
  {
    text: 'Policyholder Anneliese Grunwald, policy no. PLX 448 190 227, reported the theft.',
    expected: [
      { kind: 'NAME', text: 'Anneliese Grunwald' },
      { kind: 'ACCOUNT', text: 'PLX 448 190 227' },
    ],
  },
  { text: 'The contract is governed by the laws of the State of Oregon.', expected: [] },
  {
    text: 'Service was effected at 2215 Birchwood Drive, Suite 310, Kellerton, TX 75401-2210.',
    expected: [
      { kind: 'LOCATION', text: '2215 Birchwood Drive, Suite 310' },
      { kind: 'LOCATION', text: 'Kellerton' },
      { kind: 'LOCATION', text: '75401-2210' },
    ],
  },
  { text: 'The hearing is continued to the 14th of April 2025.', expected: [{ kind: 'DATE', text: '14th of April 2025' }] },
  {
    text: 'Trustee Mark Bellweather shall mark each distribution in the ledger.',
    expected: [{ kind: 'NAME', text: 'Mark Bellweather' }],
  },
  {
    text: 'Decedent Hope Castellanos died intestate on 2 Nov. 2024, aged 96.',
    expected: [
      { kind: 'NAME', text: 'Hope Castellanos' },
      { kind: 'DATE', text: '2 Nov. 2024' },
      { kind: 'AGE', text: '96' },
    ],
  },
  { text: 'The testator, then 88 years of age, executed the codicil in 2019.', expected: [] },
  { text: 'The grantor was 93 years old at the time of the conveyance.', expected: [{ kind: 'AGE', text: '93' }] },
  {
    text: "Messages were sent from IP address 198.51.100.23 to the defendant's server.",
    expected: [{ kind: 'IP', text: '198.51.100.23' }],
  },
  {
    text: "Plaintiff's exhibit 14 is a screenshot of https://www.social.example/rosalind.achebe.77.",
    expected: [{ kind: 'URL', text: 'https://www.social.example/rosalind.achebe.77' }],
  },
  { text: 'Docket No. 24-CV-3381 remains stayed pending appeal.', expected: [{ kind: 'ID', text: '24-CV-3381' }] },
  { text: 'Case number 2025-FA-000417 was sealed by the family court.', expected: [{ kind: 'ID', text: '2025-FA-000417' }] },
  {
    text: 'The minor child, E.W., born 03/11/2016, shall reside primarily with the mother.',
    expected: [
      { kind: 'NAME', text: 'E.W.' },
      { kind: 'DATE', text: '03/11/2016' },
    ],
  },
  {
    text: 'Father Gideon Whitcombe shall have parenting time every other weekend.',
    expected: [{ kind: 'NAME', text: 'Gideon Whitcombe' }],
  },
  {
    text: 'Notice shall be sent by email to notices@harborline-logistics.example and by first-class mail.',
    expected: [{ kind: 'EMAIL', text: 'notices@harborline-logistics.example' }],
  },
  { text: 'Harborline Logistics LLC is a Delaware limited liability company.', expected: [] },
  {
    text: "The defendant's passport number 563112847 was surrendered to the clerk.",
    expected: [{ kind: 'ID', text: '563112847' }],
  },
  {
    text: 'Employee ID E-20931 was assigned to the claimant, Priscilla Nakamura-Hale.',
    expected: [
      { kind: 'ID', text: 'E-20931' },
      { kind: 'NAME', text: 'Priscilla Nakamura-Hale' },
    ],
  },
  { text: 'Judge Vance granted the motion in part on Monday.', expected: [{ kind: 'NAME', text: 'Vance' }] },
  { text: 'The jury deliberated for four hours and returned a verdict for the defense.', expected: [] },
  {
    text: "Ms. Achebe's telephone records show a call to 917-555-0133 at 9:42 p.m.",
    expected: [
      { kind: 'NAME', text: 'Achebe' },
      { kind: 'PHONE', text: '917-555-0133' },
    ],
  },
  {
    text: 'Affiant states that on or about August 3, 2024, she met Rafael Domínguez in Briar Glen.',
    expected: [
      { kind: 'DATE', text: 'August 3, 2024' },
      { kind: 'NAME', text: 'Rafael Domínguez' },
      { kind: 'LOCATION', text: 'Briar Glen' },
    ],
  },
  { text: "Each party shall bear its own costs and attorney's fees.", expected: [] },
  {
    text: 'Respondent works as a foreman at a warehouse in Lowell Creek.',
    expected: [{ kind: 'LOCATION', text: 'Lowell Creek' }],
  },
  {
    text: 'Certificate of occupancy no. CO-55-1290 was issued for the property.',
    expected: [{ kind: 'LICENSE', text: 'CO-55-1290' }],
  },
  {
    text: 'The power of attorney names Rose Ellingham as agent and Perry Ellingham as successor agent.',
    expected: [
      { kind: 'NAME', text: 'Rose Ellingham' },
      { kind: 'NAME', text: 'Perry Ellingham' },
    ],
  },
  { text: 'The garden featured a climbing rose and a sundial from 1874.', expected: [] },
  {
    text: 'The records custodian, Ms. Tamsin Okonkwo, certified the copies under seal.',
    expected: [{ kind: 'NAME', text: 'Tamsin Okonkwo' }],
  },
  {
    text: 'Security footage from the camera with serial number HKV-2231-0098 was preserved.',
    expected: [{ kind: 'DEVICE', text: 'HKV-2231-0098' }],
  },
  {
    text: 'The prior owner, Bartholomew Quince, transferred title on 2024-06-18.',
    expected: [
      { kind: 'NAME', text: 'Bartholomew Quince' },
      { kind: 'DATE', text: '2024-06-18' },
    ],
  },
  {
    text: 'Payment was made with card 5105 1055 1234 8772 on the date of sale.',
    expected: [{ kind: 'ACCOUNT', text: '5105 1055 1234 8772' }],
  },
  { text: 'The filing fee was charged to 3498 220155 77312.', expected: [{ kind: 'ACCOUNT', text: '3498 220155 77312' }] },
  { text: 'The court takes judicial notice of the 2020 census figures.', expected: [] },
  {
    text: 'Interrogatory No. 7 asks for all communications since January 2022.',
    expected: [{ kind: 'DATE', text: 'January 2022' }],
  },
  {
    text: 'The arbitration will take place at 400 Commerce Plaza, Floor 12, Danbury Heights.',
    expected: [
      { kind: 'LOCATION', text: '400 Commerce Plaza, Floor 12' },
      { kind: 'LOCATION', text: 'Danbury Heights' },
    ],
  },
  { text: "Opposing counsel's fax is (646) 555-0190, ext. 22.", expected: [{ kind: 'PHONE', text: '(646) 555-0190, ext. 22' }] },
  { text: 'Per the scheduling order, expert reports are due 30 days after the close of discovery.', expected: [] },
  {
    text: 'Deponent Abigail Stroud was employed by Kessler Dynamics from 2015 to 2021.',
    expected: [{ kind: 'NAME', text: 'Abigail Stroud' }],
  },
  {
    text: 'The stipulation was signed by Harold P. Finnegan and Dolores Vasquez-Reyes.',
    expected: [
      { kind: 'NAME', text: 'Harold P. Finnegan' },
      { kind: 'NAME', text: 'Dolores Vasquez-Reyes' },
    ],
  },
  {
    text: 'The defendant was arrested on 11/9/2023 and booked under inmate number 88213-044.',
    expected: [
      { kind: 'DATE', text: '11/9/2023' },
      { kind: 'ID', text: '88213-044' },
    ],
  },
  {
    text: 'Licence number NL-7741-028 for the pharmacy was revoked by the board.',
    expected: [{ kind: 'LICENSE', text: 'NL-7741-028' }],
  },
  { text: 'The plaintiff alleges that the policy terms were ambiguous.', expected: [] },
  {
    text: "The contractor's tax identification number is 47-2219834.",
    expected: [{ kind: 'ID', text: '47-2219834' }],
  },
  {
    text: "Ms. Wren Castillo, the child's guardian ad litem, filed a report on 5/5/25.",
    expected: [
      { kind: 'NAME', text: 'Wren Castillo' },
      { kind: 'DATE', text: '5/5/25' },
    ],
  },
  {
    text: 'The landlord, Ignatius Mwangi, of 19 Foxglove Terrace, served notice to quit.',
    expected: [
      { kind: 'NAME', text: 'Ignatius Mwangi' },
      { kind: 'LOCATION', text: '19 Foxglove Terrace' },
    ],
  },
  { text: 'Objection sustained; the witness may step down.', expected: [] },
  {
    text: 'Dr. Amara Ekwueme, NPI 1557024183, authored the independent medical examination.',
    expected: [
      { kind: 'NAME', text: 'Amara Ekwueme' },
      { kind: 'NPI', text: '1557024183' },
    ],
  },
  { text: 'The number 1234567890 in the sample form is not a real identifier.', expected: [] },
  { text: 'Under the agreement, the seller will deliver the goods by May 1.', expected: [{ kind: 'DATE', text: 'May 1' }] },
  { text: 'You may file a reply within fourteen days.', expected: [] },
  {
    text: 'The insured vehicle, a 2018 sedan with Oregon plate 882 HVD, was declared a total loss.',
    expected: [{ kind: 'VEHICLE', text: '882 HVD' }],
  },
  {
    text: 'Mediator Lucia Ferreira will circulate a proposal by 15 July.',
    expected: [
      { kind: 'NAME', text: 'Lucia Ferreira' },
      { kind: 'DATE', text: '15 July' },
    ],
  },
  {
    text: 'The parties met at the courthouse in Maple Ridge on Sept. 9, 2024.',
    expected: [
      { kind: 'LOCATION', text: 'Maple Ridge' },
      { kind: 'DATE', text: 'Sept. 9, 2024' },
    ],
  },
  {
    text: 'The guardian, Mr. Desmond Achterberg, is 91 and lives at 4 Orchard Row, Wexley.',
    expected: [
      { kind: 'NAME', text: 'Desmond Achterberg' },
      { kind: 'AGE', text: '91' },
      { kind: 'LOCATION', text: '4 Orchard Row' },
      { kind: 'LOCATION', text: 'Wexley' },
    ],
  },
  {
    text: 'The recording was uploaded to http://files.ocampo-family.example/video.mp4 on March 3.',
    expected: [
      { kind: 'URL', text: 'http://files.ocampo-family.example/video.mp4' },
      { kind: 'DATE', text: 'March 3' },
    ],
  },
  { text: 'Attorney-client privileged and confidential: do not forward.', expected: [] },
  {
    text: "The court reporter's certificate number CSR-13390 appears on the transcript.",
    expected: [{ kind: 'LICENSE', text: 'CSR-13390' }],
  },
  {
    text: 'Prosecutors allege that Dmitri Volkonsky used an anonymous handle to contact the witness.',
    expected: [{ kind: 'NAME', text: 'Dmitri Volkonsky' }],
  },
  {
    text: 'Exhibit B lists the router MAC address 3C:52:82:1A:9F:04 assigned to the defendant.',
    expected: [{ kind: 'DEVICE', text: '3C:52:82:1A:9F:04' }],
  },
  {
    text: "Ms. Mercer's landline is 503 555 0176.",
    expected: [
      { kind: 'NAME', text: 'Mercer' },
      { kind: 'PHONE', text: '503 555 0176' },
    ],
  },
  {
    text: 'The hearing on 3 March was adjourned because Justice Patel was unwell.',
    expected: [
      { kind: 'DATE', text: '3 March' },
      { kind: 'NAME', text: 'Patel' },
    ],
  },
  {
    text: 'In re Estate of Cornelius Abernathy, the will was admitted to probate.',
    expected: [{ kind: 'NAME', text: 'Cornelius Abernathy' }],
  },
  {
    text: 'The tenant, Sunniva Halvorsen, paid rent to the managing agent until the lease ended.',
    expected: [{ kind: 'NAME', text: 'Sunniva Halvorsen' }],
  },
  { text: 'The court finds that the notice period of sixty days was reasonable.', expected: [] },
  {
    text: 'Plaintiff was born on 17 October 1929 and is therefore 95 years old.',
    expected: [
      { kind: 'DATE', text: '17 October 1929' },
      { kind: 'AGE', text: '95' },
    ],
  },
  {
    text: 'The subpoena was served on Jasper Quinlan at his office in Thornbury on 6/2/2025.',
    expected: [
      { kind: 'NAME', text: 'Jasper Quinlan' },
      { kind: 'LOCATION', text: 'Thornbury' },
      { kind: 'DATE', text: '6/2/2025' },
    ],
  },
  {
    text: 'Emails from a.petrova@northgate-insurance.example dated 2024-11-02 are attached as Exhibit C.',
    expected: [
      { kind: 'EMAIL', text: 'a.petrova@northgate-insurance.example' },
      { kind: 'DATE', text: '2024-11-02' },
    ],
  },
  {
    text: 'Login records show access from fe80::1c4b:9aff:fe22:7d10 shortly before the transfer.',
    expected: [{ kind: 'IP', text: 'fe80::1c4b:9aff:fe22:7d10' }],
  },
  {
    text: 'The lender called the borrower, Kofi Mensah-Larbi, at 312-555-0148 on three occasions.',
    expected: [
      { kind: 'NAME', text: 'Kofi Mensah-Larbi' },
      { kind: 'PHONE', text: '312-555-0148' },
    ],
  },
  { text: 'Section 4.3 of the agreement limits liability to the fees paid in the prior twelve months.', expected: [] },
  {
    text: 'The prescribing physician, whose DEA registration is AR9023146, was not named as a party.',
    expected: [{ kind: 'LICENSE', text: 'AR9023146' }],
  },
  {
    text: 'Our client Beatrix Lowenthal will sign the release once funds clear.',
    expected: [{ kind: 'NAME', text: 'Beatrix Lowenthal' }],
  },
  {
    text: 'BETWEEN: AUGUSTINE FELL (Claimant) and MORWENNA TRASK (Defendant)',
    expected: [
      { kind: 'NAME', text: 'AUGUSTINE FELL' },
      { kind: 'NAME', text: 'MORWENNA TRASK' },
    ],
  },
  {
    text: 'The affidavit of Lorcan Byrne sworn 2 June 2023 is exhibited.',
    expected: [
      { kind: 'NAME', text: 'Lorcan Byrne' },
      { kind: 'DATE', text: '2 June 2023' },
    ],
  },
  {
    text: 'See Smithers v. Hallam, 412 F.3d 118 (9th Cir. 2005).',
    expected: [
      { kind: 'NAME', text: 'Smithers' },
      { kind: 'NAME', text: 'Hallam' },
    ],
  },
  { text: 'Payment of $12,500.00 is due within 30 days.', expected: [] },
  {
    text: 'Wire the deposit to account 4471 2290 18 at Harlan Mutual.',
    expected: [{ kind: 'ACCOUNT', text: '4471 2290 18' }],
  },
  { text: 'Mr Justice Abernethy-Clyde presided.', expected: [{ kind: 'NAME', text: 'Abernethy-Clyde' }] },
  {
    text: 'The property at 12B Wharf Road, Lenham, was sold at auction.',
    expected: [
      { kind: 'LOCATION', text: '12B Wharf Road' },
      { kind: 'LOCATION', text: 'Lenham' },
    ],
  },
  { text: 'Client lives on Coldharbour Lane near the station.', expected: [{ kind: 'LOCATION', text: 'Coldharbour Lane' }] },
  {
    text: 'Opposing counsel, Yevgenia Morozova of Brandt & Keller LLP, wrote on 14.02.2025.',
    expected: [
      { kind: 'NAME', text: 'Yevgenia Morozova' },
      { kind: 'DATE', text: '14.02.2025' },
    ],
  },
  { text: "The testator's nephew, Ruairi, is the residuary beneficiary.", expected: [{ kind: 'NAME', text: 'Ruairi' }] },
  { text: 'Section 2(a) applies from 1 April.', expected: [{ kind: 'DATE', text: '1 April' }] },
  { text: 'The agreement dated as of the Effective Date shall renew annually.', expected: [] },
  { text: 'Our file reference is KM/2291/LIT.', expected: [{ kind: 'ID', text: 'KM/2291/LIT' }] },
  { text: 'Contact the clerk at (415) 555-0127 x204.', expected: [{ kind: 'PHONE', text: '(415) 555-0127 x204' }] },
  { text: "The officer's badge number was 4471.", expected: [{ kind: 'ID', text: '4471' }] },
  { text: 'Defendant DOB: 7/22/1958.', expected: [{ kind: 'DATE', text: '7/22/1958' }] },
  {
    text: 'Transcript of proceedings, People v. Darnell Oakes, Case No. CR-2023-1187.',
    expected: [
      { kind: 'NAME', text: 'Darnell Oakes' },
      { kind: 'ID', text: 'CR-2023-1187' },
    ],
  },
  { text: 'The minor, aged 15, attends Westbrook Middle School.', expected: [] },
  {
    text: 'Email the signed copy to docs@ferncliff-law.example by Friday.',
    expected: [{ kind: 'EMAIL', text: 'docs@ferncliff-law.example' }],
  },
  {
    text: 'IP logs list 203.0.113.254 and 2001:db8::ff00:42:8329.',
    expected: [
      { kind: 'IP', text: '203.0.113.254' },
      { kind: 'IP', text: '2001:db8::ff00:42:8329' },
    ],
  },
  { text: 'The 1099 form and W-2 for 2023 are attached.', expected: [] },
  {
    text: 'Judgment was entered on 2025-01-31 against Vasquez Roofing Co.',
    expected: [{ kind: 'DATE', text: '2025-01-31' }],
  },
  {
    text: "Sgt. Brannigan's report (badge 5521) notes a strong odor of alcohol.",
    expected: [
      { kind: 'NAME', text: 'Brannigan' },
      { kind: 'ID', text: '5521' },
    ],
  },
  { text: "Her Honour Judge Quaye QC refused permission to appeal.", expected: [{ kind: 'NAME', text: 'Quaye' }] },
];

/** Synthetic clinical and legal sentences with their expected identifiers, for measuring redaction. */
export const redactionSet: LabelledSentence[] = [...clinical, ...legal];

/**
 * Held-out sentences, written after the recognizers and run once: the recognizers were not tuned
 * on them, so their figures say how the redactor does on text it has not been fitted to.
 */
export const heldOutSet: LabelledSentence[] = [
  {
    text: '72M w/ CHF, seen by Dr Alvarez-Quin 2/3/25, f/u w/ cardiology 6 wks.',
    expected: [
      { kind: 'NAME', text: 'Alvarez-Quin' },
      { kind: 'DATE', text: '2/3/25' },
    ],
  },
  { text: 'Pt Leocadia Furtado c/o SOB x3 days.', expected: [{ kind: 'NAME', text: 'Leocadia Furtado' }] },
  {
    text: 'Message left for daughter Bronagh on 087 555 2291.',
    expected: [
      { kind: 'NAME', text: 'Bronagh' },
      { kind: 'PHONE', text: '087 555 2291' },
    ],
  },
  { text: 'Per Nurse Okwuosa, pt refused meds at 2200.', expected: [{ kind: 'NAME', text: 'Okwuosa' }] },
  {
    text: 'Addr: 9 Tanners Yard, Lower Bexford, BX4 1QT',
    expected: [
      { kind: 'LOCATION', text: '9 Tanners Yard' },
      { kind: 'LOCATION', text: 'Lower Bexford' },
      { kind: 'LOCATION', text: 'BX4 1QT' },
    ],
  },
  {
    text: 'Next of kin: Ambrose Penhaligon (son) 07700 900456',
    expected: [
      { kind: 'NAME', text: 'Ambrose Penhaligon' },
      { kind: 'PHONE', text: '07700 900456' },
    ],
  },
  { text: 'Born 29/02/1932, widowed, lives alone.', expected: [{ kind: 'DATE', text: '29/02/1932' }] },
  { text: 'aged 97, frail, DNACPR in place', expected: [{ kind: 'AGE', text: '97' }] },
  { text: 'MRN#: 10-448-2291', expected: [{ kind: 'MRN', text: '10-448-2291' }] },
  {
    text: 'Referred by GP Dr. Ffion Rees-Bowen, Cwmderi Surgery.',
    expected: [{ kind: 'NAME', text: 'Ffion Rees-Bowen' }],
  },
  { text: 'Sats 94% RA, RR 18, T 37.9.', expected: [] },
  { text: 'Wound swab sent 14/6, result awaited.', expected: [{ kind: 'DATE', text: '14/6' }] },
  {
    text: 'Last seen in clinic Oct 2023 by Sister Maguire.',
    expected: [
      { kind: 'DATE', text: 'Oct 2023' },
      { kind: 'NAME', text: 'Maguire' },
    ],
  },
  { text: 'His wife, Perpetua, is the main carer.', expected: [{ kind: 'NAME', text: 'Perpetua' }] },
  {
    text: 'Email from j.quartey@postbox.example re: medication review.',
    expected: [{ kind: 'EMAIL', text: 'j.quartey@postbox.example' }],
  },
  {
    text: 'Port-a-cath serial no. PAC-22-90817 documented in the theatre record.',
    expected: [{ kind: 'DEVICE', text: 'PAC-22-90817' }],
  },
  {
    text: 'Home visit to 221 Elmstead Crescent, Harrowgate Hill on 5th May.',
    expected: [
      { kind: 'LOCATION', text: '221 Elmstead Crescent' },
      { kind: 'LOCATION', text: 'Harrowgate Hill' },
      { kind: 'DATE', text: '5th May' },
    ],
  },
  {
    text: 'CXR: no consolidation; compare with film from 1/2/2024.',
    expected: [{ kind: 'DATE', text: '1/2/2024' }],
  },
  {
    text: 'Insurance member number 88-1290-447-01, Crestline Health.',
    expected: [{ kind: 'ACCOUNT', text: '88-1290-447-01' }],
  },
  {
    text: 'Pt states she was born in Ballymore and moved here in 1968.',
    expected: [{ kind: 'LOCATION', text: 'Ballymore' }],
  },
  { text: 'Patient is a 103 y/o nursing home resident.', expected: [{ kind: 'AGE', text: '103' }] },
  { text: 'Daughter-in-law Rhiannon manages appointments.', expected: [{ kind: 'NAME', text: 'Rhiannon' }] },
  { text: "Paged Dr. O'Sullivan at 03:15 re: hypotension.", expected: [{ kind: 'NAME', text: "O'Sullivan" }] },
  { text: 'Tel. (02) 9555 0142 (home)', expected: [{ kind: 'PHONE', text: '(02) 9555 0142' }] },
  { text: 'Visited by chaplain Fr. Tadeusz Nowicki.', expected: [{ kind: 'NAME', text: 'Tadeusz Nowicki' }] },
  { text: 'ECG 12/12/24 sinus rhythm.', expected: [{ kind: 'DATE', text: '12/12/24' }] },
  {
    text: "The patient's son Cormac Delaney-Voss is the health care proxy.",
    expected: [{ kind: 'NAME', text: 'Cormac Delaney-Voss' }],
  },
  { text: 'INR 2.4 today; warfarin unchanged.', expected: [] },
  { text: 'Follow-up booked for Thursday 19 June.', expected: [{ kind: 'DATE', text: '19 June' }] },
  { text: 'Pt from Kilbride Falls, works as a teacher.', expected: [{ kind: 'LOCATION', text: 'Kilbride Falls' }] },
  { text: 'Take two tablets at night as needed.', expected: [] },
  {
    text: 'This Agreement is made on 3 February 2025 between Osric Tanaka-Hale and Meridian Grove Holdings Ltd.',
    expected: [
      { kind: 'DATE', text: '3 February 2025' },
      { kind: 'NAME', text: 'Osric Tanaka-Hale' },
    ],
  },
  { text: 'Re: Estate of the late Wilhelmina Achterhof', expected: [{ kind: 'NAME', text: 'Wilhelmina Achterhof' }] },
  { text: "Claimant's NI number QQ 12 34 56 C was provided.", expected: [{ kind: 'SSN', text: 'QQ 12 34 56 C' }] },
  { text: 'Dear Mr Ashdown-Pike,', expected: [{ kind: 'NAME', text: 'Ashdown-Pike' }] },
  {
    text: 'The defendant, a 91-year-old retired machinist, denies liability.',
    expected: [{ kind: 'AGE', text: '91' }],
  },
  {
    text: 'Deed recorded as Instrument No. 2024-0098812 in the county records.',
    expected: [{ kind: 'ID', text: '2024-0098812' }],
  },
  {
    text: 'Counsel: Ines Okoro-Blake (SBN 301122).',
    expected: [
      { kind: 'NAME', text: 'Ines Okoro-Blake' },
      { kind: 'LICENSE', text: '301122' },
    ],
  },
  {
    text: 'Served by process server Gus Albrecht at 6:40 pm on 11 March 2025.',
    expected: [
      { kind: 'NAME', text: 'Gus Albrecht' },
      { kind: 'DATE', text: '11 March 2025' },
    ],
  },
  {
    text: 'The premises known as Unit 4, 88 Harbour Street, Porthallow.',
    expected: [
      { kind: 'LOCATION', text: 'Unit 4, 88 Harbour Street' },
      { kind: 'LOCATION', text: 'Porthallow' },
    ],
  },
  {
    text: "The defendant's vehicle, a blue hatchback reg. no. KX19 YTR, was seen on CCTV.",
    expected: [{ kind: 'VEHICLE', text: 'KX19 YTR' }],
  },
  {
    text: 'The witness statement of Priyanka Sethuraman dated 2 May 2024 is agreed.',
    expected: [
      { kind: 'NAME', text: 'Priyanka Sethuraman' },
      { kind: 'DATE', text: '2 May 2024' },
    ],
  },
  { text: 'Mr. and Mrs. Castellanos-Ruiz jointly own the property.', expected: [{ kind: 'NAME', text: 'Castellanos-Ruiz' }] },
  { text: 'Payment to sort code 20-45-77, account 41902288.', expected: [{ kind: 'ACCOUNT', text: '41902288' }] },
  { text: 'The court heard evidence from Detective Sergeant Lyle Carrow.', expected: [{ kind: 'NAME', text: 'Lyle Carrow' }] },
  {
    text: 'Application filed by the petitioner on 10/14/2024 under docket FA-24-0912.',
    expected: [
      { kind: 'DATE', text: '10/14/2024' },
      { kind: 'ID', text: 'FA-24-0912' },
    ],
  },
  {
    text: 'Tenant: Obadiah Fenwick; Premises: Flat 3B, 41 Quayside Road, Marlow Cross.',
    expected: [
      { kind: 'NAME', text: 'Obadiah Fenwick' },
      { kind: 'LOCATION', text: 'Flat 3B, 41 Quayside Road' },
      { kind: 'LOCATION', text: 'Marlow Cross' },
    ],
  },
  { text: 'The contract shall be governed by the laws of England and Wales.', expected: [] },
  { text: 'The claimant was 94 at the date of the accident.', expected: [{ kind: 'AGE', text: '94' }] },
  {
    text: 'Judge Hollis-Amadi adjourned the matter to 2 September.',
    expected: [
      { kind: 'NAME', text: 'Hollis-Amadi' },
      { kind: 'DATE', text: '2 September' },
    ],
  },
  { text: 'The app logged the user in from 172.16.254.9 at 23:14.', expected: [{ kind: 'IP', text: '172.16.254.9' }] },
  {
    text: 'Mortgage loan number ML-55820913 was assigned to the new servicer.',
    expected: [{ kind: 'ACCOUNT', text: 'ML-55820913' }],
  },
  { text: 'Signed: /s/ Margarethe Vuong', expected: [{ kind: 'NAME', text: 'Margarethe Vuong' }] },
  { text: "Respondent's mobile: +44 7700 900 813.", expected: [{ kind: 'PHONE', text: '+44 7700 900 813' }] },
  { text: 'The settlement is confidential and without admission of liability.', expected: [] },
  {
    text: 'Plaintiff resides in Tamsworth County and works in Eddington.',
    expected: [
      { kind: 'LOCATION', text: 'Tamsworth County' },
      { kind: 'LOCATION', text: 'Eddington' },
    ],
  },
  {
    text: 'As noted by Magistrate Judge Corvino in the order of 8/1/2023, discovery is closed.',
    expected: [
      { kind: 'NAME', text: 'Corvino' },
      { kind: 'DATE', text: '8/1/2023' },
    ],
  },
  { text: 'The officer ran plate 6TRK431 and found no registration.', expected: [{ kind: 'VEHICLE', text: '6TRK431' }] },
  { text: "Affiant's date of birth is 12 December 1948.", expected: [{ kind: 'DATE', text: '12 December 1948' }] },
  {
    text: 'A copy was sent to opposing counsel at lmcfadden@carrow-legal.example.',
    expected: [{ kind: 'EMAIL', text: 'lmcfadden@carrow-legal.example' }],
  },
  { text: 'The deceased, Cosimo Baldacci, left no will.', expected: [{ kind: 'NAME', text: 'Cosimo Baldacci' }] },
  { text: 'The parties agree to mediate before filing suit.', expected: [] },
];
