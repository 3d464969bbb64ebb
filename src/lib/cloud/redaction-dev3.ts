import type { IdentifierKind } from './redact';
import type { LabelledSentence } from './redaction-set';

/*
 * THIRD DEVELOPMENT set: hand-written without sight of the masking rules or of the other labelled sets.
 * Every person, address, number and account is invented. Kind choices made while labelling:
 * - NAME never includes titles (Mr, Dr, Sra., Herr, Pani, bà, Lola) or credentials (MD, RN, NP). An
 *   inverted name written "OKAFOR, Chidi" is one item, comma included. A nickname that interrupts a
 *   name (Abimbola "Bimbo" Adeyemi) splits it into three items; a nickname in quotes elsewhere is its
 *   own item. Historical figures in educational text, eponyms (Parkinson's, Clare's Law, John Lewis
 *   as a shop) and pets are not names. Names in CJK, Thai, Arabic, Hebrew, Greek, Cyrillic, Ge'ez or
 *   Devanagari script are NAME like any other. A name inside an e-mail address, URL, username or
 *   hostname is not labelled separately: the whole token takes that kind.
 * - LOCATION: a street address is one item (number + street, with a flat/unit/floor attached to it);
 *   a street named without a number is one item too; a town, suburb, district, county or city is its
 *   own item; a postcode/ZIP is its own item. Countries, US/Australian states, Canadian provinces,
 *   hospitals, courts named as institutions, wards, schools and companies are not labelled, even when
 *   they contain a place name (Royal Berkshire, Alder Hey, Central London Property Trust).
 * - DATE: day-level or month-level dates ("March 2023", "Sept 2021" are DATEs, "2023" is not); a
 *   weekday next to a date and a time of day are left out of the item. Clinical shorthand such as
 *   "6/52", "3/12", "BP 132/84" or "GCS 14/15" is not a date.
 * - AGE only for 90 and over, the number as written ("94", "ninety-one", "٩٤"); "in her nineties" and
 *   ages under 90 are not labelled.
 * - PHONE: every telephone number as written, except short public service numbers (116117).
 * - SSN covers all personal national identity numbers (US SSN/ITIN, UK NI, Canadian SIN, DNI, PESEL,
 *   CPF, CURP, RUT, codice fiscale, Aadhaar, NRIC, MyKad, TC Kimlik, personnummer, CPR, IRD, NIN...).
 *   The published example NI number QQ 12 34 56 A is deliberately not labelled.
 * - MRN: hospital / NHS / CHI / chart numbers and laboratory or pathology accession numbers of a
 *   patient. ACCOUNT: bank accounts, IBANs, card numbers, insurance policy and health-plan member
 *   numbers (including Medicare, RAMQ and NHIF numbers). LICENSE: driving, DEA, GMC, NMC, GPhC, SRA,
 *   bar, court-reporter and other professional registrations. ID: passports, case / claim / ticket /
 *   employee / student / badge / visa / booking / reference numbers, usernames and social handles.
 *   DEVICE: serial numbers, IMEIs, MAC addresses, asset tags and hostnames of devices. VEHICLE:
 *   number plates of any country and VINs; a VIN or NPI is labelled only when its check digit is
 *   valid, so numbers that fail the check are deliberately left unlabelled. Batch, lot, build,
 *   version and statute numbers are not identifiers.
 */

type Item = [IdentifierKind, string];

const s = (text: string, ...items: Item[]): LabelledSentence => ({
  text,
  expected: items.map(([kind, t]) => ({ kind, text: t })),
});

