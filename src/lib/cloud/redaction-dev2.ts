import type { LabelledSentence } from './redaction-set';

/*
 * Second hand-written development set. Every person, address and number below is invented; numbers that
 * carry a check digit (NPI, VIN, card, IBAN, NHS/CHI, SIN, BSN, NIR, PPSN, DEA, IMEI, Aadhaar, Medicare)
 * were given a valid one, except where a sentence deliberately shows an invalid number that must not be labelled.
 * Written blind to the masking rules and to the other sets.
 */

type Kind = LabelledSentence['expected'][number]['kind'];
type Found = [Kind, string];

function s(text: string, ...found: Found[]): LabelledSentence {
  return { text, expected: found.map(([kind, t]) => ({ kind, text: t })) };
}

export const dev2Set: LabelledSentence[] = [
  // ── Hospital and clinic ──────────────────────────────────────────────────────────────
  s(`DISCHARGE SUMMARY
Patient: OKONKWO, Chukwuemeka    DOB: 14/02/1958    Hosp No: RLH0047821
Admitted: 02/03/2024    Discharged: 09/03/2024
Consultant: Dr Sarah Lindqvist (Cardiology)
Diagnosis: NSTEMI. PCI to LAD with 1 x DES. Continue ticagrelor 90 mg BD for 12 months, atorvastatin 80 mg ON.`,
    ['NAME', 'OKONKWO, Chukwuemeka'], ['DATE', '14/02/1958'], ['MRN', 'RLH0047821'], ['DATE', '02/03/2024'],
    ['DATE', '09/03/2024'], ['NAME', 'Sarah Lindqvist']),
  s(`Riverside Medical Practice
14 Mill Road, Cambridge CB1 2AD
Tel: 01223 555 014   Fax: 01223 555 015

Dear Dr Mbeki,
Re: Mrs Agnieszka Wiśniewska, DOB 3 July 1949, NHS No. 485 777 3457, of Flat 2, 61 Histon Road, Cambridge CB4 3JD

Thank you for seeing this pleasant 74-year-old lady with worsening exertional breathlessness over the last 6 weeks.

Yours sincerely,
Dr Imran Qureshi (GP, GMC 7043812)`,
    ['LOCATION', '14 Mill Road'], ['LOCATION', 'Cambridge'], ['LOCATION', 'CB1 2AD'], ['PHONE', '01223 555 014'],
    ['PHONE', '01223 555 015'], ['NAME', 'Mbeki'], ['NAME', 'Agnieszka Wiśniewska'], ['DATE', '3 July 1949'],
    ['MRN', '485 777 3457'], ['LOCATION', 'Flat 2, 61 Histon Road'], ['LOCATION', 'Cambridge'], ['LOCATION', 'CB4 3JD'],
    ['NAME', 'Imran Qureshi'], ['LICENSE', '7043812']),
  s(`Handover 07:30 – Ward 7B
• Bed 3 – Mr Tadeusz Kowalczyk, 91, post-op day 2 #NOF, NEWS2 3, on 2L O2. Daughter Ewa (07700 900 418) to ring after 10.
• Bed 5 – Mrs Fatima Al-Sayed, 68, COPD exacerbation, sats target 88–92%.
• Bed 8 – Bernadette "Bunny" O'Shea, confused overnight, 4AT 5, cannula re-sited.`,
    ['NAME', 'Tadeusz Kowalczyk'], ['AGE', '91'], ['NAME', 'Ewa'], ['PHONE', '07700 900 418'], ['NAME', 'Fatima Al-Sayed'],
    ['NAME', `Bernadette "Bunny" O'Shea`]),
  s(`PAT1ENT REG1STRATION FORM
Surname: NAKAMURA      Forename(s): Hiroshi
D0B: 19/08/l962        Sex: M
Address: 4-12-7 Jingumae, Shibuya-ku, Tokyo 150-0001
Tel: 090-3482-7716
Next of kin: 中村 由美 (wife)`,
    ['NAME', 'NAKAMURA'], ['NAME', 'Hiroshi'], ['DATE', '19/08/l962'], ['LOCATION', '4-12-7 Jingumae'],
    ['LOCATION', 'Shibuya-ku'], ['LOCATION', 'Tokyo'], ['LOCATION', '150-0001'], ['PHONE', '090-3482-7716'],
    ['NAME', '中村 由美']),
  s(`LABORATORY REPORT   Collected 11-Jan-2024 08:14
Patient: Lê Thị Hoa    MRN 00812736    Sex F    Age 93Y
Ordering clinician: Nguyen, Bao MD (NPI 1546739214)
Hb 98 g/L (L)  WCC 11.2  Plt 402  Na 131 (L)  K 5.4 (H)  Creat 142 µmol/L  eGFR 29`,
    ['DATE', '11-Jan-2024'], ['NAME', 'Lê Thị Hoa'], ['MRN', '00812736'], ['AGE', '93'], ['NAME', 'Nguyen, Bao'],
    ['NPI', '1546739214']),
  s(`pt in bay 4 (Mr Singh) asking for his son Gurpreet, number on the board is 07911 123 456`,
    ['NAME', 'Singh'], ['NAME', 'Gurpreet'], ['PHONE', '07911 123 456']),
  s(`Rx — Dr. Alejandro Ruiz-Tagle, MD    DEA BM4829137    NPI 1662018476
Patient: María José Fernández Ortega    DOB 05/22/1987
Address: 2215 W Cermak Rd Apt 3F, Chicago, IL 60608
Sertraline 50 mg tab — 1 PO daily — #30 — refills: 2`,
    ['NAME', 'Alejandro Ruiz-Tagle'], ['LICENSE', 'BM4829137'], ['NPI', '1662018476'],
    ['NAME', 'María José Fernández Ortega'], ['DATE', '05/22/1987'], ['LOCATION', '2215 W Cermak Rd Apt 3F'],
    ['LOCATION', 'Chicago'], ['LOCATION', '60608']),
  s(`MRI safety: patient has a Medtronic Azure XT DR MRI SureScan pacemaker, serial RNB602184S, implanted at St George's on 12/09/2019. Please confirm MR-conditional settings with cardiac physiology before the scan.`,
    ['DEVICE', 'RNB602184S'], ['DATE', '12/09/2019']),
  s(`Diabetes clinic: Aroha Ngata, 16, from Rotorua — Tandem t:slim X2 pump SN 1072834 with Dexcom G7; time in range 58%, HbA1c 64 mmol/mol.`,
    ['NAME', 'Aroha Ngata'], ['LOCATION', 'Rotorua'], ['DEVICE', '1072834']),
  s(`Mrs Edith Blackwood (ninety-four) remains comfortable on the syringe driver; her great-nephew Callum visited on the 21st and asked again about her DNACPR form.`,
    ['NAME', 'Edith Blackwood'], ['AGE', 'ninety-four'], ['NAME', 'Callum'], ['DATE', 'the 21st']),
  s(`Baby girl born 02:14 on 17.04.2024 to Ngozi Adeyemi-Bello (G2P1), 3.42 kg, Apgar 9 and 10. Father: Tunde Bello. Home address 27 Allen Avenue, Ikeja, Lagos.`,
    ['DATE', '17.04.2024'], ['NAME', 'Ngozi Adeyemi-Bello'], ['NAME', 'Tunde Bello'], ['LOCATION', '27 Allen Avenue'],
    ['LOCATION', 'Ikeja'], ['LOCATION', 'Lagos']),
  s(`Pt found on floor of his kitchen at 1511 3rd Ave, Seattle. Caller (neighbour, Denise) callback 206-555-0142. GCS 13, BM 2.9, given 10% dextrose.`,
    ['LOCATION', '1511 3rd Ave'], ['LOCATION', 'Seattle'], ['NAME', 'Denise'], ['PHONE', '206-555-0142']),
  s(`From: Priya Raman <p.raman@northgateclinic.org>
Sent: Tuesday, 5 March 2024 16:02
To: Billing <billing@northgateclinic.org>
Subject: RE: pt balance query

Can you look at acct 77031-0045 for Mr. Dwayne "DJ" Jackson? He says Aetna paid in full.

> On 4 Mar 2024, at 09:11, Billing wrote:
> His member ID is W284619037 and the claim was denied as out of network.

Priya Raman, RN | Care Coordinator | (404) 555-0178 ext. 12`,
    ['NAME', 'Priya Raman'], ['EMAIL', 'p.raman@northgateclinic.org'], ['DATE', '5 March 2024'],
    ['EMAIL', 'billing@northgateclinic.org'], ['ACCOUNT', '77031-0045'], ['NAME', 'Dwayne "DJ" Jackson'],
    ['DATE', '4 Mar 2024'], ['ACCOUNT', 'W284619037'], ['NAME', 'Priya Raman'], ['PHONE', '(404) 555-0178']),
  s(`Pt is a 102yo female from Ballymena, lives alone, hx AF on apixaban 2.5 mg BD, independent with a stick.`,
    ['AGE', '102'], ['LOCATION', 'Ballymena']),
  s(`Dr Kaur: And who's at home with you, Marcus?
Pt: Just me and my mum. Well, and Keisha when she's not at her dad's in Croydon.
Dr Kaur: Okay. And your mum's number is still 020 7946 0321?
Pt: Yeah, same.`,
    ['NAME', 'Kaur'], ['NAME', 'Marcus'], ['NAME', 'Keisha'], ['LOCATION', 'Croydon'], ['NAME', 'Kaur'],
    ['PHONE', '020 7946 0321']),
  s(`CT HEAD WITHOUT CONTRAST — Pt: BERGSTRÖM, Lars-Erik — Exam date 2023-11-30 — Indication: fall, on warfarin, INR 3.4. No acute intracranial haemorrhage. Reported by Dr. Yuki Tanaka-Weiss, FRCR.`,
    ['NAME', 'BERGSTRÖM, Lars-Erik'], ['DATE', '2023-11-30'], ['NAME', 'Yuki Tanaka-Weiss']),
  s(`Employee: Siobhán Ní Bhriain, staff no. 40217, reviewed 14th Feb; fit for restricted duties, no lifting over 10 kg until review on 6 March.`,
    ['NAME', 'Siobhán Ní Bhriain'], ['ID', '40217'], ['DATE', '14th Feb'], ['DATE', '6 March']),
  s(`Child: Mateo Alvarez-Reyes   DOB: 08/15/2021   MMR #1 given 08/16/2022, lot Y003721, L thigh, by RN Jo Whitfield.`,
    ['NAME', 'Mateo Alvarez-Reyes'], ['DATE', '08/15/2021'], ['DATE', '08/16/2022'], ['NAME', 'Jo Whitfield']),
  s(`Hi this is Carol from St Luke's hospice, mum settled overnight, Dr Abebe will review ~11. Call the ward on 0161 496 0732 anytime x`,
    ['NAME', 'Carol'], ['NAME', 'Abebe'], ['PHONE', '0161 496 0732']),
  s(`Patient Chen Wei-Ling (陳蔚玲), chart 55-10293, attended 9/4 for RCT on tooth 36; next appt 23/4 at Harbour Dental, 88 Queen's Road Central, Sheung Wan.`,
    ['NAME', 'Chen Wei-Ling'], ['NAME', '陳蔚玲'], ['MRN', '55-10293'], ['DATE', '9/4'], ['DATE', '23/4'],
    ['LOCATION', `88 Queen's Road Central`], ['LOCATION', 'Sheung Wan']),
  s(`Detained under s.2 MHA on 30/10/2023 at 23:40; AMHP Ruth Adebayo-Clarke. Nearest relative is her brother, Desmond Clarke, 12 Elm Grove, Peckham, London SE15 5DE.`,
    ['DATE', '30/10/2023'], ['NAME', 'Ruth Adebayo-Clarke'], ['NAME', 'Desmond Clarke'], ['LOCATION', '12 Elm Grove'],
    ['LOCATION', 'Peckham'], ['LOCATION', 'London'], ['LOCATION', 'SE15 5DE']),
  s(`Histology (Mr R.T. Osei): tubular adenoma with low-grade dysplasia, margins clear. Surveillance colonoscopy in 3 years per BSG guidance.`,
    ['NAME', 'R.T. Osei']),
  s(`ICD check: Boston Scientific RESONATE EL, model D433, SN 231847; RA lead model 7841, RV lead model 0692; battery 9.2 years. Remote monitoring via LATITUDE communicator SN 6528104.`,
    ['DEVICE', '231847'], ['DEVICE', '6528104']),
  s(`Audiology: Phonak Audéo Lumity L90 fitted bilaterally, serials 2318X0417 (L) and 2318X0452 (R). Mr Gopal Venkataraman prefers a Tamil-speaking interpreter.`,
    ['DEVICE', '2318X0417'], ['DEVICE', '2318X0452'], ['NAME', 'Gopal Venkataraman']),
  s(`Paciente: Dña. Carmen Ruiz de Alda, 96 años, natural de Cáceres, ingresa el 12 de enero de 2024 por neumonía basal derecha. Hija: Lucía (tel. 612 345 789).`,
    ['NAME', 'Carmen Ruiz de Alda'], ['AGE', '96'], ['LOCATION', 'Cáceres'], ['DATE', '12 de enero de 2024'],
    ['NAME', 'Lucía'], ['PHONE', '612 345 789']),
  s(`Mme Hélène Dubois-Lefèvre, née le 14/03/1969 à Marseille, n° de sécurité sociale 2 69 03 13 055 088 07, est suivie au CHU pour une sclérose en plaques.`,
    ['NAME', 'Hélène Dubois-Lefèvre'], ['DATE', '14/03/1969'], ['LOCATION', 'Marseille'], ['SSN', '2 69 03 13 055 088 07']),
  s(`Patientin: Frau Ingrid Müller-Schönberg, geb. 23.09.1928, wohnhaft Lindenstraße 14, 10969 Berlin. Hausarzt: Dr. med. Jörg Hartmann.`,
    ['NAME', 'Ingrid Müller-Schönberg'], ['DATE', '23.09.1928'], ['LOCATION', 'Lindenstraße 14'], ['LOCATION', '10969'],
    ['LOCATION', 'Berlin'], ['NAME', 'Jörg Hartmann']),
  s(`Pt's husband Bill rang — asks that we stop calling the landline and use his mobile +1 (415) 555-0193 instead.`,
    ['NAME', 'Bill'], ['PHONE', '+1 (415) 555-0193']),
  s(`Patient Shri Ramesh Chandra Iyer, 67 yrs, UHID MH2024/118374, resident of B-402 Lotus Heights, Andheri East, Mumbai 400069. Son Karthik, mob. +91 98200 41736.`,
    ['NAME', 'Ramesh Chandra Iyer'], ['MRN', 'MH2024/118374'], ['LOCATION', 'B-402 Lotus Heights'],
    ['LOCATION', 'Andheri East'], ['LOCATION', 'Mumbai'], ['LOCATION', '400069'], ['NAME', 'Karthik'],
    ['PHONE', '+91 98200 41736']),
  s(`Referral for Mr Abdullah bin Khalid Al-Otaibi, 58, from Riyadh; Iqama 2417365980. Please contact his nephew Faisal on +966 50 123 4567 to arrange transport.`,
    ['NAME', 'Abdullah bin Khalid Al-Otaibi'], ['LOCATION', 'Riyadh'], ['ID', '2417365980'], ['NAME', 'Faisal'],
    ['PHONE', '+966 50 123 4567']),
  s(`환자 김민준 (Kim Min-jun), 1985년 3월 7일생, was seen in A&E after a cycling accident; no loss of consciousness.`,
    ['NAME', '김민준'], ['NAME', 'Kim Min-jun'], ['DATE', '1985년 3월 7일']),
  s(`患者王秀英，女，91岁，住址：上海市徐汇区漕溪北路88号，因反复胸闷入院。`,
    ['NAME', '王秀英'], ['AGE', '91'], ['LOCATION', '上海市'], ['LOCATION', '徐汇区'], ['LOCATION', '漕溪北路88号']),
  s(`Seen at home in Hastings with Mr Hemi Te Kanawa and his whānau; goal is to walk to the marae by Christmas. Frame and perching stool issued.`,
    ['LOCATION', 'Hastings'], ['NAME', 'Hemi Te Kanawa']),
  s(`MARTINEZ, ROSA I    DOB 11/30/1944
METFORMIN 500MG TAB — TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS
Dr. A. PATEL    Qty 60    Refills: 3
Walgreens #04417, 1200 N Main St, Santa Ana CA 92701  (714) 555-0126`,
    ['NAME', 'MARTINEZ, ROSA I'], ['DATE', '11/30/1944'], ['NAME', 'A. PATEL'], ['LOCATION', '1200 N Main St'],
    ['LOCATION', 'Santa Ana'], ['LOCATION', '92701'], ['PHONE', '(714) 555-0126']),
  s(`Twin 1 (Baby Boy Oyelaran) 1.9 kg and Twin 2 2.1 kg, born at 34+2 weeks on 3rd June 2023; mother Folasade Oyelaran, MRN 3384715 (twins 3384716 / 3384717).`,
    ['NAME', 'Oyelaran'], ['DATE', '3rd June 2023'], ['NAME', 'Folasade Oyelaran'], ['MRN', '3384715'],
    ['MRN', '3384716'], ['MRN', '3384717']),
  s(`Walk-in, 19M, lac to L hand from glass, tetanus status unknown, GCS 15, obs stable, mum Tracy-Ann waiting in reception.`,
    ['NAME', 'Tracy-Ann']),
  s(`Child protection: Jayden-Lee Cartwright (DOB 29/02/2020) attended with unexplained bruising to both upper arms; on-call social worker Abimbola Oduya informed at 21:15, ref CP-24-00913.`,
    ['NAME', 'Jayden-Lee Cartwright'], ['DATE', '29/02/2020'], ['NAME', 'Abimbola Oduya'], ['ID', 'CP-24-00913']),
  s(`cc: Mr Li Qiang (patient), 3/27 Bourke Street, Surry Hills NSW 2010
    Dr Anne-Marie O'Connell, GP, Crown Street Medical, Surry Hills
    Medicare No. 2950 18364 1`,
    ['NAME', 'Li Qiang'], ['LOCATION', '3/27 Bourke Street'], ['LOCATION', 'Surry Hills'], ['LOCATION', '2010'],
    ['NAME', `Anne-Marie O'Connell`], ['LOCATION', 'Surry Hills'], ['ACCOUNT', '2950 18364 1']),
  s(`Pedigree: proband Miriam Katz (III-2); mother Ruth (II-3, died aged 52 of breast cancer); maternal aunt Esther (II-4) is a known BRCA1 c.68_69delAG carrier.`,
    ['NAME', 'Miriam Katz'], ['NAME', 'Ruth'], ['NAME', 'Esther']),
  s(`Transfer: Mrs Morag MacLeod, CHI 0508911001, DOB 05/08/1991, from Raigmore to Ninewells for neurosurgical review; she lives in Inverness with her partner.`,
    ['NAME', 'Morag MacLeod'], ['MRN', '0508911001'], ['DATE', '05/08/1991'], ['LOCATION', 'Inverness']),
  s(`CPAP download: ResMed AirSense 11, device SN 23201847562, average use 6 h 12 min, AHI 3.1. Patient Mr Delroy Campbell-Fraser, DOB 17/11/1971.`,
    ['DEVICE', '23201847562'], ['NAME', 'Delroy Campbell-Fraser'], ['DATE', '17/11/1971']),
  s(`Bedside monitor in Bay 2 (IntelliVue MX750) dropped off the central station — IP 10.42.17.203, MAC 00:1B:44:11:3A:B7. Patient in that bed is Mrs Oduya, so telemetry is being watched locally.`,
    ['IP', '10.42.17.203'], ['DEVICE', '00:1B:44:11:3A:B7'], ['NAME', 'Oduya']),
  s(`S: Mr Finn Ó Dálaigh, 45, bed 14, central chest pain
B: Known to Dr Varga's team, last echo 3 Jan, EF 35%
A: Trop 48 → 112, dynamic ST changes in V4–V6
R: Please review within 30 mins`,
    ['NAME', 'Finn Ó Dálaigh'], ['NAME', 'Varga'], ['DATE', '3 Jan']),
  s(`Our beloved Nana, Iris Mae Cunningham, passed away peacefully at Willow Lodge on the 3rd of March, just weeks after her 100th birthday.`,
    ['NAME', 'Iris Mae Cunningham'], ['DATE', 'the 3rd of March'], ['AGE', '100th']),
  s(`Consent for medical photography: I, Thabo Mokoena, agree that photographs of my left foot ulcer may be used for teaching.
Signed: T. Mokoena    Date: 21/05/24    Witness: Sr. Naledi Khumalo`,
    ['NAME', 'Thabo Mokoena'], ['NAME', 'T. Mokoena'], ['DATE', '21/05/24'], ['NAME', 'Naledi Khumalo']),
  s(`Eligibility verified: Walter Kowalski, Medicare MBI 5HN7-WQ2-CT48, Part A effective 07/01/2019; secondary Humana Gold Plus, member ID HUM448201739.`,
    ['NAME', 'Walter Kowalski'], ['ACCOUNT', '5HN7-WQ2-CT48'], ['DATE', '07/01/2019'], ['ACCOUNT', 'HUM448201739']),
  s(`NHS number 401 023 2137 does not match PDS for Ms Kezia Obeng-Mensah — please check her DOB (we have 30.01.1996).`,
    ['MRN', '401 023 2137'], ['NAME', 'Kezia Obeng-Mensah'], ['DATE', '30.01.1996']),
  s(`The letter template still reads "NHS No. 123 456 7890" — replace it with the patient's real number before the letter goes out.`),
  s(`Results for Gloria Estrada are ready at https://portal.lakesidehealth.org/r/7Hk2QpX9 (the link expires in 72 hours).`,
    ['NAME', 'Gloria Estrada'], ['URL', 'https://portal.lakesidehealth.org/r/7Hk2QpX9']),
  s(`Encaminho a Sra. Maria da Conceição Ferreira dos Santos, 92 anos, moradora da Rua das Laranjeiras, 118, Laranjeiras, Rio de Janeiro, CEP 22240-003, para avaliação geriátrica.`,
    ['NAME', 'Maria da Conceição Ferreira dos Santos'], ['AGE', '92'], ['LOCATION', 'Rua das Laranjeiras, 118'],
    ['LOCATION', 'Laranjeiras'], ['LOCATION', 'Rio de Janeiro'], ['LOCATION', '22240-003']),
  s(`Sig.ra Giuseppina Esposito, nata a Napoli il 15/08/1933, ricoverata in Medicina il 2 febbraio; la figlia Anna chiede di essere chiamata al 333 184 7290.`,
    ['NAME', 'Giuseppina Esposito'], ['LOCATION', 'Napoli'], ['DATE', '15/08/1933'], ['DATE', '2 febbraio'],
    ['NAME', 'Anna'], ['PHONE', '333 184 7290']),
  s(`Cliënt: dhr. Jan-Willem van den Berg, BSN 304298177, geboren 11-11-1950 te Utrecht; huisarts dr. E. de Vries.`,
    ['NAME', 'Jan-Willem van den Berg'], ['SSN', '304298177'], ['DATE', '11-11-1950'], ['LOCATION', 'Utrecht'],
    ['NAME', 'E. de Vries']),
  s(`Beteg: Nagy Zsófia (szül.: 1941.03.03), lakcím: Piac utca 20, Debrecen. Diagnózis: pitvarfibrilláció.`,
    ['NAME', 'Nagy Zsófia'], ['DATE', '1941.03.03'], ['LOCATION', 'Piac utca 20'], ['LOCATION', 'Debrecen']),
  s(`Pt Kowalczyk asks to be called "Teddy" not Tadeusz pls, he gets upset otherwise`,
    ['NAME', 'Kowalczyk'], ['NAME', 'Teddy'], ['NAME', 'Tadeusz']),
  s(`Message for Dr Ansah from pharmacy: the clozapine for Mr Peterkin can't be released until his FBC from 18/06 is uploaded.`,
    ['NAME', 'Ansah'], ['NAME', 'Peterkin'], ['DATE', '18/06']),
  s(`Ward 6 key contacts
- Matron: Comfort Asamoah, 07700 900 562
- Ward clerk: Lesley "Les" Gault, ward6@nhs.example
- Discharge coordinator: Mohammed Iqbal, 07700 900 187
- Chaplain: Rev. Canon Philippa Yeo`,
    ['NAME', 'Comfort Asamoah'], ['PHONE', '07700 900 562'], ['NAME', 'Lesley "Les" Gault'], ['EMAIL', 'ward6@nhs.example'],
    ['NAME', 'Mohammed Iqbal'], ['PHONE', '07700 900 187'], ['NAME', 'Philippa Yeo']),
  s(`Daughter reports Dad (Mr Venkat Rao, 90) fell at home at 3am on the 14th and lay on the floor till 7; he lives alone at 12 Wattle Crescent, Glen Waverley VIC 3150.`,
    ['NAME', 'Venkat Rao'], ['AGE', '90'], ['DATE', 'the 14th'], ['LOCATION', '12 Wattle Crescent'],
    ['LOCATION', 'Glen Waverley'], ['LOCATION', '3150']),
  // clinical, nothing to find
  s(`Started apixaban 5 mg BD; CHA2DS2-VASc 4, HAS-BLED 2. Recheck U&Es in 2 weeks and review at the AF clinic on a Tuesday afternoon.`),
  s(`Parkinson's disease nurse to review levodopa timing; consider Duodopa if motor fluctuations persist beyond 6 months. Hoehn and Yahr stage 3.`),
  s(`GCS 14/15 (E4 V4 M6), pupils 3 mm PERL, BM 6.8, temp 37.9 °C, HR 112, BP 98/61, RR 24, SpO2 91% on 4 L via nasal cannula.`),
  s(`Referral criteria for the Manchester Triage System pilot: adults over 65 with falls, a Rockwood Clinical Frailty Scale of 5 or more, or a Barthel index under 60.`),
  s(`Guillain-Barré syndrome was excluded: CSF protein 0.38 g/L, 2 cells. MRI whole spine on the Siemens MAGNETOM Vida 3T showed no cord signal change.`),
  s(`Patient is a 78-year-old retired teacher who lives with her husband in a bungalow, mobilises with a Zimmer frame, two steps to access, no package of care.`),
  s(`Post-op day 3 after a Whipple procedure: drain amylase 420 U/L, Creon 25,000 units with meals, Hickman line in situ, TPN weaning over 48 hours.`),
  s(`Epic downtime 02:00–04:00 on Sunday; use paper MARs and the red downtime box in Sister's office. The Cerner-to-Epic interface v3.2.7 will be redeployed afterwards.`),
  s(`Weight-based dosing: paracetamol 15 mg/kg QDS, max 60 mg/kg/day; ibuprofen 10 mg/kg TDS; above 90 kg use the adult maximum.`),
  s(`Edinburgh Postnatal Depression Scale score 14; referred to the perinatal mental health team. Mental Health Act 1983 Code of Practice, chapter 19, applies.`),
  s(`Bed state: Ward 21 has 4 side rooms free, Ward 9 is closed with norovirus, and the Discharge Lounge opens at 08:00 Monday to Friday.`),
  s(`Hashimoto's thyroiditis, TSH 8.4 mU/L, fT4 10.2 pmol/L; increase levothyroxine from 75 to 100 micrograms and repeat TFTs in 6–8 weeks.`),
  s(`Alder Hey and Great Ormond Street both accept referrals for the Ross procedure; the family prefers the nearer centre because of the Ramadan fast.`),
  // ── Law firms and courts ─────────────────────────────────────────────────────────────
  s(`IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF WASHINGTON

ROSALIND T. ABERNATHY, individually and as personal representative of the Estate of HAROLD J. ABERNATHY,
                    Plaintiff,
          v.
CASCADE MERIDIAN HEALTH SYSTEMS, INC.,
                    Defendant.

Case No. 2:24-cv-00817-RSM`,
    ['NAME', 'ROSALIND T. ABERNATHY'], ['NAME', 'HAROLD J. ABERNATHY'], ['ID', '2:24-cv-00817-RSM']),
  s(`IN THE FAMILY COURT                   Case No: LS23P01482
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF: AMELIA-ROSE HARGREAVES (A GIRL, DOB 12.06.2017)`,
    ['ID', 'LS23P01482'], ['NAME', 'AMELIA-ROSE HARGREAVES'], ['DATE', '12.06.2017']),
  s(`HARTLEY & NWOSU LLP — Solicitors
22 Park Row, Bristol BS1 5LJ | T 0117 496 0550 | enquiries@hartleynwosu.co.uk

Our ref: KN/PI/2291
Your ref: CLM/88471/23

Dear Sirs,
Our client: Mr Declan Fitzgerald — road traffic accident on 14 November 2023
We are instructed by the above-named in connection with injuries sustained when your insured's vehicle, registration KX19 HWT, collided with his bicycle on the A38.`,
    ['LOCATION', '22 Park Row'], ['LOCATION', 'Bristol'], ['LOCATION', 'BS1 5LJ'], ['PHONE', '0117 496 0550'],
    ['EMAIL', 'enquiries@hartleynwosu.co.uk'], ['ID', 'KN/PI/2291'], ['ID', 'CLM/88471/23'],
    ['NAME', 'Declan Fitzgerald'], ['DATE', '14 November 2023'], ['VEHICLE', 'KX19 HWT']),
  s(`I, Chidinma Grace Okafor, of 1418 Sunset Boulevard Unit 9, Los Angeles, California 90026, being duly sworn, depose and say that I am the mother of the minor child J.O., born on or about March 2015.`,
    ['NAME', 'Chidinma Grace Okafor'], ['LOCATION', '1418 Sunset Boulevard Unit 9'], ['LOCATION', 'Los Angeles'],
    ['LOCATION', '90026'], ['NAME', 'J.O.'], ['DATE', 'March 2015']),
  s(`Re: Ms Tesfanesh Gebremedhin, A-Number A213-458-907, DOB 01/01/1990 (as recorded by DHS), Ethiopian national; removal proceedings before Immigration Judge Walsh, Arlington Immigration Court.`,
    ['NAME', 'Tesfanesh Gebremedhin'], ['ID', 'A213-458-907'], ['DATE', '01/01/1990'], ['NAME', 'Walsh']),
  s(`Applicant: Oluwaseun Adeyemi. Passport No. 548213790 (Nigeria), valid until 2031; previous UK visa vignette P1047732 issued in Lagos.`,
    ['NAME', 'Oluwaseun Adeyemi'], ['ID', '548213790'], ['ID', 'P1047732'], ['LOCATION', 'Lagos']),
  s(`Before: The Honourable Mrs Justice Adeyinka-Ross DBE
Between: PAVEL NOVÁK (Claimant) and MERIDIAN LOGISTICS LTD (Defendant)
Hearing date: 8 July 2024`,
    ['NAME', 'Adeyinka-Ross'], ['NAME', 'PAVEL NOVÁK'], ['DATE', '8 July 2024']),
  s(`Q. Please state your full name for the record.
A. Lakshmi Venkatesan Pillai.
Q. And your address, Ms. Pillai?
A. 77 Maple Ridge Drive, Cary, North Carolina, 27519.
Q. Were you employed by Dr. Hoffman on September 3rd, 2021?
A. Yes, I was his office manager.`,
    ['NAME', 'Lakshmi Venkatesan Pillai'], ['NAME', 'Pillai'], ['LOCATION', '77 Maple Ridge Drive'], ['LOCATION', 'Cary'],
    ['LOCATION', '27519'], ['NAME', 'Hoffman'], ['DATE', 'September 3rd, 2021']),
  s(`I, BEATRIX ELOISE VAN DER MERWE, of 9 Kloof Street, Gardens, Cape Town 8001, declare this to be my last will. I leave my 1967 Mercedes-Benz W108 to my grandson Pieter-Jan, and my Persian cat Sultan to my neighbour Mrs Naidoo.`,
    ['NAME', 'BEATRIX ELOISE VAN DER MERWE'], ['LOCATION', '9 Kloof Street'], ['LOCATION', 'Gardens'],
    ['LOCATION', 'Cape Town'], ['LOCATION', '8001'], ['NAME', 'Pieter-Jan'], ['NAME', 'Naidoo']),
  s(`Statement of Witness — Name: Gareth Lloyd-Jones    Age: over 18    Occupation: bus driver
On Friday 2nd February 2024 at approx 17:45 I was driving the number 38 bus towards the city centre. Outside 212 Cowbridge Road East, Canton, a silver Ford Focus, registration CF67 XRT, pulled out in front of me.`,
    ['NAME', 'Gareth Lloyd-Jones'], ['DATE', '2nd February 2024'], ['LOCATION', '212 Cowbridge Road East'],
    ['LOCATION', 'Canton'], ['VEHICLE', 'CF67 XRT']),
  s(`IT IS ORDERED that the Respondent, Kwame Asante-Boateng, shall not come within 100 yards of the Petitioner, Abena Asante-Boateng, or her residence at 3306 Glenwood Ave, Raleigh, NC 27612, until further order of this Court. File No. 24 CVD 4418.`,
    ['NAME', 'Kwame Asante-Boateng'], ['NAME', 'Abena Asante-Boateng'], ['LOCATION', '3306 Glenwood Ave'],
    ['LOCATION', 'Raleigh'], ['LOCATION', '27612'], ['ID', '24 CVD 4418']),
  s(`From: Tomás Ó Briain <tobriain@obriainlaw.ie>
To: "Claire Ng" <claire.ng@ngpartners.com.sg>
Date: 11/06/2024
Subject: Estate of the late Mr Seán Ó Briain

Claire,
His PPS number was 8765432S. He lived at 14 Strand Road, Sandymount, Dublin D04 X2P8 until he moved to a nursing home in County Wicklow.
Regards,
Tomás`,
    ['NAME', 'Tomás Ó Briain'], ['EMAIL', 'tobriain@obriainlaw.ie'], ['NAME', 'Claire Ng'], ['EMAIL', 'claire.ng@ngpartners.com.sg'],
    ['DATE', '11/06/2024'], ['NAME', 'Seán Ó Briain'], ['NAME', 'Claire'], ['SSN', '8765432S'], ['LOCATION', '14 Strand Road'],
    ['LOCATION', 'Sandymount'], ['LOCATION', 'Dublin'], ['LOCATION', 'D04 X2P8'], ['LOCATION', 'County Wicklow'], ['NAME', 'Tomás']),
  s(`Client Mr. O'Malley-Vance called re custody hearing, moved to the 9th; opposing counsel is Rebecca Stein, Esq., (212) 555-0164.`,
    ['NAME', `O'Malley-Vance`], ['DATE', 'the 9th'], ['NAME', 'Rebecca Stein'], ['PHONE', '(212) 555-0164']),
  s(`Respectfully submitted,
/s/ Marisol Quintero-Baptiste
Marisol Quintero-Baptiste, State Bar No. 287461
QUINTERO LAW GROUP
501 W Broadway Suite 800, San Diego, CA 92101
mquintero@quinterolaw.com
Attorney for Plaintiff`,
    ['NAME', 'Marisol Quintero-Baptiste'], ['NAME', 'Marisol Quintero-Baptiste'], ['LICENSE', '287461'],
    ['LOCATION', '501 W Broadway Suite 800'], ['LOCATION', 'San Diego'], ['LOCATION', '92101'], ['EMAIL', 'mquintero@quinterolaw.com']),
  s(`NOTICE TO QUIT — To: Mr Babajide Ogunleye and all other occupiers of Flat 6, 40 Coldharbour Lane, London SE5 9NR. You are required to give up possession of the premises on or before 31 August 2024.`,
    ['NAME', 'Babajide Ogunleye'], ['LOCATION', 'Flat 6, 40 Coldharbour Lane'], ['LOCATION', 'London'], ['LOCATION', 'SE5 9NR'],
    ['DATE', '31 August 2024']),
  s(`R v Imran HUSSAIN — T20237041. The defendant is remanded in custody at HMP Pentonville, prison number A1234BC.`,
    ['NAME', 'Imran HUSSAIN'], ['ID', 'T20237041'], ['ID', 'A1234BC']),
  s(`Donor: Margaret Ann Pemberton-Hughes, born 28 January 1932, of 2 Chapel Lane, Little Snoring, Fakenham NR21 0JF. Attorneys: her sons Robert Pemberton-Hughes and Dr Giles Pemberton-Hughes, acting jointly and severally.`,
    ['NAME', 'Margaret Ann Pemberton-Hughes'], ['DATE', '28 January 1932'], ['LOCATION', '2 Chapel Lane'],
    ['LOCATION', 'Little Snoring'], ['LOCATION', 'Fakenham'], ['LOCATION', 'NR21 0JF'], ['NAME', 'Robert Pemberton-Hughes'],
    ['NAME', 'Giles Pemberton-Hughes']),
  s(`ONTARIO SUPERIOR COURT OF JUSTICE — Court File No. FS-23-00041872
BETWEEN: GENEVIÈVE TREMBLAY-NGUYEN, Applicant, and MARC-ANDRÉ TREMBLAY, Respondent
AFFIDAVIT OF THE APPLICANT, sworn 15 January 2024 at Ottawa`,
    ['ID', 'FS-23-00041872'], ['NAME', 'GENEVIÈVE TREMBLAY-NGUYEN'], ['NAME', 'MARC-ANDRÉ TREMBLAY'],
    ['DATE', '15 January 2024'], ['LOCATION', 'Ottawa']),
  s(`CLIENT INTAKE — CONFIDENTIAL
Name: Oleksandr Petrenko        Preferred name: Sasha
DOB: 1979-06-02                 Phone: +380 67 123 45 67 / 07700 900 731
Email: sasha.petrenko79@gmail.com
UK address: Flat B, 45 Victoria Road, Darlington DL1 5SF
Ukrainian passport FK448219; BRP ZR1234567
Matter: Homes for Ukraine sponsorship breakdown`,
    ['NAME', 'Oleksandr Petrenko'], ['NAME', 'Sasha'], ['DATE', '1979-06-02'], ['PHONE', '+380 67 123 45 67'],
    ['PHONE', '07700 900 731'], ['EMAIL', 'sasha.petrenko79@gmail.com'], ['LOCATION', 'Flat B, 45 Victoria Road'],
    ['LOCATION', 'Darlington'], ['LOCATION', 'DL1 5SF'], ['ID', 'FK448219'], ['ID', 'ZR1234567']),
  s(`Claimant: Ms Adaeze Nwachukwu
Respondent: Brightwater Care Homes Ltd
Case Number: 2304417/2023
Heard at: Croydon (by CVP)    On: 4 June 2024
Before: Employment Judge Hollis`,
    ['NAME', 'Adaeze Nwachukwu'], ['ID', '2304417/2023'], ['LOCATION', 'Croydon'], ['DATE', '4 June 2024'], ['NAME', 'Hollis']),
  s(`hi its jaylen from tuesday's consult. my court date got moved to 7/22 and the DA is Ms Harrington?? also my PO's number changed its 602-555-0187`,
    ['NAME', 'jaylen'], ['DATE', '7/22'], ['NAME', 'Harrington'], ['PHONE', '602-555-0187']),
  s(`Grant of Probate — Estate of Dorothy Evelyn Marsh, deceased, late of 18 Church Street, Ledbury HR8 1DW, who died on 2 February 2024 aged 97.`,
    ['NAME', 'Dorothy Evelyn Marsh'], ['LOCATION', '18 Church Street'], ['LOCATION', 'Ledbury'], ['LOCATION', 'HR8 1DW'],
    ['DATE', '2 February 2024'], ['AGE', '97']),
  s(`Sworn before me at Kraków this 12th day of April 2024 by Katarzyna Wróblewska-Nowak, identified by Polish identity card CKW 970215.`,
    ['LOCATION', 'Kraków'], ['DATE', '12th day of April 2024'], ['NAME', 'Katarzyna Wróblewska-Nowak'], ['ID', 'CKW 970215']),
  s(`SUBPOENA DUCES TECUM — To: Custodian of Records, Bayview Pharmacy, 2290 Mission St, San Francisco, CA 94110. You are commanded to produce all prescription records for Jerome T. Whitaker (DOB 04/17/1968) from January 1, 2019 to the present.`,
    ['LOCATION', '2290 Mission St'], ['LOCATION', 'San Francisco'], ['LOCATION', '94110'], ['NAME', 'Jerome T. Whitaker'],
    ['DATE', '04/17/1968'], ['DATE', 'January 1, 2019']),
  s(`Report on Ms Yetunde Afolabi prepared for Lawson Pryce Solicitors, instructed 3/1/2024 under CPR Part 35. The examination took place at Spire Leicester Hospital on 19/02/2024 and lasted 50 minutes.`,
    ['NAME', 'Yetunde Afolabi'], ['DATE', '3/1/2024'], ['DATE', '19/02/2024']),
  s(`Hi Mrs. Delgado-Fuentes,

Attached is the draft custody agreement. Please review section 4(b) on the holiday schedule (Thanksgiving alternates; Christmas Eve with mother in even years).

Best,
Jonah Feldstein | Associate
Feldstein & Moreau PLLC
1 Financial Plaza, 18th Floor, Hartford, CT 06103
D: 860-555-0112 | jfeldstein@fm-law.com
www.fm-law.com`,
    ['NAME', 'Delgado-Fuentes'], ['NAME', 'Jonah Feldstein'], ['LOCATION', '1 Financial Plaza'], ['LOCATION', 'Hartford'],
    ['LOCATION', '06103'], ['PHONE', '860-555-0112'], ['EMAIL', 'jfeldstein@fm-law.com'], ['URL', 'www.fm-law.com']),
  s(`03/14/2024    12    MOTION to Compel Discovery by Plaintiff Nkechi Obi. (Attachments: # 1 Exhibit A) (Okafor, Chidi) (Entered: 03/14/2024)`,
    ['DATE', '03/14/2024'], ['NAME', 'Nkechi Obi'], ['NAME', 'Okafor, Chidi'], ['DATE', '03/14/2024']),
  s(`SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
In re the Guardianship of Harold Eugene Pruitt, an Incapacitated Person, ninety-one years of age, residing at Sunrise of Bellevue, 15928 NE 8th St, Bellevue, Washington 98008.
No. 24-4-01127-1 SEA`,
    ['LOCATION', 'KING COUNTY'], ['NAME', 'Harold Eugene Pruitt'], ['AGE', 'ninety-one'], ['LOCATION', '15928 NE 8th St'],
    ['LOCATION', 'Bellevue'], ['LOCATION', '98008'], ['ID', '24-4-01127-1 SEA']),
  s(`原告 佐藤 健一（住所：世田谷区三軒茶屋2丁目14番5号）は、令和5年4月1日付けで被告との雇用契約を締結した。`,
    ['NAME', '佐藤 健一'], ['LOCATION', '世田谷区'], ['LOCATION', '三軒茶屋2丁目14番5号'], ['DATE', '令和5年4月1日']),
  s(`Истец: Иванова Мария Петровна, 12.05.1983 г.р., проживающая по адресу: г. Казань, ул. Баумана, д. 19, кв. 7.`,
    ['NAME', 'Иванова Мария Петровна'], ['DATE', '12.05.1983'], ['LOCATION', 'Казань'], ['LOCATION', 'ул. Баумана, д. 19, кв. 7']),
  s(`المدعي: محمد عبد الرحمن الزهراني، المقيم في جدة، هاتف 0501234567`,
    ['NAME', 'محمد عبد الرحمن الزهراني'], ['LOCATION', 'جدة'], ['PHONE', '0501234567']),
  s(`REPUBLIC OF THE PHILIPPINES
REGIONAL TRIAL COURT
National Capital Judicial Region
Branch 88, Quezon City

MARIA CLARA DELA CRUZ-SANTOS, Petitioner,
    – versus –
JOSE RIZALINO SANTOS, Respondent.
Civil Case No. R-QZN-23-04417-CV`,
    ['LOCATION', 'Quezon City'], ['NAME', 'MARIA CLARA DELA CRUZ-SANTOS'], ['NAME', 'JOSE RIZALINO SANTOS'], ['ID', 'R-QZN-23-04417-CV']),
  s(`Your Honour, my name is Bronwyn Tait and I am the mother of Liam Tait, who was killed on the 6th of December 2022 on State Highway 1 near Ōtaki.`,
    ['NAME', 'Bronwyn Tait'], ['NAME', 'Liam Tait'], ['DATE', 'the 6th of December 2022'], ['LOCATION', 'Ōtaki']),
  s(`Defendant: HOLLOWAY, TRAVIS JAMES    DL# H441-827-79-313-0 (FL)
Vehicle: 2017 Ram 1500, VIN 1C6RR7LT2HS604412, tag NRT-4417 (FL)
Breath results: .14 / .15 at 02:37 and 02:41`,
    ['NAME', 'HOLLOWAY, TRAVIS JAMES'], ['LICENSE', 'H441-827-79-313-0'], ['VEHICLE', '1C6RR7LT2HS604412'], ['VEHICLE', 'NRT-4417']),
  s(`Protected persons: Yasmin Haddad (adult), and the minor children L.H. (age 9) and S.H. (age 6).`,
    ['NAME', 'Yasmin Haddad'], ['NAME', 'L.H.'], ['NAME', 'S.H.']),
  s(`Legal Aid Agency ref 1002847361; certificate LA/24/118293 granted for Mr Kofi Mensah-Bonsu on 30/04/2024, limited to a final hearing.`,
    ['ID', '1002847361'], ['ID', 'LA/24/118293'], ['NAME', 'Kofi Mensah-Bonsu'], ['DATE', '30/04/2024']),
  s(`Yes — completion is Friday 26 April. Keys to be left with Lomond Estates, 4 High Street, Peebles EH45 8AG.
Hamish

> On Mon, 8 Apr 2024 at 10:02, Harriet Fairweather <h.fairweather@fairweatherlegal.co.uk> wrote:
> Hamish, can you confirm the completion date for 27 Thistle Way?`,
    ['DATE', '26 April'], ['LOCATION', '4 High Street'], ['LOCATION', 'Peebles'], ['LOCATION', 'EH45 8AG'], ['NAME', 'Hamish'],
    ['DATE', '8 Apr 2024'], ['NAME', 'Harriet Fairweather'], ['EMAIL', 'h.fairweather@fairweatherlegal.co.uk'], ['NAME', 'Hamish'],
    ['LOCATION', '27 Thistle Way']),
  s(`THE COURT: Mr. Abdirahman, how old are you?
THE DEFENDANT: Twenty-four, Your Honor.
THE COURT: And you live at 2801 Cedar Avenue South in Minneapolis?
THE DEFENDANT: Yes, sir.`,
    ['NAME', 'Abdirahman'], ['LOCATION', '2801 Cedar Avenue South'], ['LOCATION', 'Minneapolis']),
  s(`ICC Case No. 27841/HBH — Claimant: Al-Mansouri Trading LLC (Dubai) v. Respondent: Hoang Long Logistics JSC (Hanoi). Sole arbitrator: Prof. Dr. Ulrike Brandstätter.`,
    ['ID', '27841/HBH'], ['LOCATION', 'Dubai'], ['LOCATION', 'Hanoi'], ['NAME', 'Ulrike Brandstätter']),
  s(`DC Harding here re your burglary report (crime ref 42/118834/24). Can you send me the serial number of the stolen laptop? Call me on 01632 960 384.`,
    ['NAME', 'Harding'], ['ID', '42/118834/24'], ['PHONE', '01632 960 384']),
  s(`Witnesses to be called:
1. Fiona Ballantyne — 14 Beech Drive, Dundee DD2 1LQ — 07700 900 212
2. Sgt. Rory McAllister (Police Scotland, badge 4471)
3. Dr. Anjali Deshmukh, forensic pathologist`,
    ['NAME', 'Fiona Ballantyne'], ['LOCATION', '14 Beech Drive'], ['LOCATION', 'Dundee'], ['LOCATION', 'DD2 1LQ'],
    ['PHONE', '07700 900 212'], ['NAME', 'Rory McAllister'], ['ID', '4471'], ['NAME', 'Anjali Deshmukh']),
  s(`Ms Oyelowo-Hart's counsel, Mr Pryce KC, argued that the covenant was unenforceable; Judge Aldous-Wray reserved judgment.`,
    ['NAME', 'Oyelowo-Hart'], ['NAME', 'Pryce'], ['NAME', 'Aldous-Wray']),
  s(`This Lease is made on the 1st day of September, 2023 between Landlord Sunil Bhattacharya and Tenants Megan O'Rourke and Tyrell Washington for the premises at 812 Elmwood Ave Unit 2R, Buffalo, NY 14222.`,
    ['DATE', 'the 1st day of September, 2023'], ['NAME', 'Sunil Bhattacharya'], ['NAME', `Megan O'Rourke`],
    ['NAME', 'Tyrell Washington'], ['LOCATION', '812 Elmwood Ave Unit 2R'], ['LOCATION', 'Buffalo'], ['LOCATION', '14222']),
  s(`Smt. Kavitha Reddy w/o Sri Prakash Reddy, aged about 45 years, R/o H.No. 8-2-293/82, Road No. 12, Banjara Hills, Hyderabad - 500034.`,
    ['NAME', 'Kavitha Reddy'], ['NAME', 'Prakash Reddy'], ['LOCATION', '8-2-293/82, Road No. 12'], ['LOCATION', 'Banjara Hills'],
    ['LOCATION', 'Hyderabad'], ['LOCATION', '500034']),
  // legal, nothing to find
  s(`Under Rule 26(a)(1) of the Federal Rules of Civil Procedure, initial disclosures are due within 14 days after the Rule 26(f) conference unless the court orders otherwise.`),
  s(`The Sarbanes-Oxley Act and Dodd-Frank both contain whistleblower provisions; compare Section 806 with Section 922 before advising on the 180-day filing deadline.`),
  s(`Clare's Law lets a person ask the police whether a partner has a record of domestic abuse; Sarah's Law does the same for child sex offenders.`),
  s(`Form N-400 costs $760 to file online; applicants need 5 years of permanent residence, or 3 years if married to a US citizen.`),
  s(`Section 21 notices must be served on Form 6A; the Renters' Rights Bill would abolish no-fault evictions in England.`),
  s(`The Hague Convention on the Civil Aspects of International Child Abduction applies between the UK and Japan, but not between the UK and India.`),
  s(`Title VII of the Civil Rights Act of 1964 covers employers with 15 or more employees, the ADEA applies from 20, and the ADA threshold is also 15.`),
  s(`Lasting power of attorney forms LP1F and LP1H cost £82 each to register with the Office of the Public Guardian; registration currently takes up to 16 weeks.`),
  s(`Kendra's Law allows assisted outpatient treatment in New York State, while the Baker Act governs involuntary examination in Florida.`),
  s(`Exhibit 14 covers Bates range ABC000123–ABC000187; privilege log entries 1 through 42 were withheld under the work-product doctrine.`),
  s(`The Dublin III Regulation decides which member state examines an asylum claim; Brussels IIa covers cross-border custody within the EU.`),
  // ── Insurers ────────────────────────────────────────────────────────────────────────
  s(`Northfield Mutual Insurance
Claims Department, Columbus, OH 43216

June 3, 2024

Mr. and Mrs. Efrain Castellanos
6120 Whispering Pines Ct
Dublin, OH 43017

Re: Claim No. HO-24-0318827  |  Policy No. NMH 4471 2290 03  |  Date of Loss: 05/28/2024

Dear Mr. and Mrs. Castellanos,
We have received your report of hail damage to the roof at the above address. Your adjuster, Tamika Boone, will call you within 2 business days at (614) 555-0139.`,
    ['LOCATION', 'Columbus'], ['LOCATION', '43216'], ['DATE', 'June 3, 2024'], ['NAME', 'Efrain Castellanos'],
    ['LOCATION', '6120 Whispering Pines Ct'], ['LOCATION', 'Dublin'], ['LOCATION', '43017'], ['ID', 'HO-24-0318827'],
    ['ACCOUNT', 'NMH 4471 2290 03'], ['DATE', '05/28/2024'], ['NAME', 'Castellanos'], ['NAME', 'Tamika Boone'],
    ['PHONE', '(614) 555-0139']),
  s(`FNOL 06/11 14:22 — Insured: Priyanka Sharma-Lewis (pol 7Q-448-219-06). Veh 1: 2019 Toyota RAV4, VIN JTMW1RFV4KD045128, plate 8KLM442 (CA). Claimant driver: Oscar Villanueva, DL Y2843107 (CA), ph 310-555-0177. Loss location: 3400 W Olympic Blvd, Los Angeles. No injuries reported.`,
    ['DATE', '06/11'], ['NAME', 'Priyanka Sharma-Lewis'], ['ACCOUNT', '7Q-448-219-06'], ['VEHICLE', 'JTMW1RFV4KD045128'],
    ['VEHICLE', '8KLM442'], ['NAME', 'Oscar Villanueva'], ['LICENSE', 'Y2843107'], ['PHONE', '310-555-0177'],
    ['LOCATION', '3400 W Olympic Blvd'], ['LOCATION', 'Los Angeles']),
  s(`BENEFICIARY DESIGNATION
Insured: Ahmed Yusuf Farah      SSN: 527-44-1893      DOB: 12/09/1966
Primary beneficiary: Hodan Farah (spouse) — 100%
Contingent: Ayaan Farah, Sagal Farah (children) — 50% each
Address: 2440 Riverside Ave S Apt 1207, Minneapolis, MN 55454`,
    ['NAME', 'Ahmed Yusuf Farah'], ['SSN', '527-44-1893'], ['DATE', '12/09/1966'], ['NAME', 'Hodan Farah'], ['NAME', 'Ayaan Farah'],
    ['NAME', 'Sagal Farah'], ['LOCATION', '2440 Riverside Ave S Apt 1207'], ['LOCATION', 'Minneapolis'], ['LOCATION', '55454']),
  s(`From: Gwen Abernethy-Ross
To: SIU referrals
Subject: FW: suspicious prior losses — Claim 7700-1842-AU

Flagging this one. Claimant Dmitri Volkov has three prior water losses since 2019 at different addresses. Current loss at 58 Harbour View Rd, Mosman NSW 2088.

-----Original Message-----
From: Lachlan Whitby <lachlan.whitby@harbourinsure.com.au>
Sent: 19 March 2024 11:47
Can someone in SIU take a look? His mobile is 0412 884 305.`,
    ['NAME', 'Gwen Abernethy-Ross'], ['ID', '7700-1842-AU'], ['NAME', 'Dmitri Volkov'], ['LOCATION', '58 Harbour View Rd'],
    ['LOCATION', 'Mosman'], ['LOCATION', '2088'], ['NAME', 'Lachlan Whitby'], ['EMAIL', 'lachlan.whitby@harbourinsure.com.au'],
    ['DATE', '19 March 2024'], ['PHONE', '0412 884 305']),
  s(`WC Claim #: 24-WC-118302 | Employee: Luis Ángel Barrera | Employer: Sunbelt Roofing LLC | DOI: 02/13/2024 | Body part: lumbar spine | Treating MD: Dr. Nadia Haddad (NPI 1472583693) | TTD rate $612.40/wk`,
    ['ID', '24-WC-118302'], ['NAME', 'Luis Ángel Barrera'], ['DATE', '02/13/2024'], ['NAME', 'Nadia Haddad'], ['NPI', '1472583693']),
  s(`BLUE SHIELD PPO
Member: KIM, JOON HO
ID: XEH 8821 4407 1
RxBIN 004336
PCP: Dr. Ellen Marsh-Ito    Office copay $25    ER $250`,
    ['NAME', 'KIM, JOON HO'], ['ACCOUNT', 'XEH 8821 4407 1'], ['NAME', 'Ellen Marsh-Ito']),
  s(`Policy ETI-5518207 — Mrs Anwen Prydderch (age 91) and Mr Iestyn Prydderch (age 89), travelling to Málaga, departing 12 Feb and returning 26 Feb. Pre-existing conditions declared: AF, type 2 diabetes.`,
    ['ACCOUNT', 'ETI-5518207'], ['NAME', 'Anwen Prydderch'], ['AGE', '91'], ['NAME', 'Iestyn Prydderch'], ['LOCATION', 'Málaga'],
    ['DATE', '12 Feb'], ['DATE', '26 Feb']),
  s(`Agent: Thanks for calling Lumen Life, this is Derek. Can I take your policy number?
Caller: Yeah, it's LL-2290-4417-B.
Agent: And your date of birth?
Caller: Ninth of November, nineteen seventy-two.
Agent: Thank you, Ms. Abiodun-Hughes.`,
    ['NAME', 'Derek'], ['ACCOUNT', 'LL-2290-4417-B'], ['DATE', 'Ninth of November, nineteen seventy-two'], ['NAME', 'Abiodun-Hughes']),
  s(`Items stolen: MacBook Pro 14" (serial C02FK1ABMD6T), iPhone 15 (IMEI 350792440268595), Canon EOS R6 (serial 0321004417). Insured: Marguerite Okonjo.`,
    ['DEVICE', 'C02FK1ABMD6T'], ['DEVICE', '350792440268595'], ['DEVICE', '0321004417'], ['NAME', 'Marguerite Okonjo']),
  s(`Please pay the settlement of €18,450.00 to:
Account holder: Sophie Van Damme-Claes
IBAN: BE32 7877 8932 8792
BIC: GKCCBEBB`,
    ['NAME', 'Sophie Van Damme-Claes'], ['ACCOUNT', 'BE32 7877 8932 8792']),
  s(`Our insured, Mr Hiroshi Watanabe, was struck from behind by your insured, Ms Caitlin Brennan, on 14/09/2023 on a roundabout in Islington. Your ref MTR/09/4471825; our ref SUB-88210.`,
    ['NAME', 'Hiroshi Watanabe'], ['NAME', 'Caitlin Brennan'], ['DATE', '14/09/2023'], ['LOCATION', 'Islington'],
    ['ID', 'MTR/09/4471825'], ['ID', 'SUB-88210']),
  s(`EXPLANATION OF BENEFITS        Date: 04/02/24
Patient: RODRIGUEZ, ANA LUCIA    Subscriber ID: DLT0074418823
Provider: Smile Bright Family Dentistry, NPI 1937516023
D0120  Periodic oral evaluation   $65.00    Plan pays $52.00
D1110  Prophylaxis – adult        $110.00   Plan pays $88.00`,
    ['DATE', '04/02/24'], ['NAME', 'RODRIGUEZ, ANA LUCIA'], ['ACCOUNT', 'DLT0074418823'], ['NPI', '1937516023']),
  s(`Claim intimation: Insured Mr. Harpreet Singh Gill, Policy No. 3001/248817395/00/000, vehicle PB 10 HK 4471 (Maruti Swift Dzire), accident near Ludhiana on 17-03-2024. Surveyor: Er. Navdeep Kaur.`,
    ['NAME', 'Harpreet Singh Gill'], ['ACCOUNT', '3001/248817395/00/000'], ['VEHICLE', 'PB 10 HK 4471'], ['LOCATION', 'Ludhiana'],
    ['DATE', '17-03-2024'], ['NAME', 'Navdeep Kaur']),
  s(`Hi Mrs Whitcombe, Tom from Aviva here about your car claim — the courtesy car is booked for Thurs. Ref AV-CL-220417. Any q's ring 0800 051 4417`,
    ['NAME', 'Whitcombe'], ['NAME', 'Tom'], ['ID', 'AV-CL-220417'], ['PHONE', '0800 051 4417']),
  s(`Applicant discloses that his father (Gerald) died of an MI aged 54 and his mother (Joan) is alive at 93 with Alzheimer's disease.`,
    ['NAME', 'Gerald'], ['NAME', 'Joan'], ['AGE', '93']),
  s(`Claimant Evelyn Fairchild-Moss, 98, resides at Brookdale Memory Care, 4400 N Scottsdale Rd, Scottsdale, AZ 85251. Daily benefit $210. Power of attorney: her son-in-law, Reginald Okafor-Moss.`,
    ['NAME', 'Evelyn Fairchild-Moss'], ['AGE', '98'], ['LOCATION', '4400 N Scottsdale Rd'], ['LOCATION', 'Scottsdale'],
    ['LOCATION', '85251'], ['NAME', 'Reginald Okafor-Moss']),
  s(`I am writing to appeal the denial of claim #CL88420197 for my daughter, Ximena Paredes (member ID 9XK-204-7718), whose Dupixent was denied as not medically necessary on April 4th.`,
    ['ID', 'CL88420197'], ['NAME', 'Ximena Paredes'], ['ACCOUNT', '9XK-204-7718'], ['DATE', 'April 4th']),
  s(`Online claim submitted from IP 203.0.113.47 at 03:12; the same IP was used for claims under policies held by Kelechi Obi and Samuel Ayodele.`,
    ['IP', '203.0.113.47'], ['NAME', 'Kelechi Obi'], ['NAME', 'Samuel Ayodele']),
  s(`Portal login for user r.hakimi@outlook.com from 2001:db8:4f2e:1a::7c (Frankfurt) flagged as impossible travel — previous login 40 minutes earlier from Karachi.`,
    ['EMAIL', 'r.hakimi@outlook.com'], ['IP', '2001:db8:4f2e:1a::7c'], ['LOCATION', 'Frankfurt'], ['LOCATION', 'Karachi']),
  s(`Versicherter: Herr Dieter Schwarzkopf, Rentenversicherungsnummer 12 150367 M 045, wohnhaft in Regensburg; Antrag auf Erwerbsminderungsrente vom 02.05.2024.`,
    ['NAME', 'Dieter Schwarzkopf'], ['SSN', '12 150367 M 045'], ['LOCATION', 'Regensburg'], ['DATE', '02.05.2024']),
  s(`Claimant: Jean-Philippe Gagnon, SIN 130 957 111, of 1450 rue Sherbrooke Ouest, Montréal (Québec) H3G 1L5.`,
    ['NAME', 'Jean-Philippe Gagnon'], ['SSN', '130 957 111'], ['LOCATION', '1450 rue Sherbrooke Ouest'], ['LOCATION', 'Montréal'],
    ['LOCATION', 'H3G 1L5']),
  s(`From: claims@drivesure.example
To: Ngaire Whitu <ngaire.whitu@xtra.co.nz>
Subject: Your claim DS-NZ-771204

Kia ora Ngaire, we've booked your Mazda (rego KPL442) into Panel Pros, 12 Kahu Road, Ōtara, Auckland 2023 for Tuesday.`,
    ['EMAIL', 'claims@drivesure.example'], ['NAME', 'Ngaire Whitu'], ['EMAIL', 'ngaire.whitu@xtra.co.nz'], ['ID', 'DS-NZ-771204'],
    ['NAME', 'Ngaire'], ['VEHICLE', 'KPL442'], ['LOCATION', '12 Kahu Road'], ['LOCATION', 'Ōtara'], ['LOCATION', 'Auckland'],
    ['LOCATION', '2023']),
  s(`Name of deceased: Florence Adaeze Nnamdi    Date of death: 11/02/2024    Age at death: 101
Cause: 1a bronchopneumonia; 2 frailty of old age
Informant: Chiamaka Nnamdi (granddaughter), tel. 07700 900 874`,
    ['NAME', 'Florence Adaeze Nnamdi'], ['DATE', '11/02/2024'], ['AGE', '101'], ['NAME', 'Chiamaka Nnamdi'], ['PHONE', '07700 900 874']),
  s(`Applicants: Mr Rhys ap Gruffydd and Ms Carys Wyn Evans, joint mortgage account 2209441738, property 3 Ffordd y Môr, Aberaeron SA46 0BP.`,
    ['NAME', 'Rhys ap Gruffydd'], ['NAME', 'Carys Wyn Evans'], ['ACCOUNT', '2209441738'], ['LOCATION', '3 Ffordd y Môr'],
    ['LOCATION', 'Aberaeron'], ['LOCATION', 'SA46 0BP']),
  s(`Madame Aïcha Benali, nous accusons réception de votre déclaration de sinistre n° 2024-DEG-004417 du 3 avril 2024 concernant votre logement situé 17 rue des Lilas, 69003 Lyon.`,
    ['NAME', 'Aïcha Benali'], ['ID', '2024-DEG-004417'], ['DATE', '3 avril 2024'], ['LOCATION', '17 rue des Lilas'],
    ['LOCATION', '69003'], ['LOCATION', 'Lyon']),
  s(`Annual premium of £684.20 paid by Visa 4661 3186 0913 9090, exp 09/27. Cardholder: Mr Obinna Eze.`,
    ['ACCOUNT', '4661 3186 0913 9090'], ['NAME', 'Obinna Eze']),
  s(`Försäkringstagare: Signe Kristiansen, Storgatan 12, 903 26 Umeå. Djur: Bamse (labrador), 7 år.`,
    ['NAME', 'Signe Kristiansen'], ['LOCATION', 'Storgatan 12'], ['LOCATION', '903 26'], ['LOCATION', 'Umeå']),
  s(`Proposer Wiremu Parata, 52, BMI 33, smoker 10/day, HbA1c 49; GP is Dr Helen Tūhoe at Te Awamutu Health Centre.`,
    ['NAME', 'Wiremu Parata'], ['NAME', 'Helen Tūhoe']),
  s(`Claim 55-881204-X for Ms. Bùi Thị Lan is pending the police report from Garden Grove PD.`,
    ['ID', '55-881204-X'], ['NAME', 'Bùi Thị Lan']),
  s(`Stolen: black 2020 Honda Civic, reg. LD70 XWR, VIN SHHFK7H49LU204417. Both keys are with the owner, Ms Amara Chukwu, 15 Westfield Close, Reading RG6 7HX.`,
    ['VEHICLE', 'LD70 XWR'], ['VEHICLE', 'SHHFK7H49LU204417'], ['NAME', 'Amara Chukwu'], ['LOCATION', '15 Westfield Close'],
    ['LOCATION', 'Reading'], ['LOCATION', 'RG6 7HX']),
  s(`Member 4471829 (Bupa Extras) — Harrison Wu-Patterson, 14; orthodontic claim, item 881, $1,250.`,
    ['ACCOUNT', '4471829'], ['NAME', 'Harrison Wu-Patterson']),
  s(`ADJ: Okay, and, um, where were you coming from?
INS: From my sister Marisol's place in, uh, Kissimmee. She lives at 2750 Vineland Rd.
ADJ: Got it. And the other driver, did you get her name?
INS: Yeah, Brittany something. Brittany Hollister? I got her plate, it's Florida JBX-R42.`,
    ['NAME', 'Marisol'], ['LOCATION', 'Kissimmee'], ['LOCATION', '2750 Vineland Rd'], ['NAME', 'Brittany'],
    ['NAME', 'Brittany Hollister'], ['VEHICLE', 'JBX-R42']),
  s(`Settlement by bank transfer to Mme Léa Fontaine-Diallo, IBAN FR71 3000 4174 2180 9679 2908 142, reference of the loss 2024-AUTO-18845.`,
    ['NAME', 'Léa Fontaine-Diallo'], ['ACCOUNT', 'FR71 3000 4174 2180 9679 2908 142'], ['ID', '2024-AUTO-18845']),
  // insurance, nothing to find
  s(`Claim for Biscuit (Cocker Spaniel, 9 years): cruciate repair £3,840; excess £99 plus a 20% co-payment because she is over 8.`),
  s(`Form CMS-1500 box 24J needs the rendering provider's NPI; the UB-04 uses FL 56 for the billing provider.`),
  s(`The Affordable Care Act lets young adults stay on a parent's plan until they turn 26; COBRA continuation usually lasts 18 months.`),
  s(`Hurricane Ida and Storm Ciarán claims are handled by the catastrophe team; field adjusters are deployed in pairs for 14-day rotations.`),
  s(`Lloyd's syndicates 2987 and 4472 share the risk; the slip references the Institute Cargo Clauses (A) and a 72-hour clause.`),
  s(`Total-loss valuations use Glass's Guide and CAP HPI; salvage category S or N decides whether the car can go back on the road.`),
  s(`Medigap Plan G covers the Part A deductible but not the Part B deductible of $240; Plan N has copays of up to $20 per office visit.`),
  s(`Ageas, Admiral and Direct Line all quoted within £40 of each other; Hastings Direct was cheapest at £612.50 a year.`),
  // ── Schools, colleges, universities ─────────────────────────────────────────────────
  s(`Pupil: Olamide Bakare-Jones    Year 5, Class Kingfisher    UPN D823417260015
Olamide has made excellent progress in reading this term and now reads confidently at greater depth.`,
    ['NAME', 'Olamide Bakare-Jones'], ['ID', 'D823417260015'], ['NAME', 'Olamide']),
  s(`Dear Mr and Mrs Nakagawa-Smith,
I wanted to let you know that Haruto had a minor accident at lunchtime today (Wed 15 May) — he bumped his head on the climbing frame. He was checked by our first aider, Mrs Doyle, and seemed fine.
Kind regards,
Ms Bethany Achterberg
Class 3B Teacher, Hillcrest Primary School
b.achterberg@hillcrest.sch.uk`,
    ['NAME', 'Nakagawa-Smith'], ['NAME', 'Haruto'], ['DATE', '15 May'], ['NAME', 'Doyle'], ['NAME', 'Bethany Achterberg'],
    ['EMAIL', 'b.achterberg@hillcrest.sch.uk']),
  s(`Incident logged 09:14 by R. Mahmood (DSL)
Student: Kacper Zieliński (Y9, DOB 03/11/2010)
Kacper disclosed that his mum's partner, Dave, locked him out overnight on Sunday. He slept at a friend's (Tyler Brooks) at 41 Nightingale Road. Referral made to MASH at 10:02, ref MASH/24/33817.`,
    ['NAME', 'R. Mahmood'], ['NAME', 'Kacper Zieliński'], ['DATE', '03/11/2010'], ['NAME', 'Kacper'], ['NAME', 'Dave'],
    ['NAME', 'Tyler Brooks'], ['LOCATION', '41 Nightingale Road'], ['ID', 'MASH/24/33817']),
  s(`INDIVIDUALIZED EDUCATION PROGRAM
Student: Aaliyah Monroe-Baptiste    Student ID: 20418837    DOB: 7/14/2013    Grade: 5
School: Frederick Douglass Elementary    Case Manager: Ms. Renata Kowal
Parent/Guardian: Denise Monroe, (313) 555-0196, 18845 Greenlawn St, Detroit, MI 48221
Eligibility: Specific Learning Disability (reading); Section 504 plan discontinued.`,
    ['NAME', 'Aaliyah Monroe-Baptiste'], ['ID', '20418837'], ['DATE', '7/14/2013'], ['NAME', 'Renata Kowal'],
    ['NAME', 'Denise Monroe'], ['PHONE', '(313) 555-0196'], ['LOCATION', '18845 Greenlawn St'], ['LOCATION', 'Detroit'],
    ['LOCATION', '48221']),
  s(`Student No. 2211847 — Ms Zhao Yuxin (赵雨欣) has been granted an extension for module PSY2041 until 14:00 on 3rd May. Personal tutor: Dr Owain Pritchard.`,
    ['ID', '2211847'], ['NAME', 'Zhao Yuxin'], ['NAME', '赵雨欣'], ['DATE', '3rd May'], ['NAME', 'Owain Pritchard']),
  s(`hi miss jones its ellie-mae's mum, she won't be in today she's been sick all nite 🤢 will bring a note tmrw. thx, Kerry x`,
    ['NAME', 'jones'], ['NAME', 'ellie-mae'], ['NAME', 'Kerry']),
  s(`Dear Parent/Carer of Mohammed Al-Hashimi (Year 8), Mohammed's attendance this term is 84.2%, with 11 unauthorised sessions. Please contact our attendance officer, Mrs Parveen Akhtar, on 0121 496 0873.`,
    ['NAME', 'Mohammed Al-Hashimi'], ['NAME', 'Mohammed'], ['NAME', 'Parveen Akhtar'], ['PHONE', '0121 496 0873']),
  s(`WHOLE SCHOOL TRIP — CONSENT FORM
Child's name: Sebastián Ortega Villalobos      Class: 4R
Medical info: asthma (Ventolin inhaler), allergic to penicillin
Emergency contact 1: Gabriela Villalobos (mum) 07700 900 645
Emergency contact 2: Abuela Rosario 07700 900 646
Signed: G. Villalobos    Date: 02/05/2024`,
    ['NAME', 'Sebastián Ortega Villalobos'], ['NAME', 'Gabriela Villalobos'], ['PHONE', '07700 900 645'], ['NAME', 'Rosario'],
    ['PHONE', '07700 900 646'], ['NAME', 'G. Villalobos'], ['DATE', '02/05/2024']),
  s(`Re: Suspension — Declan Mulholland-Reid (DOB 22.09.2008). The headteacher, Mr A. Okonkwo, has decided to suspend Declan for 3 school days, from Monday 10 June to Wednesday 12 June inclusive.`,
    ['NAME', 'Declan Mulholland-Reid'], ['DATE', '22.09.2008'], ['NAME', 'A. Okonkwo'], ['NAME', 'Declan'], ['DATE', '10 June'],
    ['DATE', '12 June']),
  s(`Enrolment: Tjarra Wilson, Year 2, born 5 August 2016, living with her grandmother Aunty Dawn Wilson at 7 Boab Street, Kununurra WA 6743.`,
    ['NAME', 'Tjarra Wilson'], ['DATE', '5 August 2016'], ['NAME', 'Dawn Wilson'], ['LOCATION', '7 Boab Street'],
    ['LOCATION', 'Kununurra'], ['LOCATION', '6743']),
  s(`Annual Review — EHCP
Present: Mrs Hope Adeyinka (mother), Mr Will Brennan (SENCo), Faith Okoro (Educational Psychologist), Sunny Park (speech and language therapist)
Apologies: Dr Mark Sterling (community paediatrician)
1. Views of the child: Ayo says he likes maths and "hates the loud hall at lunch".`,
    ['NAME', 'Hope Adeyinka'], ['NAME', 'Will Brennan'], ['NAME', 'Faith Okoro'], ['NAME', 'Sunny Park'],
    ['NAME', 'Mark Sterling'], ['NAME', 'Ayo']),
  s(`I have taught Amira Haddad for two years in A-level Chemistry at Bishop Challoner Catholic School. She achieved an A* in her mock examinations and is predicted A*AA.`,
    ['NAME', 'Amira Haddad']),
  s(`Year 10 group chat screenshots: @lil_zay07 posted the photo of Priya and @mxrcus.k shared it; both accounts belong to pupils in 10G.`,
    ['ID', '@lil_zay07'], ['NAME', 'Priya'], ['ID', '@mxrcus.k']),
  s(`CAS number E4G7HJ2K8L9M0N1 for Mr Chukwudi Okeke (passport A08841723) — course start 23 September 2024, BSc Computer Science.`,
    ['ID', 'E4G7HJ2K8L9M0N1'], ['NAME', 'Chukwudi Okeke'], ['ID', 'A08841723'], ['DATE', '23 September 2024']),
  s(`Élève : Inès Belkacem, classe de 4e B, née le 9 mars 2010. Responsable légal : M. Karim Belkacem, 06 12 34 56 78, 8 allée des Tilleuls, 93200 Saint-Denis.`,
    ['NAME', 'Inès Belkacem'], ['DATE', '9 mars 2010'], ['NAME', 'Karim Belkacem'], ['PHONE', '06 12 34 56 78'],
    ['LOCATION', '8 allée des Tilleuls'], ['LOCATION', '93200'], ['LOCATION', 'Saint-Denis']),
  s(`Child: Lily-Grace Pemberton (2y 4m). Bite to left forearm from another child (not named, per policy) at 10:40. Parent informed at pick-up by key person Jade.`,
    ['NAME', 'Lily-Grace Pemberton'], ['NAME', 'Jade']),
  s(`Candidate number 4417, centre number 64213 — Ruby-Mae O'Dwyer; access arrangements: 25% extra time and a reader.`,
    ['ID', '4417'], ['NAME', `Ruby-Mae O'Dwyer`]),
  s(`Dear Prof. Eze-Williams, thank you — will Dr Halvorsen be the external examiner?
Best, Aleksander Nowicki (student ID 201688412)

On Thu, Mar 7, 2024 at 4:15 PM Prof. Ngozi Eze-Williams <n.eze-williams@uni-leeds.example> wrote:
> Dear Aleksander, your PhD viva is confirmed for 18 April at 10:00 in Room 2.14.`,
    ['NAME', 'Eze-Williams'], ['NAME', 'Halvorsen'], ['NAME', 'Aleksander Nowicki'], ['ID', '201688412'], ['DATE', 'Mar 7, 2024'],
    ['NAME', 'Ngozi Eze-Williams'], ['EMAIL', 'n.eze-williams@uni-leeds.example'], ['NAME', 'Aleksander'], ['DATE', '18 April']),
  s(`Pupil: Noah Fitzgerald-Okafor, Y6 — two EpiPen Jr in the medical room, nut allergy. Anaphylaxis plan signed by Dr Rashida Begum on 04/09/2023.`,
    ['NAME', 'Noah Fitzgerald-Okafor'], ['NAME', 'Rashida Begum'], ['DATE', '04/09/2023']),
  s(`Congratulations, Nomvula Dlamini! You have been awarded a 2025 Mandela Rhodes Scholarship. Please confirm your postal address (currently 47 Mputhi Street, Orlando West, Soweto 1804).`,
    ['NAME', 'Nomvula Dlamini'], ['LOCATION', '47 Mputhi Street'], ['LOCATION', 'Orlando West'], ['LOCATION', 'Soweto'],
    ['LOCATION', '1804']),
  s(`Admission No. 8842 — Wanjiru Kamau, Form 2; parent Mr Peter Mwangi Kamau (0722 418 903), Kiambu.`,
    ['ID', '8842'], ['NAME', 'Wanjiru Kamau'], ['NAME', 'Peter Mwangi Kamau'], ['PHONE', '0722 418 903'], ['LOCATION', 'Kiambu']),
  s(`Schüler: Leon Öztürk, Klasse 7c, geb. am 30.06.2011; Erziehungsberechtigte: Ayşe Öztürk, Tel. 0176 2334 8891.`,
    ['NAME', 'Leon Öztürk'], ['DATE', '30.06.2011'], ['NAME', 'Ayşe Öztürk'], ['PHONE', '0176 2334 8891']),
  s(`Moodle account for Erin Baptiste (ebaptiste27) was locked after 5 failed logins from 81.2.69.160; reset link sent to erin.baptiste@student.example.ac.uk.`,
    ['NAME', 'Erin Baptiste'], ['ID', 'ebaptiste27'], ['IP', '81.2.69.160'], ['EMAIL', 'erin.baptiste@student.example.ac.uk']),
  s(`Detention slip: Kai Nakamura-Lopez — homework not handed in x3 — Thurs after school w/ Mr Hughes, Rm 14.`,
    ['NAME', 'Kai Nakamura-Lopez'], ['NAME', 'Hughes']),
  s(`Lost property: blue Nike hoodie labelled "J. Okoro 7F" found in the sports hall.`,
    ['NAME', 'J. Okoro']),
  s(`7F Registration
01 ABARA, Chisom
02 BAKER, Faith
03 CHOWDHURY, Rafiq
04 DE LA TORRE, Santiago
05 ÉTIENNE, Maëlle
06 FOX, River`,
    ['NAME', 'ABARA, Chisom'], ['NAME', 'BAKER, Faith'], ['NAME', 'CHOWDHURY, Rafiq'], ['NAME', 'DE LA TORRE, Santiago'],
    ['NAME', 'ÉTIENNE, Maëlle'], ['NAME', 'FOX, River']),
  s(`Allegation of academic misconduct against student 2307719 (Ananya Krishnamurthy): Turnitin similarity 61% on the essay submitted 12/01/2024.`,
    ['ID', '2307719'], ['NAME', 'Ananya Krishnamurthy'], ['DATE', '12/01/2024']),
  s(`Can u cover 9X2 period 3? I'm at the hospital with my dad, he's 96 and had a fall 😔 — Siân`,
    ['AGE', '96'], ['NAME', 'Siân']),
  s(`EHE notification: Elias and Miriam Schäfer (ages 8 and 11), 22 Orchard Rise, Frome BA11 2XY; parents Tobias and Lena Schäfer.`,
    ['NAME', 'Elias'], ['NAME', 'Miriam Schäfer'], ['LOCATION', '22 Orchard Rise'], ['LOCATION', 'Frome'], ['LOCATION', 'BA11 2XY'],
    ['NAME', 'Tobias'], ['NAME', 'Lena Schäfer']),
  s(`保護者 田中 美咲 様 — 2年3組 田中 蓮 くんの面談を6月12日（水）15時30分に予定しています。`,
    ['NAME', '田中 美咲'], ['NAME', '田中 蓮'], ['DATE', '6月12日']),
  s(`Please send my official transcript to Admissions, University of Toronto. Name at time of attendance: Sarah-Jane Kowalski; current name: Sarah-Jane Mbatha. Student no. 998-214-377. DOB: Dec 2, 1994.`,
    ['NAME', 'Sarah-Jane Kowalski'], ['NAME', 'Sarah-Jane Mbatha'], ['ID', '998-214-377'], ['DATE', 'Dec 2, 1994']),
  // school, nothing to find
  s(`Key Stage 2 SATs: reading scaled score 104, maths 98, GPS 110; the expected standard is 100 in each paper.`),
  s(`Pupil Premium funding is £1,455 per eligible primary pupil; the Year 7 catch-up premium was replaced by the recovery premium in 2021.`),
  s(`The Duke of Edinburgh's Award bronze expedition is 2 days and 1 night; silver is 3 days and 2 nights; gold is 4 days and 3 nights.`),
  s(`Grades 9 to 4 count as a standard pass at GCSE, a 5 is a strong pass, and the EBacc needs English, maths, two sciences, a language and history or geography.`),
  s(`IDEA Part B covers ages 3 through 21; Section 504 of the Rehabilitation Act of 1973 applies to any school receiving federal funds.`),
  s(`Term dates: autumn half-term is the last week of October; INSET days fall on the first Monday in September and the Friday before Easter.`),
  s(`The International Baccalaureate Diploma needs 24 points out of 45, with 3 Higher Level and 3 Standard Level subjects plus TOK and the Extended Essay.`),
  s(`Free school meals: families on Universal Credit with net earnings under £7,400 a year qualify; children in Reception, Year 1 and Year 2 get meals regardless.`),
  // ── Social services, housing, benefits, probation ───────────────────────────────────
  s(`Case note — 14/03/2024 — Home visit
Present: Shanice Barrett (mother), Kai-Jordan Barrett (6), Nana Pearl (maternal great-grandmother, 92)
Address: 44 Morning Lane, Hackney, London E9 6NA
Kai-Jordan was observed to be clean and appropriately dressed. Shanice reports the boiler has been broken since January; the landlord (Clarion) has been notified.`,
    ['DATE', '14/03/2024'], ['NAME', 'Shanice Barrett'], ['NAME', 'Kai-Jordan Barrett'], ['NAME', 'Pearl'], ['AGE', '92'],
    ['LOCATION', '44 Morning Lane'], ['LOCATION', 'Hackney'], ['LOCATION', 'London'], ['LOCATION', 'E9 6NA'],
    ['NAME', 'Kai-Jordan'], ['NAME', 'Shanice']),
  s(`Adult at risk: Mr Eustace Pennyworth, 90, lives alone at 3 Lark Rise, Chipping Norton OX7 5AB.
Concern: a neighbour reports that a man calling himself "Gary from the council" has been taking Mr Pennyworth to the bank every week; £14,000 withdrawn since November.
Referrer: Mrs Jill Ashdown, 07700 900 951`,
    ['NAME', 'Eustace Pennyworth'], ['AGE', '90'], ['LOCATION', '3 Lark Rise'], ['LOCATION', 'Chipping Norton'],
    ['LOCATION', 'OX7 5AB'], ['NAME', 'Gary'], ['NAME', 'Pennyworth'], ['NAME', 'Jill Ashdown'], ['PHONE', '07700 900 951']),
  s(`CPS INTAKE #: 2024-118-4417
Reporter: school counselor (Ms. Tanisha Greer, Lincoln Middle School, 505-555-0148)
Child: Mateo Sandoval, DOB 02/09/2012, 11 y/o
Alleged perpetrator: stepfather, Ruben Arce, 35
Household address: 1204 Calle Bonita SW, Albuquerque, NM 87105`,
    ['ID', '2024-118-4417'], ['NAME', 'Tanisha Greer'], ['PHONE', '505-555-0148'], ['NAME', 'Mateo Sandoval'],
    ['DATE', '02/09/2012'], ['NAME', 'Ruben Arce'], ['LOCATION', '1204 Calle Bonita SW'], ['LOCATION', 'Albuquerque'],
    ['LOCATION', '87105']),
  s(`Hi Rukhsana,
Just to update on Mr Abebe Tessema (ref HOU/22/0917) — he has been offered a 1-bed at 7 Cromwell Court, Luton LU1 2PQ, viewing Thursday 11th at 2pm. He'll need an Amharic interpreter.
Thanks,
Gareth Pugh
Housing Options, Luton Borough Council
gareth.pugh@luton.example.gov.uk | 01582 546 000`,
    ['NAME', 'Rukhsana'], ['NAME', 'Abebe Tessema'], ['ID', 'HOU/22/0917'], ['LOCATION', '7 Cromwell Court'], ['LOCATION', 'Luton'],
    ['LOCATION', 'LU1 2PQ'], ['DATE', '11th'], ['NAME', 'Gareth Pugh'], ['EMAIL', 'gareth.pugh@luton.example.gov.uk'],
    ['PHONE', '01582 546 000']),
  s(`Placement Plan — Child: Zainab "Zee" Mohammed (DOB 17/07/2015)
Foster carers: Pauline and Trevor Ashworth, 88 Derwent Avenue, Keswick CA12 5DL
Social worker: Okechukwu Eze (LAC team), 07700 900 317
Contact with birth mother (Halima Mohammed): Saturdays 10–12 at the family centre, supervised.`,
    ['NAME', 'Zainab "Zee" Mohammed'], ['DATE', '17/07/2015'], ['NAME', 'Pauline'], ['NAME', 'Trevor Ashworth'],
    ['LOCATION', '88 Derwent Avenue'], ['LOCATION', 'Keswick'], ['LOCATION', 'CA12 5DL'], ['NAME', 'Okechukwu Eze'],
    ['PHONE', '07700 900 317'], ['NAME', 'Halima Mohammed']),
  s(`Dear Ms Keeley Rourke,
Your National Insurance number: JT 47 88 12 B.
Your Universal Credit claim was closed on 28 February 2024 because we did not receive your earnings information.`,
    ['NAME', 'Keeley Rourke'], ['SSN', 'JT 47 88 12 B'], ['DATE', '28 February 2024']),
  s(`Case #: 100448127 — Household: Daniela Ruiz (head of household), SSN 611-08-3327; 3 members; gross monthly income $2,140; SNAP allotment $740.`,
    ['ID', '100448127'], ['NAME', 'Daniela Ruiz'], ['SSN', '611-08-3327']),
  s(`Hi Bev its Mo, cant make the 2pm strat meeting for the Kowalski kids, stuck at A&E with a young person. Can u dial me in? 07700900442 ta`,
    ['NAME', 'Bev'], ['NAME', 'Mo'], ['NAME', 'Kowalski'], ['PHONE', '07700900442']),
  s(`MARAC referral: victim Gemma Threlfall (32); perpetrator ex-partner Liam Doherty (DOB 04/04/1989); DASH score 17. Children: Ava (5) and Jack (3). Victim now in refuge, address withheld.`,
    ['NAME', 'Gemma Threlfall'], ['NAME', 'Liam Doherty'], ['DATE', '04/04/1989'], ['NAME', 'Ava'], ['NAME', 'Jack']),
  s(`Assessor: Nkem Obiora, Best Interests Assessor, 12/12/2023. Mrs Violet Armitage (ninety-six) was unable to retain information about the proposed move to Greenacres Care Home for more than a few minutes.`,
    ['NAME', 'Nkem Obiora'], ['DATE', '12/12/2023'], ['NAME', 'Violet Armitage'], ['AGE', 'ninety-six']),
  s(`Family: Hassan Al-Khatib (father), Rania Al-Khatib (mother), children Omar (9) and Layla (4). UNHCR case no. 643-22C01784. Arrived at Manchester Airport on 06/03/2024; temporary address 15 Birch Lane, Longsight, Manchester M13 0NN.`,
    ['NAME', 'Hassan Al-Khatib'], ['NAME', 'Rania Al-Khatib'], ['NAME', 'Omar'], ['NAME', 'Layla'], ['ID', '643-22C01784'],
    ['DATE', '06/03/2024'], ['LOCATION', '15 Birch Lane'], ['LOCATION', 'Longsight'], ['LOCATION', 'Manchester'],
    ['LOCATION', 'M13 0NN']),
  s(`YOT case: Reece Gallagher (15), referral order 9 months, supervising officer Chloe Fenwick. The victim (Mr Sunil Kapoor, shopkeeper at 221 Stockport Road) has agreed to restorative justice.`,
    ['NAME', 'Reece Gallagher'], ['NAME', 'Chloe Fenwick'], ['NAME', 'Sunil Kapoor'], ['LOCATION', '221 Stockport Road']),
  s(`CIN Review — 05/06/2024
Attendees: SW Hannah Oyelaran-Price; HV Ruth Gill; Family Support Worker Tomasz; Mum (Stacey-Marie Kerr)
Actions:
- Stacey-Marie to attend the Freedom Programme (Tuesdays, 10am)
- HV to weigh baby Harper at next visit (6.1 kg at 14 weeks)
- Next review: 4 September 2024`,
    ['DATE', '05/06/2024'], ['NAME', 'Hannah Oyelaran-Price'], ['NAME', 'Ruth Gill'], ['NAME', 'Tomasz'],
    ['NAME', 'Stacey-Marie Kerr'], ['NAME', 'Stacey-Marie'], ['NAME', 'Harper'], ['DATE', '4 September 2024']),
  s(`NDIS participant no. 430 918 274 — Jayden Tupou, 19, Blacktown. Plan manager: Mele Tupou (aunt), 0433 218 905.`,
    ['ACCOUNT', '430 918 274'], ['NAME', 'Jayden Tupou'], ['LOCATION', 'Blacktown'], ['NAME', 'Mele Tupou'], ['PHONE', '0433 218 905']),
  s(`Referral for Mrs Ayesha Siddiqui, household of 5 with 3 children under 10, to the Trussell Trust food bank at St Barnabas Church Hall.`,
    ['NAME', 'Ayesha Siddiqui']),
  s(`Service user: Connor McAteer, CRN X448127, PNC 2019/0448127H, released on licence from HMP Maghaberry on 19 April; curfew address 12 Shankill Parade, Belfast BT13 1AW.`,
    ['NAME', 'Connor McAteer'], ['ID', 'X448127'], ['ID', '2019/0448127H'], ['DATE', '19 April'], ['LOCATION', '12 Shankill Parade'],
    ['LOCATION', 'Belfast'], ['LOCATION', 'BT13 1AW']),
  s(`Officer: Where did you sleep last night?
Client: In my car, a silver Vauxhall Corsa, reg is YF14 KZP, in the Asda car park by the ring road.
Officer: And before that?
Client: My nan's, 6 Primrose Hill, Huddersfield, but she's 94 now and the flat's only one bedroom.`,
    ['VEHICLE', 'YF14 KZP'], ['LOCATION', '6 Primrose Hill'], ['LOCATION', 'Huddersfield'], ['AGE', '94']),
  s(`Mrs Gwenllian Parry, 93, prefers to communicate in Welsh; she lives at 4 Stryd Fawr, Bala LL23 7AD, and her son visits from Wrexham twice a week.`,
    ['NAME', 'Gwenllian Parry'], ['AGE', '93'], ['LOCATION', '4 Stryd Fawr'], ['LOCATION', 'Bala'], ['LOCATION', 'LL23 7AD'],
    ['LOCATION', 'Wrexham']),
  s(`Interpreter booked: Dari, female, for Ms Marzia Rahimi on 11/07 at 14:00, Children's Centre, 2 Wellington Road, Hounslow TW3 1AB.`,
    ['NAME', 'Marzia Rahimi'], ['DATE', '11/07'], ['LOCATION', '2 Wellington Road'], ['LOCATION', 'Hounslow'], ['LOCATION', 'TW3 1AB']),
  s(`File 2024-CW-00917 — Children: Kiona Bearspaw (7) and Tyee Bearspaw (4), Stoney Nakoda; their maternal grandmother, Mrs Winona Bearspaw, has applied for kinship care.`,
    ['ID', '2024-CW-00917'], ['NAME', 'Kiona Bearspaw'], ['NAME', 'Tyee Bearspaw'], ['NAME', 'Winona Bearspaw']),
  s(`Mum's carer didn't turn up AGAIN this morning 😡 Agency is Bluebird, her name's Precious I think. Mum (Doreen Hartley) was sat in a wet pad till 11!!`,
    ['NAME', 'Precious'], ['NAME', 'Doreen Hartley']),
  s(`Fire service home safety visit at 58 Woodbine Terrace, Gateshead NE8 1RY found excessive clutter (Clutter Image Rating 7); the occupant, Mr Kenneth Oyston, 88, declined support.`,
    ['LOCATION', '58 Woodbine Terrace'], ['LOCATION', 'Gateshead'], ['LOCATION', 'NE8 1RY'], ['NAME', 'Kenneth Oyston']),
  s(`Client: Mr Tariq Mahmood, NI number PN 41 77 20 C, DOB 18/04/1961. PIP award: enhanced daily living and standard mobility from 3 January 2024.`,
    ['NAME', 'Tariq Mahmood'], ['SSN', 'PN 41 77 20 C'], ['DATE', '18/04/1961'], ['DATE', '3 January 2024']),
  s(`Usuaria: Dña. Remedios Jiménez Salgado, DNI 45678123P, domicilio C/ Mayor 14, 3º B, 28013 Madrid. Solicita ayuda a domicilio por dependencia de grado II.`,
    ['NAME', 'Remedios Jiménez Salgado'], ['SSN', '45678123P'], ['LOCATION', 'C/ Mayor 14, 3º B'], ['LOCATION', '28013'],
    ['LOCATION', 'Madrid']),
  s(`To who it may concern, I am Lorraine Bexley and I give permision for my neighbour Patsy Quinn to collect my pension. Signed L Bexley 3rd Jan`,
    ['NAME', 'Lorraine Bexley'], ['NAME', 'Patsy Quinn'], ['NAME', 'L Bexley'], ['DATE', '3rd Jan']),
  s(`11:05 Tel call from Kezia at Women's Aid re Ms D (Danielle Forsyth) — bed available at the refuge tonight.`,
    ['NAME', 'Kezia'], ['NAME', 'D'], ['NAME', 'Danielle Forsyth']),
  s(`Welfare check requested for Mr Nikolai Petrov, 91, at 17 Birchwood Court, Milton Keynes MK6 3HT; not seen by neighbours since the 2nd.`,
    ['NAME', 'Nikolai Petrov'], ['AGE', '91'], ['LOCATION', '17 Birchwood Court'], ['LOCATION', 'Milton Keynes'],
    ['LOCATION', 'MK6 3HT'], ['DATE', 'the 2nd']),
  s(`Resident: Mr Ernesto 'Ernie' Gallo, room 12, DoLS authorised until 30/11/2024; his daughter Francesca Gallo-Byrne holds LPA for health and welfare.`,
    ['NAME', `Ernesto 'Ernie' Gallo`], ['DATE', '30/11/2024'], ['NAME', 'Francesca Gallo-Byrne']),
  s(`The children, Amelia (8) and Oscar (5), live with their father, Mr Daniel Kovács, at 25 Heron Way, Lincoln LN6 0QT, and spend alternate weekends with their mother in Grimsby.`,
    ['NAME', 'Amelia'], ['NAME', 'Oscar'], ['NAME', 'Daniel Kovács'], ['LOCATION', '25 Heron Way'], ['LOCATION', 'Lincoln'],
    ['LOCATION', 'LN6 0QT'], ['LOCATION', 'Grimsby']),
  s(`Claimant commitment for Mr Sipho Ndlovu signed 20/02/2024 — work coach Jodie; next appointment Thurs 7 March 10:40 at Brixton Jobcentre.`,
    ['NAME', 'Sipho Ndlovu'], ['DATE', '20/02/2024'], ['NAME', 'Jodie'], ['DATE', '7 March']),
  // social care, nothing to find
  s(`Care Act 2014 eligibility needs two or more outcomes the adult cannot achieve; the five principles of the Mental Capacity Act apply throughout.`),
  s(`Section 17 of the Children Act 1989 covers children in need; section 47 enquiries start when there is reasonable cause to suspect significant harm.`),
  s(`The DASH risk checklist has 27 questions; 14 or more ticks, or professional judgement, triggers a MARAC referral.`),
  s(`Sure Start children's centres in the borough run Stay and Play on Monday and Wednesday mornings and a dads' group on Saturdays.`),
  s(`The Universal Credit standard allowance for a single claimant aged 25 or over is £393.45 a month; the carer element adds £198.31.`),
  s(`Meals on Wheels deliveries arrive at 11:30; Age UK's befriending service calls on Tuesdays; the Admiral Nurse visits fortnightly for dementia support.`),
  s(`Kinship carers may qualify for a Special Guardianship Allowance; the Fostering Network recommends at least £187 a week for a child aged 11 to 15.`),
  s(`WIC covers pregnant women, infants and children under 5; SNAP benefits are loaded onto an EBT card on a set day each month.`),
  // ── HR, payroll, recruitment ────────────────────────────────────────────────────────
  s(`PRIVATE & CONFIDENTIAL
Ms Adebola Oyinlola-Ward
Flat 12, 3 Canal Street
Manchester M1 3HE

17 June 2024

Dear Adebola,
Offer of employment — Senior Data Analyst
We are delighted to offer you the position at a salary of £52,000 per annum, starting on 1 August 2024. Your employee number will be E-204471. Please return the signed contract to hr@northwind-analytics.example by 28 June.

Yours sincerely,
Graham Featherstonehaugh
Head of People`,
    ['NAME', 'Adebola Oyinlola-Ward'], ['LOCATION', 'Flat 12, 3 Canal Street'], ['LOCATION', 'Manchester'], ['LOCATION', 'M1 3HE'],
    ['DATE', '17 June 2024'], ['NAME', 'Adebola'], ['DATE', '1 August 2024'], ['ID', 'E-204471'],
    ['EMAIL', 'hr@northwind-analytics.example'], ['DATE', '28 June'], ['NAME', 'Graham Featherstonehaugh']),
  s(`Grievance hearing — 22/04/2024, Meeting Room 3
Present: Chair — Lorraine McIntyre (HR Business Partner); Employee — Darnell Whitaker; Companion — Sue Bennett (Unite rep); Note-taker — Imogen Frost
1. DW explained that his line manager, Pradeep, had repeatedly made comments about his hair.
2. LM asked whether any witnesses were present; DW named a colleague, Chiara.`,
    ['DATE', '22/04/2024'], ['NAME', 'Lorraine McIntyre'], ['NAME', 'Darnell Whitaker'], ['NAME', 'Sue Bennett'],
    ['NAME', 'Imogen Frost'], ['NAME', 'DW'], ['NAME', 'Pradeep'], ['NAME', 'LM'], ['NAME', 'DW'], ['NAME', 'Chiara']),
  s(`Hi payroll, please update the bank details for employee 00417 (Marek Dvořák) from the next pay run.
New IBAN: DE05 1746 8145 3840 1916 14
Tax ID unchanged.
Thanks — Jana`,
    ['ID', '00417'], ['NAME', 'Marek Dvořák'], ['ACCOUNT', 'DE05 1746 8145 3840 1916 14'], ['NAME', 'Jana']),
  s(`Reference request for: Ms Chloé Marchetti-Bianchi (DOB 02/10/1992)
Dates of employment with you: 03/2019 – 11/2023
Position: Staff Nurse, NMC PIN 19I4471E
Please return to: recruitment@stmarkshealth.example`,
    ['NAME', 'Chloé Marchetti-Bianchi'], ['DATE', '02/10/1992'], ['DATE', '03/2019'], ['DATE', '11/2023'],
    ['LICENSE', '19I4471E'], ['EMAIL', 'recruitment@stmarkshealth.example']),
  s(`New hire: Tran, Minh Chau
SSN: 041-68-2297
Address: 918 Magnolia St, Houston, TX 77002
List A document: US passport 622904417, expires 2031
Emergency contact: Tran Van Hung (father) 713-555-0184`,
    ['NAME', 'Tran, Minh Chau'], ['SSN', '041-68-2297'], ['LOCATION', '918 Magnolia St'], ['LOCATION', 'Houston'],
    ['LOCATION', '77002'], ['ID', '622904417'], ['NAME', 'Tran Van Hung'], ['PHONE', '713-555-0184']),
  s(`Following the hearing on 9 May, we have decided to issue you, Kyle Brannigan, with a final written warning for the forklift incident at the Widnes depot on 23 April.`,
    ['DATE', '9 May'], ['NAME', 'Kyle Brannigan'], ['LOCATION', 'Widnes'], ['DATE', '23 April']),
  s(`fyi Ngozi is off sick again (3rd time this quarter), back to work chat booked Mon w/ her manager Fergus. Please don't discuss in the team channel 🙏`,
    ['NAME', 'Ngozi'], ['NAME', 'Fergus']),
  s(`Interviewer: What's the main reason you're leaving, Aisling?
Aisling: Honestly? The commute from Drogheda. And Declan in accounts, but I'd rather that wasn't written down.`,
    ['NAME', 'Aisling'], ['NAME', 'Aisling'], ['LOCATION', 'Drogheda'], ['NAME', 'Declan']),
  s(`Certificate of Sponsorship C2G8K4417X1 assigned to Mr Rajesh Subramaniam (passport Z4482197, Indian national) for the role of Software Engineer, SOC 2136, start date 2 September 2024.`,
    ['ID', 'C2G8K4417X1'], ['NAME', 'Rajesh Subramaniam'], ['ID', 'Z4482197'], ['DATE', '2 September 2024']),
  s(`Pool car allocation: Ford Fusion, reg. YR23 HFD, VIN 3FA6P0H70HR118204, assigned to Ms Rosalind Achebe (employee 30218) from 1 July.`,
    ['VEHICLE', 'YR23 HFD'], ['VEHICLE', '3FA6P0H70HR118204'], ['NAME', 'Rosalind Achebe'], ['ID', '30218'], ['DATE', '1 July']),
  s(`Anonymous report via the ethics hotline (case EH-2024-0417) alleges that the site manager in Gdańsk, Mr Tomasz Wiśniewski, falsified timesheets for agency staff in March 2024.`,
    ['ID', 'EH-2024-0417'], ['LOCATION', 'Gdańsk'], ['NAME', 'Tomasz Wiśniewski'], ['DATE', 'March 2024']),
  s(`Employee: Patience Osei-Bonsu, Care Assistant, start date 14/01/2019. Manager: Hope Whitlock. Question for OH: is she fit to return to night shifts after her hysterectomy?`,
    ['NAME', 'Patience Osei-Bonsu'], ['DATE', '14/01/2019'], ['NAME', 'Hope Whitlock']),
  s(`Share code W7K 4RT 9PQ verified for Ms Olena Kravchenko on 05/02/2024; permission to work until 15/03/2025.`,
    ['ID', 'W7K 4RT 9PQ'], ['NAME', 'Olena Kravchenko'], ['DATE', '05/02/2024'], ['DATE', '15/03/2025']),
  s(`PAYSLIP    Period: 06    Pay date: 28/09/2024
Employee: J. A. MORRISON    Emp No: 118204    NI No: NE 52 81 36 A    Tax code: 1257L
Basic £2,916.67    Overtime £184.20    PAYE £402.80    NI £171.33    Pension (Nest) £116.67
Net pay: £2,410.07`,
    ['DATE', '28/09/2024'], ['NAME', 'J. A. MORRISON'], ['ID', '118204'], ['SSN', 'NE 52 81 36 A']),
  s(`Shortlist for Head of Finance:
1. Beatriz Aguilar-Montes — linkedin.com/in/beatriz-aguilar-montes-cpa — currently CFO at a Lisbon fintech
2. Kwabena Darko — https://www.linkedin.com/in/kwabenadarko/ — ex-KPMG
3. Sofie Lindgren — no profile; referred by Anders`,
    ['NAME', 'Beatriz Aguilar-Montes'], ['URL', 'linkedin.com/in/beatriz-aguilar-montes-cpa'], ['LOCATION', 'Lisbon'],
    ['NAME', 'Kwabena Darko'], ['URL', 'https://www.linkedin.com/in/kwabenadarko/'], ['NAME', 'Sofie Lindgren'], ['NAME', 'Anders']),
  s(`DBS certificate 001758832194 issued 11/09/2023 for Mr Callum Frazer-Nkemelu, enhanced with barred lists; no information disclosed.`,
    ['ID', '001758832194'], ['DATE', '11/09/2023'], ['NAME', 'Callum Frazer-Nkemelu']),
  s(`VPN log: user m.okafor connected from 102.89.34.117 (Lagos) at 02:14 GMT while recorded as on annual leave.`,
    ['ID', 'm.okafor'], ['IP', '102.89.34.117'], ['LOCATION', 'Lagos']),
  s(`Shreya Venkatesh's EWC is 14 October 2024; MATB1 received; SMP to start from 2 September.`,
    ['NAME', 'Shreya Venkatesh'], ['DATE', '14 October 2024'], ['DATE', '2 September']),
  s(`社員番号 204417 山本 一郎 さんの住所変更：大阪市北区梅田3丁目1番1号`,
    ['ID', '204417'], ['NAME', '山本 一郎'], ['LOCATION', '大阪市'], ['LOCATION', '北区'], ['LOCATION', '梅田3丁目1番1号']),
  s(`Brother Okonkwo, the branch meeting has moved to the Labour Club, 14 Market Street, Wigan WN1 1HX on Weds 19 June. In solidarity, Pat Gilligan (Branch Secretary, GMB)`,
    ['NAME', 'Okonkwo'], ['LOCATION', '14 Market Street'], ['LOCATION', 'Wigan'], ['LOCATION', 'WN1 1HX'], ['DATE', '19 June'],
    ['NAME', 'Pat Gilligan']),
  s(`Called Halvorsen Shipping AS in Bergen and spoke to HR (Ingrid), who confirmed that Mr Bjørn-Erik Solberg was employed 2016–2022 as a deck officer.`,
    ['LOCATION', 'Bergen'], ['NAME', 'Ingrid'], ['NAME', 'Bjørn-Erik Solberg']),
  s(`Selection pool: Warehouse Team B — Ahmed (score 42), Bridget (38), Cormac (45), Dorota (31). The two lowest scores are provisionally at risk.`,
    ['NAME', 'Ahmed'], ['NAME', 'Bridget'], ['NAME', 'Cormac'], ['NAME', 'Dorota']),
  s(`Licence checks: RN Lupe Fonoti, Washington RN license RN60874417; LPN Marcus DeWitt, Oregon license 201904417LPN — both active, no discipline.`,
    ['NAME', 'Lupe Fonoti'], ['LICENSE', 'RN60874417'], ['NAME', 'Marcus DeWitt'], ['LICENSE', '201904417LPN']),
  s(`Captain Sven Åkerlund holds EASA ATPL(A) licence SE.FCL.01457 with a valid class 1 medical.`,
    ['NAME', 'Sven Åkerlund'], ['LICENSE', 'SE.FCL.01457']),
  s(`Driver application: Jamal Pettiford, CDL class A no. P123-4567-8901 (IL), endorsements H, N and T; DOT medical card on file.`,
    ['NAME', 'Jamal Pettiford'], ['LICENSE', 'P123-4567-8901']),
  s(`Employee: Thandiwe Mahlangu, ID no. 8807150234086, Pretoria office; tax reference and UIF registration pending.`,
    ['NAME', 'Thandiwe Mahlangu'], ['ID', '8807150234086'], ['LOCATION', 'Pretoria']),
  s(`From: Fatou Diop <fatou.diop@senegaltelecom.example>
To: Recruitment
Subject: Re: Interview — Regional Sales Manager (Dakar)

Thank you, I confirm Thursday at 11:00 GMT. My WhatsApp is +221 77 418 22 90 if the Teams link fails.

On 02/07/2024 13:20, Recruitment wrote:
> Dear Fatou, we would like to invite you to a second interview with Mr Olivier Mbaye and Ms Aminata Sow.`,
    ['NAME', 'Fatou Diop'], ['EMAIL', 'fatou.diop@senegaltelecom.example'], ['LOCATION', 'Dakar'], ['PHONE', '+221 77 418 22 90'],
    ['DATE', '02/07/2024'], ['NAME', 'Fatou'], ['NAME', 'Olivier Mbaye'], ['NAME', 'Aminata Sow']),
  s(`Hi all — welcome Rosa Delgado-Iturbe, who joins Finance on Monday. Desk 4.17, laptop serial 5CG2418KQZ. Say hola! 👋`,
    ['NAME', 'Rosa Delgado-Iturbe'], ['DEVICE', '5CG2418KQZ']),
  s(`Mr. Takeshi Fujimoto (employee ID JP-88120) has been seconded to the Osaka office from 1 April 2024 to 31 March 2025.`,
    ['NAME', 'Takeshi Fujimoto'], ['ID', 'JP-88120'], ['LOCATION', 'Osaka'], ['DATE', '1 April 2024'], ['DATE', '31 March 2025']),
  // HR, nothing to find
  s(`Statutory Sick Pay is £116.75 a week from the fourth qualifying day, for up to 28 weeks; the lower earnings limit is £123 a week.`),
  s(`FMLA gives up to 12 weeks of unpaid, job-protected leave; employees need 1,250 hours of service in the previous 12 months.`),
  s(`Workday will replace SAP SuccessFactors in phase 2; BambooHR data migrates first, then the Greenhouse requisitions.`),
  s(`The Equality Act 2010 lists nine protected characteristics, including age, disability, religion or belief, and sexual orientation.`),
  s(`Salary bands: Grade 4 £28,500–£33,200, Grade 5 £34,100–£39,800, Grade 6 £41,000–£47,500, with increments paid in April.`),
  s(`Eid al-Adha, Diwali, Yom Kippur and Lunar New Year are on the floating holiday list; staff may swap up to 2 bank holidays a year.`),
  s(`Pension auto-enrolment: employee 5%, employer 3% on qualifying earnings between £6,240 and £50,270; opt-outs are refunded within 1 month.`),
  s(`Myers-Briggs and DiSC profiles are for team development only and must never be used in redundancy selection.`),
  s(`Overtime is paid at time and a half after 40 hours under the Fair Labor Standards Act; California also requires daily overtime after 8 hours.`),
  // ── Worried relatives ───────────────────────────────────────────────────────────────
  s(`My mum Patricia "Pat" Hennessy is 91 and was just diagnosed with stage 3 kidney disease at St James's in Dublin — her eGFR is 38. What questions should I ask Dr Mulcahy on Thursday?`,
    ['NAME', 'Patricia "Pat" Hennessy'], ['AGE', '91'], ['LOCATION', 'Dublin'], ['NAME', 'Mulcahy']),
  s(`[14/05/2024, 21:13] Tunde: Dad's scan results came back, they want to do a biopsy on Friday 😟
[14/05/2024, 21:15] Funmi: Which hospital? Is it still King's?
[14/05/2024, 21:16] Tunde: yes, Denmark Hill. Todd ward, bed 9, the ward number is 020 3299 4417
[14/05/2024, 21:20] Auntie Bisi: We are praying for him 🙏🏾 I will call Mummy Kemi tomorrow`,
    ['DATE', '14/05/2024'], ['NAME', 'Tunde'], ['DATE', '14/05/2024'], ['NAME', 'Funmi'], ['DATE', '14/05/2024'], ['NAME', 'Tunde'],
    ['LOCATION', 'Denmark Hill'], ['PHONE', '020 3299 4417'], ['DATE', '14/05/2024'], ['NAME', 'Bisi'], ['NAME', 'Kemi']),
  s(`Can you help me write a letter to the council? My father, Mr Giovanni Russo, 94, lives at 27 Clarendon Road, Southsea PO5 2JX and his Blue Badge renewal was refused.`,
    ['NAME', 'Giovanni Russo'], ['AGE', '94'], ['LOCATION', '27 Clarendon Road'], ['LOCATION', 'Southsea'], ['LOCATION', 'PO5 2JX']),
  s(`Mum fell again 😢 she's ok but the paramedics said her BP was 80/50. They're taking her to Wexham Park Hospital. Can u pick up Grandad from the day centre at 4? key safe code is 1942`),
  s(`PLEASE SHARE!!! My grandad Albert 'Bert' Higgins (89) has gone missing from his home in Kirkby. Last seen 3pm today near the Asda wearing a brown flat cap. He has dementia. If you see him call 999 or me on 07700 900 283 💔`,
    ['NAME', `Albert 'Bert' Higgins`], ['LOCATION', 'Kirkby'], ['PHONE', '07700 900 283']),
  s(`Subject: Repeat prescription for my husband — Mr Declan Ó Súilleabháin, DOB 12/12/1947

Hello,
Could Dr Harper please re-issue his co-codamol 30/500? He's been housebound since the stroke. Our address is 9 Fairview Terrace, Tralee.
Many thanks,
Nuala (wife) — 087 214 9936`,
    ['NAME', 'Declan Ó Súilleabháin'], ['DATE', '12/12/1947'], ['NAME', 'Harper'], ['LOCATION', '9 Fairview Terrace'],
    ['LOCATION', 'Tralee'], ['NAME', 'Nuala'], ['PHONE', '087 214 9936']),
  s(`我妈妈刘桂芳今年九十二岁了，住在成都市武侯区，最近总是忘记吃药，怎么办？`,
    ['NAME', '刘桂芳'], ['AGE', '九十二'], ['LOCATION', '成都市'], ['LOCATION', '武侯区']),
  s(`Meri Nani ji, Kamla Devi Sharma, 95 saal ki hain aur Jaipur mein rehti hain. Doctor ne kaha unka sodium 124 hai — kya yeh khatarnak hai?`,
    ['NAME', 'Kamla Devi Sharma'], ['AGE', '95'], ['LOCATION', 'Jaipur']),
  s(`Hi,
My dad, Ronald Ashcroft (NHS number 922 846 1039), has been at Oakwood Lodge since 4th November. The invoice says £1,480/week but the CHC checklist still hasn't been done. His social worker is Femi Adeyemo — femi.adeyemo@wirral.example.gov.uk.
Thanks, Stuart Ashcroft
07700 900 604`,
    ['NAME', 'Ronald Ashcroft'], ['MRN', '922 846 1039'], ['DATE', '4th November'], ['NAME', 'Femi Adeyemo'],
    ['EMAIL', 'femi.adeyemo@wirral.example.gov.uk'], ['NAME', 'Stuart Ashcroft'], ['PHONE', '07700 900 604']),
  s(`hun the hospital rang, ur MRN is 7744120 if u need it for the parking form. appt moved to 10/3 at 9.15 with Mr Papadopoulos xx`,
    ['MRN', '7744120'], ['DATE', '10/3'], ['NAME', 'Papadopoulos']),
  s(`My (34F) grandmother (97F) lives alone in rural Manitoba, about 2 hours from Brandon, and refuses home care. Her name is Agnes Wiebe if anyone in the Mennonite community there knows her.`,
    ['AGE', '97'], ['LOCATION', 'Brandon'], ['NAME', 'Agnes Wiebe']),
  s(`Patient Advice and Liaison Service
Royal Devon University Hospital, Exeter EX2 5DW

Re: my mother, Mrs Winifred May Tozer (hospital no. RD4471208), Yeo Ward

On Saturday 16th March my mother, who is 99, was left on a trolley in the corridor for 11 hours.`,
    ['LOCATION', 'Exeter'], ['LOCATION', 'EX2 5DW'], ['NAME', 'Winifred May Tozer'], ['MRN', 'RD4471208'], ['DATE', '16th March'],
    ['AGE', '99']),
  s(`omg jus got off phone w/ Dr Chaudhry, dads PSA is 14.2 😳 theyre sending him to the urology clinic at Lister. can u drive him on tues the 18th? his car is MX19 ZRP if u take his`,
    ['NAME', 'Chaudhry'], ['DATE', 'the 18th'], ['VEHICLE', 'MX19 ZRP']),
  s(`Dear Doctor, my father Park Sung-ho (박성호) is 90 years old and lives in Busan. He takes amlodipine 5 mg and 아스피린 100 mg. My email is jiyeon.park88@naver.com.`,
    ['NAME', 'Park Sung-ho'], ['NAME', '박성호'], ['AGE', '90'], ['LOCATION', 'Busan'], ['EMAIL', 'jiyeon.park88@naver.com']),
  s(`My aunt Gladys got a call from +44 7700 900 138 saying they were from Barclays, and she gave them her card number 4526 0181 5908 3012 and the 3-digit code. What do we do?`,
    ['NAME', 'Gladys'], ['PHONE', '+44 7700 900 138'], ['ACCOUNT', '4526 0181 5908 3012']),
  s(`Dad (Harold Okoro-Pearce) passed on 1 March at home in Stevenage. The funeral is at St Nicholas Church, 2 Rectory Lane, on the 22nd at 11am. Mum's asked that donations go to Macmillan.`,
    ['NAME', 'Harold Okoro-Pearce'], ['DATE', '1 March'], ['LOCATION', 'Stevenage'], ['LOCATION', '2 Rectory Lane'], ['DATE', 'the 22nd']),
  s(`My grandmother, Sra. Esperanza Morales Vda. de Quiroga, 93, flies from Guadalajara to Chicago on June 14th on her Mexican passport G44172093 — does she need to request a wheelchair?`,
    ['NAME', 'Esperanza Morales Vda. de Quiroga'], ['AGE', '93'], ['LOCATION', 'Guadalajara'], ['LOCATION', 'Chicago'],
    ['DATE', 'June 14th'], ['ID', 'G44172093']),
  s(`Questions for Dr Oyelowo (appt Tues 2.30):
- Mum (Elsie) still dizzy on standing — is it the doxazosin?
- Weight down from 61 kg to 56 kg since Jan
- Can we get a referral to the falls clinic at Heatherwood?
- My number for results: 07700 900 771 (Janet)`,
    ['NAME', 'Oyelowo'], ['NAME', 'Elsie'], ['PHONE', '07700 900 771'], ['NAME', 'Janet']),
  s(`Nonna Carmela turned 100 today!!! 🎂🎉 The whole family came to the house in Bari. Zio Franco made the speech 😂`,
    ['NAME', 'Carmela'], ['AGE', '100'], ['LOCATION', 'Bari'], ['NAME', 'Franco']),
  s(`My wife, Mrs Shirin Farahani, has an Abbott Assert-IQ loop recorder (SN 447120983) and we're moving to Vancouver on 30 June. Can the remote monitoring be transferred?`,
    ['NAME', 'Shirin Farahani'], ['DEVICE', '447120983'], ['LOCATION', 'Vancouver'], ['DATE', '30 June']),
  s(`Hey it's me, um, Aunty Grace says Uncle Kofi's operation went fine, he's in recovery at Korle Bu, and, uh, she wants you to send money to her MoMo number 024 418 2290. Call me back.`,
    ['NAME', 'Grace'], ['NAME', 'Kofi'], ['PHONE', '024 418 2290']),
  s(`Yo it's Deshawn, my granny's 90th bday is Sat at 2212 S King Dr, Chicago — bring chairs lol`,
    ['NAME', 'Deshawn'], ['AGE', '90th'], ['LOCATION', '2212 S King Dr'], ['LOCATION', 'Chicago']),
  s(`Uncle Rajiv's bank (HDFC) needs his death certificate and the account number, which is 50100248817395. My cousin Anjali in Pune has his PAN card.`,
    ['NAME', 'Rajiv'], ['ACCOUNT', '50100248817395'], ['NAME', 'Anjali'], ['LOCATION', 'Pune']),
  s(`Mum's hearing aid (Oticon Real 1, serial 2241K0938) stopped working — the audiology department at Southmead said to post it to them with her name, Mrs Beryl Atkins, and her hospital number, K8841207.`,
    ['DEVICE', '2241K0938'], ['NAME', 'Beryl Atkins'], ['MRN', 'K8841207']),
  s(`I'm writing on behalf of my father, Kazimierz Nowak, born 05.11.1933 in Łódź, who now lives with me at 41 Hawthorn Drive, Peterborough PE2 8TW. He speaks very little English. His GP is Dr Sunita Patel at Thistlemoor Medical Centre. He turned 90 last November and has had three falls this year. I am his only child and carer — Tomasz Nowak, 07700 900 559, tomasz.nowak.pb@gmail.com.`,
    ['NAME', 'Kazimierz Nowak'], ['DATE', '05.11.1933'], ['LOCATION', 'Łódź'], ['LOCATION', '41 Hawthorn Drive'],
    ['LOCATION', 'Peterborough'], ['LOCATION', 'PE2 8TW'], ['NAME', 'Sunita Patel'], ['AGE', '90'], ['NAME', 'Tomasz Nowak'],
    ['PHONE', '07700 900 559'], ['EMAIL', 'tomasz.nowak.pb@gmail.com']),
  s(`hey its mel (Jaxon's mum) can u grab him from school at 3? im stuck at work. his teacher is Mrs Okafor, class 2O. Thanks hun x`,
    ['NAME', 'mel'], ['NAME', 'Jaxon'], ['NAME', 'Okafor']),
  s(`they've sectioned Jamie again. he's at the Maudsley, Ward 19. his named nurse is Kwame. Dad doesn't know yet pls dont say anything`,
    ['NAME', 'Jamie'], ['NAME', 'Kwame']),
  s(`New address for Mum from Monday: Ashgrove Care Home, 120 Station Road, Hinckley LE10 1AW. Her phone number stays the same (01455 613 882).`,
    ['LOCATION', '120 Station Road'], ['LOCATION', 'Hinckley'], ['LOCATION', 'LE10 1AW'], ['PHONE', '01455 613 882']),
  s(`Someone made a fake account @grandma_rose_official pretending to be my nan, Rose Whitfield, and is messaging her friends asking for money.`,
    ['ID', '@grandma_rose_official'], ['NAME', 'Rose Whitfield']),
  s(`Si Lola Remedios (Remedios Bautista Cruz) ay 91 na, nakatira sa Brgy. San Isidro, Tarlac City. Ang number ni Tita Baby ay 0917 482 3391.`,
    ['NAME', 'Remedios'], ['NAME', 'Remedios Bautista Cruz'], ['AGE', '91'], ['LOCATION', 'San Isidro'], ['LOCATION', 'Tarlac City'],
    ['NAME', 'Baby'], ['PHONE', '0917 482 3391']),
  s(`Bà nội tôi, cụ Nguyễn Thị Tư, năm nay 102 tuổi, sống ở phường Bến Thành, Quận 1, TP. Hồ Chí Minh.`,
    ['NAME', 'Nguyễn Thị Tư'], ['AGE', '102'], ['LOCATION', 'Bến Thành'], ['LOCATION', 'Quận 1'], ['LOCATION', 'Hồ Chí Minh']),
  s(`Annem Ayşe Yıldırım 93 yaşında, İzmir Karşıyaka'da oturuyor; telefonu 0532 418 77 20.`,
    ['NAME', 'Ayşe Yıldırım'], ['AGE', '93'], ['LOCATION', 'İzmir'], ['LOCATION', 'Karşıyaka'], ['PHONE', '0532 418 77 20']),
  s(`والدي أحمد حسن، عمره ٩٢ سنة، يسكن في عمّان ويحتاج إلى رعاية منزلية.`,
    ['NAME', 'أحمد حسن'], ['AGE', '٩٢'], ['LOCATION', 'عمّان']),
  s(`From: ward10.nursing@hospital.example
To: Gabriel Mensah <gmensah@protonmail.com>
Date: 6 Jan 2024
Dear Mr Mensah, your mother is medically fit for discharge; transport is booked for Tuesday.

> From: Gabriel Mensah
> Sent: 5 Jan 2024 22:41
> She cannot go home to 33 Kingsway, Gorleston until the stairlift is fitted. Who do I speak to?`,
    ['EMAIL', 'ward10.nursing@hospital.example'], ['NAME', 'Gabriel Mensah'], ['EMAIL', 'gmensah@protonmail.com'],
    ['DATE', '6 Jan 2024'], ['NAME', 'Mensah'], ['NAME', 'Gabriel Mensah'], ['DATE', '5 Jan 2024'], ['LOCATION', '33 Kingsway'],
    ['LOCATION', 'Gorleston']),
  s(`Grandma June is doing better — she'll be at her friend May's house in Reading from the 3rd, so post any cards there.`,
    ['NAME', 'June'], ['NAME', 'May'], ['LOCATION', 'Reading'], ['DATE', 'the 3rd']),
  s(`Moving Dad to sheltered housing in March (the town, not the month!) — 6 Elm Court, March PE15 8AR. He'll be nearer my sister Robin.`,
    ['LOCATION', 'March'], ['LOCATION', '6 Elm Court'], ['LOCATION', 'March'], ['LOCATION', 'PE15 8AR'], ['NAME', 'Robin']),
  // relatives, nothing to find
  s(`Is it normal for an 85-year-old to sleep 14 hours a day after starting mirtazapine 15 mg? She seems more confused in the evenings, around 6 pm.`),
  s(`What's the difference between Alzheimer's and Lewy body dementia, and would donepezil tablets or rivastigmine patches be better?`),
  s(`Dad's oxygen concentrator is set to 2 L/min and his sats are 89–91% — the leaflet from the respiratory team says aim for 88 to 92.`),
  s(`How do I apply for Attendance Allowance? Mum is 88 and needs help at night; the higher rate is £108.55 a week.`),
  s(`Grandpa keeps asking what day it is, so we've put up a big clock that shows Tuesday, the month and whether it's morning or evening.`),
  s(`Is it safe to take ibuprofen with warfarin? His INR was 3.1 last week and the anticoagulation clinic wants it between 2 and 3.`),
  s(`After the hip replacement the physio said no bending past 90 degrees for 6 weeks, and to use the raised toilet seat.`),
  s(`The church's meals ministry brings food on Wednesdays and the Lutheran pastor visits during Advent; does the hospice still allow that?`),
  // ── Banking, IT, vehicles, devices, registries, links ───────────────────────────────
  s(`Dispute form — Cardholder: Mr Li Jun Wei; Card: 5148 7574 9118 6257; Transaction date: 12/04/2024; Amount: £349.99; Merchant: APPLESTORE*ONLINE; Current account: 41028837.`,
    ['NAME', 'Li Jun Wei'], ['ACCOUNT', '5148 7574 9118 6257'], ['DATE', '12/04/2024'], ['ACCOUNT', '41028837']),
  s(`Helpdesk: Dr. Olumide Bankole cannot print prescriptions from EMIS. Workstation IP 172.16.40.23, MAC 3C:52:82:1A:7F:0E; printer is an HP LaserJet M404dn at 172.16.40.250.`,
    ['NAME', 'Olumide Bankole'], ['IP', '172.16.40.23'], ['DEVICE', '3C:52:82:1A:7F:0E'], ['IP', '172.16.40.250']),
  s(`Jun 12 03:14:07 gw01 sshd[2211]: Failed password for invalid user admin from 185.220.101.34 port 51922 ssh2
Jun 12 03:14:09 gw01 sshd[2213]: Accepted publickey for kmurphy from 10.0.4.17 port 50122 ssh2`,
    ['DATE', 'Jun 12'], ['IP', '185.220.101.34'], ['DATE', 'Jun 12'], ['ID', 'kmurphy'], ['IP', '10.0.4.17']),
  s(`Private sale: 2018 VW Golf, reg WP18 XKD, 61,000 miles, full service history. Seller: Imogen Tate, 07700 900 415, 7 Kiln Lane, Stroud GL5 2TL. Buyer: Jakub Nowicki. Price £9,750 cash.`,
    ['VEHICLE', 'WP18 XKD'], ['NAME', 'Imogen Tate'], ['PHONE', '07700 900 415'], ['LOCATION', '7 Kiln Lane'], ['LOCATION', 'Stroud'],
    ['LOCATION', 'GL5 2TL'], ['NAME', 'Jakub Nowicki']),
  s(`Dear Ms Yolanda Price-Jimenez, our records show that your 2020 Honda Civic, VIN 19XFC2F50LE204471, is affected by safety recall 20V-314. Please contact Sunrise Honda, 4100 E Camelback Rd, Phoenix, AZ 85018, (602) 555-0163.`,
    ['NAME', 'Yolanda Price-Jimenez'], ['VEHICLE', '19XFC2F50LE204471'], ['LOCATION', '4100 E Camelback Rd'], ['LOCATION', 'Phoenix'],
    ['LOCATION', '85018'], ['PHONE', '(602) 555-0163']),
  s(`PCN WK48812047 was issued on 03/05/2024 at 14:12 to vehicle LB21 OXM, parked on a single yellow line in Soho.`,
    ['ID', 'WK48812047'], ['DATE', '03/05/2024'], ['VEHICLE', 'LB21 OXM'], ['LOCATION', 'Soho']),
  s(`DRIVER RECORD
NAME: OKEKE, IFEOMA N        DOB: 09-30-1985
CLIENT ID: 448 120 937       CLASS: D
ADDRESS: 1440 GRAND CONCOURSE APT 6C, BRONX, NY 10457`,
    ['NAME', 'OKEKE, IFEOMA N'], ['DATE', '09-30-1985'], ['LICENSE', '448 120 937'], ['LOCATION', '1440 GRAND CONCOURSE APT 6C'],
    ['LOCATION', 'BRONX'], ['LOCATION', '10457']),
  s(`Tracker on van FJ72 NXW (Ford F-150, VIN 1FTFW1ET9DFC10312) last pinged in Dagenham at 02:40; the driver on shift was Paweł Zając.`,
    ['VEHICLE', 'FJ72 NXW'], ['VEHICLE', '1FTFW1ET9DFC10312'], ['LOCATION', 'Dagenham'], ['NAME', 'Paweł Zając']),
  s(`Philips has recalled certain DreamStation units; Mr Obadiah Grant's machine, SN J24417883DF2, is on the list and a replacement has been ordered.`,
    ['NAME', 'Obadiah Grant'], ['DEVICE', 'J24417883DF2']),
  s(`Alaris pump serial 800412883 alarmed "air in line" three times in Bay 6; biomedical engineering (Ahmed) collected it at 15:20.`,
    ['DEVICE', '800412883'], ['NAME', 'Ahmed']),
  s(`IMPLANT CARD — Patient: Consuelo Ibarra — Device: Amplatzer Septal Occluder, 25 mm, lot 6728441 — implanted 19/07/2023 by Dr Viktor Halász, Hospital Clínic de Barcelona.`,
    ['NAME', 'Consuelo Ibarra'], ['DATE', '19/07/2023'], ['NAME', 'Viktor Halász']),
  s(`Home ventilator Trilogy Evo SN TV224417819 for Oliwia Kamińska, 6, supplied by BOC; parents can be reached on 07700 900 862.`,
    ['DEVICE', 'TV224417819'], ['NAME', 'Oliwia Kamińska'], ['PHONE', '07700 900 862']),
  s(`Credentialing roster — Lakeshore Orthopedics
Andrea Goldfarb, MD — NPI 1043287659 — ABOS board certified
Tomás Echeverría, PA-C — NPI 1120934579
Chinonso Ubah, DPT — NPI 1204567899 — Illinois PT license 070.014417`,
    ['NAME', 'Andrea Goldfarb'], ['NPI', '1043287659'], ['NAME', 'Tomás Echeverría'], ['NPI', '1120934579'], ['NAME', 'Chinonso Ubah'],
    ['NPI', '1204567899'], ['LICENSE', '070.014417']),
  s(`Referring provider: Keisha Lamont-Brooks, FNP-BC, NPI# 1369482702, fax 312-555-0188.`,
    ['NAME', 'Keisha Lamont-Brooks'], ['NPI', '1369482702'], ['PHONE', '312-555-0188']),
  s(`Denied — rendering NPI 1234567890 is not valid (fails the check digit). Resubmit with the correct NPI for Dr. Farouk.`,
    ['NAME', 'Farouk']),
  s(`Controlled-substance Rx from Dr Hannah Lee-Sørensen, DEA FK7302158, for oxycodone 5 mg #20 — verify by calling the office at 503-555-0121.`,
    ['NAME', 'Hannah Lee-Sørensen'], ['LICENSE', 'FK7302158'], ['PHONE', '503-555-0121']),
  s(`Medical Board lookup: Physician's and Surgeon's Certificate A 148821, issued to Rahul Bhattacharjee, MD; status current; no public record actions.`,
    ['LICENSE', 'A 148821'], ['NAME', 'Rahul Bhattacharjee']),
  s(`Here's the shared folder with all of Mum's hospital letters: https://drive.google.com/drive/folders/1aB9xK2mQ7pLr4TzW0vY — please don't forward it.`,
    ['URL', 'https://drive.google.com/drive/folders/1aB9xK2mQ7pLr4TzW0vY']),
  s(`Our GoFundMe for Kai's surgery: https://gofund.me/4f7a2c19 — mahalo to everyone who shared! Kai Makoa-Reyes and the whole ohana 💛`,
    ['NAME', 'Kai'], ['URL', 'https://gofund.me/4f7a2c19'], ['NAME', 'Kai Makoa-Reyes']),
  s(`The case conference for baby Amani Otieno has moved to Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0MTI4/0 (passcode sent separately).`,
    ['NAME', 'Amani Otieno'], ['URL', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0MTI4/0']),
  s(`Her blog, www.lifewithlupus-by-hana.com, names her rheumatologist (Dr Ingrid Solheim) and the clinic in Tromsø.`,
    ['URL', 'www.lifewithlupus-by-hana.com'], ['NAME', 'Ingrid Solheim'], ['LOCATION', 'Tromsø']),
  s(`Comcast produced subscriber records for IP address 98.207.144.61 as of 2023-08-14 22:17:43 UTC: subscriber Brennan Whitlock, 4410 Nicollet Ave, Richfield, MN 55423.`,
    ['IP', '98.207.144.61'], ['DATE', '2023-08-14'], ['NAME', 'Brennan Whitlock'], ['LOCATION', '4410 Nicollet Ave'],
    ['LOCATION', 'Richfield'], ['LOCATION', '55423']),
  s(`The phishing email to c.ferreira@clinica-sorriso.pt came from 2a02:c7c:8b41:9e00::15 through a compromised mailbox.`,
    ['EMAIL', 'c.ferreira@clinica-sorriso.pt'], ['IP', '2a02:c7c:8b41:9e00::15']),
  s(`name,role,phone,email
"Abara, Ngozi",Ward Manager,+44 7700 900 301,ngozi.abara@nhs.example
"Lindqvist, Sarah",Consultant,+44 7700 900 302,sarah.lindqvist@nhs.example
"Van den Bosch, Pieter",Registrar,+31 6 1234 5678,p.vandenbosch@umc.example.nl`,
    ['NAME', 'Abara, Ngozi'], ['PHONE', '+44 7700 900 301'], ['EMAIL', 'ngozi.abara@nhs.example'], ['NAME', 'Lindqvist, Sarah'],
    ['PHONE', '+44 7700 900 302'], ['EMAIL', 'sarah.lindqvist@nhs.example'], ['NAME', 'Van den Bosch, Pieter'],
    ['PHONE', '+31 6 1234 5678'], ['EMAIL', 'p.vandenbosch@umc.example.nl']),
  s(`Minutes — Patient Safety Committee — 11 April 2024
Chair: Prof. Hamid Rezaei
1. Serious incident: wrong-site nerve block — the patient (K.M., 57) was informed under the Duty of Candour on 3 April.
2. Action: Dr Efua Mensah to audit WHO checklist compliance before the May meeting.`,
    ['DATE', '11 April 2024'], ['NAME', 'Hamid Rezaei'], ['NAME', 'K.M.'], ['DATE', '3 April'], ['NAME', 'Efua Mensah']),
  s(`DISPATCHER: 911, what's the address of your emergency?
CALLER: 4418 Oak Hollow Drive, Plano. My husband collapsed, he's not breathing!
DISPATCHER: What's your callback number, ma'am?
CALLER: 972-555-0156. His name is Rajesh, he's 61.`,
    ['LOCATION', '4418 Oak Hollow Drive'], ['LOCATION', 'Plano'], ['PHONE', '972-555-0156'], ['NAME', 'Rajesh']),
  s(`Apple Watch (serial GH4L2XK9Q1) flagged possible AFib for Mr Desmond Achterberg; he emailed the ECG PDF from desmond.a@icloud.com on 2 Feb.`,
    ['DEVICE', 'GH4L2XK9Q1'], ['NAME', 'Desmond Achterberg'], ['EMAIL', 'desmond.a@icloud.com'], ['DATE', '2 Feb']),
  s(`Lost phone report — Samsung Galaxy A54, IMEI 351760313721593. Owner: Ms Precious Ndlovu-Moyo, contact number +27 82 418 7720.`,
    ['DEVICE', '351760313721593'], ['NAME', 'Precious Ndlovu-Moyo'], ['PHONE', '+27 82 418 7720']),
  s(`FreeStyle Libre 3 sensor serial 0M0008KP4T for Ewan Baird, 12 — readings are shared to his dad's phone through LibreLinkUp (account fraser.baird@outlook.com).`,
    ['DEVICE', '0M0008KP4T'], ['NAME', 'Ewan Baird'], ['EMAIL', 'fraser.baird@outlook.com']),
  s(`Uber receipt: driver Abdi, Toyota Camry, plate 7XYZ418; pickup 3:14 PM at 500 Terry Francois Blvd, San Francisco.`,
    ['NAME', 'Abdi'], ['VEHICLE', '7XYZ418'], ['LOCATION', '500 Terry Francois Blvd'], ['LOCATION', 'San Francisco']),
  s(`Challan issued to vehicle DL 3C AB 4417 (owner Mr Vikram Sehgal) for jumping a red light at Connaught Place on 02/06/2024.`,
    ['VEHICLE', 'DL 3C AB 4417'], ['NAME', 'Vikram Sehgal'], ['LOCATION', 'Connaught Place'], ['DATE', '02/06/2024']),
  s(`Kennzeichen M-KL 4417, Halterin: Frau Brigitte Obermaier, Leopoldstraße 118, 80804 München.`,
    ['VEHICLE', 'M-KL 4417'], ['NAME', 'Brigitte Obermaier'], ['LOCATION', 'Leopoldstraße 118'], ['LOCATION', '80804'],
    ['LOCATION', 'München']),
  s(`Véhicule immatriculé GH-418-KP, conducteur M. Yannick Le Goff, domicilié 3 impasse des Mouettes, 29200 Brest.`,
    ['VEHICLE', 'GH-418-KP'], ['NAME', 'Yannick Le Goff'], ['LOCATION', '3 impasse des Mouettes'], ['LOCATION', '29200'],
    ['LOCATION', 'Brest']),
  s(`NSW driver licence 18427719 — Ms Chloe Papadakis, 22 Ocean St, Bondi NSW 2026.`,
    ['LICENSE', '18427719'], ['NAME', 'Chloe Papadakis'], ['LOCATION', '22 Ocean St'], ['LOCATION', 'Bondi'], ['LOCATION', '2026']),
  s(`DVLA driving licence OKAFO807158CE9AB, Mr Chidi Emeka Okafor — 3 penalty points (SP30) endorsed.`,
    ['LICENSE', 'OKAFO807158CE9AB'], ['NAME', 'Chidi Emeka Okafor']),
  s(`NATIONWIDE BUILDING SOCIETY — FlexAccount
Mr Oluwatobi A Adeyemi
Flat 4, 19 Roseberry Avenue
Leeds LS8 2QT
Account no. 71842290    Statement date 31 May 2024
01 May   Card payment TESCO STORES 3341       £23.40
03 May   Faster Payment from BAMIDELE A       £150.00`,
    ['NAME', 'Oluwatobi A Adeyemi'], ['LOCATION', 'Flat 4, 19 Roseberry Avenue'], ['LOCATION', 'Leeds'], ['LOCATION', 'LS8 2QT'],
    ['ACCOUNT', '71842290'], ['DATE', '31 May 2024'], ['DATE', '01 May'], ['DATE', '03 May'], ['NAME', 'BAMIDELE A']),
  s(`AMEX 3771 147104 97466, exp 08/26 — name on card: LEE KWAN YEUNG. Please charge the deposit of HK$5,000.`,
    ['ACCOUNT', '3771 147104 97466'], ['NAME', 'LEE KWAN YEUNG']),
  s(`Pay the deposit with the Discover card 6011 3667 1276 8422 (Marcus Holloway-Diaz); the billing ZIP is 30312.`,
    ['ACCOUNT', '6011 3667 1276 8422'], ['NAME', 'Marcus Holloway-Diaz'], ['LOCATION', '30312']),
  s(`Overfør husleien til Ingrid Haugland, kontonummer NO12 3269 9102 374, innen utgangen av hver måned.`,
    ['NAME', 'Ingrid Haugland'], ['ACCOUNT', 'NO12 3269 9102 374']),
  s(`Salary for Mr Faisal Al-Qahtani should go to IBAN SA21 8009 5461 1139 3095 5972 from the June payroll.`,
    ['NAME', 'Faisal Al-Qahtani'], ['ACCOUNT', 'SA21 8009 5461 1139 3095 5972']),
  s(`Please transfer Rs 45,000 to my brother Bilal Chaudhry, IBAN PK88 HABB 9792 6224 3933 2836 (Habib Bank, Lahore).`,
    ['NAME', 'Bilal Chaudhry'], ['ACCOUNT', 'PK88 HABB 9792 6224 3933 2836'], ['LOCATION', 'Lahore']),
  s(`Zahlung an Herrn Luca Bernasconi, IBAN CH13 8378 3266 1663 0494 0, Via Nassa 21, 6900 Lugano.`,
    ['NAME', 'Luca Bernasconi'], ['ACCOUNT', 'CH13 8378 3266 1663 0494 0'], ['LOCATION', 'Via Nassa 21'], ['LOCATION', '6900'],
    ['LOCATION', 'Lugano']),
  s(`Bonifico a favore della Sig.ra Chiara Lombardi — IBAN IT90 X030 6909 6061 0000 0100 772 — causale: rimborso spese mediche.`,
    ['NAME', 'Chiara Lombardi'], ['ACCOUNT', 'IT90 X030 6909 6061 0000 0100 772']),
  s(`Transferencia a D. Álvaro Gil-Robles Sanz, cuenta ES03 2100 0033 9075 7938 3470, concepto: fianza piso.`,
    ['NAME', 'Álvaro Gil-Robles Sanz'], ['ACCOUNT', 'ES03 2100 0033 9075 7938 3470']),
  s(`Refund the overpaid rent to GB54 LOYD 6193 4514 5061 23 (account name: Miss Tegan Llewellyn).`,
    ['ACCOUNT', 'GB54 LOYD 6193 4514 5061 23'], ['NAME', 'Tegan Llewellyn']),
  s(`Graag overmaken naar NL34 INGB 6100 3307 66 t.n.v. M. de Jong-Bakker onder vermelding van het dossiernummer.`,
    ['ACCOUNT', 'NL34 INGB 6100 3307 66'], ['NAME', 'M. de Jong-Bakker']),
  // banking, IT, devices — nothing to find
  s(`Update to iOS 17.4.1 and LibreLink 2.10.1 before pairing; the Bluetooth range is about 10 metres.`),
  s(`Firmware 2.4.10.3 fixes the alarm bug on the Alaris 8015 PC unit; install it with Guardrails Editor version 4.x.`),
  s(`Tesla Model 3 Long Range: 0–60 in 4.2 s, 358-mile EPA range; Supercharger V3 peaks at 250 kW.`),
  s(`Port 443 is open, 22 is filtered and TLS 1.3 is enforced; the load balancer health check runs every 30 seconds.`),
  s(`Run npm install and then npm run build; Node 20.19 and TypeScript 5.6 are required, and the bundle must stay under 250 KB.`),
  s(`The Apple Watch Series 9 ECG app is FDA-cleared for adults 22 and over; irregular rhythm notifications need watchOS 9 or later.`),
  s(`Microsoft Teams, Zoom and Google Meet are approved; WhatsApp is not approved for clinical images under policy 4.3.`),
  s(`Average response times: Category 1 calls 8 min 20 s and Category 2 calls 35 min, against a national Category 2 target of 18 minutes.`),
  s(`The Ford Transit Custom recall covers vans built during part of 2022; dealers will replace the seat-belt buckle free of charge.`),
  s(`The template IBAN GB00 XXXX 0000 0000 0000 00 must be replaced before the payment file is uploaded.`),
  s(`Test data uses 000-12-3456, 666-01-2345 and 987-65-4320 — none of these can be a real Social Security number.`),
  s(`Card number 4111 1111 1111 1112 was rejected because it fails the Luhn check.`),
  s(`NPPES returned no match for 1999999999; an NPI must pass the Luhn check with the 80840 prefix.`),
  s(`VIN 1HGCM82633A004353 failed validation at the DMV counter because of a check-digit mismatch.`),
  s(`NHS number 943 476 5910 failed the modulus 11 check on the spine lookup, so the referral bounced.`),
  // ── More of everything: notices, captions, scripts, forms ───────────────────────────
  s(`MBEKI-HOLT, Cecilia Nomsa — died peacefully on 9th January 2024, aged 103, at her home in Grahamstown. Beloved wife of the late Reverend Thomas Holt and mother of four.`,
    ['NAME', 'MBEKI-HOLT, Cecilia Nomsa'], ['DATE', '9th January 2024'], ['AGE', '103'], ['LOCATION', 'Grahamstown'],
    ['NAME', 'Thomas Holt']),
  s(`Please pray for: Brother Emmanuel Asare (surgery on Tuesday), Sister Comfort (recently bereaved), and little Ama Boateng, who is in the NICU at Komfo Anokye.`,
    ['NAME', 'Emmanuel Asare'], ['NAME', 'Comfort'], ['NAME', 'Ama Boateng']),
  s(`Court 3 — 10:00
R v KOWALCZYK, Piotr (bail application)
R v N'DIAYE, Mamadou (sentence)
Judge: HHJ Barraclough`,
    ['NAME', 'KOWALCZYK, Piotr'], ['NAME', `N'DIAYE, Mamadou`], ['NAME', 'Barraclough']),
  s(`Player: Sione Vainikolo (U16), DOB 21/08/2008, concussion on 04/05 in the match against Bay of Plenty; GRTP stage 3. Parent: Losa Vainikolo, 021 448 2190.`,
    ['NAME', 'Sione Vainikolo'], ['DATE', '21/08/2008'], ['DATE', '04/05'], ['NAME', 'Losa Vainikolo'], ['PHONE', '021 448 2190']),
  s(`Participant ID: ALZ-0417. Name: Dorothea Finch. I consent to my coded data being shared with approved researchers, including those outside the UK.`,
    ['ID', 'ALZ-0417'], ['NAME', 'Dorothea Finch']),
  s(`Subject 104-0023 (initials R-J-K) was randomised on 2024-02-29 to arm B; site 104 is the Pitié-Salpêtrière.`,
    ['ID', '104-0023'], ['NAME', 'R-J-K'], ['DATE', '2024-02-29']),
  s(`CERTIFIED COPY OF AN ENTRY OF BIRTH
1. Date and place of birth: Fourth March 1987, St Mary's Hospital, Portsmouth
2. Name and surname: Leanne Marie COX
4. Name and surname of father: Gary Paul COX
7. Name and surname of mother: Tracey COX
8. Maiden surname of mother: PINNOCK`,
    ['DATE', 'Fourth March 1987'], ['LOCATION', 'Portsmouth'], ['NAME', 'Leanne Marie COX'], ['NAME', 'Gary Paul COX'],
    ['NAME', 'Tracey COX'], ['NAME', 'PINNOCK']),
  s(`Patient Almaz Tesfaye Gebre (given name Almaz; father's name Tesfaye), 34, from Bahir Dar, is booked for a Caesarean section.`,
    ['NAME', 'Almaz Tesfaye Gebre'], ['NAME', 'Almaz'], ['NAME', 'Tesfaye'], ['LOCATION', 'Bahir Dar']),
  s(`Guðrún Jónsdóttir og sonur hennar Einar Magnússon, Laugavegur 54, 101 Reykjavík.`,
    ['NAME', 'Guðrún Jónsdóttir'], ['NAME', 'Einar Magnússon'], ['LOCATION', 'Laugavegur 54'], ['LOCATION', '101'],
    ['LOCATION', 'Reykjavík']),
  s(`Ο ασθενής Γεώργιος Παπαδόπουλος, 91 ετών, κάτοικος Θεσσαλονίκης, εισήχθη με πνευμονία.`,
    ['NAME', 'Γεώργιος Παπαδόπουλος'], ['AGE', '91'], ['LOCATION', 'Θεσσαλονίκης']),
  s(`הילד נועם לוי, בן 7, מחולון, הגיע עם חום גבוה.`,
    ['NAME', 'נועם לוי'], ['LOCATION', 'חולון']),
  s(`คุณสมชาย ใจดี อายุ 90 ปี บ้านเลขที่ 45 ถนนสุขุมวิท กรุงเทพฯ`,
    ['NAME', 'สมชาย ใจดี'], ['AGE', '90'], ['LOCATION', '45 ถนนสุขุมวิท'], ['LOCATION', 'กรุงเทพฯ']),
  s(`Бабушка Валентина Ивановна в больнице №40, палата 12, звоните 8 (912) 448-20-17`,
    ['NAME', 'Валентина Ивановна'], ['PHONE', '8 (912) 448-20-17']),
  s(`بیمار: زهرا محمدی، ۹۴ ساله، ساکن شیراز`,
    ['NAME', 'زهرا محمدی'], ['AGE', '۹۴'], ['LOCATION', 'شیراز']),
  s(`रोगी: राजेश कुमार वर्मा, आयु 58, निवासी लखनऊ, मधुमेह और उच्च रक्तचाप।`,
    ['NAME', 'राजेश कुमार वर्मा'], ['LOCATION', 'लखनऊ']),
  s(`Patient: R. Subramanian (Ramaswamy Subramanian), 72, T. Nagar, Chennai 600017; son S. Karthikeyan to be contacted for consent.`,
    ['NAME', 'R. Subramanian'], ['NAME', 'Ramaswamy Subramanian'], ['LOCATION', 'T. Nagar'], ['LOCATION', 'Chennai'],
    ['LOCATION', '600017'], ['NAME', 'S. Karthikeyan']),
  s(`Pasien: Bapak Sutrisno, 67 tahun, alamat Jl. Malioboro No. 52, Yogyakarta 55213. Dokter penanggung jawab: dr. Bambang S., Sp.PD.`,
    ['NAME', 'Sutrisno'], ['LOCATION', 'Jl. Malioboro No. 52'], ['LOCATION', 'Yogyakarta'], ['LOCATION', '55213'],
    ['NAME', 'Bambang S.']),
  s(`Puan Siti Aminah binti Ahmad Fauzi, No. 12, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam.`,
    ['NAME', 'Siti Aminah binti Ahmad Fauzi'], ['LOCATION', 'No. 12, Jalan Melati 3'], ['LOCATION', 'Taman Sri Muda'],
    ['LOCATION', '40400'], ['LOCATION', 'Shah Alam']),
  s(`Mgonjwa: Bi. Zawadi Mwakasege, umri miaka 93, anaishi Arusha; simu 0754 218 440.`,
    ['NAME', 'Zawadi Mwakasege'], ['AGE', '93'], ['LOCATION', 'Arusha'], ['PHONE', '0754 218 440']),
  s(`Utente: Sr. João Pedro Sousa Mendes, n.º de utente do SNS 284417390, residente em Coimbra.`,
    ['NAME', 'João Pedro Sousa Mendes'], ['MRN', '284417390'], ['LOCATION', 'Coimbra']),
  s(`Decedent resided at 1207 County Road 14, Marion, Grant County, Indiana 46952.`,
    ['LOCATION', '1207 County Road 14'], ['LOCATION', 'Marion'], ['LOCATION', 'Grant County'], ['LOCATION', '46952']),
  s(`IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT IN AND FOR MIAMI-DADE COUNTY, FLORIDA
CASE NO.: 2024-004417-CA-01
MARISOL ECHEVARRÍA, Plaintiff,
v.
SUNSHINE STATE PROPERTY MANAGEMENT, LLC, Defendant.`,
    ['LOCATION', 'MIAMI-DADE COUNTY'], ['ID', '2024-004417-CA-01'], ['NAME', 'MARISOL ECHEVARRÍA']),
  s(`Death certificate: decedent Earl Lee Tuttle, age 90, died 10/14/2023 in Cabell County, WV; informant Loretta Tuttle-Sims.`,
    ['NAME', 'Earl Lee Tuttle'], ['AGE', '90'], ['DATE', '10/14/2023'], ['LOCATION', 'Cabell County'], ['NAME', 'Loretta Tuttle-Sims']),
  s(`Social Security Administration — Notice of Award
Beneficiary: DELORES M. WASHINGTON    SSN: 284-36-9107
Your monthly benefit beginning January 2024 will be $1,847.00.`,
    ['NAME', 'DELORES M. WASHINGTON'], ['SSN', '284-36-9107'], ['DATE', 'January 2024']),
  s(`Patient name: Bjorn Eriksen-Tate    ssn#: 523 71 0449    MRN: 00-44-18-27    Insurance: Cigna, member U88241073 01`,
    ['NAME', 'Bjorn Eriksen-Tate'], ['SSN', '523 71 0449'], ['MRN', '00-44-18-27'], ['ACCOUNT', 'U88241073 01']),
  s(`Hi Lorna, I need your SSN and your husband's for the 1040 — better to read them to me over the phone than email. The one I have on file for you is 412-88-1907; is that right? — Gil (Gil Menendez, EA)`,
    ['NAME', 'Lorna'], ['SSN', '412-88-1907'], ['NAME', 'Gil'], ['NAME', 'Gil Menendez']),
  s(`Resident: Opal Dunmore-Fisk, age 104, admitted 02/29/2024 from Mercy Hospital; Medicaid ID 448120937A; POA: grandson Tre Fisk, 470-555-0182.`,
    ['NAME', 'Opal Dunmore-Fisk'], ['AGE', '104'], ['DATE', '02/29/2024'], ['ACCOUNT', '448120937A'], ['NAME', 'Tre Fisk'],
    ['PHONE', '470-555-0182']),
  s(`Patient: Mochi (cat, 14 years), hyperthyroid, on methimazole 2.5 mg BD. Owner: Mrs Haruka Ito, 0468 221 904.`,
    ['NAME', 'Haruka Ito'], ['PHONE', '0468 221 904']),
  s(`Ms Hodan Abdi Warsame (Home Office ref W1234567/003, DOB 01/01/1994) has her asylum interview in Croydon on 18th July.`,
    ['NAME', 'Hodan Abdi Warsame'], ['ID', 'W1234567/003'], ['DATE', '01/01/1994'], ['LOCATION', 'Croydon'], ['DATE', '18th July']),
  s(`Mr Zhang Wei, 88 Zhongshan Road, Gulou District, Nanjing 210008 — parcel of medication returned undelivered.`,
    ['NAME', 'Zhang Wei'], ['LOCATION', '88 Zhongshan Road'], ['LOCATION', 'Gulou District'], ['LOCATION', 'Nanjing'],
    ['LOCATION', '210008']),
  s(`Attn: Mrs Folake Adebanjo-Cole, Plot 14, Adeola Odeku Street, Victoria Island, Lagos.`,
    ['NAME', 'Folake Adebanjo-Cole'], ['LOCATION', 'Plot 14, Adeola Odeku Street'], ['LOCATION', 'Victoria Island'],
    ['LOCATION', 'Lagos']),
  s(`Tamara Greene lives at 1600 Martin Luther King Jr Blvd, Riverside, CA 92507 and works nights at the distribution centre.`,
    ['NAME', 'Tamara Greene'], ['LOCATION', '1600 Martin Luther King Jr Blvd'], ['LOCATION', 'Riverside'], ['LOCATION', '92507']),
  s(`Mr Iain Drummond, Flat 2, 11 Nelson Mandela Place, Glasgow G2 1QY.`,
    ['NAME', 'Iain Drummond'], ['LOCATION', 'Flat 2, 11 Nelson Mandela Place'], ['LOCATION', 'Glasgow'], ['LOCATION', 'G2 1QY']),
  s(`할머니 이순자 (92세), 서울 종로구 거주, 고혈압으로 약 복용 중.`,
    ['NAME', '이순자'], ['AGE', '92'], ['LOCATION', '서울'], ['LOCATION', '종로구']),
  s(`祖父の鈴木 茂は95歳で、横浜市青葉区に一人で住んでいます。`,
    ['NAME', '鈴木 茂'], ['AGE', '95'], ['LOCATION', '横浜市'], ['LOCATION', '青葉区']),
  s(`IN THE HIGH COURT OF JUSTICE, KING'S BENCH DIVISION
Claim No. KB-2024-001873
BETWEEN: MRS FIONNUALA McGUINNESS (Claimant) and DR ALISTAIR PENRICE-WADE (Defendant)`,
    ['ID', 'KB-2024-001873'], ['NAME', 'FIONNUALA McGUINNESS'], ['NAME', 'ALISTAIR PENRICE-WADE']),
  s(`Petitioner: Anastasia Volkova-Reyes, of 55 Water Street Apt 12D, Brooklyn, NY 11201. Respondent: Diego Reyes Paredes, whereabouts unknown (last known in Medellín).`,
    ['NAME', 'Anastasia Volkova-Reyes'], ['LOCATION', '55 Water Street Apt 12D'], ['LOCATION', 'Brooklyn'], ['LOCATION', '11201'],
    ['NAME', 'Diego Reyes Paredes'], ['LOCATION', 'Medellín']),
  s(`Authorised to collect Mia: Mum (Leah Goldberg), Grandpa Saul, childminder Tomiwa.
NOT authorised: father (Aaron Goldberg) — court order dated 14/02/2023.`,
    ['NAME', 'Mia'], ['NAME', 'Leah Goldberg'], ['NAME', 'Saul'], ['NAME', 'Tomiwa'], ['NAME', 'Aaron Goldberg'], ['DATE', '14/02/2023']),
  s(`Inquest touching the death of Mr Keith Alan Brookes, aged 62, late of 8 Sandpiper Close, Skegness PE25 1RQ, to be opened at Lincoln on 12 March.`,
    ['NAME', 'Keith Alan Brookes'], ['LOCATION', '8 Sandpiper Close'], ['LOCATION', 'Skegness'], ['LOCATION', 'PE25 1RQ'],
    ['LOCATION', 'Lincoln'], ['DATE', '12 March']),
  s(`Mrs Ivy Chatterton, who would have been ninety-nine on Sunday, is remembered by everyone at the lunch club.`,
    ['NAME', 'Ivy Chatterton'], ['AGE', 'ninety-nine']),
  s(`Dr. Yaw Boakye, DDS — dental license DN 044172, NPI 1583691476 — lab case for Ms Ruth-Ann Clarke, shade A2, due 9/18.`,
    ['NAME', 'Yaw Boakye'], ['LICENSE', 'DN 044172'], ['NPI', '1583691476'], ['NAME', 'Ruth-Ann Clarke'], ['DATE', '9/18']),
  s(`VA 6/9 R, 6/12 L; IOP 18/21. Mr Ravi Shankar Menon, 90, attends with his daughter Lakshmi; next review at Moorfields in 4 months.`,
    ['NAME', 'Ravi Shankar Menon'], ['AGE', '90'], ['NAME', 'Lakshmi']),
  s(`Your results for KOFI ANSAH-MENSAH (DOB 1972-10-03) are now available at https://results.labportal.example/v/88Qh2 — please do not reply to this message.`,
    ['NAME', 'KOFI ANSAH-MENSAH'], ['DATE', '1972-10-03'], ['URL', 'https://results.labportal.example/v/88Qh2']),
  s(`CVS: Hi TERESA, your Rx for ATORVASTATIN is ready at 1440 Boston Post Rd, Milford CT. Reply STOP to opt out.`,
    ['NAME', 'TERESA'], ['LOCATION', '1440 Boston Post Rd'], ['LOCATION', 'Milford']),
  s(`@dr_amara_o can you look at my son's rash? he's 4, pics attached. we're in Kumasi. my whatsapp +233 24 418 2290`,
    ['ID', '@dr_amara_o'], ['LOCATION', 'Kumasi'], ['PHONE', '+233 24 418 2290']),
  s(`Form I-130 — Petitioner: Nguyen Thi Mai Anh, A-Number A098-221-473, USCIS online account number 1420-4417-8820; Beneficiary: Nguyen Van Long, born 04/11/1990 in Hải Phòng.`,
    ['NAME', 'Nguyen Thi Mai Anh'], ['ID', 'A098-221-473'], ['ID', '1420-4417-8820'], ['NAME', 'Nguyen Van Long'],
    ['DATE', '04/11/1990'], ['LOCATION', 'Hải Phòng']),
  s(`Versicherte: Frau Regula Bachmann-Züst, AHV-Nr. 756.4417.2290.32, wohnhaft Seestrasse 8, 8800 Thalwil.`,
    ['NAME', 'Regula Bachmann-Züst'], ['SSN', '756.4417.2290.32'], ['LOCATION', 'Seestrasse 8'], ['LOCATION', '8800'],
    ['LOCATION', 'Thalwil']),
  s(`Medicare number 7RA4-JQ3-MK29 belongs to Mr Cornelius Abbott-Vance; his Part D plan is through SilverScript.`,
    ['ACCOUNT', '7RA4-JQ3-MK29'], ['NAME', 'Cornelius Abbott-Vance']),
  s(`Cubicle 7: ĐẶNG Văn Hùng, 90M, ?NSTEMI, troponin pending, URN 0044172. Son interpreting.`,
    ['NAME', 'ĐẶNG Văn Hùng'], ['AGE', '90'], ['MRN', '0044172']),
  s(`Group and save for FERREIRA, Joana (Hosp No. E10448217): 2 units O negative on standby; consent for transfusion taken by Dr Ng.`,
    ['NAME', 'FERREIRA, Joana'], ['MRN', 'E10448217'], ['NAME', 'Ng']),
  s(`Re: Mr Tobias Wren-Hathaway, NHS No: 6382049174 — seen in the memory clinic today; MoCA 21/30.`,
    ['NAME', 'Tobias Wren-Hathaway'], ['MRN', '6382049174']),
  s(`Patient Robert "Bubba" Thibodeaux, 47, from Lafayette, LA, presented with crushing chest pain after shrimping all morning.`,
    ['NAME', 'Robert "Bubba" Thibodeaux'], ['LOCATION', 'Lafayette']),
  s(`Witness: J. R. "Jack" Whitmore, retired postmaster, signed in the presence of Heinrich VON ALVENSLEBEN-SCHÖNBORN.`,
    ['NAME', 'J. R. "Jack" Whitmore'], ['NAME', 'Heinrich VON ALVENSLEBEN-SCHÖNBORN']),
  s(`Francisco Javier 'Paco' Hernández Ruiz, 58, camionero, vive en Cádiz; su mujer, Mari Carmen, llama todos los días.`,
    ['NAME', `Francisco Javier 'Paco' Hernández Ruiz`], ['LOCATION', 'Cádiz'], ['NAME', 'Mari Carmen']),
  s(`Ji-woo Park (PARK Ji-woo on her passport) prefers "Jiwoo" on all clinic letters.`,
    ['NAME', 'Ji-woo Park'], ['NAME', 'PARK Ji-woo'], ['NAME', 'Jiwoo']),
  // more look-alikes, nothing to find
  s(`The Nelson Mandela Children's Hospital and Chris Hani Baragwanath Hospital both run paediatric HIV clinics.`),
  s(`George Eliot Hospital, Florence Nightingale House and the Edith Cavell Building are all on the same site.`),
  s(`The Ronald McDonald House has 24 family rooms; the Teenage Cancer Trust unit is on the 7th floor.`),
  s(`Martin Luther King Jr. Day, Presidents' Day and Juneteenth are observed; the office also closes for Thanksgiving and the Friday after.`),
  s(`Valium, Ativan and Xanax are benzodiazepines; Zoloft, Lexapro and Celexa are SSRIs; Ambien is a Z-drug.`),
  s(`Dr Reddy's Laboratories, Ernst & Young and Marks & Spencer all sponsor the charity fun run.`),
  s(`Mrs Dash seasoning and Ben's Original rice are fine on a low-sodium diet in moderation.`),
  s(`The Mayo Clinic diet and the Atkins diet both limit refined carbohydrates; the DASH diet focuses on sodium.`),
  s(`Braden 14, Waterlow 18, MUST 2, Morse Fall Scale 55 — high risk; reposition every 2 hours on a Nimbus mattress.`),
  s(`Heparin 5,000 units SC BD or tinzaparin 4,500 units OD, plus TED stockings for 28 days after the Kirschner wire fixation.`),
  s(`The Jehovah's Witness hospital liaison committee can advise on cell salvage; Sikh patients may wish to keep the kara on in theatre.`),
  s(`ECG: sinus rhythm 72 bpm, PR 180 ms, QRS 96 ms, QTc 452 ms, left axis deviation, no acute ST changes.`),
  s(`The 21st Century Cures Act introduced information-blocking rules, and the 2nd edition of the guidance came out in 2019.`),
  s(`Chapter 11 bankruptcy, Section 230 and Article 8 of the ECHR all came up in the seminar on the 3rd floor.`),
  s(`People aged 75 to 79 are offered the RSV vaccine; those aged 80 and over were not included in the 2024 rollout.`),
  s(`Hanukkah, Christmas and Kwanzaa fall close together this year, so the food bank is open Monday to Thursday only.`),
  s(`Mandarin, Cantonese and Hakka speakers can use the Chinese-language line; Yoruba and Igbo interpreters need 48 hours' notice.`),
  s(`Cushing's syndrome, Addison's disease and Conn's syndrome are adrenal disorders, whereas Graves' disease affects the thyroid.`),
  s(`The Gillick competence test and the Fraser guidelines apply to under-16s seeking contraception; Bolam and Bolitho govern the standard of care.`),
  s(`Serum sodium 128 mmol/L, osmolality 262 mOsm/kg, urine sodium 45 — likely SIADH secondary to carbamazepine 400 mg BD.`),
  s(`Windows 11 23H2, Office build 16.0.17328.20184 and Chrome 124.0.6367.91 are the approved versions for clinical workstations.`),
  s(`Dose: 0.3 mL of Comirnaty JN.1, batch HH7234; the next booster is due in 6 months.`),
  // ── Licences, devices, links, many date formats, long threads ───────────────────────
  s(`PRIOR AUTHORIZATION REQUEST
Ordering: Dr. Mei-Ling Hsu, NPI 1694702584
Facility: Summit Imaging Center, NPI 1815926047
Patient: Gerald Okonkwo-Barnes, DOB 3/3/1958, member ID ZGP448120937
Service: MRI lumbar spine without contrast (CPT 72148); ICD-10 M54.16`,
    ['NAME', 'Mei-Ling Hsu'], ['NPI', '1694702584'], ['NPI', '1815926047'], ['NAME', 'Gerald Okonkwo-Barnes'], ['DATE', '3/3/1958'],
    ['ACCOUNT', 'ZGP448120937']),
  s(`Dr. Imani Sekou-Baptiste — Georgia medical license 071448, DEA MS2918475, NPI 1098765435 — board certified in Family Medicine since 2012.`,
    ['NAME', 'Imani Sekou-Baptiste'], ['LICENSE', '071448'], ['LICENSE', 'MS2918475'], ['NPI', '1098765435']),
  s(`Rendering provider: Olufemi Adewale, PT, DPT — NPI: 1736 2518 48 — taxonomy 225100000X.`,
    ['NAME', 'Olufemi Adewale'], ['NPI', '1736 2518 48']),
  s(`Bank staff sign-in — Ward 4 — 03MAY2024
Name                 | Reg no.          | Time in
Grace Nwankwo        | NMC 15C4417E     | 19:45
Tomasz Lewandowski   | HCPC PH118204    | 20:00
Aaliyah Mensah       | GPhC 2074417     | 20:05`,
    ['DATE', '03MAY2024'], ['NAME', 'Grace Nwankwo'], ['LICENSE', '15C4417E'], ['NAME', 'Tomasz Lewandowski'],
    ['LICENSE', 'PH118204'], ['NAME', 'Aaliyah Mensah'], ['LICENSE', '2074417']),
  s(`Dr. Priya Nair (CPSO #88417) refers Mr. Étienne Bouchard, OHIP 4417-229-087-KT, of 88 Rideau St, Ottawa ON K1N 5W8, tel. 613-555-0147.`,
    ['NAME', 'Priya Nair'], ['LICENSE', '88417'], ['NAME', 'Étienne Bouchard'], ['ACCOUNT', '4417-229-087-KT'],
    ['LOCATION', '88 Rideau St'], ['LOCATION', 'Ottawa'], ['LOCATION', 'K1N 5W8'], ['PHONE', '613-555-0147']),
  s(`Dr. Sneha Kulkarni, MBBS, MD (Reg. No. MMC-2011/04/1728), Kulkarni Clinic, Kothrud, Pune 411038 — OPD Monday to Saturday.`,
    ['NAME', 'Sneha Kulkarni'], ['LICENSE', 'MMC-2011/04/1728'], ['LOCATION', 'Kothrud'], ['LOCATION', 'Pune'], ['LOCATION', '411038']),
  s(`Firearm certificate 44/1729, held by Mr Angus Munro of Aviemore, is up for renewal; his GP has flagged a new depression diagnosis.`,
    ['LICENSE', '44/1729'], ['NAME', 'Angus Munro'], ['LOCATION', 'Aviemore']),
  s(`Cochlear Nucleus 8 sound processor SN 3204417821 and CI622 implant SN 6010448217 — Lily Okafor-Tan, age 3, switch-on at 4 weeks.`,
    ['DEVICE', '3204417821'], ['DEVICE', '6010448217'], ['NAME', 'Lily Okafor-Tan']),
  s(`Omnipod 5 controller serial 0A4417C290, paired with a Dexcom G6; child Finlay Ó Ceallaigh, 9, on automated mode since Easter.`,
    ['DEVICE', '0A4417C290'], ['NAME', 'Finlay Ó Ceallaigh']),
  s(`Zoll LifeVest, serial 22-04417, issued to Mr Gérard Lemaire pending ICD decision; wear-time compliance 22.6 h/day.`,
    ['DEVICE', '22-04417'], ['NAME', 'Gérard Lemaire']),
  s(`Neurostimulator Medtronic Percept PC, SN NPC704417H, implanted 2022-11-08 for Mrs Ayako Ferreira-Sato; MRI only in full-body eligible mode.`,
    ['DEVICE', 'NPC704417H'], ['DATE', '2022-11-08'], ['NAME', 'Ayako Ferreira-Sato']),
  s(`Crime ref 01/448120/24: iPhone 13 stolen from Ms Hanna Korhonen; IMEI 350109281590138, Wi-Fi MAC a4:83:e7:2c:19:5b.`,
    ['ID', '01/448120/24'], ['NAME', 'Hanna Korhonen'], ['DEVICE', '350109281590138'], ['DEVICE', 'a4:83:e7:2c:19:5b']),
  s(`The patient-portal access log shows logins to Marguerite Duval's account from 86.154.22.91 and from 2a00:23c5:e91f:4401::1f within four minutes.`,
    ['NAME', 'Marguerite Duval'], ['IP', '86.154.22.91'], ['IP', '2a00:23c5:e91f:4401::1f']),
  s(`Dear Admin, please whitelist our office IP 62.31.144.8 for the EMR. Contact: Neil Sadler (neil@sadlerdental.co.uk), practice manager.`,
    ['IP', '62.31.144.8'], ['NAME', 'Neil Sadler'], ['EMAIL', 'neil@sadlerdental.co.uk']),
  s(`The complainant posted the video at https://www.tiktok.com/@jess.carter.44/video/7312448120937, naming the nurse involved, Olu Bankole.`,
    ['URL', 'https://www.tiktok.com/@jess.carter.44/video/7312448120937'], ['NAME', 'Olu Bankole']),
  s(`Full notice: www.legacy.example/obituaries/harold-pruitt-1932-2024 — the service is on Saturday at First Baptist.`,
    ['URL', 'www.legacy.example/obituaries/harold-pruitt-1932-2024']),
  s(`Meal train for the Okonkwo family now the twins are home: bit.ly/okonkwo-meals — sign up for a night! 🍲`,
    ['NAME', 'Okonkwo'], ['URL', 'bit.ly/okonkwo-meals']),
  s(`Applicant Rafael Domínguez, SS#: 318-40-2291; co-applicant Inés Domínguez, Social Security No. 455 90 3378; dependent Mateo, SSN 537449102.`,
    ['NAME', 'Rafael Domínguez'], ['SSN', '318-40-2291'], ['NAME', 'Inés Domínguez'], ['SSN', '455 90 3378'], ['NAME', 'Mateo'],
    ['SSN', '537449102']),
  s(`Car reg 191-D-44172, a 2019 Skoda Octavia, is registered to Ms Saoirse Nic Giolla Phádraig, Ranelagh.`,
    ['VEHICLE', '191-D-44172'], ['NAME', 'Saoirse Nic Giolla Phádraig'], ['LOCATION', 'Ranelagh']),
  s(`Suspect vehicle: Ohio HKT 4417, grey Chevy Malibu; registered owner Travon Ellison, 3312 E 116th St, Cleveland, OH 44120.`,
    ['VEHICLE', 'HKT 4417'], ['NAME', 'Travon Ellison'], ['LOCATION', '3312 E 116th St'], ['LOCATION', 'Cleveland'], ['LOCATION', '44120']),
  s(`Cab KA 05 MN 4821 (driver Manjunath) dropped Mrs Vasanthi Rao at Jayanagar 4th Block, Bengaluru, at 22:10.`,
    ['VEHICLE', 'KA 05 MN 4821'], ['NAME', 'Manjunath'], ['NAME', 'Vasanthi Rao'], ['LOCATION', 'Jayanagar 4th Block'],
    ['LOCATION', 'Bengaluru']),
  s(`Thames Water account 8000 4417 2290 001, in the name of Mr Kwabena Ofori-Atta, 27 Ferndale Road, Brixton, London SW9 8BJ, is £412 in arrears.`,
    ['ACCOUNT', '8000 4417 2290 001'], ['NAME', 'Kwabena Ofori-Atta'], ['LOCATION', '27 Ferndale Road'], ['LOCATION', 'Brixton'],
    ['LOCATION', 'London'], ['LOCATION', 'SW9 8BJ']),
  s(`Auto loan #4417-2290-88 for Krystal Dupree is 60 days past due; a repossession notice goes out next week.`,
    ['ACCOUNT', '4417-2290-88'], ['NAME', 'Krystal Dupree']),
  s(`Inmate Darius Whitfield, #A-448120, housed in Unit 4B; visitation approved for his mother, Loretta Whitfield.`,
    ['NAME', 'Darius Whitfield'], ['ID', 'A-448120'], ['NAME', 'Loretta Whitfield']),
  s(`Follow @TheRealNanaB for Nana Beatrice Osei's cooking videos! She's 92 and still makes jollof every Sunday 🍛`,
    ['ID', '@TheRealNanaB'], ['NAME', 'Beatrice Osei'], ['AGE', '92']),
  s(`Patient ID P00448120 and RM2 4417-229 are duplicates — please merge the records for AKINYEMI, Oluwadamilare.`,
    ['MRN', 'P00448120'], ['MRN', '4417-229'], ['NAME', 'AKINYEMI, Oluwadamilare']),
  s(`Sept. 9, 2023 — Progress note, Dr. Lorna Achebe: Mr Tobi Ajayi, a 93 y/o man, reviewed on the ward round; restart bisoprolol 1.25 mg; follow-up 2023/10/14.`,
    ['DATE', 'Sept. 9, 2023'], ['NAME', 'Lorna Achebe'], ['NAME', 'Tobi Ajayi'], ['AGE', '93'], ['DATE', '2023/10/14']),
  s(`Specimen received 3-May-24 for VASQUEZ-ORTIZ, Renata; critical potassium of 6.8 phoned to Dr Okeke at 16:40.`,
    ['DATE', '3-May-24'], ['NAME', 'VASQUEZ-ORTIZ, Renata'], ['NAME', 'Okeke']),
  s(`Tenant Mr Hollis Grant (14B Carver Street, Sheffield S1 4FS) has paid late every month since the 1st of February.`,
    ['NAME', 'Hollis Grant'], ['LOCATION', '14B Carver Street'], ['LOCATION', 'Sheffield'], ['LOCATION', 'S1 4FS'],
    ['DATE', 'the 1st of February']),
  s(`From: Rachel Oyelaran-Stone <rachel@oyelaranstone.law>
To: claims.uk@meridianins.example
Cc: Dominic Achterberg <d.achterberg@oyelaranstone.law>
Date: Thu, 16 May 2024 09:12
Subject: Our client Mrs Bronagh Keane — your ref MER/CL/2291847

Dear Claims Handler,
We act for Mrs Keane (DOB 02/02/1956) of 7 Lough Road, Enniskillen BT74 6AB following the fire on 3 May 2024. Her policy number is HH-4417-2290-B. Please direct all contact through this office (028 6632 4417) rather than to Mrs Keane directly.

Rachel Oyelaran-Stone, Partner`,
    ['NAME', 'Rachel Oyelaran-Stone'], ['EMAIL', 'rachel@oyelaranstone.law'], ['EMAIL', 'claims.uk@meridianins.example'],
    ['NAME', 'Dominic Achterberg'], ['EMAIL', 'd.achterberg@oyelaranstone.law'], ['DATE', '16 May 2024'], ['NAME', 'Bronagh Keane'],
    ['ID', 'MER/CL/2291847'], ['NAME', 'Keane'], ['DATE', '02/02/1956'], ['LOCATION', '7 Lough Road'], ['LOCATION', 'Enniskillen'],
    ['LOCATION', 'BT74 6AB'], ['DATE', '3 May 2024'], ['ACCOUNT', 'HH-4417-2290-B'], ['PHONE', '028 6632 4417'], ['NAME', 'Keane'],
    ['NAME', 'Rachel Oyelaran-Stone']),
  s(`Governors' meeting 12.03.24 — Present: Revd Canon Alan Whitby (Chair), Mrs Joy Baker, Mr Kwame Owusu, Ms Summer Reyes (clerk). Apologies: Cllr Ivy Marsh.`,
    ['DATE', '12.03.24'], ['NAME', 'Alan Whitby'], ['NAME', 'Joy Baker'], ['NAME', 'Kwame Owusu'], ['NAME', 'Summer Reyes'],
    ['NAME', 'Ivy Marsh']),
  s(`omg @kayla.m.xo just posted my addy (22 rosewood dr, hoboken) on her story 😭😭 can u report it`,
    ['ID', '@kayla.m.xo'], ['LOCATION', '22 rosewood dr'], ['LOCATION', 'hoboken']),
  s(`FAX    TO: Dr. Olawale Adeyinka    FAX: (718) 555-0122
FROM: Brooklyn Sleep Ctr    PHONE: (718) 555-0123
RE: pt SHAPIRO, MIRIAM R.    DOB O3/14/1949    pgs: 4
CONFIDENTIALITY NOTICE: This facsimile contains protected health information.`,
    ['NAME', 'Olawale Adeyinka'], ['PHONE', '(718) 555-0122'], ['PHONE', '(718) 555-0123'], ['NAME', 'SHAPIRO, MIRIAM R.'],
    ['DATE', 'O3/14/1949']),
  s(`〒150-0002 東京都渋谷区渋谷2-21-1 小林 千尋 様`,
    ['LOCATION', '150-0002'], ['LOCATION', '渋谷区'], ['LOCATION', '渋谷2-21-1'], ['NAME', '小林 千尋']),
  s(`보호자 최지훈, 연락처 010-4417-2290, 주소 부산광역시 해운대구 우동 1408`,
    ['NAME', '최지훈'], ['PHONE', '010-4417-2290'], ['LOCATION', '부산광역시'], ['LOCATION', '해운대구'], ['LOCATION', '우동 1408']),
  s(`Domicilio: Av. Revolución 1425, Col. San Ángel, 01000 Ciudad de México; tel. 55 4417 2290. Responsable: Lic. Guadalupe Ortiz Téllez.`,
    ['LOCATION', 'Av. Revolución 1425'], ['LOCATION', 'San Ángel'], ['LOCATION', '01000'], ['LOCATION', 'Ciudad de México'],
    ['PHONE', '55 4417 2290'], ['NAME', 'Guadalupe Ortiz Téllez']),
  s(`Mrs Hyacinth Campbell-Bailey, 96, of 14 Hope Road, Kingston, Jamaica; her daughter lives in Brixton, 07700 900 318.`,
    ['NAME', 'Hyacinth Campbell-Bailey'], ['AGE', '96'], ['LOCATION', '14 Hope Road'], ['LOCATION', 'Kingston'], ['LOCATION', 'Brixton'],
    ['PHONE', '07700 900 318']),
  s(`Prayer request from Pastor (Mrs) Ebunoluwa Adeleke-Johnson: her husband, Pastor Dapo Adeleke-Johnson, is in ICU after a stroke.`,
    ['NAME', 'Ebunoluwa Adeleke-Johnson'], ['NAME', 'Dapo Adeleke-Johnson']),
  s(`Mr Tsegaye Bekele celebrates his 105th birthday on the 30th at the Addis Ababa Community Centre in Silver Spring.`,
    ['NAME', 'Tsegaye Bekele'], ['AGE', '105th'], ['DATE', 'the 30th'], ['LOCATION', 'Silver Spring']),
  s(`Ms Huang Mei-ling (黃美玲), 93, lives alone in Kowloon City; her daughter Wong Ka-yan can be reached on 9123 4417.`,
    ['NAME', 'Huang Mei-ling'], ['NAME', '黃美玲'], ['AGE', '93'], ['LOCATION', 'Kowloon City'], ['NAME', 'Wong Ka-yan'],
    ['PHONE', '9123 4417']),
  s(`Thanks for your email on May 3rd. Mr Ahmadi would prefer we write to dr.ahmadi+clinic@gmail.com rather than his work address.`,
    ['DATE', 'May 3rd'], ['NAME', 'Ahmadi'], ['EMAIL', 'dr.ahmadi+clinic@gmail.com']),
];