export const dev3Set: LabelledSentence[] = [
  // ---- clinical notes and handovers ----
  s(
    `HANDOVER 19:30 - Bay 4 bed 2: OKAFOR, Chidi, 67M, NHS 233 079 2441. Admitted 03/11 with CAP, on IV co-amox. Wife (Ngozi) visiting, wants call from Dr Brennan re: plan.`,
    ['NAME', `OKAFOR, Chidi`],
    ['MRN', `233 079 2441`],
    ['DATE', `03/11`],
    ['NAME', `Ngozi`],
    ['NAME', `Brennan`],
  ),
  s(
    `Seen on ward round w/ Dr Siobhan Ní Bhriain. Mr Tadeusz Wróblewski, 91yo, fall at home (12 Lime Tree Walk, Ashford TN23 3PL) ~0400 on 14/03/2024. Lives w/ son Marek.`,
    ['NAME', `Siobhan Ní Bhriain`],
    ['NAME', `Tadeusz Wróblewski`],
    ['AGE', `91`],
    ['LOCATION', `12 Lime Tree Walk`],
    ['LOCATION', `Ashford`],
    ['LOCATION', `TN23 3PL`],
    ['DATE', `14/03/2024`],
    ['NAME', `Marek`],
  ),
  s(
    `Nursing note: pt settled overnight. Obs stable, NEWS 1. BP 132/84, HR 78, sats 96% RA. Pressure areas intact. Continue plan.`,
  ),
  s(
    `pt Hope Akinyi (DOB 02.09.1958) c/o SOB on exertion x 3/7. husband Will at bedside. Hx of Crohn's and Raynaud's. Plan: CXR, bloods, r/v 6/52 in clinic.`,
    ['NAME', `Hope Akinyi`],
    ['DATE', `02.09.1958`],
    ['NAME', `Will`],
  ),
  s(
    `Handover from night team (Grace, RN):
- Bed 11 Mrs Faith Mensah-Bonsu, MRN 00482913, post-op day 2 lap chole, pain controlled
- Bed 12 Mr Rui Duarte, MRN 00519077, ?delirium, daughter Summer rang x2 overnight on 07700 900418
- Bed 14 empty`,
    ['NAME', `Grace`],
    ['NAME', `Faith Mensah-Bonsu`],
    ['MRN', `00482913`],
    ['NAME', `Rui Duarte`],
    ['MRN', `00519077`],
    ['NAME', `Summer`],
    ['PHONE', `07700 900418`],
  ),
  s(
    `Discussed at MDT. Parkinson's disease with falls; Hoehn and Yahr stage 3. Continue Sinemet 62.5mg QDS. Refer to falls clinic. Review in 3/12.`,
  ),
  s(
    `Clerking - 93 y/o lady from Nursing home (Ravenscourt House, 40 Queen's Drive, Dumfries DG1 2AH). Next of kin: niece Rose Kerr-Baillie 01387 255019.`,
    ['AGE', `93`],
    ['LOCATION', `40 Queen's Drive`],
    ['LOCATION', `Dumfries`],
    ['LOCATION', `DG1 2AH`],
    ['NAME', `Rose Kerr-Baillie`],
    ['PHONE', `01387 255019`],
  ),
  s(
    `ED triage 02:14. Manchester Triage category 2 (orange). GCS 14/15, E4 V4 M6. Glasgow Coma Scale repeated at 03:00: 15/15.`,
  ),
  s(
    `Patient: Nguyễn Thị Lan (CHI 1503914421). Interpreter (Vietnamese) via LanguageLine. Son Minh translated initially - advised against.`,
    ['NAME', `Nguyễn Thị Lan`],
    ['MRN', `1503914421`],
    ['NAME', `Minh`],
  ),
  s(
    `GP home visit 12 Feb - Mr Jarrah Walker, 78, 3/22 Banksia St, Mount Druitt NSW 2770. Carer Kylie said he's "off his food". Wound on L shin healing.`,
    ['DATE', `12 Feb`],
    ['NAME', `Jarrah Walker`],
    ['LOCATION', `3/22 Banksia St`],
    ['LOCATION', `Mount Druitt`],
    ['LOCATION', `2770`],
    ['NAME', `Kylie`],
  ),
  s(
    `ICU progress note Day 5. Remains intubated, FiO2 0.35, PEEP 8. Noradrenaline weaned off 0600. Sedation hold planned. Family meeting tomorrow with the consultant.`,
  ),
  s(
    `Spoke to pt's daughter, Mrs Leilani Fonoti-Tuilagi (ph 021 448 3190), who confirms her father Sione has been confused since the 21st. Lives in Māngere, Auckland.`,
    ['NAME', `Leilani Fonoti-Tuilagi`],
    ['PHONE', `021 448 3190`],
    ['NAME', `Sione`],
    ['DATE', `the 21st`],
    ['LOCATION', `Māngere`],
    ['LOCATION', `Auckland`],
  ),
  s(
    `ward rnd: bed 6 - mr jamal haddad, post TURP, catheter out tmrw. bed 7 - mrs priya raghunathan, dizzy on standing, lying/standing BP pls. bed 8 - dc'd`,
    ['NAME', `jamal haddad`],
    ['NAME', `priya raghunathan`],
  ),
  s(
    `Mental health assessment under s.136 MHA 1983. Brought in by police from town centre. No weapons. AMHP contacted. Section 2 considered.`,
  ),
  s(
    `Safeguarding concern raised by Staff Nurse Ebony Clarke-Williams re: Mr Hiroshi Tanaka (hospital no. K4471902), bruising to both upper arms, pt says "my son does it sometimes".`,
    ['NAME', `Ebony Clarke-Williams`],
    ['NAME', `Hiroshi Tanaka`],
    ['MRN', `K4471902`],
  ),
  s(
    `Pacemaker check: Medtronic Azure XT DR, serial RNB618294H, implanted 20190611. Battery 9.5 yrs. Leads stable. Next remote check via CareLink.`,
    ['DEVICE', `RNB618294H`],
    ['DATE', `20190611`],
  ),
  s(
    `Pt transferred from St Luke's Hospital with Guillain-Barré syndrome. IVIG day 3 of 5. Vital capacity monitoring 4-hourly.`,
  ),
  s(
    `Resus: 58yo M, VF arrest in Tesco car park, bystander CPR, 3 shocks AED, ROSC 14 min. ID in wallet: Dariusz Nowicki, ul. Lipowa 7/3, 15-424 Białystok.`,
    ['NAME', `Dariusz Nowicki`],
    ['LOCATION', `ul. Lipowa 7/3`],
    ['LOCATION', `15-424`],
    ['LOCATION', `Białystok`],
  ),
  s(
    `Obs chart: T 37.9, RR 22, SpO2 93% on 2L, BP 104/62. Hb 98, WCC 14.2, CRP 187. Sepsis six commenced at 14:05.`,
  ),
  s(
    `Family asked that we call Mr Abdullahi Warsame (eldest son) on +252 61 523 8840 before any DNACPR discussion with his mother Hodan, who is ninety-two.`,
    ['NAME', `Abdullahi Warsame`],
    ['PHONE', `+252 61 523 8840`],
    ['NAME', `Hodan`],
    ['AGE', `ninety-two`],
  ),
  s(
    `Physio: mobilised 10m with zimmer frame + 1. Transfers with standing aid. Pt keen to go home to Tobermory; OT to arrange home visit.`,
    ['LOCATION', `Tobermory`],
  ),
  s(
    `Diabetic foot clinic - Mrs Gurpreet Kaur Sandhu, NHS No 026 859 9521, insulin pump (Omnipod, PDM s/n 19AB0447731). HbA1c 71. Podiatry weekly.`,
    ['NAME', `Gurpreet Kaur Sandhu`],
    ['MRN', `026 859 9521`],
    ['DEVICE', `19AB0447731`],
  ),
  s(
    `Hx: Type 2 DM, HTN, CKD 3b, previous MI 2015 (PCI to LAD). Allergies: penicillin (rash), codeine (N&V). Lives alone, independent with ADLs.`,
  ),
  s(
    `Handover to day team - "Sky" in side room 3 (legal name Skylar Brennan-Ortiz, 16, CAMHS), 1:1 observation, mum Marisol visiting from 10.`,
    ['NAME', `Sky`],
    ['NAME', `Skylar Brennan-Ortiz`],
    ['NAME', `Marisol`],
  ),
  s(
    `Dr Oluwaseun Adebayo-Lewis (GMC 7045128) reviewed at 22:10. Impression: acute gout L 1st MTPJ. Colchicine 500 micrograms BD.`,
    ['NAME', `Oluwaseun Adebayo-Lewis`],
    ['LICENSE', `7045128`],
  ),
  s(
    `Palliative care note. Mr Eamon Ó Súilleabháin, 95, comfortable, syringe driver running. Daughter Aoife staying overnight. Priest from Clonakilty visited.`,
    ['NAME', `Eamon Ó Súilleabháin`],
    ['AGE', `95`],
    ['NAME', `Aoife`],
    ['LOCATION', `Clonakilty`],
  ),
  s(
    `Incident: pt found on floor beside bed at 03:40. No head injury. Datix submitted. Bed rails assessment and falls sensor mat applied.`,
  ),
  s(
    `Admission: 김민준 (Kim Min-jun), 44, visiting from Busan, hotel at 250 Victoria Pde, Fitzroy VIC 3065. Travel insurance policy TRV-88213407.`,
    ['NAME', `김민준`],
    ['NAME', `Kim Min-jun`],
    ['LOCATION', `Busan`],
    ['LOCATION', `250 Victoria Pde`],
    ['LOCATION', `Fitzroy`],
    ['LOCATION', `3065`],
    ['ACCOUNT', `TRV-88213407`],
  ),
  s(
    `CT head requested. Pt on apixaban 5mg BD. Anticoag reversal not indicated at present. Neuro obs hourly for 4h then 2-hourly.`,
  ),
  s(
    `Midwife note 04/07/23 - G2P1, 36+2 wks. Partner Kwame Asante present. Plan homebirth at 5 Rowan Court, Hulme, Manchester M15 5QT. BP 118/76.`,
    ['DATE', `04/07/23`],
    ['NAME', `Kwame Asante`],
    ['LOCATION', `5 Rowan Court`],
    ['LOCATION', `Hulme`],
    ['LOCATION', `Manchester`],
    ['LOCATION', `M15 5QT`],
  ),
  s(
    `SBAR - S: Mrs Fatima Zahra El Idrissi deteriorating, NEWS 7. B: day 3 post hemicolectomy. A: ?anastomotic leak. R: surgical reg (Dr Callum Fraser) to review within 30 min.`,
    ['NAME', `Fatima Zahra El Idrissi`],
    ['NAME', `Callum Fraser`],
  ),
  s(
    `Stroke thrombolysis call 11:52. NIHSS 14. Last known well 10:30. Alteplase given. Transferred to hyperacute stroke unit.`,
  ),
  s(
    `Consultant note: this 90 year old gentleman, retired miner from Merthyr Tydfil, presents with a 2-day history of melaena. Son Gethin ap Rhys attends.`,
    ['AGE', `90`],
    ['LOCATION', `Merthyr Tydfil`],
    ['NAME', `Gethin ap Rhys`],
  ),
  s(
    `Dialysis unit - Mr Babatunde Ogunleye, hospital number RJ1-0093341, AV fistula L arm, dry weight 74.5kg. Transport from 88 Coldharbour Lane, Brixton SE5 9NR Tues/Thurs/Sat.`,
    ['NAME', `Babatunde Ogunleye`],
    ['MRN', `RJ1-0093341`],
    ['LOCATION', `88 Coldharbour Lane`],
    ['LOCATION', `Brixton`],
    ['LOCATION', `SE5 9NR`],
  ),
  s(
    `Paeds: 3yo with bronchiolitis, mum (Ayesha) anxious. Dad Imran at work, contactable 07911 204 337. Sats 94% RA, feeding 60% of usual.`,
    ['NAME', `Ayesha`],
    ['NAME', `Imran`],
    ['PHONE', `07911 204 337`],
  ),
  s(
    `nurse note 2300: pt (Mr Van der Merwe) refusing meds, shouting for "Annelie". Son Pieter says Annelie was his late wife. Calmer after tea.`,
    ['NAME', `Van der Merwe`],
    ['NAME', `Annelie`],
    ['NAME', `Pieter`],
    ['NAME', `Annelie`],
  ),
  s(
    `Outpatient clinic list Tues AM: 09:00 new pt (rheum), 09:30 f/u lupus, 10:00 f/u RA on methotrexate, 10:30 cancelled, 11:00 Sjögren's review.`,
  ),
  s(
    `Chaplaincy referral: Mrs Wei-Ling Ho (何慧玲), 97, Buddhist, requests monk visit. Granddaughter Jasmine Ho coordinating; email jasmine.ho.family@gmail.com.`,
    ['NAME', `Wei-Ling Ho`],
    ['NAME', `何慧玲`],
    ['AGE', `97`],
    ['NAME', `Jasmine Ho`],
    ['EMAIL', `jasmine.ho.family@gmail.com`],
  ),
  s(
    `Wound care: sacral grade 3 pressure ulcer, 4x3cm, sloughy base. Aquacel Ag + foam dressing, change every 3 days. Tissue viability nurse aware.`,
  ),
  s(
    `Pt: María José Fernández de la Cruz, 79. DOB 30 de mayo de 1945. Habla poco inglés; hija Lucía traduce. Domicilio: Calle Mayor 14, 28013 Madrid.`,
    ['NAME', `María José Fernández de la Cruz`],
    ['DATE', `30 de mayo de 1945`],
    ['NAME', `Lucía`],
    ['LOCATION', `Calle Mayor 14`],
    ['LOCATION', `28013`],
    ['LOCATION', `Madrid`],
  ),
  // ---- referral and discharge letters ----
  s(
    `Dear Dr Kowalczyk,

Re: Mr Emmanuel Boateng, DOB 22/06/1949, NHS No. 176 031 3726
Address: Flat 7, 31 Harrow Road, Wembley HA9 6DE

Thank you for referring this gentleman with exertional chest pain. I saw him in clinic on 9 January 2024.

Yours sincerely,
Dr Anjali Venkataraman
Consultant Cardiologist`,
    ['NAME', `Kowalczyk`],
    ['NAME', `Emmanuel Boateng`],
    ['DATE', `22/06/1949`],
    ['MRN', `176 031 3726`],
    ['LOCATION', `Flat 7, 31 Harrow Road`],
    ['LOCATION', `Wembley`],
    ['LOCATION', `HA9 6DE`],
    ['DATE', `9 January 2024`],
    ['NAME', `Anjali Venkataraman`],
  ),
  s(
    `DISCHARGE SUMMARY
Patient name: LINDQVIST, Astrid
Date of birth: 1933-08-17 (aged 91)
Admitted: 2024-02-03   Discharged: 2024-02-11
Diagnosis: Community-acquired pneumonia, AKI stage 1 (resolved)
GP: Dr H. Sørensen, Castle Medical Practice`,
    ['NAME', `LINDQVIST, Astrid`],
    ['DATE', `1933-08-17`],
    ['AGE', `91`],
    ['DATE', `2024-02-03`],
    ['DATE', `2024-02-11`],
    ['NAME', `H. Sørensen`],
  ),
  s(
    `Medications on discharge: Ramipril 2.5mg OD (new), Bisoprolol 2.5mg OD, Atorvastatin 80mg ON, Clopidogrel 75mg OD for 12 months, GTN spray PRN.`,
  ),
  s(
    `Referral to memory clinic: Mrs Oyelaran, 88, increasing forgetfulness over 18 months. MMSE 21/30. B12 and TFTs normal. Daughter Temitope is LPA for health and welfare.`,
    ['NAME', `Oyelaran`],
    ['NAME', `Temitope`],
  ),
  s(
    `To: Community Nursing Team, Penzance
Please visit Mr Jago Trevithick at Chy an Mor, 2 Fore Street, Mousehole TR19 6PF from 15/05 for daily dressings (L leg ulcer). Key safe code given by phone.`,
    ['LOCATION', `Penzance`],
    ['NAME', `Jago Trevithick`],
    ['LOCATION', `2 Fore Street`],
    ['LOCATION', `Mousehole`],
    ['LOCATION', `TR19 6PF`],
    ['DATE', `15/05`],
  ),
  s(
    `Follow-up: Rheumatology outpatients in 6 weeks. Repeat LFTs in 2/52 given methotrexate. Patient advised to avoid alcohol and report any mouth ulcers.`,
  ),
  s(
    `Dear Colleague, I would be grateful if you could see Ms Thandiwe Dlamini (DOB 11 Nov 1987, hospital no. 7729304) regarding recurrent miscarriage. She can be reached on 0161 496 0733 or thandi.dlamini87@outlook.com.`,
    ['NAME', `Thandiwe Dlamini`],
    ['DATE', `11 Nov 1987`],
    ['MRN', `7729304`],
    ['PHONE', `0161 496 0733`],
    ['EMAIL', `thandi.dlamini87@outlook.com`],
  ),
  s(
    `Lettre de sortie - Service de médecine interne
Patient : M. Jean-Baptiste Kaboré, né le 3 mars 1952
Adresse : 14 rue des Lilas, 69003 Lyon
Médecin traitant : Dr Claire Fontaine
Hospitalisé du 12/04/2024 au 19/04/2024 pour décompensation cardiaque.`,
    ['NAME', `Jean-Baptiste Kaboré`],
    ['DATE', `3 mars 1952`],
    ['LOCATION', `14 rue des Lilas`],
    ['LOCATION', `69003`],
    ['LOCATION', `Lyon`],
    ['NAME', `Claire Fontaine`],
    ['DATE', `12/04/2024`],
    ['DATE', `19/04/2024`],
  ),
  s(
    `Entlassungsbrief: Frau Ingrid Hoffmann-Kessler, geb. 07.12.1930 (93 J.), wohnhaft Bahnhofstraße 21, 79098 Freiburg im Breisgau. Hausarzt: Dr. med. Volker Brandt.`,
    ['NAME', `Ingrid Hoffmann-Kessler`],
    ['DATE', `07.12.1930`],
    ['AGE', `93`],
    ['LOCATION', `Bahnhofstraße 21`],
    ['LOCATION', `79098`],
    ['LOCATION', `Freiburg im Breisgau`],
    ['NAME', `Volker Brandt`],
  ),
  s(
    `Summary for GP: Admitted with DKA precipitated by missed insulin doses. Seen by diabetes specialist nurse. Sick day rules explained. Freestyle Libre sensor started.`,
  ),
  s(
    `cc: Mr Li Wei (patient), 18 Cedar Avenue, Richmond Hill ON L4C 2B7
cc: Dr Parminder Gill, Bayview Family Health Team`,
    ['NAME', `Li Wei`],
    ['LOCATION', `18 Cedar Avenue`],
    ['LOCATION', `Richmond Hill`],
    ['LOCATION', `L4C 2B7`],
    ['NAME', `Parminder Gill`],
  ),
  s(
    `Referral - physiotherapy (MSK). Reason: R shoulder impingement. Pt: Bongani Zulu, 41, works as a plasterer. Best contact 0783 114 2290 (after 5pm). Happy to be seen at Kidderminster site.`,
    ['NAME', `Bongani Zulu`],
    ['PHONE', `0783 114 2290`],
    ['LOCATION', `Kidderminster`],
  ),
  s(
    `The patient was reviewed by the orthogeriatric team and commenced on Adcal-D3 and alendronic acid. DEXA scan requested. FRAX score high.`,
  ),
  s(
    `Hospice referral form
Name: Mrs Carmel "Kitty" Doherty
Age: 94
Address: 6 Shore Road, Buncrana, Co. Donegal F93 X2K6
NOK: Declan Doherty (son) 086 221 4780
Diagnosis: metastatic pancreatic ca`,
    ['NAME', `Carmel`],
    ['NAME', `Kitty`],
    ['NAME', `Doherty`],
    ['AGE', `94`],
    ['LOCATION', `6 Shore Road`],
    ['LOCATION', `Buncrana`],
    ['LOCATION', `Co. Donegal`],
    ['LOCATION', `F93 X2K6`],
    ['NAME', `Declan Doherty`],
    ['PHONE', `086 221 4780`],
  ),
  s(
    `Dear Dr Rahman, thank you for seeing Aarav (DOB 2016-04-30), who has been having absence seizures in class - his teacher Miss Grace Whitfield first noticed them in September 2023.`,
    ['NAME', `Rahman`],
    ['NAME', `Aarav`],
    ['DATE', `2016-04-30`],
    ['NAME', `Grace Whitfield`],
    ['DATE', `September 2023`],
  ),
  s(
    `Carta de alta: Sr. Joaquín Ramírez Otero, RUT 14.582.339-K, domicilio Av. Providencia 1840, depto 52, Providencia, Santiago. Control en policlínico el 2 de agosto.`,
    ['NAME', `Joaquín Ramírez Otero`],
    ['SSN', `14.582.339-K`],
    ['LOCATION', `Av. Providencia 1840`],
    ['LOCATION', `Providencia`],
    ['LOCATION', `Santiago`],
    ['DATE', `2 de agosto`],
  ),
  s(
    `Lettera di dimissione: il sig. Giuseppe Russo, nato a Bari il 15/09/1947, C.F. RSSGPP47P15A662X, residente in Via Garibaldi 8, 70122 Bari. Terapia invariata.`,
    ['NAME', `Giuseppe Russo`],
    ['LOCATION', `Bari`],
    ['DATE', `15/09/1947`],
    ['SSN', `RSSGPP47P15A662X`],
    ['LOCATION', `Via Garibaldi 8`],
    ['LOCATION', `70122`],
    ['LOCATION', `Bari`],
  ),
  s(
    `Hospital at Home referral accepted. Criteria met: frailty score 6, NEWS2 below 5, carer present. IV antibiotics via midline. Escalation plan agreed with the medical registrar.`,
  ),
  s(
    `Letter to patient: Dear Ms Okwuosa, your appointment with Mr Idris Bello (Consultant Urologist) is on Thursday 23rd May at 14:20, Outpatients Dept B. Please bring a list of your medicines.`,
    ['NAME', `Okwuosa`],
    ['NAME', `Idris Bello`],
    ['DATE', `23rd May`],
  ),
  s(
    `Discharge destination: Home with package of care (QDS). District nurses to take bloods on 28/6. Patient's neighbour, Mrs Hope Ferreira, holds spare keys.`,
    ['DATE', `28/6`],
    ['NAME', `Hope Ferreira`],
  ),
  s(
    `REFERRAL - URGENT 2WW (suspected colorectal cancer)
Patient: Kaveh Rostami   DOB: 19/01/1961   NHS: 159 010 9287
FIT result 186 ug/g. Iron deficiency anaemia. Weight loss 6kg.
Contact: 07700 900 652 (mobile), kaveh.r61@btinternet.com`,
    ['NAME', `Kaveh Rostami`],
    ['DATE', `19/01/1961`],
    ['MRN', `159 010 9287`],
    ['PHONE', `07700 900 652`],
    ['EMAIL', `kaveh.r61@btinternet.com`],
  ),
  s(
    `Dr Nkechi Uzoma, MD, MPH (NPI 1830166132) - Internal Medicine, Lakeshore Clinic, 2250 N Clark St, Chicago IL 60614. Referring for sleep study.`,
    ['NAME', `Nkechi Uzoma`],
    ['NPI', `1830166132`],
    ['LOCATION', `2250 N Clark St`],
    ['LOCATION', `Chicago`],
    ['LOCATION', `60614`],
  ),
  s(
    `Transfer letter: Mrs 田中 美代子 (Tanaka Miyoko), 92, returning to Osaka with her son. Copy of notes provided in Japanese. Warfarin INR target 2-3.`,
    ['NAME', `田中 美代子`],
    ['NAME', `Tanaka Miyoko`],
    ['AGE', `92`],
    ['LOCATION', `Osaka`],
  ),
  s(
    `Re: Mr A.K. - seen today with his wife. A.K. reports low mood since redundancy. PHQ-9 17. Started sertraline 50mg. Signposted to talking therapies.`,
    ['NAME', `A.K.`],
    ['NAME', `A.K.`],
  ),
  s(
    `Following Hodgkin lymphoma treated with ABVD in 2012, the patient remains in remission. Annual surveillance with the late effects clinic is recommended.`,
  ),
  s(
    `Discharge letter - Paediatrics. Child: Ruby-Mae Tamihana, DOB 05/03/2021. Parents: Hemi and Aroha Tamihana, 17 Kowhai Street, Rotorua 3015. Ph 027 555 0192.`,
    ['NAME', `Ruby-Mae Tamihana`],
    ['DATE', `05/03/2021`],
    ['NAME', `Hemi`],
    ['NAME', `Aroha Tamihana`],
    ['LOCATION', `17 Kowhai Street`],
    ['LOCATION', `Rotorua`],
    ['LOCATION', `3015`],
    ['PHONE', `027 555 0192`],
  ),
  s(
    `Carta de referência: Sra. Ana Paula Cardoso dos Santos, CPF 384.221.097-15, moradora na Rua das Flores 220, Vila Mariana, São Paulo - SP, CEP 04117-020.`,
    ['NAME', `Ana Paula Cardoso dos Santos`],
    ['SSN', `384.221.097-15`],
    ['LOCATION', `Rua das Flores 220`],
    ['LOCATION', `Vila Mariana`],
    ['LOCATION', `São Paulo`],
    ['LOCATION', `04117-020`],
  ),
  // ---- laboratory and radiology ----
  s(
    `CLINICAL CHEMISTRY REPORT
Patient: BANERJEE, Sunita   MRN: 40028817   DOB: 12-Apr-1944
Collected: 14-Mar-2024 06:45   Received: 14-Mar-2024 08:02
Sodium 129 L   Potassium 5.8 H   Urea 14.2 H   Creatinine 188 H   eGFR 23`,
    ['NAME', `BANERJEE, Sunita`],
    ['MRN', `40028817`],
    ['DATE', `12-Apr-1944`],
    ['DATE', `14-Mar-2024`],
    ['DATE', `14-Mar-2024`],
  ),
  s(
    `Full blood count: Hb 112 g/L, MCV 76 fL, WCC 6.1, Plt 412. Ferritin 8 ug/L. Picture consistent with iron deficiency. Suggest GI investigation if not explained.`,
  ),
  s(
    `CT CHEST/ABDO/PELVIS WITH CONTRAST
Indication: weight loss, ?malignancy
Findings: 2.3 cm spiculated lesion RUL. No lymphadenopathy. Liver, adrenals normal.
Reported by: Dr M. Abubakar, Consultant Radiologist, 21/03/2024`,
    ['NAME', `M. Abubakar`],
    ['DATE', `21/03/2024`],
  ),
  s(
    `Critical result phoned to Dr Kerry-Ann Campbell at 16:20: K+ 6.9 for pt Otieno, Joseph (lab no. 24H118273, MRN 3301994).`,
    ['NAME', `Kerry-Ann Campbell`],
    ['NAME', `Otieno, Joseph`],
    ['MRN', `24H118273`],
    ['MRN', `3301994`],
  ),
  s(
    `MRI lumbar spine: L4/5 broad-based disc protrusion with moderate canal stenosis. L5/S1 left paracentral protrusion contacting the S1 nerve root. No cauda equina compression.`,
  ),
  s(
    `Microbiology: Blood cultures x2 (taken 07/02 at 23:10) - Gram positive cocci in clusters, ID to follow. Pt: Marguerite Lefebvre-Tremblay, RAMQ LEFM 4512 1832.`,
    ['DATE', `07/02`],
    ['NAME', `Marguerite Lefebvre-Tremblay`],
    ['ACCOUNT', `LEFM 4512 1832`],
  ),
  s(
    `Ultrasound abdomen (Dr. Arvind Menon, 11 June): gallbladder contains multiple calculi, CBD 5mm. Murphy's sign positive on scanning. Liver echotexture normal.`,
    ['NAME', `Arvind Menon`],
    ['DATE', `11 June`],
  ),
  s(
    `Histology: Barrett's oesophagus with low-grade dysplasia. Helicobacter pylori not seen. Recommend repeat OGD in 6 months per BSG guidance.`,
  ),
  s(
    `Specimen rejected - insufficient labelling. Tube labelled "J OCONNOR" but request form reads Jonathan O'Connor-Byrne DOB 30/11/1972. Please repeat sample.`,
    ['NAME', `J OCONNOR`],
    ['NAME', `Jonathan O'Connor-Byrne`],
    ['DATE', `30/11/1972`],
  ),
  s(
    `X-ray L wrist (Pt ID 55-209-114): distal radius fracture with dorsal angulation 25 deg. Reported 2024/05/09 by reporting radiographer Tomás Ó Briain.`,
    ['MRN', `55-209-114`],
    ['DATE', `2024/05/09`],
    ['NAME', `Tomás Ó Briain`],
  ),
  s(
    `Thyroid function: TSH 0.02 mU/L, free T4 38 pmol/L, free T3 11.2. Consistent with hyperthyroidism; TRAb positive - Graves' disease likely.`,
  ),
  s(
    `PATHOLOGY ADDENDUM - case S24-08817 (patient: Hamid Karimi, DOB 1968-02-29). Immunohistochemistry confirms ER positive, HER2 negative. Discussed at breast MDT.`,
    ['MRN', `S24-08817`],
    ['NAME', `Hamid Karimi`],
    ['DATE', `1968-02-29`],
  ),
  s(
    `Echocardiogram: LVEF 35%, moderate functional MR, dilated LA. RVSP estimated 45 mmHg. Compared with study from 2021: deterioration in LV function.`,
  ),
  s(
    `Point-of-care analyser i-STAT s/n 302477 flagged QC failure on 19/08/2024. Device withdrawn; results for Ward 9 since last successful QC to be repeated.`,
    ['DEVICE', `302477`],
    ['DATE', `19/08/2024`],
  ),
  s(
    `Radiology request: CTPA. Pt Ahanu Whitehorse, 55, Wells score 6.5, D-dimer 2400. eGFR 72. Requesting clinician: Dr Hannah Goldberg.`,
    ['NAME', `Ahanu Whitehorse`],
    ['NAME', `Hannah Goldberg`],
  ),
  s(
    `Coag screen: PT 14.1 s, APTT 32 s, fibrinogen 3.2 g/L. INR 1.1. No evidence of DIC.`,
  ),
  s(
    `检验报告单
姓名：王秀英   性别：女   年龄：90岁
病历号：ZY20240311087
送检日期：2024年3月11日
血红蛋白 98 g/L (偏低)`,
    ['NAME', `王秀英`],
    ['AGE', `90`],
    ['MRN', `ZY20240311087`],
    ['DATE', `2024年3月11日`],
  ),
  s(
    `Genetics: BRCA2 pathogenic variant c.5946delT identified in proband (Rivka Abramowitz, lab ref GEN-2291-44). Cascade testing offered to her sisters Miriam and Dalia.`,
    ['NAME', `Rivka Abramowitz`],
    ['MRN', `GEN-2291-44`],
    ['NAME', `Miriam`],
    ['NAME', `Dalia`],
  ),
  s(
    `Mammography screening round 3. BI-RADS 2 (benign). Routine recall in 3 years. No further action required.`,
  ),
  s(
    `DEXA: L1-L4 T-score -2.8, femoral neck T-score -2.6. Osteoporosis. Patient Eleni Papadopoulou (Νοσοκομείο Α.Μ. 77120), age 90. Report sent to Dr Nikos Stavrou.`,
    ['NAME', `Eleni Papadopoulou`],
    ['MRN', `77120`],
    ['AGE', `90`],
    ['NAME', `Nikos Stavrou`],
  ),
  s(
    `Urine MC&S: >10^5 CFU/mL E. coli, resistant to trimethoprim and amoxicillin, sensitive to nitrofurantoin and fosfomycin.`,
  ),
  s(
    `CT head non-contrast 02:38 - acute L SDH 9mm, midline shift 4mm. Discussed with neurosurgical reg (Dr Pradeep Nair) at the regional centre; for transfer. Pt Siaosi Leota, hosp no. M0441276.`,
    ['NAME', `Pradeep Nair`],
    ['NAME', `Siaosi Leota`],
    ['MRN', `M0441276`],
  ),
  s(
    `Lab results line from LIMS export:
"24-118-5521","KOVAC, Mirela","1990-07-07","F","HCG quantitative","1842","IU/L","2024-06-02T09:11"`,
    ['MRN', `24-118-5521`],
    ['NAME', `KOVAC, Mirela`],
    ['DATE', `1990-07-07`],
    ['DATE', `2024-06-02`],
  ),
  s(
    `Holter monitor (device serial HM-7741-0932) fitted 05/06, returned 07/06. Paroxysmal AF episodes, max HR 162. Pt Abdel-Rahman Sayed informed by phone.`,
    ['DEVICE', `HM-7741-0932`],
    ['DATE', `05/06`],
    ['DATE', `07/06`],
    ['NAME', `Abdel-Rahman Sayed`],
  ),
  s(
    `Spirometry: FEV1 1.42 L (54% predicted), FVC 2.81 L, ratio 0.51. Post-bronchodilator reversibility 6%. Consistent with COPD GOLD stage 2.`,
  ),
  s(
    `Radiology discrepancy meeting: case 14 (anonymised) - missed scaphoid fracture on initial XR. Learning point: request scaphoid views if clinical suspicion.`,
  ),
  s(
    `Biopsy report: Ms Chioma Eze-Nwankwo, DOB 04/10/1985. Skin, L forearm: superficial spreading melanoma, Breslow 0.6mm. Copy to GP, Dr Frances Quigley, Ballymena.`,
    ['NAME', `Chioma Eze-Nwankwo`],
    ['DATE', `04/10/1985`],
    ['NAME', `Frances Quigley`],
    ['LOCATION', `Ballymena`],
  ),
  s(
    `Sample from CGM transmitter (Dexcom G7, serial 4N81HX2PQ) suggests sensor error; compare with capillary glucose before treating. Pt: Dylan Parry-Jones.`,
    ['DEVICE', `4N81HX2PQ`],
    ['NAME', `Dylan Parry-Jones`],
  ),
  // ---- pharmacy ----
  s(
    `Rx: Oxycodone 5mg IR, 1-2 tabs q4h PRN pain, #30. Pt: Dolores Vega Castillo, DOB 08/14/1939. Prescriber: Dr. Brian Kessler, DEA BK4829133, NPI 1194875740.`,
    ['NAME', `Dolores Vega Castillo`],
    ['DATE', `08/14/1939`],
    ['NAME', `Brian Kessler`],
    ['LICENSE', `BK4829133`],
    ['NPI', `1194875740`],
  ),
  s(
    `Pharmacy intervention: amoxicillin prescribed despite documented penicillin allergy (anaphylaxis). Switched to doxycycline 200mg stat then 100mg OD after discussion with prescriber.`,
  ),
  s(
    `hi its ana from boots, just checking - the script for mr pereira's metformin came through as 850mg but he normally gets 500mg? can someone call us back on 01234 567 801`,
    ['NAME', `ana`],
    ['NAME', `pereira`],
    ['PHONE', `01234 567 801`],
  ),
  s(
    `Controlled drugs register - Morphine sulfate 10mg/5ml oral solution. Balance brought forward 300ml. Received 500ml. Witnessed by two registered nurses. Running balance 800ml.`,
  ),
  s(
    `Medicines reconciliation for Mrs Yetunde Afolabi (MRN 90033128): patient brought own meds incl. Amlodipine 10mg, Losartan 50mg and herbal 'bitter leaf' tea. Daughter Bisola confirmed list.`,
    ['NAME', `Yetunde Afolabi`],
    ['MRN', `90033128`],
    ['NAME', `Bisola`],
  ),
  s(
    `Prior authorization request - Humira (adalimumab) 40mg q2w. Member ID: XWB884102577. Diagnosis: Crohn's disease, failed azathioprine.`,
    ['ACCOUNT', `XWB884102577`],
  ),
  s(
    `Delivery note: 28-day blister packs for Mr Pavel Horáček, 7 Willow Gardens, Kettering NN16 9RJ. Leave with neighbour at no. 9 if out. Tel 07700 900 915.`,
    ['NAME', `Pavel Horáček`],
    ['LOCATION', `7 Willow Gardens`],
    ['LOCATION', `Kettering`],
    ['LOCATION', `NN16 9RJ`],
    ['PHONE', `07700 900 915`],
  ),
  s(
    `Warfarin dosing: INR 3.8 today (target 2.0-3.0). Omit tonight's dose, then 3mg daily. Recheck INR in 5 days. No bleeding reported.`,
  ),
  s(
    `Script from Dr Ahmad Nazari (prescriber no. 2158834A) for Endone 5mg x 20. Patient: Tuan Le, Medicare 2953 71840 1.`,
    ['NAME', `Ahmad Nazari`],
    ['LICENSE', `2158834A`],
    ['NAME', `Tuan Le`],
    ['ACCOUNT', `2953 71840 1`],
  ),
  s(
    `Receta médica: Paracetamol 1 g cada 8 horas durante 5 días. Paciente: Sofía Herrera Gutiérrez, CURP HEGS900221MDFRTF08. Médico: Dr. Raúl Mendoza, Céd. Prof. 8841207.`,
    ['NAME', `Sofía Herrera Gutiérrez`],
    ['SSN', `HEGS900221MDFRTF08`],
    ['NAME', `Raúl Mendoza`],
    ['LICENSE', `8841207`],
  ),
  s(
    `Drug interaction alert: clarithromycin + simvastatin (contraindicated - risk of rhabdomyolysis). Suggest holding simvastatin for the duration of the course.`,
  ),
  s(
    `RE: missing repeat for Mrs O'Sullivan (Bridget), 92 - she's run out of her levothyroxine 75mcg, surgery closed, please can the 111 pharmacist issue an emergency supply. Her grandson Ciarán is collecting.`,
    ['NAME', `O'Sullivan`],
    ['NAME', `Bridget`],
    ['AGE', `92`],
    ['NAME', `Ciarán`],
  ),
  s(
    `Pharmacist: Nomvula Khumalo, GPhC reg. 2087416. Checked and dispensed 11/10/2024. Counselled on inhaler technique (spacer).`,
    ['NAME', `Nomvula Khumalo`],
    ['LICENSE', `2087416`],
    ['DATE', `11/10/2024`],
  ),
  s(
    `Vancomycin trough 22 mg/L - above target of 15-20. Hold next dose, recheck level in 12h. Renal function stable.`,
  ),
  s(
    `Compounding log 2024-07-18: morphine 1mg/ml in 0.9% NaCl, 50ml syringe, batch CMP-0718-03. Prepared by Julien Marchand, checked by Aiko Watanabe.`,
    ['DATE', `2024-07-18`],
    ['NAME', `Julien Marchand`],
    ['NAME', `Aiko Watanabe`],
  ),
  s(
    `Insulin pen recall: NovoPen 6 lot numbers listed in the MHRA field safety notice. Check the lot number on the pen body before returning.`,
  ),
  s(
    `E-prescription rejected by payer: patient name mismatch (Rx says "Mohamed Abdi", card says "Mohammed Abdi Hassan"). Member ID 8812047765-01.`,
    ['NAME', `Mohamed Abdi`],
    ['NAME', `Mohammed Abdi Hassan`],
    ['ACCOUNT', `8812047765-01`],
  ),
  s(
    `Recepta: Pani Halina Zielińska, PESEL 36021504827, lat 88. Lek: Xarelto 15 mg 1x dziennie. Wystawił: lek. Krzysztof Mazur, nr PWZ 3412788.`,
    ['NAME', `Halina Zielińska`],
    ['SSN', `36021504827`],
    ['NAME', `Krzysztof Mazur`],
    ['LICENSE', `3412788`],
  ),
  s(
    `Patient counselled on methotrexate: once WEEKLY dosing (Monday), folic acid 5mg on a different day, report sore throat or fever immediately.`,
  ),
  s(
    `Fax from Walgreens #07741: refill request for lisinopril 20mg for JOHNSON, Latoya (DOB 3/9/1962). Prescriber Dr. Samuel Ortiz NPI 1186252767. Call 312-555-0147.`,
    ['NAME', `JOHNSON, Latoya`],
    ['DATE', `3/9/1962`],
    ['NAME', `Samuel Ortiz`],
    ['NPI', `1186252767`],
    ['PHONE', `312-555-0147`],
  ),
  s(
    `Stock alert: Epipen 0.3mg out of stock at wholesaler. Emerade and Jext available. Inform patients at next collection.`,
  ),
  s(
    `Hi, this is Faith at Riverside Pharmacy. Your prescription for Ventolin and Clenil is ready to collect. Opening hours 9-6. Reply STOP to opt out. Ref RX-55190342`,
    ['NAME', `Faith`],
    ['ID', `RX-55190342`],
  ),
  s(
    `Methadone supervised consumption - client Ryan McAllister (DOB 12/12/1984). Dose 60ml daily. Missed 3 consecutive doses (16th-18th) - prescriber Dr Shona MacLeod informed per protocol.`,
    ['NAME', `Ryan McAllister`],
    ['DATE', `12/12/1984`],
    ['DATE', `16th`],
    ['DATE', `18th`],
    ['NAME', `Shona MacLeod`],
  ),
  s(
    `Toa dawa: Bi. Neema Wanjiru, namba ya hospitali KNH-448120. Amoxicillin 500mg mara tatu kwa siku kwa siku 7. Simu 0722 418 903.`,
    ['NAME', `Neema Wanjiru`],
    ['MRN', `KNH-448120`],
    ['PHONE', `0722 418 903`],
  ),
  s(
    `DEA Form 222 order for Schedule II substances - ordering registrant Dr. Helen Chu, DEA AC7251468, 455 Mission St, San Francisco CA 94105.`,
    ['NAME', `Helen Chu`],
    ['LICENSE', `AC7251468`],
    ['LOCATION', `455 Mission St`],
    ['LOCATION', `San Francisco`],
    ['LOCATION', `94105`],
  ),
  s(
    `NPI lookup failed for prescriber entered as 2260181594 - check digit does not validate. Please confirm with the prescriber's office before processing.`,
  ),
  s(
    `Dosette box: Mon-Sun. Morning: bisoprolol 1.25mg, ramipril 5mg, aspirin 75mg. Evening: atorvastatin 40mg. Nominated pharmacy: Lloyds (branch next to the surgery).`,
  ),
  s(
    `Eczane kaydı: Hasta Ayşe Yılmaz, TC Kimlik No 10428765302, doğum tarihi 17.05.1956. Reçete: Glifor 1000 mg günde iki kez. Adres: Atatürk Cad. No: 45, Kadıköy, İstanbul.`,
    ['NAME', `Ayşe Yılmaz`],
    ['SSN', `10428765302`],
    ['DATE', `17.05.1956`],
    ['LOCATION', `Atatürk Cad. No: 45`],
    ['LOCATION', `Kadıköy`],
    ['LOCATION', `İstanbul`],
  ),
  // ---- legal: intake, court, witness statements, contracts ----
  s(
    `INTAKE MEMO - CONFIDENTIAL
Client: Marisol Quintero-Baptiste
Matter: wrongful termination / disability discrimination
Employer: Brightline Logistics Inc.
Client DOB: 02/17/1979  SSN: 512-44-8390
Phone: (503) 555-0186  Email: mqbaptiste@protonmail.com`,
    ['NAME', `Marisol Quintero-Baptiste`],
    ['DATE', `02/17/1979`],
    ['SSN', `512-44-8390`],
    ['PHONE', `(503) 555-0186`],
    ['EMAIL', `mqbaptiste@protonmail.com`],
  ),
  s(
    `Under section 21 of the Housing Act 1988, a landlord may seek possession of an assured shorthold tenancy without proving fault, subject to the notice requirements.`,
  ),
  s(
    `WITNESS STATEMENT
I, Declan Fitzgerald, of 23 Orchard Rise, Limerick V94 K2T8, make this statement believing it to be true. On the evening of 14 August 2023 I was walking my dog Bruno along Henry Street when I saw a silver Toyota, registration 231-L-4471, mount the kerb.`,
    ['NAME', `Declan Fitzgerald`],
    ['LOCATION', `23 Orchard Rise`],
    ['LOCATION', `Limerick`],
    ['LOCATION', `V94 K2T8`],
    ['DATE', `14 August 2023`],
    ['LOCATION', `Henry Street`],
    ['VEHICLE', `231-L-4471`],
  ),
  s(
    `IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT, LAW DIVISION
DeShawn Mitchell, Plaintiff,
v.
Harborview Property Management LLC, Defendant.
Case No. 2023-L-008841`,
    ['LOCATION', `COOK COUNTY`],
    ['NAME', `DeShawn Mitchell`],
    ['ID', `2023-L-008841`],
  ),
  s(
    `The Miranda warning derives from Miranda v. Arizona (1966). The exclusionary rule was extended to the states in Mapp v. Ohio (1961).`,
  ),
  s(
    `Client called re: tenancy deposit. Landlord (Mr Graham Pike) refuses to return £1,150. Tenancy at 41B Chesterton Road, Cambridge CB4 3AX, ended 30/06/2024. DPS ref 6612-3309-7721.`,
    ['NAME', `Graham Pike`],
    ['LOCATION', `41B Chesterton Road`],
    ['LOCATION', `Cambridge`],
    ['LOCATION', `CB4 3AX`],
    ['DATE', `30/06/2024`],
    ['ID', `6612-3309-7721`],
  ),
  s(
    `This Agreement is made on 1 March 2024 between Kestrel Analytics Ltd (company no. 11482093), whose registered office is at Unit 4, Mill Yard, Leeds LS9 8DT ("the Company"), and Oluwadamilare Bankole of 12 Ferndale Grove, Bradford BD9 4QS ("the Consultant").`,
    ['DATE', `1 March 2024`],
    ['LOCATION', `Unit 4, Mill Yard`],
    ['LOCATION', `Leeds`],
    ['LOCATION', `LS9 8DT`],
    ['NAME', `Oluwadamilare Bankole`],
    ['LOCATION', `12 Ferndale Grove`],
    ['LOCATION', `Bradford`],
    ['LOCATION', `BD9 4QS`],
  ),
  s(
    `Clause 14.2 (Confidentiality) shall survive termination of this Agreement for a period of five (5) years. Nothing in clause 9 limits liability for death or personal injury caused by negligence.`,
  ),
  s(
    `Defendant: WASHINGTON, Terrell, DOB 11/03/1996, booking no. 24-011873. Charged under 720 ILCS 5/12-3.05. Bond set at $25,000. Public defender: Atty. Rosa Delgado (ARDC 6329914).`,
    ['NAME', `WASHINGTON, Terrell`],
    ['DATE', `11/03/1996`],
    ['ID', `24-011873`],
    ['NAME', `Rosa Delgado`],
    ['LICENSE', `6329914`],
  ),
  s(
    `Note of call: Clare's Law disclosure application made by client on 2 Feb. Police have confirmed receipt. Next step - safety planning with IDVA.`,
    ['DATE', `2 Feb`],
  ),
  s(
    `Attendance note. Met client Zainab Abubakar-Sadiq at the office. She is the executrix of her late father's estate (Alhaji Sadiq Abubakar, d. 19.01.2024). Probate application ref PA-24-00918-LDN.`,
    ['NAME', `Zainab Abubakar-Sadiq`],
    ['NAME', `Alhaji Sadiq Abubakar`],
    ['DATE', `19.01.2024`],
    ['ID', `PA-24-00918-LDN`],
  ),
  s(
    `The Court of Appeal held that the trial judge had erred in applying the Wednesbury unreasonableness test. Appeal allowed. Costs reserved.`,
  ),
  s(
    `Deposition of Kenji Morimoto, taken 6/20/2024 at the offices of Farrell & Dunne LLP. Present: counsel for plaintiff (Jessica Farrell), counsel for defendant (Omar Siddiqui), court reporter Linda Haas, CSR No. 13882.`,
    ['NAME', `Kenji Morimoto`],
    ['DATE', `6/20/2024`],
    ['NAME', `Jessica Farrell`],
    ['NAME', `Omar Siddiqui`],
    ['NAME', `Linda Haas`],
    ['LICENSE', `13882`],
  ),
  s(
    `Q. And where were you living at that time?
A. With my cousin Tiago, at 409 Ferry Street in Newark.
Q. Did you own a car?
A. Yeah, a gray Honda Civic. Plate was, uh, New Jersey plate, R47-KDP.`,
    ['NAME', `Tiago`],
    ['LOCATION', `409 Ferry Street`],
    ['LOCATION', `Newark`],
    ['VEHICLE', `R47-KDP`],
  ),
  s(
    `Lease summary: Tenant - Nkosana Mthembu; Premises - 12 Long Street, Cape Town 8001; Term 12 months from 1 April 2024; Rent R9,500 p.m.; Deposit held in trust account.`,
    ['NAME', `Nkosana Mthembu`],
    ['LOCATION', `12 Long Street`],
    ['LOCATION', `Cape Town`],
    ['LOCATION', `8001`],
    ['DATE', `1 April 2024`],
  ),
  s(
    `Article 8 ECHR protects the right to respect for private and family life. Any interference must be in accordance with the law and necessary in a democratic society.`,
  ),
  s(
    `Statement of Witness (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B)
Statement of: PC 4471 Amelia Hartley
Age if under 18: Over 18
Occupation: Police Constable
On Saturday 9th March 2024 at approx 23:15 hrs I attended Wellgate, Rotherham, following reports of a disturbance.`,
    ['NAME', `Amelia Hartley`],
    ['DATE', `9th March 2024`],
    ['LOCATION', `Wellgate`],
    ['LOCATION', `Rotherham`],
  ),
  s(
    `Conflict check run for new client "Hartmann GmbH" and opposing party "Vesta Property Holdings". No conflicts found. Engagement letter to follow.`,
  ),
  s(
    `Employment Tribunal claim no. 2204417/2024 - Claimant: Ms Precious Chikwanha. Respondent: Oakfield Care Homes Ltd. Preliminary hearing listed for 17 September 2024 (by CVP).`,
    ['ID', `2204417/2024`],
    ['NAME', `Precious Chikwanha`],
    ['DATE', `17 September 2024`],
  ),
  s(
    `Client ID check completed: UK passport no. 548812307, expiry 2031. Utility bill showing 19 Kingsway, Swansea SA1 5JQ. Copies retained per AML policy.`,
    ['ID', `548812307`],
    ['LOCATION', `19 Kingsway`],
    ['LOCATION', `Swansea`],
    ['LOCATION', `SA1 5JQ`],
  ),
  s(
    `Procès-verbal d'audition de Mme Awa Diallo, née le 12/08/1990 à Dakar, demeurant 8 avenue Jean Jaurès, 93200 Saint-Denis. Tél. 06 12 48 77 30.`,
    ['NAME', `Awa Diallo`],
    ['DATE', `12/08/1990`],
    ['LOCATION', `Dakar`],
    ['LOCATION', `8 avenue Jean Jaurès`],
    ['LOCATION', `93200`],
    ['LOCATION', `Saint-Denis`],
    ['PHONE', `06 12 48 77 30`],
  ),
  s(
    `Per Rule 26(a)(1) of the Federal Rules of Civil Procedure, initial disclosures are due within 14 days after the parties' Rule 26(f) conference.`,
  ),
  s(
    `Small claims: client (Bernadette "Bernie" Kowalski) says her neighbour at 15 Elm St reversed into her fence. Neighbour's truck plate 8KLM204 (California). Damage quote $2,340.`,
    ['NAME', `Bernadette`],
    ['NAME', `Bernie`],
    ['NAME', `Kowalski`],
    ['LOCATION', `15 Elm St`],
    ['VEHICLE', `8KLM204`],
  ),
  s(
    `Vollmacht: Hiermit bevollmächtige ich, Stefan Weber, geboren am 04.04.1971, wohnhaft Lindenweg 3, 80331 München, Rechtsanwältin Dr. Katrin Vogel mit meiner Vertretung.`,
    ['NAME', `Stefan Weber`],
    ['DATE', `04.04.1971`],
    ['LOCATION', `Lindenweg 3`],
    ['LOCATION', `80331`],
    ['LOCATION', `München`],
    ['NAME', `Katrin Vogel`],
  ),
  s(
    `Counsel's opinion: the limitation period under section 14A of the Limitation Act 1980 runs from the date of knowledge. The claim appears to be in time.`,
  ),
  s(
    `Notes from jail visit 3/4: Client (Luis Ángel Soto Pérez, inmate #A-77214) says arresting officer Sgt. Ray Donnelly, badge 2291, didn't read him his rights.`,
    ['DATE', `3/4`],
    ['NAME', `Luis Ángel Soto Pérez`],
    ['ID', `A-77214`],
    ['NAME', `Ray Donnelly`],
    ['ID', `2291`],
  ),
  s(
    `NDA - Mutual. Effective Date: the date of last signature below. Governing law: England and Wales. Signed for and on behalf of the Discloser: ____________ Title: ____________`,
  ),
  s(
    `Family court: child arrangements. Mother: Keisha Campbell. Father: Jordan Fletcher. Child: Amara Fletcher-Campbell (born 8 December 2017). Cafcass officer: Fiona Gallagher.`,
    ['NAME', `Keisha Campbell`],
    ['NAME', `Jordan Fletcher`],
    ['NAME', `Amara Fletcher-Campbell`],
    ['DATE', `8 December 2017`],
    ['NAME', `Fiona Gallagher`],
  ),
  s(
    `Signed: Rhiannon Pryce-Evans, Solicitor (SRA no. 612490)
Morgan Pryce Solicitors, 3 Quay Street, Carmarthen SA31 3JT`,
    ['NAME', `Rhiannon Pryce-Evans`],
    ['LICENSE', `612490`],
    ['LOCATION', `3 Quay Street`],
    ['LOCATION', `Carmarthen`],
    ['LOCATION', `SA31 3JT`],
  ),
  s(
    `Court listing: 10:00 Courtroom 3 - sentencing; 11:30 Courtroom 3 - bail application; 14:00 Courtroom 5 - case management hearing. All parties to attend in person unless directed otherwise.`,
  ),
  s(
    `Witness statement of Li Na (李娜), 34, restaurant worker, Manchester. "I saw the man in the red jacket, his friends called him 'Tommo', hit the glass with a bottle."`,
    ['NAME', `Li Na`],
    ['NAME', `李娜`],
    ['LOCATION', `Manchester`],
    ['NAME', `Tommo`],
  ),
  s(
    `Settlement agreement - payment of £18,500 to the Claimant's account: IBAN GB72 BARC 2045 1373 0518 46, within 14 days of signature. Claimant: Aleksandra Nowak.`,
    ['ACCOUNT', `GB72 BARC 2045 1373 0518 46`],
    ['NAME', `Aleksandra Nowak`],
  ),
  s(
    `The doctrine of promissory estoppel, as developed in Central London Property Trust v High Trees House (1947), prevents a promisor from going back on a promise relied upon.`,
  ),
  s(
    `Intake (by phone): caller is Hoang Van Duc, tiệm nail owner in Garden Grove CA 92843; wants to sue former employee for taking client list. Callback 714-555-0119. Speaks Vietnamese - book interpreter.`,
    ['NAME', `Hoang Van Duc`],
    ['LOCATION', `Garden Grove`],
    ['LOCATION', `92843`],
    ['PHONE', `714-555-0119`],
  ),
  s(
    `Motion to dismiss granted in part. Counts I and III dismissed with prejudice; Count II survives. Defendant to answer within 21 days.`,
  ),
  s(
    `Power of attorney registered with the OPG for donor Mrs Winifred Ashworth (DOB 05/05/1932, aged 92). Attorneys: Hope Ashworth and Will Ashworth, jointly and severally.`,
    ['NAME', `Winifred Ashworth`],
    ['DATE', `05/05/1932`],
    ['AGE', `92`],
    ['NAME', `Hope Ashworth`],
    ['NAME', `Will Ashworth`],
  ),
  s(
    `Protection order application - Applicant: Mere Te Rangi. Respondent: Shane Poutama (DOB 21/07/1988), last known address 58 Kiwi Road, Papatoetoe, Auckland 2025. Known to drive ute plate LKH291.`,
    ['NAME', `Mere Te Rangi`],
    ['NAME', `Shane Poutama`],
    ['DATE', `21/07/1988`],
    ['LOCATION', `58 Kiwi Road`],
    ['LOCATION', `Papatoetoe`],
    ['LOCATION', `Auckland`],
    ['LOCATION', `2025`],
    ['VEHICLE', `LKH291`],
  ),
  s(
    `Atto di citazione: il sig. Marco Bianchi (C.F. BNCMRC80A01H501U), residente a Roma, Via Appia Nuova 112, cita la società Edil Costruzioni S.r.l. per vizi dell'opera.`,
    ['NAME', `Marco Bianchi`],
    ['SSN', `BNCMRC80A01H501U`],
    ['LOCATION', `Roma`],
    ['LOCATION', `Via Appia Nuova 112`],
  ),
  // ---- immigration ----
  s(
    `Client: Tesfaye Gebremariam, Eritrean national, DOB 01/01/1994 (as recorded by Home Office). Home Office ref G1204557. Asylum claim lodged at Croydon 18/10/2023. Currently in hotel accommodation in Stockton-on-Tees.`,
    ['NAME', `Tesfaye Gebremariam`],
    ['DATE', `01/01/1994`],
    ['ID', `G1204557`],
    ['LOCATION', `Croydon`],
    ['DATE', `18/10/2023`],
    ['LOCATION', `Stockton-on-Tees`],
  ),
  s(
    `USCIS Receipt Number: IOE0912345678. Form I-130, Petition for Alien Relative. Petitioner: Rosalinda Macapagal Cruz. Beneficiary: Jomar Cruz. A-Number: A214-887-301.`,
    ['ID', `IOE0912345678`],
    ['NAME', `Rosalinda Macapagal Cruz`],
    ['NAME', `Jomar Cruz`],
    ['ID', `A214-887-301`],
  ),
  s(
    `Skilled Worker visa - general guidance: the sponsor must hold a valid licence, the role must meet the skill threshold, and the salary must meet the going rate for the occupation code.`,
  ),
  s(
    `Passport details: Surname: SHARMA / Given names: ROHIT KUMAR / Passport No: Z4418273 / Date of issue: 12 JUL 2019 / Date of expiry: 11 JUL 2029 / Place of issue: AMRITSAR`,
    ['NAME', `SHARMA`],
    ['NAME', `ROHIT KUMAR`],
    ['ID', `Z4418273`],
    ['DATE', `12 JUL 2019`],
    ['DATE', `11 JUL 2029`],
    ['LOCATION', `AMRITSAR`],
  ),
  s(
    `Case note: client Jamila Nasser Al-Hakimi (Yemen) had her BRP (ZU7183394) stolen on the bus. Police crime ref 44/18729/24. Advised to report loss online within 3 months.`,
    ['NAME', `Jamila Nasser Al-Hakimi`],
    ['ID', `ZU7183394`],
    ['ID', `44/18729/24`],
  ),
  s(
    `EU Settlement Scheme: status granted (settled). Applicant: Gabriela Popescu, application no. 4410-2297-8818-0034. NI number SX 48 27 91 C. Share code sent to employer.`,
    ['NAME', `Gabriela Popescu`],
    ['ID', `4410-2297-8818-0034`],
    ['SSN', `SX 48 27 91 C`],
  ),
  s(
    `Solicitud de asilo: Sr. Wilmer Antonio Rojas Villalobos, nacido el 23/03/1989 en Maracaibo, Venezuela. Ingresó por el puerto de Cúcuta el 5 de enero de 2024 con su esposa Yuleisy y sus hijos.`,
    ['NAME', `Wilmer Antonio Rojas Villalobos`],
    ['DATE', `23/03/1989`],
    ['LOCATION', `Maracaibo`],
    ['LOCATION', `Cúcuta`],
    ['DATE', `5 de enero de 2024`],
    ['NAME', `Yuleisy`],
  ),
  s(
    `Under Paragraph 276ADE(1)(vi) of the Immigration Rules, there must be very significant obstacles to integration into the country of return.`,
  ),
  s(
    `Sponsor letter: I, Ji-woo Park (박지우), confirm that my mother Oh Soon-ja, 91, will stay with me at 1204-88 Harbour Road, Vancouver BC V6G 2R4 during her visit. My SIN is 253 265 029.`,
    ['NAME', `Ji-woo Park`],
    ['NAME', `박지우`],
    ['NAME', `Oh Soon-ja`],
    ['AGE', `91`],
    ['LOCATION', `1204-88 Harbour Road`],
    ['LOCATION', `Vancouver`],
    ['LOCATION', `V6G 2R4`],
    ['SSN', `253 265 029`],
  ),
  s(
    `Detention review: Mr Bashir Hotak, Afghan national, detained at Brook House IRC since 02.05.2024. Port ref LGW/0524/1182. Rule 35 report requested by GP.`,
    ['NAME', `Bashir Hotak`],
    ['DATE', `02.05.2024`],
    ['ID', `LGW/0524/1182`],
  ),
  s(
    `Visa application for Maria Clara Dizon (PH passport P7729104B), employer sponsor: Saint Brigid Nursing Home, 4 Abbey Road, Kilkenny R95 T2W8. NMBI PIN 0219774.`,
    ['NAME', `Maria Clara Dizon`],
    ['ID', `P7729104B`],
    ['LOCATION', `4 Abbey Road`],
    ['LOCATION', `Kilkenny`],
    ['LOCATION', `R95 T2W8`],
    ['LICENSE', `0219774`],
  ),
  s(
    `Appeal determination: the First-tier Tribunal found the appellant's account credible. The Secretary of State's appeal to the Upper Tribunal was dismissed.`,
  ),
  s(
    `Antrag auf Aufenthaltserlaubnis - Antragsteller: Mehmet Demir, geb. 18.11.1985 in Konya, Reisepass U08841729, Anschrift: Hauptstraße 77, 45127 Essen.`,
    ['NAME', `Mehmet Demir`],
    ['DATE', `18.11.1985`],
    ['LOCATION', `Konya`],
    ['ID', `U08841729`],
    ['LOCATION', `Hauptstraße 77`],
    ['LOCATION', `45127`],
    ['LOCATION', `Essen`],
  ),
  s(
    `quick q for the team - client Amina (the Somali lady from Tuesday, surname Farah) got a letter saying her biometrics appt is on the 14th at Sheffield, can someone book travel? her mob is 07452 118 390`,
    ['NAME', `Amina`],
    ['NAME', `Farah`],
    ['DATE', `the 14th`],
    ['LOCATION', `Sheffield`],
    ['PHONE', `07452 118 390`],
  ),
  s(
    `Declaración jurada de Ximena Torres Huamán, DNI 45812293, domiciliada en Jr. Ayacucho 355, Cercado de Lima. Declaro que conozco al solicitante desde el año 2010.`,
    ['NAME', `Ximena Torres Huamán`],
    ['SSN', `45812293`],
    ['LOCATION', `Jr. Ayacucho 355`],
    ['LOCATION', `Cercado de Lima`],
  ),
  s(
    `Form I-94 arrival record: admitted B-2 until 09/15/2024. I-94 number 94877612 3A1. Traveler: Nguyen Thi Thu Trang, passport C4471822 (Vietnam).`,
    ['DATE', `09/15/2024`],
    ['ID', `94877612 3A1`],
    ['NAME', `Nguyen Thi Thu Trang`],
    ['ID', `C4471822`],
  ),
  s(
    `The Refugee Convention 1951 and its 1967 Protocol define a refugee as a person with a well-founded fear of persecution for reasons of race, religion, nationality, membership of a particular social group or political opinion.`,
  ),
  s(
    `Interview record (translated from Tigrinya): "My name is Senait Tekle. I left Asmara in March 2019. My brother Yonas was taken by soldiers in Tesseney."`,
    ['NAME', `Senait Tekle`],
    ['LOCATION', `Asmara`],
    ['DATE', `March 2019`],
    ['NAME', `Yonas`],
    ['LOCATION', `Tesseney`],
  ),
  s(
    `Certificate of Sponsorship ref C2G8X41170J assigned to Dr Farhan Qureshi (GMC 7298814) for the post of Specialty Doctor at a hospital in Wrexham.`,
    ['ID', `C2G8X41170J`],
    ['NAME', `Farhan Qureshi`],
    ['LICENSE', `7298814`],
    ['LOCATION', `Wrexham`],
  ),
  s(
    `طلب لم شمل الأسرة: مقدم الطلب أحمد يوسف الخطيب، مواليد حلب 1982، رقم جواز السفر N011447829. الزوجة: رنا حسن.`,
    ['NAME', `أحمد يوسف الخطيب`],
    ['LOCATION', `حلب`],
    ['ID', `N011447829`],
    ['NAME', `رنا حسن`],
  ),
  // ---- HR, grievances and payroll ----
  s(
    `GRIEVANCE - FORMAL
Employee: Adwoa Owusu-Ansah (Emp. No. 004417)
Department: Warehouse, night shift
Against: Shift Manager, Craig Dobson
Summary: On 12/01/24 and again on 19/01/24 Craig made comments about my accent and hair in front of the team.`,
    ['NAME', `Adwoa Owusu-Ansah`],
    ['ID', `004417`],
    ['NAME', `Craig Dobson`],
    ['DATE', `12/01/24`],
    ['DATE', `19/01/24`],
    ['NAME', `Craig`],
  ),
  s(
    `Payroll run March: 412 employees processed. Employer NI contributions £48,210.33. Pension auto-enrolment uplift applied. No exceptions.`,
  ),
  s(
    `Hi HR, I need to update my bank details before payday. New account: Monzo, account number 41883092, name on account Tomasz Kaczmarek. Emp ID TK-20931. Thanks, Tomasz`,
    ['ACCOUNT', `41883092`],
    ['NAME', `Tomasz Kaczmarek`],
    ['ID', `TK-20931`],
    ['NAME', `Tomasz`],
  ),
  s(
    `Investigation meeting notes - present: Priyanka Desai (HR BP), Gareth Llewellyn (investigating manager), Sean Rooney (employee), Lorraine Fox (union rep, Unite). Meeting started 10:05.`,
    ['NAME', `Priyanka Desai`],
    ['NAME', `Gareth Llewellyn`],
    ['NAME', `Sean Rooney`],
    ['NAME', `Lorraine Fox`],
  ),
  s(
    `Policy reminder: under the Equality Act 2010, the nine protected characteristics are age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex, and sexual orientation.`,
  ),
  s(
    `new starter form - name: Rose-Marie Tupou | dob 14.10.1999 | address: 22 Manukau Rd, Epsom, Auckland 1023 | IRD no. 118-409-337 | KiwiSaver 3% | emergency contact: Viliami Tupou (dad) 022 330 4187`,
    ['NAME', `Rose-Marie Tupou`],
    ['DATE', `14.10.1999`],
    ['LOCATION', `22 Manukau Rd`],
    ['LOCATION', `Epsom`],
    ['LOCATION', `Auckland`],
    ['LOCATION', `1023`],
    ['SSN', `118-409-337`],
    ['NAME', `Viliami Tupou`],
    ['PHONE', `022 330 4187`],
  ),
  s(
    `Complaint about my line manager. He keeps calling me "sweetheart" and asked whether I was planning to get pregnant during my appraisal. I want this dealt with formally. - Summer Nakamura-Reid, Finance`,
    ['NAME', `Summer Nakamura-Reid`],
  ),
  s(
    `W-2 2023 - Employee: Carlos Eduardo Mendes, SSN 618-22-4037, 1442 Pinecrest Dr, Orlando FL 32803. Wages $61,482.00. Federal tax withheld $6,904.11.`,
    ['NAME', `Carlos Eduardo Mendes`],
    ['SSN', `618-22-4037`],
    ['LOCATION', `1442 Pinecrest Dr`],
    ['LOCATION', `Orlando`],
    ['LOCATION', `32803`],
  ),
  s(
    `Sickness absence trigger reached: 3 episodes in a rolling 12-month period. Stage 1 attendance review to be arranged with occupational health input.`,
  ),
  s(
    `Outcome letter
Dear Mr Ishaq,
Following the disciplinary hearing on 4 April, chaired by Ms Helen Rowntree, the decision is a final written warning, to remain on file for 12 months. You have the right to appeal to Mr Barnaby Cole within 5 working days.`,
    ['NAME', `Ishaq`],
    ['DATE', `4 April`],
    ['NAME', `Helen Rowntree`],
    ['NAME', `Barnaby Cole`],
  ),
  s(
    `Payslip - Period 06 - Employee: Oyinkansola Adeleke, Payroll No. 70219, NI No. JK 61 42 08 B, Tax code 1257L. Gross £2,845.00, Net £2,231.47.`,
    ['NAME', `Oyinkansola Adeleke`],
    ['ID', `70219`],
    ['SSN', `JK 61 42 08 B`],
  ),
  s(
    `slack msg from @dan.whitlock in #ops: "if priya doesn't sort the rota by friday i'm going over her head to marcus lol" (screenshot attached to grievance ref GR-2024-117)`,
    ['ID', `@dan.whitlock`],
    ['NAME', `priya`],
    ['NAME', `marcus`],
    ['ID', `GR-2024-117`],
  ),
  s(
    `Right-to-work check: Share code W7X 2KP 9RM verified for Anh Pham (date of birth 2 February 1996). Permission to work until 30 November 2026.`,
    ['ID', `W7X 2KP 9RM`],
    ['NAME', `Anh Pham`],
    ['DATE', `2 February 1996`],
    ['DATE', `30 November 2026`],
  ),
  s(
    `Gender pay gap report 2023: median hourly pay gap 11.4%, mean 14.9%. Proportion of women in the upper quartile increased from 31% to 36%.`,
  ),
  s(
    `Whistleblowing report (anonymous) - alleges that the site manager at the Wolverhampton depot, Kevin Marsh, has been signing off timesheets for agency staff who did not attend.`,
    ['LOCATION', `Wolverhampton`],
    ['NAME', `Kevin Marsh`],
  ),
  s(
    `Direct deposit authorization: Employee Jennifer Liu, Employee ID 558201, routing no. 071000013, account no. 009876543217 (checking). Effective pay date 07/12/2024.`,
    ['NAME', `Jennifer Liu`],
    ['ID', `558201`],
    ['ACCOUNT', `009876543217`],
    ['DATE', `07/12/2024`],
  ),
  s(
    `Reasonable adjustments agreed for employee with dyslexia: screen reader software, extra time for written assessments, and meeting agendas circulated 48 hours in advance.`,
  ),
  s(
    `Exit interview - Kwabena "KB" Mensah, Software Engineer, leaving after 4 yrs. Reasons: pay, lack of progression. Would recommend the company: no. Interviewer: Olivia Brandt.`,
    ['NAME', `Kwabena`],
    ['NAME', `KB`],
    ['NAME', `Mensah`],
    ['NAME', `Olivia Brandt`],
  ),
  s(
    `Queja formal: Me llamo Rosa Elena Pacheco Morales y trabajo en el turno de limpieza. El supervisor Sr. Alberto Fuentes me grita y me amenaza con despedirme. Mi número de empleada es 31877.`,
    ['NAME', `Rosa Elena Pacheco Morales`],
    ['NAME', `Alberto Fuentes`],
    ['ID', `31877`],
  ),
  s(
    `ANNUAL LEAVE REQUEST
Name: Bartholomew Achterberg
Dates: 22/07/2024 - 02/08/2024 (9 days)
Approved by: Ingrid van der Berg
Cover arranged: yes (Femi)`,
    ['NAME', `Bartholomew Achterberg`],
    ['DATE', `22/07/2024`],
    ['DATE', `02/08/2024`],
    ['NAME', `Ingrid van der Berg`],
    ['NAME', `Femi`],
  ),
  s(
    `Timesheet anomaly: clock-in badge 0047-2291 used at 05:58 at gate 3 while the badge holder (Dimitri Volkov) was recorded on annual leave.`,
    ['ID', `0047-2291`],
    ['NAME', `Dimitri Volkov`],
  ),
  s(
    `Maternity leave: SMP paid at 90% of average weekly earnings for the first 6 weeks, then the statutory rate for the remaining 33 weeks. KIT days: up to 10.`,
  ),
  s(
    `Pls can payroll correct my overtime, I worked 12hrs on sat 16th not 8, my shift lead Jasmine can confirm. thx, Kofi Antwi (dept 14, staff no 88127)`,
    ['DATE', `16th`],
    ['NAME', `Jasmine`],
    ['NAME', `Kofi Antwi`],
    ['ID', `88127`],
  ),
  s(
    `Reference request: Olumide Fashola worked as a Senior Nurse (NMC PIN 09I2744E) on our cardiology ward from June 2019 to August 2023. Please contact me on hr.references@stmarks-nhs.example.org.`,
    ['NAME', `Olumide Fashola`],
    ['LICENSE', `09I2744E`],
    ['DATE', `June 2019`],
    ['DATE', `August 2023`],
    ['EMAIL', `hr.references@stmarks-nhs.example.org`],
  ),
  s(
    `Bonus pool FY24: 6% of base for grade C, 9% for grade D. Calibration sessions the week of the board meeting. Managers must not discuss individual outcomes before sign-off.`,
  ),
  s(
    `Zgłoszenie mobbingu: pracownica Agnieszka Lewandowska (nr ewid. 2207) skarży się na kierownika zmiany, Pana Roberta Kubiaka. Zdarzenia miały miejsce 3 czerwca i 10 czerwca 2024 r.`,
    ['NAME', `Agnieszka Lewandowska`],
    ['ID', `2207`],
    ['NAME', `Roberta Kubiaka`],
    ['DATE', `3 czerwca`],
    ['DATE', `10 czerwca 2024`],
  ),
  s(
    `HR case CASE-00-7741: Mr Chen Jun (陈俊) alleges he was passed over for promotion because of his age (58). Comparator: Daniel Hughes, 34.`,
    ['ID', `CASE-00-7741`],
    ['NAME', `Chen Jun`],
    ['NAME', `陈俊`],
    ['NAME', `Daniel Hughes`],
  ),
  s(
    `Employee handbook v3.2, section 7.4: personal use of company devices is permitted in moderation, outside core hours, provided it does not breach the acceptable use policy.`,
  ),
  s(
    `Tax form T4 2023 - Employee: Marie-Ève Gagnon, SIN 167 868 439, 55 rue Saint-Paul, Québec QC G1K 3V8. Employment income 58 420,00 $.`,
    ['NAME', `Marie-Ève Gagnon`],
    ['SSN', `167 868 439`],
    ['LOCATION', `55 rue Saint-Paul`],
    ['LOCATION', `Québec`],
    ['LOCATION', `G1K 3V8`],
  ),
  s(
    `Bullying complaint - witness: "I saw Mark throw the clipboard at Grace. Grace was crying afterwards in the staff room. This was the Thursday before the bank holiday, around 3pm." - statement by Hannah Oyelowo`,
    ['NAME', `Mark`],
    ['NAME', `Grace`],
    ['NAME', `Grace`],
    ['NAME', `Hannah Oyelowo`],
  ),
  // ---- insurance claims ----
  s(
    `FIRST NOTICE OF LOSS
Policyholder: Siddharth Iyer   Policy No: HH-7734-0921-55
Risk address: 9 Beech Grove, Harrogate HG2 0LP
Date of loss: 27/12/2023   Cause: escape of water (burst pipe, loft)
Contact: 07700 900 233 / sid.iyer@icloud.com`,
    ['NAME', `Siddharth Iyer`],
    ['ACCOUNT', `HH-7734-0921-55`],
    ['LOCATION', `9 Beech Grove`],
    ['LOCATION', `Harrogate`],
    ['LOCATION', `HG2 0LP`],
    ['DATE', `27/12/2023`],
    ['PHONE', `07700 900 233`],
    ['EMAIL', `sid.iyer@icloud.com`],
  ),
  s(
    `Motor claim - third party vehicle: VW Golf, reg. LB19 XKT, driver stated name as Reece Hollis, insured with Admiral. Our insured: Natalia Sokolova, vehicle reg YK21 MNZ.`,
    ['VEHICLE', `LB19 XKT`],
    ['NAME', `Reece Hollis`],
    ['NAME', `Natalia Sokolova`],
    ['VEHICLE', `YK21 MNZ`],
  ),
  s(
    `Excess is £250 for all claims, increased to £500 for escape of water. No claims discount is protected. Cover includes accidental damage to buildings.`,
  ),
  s(
    `Claim #CLM-2024-0081477 - claimant Mrs Beatriz Albuquerque states the stolen laptop was a MacBook Air, serial C02FK3ZPQ6L4, bought at John Lewis on 3 Nov 2022.`,
    ['ID', `CLM-2024-0081477`],
    ['NAME', `Beatriz Albuquerque`],
    ['DEVICE', `C02FK3ZPQ6L4`],
    ['DATE', `3 Nov 2022`],
  ),
  s(
    `Adjuster notes 4/18: inspected roof at 2217 Magnolia Ln, Baton Rouge LA 70808. Hail damage to north slope. Insured (Mr. Thibodeaux) present. Estimate to follow.`,
    ['DATE', `4/18`],
    ['LOCATION', `2217 Magnolia Ln`],
    ['LOCATION', `Baton Rouge`],
    ['LOCATION', `70808`],
    ['NAME', `Thibodeaux`],
  ),
  s(
    `Vehicle total loss. VIN 1HGCM8262KJBAGJ4N. Salvage category S. Settlement offer based on market value less excess. Claimant: Ebere Nnamdi.`,
    ['VEHICLE', `1HGCM8262KJBAGJ4N`],
    ['NAME', `Ebere Nnamdi`],
  ),
  s(
    `The VIN on the V5C (JTDKB20U4JDZ639JK) does not pass the check-digit test; the engineer has been asked to re-read the plate on the chassis before we proceed.`,
  ),
  s(
    `Health insurance claim - Member: Tanvir Ahmed Chowdhury, Member No. BUPA 884 21 7730, Treatment: knee arthroscopy, Provider: Spire Hospital. Pre-auth ref PA-88213.`,
    ['NAME', `Tanvir Ahmed Chowdhury`],
    ['ACCOUNT', `884 21 7730`],
    ['ID', `PA-88213`],
  ),
  s(
    `hi im trying to claim for my phone screen, the policy number is MOB/441028/B and the imei is 357877893287920. it cracked when i dropped it on the 2nd. my name is jade o'brien`,
    ['ACCOUNT', `MOB/441028/B`],
    ['DEVICE', `357877893287920`],
    ['DATE', `the 2nd`],
    ['NAME', `jade o'brien`],
  ),
  s(
    `Life insurance - beneficiary designation: 50% to spouse Moana Faleolo, 25% each to children Losa Faleolo and Tavita Faleolo. Policy owner: Iosefa Faleolo, policy no. LF00913347.`,
    ['NAME', `Moana Faleolo`],
    ['NAME', `Losa Faleolo`],
    ['NAME', `Tavita Faleolo`],
    ['NAME', `Iosefa Faleolo`],
    ['ACCOUNT', `LF00913347`],
  ),
  s(
    `Subrogation: recovery pursued against the third-party insurer. Liability split agreed 70/30. File closed on receipt of funds.`,
  ),
  s(
    `Dashcam statement (transcribed): "A white Transit, plate started with a K I think, cut across two lanes near junction 26." No registration obtained.`,
  ),
  s(
    `Travel claim: cancelled trip to Lisbon due to hospitalisation of insured's mother (aged 96). Insured: Orla Keane, policy TI-55120-IE. Supporting letter from Dr Siobhán Walsh.`,
    ['AGE', `96`],
    ['NAME', `Orla Keane`],
    ['ACCOUNT', `TI-55120-IE`],
    ['NAME', `Siobhán Walsh`],
  ),
  s(
    `EOB - Explanation of Benefits
Patient: GUTIERREZ, Maria L   Member ID: W2843 39177 02
Provider: Dr. Anil Mehta (NPI 1948219930)
Date of service: 05/02/2024   Billed: $420.00   Allowed: $188.12   You owe: $37.62`,
    ['NAME', `GUTIERREZ, Maria L`],
    ['ACCOUNT', `W2843 39177 02`],
    ['NAME', `Anil Mehta`],
    ['NPI', `1948219930`],
    ['DATE', `05/02/2024`],
  ),
  s(
    `Fraud referral: claimant's address (Flat 2, 77 Stanley Road, Bootle L20 3EJ) matches three other claims in 12 months. Bank account for payments also shared: 20-32-06 / 93118274.`,
    ['LOCATION', `Flat 2, 77 Stanley Road`],
    ['LOCATION', `Bootle`],
    ['LOCATION', `L20 3EJ`],
    ['ACCOUNT', `20-32-06 / 93118274`],
  ),
  s(
    `Sinistre auto n° 24-77812-AU : véhicule assuré Peugeot 208 immatriculé GH-482-KL, conducteur M. Yannick Le Goff, accident survenu le 15 février à Quimper.`,
    ['ID', `24-77812-AU`],
    ['VEHICLE', `GH-482-KL`],
    ['NAME', `Yannick Le Goff`],
    ['DATE', `15 février`],
    ['LOCATION', `Quimper`],
  ),
  s(
    `Pet insurance claim: dog "Biscuit" (cockapoo), cruciate ligament surgery at Vets4Pets. Owner: Ms Charlotte Ainsworth, policy PET-3391022.`,
    ['NAME', `Charlotte Ainsworth`],
    ['ACCOUNT', `PET-3391022`],
  ),
  s(
    `Workers' comp claim: employee Raúl Castañeda (SSN 433-71-9025) fell from scaffold at jobsite 1800 Commerce St, Dallas TX 75201 on 2/27/2024. Foreman: Bobby Nguyen.`,
    ['NAME', `Raúl Castañeda`],
    ['SSN', `433-71-9025`],
    ['LOCATION', `1800 Commerce St`],
    ['LOCATION', `Dallas`],
    ['LOCATION', `75201`],
    ['DATE', `2/27/2024`],
    ['NAME', `Bobby Nguyen`],
  ),
  s(
    `Policy wording, section 4(b): we will not pay for loss or damage caused by wear and tear, gradual deterioration, vermin, or any process of cleaning, dyeing or restoring.`,
  ),
  s(
    `Kfz-Schadenmeldung: Unfallgegner fuhr einen BMW mit Kennzeichen M-KL 4821, Fahrer Herr Lukas Schneider. Unser Versicherungsnehmer: Frau Emine Aydın, Versicherungsschein-Nr. 770-41882-3.`,
    ['VEHICLE', `M-KL 4821`],
    ['NAME', `Lukas Schneider`],
    ['NAME', `Emine Aydın`],
    ['ACCOUNT', `770-41882-3`],
  ),
  s(
    `Claim call transcript:
AGENT: Can I take the registration of your vehicle?
CALLER: Yeah it's, uh, Sierra Tango one seven, Bravo Delta Kilo. ST17 BDK.
AGENT: And your name?
CALLER: Nathaniel Osei.`,
    ['VEHICLE', `ST17 BDK`],
    ['NAME', `Nathaniel Osei`],
  ),
  s(
    `Dental claim rejected - treatment (crown) falls within the 12-month waiting period for major restorative work. Customer may appeal within 30 days.`,
  ),
  s(
    `Sinistro RC auto: veicolo targato FJ 447 RT di proprietà della sig.ra Chiara Esposito, polizza n. 0091-778234. Testimone: Sig. Antonio De Luca, tel. 333 812 4470.`,
    ['VEHICLE', `FJ 447 RT`],
    ['NAME', `Chiara Esposito`],
    ['ACCOUNT', `0091-778234`],
    ['NAME', `Antonio De Luca`],
    ['PHONE', `333 812 4470`],
  ),
  s(
    `Hearing aid replacement: Phonak Audéo, serial numbers 2231X0481 (L) and 2231X0482 (R). Policyholder Gwendolyn Baptiste-Harris, age 93, via her son Curtis.`,
    ['DEVICE', `2231X0481`],
    ['DEVICE', `2231X0482`],
    ['NAME', `Gwendolyn Baptiste-Harris`],
    ['AGE', `93`],
    ['NAME', `Curtis`],
  ),
  s(
    `Claims KPIs Q2: average cycle time 11.2 days (target 10), customer satisfaction 4.3/5, leakage estimate 2.1%. Complaints up 8% following the system migration.`,
  ),
  s(
    `Hail claim - Insured vehicle: 2019 Tesla Model 3, VIN 5YJ3E1EA1B5MAKMK7, Texas plate LTR-4490. Owner: Priscilla Adeyemi-Grant, 8802 Cypress Creek Pkwy, Houston TX 77070.`,
    ['VEHICLE', `5YJ3E1EA1B5MAKMK7`],
    ['VEHICLE', `LTR-4490`],
    ['NAME', `Priscilla Adeyemi-Grant`],
    ['LOCATION', `8802 Cypress Creek Pkwy`],
    ['LOCATION', `Houston`],
    ['LOCATION', `77070`],
  ),
  s(
    `Reclamación de seguro: asegurado D. Francisco Javier Morales Ibáñez, DNI 50918273-Q, póliza 88-ES-441207. Matrícula del vehículo: 4821 KLM. Taller en Getafe.`,
    ['NAME', `Francisco Javier Morales Ibáñez`],
    ['SSN', `50918273-Q`],
    ['ACCOUNT', `88-ES-441207`],
    ['VEHICLE', `4821 KLM`],
    ['LOCATION', `Getafe`],
  ),
  s(
    `Income protection: deferred period 13 weeks, benefit 60% of pre-incapacity earnings. Claim form section C to be completed by the treating physician.`,
  ),
  s(
    `Claimant email: "Please pay the settlement into my account, IBAN NL12 INGB 0007 3645 29, in the name of Sanne de Vries-Bakker. My claim number is 2024/NL/55821." Sent from sanne.devriesbakker@ziggo.nl`,
    ['ACCOUNT', `NL12 INGB 0007 3645 29`],
    ['NAME', `Sanne de Vries-Bakker`],
    ['ID', `2024/NL/55821`],
    ['EMAIL', `sanne.devriesbakker@ziggo.nl`],
  ),
  s(
    `Card chargeback: cardholder Ming Zhou disputes a £612.40 transaction on card 4268 6563 5515 0580 (to be masked on the customer copy).`,
    ['NAME', `Ming Zhou`],
    ['ACCOUNT', `4268 6563 5515 0580`],
  ),
  // ---- school and social care ----
  s(
    `Safeguarding log - Year 4. Child: Tyrone Baptiste (UPN H801234567012). Disclosed at breakfast club that "mum's boyfriend Dean" hit him with a belt. DSL Mrs Patricia Okoro informed 08:40. MASH referral made.`,
    ['NAME', `Tyrone Baptiste`],
    ['ID', `H801234567012`],
    ['NAME', `Dean`],
    ['NAME', `Patricia Okoro`],
  ),
  s(
    `Ofsted inspection framework: leadership and management, quality of education, behaviour and attitudes, personal development. Judgements on a four-point scale.`,
  ),
  s(
    `Hi Miss, Jayden won't be in today he's got a temperature, he was sick in the night. Will keep him off till 48hrs. Thanks, Shanice (Jayden's mum) 07823 441 096`,
    ['NAME', `Jayden`],
    ['NAME', `Shanice`],
    ['NAME', `Jayden`],
    ['PHONE', `07823 441 096`],
  ),
  s(
    `Child protection conference - Date: 12 March 2024. Children: Lily-Rose Pearce (6) and Alfie Pearce (3), of 14 Bramble Way, Swindon SN2 7HF. Category: neglect. Social worker: Hassan Mahmood.`,
    ['DATE', `12 March 2024`],
    ['NAME', `Lily-Rose Pearce`],
    ['NAME', `Alfie Pearce`],
    ['LOCATION', `14 Bramble Way`],
    ['LOCATION', `Swindon`],
    ['LOCATION', `SN2 7HF`],
    ['NAME', `Hassan Mahmood`],
  ),
  s(
    `Year 9 history homework: Explain why Martin Luther King Jr. chose non-violent protest. Use at least two sources, e.g. the Letter from Birmingham Jail (1963).`,
  ),
  s(
    `Care Act assessment: Mr Olumide Ajayi, 90, lives alone in a first floor flat (Flat 4, 6 Carlton Mansions, Peckham SE15 4RR). Needs support with meals and personal care. Prefers male carers.`,
    ['NAME', `Olumide Ajayi`],
    ['AGE', `90`],
    ['LOCATION', `Flat 4, 6 Carlton Mansions`],
    ['LOCATION', `Peckham`],
    ['LOCATION', `SE15 4RR`],
  ),
  s(
    `Student record: ID 20231847, name: Aroha Ngata-Whaanga, programme BSc Nursing, personal tutor Dr Fiona Blackwood. Extenuating circumstances claim approved for the January exams.`,
    ['ID', `20231847`],
    ['NAME', `Aroha Ngata-Whaanga`],
    ['NAME', `Fiona Blackwood`],
  ),
  s(
    `Behaviour incident: two pupils in 8C involved in a fight on the field at lunch. Both parents contacted. Fixed-term suspension for one day each per behaviour policy.`,
  ),
  s(
    `EHCP annual review for Musa Conteh (DOB 09/09/2013). Attendees: mum (Fatmata Conteh), SENCo (Mr Rhys Jenkins), EP (Dr Olga Petrenko). Musa now uses a laptop (asset tag SCH-LT-0912) in all lessons.`,
    ['NAME', `Musa Conteh`],
    ['DATE', `09/09/2013`],
    ['NAME', `Fatmata Conteh`],
    ['NAME', `Rhys Jenkins`],
    ['NAME', `Olga Petrenko`],
    ['NAME', `Musa`],
    ['DEVICE', `SCH-LT-0912`],
  ),
  s(
    `Looked After Child review: placement with foster carers at 3 Heol y Nant, Llanelli SA15 2PB is stable. Child (Cerys, 11) would like more contact with her nan in Ammanford.`,
    ['LOCATION', `3 Heol y Nant`],
    ['LOCATION', `Llanelli`],
    ['LOCATION', `SA15 2PB`],
    ['NAME', `Cerys`],
    ['LOCATION', `Ammanford`],
  ),
  s(
    `Free school meals eligibility is based on household income; families receiving Universal Credit with net earned income below £7,400 a year qualify.`,
  ),
  s(
    `Parent email to school:
From: Rania Haddad <rania.haddad77@yahoo.co.uk>
To: office@greenfieldprimary.sch.uk
Subject: Zayn Haddad 3B - medical appt
Hi, Zayn has a hospital appt at Alder Hey on 19/06 so will be collected at 11.30 by his dad Karim. Thanks`,
    ['NAME', `Rania Haddad`],
    ['EMAIL', `rania.haddad77@yahoo.co.uk`],
    ['NAME', `Zayn Haddad`],
    ['NAME', `Zayn`],
    ['DATE', `19/06`],
    ['NAME', `Karim`],
  ),
  s(
    `Adult safeguarding concern - financial abuse. Mrs Edna Pickering, 98, of 2 Church Lane, Little Snoring, Norfolk NR21 0AA. Neighbour reports a man calling himself "Gaz" taking her to the bank weekly.`,
    ['NAME', `Edna Pickering`],
    ['AGE', `98`],
    ['LOCATION', `2 Church Lane`],
    ['LOCATION', `Little Snoring`],
    ['LOCATION', `Norfolk`],
    ['LOCATION', `NR21 0AA`],
    ['NAME', `Gaz`],
  ),
  s(
    `Science lesson plan: Marie Curie's discovery of polonium and radium; link to the periodic table and radioactive decay. Extension: research Rosalind Franklin's X-ray crystallography.`,
  ),
  s(
    `Attendance letter: Dear Mr and Mrs Kowalski, your son Oskar's attendance this term is 82%. Please contact the attendance officer, Mrs Joy Adekunle, on 0121 496 0558.`,
    ['NAME', `Kowalski`],
    ['NAME', `Oskar`],
    ['NAME', `Joy Adekunle`],
    ['PHONE', `0121 496 0558`],
  ),
  s(
    `home visit notes (SW) - went to 27 Ridgeway Cres about 4pm, no answer. Neighbour said Mum (Kayleigh) and the kids went to her sister's in Wigan "for a bit". Left card.`,
    ['LOCATION', `27 Ridgeway Cres`],
    ['NAME', `Kayleigh`],
    ['LOCATION', `Wigan`],
  ),
  s(
    `Exam board results: GCSE English Language grade 6, Maths grade 7, Combined Science 7-6. Certificates available from the exams office in November.`,
  ),
  s(
    `Carer's assessment: Mr Liam Gallagher-Boyle (carer for his wife, Bernadette, who has early-onset Alzheimer's). He works nights at the bakery in Coleraine and is exhausted.`,
    ['NAME', `Liam Gallagher-Boyle`],
    ['NAME', `Bernadette`],
    ['LOCATION', `Coleraine`],
  ),
  s(
    `Fiche de liaison école-famille : élève Inès Benali, classe de CM2, née le 14/01/2013. Responsable légal : M. Karim Benali, 06 71 22 93 48. Allergie : arachides.`,
    ['NAME', `Inès Benali`],
    ['DATE', `14/01/2013`],
    ['NAME', `Karim Benali`],
    ['PHONE', `06 71 22 93 48`],
  ),
  s(
    `Residential care home staff meeting: new medication round times, reminder about hand hygiene audit, and the fire drill scheduled for next week.`,
  ),
  s(
    `Youth offending team: young person K.M. (15) breached curfew twice. Tag serial EM-884102 reported tamper alert at 01:12. Case manager: Tanisha Roberts.`,
    ['NAME', `K.M.`],
    ['DEVICE', `EM-884102`],
    ['NAME', `Tanisha Roberts`],
  ),
  s(
    `Teacher note: Faith and Hope (twins, Year 2) were collected by an adult not on the list. Office called mum (Mrs Blessing Obi) who confirmed it was their uncle Chuka.`,
    ['NAME', `Faith`],
    ['NAME', `Hope`],
    ['NAME', `Blessing Obi`],
    ['NAME', `Chuka`],
  ),
  s(
    `Ficha escolar: alumno Mateo Rodríguez Sáenz, NIA 30418872, curso 3º ESO, domicilio C/ Alcalá 214, 28028 Madrid. Madre: Verónica Sáenz, tel. 612 447 903.`,
    ['NAME', `Mateo Rodríguez Sáenz`],
    ['ID', `30418872`],
    ['LOCATION', `C/ Alcalá 214`],
    ['LOCATION', `28028`],
    ['LOCATION', `Madrid`],
    ['NAME', `Verónica Sáenz`],
    ['PHONE', `612 447 903`],
  ),
  s(
    `Pupil premium strategy statement 2023-24: focus on reading fluency in KS2, attendance for disadvantaged pupils, and tutoring through the National Tutoring Programme.`,
  ),
  s(
    `Supported living placement - resident Declan "Dec" McBride, learning disability and epilepsy. Seizure alarm (Alertit, serial AL-55-09817) fitted in bedroom. Keyworker: Precious.`,
    ['NAME', `Declan`],
    ['NAME', `Dec`],
    ['NAME', `McBride`],
    ['DEVICE', `AL-55-09817`],
    ['NAME', `Precious`],
  ),
  s(
    `Geography revision: the Ring of Fire, why Japan has frequent earthquakes, and the 2004 Indian Ocean tsunami. Case study: Kobe earthquake (1995).`,
  ),
  s(
    `University disciplinary panel - student Oluwatobi Adesanya (student no. 2190447, username ada2190447) alleged to have submitted essay-mill work. Academic integrity officer: Dr Sarah Whitcombe.`,
    ['NAME', `Oluwatobi Adesanya`],
    ['ID', `2190447`],
    ['ID', `ada2190447`],
    ['NAME', `Sarah Whitcombe`],
  ),
  s(
    `Foster carer approval panel: applicants Hemi and Kiri Walker of Whanganui. Reference from their pastor, Rev. Ihaia Tamatea. Approved for up to 2 children aged 0-10.`,
    ['NAME', `Hemi`],
    ['NAME', `Kiri Walker`],
    ['LOCATION', `Whanganui`],
    ['NAME', `Ihaia Tamatea`],
  ),
  s(
    `School trip consent: 14 March, visit to the Natural History Museum. Packed lunch required. Cost £12 (free for pupils eligible for FSM).`,
    ['DATE', `14 March`],
  ),
  s(
    `Sozialbericht: Familie Yıldırım, Kinder Elif (8) und Can (5), wohnhaft Kölner Str. 12, 42119 Wuppertal. Die Mutter, Frau Songül Yıldırım, bittet um Unterstützung bei der Kita-Anmeldung.`,
    ['NAME', `Yıldırım`],
    ['NAME', `Elif`],
    ['NAME', `Can`],
    ['LOCATION', `Kölner Str. 12`],
    ['LOCATION', `42119`],
    ['LOCATION', `Wuppertal`],
    ['NAME', `Songül Yıldırım`],
  ),
  // ---- IT and security logs ----
  s(
    `2024-03-14T02:17:44Z sshd[18823]: Failed password for invalid user admin from 203.0.113.77 port 52144 ssh2`,
    ['IP', `203.0.113.77`],
  ),
  s(
    `Mar 14 09:02:11 vpn-gw01 openvpn: user=k.obrien@harbourfreight-logistics.example assigned 10.8.0.14 (real IP 198.51.100.23), device MAC 3c:22:fb:91:0a:7e`,
    ['EMAIL', `k.obrien@harbourfreight-logistics.example`],
    ['IP', `10.8.0.14`],
    ['IP', `198.51.100.23`],
    ['DEVICE', `3c:22:fb:91:0a:7e`],
  ),
  s(
    `Release notes v2.14.3: fixed memory leak in the sync worker, upgraded OpenSSL to 3.0.13, and deprecated TLS 1.0/1.1. Build 1487 is not affected.`,
  ),
  s(
    `INCIDENT TICKET INC0048812
Reporter: Malik Jefferson (ext user mjefferson)
Summary: laptop lost on train
Asset tag: IT-0041977   Serial: 5CG1384QZT
Last seen online: 2024-05-02 18:41 from 81.2.69.160
Action: remote wipe issued via Intune`,
    ['ID', `INC0048812`],
    ['NAME', `Malik Jefferson`],
    ['ID', `mjefferson`],
    ['DEVICE', `IT-0041977`],
    ['DEVICE', `5CG1384QZT`],
    ['DATE', `2024-05-02`],
    ['IP', `81.2.69.160`],
  ),
  s(
    `Firewall rule 114: allow TCP 443 from 0.0.0.0/0 to the load balancer; deny all other inbound. Reviewed quarterly by the security team.`,
  ),
  s(
    `{"ts":"2024-06-01T11:32:09.118Z","level":"warn","event":"login_failed","username":"priya.k.nair","ip":"2001:db8:4f1a::2c7","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","attempt":5}`,
    ['DATE', `2024-06-01`],
    ['ID', `priya.k.nair`],
    ['IP', `2001:db8:4f1a::2c7`],
  ),
  s(
    `Phishing report: email from "HR Payroll" <payroll-update@secure-hr-portal.example.net> asking staff to re-enter bank details via a link. Reported by Bronwyn Tait.`,
    ['EMAIL', `payroll-update@secure-hr-portal.example.net`],
    ['NAME', `Bronwyn Tait`],
  ),
  s(
    `CVE-2024-3094 (xz-utils backdoor) affects versions 5.6.0 and 5.6.1. Downgrade to 5.4.6 or patch. No vulnerable hosts found in the estate.`,
  ),
  s(
    `Access review: user tmbeki (Thabo Mbeki-Nkosi, Finance) still has admin rights on the payroll DB after role change on 01/04/2024. Ticket raised to revoke - REQ0091833.`,
    ['ID', `tmbeki`],
    ['NAME', `Thabo Mbeki-Nkosi`],
    ['DATE', `01/04/2024`],
    ['ID', `REQ0091833`],
  ),
  s(
    `MDM enrolment: iPhone 14, IMEI 351742180967921, assigned to Ana Lúcia Pereira (employee 40917). Corporate number +351 912 448 031.`,
    ['DEVICE', `351742180967921`],
    ['NAME', `Ana Lúcia Pereira`],
    ['ID', `40917`],
    ['PHONE', `+351 912 448 031`],
  ),
  s(
    `nginx access log:
192.0.2.45 - - [14/Mar/2024:10:22:31 +0000] "GET /patients/8841207/records HTTP/1.1" 403 162 "-" "curl/8.4.0"`,
    ['IP', `192.0.2.45`],
    ['DATE', `14/Mar/2024`],
    ['MRN', `8841207`],
  ),
  s(
    `Password policy: minimum 14 characters, no reuse of last 12 passwords, MFA required for all remote access. Service accounts exempt from expiry but rotated annually.`,
  ),
  s(
    `DLP alert: outbound email from s.hashemi@northgate-legal.example to personal address shirin.h.1990@gmail.com with attachment "client_list_FINAL.xlsx" (2,341 rows).`,
    ['EMAIL', `s.hashemi@northgate-legal.example`],
    ['EMAIL', `shirin.h.1990@gmail.com`],
  ),
  s(
    `Helpdesk chat:
[09:14] Rangi Parata: hi my account got locked again?? username rparata
[09:15] Agent (Lucy): Hi Rangi, I've unlocked it. Did you change your password recently?
[09:15] Rangi Parata: yeah on the 3rd`,
    ['NAME', `Rangi Parata`],
    ['ID', `rparata`],
    ['NAME', `Lucy`],
    ['NAME', `Rangi`],
    ['NAME', `Rangi Parata`],
    ['DATE', `the 3rd`],
  ),
  s(
    `Backup job "nightly-sql-full" completed with warnings: 3 files skipped (locked). Duration 02:41:09. Retention 35 days. Next run scheduled 23:00.`,
  ),
  s(
    `Badge access log: 2024-02-29 23:48:10 DOOR=ServerRoom-B CARD=0099184 HOLDER="Okonjo, Emeka" RESULT=GRANTED`,
    ['DATE', `2024-02-29`],
    ['ID', `0099184`],
    ['NAME', `Okonjo, Emeka`],
  ),
  s(
    `Wi-Fi controller: client 8C-85-90-1F-44-B2 (hostname LAPTOP-JHUANG) roamed from AP-3F-East to AP-3F-West. RSSI -61 dBm. Client IP 172.16.40.118.`,
    ['DEVICE', `8C-85-90-1F-44-B2`],
    ['DEVICE', `LAPTOP-JHUANG`],
    ['IP', `172.16.40.118`],
  ),
  s(
    `Docker image python:3.11-slim pulled; base image digest pinned. Kubernetes 1.29 upgrade completed on staging; production upgrade planned after change freeze.`,
  ),
  s(
    `Security awareness: a caller claiming to be "Steve from IT" asked reception for the door code. Staff member (Wiremu Henare) refused and reported it. Caller ID showed 020 7946 0321.`,
    ['NAME', `Steve`],
    ['NAME', `Wiremu Henare`],
    ['PHONE', `020 7946 0321`],
  ),
  s(
    `GitHub audit: token created by user @lindqvist-erik with repo scope, used from 185.199.110.4 on 2024-04-12. Token revoked after the secret scanning alert.`,
    ['ID', `@lindqvist-erik`],
    ['IP', `185.199.110.4`],
    ['DATE', `2024-04-12`],
  ),
  s(
    `SIEM correlation rule fired: impossible travel for user jmwangi (James Mwangi) - sign-in from Nairobi at 08:02 and from an IP in Frankfurt at 08:19.`,
    ['ID', `jmwangi`],
    ['NAME', `James Mwangi`],
    ['LOCATION', `Nairobi`],
    ['LOCATION', `Frankfurt`],
  ),
  s(
    `Patch Tuesday: 61 vulnerabilities fixed, 2 actively exploited. Priority: the Windows SmartScreen bypass and the Exchange Server elevation of privilege.`,
  ),
  s(
    `Printer fleet: HP LaserJet M507 serial PHBQ910447 on 2nd floor reports paper jam; toner at 4%. Asset AT-PRN-0218.`,
    ['DEVICE', `PHBQ910447`],
    ['DEVICE', `AT-PRN-0218`],
  ),
  s(
    `Log excerpt (EHR audit trail): user=dr.cmorales action=VIEW patient_mrn=00731846 patient="HERNANDEZ, Lucia" workstation=WS-ED-07 time=2024-01-19 03:12:55 reason="break-glass"`,
    ['ID', `dr.cmorales`],
    ['MRN', `00731846`],
    ['NAME', `HERNANDEZ, Lucia`],
    ['DATE', `2024-01-19`],
  ),
  s(
    `Version 10.4.2.1 of the agent is incompatible with the new kernel; roll back to 10.3.9. Subnet mask 255.255.255.0 unchanged.`,
  ),
  s(
    `Account takeover report: customer Yusuf Kaya says his Instagram @yusuf.kaya.ist was hijacked; attacker changed recovery email to yk.recovery2024@mail.example.com and phone to +90 532 418 77 09.`,
    ['NAME', `Yusuf Kaya`],
    ['ID', `@yusuf.kaya.ist`],
    ['EMAIL', `yk.recovery2024@mail.example.com`],
    ['PHONE', `+90 532 418 77 09`],
  ),
  s(
    `Personal website linked from the leaked profile: https://www.hannelore-kraus-fotografie.de/ueber-mich - owner Hannelore Kraus, contact form only.`,
    ['URL', `https://www.hannelore-kraus-fotografie.de/ueber-mich`],
    ['NAME', `Hannelore Kraus`],
  ),
  s(
    `Data subject access request DSAR-2024-0312 from Ms Ewa Dąbrowska received 8 May. Statutory deadline one month. Searches: CRM, email, CCTV (camera 4, car park).`,
    ['ID', `DSAR-2024-0312`],
    ['NAME', `Ewa Dąbrowska`],
    ['DATE', `8 May`],
  ),
  s(
    `Kiosk tablet Samsung Galaxy Tab A8, serial R9PT40GHX2M, MAC 02:1A:7B:44:C0:9E, IP 10.20.3.55 - stuck in boot loop at reception desk.`,
    ['DEVICE', `R9PT40GHX2M`],
    ['DEVICE', `02:1A:7B:44:C0:9E`],
    ['IP', `10.20.3.55`],
  ),
  s(
    `Staff directory sync failed for 3 records: uid=aoife.mccarthy (missing manager), uid=t.nakashima (duplicate email), uid=r.castillo-vega (invalid phone).`,
    ['ID', `aoife.mccarthy`],
    ['ID', `t.nakashima`],
    ['ID', `r.castillo-vega`],
  ),
  s(
    `Internal wiki: "How to request a new starter account" - raise a ticket in the service portal at least 5 working days before the start date. Include the line manager and cost centre.`,
  ),
  s(
    `Doxxing complaint: a post on https://forum.example.org/u/thorn_raven89 listed the reporter's home address (6 Nether Edge Road, Sheffield S7 1RU) and her daughter's school.`,
    ['URL', `https://forum.example.org/u/thorn_raven89`],
    ['LOCATION', `6 Nether Edge Road`],
    ['LOCATION', `Sheffield`],
    ['LOCATION', `S7 1RU`],
  ),
  s(
    `Telematics alert: fleet van reg. WX70 ZPL (driver Gary Pritchard) exceeded 80 mph on the bypass at 06:52. Tracker unit ID TRK-448109.`,
    ['VEHICLE', `WX70 ZPL`],
    ['NAME', `Gary Pritchard`],
    ['DEVICE', `TRK-448109`],
  ),
  // ---- chat-style questions to an assistant ----
  s(
    `my mum is 94 and lives on her own in Carrickfergus, she keeps forgetting her tablets. her name is maureen. what can i do? i live in leeds so cant pop in`,
    ['AGE', `94`],
    ['LOCATION', `Carrickfergus`],
    ['NAME', `maureen`],
    ['LOCATION', `leeds`],
  ),
  s(
    `What are the early signs of Parkinson's? My dad has a tremor in one hand but only when resting.`,
  ),
  s(
    `hi, my grandad (Bill Thornbury, 96) was discharged from the Royal Berkshire yesterday with no care package. he lives at 3 Wantage Rd, Didcot. who do i ring??`,
    ['NAME', `Bill Thornbury`],
    ['AGE', `96`],
    ['LOCATION', `3 Wantage Rd`],
    ['LOCATION', `Didcot`],
  ),
  s(
    `Is it safe to take ibuprofen with sertraline? I'm 34 and on 100mg.`,
  ),
  s(
    `my nan Rose is ninety one and the carers from Bluebird keep turning up late, she's diabetic so her insulin is getting messed up. can I complain to CQC?`,
    ['NAME', `Rose`],
    ['AGE', `ninety one`],
  ),
  s(
    `can u help me write a letter to the council about my dad's blue badge? his name is Abdul Karim Chowdhury, dob 1/3/1939, address 45 Brick Lane, London E1 6QL, ref no BB/22/91873`,
    ['NAME', `Abdul Karim Chowdhury`],
    ['DATE', `1/3/1939`],
    ['LOCATION', `45 Brick Lane`],
    ['LOCATION', `London`],
    ['LOCATION', `E1 6QL`],
    ['ID', `BB/22/91873`],
  ),
  s(
    `What's the difference between Alzheimer's and vascular dementia? The memory clinic mentioned both and I didn't want to ask in front of Mum.`,
  ),
  s(
    `Mi mamá tiene 92 años y vive sola en Guadalajara. Se llama Guadalupe Ortega Ruiz. ¿Qué ayudas existen para personas mayores? Mi correo es hector.ortega.r@hotmail.com`,
    ['AGE', `92`],
    ['LOCATION', `Guadalajara`],
    ['NAME', `Guadalupe Ortega Ruiz`],
    ['EMAIL', `hector.ortega.r@hotmail.com`],
  ),
  s(
    `my dad will is 90 next week and he wants to keep driving, his licence number is THORN403129WJ9AB. should i tell the DVLA? hes had two bumps this year`,
    ['NAME', `will`],
    ['AGE', `90`],
    ['LICENSE', `THORN403129WJ9AB`],
  ),
  s(
    `How much paracetamol can an adult take in 24 hours? Asking for my husband who weighs about 50kg after chemo.`,
  ),
  s(
    `Ma grand-mère, Mme Odette Lambert, a 97 ans et vit à Besançon (12 rue Battant, 25000). Elle refuse d'aller en EHPAD. Comment obtenir l'APA ?`,
    ['NAME', `Odette Lambert`],
    ['AGE', `97`],
    ['LOCATION', `Besançon`],
    ['LOCATION', `12 rue Battant`],
    ['LOCATION', `25000`],
  ),
  s(
    `ok so my aunty grace fell on tuesday and the hospital (st james's) say she can go home but she lives alone in chapeltown and shes 93, is that even allowed`,
    ['NAME', `grace`],
    ['LOCATION', `chapeltown`],
    ['AGE', `93`],
  ),
  s(
    `Does Medicare Part B cover a wheelchair? My father is 78 and has COPD.`,
  ),
  s(
    `I'm the daughter of Mr Rajesh Malhotra (NHS number 459 571 1778). He's in Ward 12 at Northwick Park. The nurses said his sodium is low - what does 124 mean?`,
    ['NAME', `Rajesh Malhotra`],
    ['MRN', `459 571 1778`],
  ),
  s(
    `mum's care home wants her NI number for the council form, its QQ 12 34 56 A no wait thats the example, hers is AB 73 90 12 C. is it ok to give it to them by email?`,
    ['SSN', `AB 73 90 12 C`],
  ),
  s(
    `Meine Oma ist 95 und wohnt in Zwickau. Sie hat seit gestern Fieber und hustet. Der Hausarzt Dr. Uwe Richter ist im Urlaub. Soll ich den 116117 anrufen?`,
    ['AGE', `95`],
    ['LOCATION', `Zwickau`],
    ['NAME', `Uwe Richter`],
  ),
  s(
    `whats a normal blood sugar for a type 1 diabetic before bed? hers was 14.2 mmol tonight`,
  ),
  s(
    `My grandmother, Lola Remedios (she's 99!!) lives with us in Quezon City. Her doctor is Dr. Marites Villanueva. She has bedsores, what cream is best?`,
    ['NAME', `Remedios`],
    ['AGE', `99`],
    ['LOCATION', `Quezon City`],
    ['NAME', `Marites Villanueva`],
  ),
  s(
    `Ang lola ko ay 93 taong gulang at nakatira sa Cebu City. Siya si Corazon Dela Cruz. Paano ko siya ipaparehistro sa PhilHealth? Ang number ko ay 0917 552 3481.`,
    ['AGE', `93`],
    ['LOCATION', `Cebu City`],
    ['NAME', `Corazon Dela Cruz`],
    ['PHONE', `0917 552 3481`],
  ),
  s(
    `Bà nội tôi, bà Trần Thị Hoa, năm nay 91 tuổi, sống ở quận Bình Thạnh, TP. Hồ Chí Minh. Bà bị cao huyết áp, uống thuốc amlodipine. Có nên đổi thuốc không?`,
    ['NAME', `Trần Thị Hoa`],
    ['AGE', `91`],
    ['LOCATION', `Bình Thạnh`],
    ['LOCATION', `Hồ Chí Minh`],
  ),
  s(
    `Can someone explain what an eGFR of 38 means? The GP letter says CKD stage 3b but nobody has told us if that's serious.`,
  ),
  s(
    `Babcia ma 94 lata, mieszka w Gdańsku przy ul. Grunwaldzkiej 102. Nazywa się Stanisława Kamińska. Czy należy jej się zasiłek pielęgnacyjny?`,
    ['AGE', `94`],
    ['LOCATION', `Gdańsku`],
    ['LOCATION', `ul. Grunwaldzkiej 102`],
    ['NAME', `Stanisława Kamińska`],
  ),
  s(
    `my husband sky has been really confused since his uti, hes only 71. is delirium from a uti permanent?`,
    ['NAME', `sky`],
  ),
  s(
    `Annem 92 yaşında, İzmir Karşıyaka'da yalnız yaşıyor. Adı Fatma Öztürk. Evde bakım hizmeti için nereye başvurmalıyım?`,
    ['AGE', `92`],
    ['LOCATION', `İzmir`],
    ['LOCATION', `Karşıyaka`],
    ['NAME', `Fatma Öztürk`],
  ),
  s(
    `I'm writing on behalf of my mother-in-law, Mrs Chiamaka Nwosu, who is 90. She was told her Freedom Pass expires on 31/07. Her pass number is 0044817762. Can I renew it for her?`,
    ['NAME', `Chiamaka Nwosu`],
    ['AGE', `90`],
    ['DATE', `31/07`],
    ['ID', `0044817762`],
  ),
  s(
    `Is Crohn's hereditary? My brother has it and I'm worried about my kids.`,
  ),
  s(
    `我奶奶今年95岁，住在上海市徐汇区。她叫李桂兰，最近总是摔倒。请问应该看什么科？`,
    ['AGE', `95`],
    ['LOCATION', `上海市`],
    ['LOCATION', `徐汇区`],
    ['NAME', `李桂兰`],
  ),
  s(
    `祖母（山本 ハル、96歳）が名古屋の施設に入っています。最近食欲がないそうです。どうすればいいですか。`,
    ['NAME', `山本 ハル`],
    ['AGE', `96`],
    ['LOCATION', `名古屋`],
  ),
  s(
    `우리 할머니 박순자 (93세)가 부산 해운대구에 혼자 사세요. 요양보호사를 어떻게 신청하나요?`,
    ['NAME', `박순자`],
    ['AGE', `93`],
    ['LOCATION', `부산`],
    ['LOCATION', `해운대구`],
  ),
  s(
    `What vaccines should someone over 75 get in the UK? Shingles, pneumococcal, RSV?`,
  ),
  s(
    `hey so my grandpa ray (raymond kowalczyk) is 91 and his dr in scranton wants him on eliquis but he's on aspirin already. bad combo?`,
    ['NAME', `ray`],
    ['NAME', `raymond kowalczyk`],
    ['AGE', `91`],
    ['LOCATION', `scranton`],
  ),
  s(
    `Mamãe tem 96 anos e mora em Belo Horizonte, no bairro Savassi. O nome dela é Maria Aparecida Souza. O médico pediu um ecocardiograma. É perigoso na idade dela?`,
    ['AGE', `96`],
    ['LOCATION', `Belo Horizonte`],
    ['LOCATION', `Savassi`],
    ['NAME', `Maria Aparecida Souza`],
  ),
  s(
    `My dad's pacemaker (Boston Scientific, serial 742188) keeps setting off the alarm at Tesco. Is that normal? He's Trevor Banks, lives in Hull.`,
    ['DEVICE', `742188`],
    ['NAME', `Trevor Banks`],
    ['LOCATION', `Hull`],
  ),
  s(
    `Are there any side effects of Ozempic that older people should watch out for? Mum's GP wants to start it.`,
  ),
  s(
    `mia nonna ha 98 anni e vive a Lecce. si chiama Addolorata Greco. ha la pressione alta, posso darle il Tachipirina per il mal di testa?`,
    ['AGE', `98`],
    ['LOCATION', `Lecce`],
    ['NAME', `Addolorata Greco`],
  ),
  s(
    `I'm caring for my father (Kwame Boakye-Ansah, 90) and his Medicare number is 4HJ7-RW2-KT18. The hospice in Silver Spring needs it - is it safe to text it?`,
    ['NAME', `Kwame Boakye-Ansah`],
    ['AGE', `90`],
    ['ACCOUNT', `4HJ7-RW2-KT18`],
    ['LOCATION', `Silver Spring`],
  ),
  s(
    `My nana is in her nineties and keeps getting UTIs. Would cranberry juice actually help or is that a myth?`,
  ),
  s(
    `can you draft a text to my brother jonno saying dad's op is on 12th feb at 8am and he needs to be at the Freeman by 7, my number is 0412 883 190 if he loses it`,
    ['NAME', `jonno`],
    ['DATE', `12th feb`],
    ['PHONE', `0412 883 190`],
  ),
  s(
    `अम्मा 92 साल की हैं और लखनऊ में रहती हैं। उनका नाम कमला देवी है। उनकी शुगर 300 है, क्या करें?`,
    ['AGE', `92`],
    ['LOCATION', `लखनऊ`],
    ['NAME', `कमला देवी`],
  ),
  s(
    `Моей бабушке, Валентине Ивановне Смирновой, 94 года. Она живёт в Твери. Врач выписал ей варфарин. Какие продукты нельзя есть?`,
    ['NAME', `Валентине Ивановне Смирновой`],
    ['AGE', `94`],
    ['LOCATION', `Твери`],
  ),
  s(
    `Is a blood pressure of 150/90 dangerous for an 80-year-old? The GP said it's fine but it seems high to me.`,
  ),
  s(
    `jiddo is 95 and lives in Dearborn with my aunt Samira, he's on dialysis 3x a week. the transport company keeps cancelling. his name on the booking is Youssef Haddad`,
    ['AGE', `95`],
    ['LOCATION', `Dearborn`],
    ['NAME', `Samira`],
    ['NAME', `Youssef Haddad`],
  ),
  s(
    `My grandmother's address for the hospital transport booking is 14 Tŷ Coch Close, Aberystwyth SY23 1NE - she's Gwenllian Huws and she's 92. Can you format this nicely for an email?`,
    ['LOCATION', `14 Tŷ Coch Close`],
    ['LOCATION', `Aberystwyth`],
    ['LOCATION', `SY23 1NE`],
    ['NAME', `Gwenllian Huws`],
    ['AGE', `92`],
  ),
  s(
    `Why do they call it the Heimlich manoeuvre? Is it still recommended for choking adults?`,
  ),
  s(
    `Summer and I are trying to decide whether to move Dad into a home in Galway or keep him in Oughterard with carers. He's 93, very deaf. Summer thinks home, I don't.`,
    ['NAME', `Summer`],
    ['LOCATION', `Galway`],
    ['LOCATION', `Oughterard`],
    ['AGE', `93`],
    ['NAME', `Summer`],
  ),
  s(
    `Hi! quick one - my mum's hearing aid (serial 19NH0447) has stopped working, she got it from audiology at the Whittington. Who do I contact? She's Doreen Price.`,
    ['DEVICE', `19NH0447`],
    ['NAME', `Doreen Price`],
  ),
  // ---- mixed: tables, texts, e-mails, transcripts ----
  s(
    `patient_id,surname,forename,dob,postcode,phone
RX4401928,MAHLANGU,Sipho,19470311,B12 9QT,07700900781
RX4401929,O'NEILL,Bríd,19330224,BT9 6AD,02890 661 204`,
    ['MRN', `RX4401928`],
    ['NAME', `MAHLANGU`],
    ['NAME', `Sipho`],
    ['DATE', `19470311`],
    ['LOCATION', `B12 9QT`],
    ['PHONE', `07700900781`],
    ['MRN', `RX4401929`],
    ['NAME', `O'NEILL`],
    ['NAME', `Bríd`],
    ['DATE', `19330224`],
    ['LOCATION', `BT9 6AD`],
    ['PHONE', `02890 661 204`],
  ),
  s(
    `From: Dr Ifeoma Chukwu <ifeoma.chukwu@nhs.net>
Sent: 03 June 2024 17:42
To: Theo Lindgren <theo.lindgren@nhs.net>
Subject: RE: bed 4 - Mr Pascoe

Theo - Mr Pascoe's daughter (Tamsin) wants a call before 6. Her number is 07700 900 332. Thanks, Ify`,
    ['NAME', `Ifeoma Chukwu`],
    ['EMAIL', `ifeoma.chukwu@nhs.net`],
    ['DATE', `03 June 2024`],
    ['NAME', `Theo Lindgren`],
    ['EMAIL', `theo.lindgren@nhs.net`],
    ['NAME', `Pascoe`],
    ['NAME', `Theo`],
    ['NAME', `Pascoe`],
    ['NAME', `Tamsin`],
    ['PHONE', `07700 900 332`],
    ['NAME', `Ify`],
  ),
  s(
    `txt from patient: hi its Joy Mwale, cant make my appt tmrw (the 9th) my bus pass expired, can i rebook?? 07957 330 812`,
    ['NAME', `Joy Mwale`],
    ['DATE', `the 9th`],
    ['PHONE', `07957 330 812`],
  ),
  s(
    `| Name | Role | NPI |
|---|---|---|
| Dr. Marcus Oyelowo | Hospitalist | 1860913908 |
| Dr. Leah Rosen | Cardiology | 2030824629 |
| Kim Thao Nguyen, NP | Primary care | 2181909377 |`,
    ['NAME', `Marcus Oyelowo`],
    ['NPI', `1860913908`],
    ['NAME', `Leah Rosen`],
    ['NPI', `2030824629`],
    ['NAME', `Kim Thao Nguyen`],
    ['NPI', `2181909377`],
  ),
  s(
    `Provider enrollment: Dr. Tomasz Wiśniewski, NPI 2579754328, state license MD.0148822 (Maryland), DEA FW3318724. Practice: 901 N Charles St, Baltimore MD 21201.`,
    ['NAME', `Tomasz Wiśniewski`],
    ['NPI', `2579754328`],
    ['LICENSE', `MD.0148822`],
    ['LICENSE', `FW3318724`],
    ['LOCATION', `901 N Charles St`],
    ['LOCATION', `Baltimore`],
    ['LOCATION', `21201`],
  ),
  s(
    `Claim form CMS-1500 box 24J rendering provider NPI 1189555976; box 33 billing provider Riverbend Family Medicine. Patient: Destiny Harris, DOB 10/22/2001.`,
    ['NPI', `1189555976`],
    ['NAME', `Destiny Harris`],
    ['DATE', `10/22/2001`],
  ),
  s(
    `Referral to podiatry from Dr. Beatriz Salgado (NPI 2114710496) - patient Hyun-woo Lee, diabetic foot ulcer L hallux, ABI 0.72.`,
    ['NAME', `Beatriz Salgado`],
    ['NPI', `2114710496`],
    ['NAME', `Hyun-woo Lee`],
  ),
  s(
    `Auction listing check: 2011 VW Golf, VIN WVWZZZ1KXBTPV9SXT, UK reg. KP11 OXW, 98k miles. Seller: Callum Doyle, Stoke-on-Trent. HPI clear.`,
    ['VEHICLE', `WVWZZZ1KXBTPV9SXT`],
    ['VEHICLE', `KP11 OXW`],
    ['NAME', `Callum Doyle`],
    ['LOCATION', `Stoke-on-Trent`],
  ),
  s(
    `Stolen vehicle report: Land Rover Range Rover Evoque, VIN SALGA2EE6DX7GDSNU, reg. FD63 WRM, owner Priyanka Chatterjee-Lowe, taken from driveway at 11 The Paddocks, Solihull B91 3XS overnight 23/24 Jan.`,
    ['VEHICLE', `SALGA2EE6DX7GDSNU`],
    ['VEHICLE', `FD63 WRM`],
    ['NAME', `Priyanka Chatterjee-Lowe`],
    ['LOCATION', `11 The Paddocks`],
    ['LOCATION', `Solihull`],
    ['LOCATION', `B91 3XS`],
    ['DATE', `23/24 Jan`],
  ),
  s(
    `Recall notice: Hyundai Elantra, VIN KMHD84LF9NU5979ST - owner Mr. Darnell Simmons, 55 Peachtree Ave, Atlanta GA 30305. Bring vehicle to dealer for airbag inspection.`,
    ['VEHICLE', `KMHD84LF9NU5979ST`],
    ['NAME', `Darnell Simmons`],
    ['LOCATION', `55 Peachtree Ave`],
    ['LOCATION', `Atlanta`],
    ['LOCATION', `30305`],
  ),
  s(
    `Contrôle routier : véhicule Renault Clio VIN VF1RFB0055J3H25XE, immatriculation EF-771-QP, conducteur M. Théo Garnier, permis n° 120475300418.`,
    ['VEHICLE', `VF1RFB0055J3H25XE`],
    ['VEHICLE', `EF-771-QP`],
    ['NAME', `Théo Garnier`],
    ['LICENSE', `120475300418`],
  ),
  s(
    `Parking ticket appeal: my car (Ontario plate CBRT 417) was parked legally outside 220 Queen St W, Toronto on Aug 14th. Name: Harpreet Dhillon. Driver's licence D4512-88301-70915.`,
    ['VEHICLE', `CBRT 417`],
    ['LOCATION', `220 Queen St W`],
    ['LOCATION', `Toronto`],
    ['DATE', `Aug 14th`],
    ['NAME', `Harpreet Dhillon`],
    ['LICENSE', `D4512-88301-70915`],
  ),
  s(
    `Speeding notice: vehicle NSW rego BX52 KL, detected 71 km/h in a 60 zone on Parramatta Rd, Annandale. Registered operator: Mr Stavros Georgiou, licence no. 18842093.`,
    ['VEHICLE', `BX52 KL`],
    ['LOCATION', `Parramatta Rd`],
    ['LOCATION', `Annandale`],
    ['NAME', `Stavros Georgiou`],
    ['LICENSE', `18842093`],
  ),
  s(
    `Polisa OC: pojazd Skoda Octavia, nr rej. WA 58214, VIN WBA3A5C54J6RG28LR (błąd w systemie - to VIN z BMW), właściciel Jakub Wójcik, tel. +48 601 224 918.`,
    ['VEHICLE', `WA 58214`],
    ['VEHICLE', `WBA3A5C54J6RG28LR`],
    ['NAME', `Jakub Wójcik`],
    ['PHONE', `+48 601 224 918`],
  ),
  s(
    `Transcript, 999 call 21:07:
CALLER: My neighbour's collapsed, she's not breathing - 44 Arran Drive, Paisley. PA2 9LN.
HANDLER: What's your name?
CALLER: Fiona. Fiona MacPhee. She's Agnes, Agnes Rennie, she's 91.`,
    ['LOCATION', `44 Arran Drive`],
    ['LOCATION', `Paisley`],
    ['LOCATION', `PA2 9LN`],
    ['NAME', `Fiona`],
    ['NAME', `Fiona MacPhee`],
    ['NAME', `Agnes`],
    ['NAME', `Agnes Rennie`],
    ['AGE', `91`],
  ),
  s(
    `WhatsApp, 14:02 - Abuela: Mijo ya llegué a la clínica
14:03 - Abuela: el doctor se llama Dr. Esteban Quiroga
14:10 - Me: ok abue, te recojo a las 4. Mi tía Carmen va también`,
    ['NAME', `Esteban Quiroga`],
    ['NAME', `Carmen`],
  ),
  s(
    `Meeting minutes - Clinical Governance, 11/06/2024. Present: Dr A. Mensah (chair), S. Whitaker, R. Oduya, P. Lindahl. Apologies: J.D.`,
    ['DATE', `11/06/2024`],
    ['NAME', `A. Mensah`],
    ['NAME', `S. Whitaker`],
    ['NAME', `R. Oduya`],
    ['NAME', `P. Lindahl`],
    ['NAME', `J.D.`],
  ),
  s(
    `Bank transfer confirmation: £2,400.00 sent to account GB29 NWBK 6016 1331 9268 19 (beneficiary: Farah Iqbal) ref "rent Nov". Sent by Usman Iqbal.`,
    ['ACCOUNT', `GB29 NWBK 6016 1331 9268 19`],
    ['NAME', `Farah Iqbal`],
    ['NAME', `Usman Iqbal`],
  ),
  s(
    `Überweisung an: Katarzyna Zielinski, IBAN DE35 3704 0044 0532 0130 99, Verwendungszweck: Miete März, Wohnung Goethestraße 9, 10625 Berlin.`,
    ['NAME', `Katarzyna Zielinski`],
    ['ACCOUNT', `DE35 3704 0044 0532 0130 99`],
    ['LOCATION', `Goethestraße 9`],
    ['LOCATION', `10625`],
    ['LOCATION', `Berlin`],
  ),
  s(
    `Transferencia: beneficiario Pau Martí i Soler, IBAN ES40 2100 0418 4502 0005 9331, concepto "fianza piso Gràcia". Teléfono de contacto 934 882 107.`,
    ['NAME', `Pau Martí i Soler`],
    ['ACCOUNT', `ES40 2100 0418 4502 0005 9331`],
    ['LOCATION', `Gràcia`],
    ['PHONE', `934 882 107`],
  ),
  s(
    `Virement SEPA vers M. Olivier Mbappé-Kouassi, IBAN FR74 2004 1010 0505 0001 3M02 690. Motif : remboursement frais médicaux du 12 janvier.`,
    ['NAME', `Olivier Mbappé-Kouassi`],
    ['ACCOUNT', `FR74 2004 1010 0505 0001 3M02 690`],
    ['DATE', `12 janvier`],
  ),
  s(
    `Przelew na konto PL34 1090 1014 0000 0712 1981 2875, odbiorca: Zofia Krawczyk, tytuł: zwrot za leki dla mamy.`,
    ['ACCOUNT', `PL34 1090 1014 0000 0712 1981 2875`],
    ['NAME', `Zofia Krawczyk`],
  ),
  s(
    `Card on file for Ms Yaa Asantewaa Boateng: Mastercard 5141 7058 6492 0833. Billing postcode N16 7UJ.`,
    ['NAME', `Yaa Asantewaa Boateng`],
    ['ACCOUNT', `5141 7058 6492 0833`],
    ['LOCATION', `N16 7UJ`],
  ),
  s(
    `Havale bilgisi: Alıcı Emre Şahin, IBAN TR06 0006 1005 1978 6457 8413 27, açıklama: ameliyat masrafı. Telefon: 0532 771 40 82.`,
    ['NAME', `Emre Şahin`],
    ['ACCOUNT', `TR06 0006 1005 1978 6457 8413 27`],
    ['PHONE', `0532 771 40 82`],
  ),
  s(
    `Transferência para Rui Miguel Antunes, IBAN PT23 0002 0123 1234 5678 9015 5, referente à consulta de 3 de abril. NIF 231 884 907.`,
    ['NAME', `Rui Miguel Antunes`],
    ['ACCOUNT', `PT23 0002 0123 1234 5678 9015 5`],
    ['DATE', `3 de abril`],
    ['SSN', `231 884 907`],
  ),
  s(
    `Bonifico a favore di Francesca Romano, IBAN IT60 X054 2811 1010 0000 0123 456, causale: rimborso visita specialistica.`,
    ['NAME', `Francesca Romano`],
    ['ACCOUNT', `IT60 X054 2811 1010 0000 0123 456`],
  ),
  s(
    `Refund to card 4770 6589 4811 3118 (Visa) for cancelled physio sessions - patient Ahmad Rasuli, invoice INV-22817.`,
    ['ACCOUNT', `4770 6589 4811 3118`],
    ['NAME', `Ahmad Rasuli`],
    ['ID', `INV-22817`],
  ),
  s(
    `Aadhaar-linked registration: Patient Lakshmi Narayanan, Aadhaar 4821 7730 9184, mobile +91 98401 22376, address 12 Kamaraj Salai, Mylapore, Chennai 600004.`,
    ['NAME', `Lakshmi Narayanan`],
    ['SSN', `4821 7730 9184`],
    ['PHONE', `+91 98401 22376`],
    ['LOCATION', `12 Kamaraj Salai`],
    ['LOCATION', `Mylapore`],
    ['LOCATION', `Chennai`],
    ['LOCATION', `600004`],
  ),
  s(
    `居民身份证号码：110105193207214418，姓名：张建国，住址：北京市朝阳区建国路88号。患者今年92岁。`,
    ['SSN', `110105193207214418`],
    ['NAME', `张建国`],
    ['LOCATION', `北京市`],
    ['LOCATION', `朝阳区`],
    ['LOCATION', `建国路88号`],
    ['AGE', `92`],
  ),
  s(
    `Singapore patient: Tan Ah Kow, NRIC S3214567D, Blk 231 Bishan Street 22, #08-114, Singapore 570231. Caregiver: daughter Tan Mei Ling, hp 9123 4567.`,
    ['NAME', `Tan Ah Kow`],
    ['SSN', `S3214567D`],
    ['LOCATION', `Blk 231 Bishan Street 22, #08-114`],
    ['LOCATION', `570231`],
    ['NAME', `Tan Mei Ling`],
    ['PHONE', `9123 4567`],
  ),
  s(
    `Pt: Siti Nurhaliza binti Abdullah, MyKad 560312-14-5218, 68 thn, alamat No. 15, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam. Suami: Ismail bin Hassan.`,
    ['NAME', `Siti Nurhaliza binti Abdullah`],
    ['SSN', `560312-14-5218`],
    ['LOCATION', `No. 15, Jalan Melati 3`],
    ['LOCATION', `Taman Sri Muda`],
    ['LOCATION', `40400`],
    ['LOCATION', `Shah Alam`],
    ['NAME', `Ismail bin Hassan`],
  ),
  s(
    `Thai patient registration: นางสมศรี ใจดี (Mrs Somsri Jaidee), age 90, Thai ID 3 1012 00455 81 2, from Chiang Mai. Son: Anan Jaidee, +66 81 442 9071.`,
    ['NAME', `สมศรี ใจดี`],
    ['NAME', `Somsri Jaidee`],
    ['AGE', `90`],
    ['SSN', `3 1012 00455 81 2`],
    ['LOCATION', `Chiang Mai`],
    ['NAME', `Anan Jaidee`],
    ['PHONE', `+66 81 442 9071`],
  ),
  s(
    `Reg form (Ghana): Name - Akosua Serwaa Frimpong; Ghana Card GHA-721448390-5; Address - House No. 14, Ashongman Estates, Accra; Phone 024 418 7733.`,
    ['NAME', `Akosua Serwaa Frimpong`],
    ['SSN', `GHA-721448390-5`],
    ['LOCATION', `House No. 14, Ashongman Estates`],
    ['LOCATION', `Accra`],
    ['PHONE', `024 418 7733`],
  ),
  s(
    `Nigerian referral: Patient Chukwuemeka Obi-Nwosu, NIN 48213077194, 12 Adeola Odeku Street, Victoria Island, Lagos. NOK: wife Ifunanya, 0803 441 2290.`,
    ['NAME', `Chukwuemeka Obi-Nwosu`],
    ['SSN', `48213077194`],
    ['LOCATION', `12 Adeola Odeku Street`],
    ['LOCATION', `Victoria Island`],
    ['LOCATION', `Lagos`],
    ['NAME', `Ifunanya`],
    ['PHONE', `0803 441 2290`],
  ),
  s(
    `Kenya NHIF claim: member Wanjiku Kamau, NHIF no. 8841207-2, ID 23340918, Kiambu Road, Ruaka. Admitted 20/02/2024, discharged 24/02/2024.`,
    ['NAME', `Wanjiku Kamau`],
    ['ACCOUNT', `8841207-2`],
    ['SSN', `23340918`],
    ['LOCATION', `Kiambu Road`],
    ['LOCATION', `Ruaka`],
    ['DATE', `20/02/2024`],
    ['DATE', `24/02/2024`],
  ),
  s(
    `Folkbokföring: Ingrid Lindberg, personnummer 19330412-4421, Storgatan 14, 411 38 Göteborg. Anhörig: sonen Nils Lindberg, 070-448 21 93.`,
    ['NAME', `Ingrid Lindberg`],
    ['SSN', `19330412-4421`],
    ['LOCATION', `Storgatan 14`],
    ['LOCATION', `411 38`],
    ['LOCATION', `Göteborg`],
    ['NAME', `Nils Lindberg`],
    ['PHONE', `070-448 21 93`],
  ),
  s(
    `Epikrise: Pasient Ole-Johan Haugland, f. 02.08.1931 (92 år), bor i Tromsø. Fastlege: Dr. Kari Nordmann-Lie.`,
    ['NAME', `Ole-Johan Haugland`],
    ['DATE', `02.08.1931`],
    ['LOCATION', `Tromsø`],
    ['NAME', `Kari Nordmann-Lie`],
  ),
  s(
    `Henvisning: Mette Kjærgaard, CPR 120345-1184, Vesterbrogade 71, 1620 København V. Telefon 28 44 91 07.`,
    ['NAME', `Mette Kjærgaard`],
    ['SSN', `120345-1184`],
    ['LOCATION', `Vesterbrogade 71`],
    ['LOCATION', `1620`],
    ['LOCATION', `København V`],
    ['PHONE', `28 44 91 07`],
  ),
  s(
    `Lähete: potilas Aino Virtanen, henkilötunnus 140331-226K, osoite Hämeenkatu 12 B 7, 33100 Tampere. Omainen: tytär Sanna.`,
    ['NAME', `Aino Virtanen`],
    ['SSN', `140331-226K`],
    ['LOCATION', `Hämeenkatu 12 B 7`],
    ['LOCATION', `33100`],
    ['LOCATION', `Tampere`],
    ['NAME', `Sanna`],
  ),
  s(
    `Ukrainian IDP registration: Олена Коваленко (Olena Kovalenko), born 11.11.1975 in Харків, now living at 8 Maple Terrace, Dundee DD3 6JH. Phone +44 7700 900 574.`,
    ['NAME', `Олена Коваленко`],
    ['NAME', `Olena Kovalenko`],
    ['DATE', `11.11.1975`],
    ['LOCATION', `Харків`],
    ['LOCATION', `8 Maple Terrace`],
    ['LOCATION', `Dundee`],
    ['LOCATION', `DD3 6JH`],
    ['PHONE', `+44 7700 900 574`],
  ),
  s(
    `Σημείωμα: Ο ασθενής Γιώργος Παπαδάκης, 93 ετών, διαμένει στο Ηράκλειο Κρήτης. Τηλέφωνο κόρης (Μαρία): 697 441 2280.`,
    ['NAME', `Γιώργος Παπαδάκης`],
    ['AGE', `93`],
    ['LOCATION', `Ηράκλειο`],
    ['NAME', `Μαρία`],
    ['PHONE', `697 441 2280`],
  ),
  s(
    `ملاحظة: المريضة فاطمة الزهراء بنت علي، ٩٤ سنة، تسكن في حي الملز، الرياض. رقم الجوال 0551234870. ابنها خالد يرافقها.`,
    ['NAME', `فاطمة الزهراء بنت علي`],
    ['AGE', `٩٤`],
    ['LOCATION', `حي الملز`],
    ['LOCATION', `الرياض`],
    ['PHONE', `0551234870`],
    ['NAME', `خالد`],
  ),
  s(
    `הפניה: המטופל משה לוי, ת"ז 038842917, גר ברחוב הרצל 12, חיפה. טלפון 054-7712290.`,
    ['NAME', `משה לוי`],
    ['SSN', `038842917`],
    ['LOCATION', `רחוב הרצל 12`],
    ['LOCATION', `חיפה`],
    ['PHONE', `054-7712290`],
  ),
  s(
    `Ethiopian patient: Abebe Bekele (አበበ በቀለ), 90, from Bahir Dar, visiting his son Dawit in Minneapolis. Son's phone (612) 555-0173.`,
    ['NAME', `Abebe Bekele`],
    ['NAME', `አበበ በቀለ`],
    ['AGE', `90`],
    ['LOCATION', `Bahir Dar`],
    ['NAME', `Dawit`],
    ['LOCATION', `Minneapolis`],
    ['PHONE', `(612) 555-0173`],
  ),
  s(
    `Fijian community health worker note: visited Mere Vuniwaqa, 92, at her home in Nasinu. Grandson Josaia Ratu helps with her meds. Ph 9921 448.`,
    ['NAME', `Mere Vuniwaqa`],
    ['AGE', `92`],
    ['LOCATION', `Nasinu`],
    ['NAME', `Josaia Ratu`],
    ['PHONE', `9921 448`],
  ),
  s(
    `Tongan church newsletter: please keep in your prayers Sister Mele Tonga Fifita (97) recovering at Middlemore, and Brother 'Aisea Taufa whose wife Salote passed on 2 May.`,
    ['NAME', `Mele Tonga Fifita`],
    ['AGE', `97`],
    ['NAME', `'Aisea Taufa`],
    ['NAME', `Salote`],
    ['DATE', `2 May`],
  ),
  s(
    `Samoan family request (translated): "Our father Tuiasosopo Lealaiauloto is 94 and wants to die at home in Apia. Please send his notes to Dr Leota."`,
    ['NAME', `Tuiasosopo Lealaiauloto`],
    ['AGE', `94`],
    ['LOCATION', `Apia`],
    ['NAME', `Leota`],
  ),
  s(
    `Colombian patient: Sra. Luz Marina Restrepo de Ocampo, C.C. 42.118.907, Calle 10 # 43-25, El Poblado, Medellín. Celular 300 418 2271.`,
    ['NAME', `Luz Marina Restrepo de Ocampo`],
    ['SSN', `42.118.907`],
    ['LOCATION', `Calle 10 # 43-25`],
    ['LOCATION', `El Poblado`],
    ['LOCATION', `Medellín`],
    ['PHONE', `300 418 2271`],
  ),
  s(
    `Argentine patient, Sr. Horacio Giménez Ferreyra, DNI 8.441.203, 93 años, domicilio Av. Corrientes 2150, piso 4, CABA (C1046). Hijo: Martín, 11 4418-2290.`,
    ['NAME', `Horacio Giménez Ferreyra`],
    ['SSN', `8.441.203`],
    ['AGE', `93`],
    ['LOCATION', `Av. Corrientes 2150, piso 4`],
    ['LOCATION', `CABA`],
    ['LOCATION', `C1046`],
    ['NAME', `Martín`],
    ['PHONE', `11 4418-2290`],
  ),
  s(
    `Pt from Peru: Sr. Quispe Mamani, Teodoro (DNI 41887203), vive en Juliaca. Hija Rosa Quispe acompaña; habla quechua y castellano.`,
    ['NAME', `Quispe Mamani, Teodoro`],
    ['SSN', `41887203`],
    ['LOCATION', `Juliaca`],
    ['NAME', `Rosa Quispe`],
  ),
  s(
    `Mexican-American patient José Luis Hernández-Villarreal (ITIN 912-78-4410) moved from Monterrey to 3301 Alamo St, San Antonio TX 78204 last year.`,
    ['NAME', `José Luis Hernández-Villarreal`],
    ['SSN', `912-78-4410`],
    ['LOCATION', `Monterrey`],
    ['LOCATION', `3301 Alamo St`],
    ['LOCATION', `San Antonio`],
    ['LOCATION', `78204`],
  ),
  // ---- more hard cases across domains ----
  s(
    `Handover (ICU -> ward): Mr Willem van der Hoek, 72, extubated 20240611, now on 2L O2. Wife Marieke phoned 0031612448290 (Dutch mobile). MRN 66120934.`,
    ['NAME', `Willem van der Hoek`],
    ['DATE', `20240611`],
    ['NAME', `Marieke`],
    ['PHONE', `0031612448290`],
    ['MRN', `66120934`],
  ),
  s(
    `will review pt after lunch - Will (the F1) to chase the echo. rose from 2 to 4L O2 overnight so may need ABG.`,
    ['NAME', `Will`],
  ),
  s(
    `Hope you're well. Just to confirm that Grace will cover the Tuesday clinic while Dr Patience Amoah is on leave from 1st-12th July.`,
    ['NAME', `Grace`],
    ['NAME', `Patience Amoah`],
    ['DATE', `1st`],
    ['DATE', `12th July`],
  ),
  s(
    `Faith-based organisations can apply for the community grant. Summer opening hours apply from June. Sky-blue lanyards are for visitors.`,
  ),
  s(
    `Nursing home resident list (extract):
Rm 3 - Mrs Iris de la Fuente, 96
Rm 4 - Mr Dafydd ap Gruffydd, 89
Rm 5 - Mrs Nurul Huda binti Osman, 91`,
    ['NAME', `Iris de la Fuente`],
    ['AGE', `96`],
    ['NAME', `Dafydd ap Gruffydd`],
    ['NAME', `Nurul Huda binti Osman`],
    ['AGE', `91`],
  ),
  s(
    `URGENT - call Mrs McAllister-Reyes back re: her son's CT result, +1 416 555 0139 (Toronto cell), or email reyes.family@rogers.com`,
    ['NAME', `McAllister-Reyes`],
    ['PHONE', `+1 416 555 0139`],
    ['LOCATION', `Toronto`],
    ['EMAIL', `reyes.family@rogers.com`],
  ),
  s(
    `Dr. Mohammed bin Rashid Al-Farsi (Omani MOH licence 22-0418) is visiting the renal unit next week to observe home haemodialysis training.`,
    ['NAME', `Mohammed bin Rashid Al-Farsi`],
    ['LICENSE', `22-0418`],
  ),
  s(
    `Court file: R v DE LA ROSA, Esteban (indictment T20237741). Trial listed 04/11/2024 at Snaresbrook. Defence counsel: Ms Nadia Baptiste.`,
    ['NAME', `DE LA ROSA, Esteban`],
    ['ID', `T20237741`],
    ['DATE', `04/11/2024`],
    ['LOCATION', `Snaresbrook`],
    ['NAME', `Nadia Baptiste`],
  ),
  s(
    `The Children Act 1989, section 17, places a general duty on local authorities to safeguard and promote the welfare of children in need in their area.`,
  ),
  s(
    `Police log 23:51: male detained, gave name as "John Smith", later identified by fingerprints as Lee Carver (PNC ID 98/441827X). Custody no. 07BW/18220/24.`,
    ['NAME', `John Smith`],
    ['NAME', `Lee Carver`],
    ['ID', `98/441827X`],
    ['ID', `07BW/18220/24`],
  ),
  s(
    `Complaint to the ombudsman: the housing association has ignored damp and mould at 17 Oak Court, Rochdale OL11 3LX for 14 months. Tenant: Awil Hirsi. Tenancy ref T-0088412.`,
    ['LOCATION', `17 Oak Court`],
    ['LOCATION', `Rochdale`],
    ['LOCATION', `OL11 3LX`],
    ['NAME', `Awil Hirsi`],
    ['ID', `T-0088412`],
  ),
  s(
    `Eponyms in clinical use: Addison's disease, Cushing's syndrome, Hashimoto's thyroiditis, Kaposi sarcoma, Wilson's disease and Bell's palsy.`,
  ),
  s(
    `Dear Mr Kowalczyk-Adeyemi, Your appointment has been moved from 14/08/2024 to 21/08/2024. Your reference number is APPT-5520197. If this is not convenient please call the booking team.`,
    ['NAME', `Kowalczyk-Adeyemi`],
    ['DATE', `14/08/2024`],
    ['DATE', `21/08/2024`],
    ['ID', `APPT-5520197`],
  ),
  s(
    `PALS leaflet: if you are unhappy with your care, speak to the nurse in charge first. If that does not resolve it, contact the Patient Advice and Liaison Service.`,
  ),
  s(
    `Social worker's case note: Aunty "Mama Jo" (Josephine Achieng Odhiambo) is the kinship carer for the three children; she lives in Kisumu but is staying at 9 Wells Road, Luton LU1 1AB.`,
    ['NAME', `Mama Jo`],
    ['NAME', `Josephine Achieng Odhiambo`],
    ['LOCATION', `Kisumu`],
    ['LOCATION', `9 Wells Road`],
    ['LOCATION', `Luton`],
    ['LOCATION', `LU1 1AB`],
  ),
  s(
    `On-call log: 02:10 called re pt in bed 9 (Mrs Thompson) - hypoglycaemia 2.9, given Glucogel. 02:40 repeat 5.6. Informed her daughter Hope by phone.`,
    ['NAME', `Thompson`],
    ['NAME', `Hope`],
  ),
  s(
    `Grievance appeal - Mr Maximilian von Stauffenberg-Klein (employee 11902) appeals the outcome of 28 Feb. Appeal officer: Ms Dee Onyango. Hearing on 15/03.`,
    ['NAME', `Maximilian von Stauffenberg-Klein`],
    ['ID', `11902`],
    ['DATE', `28 Feb`],
    ['NAME', `Dee Onyango`],
    ['DATE', `15/03`],
  ),
  s(
    `Tenancy reference: I confirm Ms Sky Adebanjo has rented from me at 40 Gorse Hill, Woking GU22 9RT since Sept 2021 and always paid on time. - Mr Neil Harcourt, landlord, tel 01483 700 219`,
    ['NAME', `Sky Adebanjo`],
    ['LOCATION', `40 Gorse Hill`],
    ['LOCATION', `Woking`],
    ['LOCATION', `GU22 9RT`],
    ['DATE', `Sept 2021`],
    ['NAME', `Neil Harcourt`],
    ['PHONE', `01483 700 219`],
  ),
  s(
    `Insurance declaration: I, Faith Oduya-Mills, declare that the information is true. Signed 18.04.2024. Policy HOM-22019-88. Witness: Joy Mbeki.`,
    ['NAME', `Faith Oduya-Mills`],
    ['DATE', `18.04.2024`],
    ['ACCOUNT', `HOM-22019-88`],
    ['NAME', `Joy Mbeki`],
  ),
  s(
    `Firmware update log: BLE beacon AA:4C:19:7F:02:D1 updated to 3.4.1; beacon AA:4C:19:7F:02:D2 failed (retry). Gateway 10.12.0.1.`,
    ['DEVICE', `AA:4C:19:7F:02:D1`],
    ['DEVICE', `AA:4C:19:7F:02:D2`],
    ['IP', `10.12.0.1`],
  ),
  s(
    `Contractor onboarding - name: Ngaio Te Whata, IRD 049-221-885, bank 12-3140-0418872-00, GST not registered. Start 3 June. Laptop serial PF3L9QZ2.`,
    ['NAME', `Ngaio Te Whata`],
    ['SSN', `049-221-885`],
    ['ACCOUNT', `12-3140-0418872-00`],
    ['DATE', `3 June`],
    ['DEVICE', `PF3L9QZ2`],
  ),
  s(
    `Social media complaint: tweet from @GraceUnderFire_77 naming our nurse "Bernadette on ward 5" and saying she was rude to her gran. Escalated to comms.`,
    ['ID', `@GraceUnderFire_77`],
    ['NAME', `Bernadette`],
  ),
  s(
    `Profile link supplied by the applicant: https://www.linkedin.com/in/amara-okafor-rn-4418b2 (Amara Okafor, RN). Verify employment history before interview.`,
    ['URL', `https://www.linkedin.com/in/amara-okafor-rn-4418b2`],
    ['NAME', `Amara Okafor`],
  ),
  s(
    `GoFundMe page for Mikaere's surgery: https://gofundme.example.com/f/help-mikaere-walk-again - organiser Huia Rapana, Hastings NZ.`,
    ['NAME', `Mikaere`],
    ['URL', `https://gofundme.example.com/f/help-mikaere-walk-again`],
    ['NAME', `Huia Rapana`],
    ['LOCATION', `Hastings`],
  ),
  s(
    `See the NICE guideline NG136 (hypertension in adults) at https://www.nice.org.uk/guidance/ng136 for thresholds and treatment steps.`,
  ),
  s(
    `Teams chat:
[10:41] Deepak Raj: has anyone seen the consent form for Mrs Oyenuga?
[10:42] Sian Roberts-Hughes: it's in her notes, I scanned it Friday
[10:42] Deepak Raj: legend ty`,
    ['NAME', `Deepak Raj`],
    ['NAME', `Oyenuga`],
    ['NAME', `Sian Roberts-Hughes`],
    ['NAME', `Deepak Raj`],
  ),
  s(
    `Ambulance PRF: pt collapsed at 7 Ffordd yr Orsaf, Bangor LL57 1UT. GCS 13. Pt's wife Eirlys Hughes states he is 90 and has "a bit of a heart".`,
    ['LOCATION', `7 Ffordd yr Orsaf`],
    ['LOCATION', `Bangor`],
    ['LOCATION', `LL57 1UT`],
    ['NAME', `Eirlys Hughes`],
    ['AGE', `90`],
  ),
  s(
    `Sentencing remarks: The defendant, aged 19, pleaded guilty at the first opportunity and is entitled to full credit. The starting point under the guideline is 18 months.`,
  ),
  s(
    `Neighbour dispute - caller Mrs Rose Mbatha reports CCTV shows the man at no. 12 (she says he goes by "Big Mike") damaging her Honda Jazz, reg. SN14 LPE, on 6th Oct.`,
    ['NAME', `Rose Mbatha`],
    ['NAME', `Big Mike`],
    ['VEHICLE', `SN14 LPE`],
    ['DATE', `6th Oct`],
  ),
  s(
    `Fleet list:
REG       | VIN               | DRIVER
YR68 TUX  | 2T1BURHEXG95BE5X9 | Kelechi Amadi
PN20 KJC  | 3FADP4BJ74EPWHK0K | Siobhan Quinn`,
    ['VEHICLE', `YR68 TUX`],
    ['VEHICLE', `2T1BURHEXG95BE5X9`],
    ['NAME', `Kelechi Amadi`],
    ['VEHICLE', `PN20 KJC`],
    ['VEHICLE', `3FADP4BJ74EPWHK0K`],
    ['NAME', `Siobhan Quinn`],
  ),
  s(
    `Medical devices register: infusion pump Alaris GP, serial 800447213, asset MED-0992; syringe driver T34, serial 2219-04471, asset MED-1018. Both due service 2025.`,
    ['DEVICE', `800447213`],
    ['DEVICE', `MED-0992`],
    ['DEVICE', `2219-04471`],
    ['DEVICE', `MED-1018`],
  ),
  s(
    `Patient's phone found in the ambulance: Samsung A54, IMEI 359081003390751. Lock screen shows "Mum" and a photo of a dog. Handed to security.`,
    ['DEVICE', `359081003390751`],
  ),
  s(
    `Hearing: Ms Olufunke Bamidele (bar no. 2018/4471, NBA) appeared for the respondent. The claimant, Mr Ikechukwu Nnaji, appeared in person.`,
    ['NAME', `Olufunke Bamidele`],
    ['LICENSE', `2018/4471`],
    ['NAME', `Ikechukwu Nnaji`],
  ),
  s(
    `CQC registration: the registered manager is Ms Thérèse Uwimana (NMC PIN 14A0772F).`,
    ['NAME', `Thérèse Uwimana`],
    ['LICENSE', `14A0772F`],
  ),
  s(
    `Immunisation record: Noah Tekle-Haile, NHS 774 121 5477. MMR1 given 20/05/2023, MMR2 due 3y4m. Batch no. R84419.`,
    ['NAME', `Noah Tekle-Haile`],
    ['MRN', `774 121 5477`],
    ['DATE', `20/05/2023`],
  ),
  s(
    `GP note (15 Jan): Mr Rashid's son Faisal rang - his father lives at 33 Wilmslow Rd, Rusholme, and was 90 on Saturday. Requests home flu jab.`,
    ['DATE', `15 Jan`],
    ['NAME', `Rashid`],
    ['NAME', `Faisal`],
    ['LOCATION', `33 Wilmslow Rd`],
    ['LOCATION', `Rusholme`],
    ['AGE', `90`],
  ),
  s(
    `The DVLA medical standards for Group 1 drivers after a first unprovoked seizure require 6 months off driving. Group 2 standards are stricter.`,
  ),
  s(
    `Driver's licence check for van hire: Ms Kamala Subramaniam, licence SUBRA755208KS9ZT, address 8 Dovecote Lane, Beeston, Nottingham NG9 1HQ. Points: 3.`,
    ['NAME', `Kamala Subramaniam`],
    ['LICENSE', `SUBRA755208KS9ZT`],
    ['LOCATION', `8 Dovecote Lane`],
    ['LOCATION', `Beeston`],
    ['LOCATION', `Nottingham`],
    ['LOCATION', `NG9 1HQ`],
  ),
  s(
    `Nursing licence verification: Maria Luisa Bautista, RN, NCLEX passed, Texas RN license 1047728, previously PRC license 0662194 (Philippines).`,
    ['NAME', `Maria Luisa Bautista`],
    ['LICENSE', `1047728`],
    ['LICENSE', `0662194`],
  ),
  s(
    `Dispatcher note: caller reports a man slumped in a car, Queensland plate 721-QXR, outside 14 Logan Rd, Woolloongabba. Caller name Bronte Sinclair, 0455 218 907.`,
    ['VEHICLE', `721-QXR`],
    ['LOCATION', `14 Logan Rd`],
    ['LOCATION', `Woolloongabba`],
    ['NAME', `Bronte Sinclair`],
    ['PHONE', `0455 218 907`],
  ),
  s(
    `Dose calculation: 15 mg/kg for a 20 kg child = 300 mg; maximum 4 doses in 24 hours. Round to the nearest 2.5 ml of 120 mg/5 ml suspension.`,
  ),
  s(
    `Letter before action: to Mr Cormac Mac Giolla Phádraig, 3 Bóthar na Trá, Salthill, Galway H91 C2X4. Our client, Ms Niamh Breathnach, claims €4,200 for unpaid invoices.`,
    ['NAME', `Cormac Mac Giolla Phádraig`],
    ['LOCATION', `3 Bóthar na Trá`],
    ['LOCATION', `Salthill`],
    ['LOCATION', `Galway`],
    ['LOCATION', `H91 C2X4`],
    ['NAME', `Niamh Breathnach`],
  ),
  s(
    `Server login banner shown to all users: "Authorised access only. Activity on this system is logged and monitored." Version 7.2 of the banner approved by legal.`,
  ),
  s(
    `Remote session log: technician tech_jwalsh connected to PC-RECEPTION-02 (10.40.1.87) at 14:03 on 2024-08-22 at the request of Lorna Baxter.`,
    ['ID', `tech_jwalsh`],
    ['DEVICE', `PC-RECEPTION-02`],
    ['IP', `10.40.1.87`],
    ['DATE', `2024-08-22`],
    ['NAME', `Lorna Baxter`],
  ),
  s(
    `Child's red book entry: Name: Oluwafemi "Femi" Adesina-Cole. Born 2023-12-25 at 03:14, 3.4 kg. Mother: Yewande. GP: Dr Kapoor.`,
    ['NAME', `Oluwafemi`],
    ['NAME', `Femi`],
    ['NAME', `Adesina-Cole`],
    ['DATE', `2023-12-25`],
    ['NAME', `Yewande`],
    ['NAME', `Kapoor`],
  ),
  // ---- extra positives: forms, messages, logs ----
  s(
    `Pls update my address on payroll - moved to 2/14 Tavistock Pl, Plymouth PL4 8AT from 1st Sept. Cheers, Gemma Trelawny (payroll no 60418)`,
    ['LOCATION', `2/14 Tavistock Pl`],
    ['LOCATION', `Plymouth`],
    ['LOCATION', `PL4 8AT`],
    ['DATE', `1st Sept`],
    ['NAME', `Gemma Trelawny`],
    ['ID', `60418`],
  ),
  s(
    `Expense claim rejected: receipts for the Glasgow trip (12-14 Feb) missing. Claimant Fraser McKenzie, cost centre 4410. Resubmit via https://expenses.example.com/claims/EXP-88127.`,
    ['LOCATION', `Glasgow`],
    ['DATE', `12-14 Feb`],
    ['NAME', `Fraser McKenzie`],
    ['URL', `https://expenses.example.com/claims/EXP-88127`],
  ),
  s(
    `Staff profile page https://www.stjudes-clinic.example.org/team/dr-amina-yusuf lists Dr Amina Yusuf's GMC number (7619024) and a direct line, 0117 496 0821.`,
    ['URL', `https://www.stjudes-clinic.example.org/team/dr-amina-yusuf`],
    ['NAME', `Amina Yusuf`],
    ['LICENSE', `7619024`],
    ['PHONE', `0117 496 0821`],
  ),
  s(
    `Contract variation: with effect from 01.10.2024 the Employee, Dr Lucas Moreau, shall work 0.8 FTE. All other terms of the contract dated 14 May 2021 remain unchanged.`,
    ['DATE', `01.10.2024`],
    ['NAME', `Lucas Moreau`],
    ['DATE', `14 May 2021`],
  ),
  s(
    `Service agreement signature block:
Signed by Halvard Solberg, for Nordlys AS, Oslo
Signed by Adaora Nwachukwu, for Kinetic Health Ltd
Date: 2024-09-30`,
    ['NAME', `Halvard Solberg`],
    ['LOCATION', `Oslo`],
    ['NAME', `Adaora Nwachukwu`],
    ['DATE', `2024-09-30`],
  ),
  s(
    `Claim note: claimant Ms Liliana Ruiz de Alarcón submitted photos via https://claims.example.com/upload/7741-RDA. Windscreen chip, reg. NU22 WKD. Excess waived.`,
    ['NAME', `Liliana Ruiz de Alarcón`],
    ['URL', `https://claims.example.com/upload/7741-RDA`],
    ['VEHICLE', `NU22 WKD`],
  ),
  s(
    `Learner record: Jun-seo Choi (최준서), ULN 4410928813, apprenticeship in electrical installation, employer Bright Sparks Ltd, start 09/09/2024.`,
    ['NAME', `Jun-seo Choi`],
    ['NAME', `최준서`],
    ['ID', `4410928813`],
    ['DATE', `09/09/2024`],
  ),
  s(
    `IT onboarding for Ayodele Babatunde-King: email ayodele.bk@kinetichealth.example, laptop LT-2291 (serial 7H3K0Q2), phone extension not yet set up.`,
    ['NAME', `Ayodele Babatunde-King`],
    ['EMAIL', `ayodele.bk@kinetichealth.example`],
    ['DEVICE', `LT-2291`],
    ['DEVICE', `7H3K0Q2`],
  ),
  s(
    `Guardian's email to the head teacher:
From: "Mr. D. Osei-Tutu" <osei-tutu.d@gmail.com>
Re: Kojo Osei-Tutu, Year 7 - bullying on the bus
Kojo came home with a cut lip on Monday 4th. The boy is called Liam in Year 9.`,
    ['NAME', `D. Osei-Tutu`],
    ['EMAIL', `osei-tutu.d@gmail.com`],
    ['NAME', `Kojo Osei-Tutu`],
    ['NAME', `Kojo`],
    ['DATE', `4th`],
    ['NAME', `Liam`],
  ),
  s(
    `Audit log 2024-10-02 08:14:22 user "mfernandes" exported report "Home visits - Week 40" (312 rows) from 10.1.4.22 to USB device serial 0401a7c9e2b1.`,
    ['DATE', `2024-10-02`],
    ['ID', `mfernandes`],
    ['IP', `10.1.4.22`],
    ['DEVICE', `0401a7c9e2b1`],
  ),
  s(
    `Incident report: visitor Mr Ilie Constantin (badge V-2207) became aggressive at the front desk. Security officer Segun Adeleye attended. CCTV retained.`,
    ['NAME', `Ilie Constantin`],
    ['ID', `V-2207`],
    ['NAME', `Segun Adeleye`],
  ),
  s(
    `Re: Flat 9, 120 Leith Walk, Edinburgh EH6 5DT - the tenant, Ms Saoirse Nic Amhlaoibh, reports the boiler has been broken since 28 October. Letting agent contact: lettings@example-homes.co.uk.`,
    ['LOCATION', `Flat 9, 120 Leith Walk`],
    ['LOCATION', `Edinburgh`],
    ['LOCATION', `EH6 5DT`],
    ['NAME', `Saoirse Nic Amhlaoibh`],
    ['DATE', `28 October`],
    ['EMAIL', `lettings@example-homes.co.uk`],
  ),
  s(
    `Pharmacy label: TAKE ONE TABLET TWICE A DAY. Metformin 500mg x56. Mr A Kapoor. 17/09/24. Keep out of the reach and sight of children.`,
    ['NAME', `A Kapoor`],
    ['DATE', `17/09/24`],
  ),
  s(
    `Referral triage: 2-week wait skin. Pt Marta Jovanović, 71, Serbian speaker, lives in Enfield with her daughter Jelena (tel 020 8363 4471).`,
    ['NAME', `Marta Jovanović`],
    ['LOCATION', `Enfield`],
    ['NAME', `Jelena`],
    ['PHONE', `020 8363 4471`],
  ),
  s(
    `CLAIM SUMMARY | Claimant: PATEL, Hetal | DOB: 1975-03-19 | Policy: GH/55102/PT | Incident: slip at work, 9 Aug | Employer: Harlow Foods`,
    ['NAME', `PATEL, Hetal`],
    ['DATE', `1975-03-19`],
    ['ACCOUNT', `GH/55102/PT`],
    ['DATE', `9 Aug`],
  ),
  s(
    `Call back request: Sr. Ignacio Etxeberria (Basque speaker), tel. +34 943 441 208, re: his wife Miren's test results from the 19th. Lives in Donostia.`,
    ['NAME', `Ignacio Etxeberria`],
    ['PHONE', `+34 943 441 208`],
    ['NAME', `Miren`],
    ['DATE', `the 19th`],
    ['LOCATION', `Donostia`],
  ),
  s(
    `Student support note: Ngozi (student 22018874) says her landlord at 5 Hyde Terrace, Leeds LS2 9LN is threatening eviction. Referred to the advice centre.`,
    ['NAME', `Ngozi`],
    ['ID', `22018874`],
    ['LOCATION', `5 Hyde Terrace`],
    ['LOCATION', `Leeds`],
    ['LOCATION', `LS2 9LN`],
  ),
  s(
    `Pre-op assessment: Mrs Hinemoa Parata, NHI ZAB4417, BMI 38, OSA on CPAP (ResMed AirSense 10, serial 23171044892). Anaesthetic review needed.`,
    ['NAME', `Hinemoa Parata`],
    ['MRN', `ZAB4417`],
    ['DEVICE', `23171044892`],
  ),
  s(
    `Police disclosure: Mr Grant Whitfield (PNC 04/229871K) has previous convictions for harassment. Disclosure made to Ms Leanne Cartwright on 22/02/2024.`,
    ['NAME', `Grant Whitfield`],
    ['ID', `04/229871K`],
    ['NAME', `Leanne Cartwright`],
    ['DATE', `22/02/2024`],
  ),
  s(
    `Carer's text: Hi its Mercy from Bluebird, Mr Okeke at 19 Alma St didnt answer the door at 8, his daughter Chinwe not picking up either. Shall I call 999?`,
    ['NAME', `Mercy`],
    ['NAME', `Okeke`],
    ['LOCATION', `19 Alma St`],
    ['NAME', `Chinwe`],
  ),
  s(
    `Flight manifest query: passenger NAKASHIMA/KENTARO MR, PNR QX7T2L, seat 23A, travelling with NAKASHIMA/YUMI MRS. Medical clearance (MEDIF) for oxygen attached.`,
    ['NAME', `NAKASHIMA/KENTARO`],
    ['ID', `QX7T2L`],
    ['NAME', `NAKASHIMA/YUMI`],
  ),
  s(
    `Vet-to-owner letter: Dear Mrs Ruth Abernethy, Mittens is recovering well after her dental. Please call us on 01382 447 190 to book a check in 10 days.`,
    ['NAME', `Ruth Abernethy`],
    ['PHONE', `01382 447 190`],
  ),
  s(
    `Welfare check requested by Kiah Mununggurr (niece) for her uncle, aged 92, at Lot 14, Gunyangara. Community nurse Bec Harrison to visit Friday.`,
    ['NAME', `Kiah Mununggurr`],
    ['AGE', `92`],
    ['LOCATION', `Lot 14`],
    ['LOCATION', `Gunyangara`],
    ['NAME', `Bec Harrison`],
  ),
  s(
    `Payroll exception: employee Vusi Ndlovu, ID 700418, SARS tax ref 0412887316, bank FNB account 62448119025. Salary withheld pending bank verification.`,
    ['NAME', `Vusi Ndlovu`],
    ['ID', `700418`],
    ['SSN', `0412887316`],
    ['ACCOUNT', `62448119025`],
  ),
  s(
    `Kindly note: Dr. Rohan Deshpande's new email is rohan.deshpande@cityclinic.example.in and his WhatsApp is +91 99201 44782.`,
    ['NAME', `Rohan Deshpande`],
    ['EMAIL', `rohan.deshpande@cityclinic.example.in`],
    ['PHONE', `+91 99201 44782`],
  ),
  s(
    `Notice of hearing: Estate of Margarethe Voss, deceased (date of death 2 Jan 2024). Petitioner: Klaus Voss, 18 Lakeview Dr, Madison WI 53703. Probate case 2024PR000418.`,
    ['NAME', `Margarethe Voss`],
    ['DATE', `2 Jan 2024`],
    ['NAME', `Klaus Voss`],
    ['LOCATION', `18 Lakeview Dr`],
    ['LOCATION', `Madison`],
    ['LOCATION', `53703`],
    ['ID', `2024PR000418`],
  ),
  s(
    `Intake form (handwritten, transcribed): NAME: BUI VAN THANH  D.O.B: 5-6-1950  ADDR: 77 Sunshine Ave, St Albans VIC 3021  PH: 0431229870`,
    ['NAME', `BUI VAN THANH`],
    ['DATE', `5-6-1950`],
    ['LOCATION', `77 Sunshine Ave`],
    ['LOCATION', `St Albans`],
    ['LOCATION', `3021`],
    ['PHONE', `0431229870`],
  ),
  s(
    `Renewal reminder: your home insurance (policy no. 4471-HH-2290) with us renews on 15/11. Policyholder: Mr Tariq Mahmood, 61 Whitworth Rd, Sheffield S10 3HE.`,
    ['ACCOUNT', `4471-HH-2290`],
    ['DATE', `15/11`],
    ['NAME', `Tariq Mahmood`],
    ['LOCATION', `61 Whitworth Rd`],
    ['LOCATION', `Sheffield`],
    ['LOCATION', `S10 3HE`],
  ),
  s(
    `Social care duty log: anonymous caller worried about neighbour "Nan Vi" (Violet Ashby, 95?) at 3 Stile Cottages, Much Wenlock. Not seen for 3 days; curtains closed.`,
    ['NAME', `Nan Vi`],
    ['NAME', `Violet Ashby`],
    ['AGE', `95`],
    ['LOCATION', `3 Stile Cottages`],
    ['LOCATION', `Much Wenlock`],
  ),
  s(
    `VPN anomaly: account "h.okafor" authenticated from 2a02:c7f:8e14:aa00::1b and from 102.89.34.17 within five minutes. MFA push approved both times. Contact user Hauwa Okafor.`,
    ['ID', `h.okafor`],
    ['IP', `2a02:c7f:8e14:aa00::1b`],
    ['IP', `102.89.34.17`],
    ['NAME', `Hauwa Okafor`],
  ),
  s(
    `Discharge checklist for Mr Paulo Tuimavave: meds explained (yes), TTOs given (yes), transport booked to 6 Kaponga Pl, Porirua (yes), GP letter sent (yes), follow-up 18/12 (yes).`,
    ['NAME', `Paulo Tuimavave`],
    ['LOCATION', `6 Kaponga Pl`],
    ['LOCATION', `Porirua`],
    ['DATE', `18/12`],
  ),
  s(
    `Hi Sam, can you let Dr Greenberg know that Mrs Esther Blum (bed 14) wants to speak to Rabbi Feldman before her procedure tomorrow? Her son Avi will bring kosher meals.`,
    ['NAME', `Sam`],
    ['NAME', `Greenberg`],
    ['NAME', `Esther Blum`],
    ['NAME', `Feldman`],
    ['NAME', `Avi`],
  ),
  s(
    `Case transfer: child A.B. (DOB 11/2016) moving from Cardiff to Newport. Previous social worker: Carys Powell. New allocated worker to be confirmed.`,
    ['NAME', `A.B.`],
    ['DATE', `11/2016`],
    ['LOCATION', `Cardiff`],
    ['LOCATION', `Newport`],
    ['NAME', `Carys Powell`],
  ),
];
