import type { IdentifierKind } from './redact';
import type { LabelledSentence } from './redaction-set';

/*
 * dev4b — labelled de-identification test set.
 *
 * Written BLIND by a helper session that never opened the masking code
 * (redact*.ts), any other redaction-*.ts data set, or the masking lexicon.
 * Styles: legal intake memos, client e-mails to law firms, tenancy /
 * employment / immigration / family-court / police / insurance /
 * conveyancing / wills and deeds; HR, payroll, IT helpdesk, school and
 * university admin; chat-style questions to an AI assistant; some text in
 * other languages and scripts. Everything is invented. Numbers with check
 * digits (cards, NPIs, SINs, IMEIs, IBANs, VINs, DNI/NIE, CPF, codice
 * fiscale, CURP, BSN, PESEL, TC Kimlik, RRN, PRC ID, PPS, TFN, NIR, DEA)
 * were computed to be valid.
 *
 * Conventions:
 * - NAME never includes titles (Mr, Dr, Sra., Herr, Pani, Maître, 様) or
 *   credentials (MD, RN, Esq., KC). An inverted name "OKAFOR, Chidi" is one
 *   item, comma included. A nickname that interrupts a name
 *   (Abimbola "Bimbo" Adeyemi) splits it into three items; a nickname in
 *   quotes elsewhere is its own item. Historical figures in educational
 *   text, eponyms (Miranda rights, Clare's Law), case-law names and pets are
 *   not names. Names in any script are NAME. A name inside an e-mail
 *   address, URL, username or hostname is not labelled separately: the whole
 *   token takes that kind. Initials of minors are NAME.
 * - LOCATION: a street address is one item (number + street, with a
 *   flat/unit/floor attached); a street named without a number is one item
 *   too; a town, suburb, district, county or city is its own item; a
 *   postcode/ZIP is its own item. Countries, US/Australian states, Canadian
 *   provinces, hospitals, courts, schools and companies are not labelled,
 *   even when they contain a place name.
 * - DATE: day-level or month-level dates ("March 2023" is a DATE, "2023"
 *   alone is not); a weekday next to a date and a time of day are left out
 *   of the item; a leading "the" is left out ("the 21st" -> "21st").
 * - AGE only for 90 and over, the number as written ("94", "ninety-one");
 *   "in her nineties" and ages under 90 are not labelled.
 * - PHONE: every telephone number as written (an extension written after
 *   the number is included in the item), except short public service
 *   numbers (999, 911, 111, 101, 988).
 * - SSN covers all personal national identity numbers of any country.
 * - MRN: hospital / chart / patient record numbers. ACCOUNT: bank accounts,
 *   IBANs, card numbers, insurance policy and health-plan member numbers.
 *   LICENSE: driving, DEA, bar, SRA and other professional registrations.
 *   ID: passports, case / claim / ticket / employee / student / badge /
 *   visa / reference numbers, usernames and social handles. DEVICE: serial
 *   numbers, IMEIs, MAC addresses, asset tags, device hostnames. VEHICLE:
 *   number plates of any country and VINs. Batch, lot, build, version,
 *   form and statute numbers are not identifiers.
 * - Each item's text occurs verbatim in the sentence; items are listed in
 *   order of first appearance; an identifier that occurs twice is listed
 *   twice.
 */

type Item = [IdentifierKind, string];

const s = (text: string, ...items: Item[]): LabelledSentence => ({
  text,
  expected: items.map(([kind, t]) => ({ kind, text: t })),
});

export const dev4bSet: LabelledSentence[] = [
  // ── legal intake memos and client e-mails ──────────────────────────────
  s(`Intake memo: prospective client Chidinma Okafor-Bello called on 14 March 2025 about unpaid wages from her former employer. Best number is 07700 918 442; she prefers e-mail at chidi.okbello@gmail.com.`, ['NAME', `Chidinma Okafor-Bello`], ['DATE', `14 March 2025`], ['PHONE', `07700 918 442`], ['EMAIL', `chidi.okbello@gmail.com`]),
  s(`Dear Ms Tran, thank you for instructing us. Nguyễn Thị Lan in our Birmingham office will be your day-to-day contact, and our reference for this matter is LIT/2025/0419.`, ['NAME', `Tran`], ['NAME', `Nguyễn Thị Lan`], ['LOCATION', `Birmingham`], ['ID', `LIT/2025/0419`]),
  s(`Conflict check cleared for the opposing party, Haruto Watanabe, and for his company Watanabe Logistics Ltd.`, ['NAME', `Haruto Watanabe`]),
  s(`Client says she was dismissed by text message on the 21st, two days after raising a grievance about her line manager, Gareth Pryce-Jones.`, ['DATE', `21st`], ['NAME', `Gareth Pryce-Jones`]),
  s(`Attendance note — call with Oluwaseun "Seun" Adebayo-Martins re the Section 8 notice. He says the letting agent, Priya Raghunathan, never gave him the deposit protection certificate.`, ['NAME', `Oluwaseun`], ['NAME', `Seun`], ['NAME', `Adebayo-Martins`], ['NAME', `Priya Raghunathan`]),
  s(`Hi, my name is Faith Mwangi and I rent Flat 3, 22 Ellesmere Road, Bow, London E3 5QL. My landlord has not repaired the boiler since 2 January and the baby is sleeping in her coat.`, ['NAME', `Faith Mwangi`], ['LOCATION', `Flat 3, 22 Ellesmere Road`], ['LOCATION', `Bow`], ['LOCATION', `London`], ['LOCATION', `E3 5QL`], ['DATE', `2 January`]),
  s(`The Respondent, HORVÁTH Zsófia, did not attend the preliminary hearing listed for 09/04/2025 at Croydon Employment Tribunal.`, ['NAME', `HORVÁTH Zsófia`], ['DATE', `09/04/2025`]),
  s(`Email from client, 06/03/2025: "Hi Ahmed, the council still hasn't rehoused us. Photos of the damp attached. My mobile has changed, it's now +44 7418 336 902. Thanks, Yetunde"`, ['DATE', `06/03/2025`], ['NAME', `Ahmed`], ['PHONE', `+44 7418 336 902`], ['NAME', `Yetunde`]),
  s(`Please diarise the limitation date for Mr Nguyễn Văn Hùng's personal injury claim: the accident was on 19.08.2022, so the three years run out on 19.08.2025.`, ['NAME', `Nguyễn Văn Hùng`], ['DATE', `19.08.2022`], ['DATE', `19.08.2025`]),
  s(`New client: Ms Bernadette Ní Bhriain, 14 Seaview Park, Salthill, Galway H91 E2K7. Tel. 091 524 7788. Dispute with neighbour over a boundary hedge.`, ['NAME', `Bernadette Ní Bhriain`], ['LOCATION', `14 Seaview Park`], ['LOCATION', `Salthill`], ['LOCATION', `Galway`], ['LOCATION', `H91 E2K7`], ['PHONE', `091 524 7788`]),
  s(`Address for service: Rosewood Farm, Bramley Lane, Little Snoring, NORFOLK NR21 0HY.`, ['LOCATION', `Rosewood Farm, Bramley Lane`], ['LOCATION', `Little Snoring`], ['LOCATION', `NORFOLK`], ['LOCATION', `NR21 0HY`]),
  s(`Sorry to chase — I still haven't received the sealed consent order. You can reach me on 0161 496 0732 after 6pm or at fatima.zahra.benali@outlook.fr. Regards, Fatima-Zahra Benali`, ['PHONE', `0161 496 0732`], ['EMAIL', `fatima.zahra.benali@outlook.fr`], ['NAME', `Fatima-Zahra Benali`]),
  s(`Our ref: JPK/IMM/2291. Your ref: GWF072918364. Client: Parisa Ahmadi-Nejad, born 1 Farvardin 1367 (21/03/1988 in her UK documents).`, ['ID', `JPK/IMM/2291`], ['ID', `GWF072918364`], ['NAME', `Parisa Ahmadi-Nejad`], ['DATE', `1 Farvardin 1367`], ['DATE', `21/03/1988`]),
  s(`Our client Rafael Delgado Ruiz lives at 2217 W. Cermak Rd, Apt 2F, Chicago, IL 60608 and has withheld rent since October 2024 because of black mould in the bedroom.`, ['NAME', `Rafael Delgado Ruiz`], ['LOCATION', `2217 W. Cermak Rd, Apt 2F`], ['LOCATION', `Chicago`], ['LOCATION', `60608`], ['DATE', `October 2024`]),
  s(`Opposing counsel is Naomi Feldstein, Esq. (State Bar No. 301874), who can be reached at (312) 555-0143 ext. 207.`, ['NAME', `Naomi Feldstein`], ['LICENSE', `301874`], ['PHONE', `(312) 555-0143 ext. 207`]),
  s(`Please add Kwame Asante-Boateng, admitted in New York under registration number 5518203, to the pro hac vice motion.`, ['NAME', `Kwame Asante-Boateng`], ['LICENSE', `5518203`]),
  s(`Supervising solicitor: Deepa Venkataraman (SRA ID 648215). Trainee: Joel Abrahams.`, ['NAME', `Deepa Venkataraman`], ['LICENSE', `648215`], ['NAME', `Joel Abrahams`]),
  s(`For the QDRO we need both Social Security numbers. Husband: Walker Young, 512-38-7046. Wife: Min-ji Young, 431-72-9085.`, ['NAME', `Walker Young`], ['SSN', `512-38-7046`], ['NAME', `Min-ji Young`], ['SSN', `431-72-9085`]),
  s(`Can someone call back Mr Olumide Bankole-Williams? He rang twice this morning from 0208 771 4032 and sounded distressed about the bailiffs.`, ['NAME', `Olumide Bankole-Williams`], ['PHONE', `0208 771 4032`]),
  s(`Client (Ms Siobhán Ó Loingsigh) confirms she signed the compromise agreement on 3rd February and received nothing. Email her at s.oloingsigh@eircom.net rather than posting to the house.`, ['NAME', `Siobhán Ó Loingsigh`], ['DATE', `3rd February`], ['EMAIL', `s.oloingsigh@eircom.net`]),
  s(`Dear Sirs, we act for Mr Bartholomew Achebe in respect of his claim for disrepair at 61 Ladywood Middleway, Birmingham B16 8HA. Please direct all correspondence to this office.`, ['NAME', `Bartholomew Achebe`], ['LOCATION', `61 Ladywood Middleway`], ['LOCATION', `Birmingham`], ['LOCATION', `B16 8HA`]),
  s(`File note 17/01/25: spoke with Magdalena Kowalska-Zielińska. She works at the Tesco depot in Daventry and was refused a reasonable adjustment after her knee surgery.`, ['DATE', `17/01/25`], ['NAME', `Magdalena Kowalska-Zielińska`], ['LOCATION', `Daventry`]),
  s(`Please note the client's preferred name is "Kit" (legal name Christopher Ansah) and his pronouns are he/him.`, ['NAME', `Kit`], ['NAME', `Christopher Ansah`]),
  s(`Engagement letter sent to Tunde Bakare-Lawson, 5 Marine Parade, Brighton BN2 1TL, on 12 Dec 2024; chaser to go out if still unsigned by 2 Jan.`, ['NAME', `Tunde Bakare-Lawson`], ['LOCATION', `5 Marine Parade`], ['LOCATION', `Brighton`], ['LOCATION', `BN2 1TL`], ['DATE', `12 Dec 2024`], ['DATE', `2 Jan`]),

  // ── witness statements, police, insurance ─────────────────────────────
  s(`I, Rukhsana Begum, of 41 Cheetham Hill Road, Manchester M8 9LF, will say as follows.`, ['NAME', `Rukhsana Begum`], ['LOCATION', `41 Cheetham Hill Road`], ['LOCATION', `Manchester`], ['LOCATION', `M8 9LF`]),
  s(`On the evening of 17th of November 2024 I saw a silver Vauxhall Corsa, registration LV68 XKA, reverse into the bollard outside the Co-op on Fore Street.`, ['DATE', `17th of November 2024`], ['VEHICLE', `LV68 XKA`], ['LOCATION', `Fore Street`]),
  s(`PC 4471 Dawn Reed attended at 23:40. The suspect, later identified as Mark Holloway (DOB 02/07/1994), was arrested for criminal damage.`, ['ID', `4471`], ['NAME', `Dawn Reed`], ['NAME', `Mark Holloway`], ['DATE', `02/07/1994`]),
  s(`Crime reference number 42/118903/25 has been issued. Please quote it whenever you contact Devon and Cornwall Police about this incident.`, ['ID', `42/118903/25`]),
  s(`At approximately 2.15 pm I was standing at the bus stop on Dunstable Road when I saw a man I now know to be Kofi Mensah strike the cyclist with a bottle.`, ['LOCATION', `Dunstable Road`], ['NAME', `Kofi Mensah`]),
  s(`Vehicle stopped on the bypass near Bodmin: black BMW 320d, index WF19 KZT, VIN WBA8E9G54GNT41728. Driver gave his name as Ali Reza Karimi and could not produce a licence.`, ['LOCATION', `Bodmin`], ['VEHICLE', `WF19 KZT`], ['VEHICLE', `WBA8E9G54GNT41728`], ['NAME', `Ali Reza Karimi`]),
  s(`I have known the Applicant, Tavita Leaupepe, since we both worked nights at the Sky Tower car park, and I have never seen him behave aggressively.`, ['NAME', `Tavita Leaupepe`]),
  s(`Custody record 05KB/4471/25: detained person Bolat Nurlanovich Seitkali, 34, booked in at 02:17 on 12/01/2025. Kazakh interpreter requested.`, ['ID', `05KB/4471/25`], ['NAME', `Bolat Nurlanovich Seitkali`], ['DATE', `12/01/2025`]),
  s(`The complainant's daughter, Blessing Chukwu, supplied doorbell footage from 88 Tennyson Avenue, Grimsby DN31 2QR, showing the van arriving.`, ['NAME', `Blessing Chukwu`], ['LOCATION', `88 Tennyson Avenue`], ['LOCATION', `Grimsby`], ['LOCATION', `DN31 2QR`]),
  s(`Statement of witness: Amara Nwachukwu-Obi, occupation pharmacist, age over 18. "The man who came in on 30 January asked for Mr Obi by name and showed me a badge numbered MET-20418."`, ['NAME', `Amara Nwachukwu-Obi`], ['DATE', `30 January`], ['NAME', `Obi`], ['ID', `MET-20418`]),
  s(`Policyholder: Joy Achterberg. Policy no. HHB-77310452. Claim ref CLM-2025-086314. Date of loss 3/2/2025 (burst pipe above the kitchen).`, ['NAME', `Joy Achterberg`], ['ACCOUNT', `HHB-77310452`], ['ID', `CLM-2025-086314`], ['DATE', `3/2/2025`]),
  s(`The insured vehicle, a 2019 Ford Ranger, VIN 1FTFW1ET9DFC10312, was taken from the driveway at 8 Kestrel Close, Bicester, OX26 4TH overnight.`, ['VEHICLE', `1FTFW1ET9DFC10312`], ['LOCATION', `8 Kestrel Close`], ['LOCATION', `Bicester`], ['LOCATION', `OX26 4TH`]),
  s(`Third-party insurer has accepted liability. Their claim reference is AD-55019827 and the other driver is Sione Taufa of Unit 2, 9 Victoria Parade, Otahuhu, Auckland 1062.`, ['ID', `AD-55019827`], ['NAME', `Sione Taufa`], ['LOCATION', `Unit 2, 9 Victoria Parade`], ['LOCATION', `Otahuhu`], ['LOCATION', `Auckland`], ['LOCATION', `1062`]),
  s(`Motor claim MC/88231/24: our insured Darnell Brooks (policy AUT-4471-9920) was rear-ended at the junction of Peachtree St and 10th St in Atlanta.`, ['ID', `MC/88231/24`], ['NAME', `Darnell Brooks`], ['ACCOUNT', `AUT-4471-9920`], ['LOCATION', `Peachtree St`], ['LOCATION', `10th St`], ['LOCATION', `Atlanta`]),
  s(`Travel claim: Mrs Lakshmi Iyer's handbag, containing passport Z4827193 and her Visa debit card 4012 8881 9302 7469, was stolen in Barcelona on 11/09/2024.`, ['NAME', `Lakshmi Iyer`], ['ID', `Z4827193`], ['ACCOUNT', `4012 8881 9302 7469`], ['LOCATION', `Barcelona`], ['DATE', `11/09/2024`]),
  s(`Home contents claim for Ravi and Anjali Chatterjee: the loss adjuster, Frank Doyle, will visit on 5 March between 9 and 12.`, ['NAME', `Ravi`], ['NAME', `Anjali Chatterjee`], ['NAME', `Frank Doyle`], ['DATE', `5 March`]),
  s(`Pet insurance query: our cat Pickles needs surgery; the policy number is PET/882-104-5 and the vet is in Harrogate.`, ['ACCOUNT', `PET/882-104-5`], ['LOCATION', `Harrogate`]),
  s(`Workers' comp claim WC-2025-11873: Lamar Jefferson hurt his back lifting pallets on 2/14/2025; the employer's carrier policy is WCP 4471920.`, ['ID', `WC-2025-11873`], ['NAME', `Lamar Jefferson`], ['DATE', `2/14/2025`], ['ACCOUNT', `WCP 4471920`]),
  s(`Life policy LP00918273 on the life of Taiwo Ogunleye names her twin sister, Kehinde Ogunleye, as sole beneficiary.`, ['ACCOUNT', `LP00918273`], ['NAME', `Taiwo Ogunleye`], ['NAME', `Kehinde Ogunleye`]),

  // ── conveyancing, wills, deeds ─────────────────────────────────────────
  s(`Re: your clients Bill and Rose Fairweather — purchase of 19 Wellington Terrace, Clevedon BS21 7PT. We enclose the TA6, TA10 and the draft contract.`, ['NAME', `Bill`], ['NAME', `Rose Fairweather`], ['LOCATION', `19 Wellington Terrace`], ['LOCATION', `Clevedon`], ['LOCATION', `BS21 7PT`]),
  s(`Completion is set for Friday 27 June 2025. Please send the balance of £312,450.00 to our client account, IBAN GB61BARC20039558371942, quoting ref HAR/4471.`, ['DATE', `27 June 2025`], ['ACCOUNT', `GB61BARC20039558371942`], ['ID', `HAR/4471`]),
  s(`Office copies show the freehold is registered to Gaurav and Sunita Bhattacharya of 55 Oakwood Lane, Roundhay, Leeds LS8 2JA.`, ['NAME', `Gaurav`], ['NAME', `Sunita Bhattacharya`], ['LOCATION', `55 Oakwood Lane`], ['LOCATION', `Roundhay`], ['LOCATION', `Leeds`], ['LOCATION', `LS8 2JA`]),
  s(`We act for the buyer, Mr Kenji Matsumoto, on 9 Clarendon Gardens, Kenilworth CV8 1AZ. Exchange is expected on or before 16 May.`, ['NAME', `Kenji Matsumoto`], ['LOCATION', `9 Clarendon Gardens`], ['LOCATION', `Kenilworth`], ['LOCATION', `CV8 1AZ`], ['DATE', `16 May`]),
  s(`THIS IS THE LAST WILL of me, Evangelos Papadopoulos, of 6 Harbour View, Penarth, made this 4th day of June, 2025.`, ['NAME', `Evangelos Papadopoulos`], ['LOCATION', `6 Harbour View`], ['LOCATION', `Penarth`], ['DATE', `4th day of June, 2025`]),
  s(`I APPOINT my daughter Grace Papadopoulou-Hart and my friend Yosef Ben-Ami to be the executors and trustees of this my Will.`, ['NAME', `Grace Papadopoulou-Hart`], ['NAME', `Yosef Ben-Ami`]),
  s(`SIGNED as a DEED by the said Amber Okonjo in the presence of: Reuben Adler, retired solicitor, 3 The Mews, Harrogate HG1 2AB.`, ['NAME', `Amber Okonjo`], ['NAME', `Reuben Adler`], ['LOCATION', `3 The Mews`], ['LOCATION', `Harrogate`], ['LOCATION', `HG1 2AB`]),
  s(`THIS DEED is dated the 1st day of March 2025 and is made BETWEEN (1) NASRIN KHORASANI of 4 Cedar Row, Epsom KT17 4LP and (2) HAIM KATZ of 31 Elm Park Road, Finchley, London N3 1EG.`, ['DATE', `1st day of March 2025`], ['NAME', `NASRIN KHORASANI`], ['LOCATION', `4 Cedar Row`], ['LOCATION', `Epsom`], ['LOCATION', `KT17 4LP`], ['NAME', `HAIM KATZ`], ['LOCATION', `31 Elm Park Road`], ['LOCATION', `Finchley`], ['LOCATION', `London`], ['LOCATION', `N3 1EG`]),
  s(`I GIVE my gold pocket watch to my grandson Tiago Sousa Mendes and my violin to my niece Leah Rosenthal absolutely.`, ['NAME', `Tiago Sousa Mendes`], ['NAME', `Leah Rosenthal`]),
  s(`The deceased, Euphemia Rich, died at home on 28th January 2025 aged 97. Her son Richard "Dickie" Rich is the sole residuary beneficiary.`, ['NAME', `Euphemia Rich`], ['DATE', `28th January 2025`], ['AGE', `97`], ['NAME', `Richard`], ['NAME', `Dickie`], ['NAME', `Rich`]),
  s(`Grant of probate issued to Mercy Adjei-Frimpong on 3 April; the estate account at Nationwide, number 40917283, can now be closed.`, ['NAME', `Mercy Adjei-Frimpong`], ['DATE', `3 April`], ['ACCOUNT', `40917283`]),
  s(`IN WITNESS whereof the parties have signed this Transfer on the twelfth day of September two thousand and twenty-four.`, ['DATE', `twelfth day of September two thousand and twenty-four`]),
  s(`Declaration of trust: Noa Shapiro and Dov Shapiro hold 14 Hillside Crescent, Edgware HA8 9QT, as tenants in common in equal shares.`, ['NAME', `Noa Shapiro`], ['NAME', `Dov Shapiro`], ['LOCATION', `14 Hillside Crescent`], ['LOCATION', `Edgware`], ['LOCATION', `HA8 9QT`]),
  s(`The vendor, Mrs Concepción Ruiz de Alarcón, confirms vacant possession and that the loft conversion was completed in 2016 with building regulations sign-off.`, ['NAME', `Concepción Ruiz de Alarcón`]),

  // ── immigration and family ─────────────────────────────────────────────
  s(`Client: Abdirahman Hassan Farah, Somali national, A-number A218447903. Asylum interview fixed for 05.06.2025 at the Further Submissions Unit in Liverpool.`, ['NAME', `Abdirahman Hassan Farah`], ['ID', `A218447903`], ['DATE', `05.06.2025`], ['LOCATION', `Liverpool`]),
  s(`Meron Tesfaye's Home Office reference is F1284473 and her Ethiopian passport, EP2738194, expired on 30 Sept 2024.`, ['NAME', `Meron Tesfaye`], ['ID', `F1284473`], ['ID', `EP2738194`], ['DATE', `30 Sept 2024`]),
  s(`USCIS receipt number IOE0918273645 relates to the I-485 filed for Maria Luisa Domingo Reyes; biometrics appointment at the ASC on Jan 22, 2025.`, ['ID', `IOE0918273645`], ['NAME', `Maria Luisa Domingo Reyes`], ['DATE', `Jan 22, 2025`]),
  s(`Spouse visa for Joseph Mutua Kamau: vignette no. V04271839, passport AK0918273, valid until 11/2027.`, ['NAME', `Joseph Mutua Kamau`], ['ID', `V04271839`], ['ID', `AK0918273`], ['DATE', `11/2027`]),
  s(`BRP ZU4827193 lost on the bus. Client Aziz Rahmani reported it to the police, ref 6029/18APR25, and we will apply for a replacement.`, ['ID', `ZU4827193`], ['NAME', `Aziz Rahmani`], ['ID', `6029/18APR25`]),
  s(`Appeal bundle for Mohammed Ali Hussaini (HO ref H1027734) must be served by 4pm on 22 April 2025.`, ['NAME', `Mohammed Ali Hussaini`], ['ID', `H1027734`], ['DATE', `22 April 2025`]),
  s(`The sponsor, Ms Rowena Dela Cruz Bautista, is a nurse at the Royal Free; her NMC PIN is 18E2736O and her certificate of sponsorship number is C2G7K41049X.`, ['NAME', `Rowena Dela Cruz Bautista`], ['LICENSE', `18E2736O`], ['ID', `C2G7K41049X`]),
  s(`Re: the child J.M. (aged 7). The father, Tomasz Wiśniewski, seeks a child arrangements order; the mother, Ana Paula Ferreira Costa, opposes overnight contact.`, ['NAME', `J.M.`], ['NAME', `Tomasz Wiśniewski`], ['NAME', `Ana Paula Ferreira Costa`]),
  s(`Cafcass officer Nkechi Eze will file her section 7 report by 12 May. Case number ZW24P00417.`, ['NAME', `Nkechi Eze`], ['DATE', `12 May`], ['ID', `ZW24P00417`]),
  s(`K.A. and T.A. (twins, born 20180311) are currently living with their maternal grandmother in Rochdale.`, ['NAME', `K.A.`], ['NAME', `T.A.`], ['DATE', `20180311`], ['LOCATION', `Rochdale`]),
  s(`Non-molestation order made without notice against Kyle Brennan on 14/02/2025; the return hearing is on 28/02/2025. The applicant's address is withheld.`, ['NAME', `Kyle Brennan`], ['DATE', `14/02/2025`], ['DATE', `28/02/2025`]),
  s(`St Aidan's RC Primary confirms that L.B. and M.B. were collected on 7 March by their paternal aunt, Rosa Bianchi, who was not on the approved list.`, ['NAME', `L.B.`], ['NAME', `M.B.`], ['DATE', `7 March`], ['NAME', `Rosa Bianchi`]),
  s(`Form E disclosure: the husband, Sanjay Mehta, holds an ISA with Hargreaves Lansdown (account 7718-204-93) and a Revolut card 5302 4881 7720 3941.`, ['NAME', `Sanjay Mehta`], ['ACCOUNT', `7718-204-93`], ['ACCOUNT', `5302 4881 7720 3941`]),
  s(`Contact centre report: the supervisor noted that "Kiki" (maternal grandmother, Akosua Mensah) brought sweets and was asked not to discuss the case with the children.`, ['NAME', `Kiki`], ['NAME', `Akosua Mensah`]),
  s(`Birth certificate entry no. 284 in the register for the sub-district of Lambeth records the father as Desmond Clarke.`, ['ID', `284`], ['LOCATION', `Lambeth`], ['NAME', `Desmond Clarke`]),

  // ── tenancy and employment disputes ───────────────────────────────────
  s(`The tenancy of Unit 4/18 Brunswick Street, Fitzroy VIC 3065 began on 1 July 2023, and the bond was lodged with the RTBA under number 7719204.`, ['LOCATION', `Unit 4/18 Brunswick Street`], ['LOCATION', `Fitzroy`], ['LOCATION', `3065`], ['DATE', `1 July 2023`], ['ID', `7719204`]),
  s(`Notice to Quit served on tenant Consuelo Ibarra Vázquez at 4410 N. Figueroa St., Unit 12, Los Angeles, CA 90065 on March 3, 2025.`, ['NAME', `Consuelo Ibarra Vázquez`], ['LOCATION', `4410 N. Figueroa St., Unit 12`], ['LOCATION', `Los Angeles`], ['LOCATION', `90065`], ['DATE', `March 3, 2025`]),
  s(`The LTB hearing for 88 Dundas St W, Unit 1207, Toronto, ON M5G 1C3 is set for Apr 9. Landlord's paralegal: Harpreet Sandhu, 416-555-0199.`, ['LOCATION', `88 Dundas St W, Unit 1207`], ['LOCATION', `Toronto`], ['LOCATION', `M5G 1C3`], ['DATE', `Apr 9`], ['NAME', `Harpreet Sandhu`], ['PHONE', `416-555-0199`]),
  s(`Tenant's email: "The ceiling in the back bedroom at 27 Lark Rise, Didcot came down last night. Nobody from Hollis & Grey has called me back. — Precious Dube"`, ['LOCATION', `27 Lark Rise`], ['LOCATION', `Didcot`], ['NAME', `Precious Dube`]),
  s(`The landlord, Mr Stavros Georgiou, says he served the Section 21 by first-class post on 10/10/2024 to the wrong flat number.`, ['NAME', `Stavros Georgiou`], ['DATE', `10/10/2024`]),
  s(`Deposit dispute: TDS case 1184027. Tenant Amani Juma left 12B Garnet Street, Leith, Edinburgh EH6 7HW on 31 May; landlord claims £640 for carpet cleaning.`, ['ID', `1184027`], ['NAME', `Amani Juma`], ['LOCATION', `12B Garnet Street`], ['LOCATION', `Leith`], ['LOCATION', `Edinburgh`], ['LOCATION', `EH6 7HW`], ['DATE', `31 May`]),
  s(`Claimant Brook Nakamura-Lee worked as a warehouse operative from 03/2021 until her dismissal on 28/02/2025. Payroll number 0048271.`, ['NAME', `Brook Nakamura-Lee`], ['DATE', `03/2021`], ['DATE', `28/02/2025`], ['ID', `0048271`]),
  s(`Grievance hearing, 11 Feb 2025. Present: Frank Oyelaran (chair), Hope Castellanos (HR), the employee Reza Tehrani-Moghaddam and his companion, union rep Jim Walker.`, ['DATE', `11 Feb 2025`], ['NAME', `Frank Oyelaran`], ['NAME', `Hope Castellanos`], ['NAME', `Reza Tehrani-Moghaddam`], ['NAME', `Jim Walker`]),
  s(`Reza alleges that on or around 9 December his supervisor called him "the Persian" in front of the whole shift.`, ['NAME', `Reza`], ['DATE', `9 December`]),
  s(`Settlement agreement between Layla Haddad and Orion Pharma UK Ltd: termination date 30 June 2025; payment of £22,000 into her account 40917283 within 14 days.`, ['NAME', `Layla Haddad`], ['DATE', `30 June 2025`], ['ACCOUNT', `40917283`]),
  s(`ET1 received. Claimant: OKAFOR, Chidi. Respondent: Meridian Security Services Ltd. Case no. 2204187/2025. Early conciliation certificate R118402/25/44.`, ['NAME', `OKAFOR, Chidi`], ['ID', `2204187/2025`], ['ID', `R118402/25/44`]),
  s(`Without prejudice save as to costs: our client, Ms Pooja Nair, would accept £9,750 in full and final settlement if payment is made by 20 August 2025.`, ['NAME', `Pooja Nair`], ['DATE', `20 August 2025`]),
  s(`The zero-hours contract issued to Thanh Vo on 2 Sept 2023 contains an exclusivity clause at 7.3, which is unenforceable.`, ['NAME', `Thanh Vo`], ['DATE', `2 Sept 2023`]),
  s(`Whistleblowing disclosure logged by nurse Grace Mbeki-Ross regarding falsified fluid charts on Ward 14 between 3rd and 9th March.`, ['NAME', `Grace Mbeki-Ross`], ['DATE', `3rd`], ['DATE', `9th March`]),
  s(`Subject access request from former employee Armando Quispe — employee ID 20931, left on 15.11.2024 — please gather all emails mentioning him by 14 December.`, ['NAME', `Armando Quispe`], ['ID', `20931`], ['DATE', `15.11.2024`], ['DATE', `14 December`]),
  s(`The claimant, now 91, says she was forced to retire from the parish council's volunteer rota because of her age.`, ['AGE', `91`]),

  // ── medical-legal records ──────────────────────────────────────────────
  s(`Records request: patient Abena Darko, DOB 07/19/1961, MRN 00738214; treating physician Samuel Otieno, MD, NPI 1482937566.`, ['NAME', `Abena Darko`], ['DATE', `07/19/1961`], ['MRN', `00738214`], ['NAME', `Samuel Otieno`], ['NPI', `1482937566`]),
  s(`Med-mal intake: Dr Farhad Rahimi (DEA AR4827169, NPI 1620473813) prescribed oxycodone to our client's husband, Jerome Baptiste, MR# 5519082, at St. Francis Medical Center.`, ['NAME', `Farhad Rahimi`], ['LICENSE', `AR4827169`], ['NPI', `1620473813`], ['NAME', `Jerome Baptiste`], ['MRN', `5519082`]),
  s(`The ED notes (MRN 3317295) show that Mrs Fanaafi Tuilagi arrived by ambulance at 04:10 and was not seen by a doctor until 09:55.`, ['MRN', `3317295`], ['NAME', `Fanaafi Tuilagi`]),
  s(`Please ask Dr. Yuki Tanabe (NPI 1938572645) to sign the HIPAA authorization so we can get the full chart, MRN HX-204417.`, ['NAME', `Yuki Tanabe`], ['NPI', `1938572645`], ['MRN', `HX-204417`]),
  s(`Lien letter from the orthopaedic group: provider NPI 1205948379; patient Dolores Quispe Mamani; outstanding balance $14,220.`, ['NPI', `1205948379`], ['NAME', `Dolores Quispe Mamani`]),
  s(`Workers' comp IME with Dr. Linh Nguyen (DEA FN9302744, NPI 1753186422) is confirmed for 4/28/2025 at 10:30 am.`, ['NAME', `Linh Nguyen`], ['LICENSE', `FN9302744`], ['NPI', `1753186422`], ['DATE', `4/28/2025`]),
  s(`Health plan: BlueCross PPO, member ID XGH448120931, subscriber Imani Walker-Grant. Hospital number for the admission: RX7730291.`, ['ACCOUNT', `XGH448120931`], ['NAME', `Imani Walker-Grant`], ['MRN', `RX7730291`]),
  s(`Expert report of Dr Chukwuemeka Obiora, consultant orthopaedic surgeon (GMC 7048213), dated 18 October 2024.`, ['NAME', `Chukwuemeka Obiora`], ['LICENSE', `7048213`], ['DATE', `18 October 2024`]),
  s(`Clinic letter: Mr Desta Haile, hospital no. K4471028, reviewed in fracture clinic; plaster off in six weeks.`, ['NAME', `Desta Haile`], ['MRN', `K4471028`]),
  s(`Pharmacy printout shows scripts written under Dr. Oluwadamilare Okafor's DEA number BO6152831 and NPI 1384620955, which he says he never authorised.`, ['NAME', `Oluwadamilare Okafor`], ['LICENSE', `BO6152831`], ['NPI', `1384620955`]),
  s(`Nursing home records for Mr Ignatius Farrugia, aged 98, chart number 00-44-1927, show three falls in February 2025.`, ['NAME', `Ignatius Farrugia`], ['AGE', `98`], ['MRN', `00-44-1927`], ['DATE', `February 2025`]),
  s(`Referring NPI 1092746357 is listed on the claim but the therapist, Mariam Bakr, says she has never worked for that practice.`, ['NPI', `1092746357`], ['NAME', `Mariam Bakr`]),

  // ── HR complaints and payroll ──────────────────────────────────────────
  s(`Formal complaint: on 2 April and again on 3 April my team leader, Will Hargreaves, shared my medical notes in the team WhatsApp group.`, ['DATE', `2 April`], ['DATE', `3 April`], ['NAME', `Will Hargreaves`]),
  s(`Investigation meeting with Esi Boateng (employee no. 30418). She denies taking the cash float on the 14th and says the CCTV will show Reed Patterson at the till.`, ['NAME', `Esi Boateng`], ['ID', `30418`], ['DATE', `14th`], ['NAME', `Reed Patterson`]),
  s(`Hi payroll, my pension contribution was taken twice in my March 2025 pay. Staff no. 88120, Ayesha Siddiqui, Radiography.`, ['DATE', `March 2025`], ['ID', `88120`], ['NAME', `Ayesha Siddiqui`]),
  s(`Can you check the SSN you have on file? My W-2 shows 619-42-7318 but the correct number is 619-42-7381. Thanks, Trinh Bao Ngoc`, ['SSN', `619-42-7318`], ['SSN', `619-42-7381`], ['NAME', `Trinh Bao Ngoc`]),
  s(`Please update my bank details for payroll. Name: Adaeze Nwosu. New account: 31926819. Employee ID 77412.`, ['NAME', `Adaeze Nwosu`], ['ACCOUNT', `31926819`], ['ID', `77412`]),
  s(`My NI number is JT 48 22 91 B but my payslip shows JT 48 22 19 B — could that be why I've been put on an emergency tax code?`, ['SSN', `JT 48 22 91 B`], ['SSN', `JT 48 22 19 B`]),
  s(`Hi, your TFN declaration shows 457 182 932 but the ATO says it doesn't match your name. Can you double-check, Lani?`, ['SSN', `457 182 932`], ['NAME', `Lani`]),
  s(`Complaint against line manager Dawn Fairbrother by Jesús Alberto Ramírez Ochoa (badge 4471-B) — alleged comments about his accent during the 6 June stand-up.`, ['NAME', `Dawn Fairbrother`], ['NAME', `Jesús Alberto Ramírez Ochoa`], ['ID', `4471-B`], ['DATE', `6 June`]),
  s(`Note to file: Mr Mark Young was told the outcome of his flexible working request on 20/01 and has five working days to appeal.`, ['NAME', `Mark Young`], ['DATE', `20/01`]),
  s(`HR case HR-2025-0193: anonymous report that a shift supervisor at the Wakefield depot asked agency workers for their passport numbers over WhatsApp.`, ['ID', `HR-2025-0193`], ['LOCATION', `Wakefield`]),
  s(`Maternity leave for Ngozi Uchenna starts 07/04/2025; expected week of childbirth 27/04/2025. SMP to be paid via payroll ref EMP-20931.`, ['NAME', `Ngozi Uchenna`], ['DATE', `07/04/2025`], ['DATE', `27/04/2025`], ['ID', `EMP-20931`]),
  s(`Grievance outcome letter to Fereshteh Jafari: your complaint about the rota was partially upheld. You may appeal to Rich Mallory, Operations Director, within seven days.`, ['NAME', `Fereshteh Jafari`], ['NAME', `Rich Mallory`]),
  s(`Timesheet query — I worked 6 hours on 24/12 and 8 hours on 26/12 but only got paid for one of them. Staff ID W0087143, Tala Faleolo.`, ['DATE', `24/12`], ['DATE', `26/12`], ['ID', `W0087143`], ['NAME', `Tala Faleolo`]),
  s(`Please send my income statement to my new address: 3/7 Ormond Street, Paddington, QLD 4064, not the old one in Toowong.`, ['LOCATION', `3/7 Ormond Street`], ['LOCATION', `Paddington`], ['LOCATION', `4064`], ['LOCATION', `Toowong`]),

  // ── IT helpdesk ────────────────────────────────────────────────────────
  s(`INC0048213 — user jkowalczyk reports that laptop LON-LT-0442 (Dell Latitude 7440, service tag 7HX2KQ3) cannot reach the VPN. Current IP 10.14.2.77.`, ['ID', `INC0048213`], ['ID', `jkowalczyk`], ['DEVICE', `LON-LT-0442`], ['DEVICE', `7HX2KQ3`], ['IP', `10.14.2.77`]),
  s(`Asset AT-00412 (ThinkPad X1 Carbon, S/N PF3KX8Z2) reassigned from Olamide Adeyemi to Thandiwe Dlamini on 2025-03-19.`, ['DEVICE', `AT-00412`], ['DEVICE', `PF3KX8Z2`], ['NAME', `Olamide Adeyemi`], ['NAME', `Thandiwe Dlamini`], ['DATE', `2025-03-19`]),
  s(`Please allow MAC 3C:22:FB:91:0A:7E on the guest Wi-Fi — it's Hamid's iPhone, IMEI 353284110297465.`, ['DEVICE', `3C:22:FB:91:0A:7E`], ['NAME', `Hamid`], ['DEVICE', `353284110297465`]),
  s(`RITM0072291: new starter Willem van der Berg needs an AD account (username wvanderberg), a Teams licence and access to the Finance SharePoint.`, ['ID', `RITM0072291`], ['NAME', `Willem van der Berg`], ['ID', `wvanderberg`]),
  s(`Printer PRN-3F-EAST at 10.20.30.41 keeps jamming on tray 2; reported by Sung-min Park, mobile 07911 204 883.`, ['DEVICE', `PRN-3F-EAST`], ['IP', `10.20.30.41`], ['NAME', `Sung-min Park`], ['PHONE', `07911 204 883`]),
  s(`Laptop stolen from car: MacBook Air, serial C02FK3ZNQ6L4, asset tag AT-01187, user brook.nakamura. Police ref 4019/25.`, ['DEVICE', `C02FK3ZNQ6L4`], ['DEVICE', `AT-01187`], ['ID', `brook.nakamura`], ['ID', `4019/25`]),
  s(`Phone swap for Ikaika Kahananui: old IMEI 860917051835266, new IMEI 358876104412094; the number stays as +1 808 555 0164.`, ['NAME', `Ikaika Kahananui`], ['DEVICE', `860917051835266`], ['DEVICE', `358876104412094`], ['PHONE', `+1 808 555 0164`]),
  s(`Please unblock 192.168.40.17 — it's the badge reader by reception (MAC 00:1B:44:11:3A:B7), not an attacker.`, ['IP', `192.168.40.17`], ['DEVICE', `00:1B:44:11:3A:B7`]),
  s(`User mhernandez2 (María José Hernández Ruiz) can't log in to Workday after her name change; her new UPN should be mj.hernandezruiz@contoso-health.org.`, ['ID', `mhernandez2`], ['NAME', `María José Hernández Ruiz`], ['EMAIL', `mj.hernandezruiz@contoso-health.org`]),
  s(`Hostname FIN-DT-0219 is stuck on the BitLocker recovery screen. Owner: Oksana Petrenko, mobile 07700 900 318.`, ['DEVICE', `FIN-DT-0219`], ['NAME', `Oksana Petrenko`], ['PHONE', `07700 900 318`]),
  s(`Please reset MFA for user aadeyemi; she lost her phone on the Tube on 12/3 and is working from the Leeds office until it's sorted.`, ['ID', `aadeyemi`], ['DATE', `12/3`], ['LOCATION', `Leeds`]),
  s(`Ticket #58213 closed: replaced the dock for Rahul Deshpande; old dock S/N WD19-8H2K7P3 returned to stores.`, ['ID', `58213`], ['NAME', `Rahul Deshpande`], ['DEVICE', `WD19-8H2K7P3`]),
  s(`Intune shows device DESKTOP-7QK2M9F (owner ewan.mcallister) non-compliant since 28 Feb: disk encryption off.`, ['DEVICE', `DESKTOP-7QK2M9F`], ['ID', `ewan.mcallister`], ['DATE', `28 Feb`]),
  s(`Suspicious logins for account tkoh@ridgeline-law.com from 185.220.101.47 and 2a02:c7f:5e1a:4d00::1f at 03:12 — account locked.`, ['EMAIL', `tkoh@ridgeline-law.com`], ['IP', `185.220.101.47`], ['IP', `2a02:c7f:5e1a:4d00::1f`]),
  s(`Hi IT, the shared reception mailbox is fine, but my own one won't sync on my iPad (serial DMPX41K7Q1GC). Could someone ring me on 01632 960 448? — Bukola`, ['DEVICE', `DMPX41K7Q1GC`], ['PHONE', `01632 960 448`], ['NAME', `Bukola`]),
  s(`Leaver checklist for Viktor Szabó: collect asset tags AT-00977 and AT-00978, wipe handset IMEI 354128770653104, disable username vszabo on 31/03.`, ['NAME', `Viktor Szabó`], ['DEVICE', `AT-00977`], ['DEVICE', `AT-00978`], ['DEVICE', `354128770653104`], ['ID', `vszabo`], ['DATE', `31/03`]),
  s(`VPN logs show Amit Bhardwaj connecting from home IP 81.97.214.6 on 2 January while he was on sick leave.`, ['NAME', `Amit Bhardwaj`], ['IP', `81.97.214.6`], ['DATE', `2 January`]),
  s(`Please ship a replacement charger to Chioma at Flat 12, 40 Deansgate, Manchester M3 2BW, for asset tag AT-02231.`, ['NAME', `Chioma`], ['LOCATION', `Flat 12, 40 Deansgate`], ['LOCATION', `Manchester`], ['LOCATION', `M3 2BW`], ['DEVICE', `AT-02231`]),
  s(`The Surface Pro assigned to Kalani Akana (serial 0F23R8Q419245) was returned with a cracked screen; cost recharged to cost centre 4410.`, ['NAME', `Kalani Akana`], ['DEVICE', `0F23R8Q419245`]),

  // ── school and university admin ────────────────────────────────────────
  s(`Dear Mr and Mrs Oyelowo, we are pleased to offer Tobi a place in Year 7 at Hillcrest Academy from September 2025. Please return the acceptance form by 14/04/2025.`, ['NAME', `Oyelowo`], ['NAME', `Tobi`], ['DATE', `September 2025`], ['DATE', `14/04/2025`]),
  s(`Student ID 2219384 (Ama Owusu-Ansah) has an outstanding tuition balance of £4,625. Her personal tutor, Dr Will Thornbury, has been copied in.`, ['ID', `2219384`], ['NAME', `Ama Owusu-Ansah`], ['NAME', `Will Thornbury`]),
  s(`Hi, I'm Linh Phạm, MSc Data Science, student no. s2219385. Could Registry send my council tax exemption letter to linh.pham@student.ed.ac.uk please?`, ['NAME', `Linh Phạm`], ['ID', `s2219385`], ['EMAIL', `linh.pham@student.ed.ac.uk`]),
  s(`Attendance concern: Year 10 pupil D.O. has missed 14 sessions since 6 January. Parent contact: Mrs Chiamaka Obi, 07824 551 096.`, ['NAME', `D.O.`], ['DATE', `6 January`], ['NAME', `Chiamaka Obi`], ['PHONE', `07824 551 096`]),
  s(`Dear parents, the Year 6 trip to the Science Museum on 20 June must be paid for on ParentPay by the end of this week.`, ['DATE', `20 June`]),
  s(`Extenuating circumstances form from Kofi Amponsah-Mensah (student ID 20418836); evidence attached from Queen's Medical Centre, hospital number M7741209.`, ['NAME', `Kofi Amponsah-Mensah`], ['ID', `20418836`], ['MRN', `M7741209`]),
  s(`Your CAS number E4G7JH2X9K1 has been issued. Please check that your name, Ngo Thi Thu Trang, matches your passport exactly.`, ['ID', `E4G7JH2X9K1`], ['NAME', `Ngo Thi Thu Trang`]),
  s(`Safeguarding log: at 10:40 a member of the public rang reception on 0113 496 0871 claiming to be Ruby's father and asking which bus she takes home.`, ['PHONE', `0113 496 0871`], ['NAME', `Ruby`]),
  s(`Exam board candidate number 4471 for Harrison Yeboah has been entered twice; please withdraw the duplicate before 21 February.`, ['ID', `4471`], ['NAME', `Harrison Yeboah`], ['DATE', `21 February`]),
  s(`Library fines: user ID 0094471 (Faith Kimani) owes £12.40 for The Oxford Handbook of Criminology, overdue since 03/02.`, ['ID', `0094471`], ['NAME', `Faith Kimani`], ['DATE', `03/02`]),
  s(`Fitness to practise panel for nursing student Ebony Richards-Clarke (ID u1928374) will meet on Thursday 15 May 2025 at 2pm.`, ['NAME', `Ebony Richards-Clarke`], ['ID', `u1928374`], ['DATE', `15 May 2025`]),
  s(`Bus pass application for E.N. (DOB 11/06/2014), 9 Primrose Walk, Ashford TN23 5GB. Parent: Esther Nyambura.`, ['NAME', `E.N.`], ['DATE', `11/06/2014`], ['LOCATION', `9 Primrose Walk`], ['LOCATION', `Ashford`], ['LOCATION', `TN23 5GB`], ['NAME', `Esther Nyambura`]),
  s(`Please update my emergency contact to my husband, Paolo Ricci, on +39 347 218 9034, and my term-time address to Via dei Mille 12, 40121 Bologna.`, ['NAME', `Paolo Ricci`], ['PHONE', `+39 347 218 9034`], ['LOCATION', `Via dei Mille 12`], ['LOCATION', `40121`], ['LOCATION', `Bologna`]),
  s(`PhD viva for Mehdi Rostami is confirmed for 9th July; external examiner Prof. Aoife Brennan will join by video.`, ['NAME', `Mehdi Rostami`], ['DATE', `9th July`], ['NAME', `Aoife Brennan`]),
  s(`Academic misconduct case AM/24/117 concerns essays submitted under the usernames k.otieno and kotieno99 on the same day.`, ['ID', `AM/24/117`], ['ID', `k.otieno`], ['ID', `kotieno99`]),

  // ── chat-style questions to an assistant ──────────────────────────────
  s(`my landlord dave kowalczyk at 14b harlow rd keeps letting himself in without notice is that even legal`, ['NAME', `dave kowalczyk`], ['LOCATION', `14b harlow rd`]),
  s(`hi so my nan is 92 and the care home in stockport wants to put the fees up AGAIN can they just do that`, ['AGE', `92`], ['LOCATION', `stockport`]),
  s(`my grandad turned 90 last week and the bank froze his account??? his name is eduardo santos pereira, what do we do`, ['AGE', `90`], ['NAME', `eduardo santos pereira`]),
  s(`boss (sandra) says i cant take my annual leave coz its peak season, is that allowed in the uk`, ['NAME', `sandra`]),
  s(`got a txt saying its from royal mail and to call 07451 882 310 about a parcel, legit or scam`, ['PHONE', `07451 882 310`]),
  s(`my ex wont let me see the kids, she took them to her mums in swindon without telling me. kids are A and J, 6 and 4`, ['LOCATION', `swindon`], ['NAME', `A`], ['NAME', `J`]),
  s(`i'm 94 n my daughter keeps saying i need a lasting power of attorney, what actually is that`, ['AGE', `94`]),
  s(`can my employer sack me for being off with long covid?? been there since 2019, my manager is grace o'brien and she's been awful`, ['NAME', `grace o'brien`]),
  s(`whats the deadline for a tribunal claim if i got fired on 3rd march`, ['DATE', `3rd march`]),
  s(`my brother hoang van minh got arrested last nite in leeds, do they have to read him his miranda rights or is that just america lol`, ['NAME', `hoang van minh`], ['LOCATION', `leeds`]),
  s(`my card 4556 7310 2948 3716 got charged twice by the airline for the same flight how do i get it back`, ['ACCOUNT', `4556 7310 2948 3716`]),
  s(`ok so landlord is keeping my whole deposit (1450) for "cleaning". the place was 7 barrack st, cork t12 xk82. his number is 087 441 2290`, ['LOCATION', `7 barrack st`], ['LOCATION', `cork`], ['LOCATION', `t12 xk82`], ['PHONE', `087 441 2290`]),
  s(`my mum faith (ninety-six!!) fell at the home and they didnt tell us for 2 days. can we sue them`, ['NAME', `faith`], ['AGE', `ninety-six`]),
  s(`hey can u write a letter to school asking for my sons absence to be authorised, his name is Ibrahim Al-Sayed yr 9, off 4/3 to 7/3 for a funeral`, ['NAME', `Ibrahim Al-Sayed`], ['DATE', `4/3`], ['DATE', `7/3`]),
  s(`is it ok to put my sin 046 182 739 on a rental application in toronto or is that sketchy`, ['SSN', `046 182 739`], ['LOCATION', `toronto`]),
  s(`hi my work email is r.young@kestrel-eng.com and i keep getting locked out, my pc is KEN-WS-1187`, ['EMAIL', `r.young@kestrel-eng.com`], ['DEVICE', `KEN-WS-1187`]),
  s(`what does it mean if my case no is 2501-CV-044718 and the hearing got "adjourned sine die"`, ['ID', `2501-CV-044718`]),
  s(`my cousin got pulled over in his car reg BD21 XYP and the police seized it coz he had no insurance, can he get it back`, ['VEHICLE', `BD21 XYP`]),
  s(`ok so my manager bill told me im "too old for the job", im 61, is that age discrimination`, ['NAME', `bill`]),
  s(`landlord in croydon wants to put rent up from 1200 to 1650 a month, can he?? address is flat 7b 19 church rd cr0 1sh`, ['LOCATION', `croydon`], ['LOCATION', `flat 7b 19 church rd`], ['LOCATION', `cr0 1sh`]),
  s(`help my dad is 93 and got a parking fine in a disabled bay even tho he has a blue badge, reg YK14 RFX, how do i appeal`, ['AGE', `93`], ['VEHICLE', `YK14 RFX`]),
  s(`whats the best way to write to dr okonkwo at the gp about my mums meds, she's ninety one and on like 11 tablets`, ['NAME', `okonkwo`], ['AGE', `ninety one`]),
  s(`pls help employer hasnt paid me since 15/01 and my payslip just says employee no 4471-22`, ['DATE', `15/01`], ['ID', `4471-22`]),
  s(`someone is using my pics on insta, my handle is @rosie_walker93 and the fake one is @rosie.walker.93x, how do i report it`, ['ID', `@rosie_walker93`], ['ID', `@rosie.walker.93x`]),
  s(`how do i find out who owns the car that hit me, plate was 7TRB492 california`, ['VEHICLE', `7TRB492`]),
  s(`my tenant rahul never pays on time, hes at 22 kings ave, can i just change the locks`, ['NAME', `rahul`], ['LOCATION', `22 kings ave`]),
  s(`so my gfs ex keeps texting her from 0044 7700 900 981 even tho she blocked him, can we report that`, ['PHONE', `0044 7700 900 981`]),
  s(`i want to do a will leaving everything to my partner wanjiru and nothing to my brother. we live in nairobi but i own a flat in reading`, ['NAME', `wanjiru`], ['LOCATION', `nairobi`], ['LOCATION', `reading`]),
  s(`can u check if this is a real lawyer: adebayo & co solicitors, sra number 812094`, ['LICENSE', `812094`]),
  s(`my wifes name is Hope and shes the only one on the lease, do i have any rights if she leaves me`, ['NAME', `Hope`]),
  s(`turned 95 today and the dvla want me to renew my licence?? number is MORGA753116SM9IJ, do i need a doctors note`, ['AGE', `95`], ['LICENSE', `MORGA753116SM9IJ`]),
  s(`got a speeding notice, no 11847203, car is a lease one VIN 5YJ3E1EA7KF317204 - who pays, me or the lease co`, ['ID', `11847203`], ['VEHICLE', `5YJ3E1EA7KF317204`]),
  s(`im a nurse and my nmc pin is 09I4827E, someone reported me to the nmc, what happens now??`, ['LICENSE', `09I4827E`]),
  s(`my old boss keeps emailing me at frankie.dlamini@yahoo.co.za after i left, is that harassment`, ['EMAIL', `frankie.dlamini@yahoo.co.za`]),
  s(`quick q - i set up gofundme.com/f/help-nomvula-heal for my sister and ppl say i should take it down coz of the court case??`, ['URL', `gofundme.com/f/help-nomvula-heal`]),
  s(`my ip is 86.142.17.203 and i got a letter saying they'll sue me for torrenting a film, is that real`, ['IP', `86.142.17.203`]),
  s(`our neighbours cctv points straight into our garden at 3 Meadow Close, is that allowed`, ['LOCATION', `3 Meadow Close`]),
  s(`tenancy agreement says it ends 31st aug but landlord keeps saying 31st july, who is right`, ['DATE', `31st aug`], ['DATE', `31st july`]),
  s(`lol my name is literally Will Young and the bank keeps flagging my transfers as fraud`, ['NAME', `Will Young`]),
  s(`im 90 next month and want to gift the house to my son tomas now, is there a 7 year rule or something`, ['AGE', `90`], ['NAME', `tomas`]),
  s(`the tribunal emailed me from employmenttribunal-notice@gmx.com asking for a fee, is that fake`, ['EMAIL', `employmenttribunal-notice@gmx.com`]),
  s(`my friend mustafa got a ccj at an old address, 59 grange road middlesbrough ts1 2la, he never knew about it`, ['NAME', `mustafa`], ['LOCATION', `59 grange road`], ['LOCATION', `middlesbrough`], ['LOCATION', `ts1 2la`]),
  s(`wat do i put for "date of incident" if it happened over 2 days, 18-19 jan`, ['DATE', `18-19 jan`]),
  s(`can i record my disciplinary meeting on my phone? its with my supervisor mr chowdhury tomorrow`, ['NAME', `chowdhury`]),
  s(`granny rose is 99 and her carers keep missing visits. who do i complain to, council or the agency`, ['NAME', `rose`], ['AGE', `99`]),
  s(`my daughter's dad (jayden) hasnt paid child maintenance since 1 nov, the cms ref is 1-8842019733`, ['NAME', `jayden`], ['DATE', `1 nov`], ['ID', `1-8842019733`]),
  s(`does anyone know if sharing my dl number D412-7735-0921 with a car rental site is safe??`, ['LICENSE', `D412-7735-0921`]),
  s(`hi im writing on behalf of my uncle vusi ndlovu, he's at ninety-three still living alone in soweto and a company is pressuring him to sign over his house`, ['NAME', `vusi ndlovu`], ['AGE', `ninety-three`], ['LOCATION', `soweto`]),
  s(`my employer wants my passport no to do a right to work check, its 548213907 - should i send it by whatsapp`, ['ID', `548213907`]),
  s(`ok so the letting agent is called joy and she says the deposit was in the dps but i cant find it with my ref 3319-2048-77`, ['NAME', `joy`], ['ID', `3319-2048-77`]),
  s(`need to cancel a direct debit for a gym in newcastle, acc no 20481736 sort of thing, can they chase me for it`, ['LOCATION', `newcastle`], ['ACCOUNT', `20481736`]),
  s(`my boyfriend mark keeps logging into my email (amber.j.walker@hotmail.co.uk) and reading stuff, is that a crime`, ['NAME', `mark`], ['EMAIL', `amber.j.walker@hotmail.co.uk`]),
  s(`car got towed from outside 212 Ocean Ave brooklyn, plate HNX-4471 NY, how much is it gonna cost`, ['LOCATION', `212 Ocean Ave`], ['LOCATION', `brooklyn`], ['VEHICLE', `HNX-4471`]),
  s(`can u help me write an email to hr? my name is nguyen thi hoa, employee id 55820, and my night shift allowance stopped in january 2025`, ['NAME', `nguyen thi hoa`], ['ID', `55820`], ['DATE', `january 2025`]),
  s(`my great aunt was born 4 july 1931 so shes 93 right? the form wants her age at the date of the fall`, ['DATE', `4 july 1931`], ['AGE', `93`]),
  s(`pls explain this letter, it says "claim no. K4QZ83P1 – Northampton County Court Business Centre" and i dont owe anyone anything`, ['ID', `K4QZ83P1`]),
  s(`bf's mum keeps turning up at our place in 5/22 Beach Rd, Coogee NSW 2034 uninvited, can we get an AVO`, ['LOCATION', `5/22 Beach Rd`], ['LOCATION', `Coogee`], ['LOCATION', `2034`]),
  s(`my sister "Bibi" (Fatemeh) is being made to work in a nail bar in Walsall for no pay, her passport got taken, who do we call`, ['NAME', `Bibi`], ['NAME', `Fatemeh`], ['LOCATION', `Walsall`]),

  // ── other languages and scripts ───────────────────────────────────────
  s(`Hola, soy Lucía Fernández de la Torre y vivo en C/ Alcalá nº 4, 3º B, 28014 Madrid. Mi casero no me devuelve la fianza desde el 15 de enero de 2025. Mi DNI es 48291736Q.`, ['NAME', `Lucía Fernández de la Torre`], ['LOCATION', `C/ Alcalá nº 4, 3º B`], ['LOCATION', `28014`], ['LOCATION', `Madrid`], ['DATE', `15 de enero de 2025`], ['SSN', `48291736Q`]),
  s(`my tía Carmen García Olmedo needs her NIE renewed, it's X4827163S, and the cita previa is el 3 de junio`, ['NAME', `Carmen García Olmedo`], ['SSN', `X4827163S`], ['DATE', `3 de junio`]),
  s(`Bonjour Maître, je m'appelle Aurélien Dubois-Kanté et je loue un appartement au 12 rue des Lilas, 75011 Paris. Mon propriétaire m'a donné congé le 2 avril 2025.`, ['NAME', `Aurélien Dubois-Kanté`], ['LOCATION', `12 rue des Lilas`], ['LOCATION', `75011`], ['LOCATION', `Paris`], ['DATE', `2 avril 2025`]),
  s(`Numéro de sécurité sociale de Mme Clémence Moreau : 2 85 03 75 120 437 03 — merci de le reporter sur le formulaire.`, ['NAME', `Clémence Moreau`], ['SSN', `2 85 03 75 120 437 03`]),
  s(`Sehr geehrte Damen und Herren, mein Arbeitgeber hat mir am 31.01.2025 fristlos gekündigt. Ich wohne in der Lindenstraße 5, 10969 Berlin. Mit freundlichen Grüßen, Jonas Müller-Schmitt`, ['DATE', `31.01.2025`], ['LOCATION', `Lindenstraße 5`], ['LOCATION', `10969`], ['LOCATION', `Berlin`], ['NAME', `Jonas Müller-Schmitt`]),
  s(`Der Unfallgegner fuhr einen grauen VW Golf mit dem Kennzeichen M-AB 1234; Fahrer war Herr Dimitrios Karagiannis aus Augsburg.`, ['VEHICLE', `M-AB 1234`], ['NAME', `Dimitrios Karagiannis`], ['LOCATION', `Augsburg`]),
  s(`Buongiorno avvocato, sono Giulia Bianchi, codice fiscale BNCGLI92E47F205I, e vorrei sapere se posso impugnare il licenziamento del 10 marzo.`, ['NAME', `Giulia Bianchi`], ['SSN', `BNCGLI92E47F205I`], ['DATE', `10 marzo`]),
  s(`Goedemorgen, mijn verhuurder Pieter de Vries (Prinsengracht 263-2, 1016 GV Amsterdam) weigert de borg terug te betalen. Mijn BSN is 237819466 als u dat nodig heeft.`, ['NAME', `Pieter de Vries`], ['LOCATION', `Prinsengracht 263-2`], ['LOCATION', `1016 GV`], ['LOCATION', `Amsterdam`], ['SSN', `237819466`]),
  s(`Клиент: Ольга Сергеевна Волкова, дата рождения 12 марта 1961 г., телефон +7 916 482-17-30. Просит консультацию по наследству.`, ['NAME', `Ольга Сергеевна Волкова`], ['DATE', `12 марта 1961`], ['PHONE', `+7 916 482-17-30`]),
  s(`my colleague Dmitri Alexandrovich Sokolov (Дмитрий Александрович Соколов) says his employer in riga hasnt paid him since feb 2025`, ['NAME', `Dmitri Alexandrovich Sokolov`], ['NAME', `Дмитрий Александрович Соколов`], ['LOCATION', `riga`], ['DATE', `feb 2025`]),
  s(`担当者：佐藤 美咲（さとう みさき）様、電話 03-5412-8870。2025年4月18日までに書類をご返送ください。`, ['NAME', `佐藤 美咲`], ['NAME', `さとう みさき`], ['PHONE', `03-5412-8870`], ['DATE', `2025年4月18日`]),
  s(`안녕하세요, 김민준입니다. 주민등록번호는 930227-1482657이고 연락처는 010-4821-7730입니다.`, ['NAME', `김민준`], ['SSN', `930227-1482657`], ['PHONE', `010-4821-7730`]),
  s(`my mom 이순자 is 91 and lives alone in Busan, can i still claim carer's allowance if im in the UK`, ['NAME', `이순자`], ['AGE', `91`], ['LOCATION', `Busan`]),
  s(`Merhaba, ben Elif Yıldırım. Adresim Moda Caddesi No: 12 Daire 5, Kadıköy, 34710 İstanbul. TC kimlik numaram 38461927550.`, ['NAME', `Elif Yıldırım`], ['LOCATION', `Moda Caddesi No: 12 Daire 5`], ['LOCATION', `Kadıköy`], ['LOCATION', `34710`], ['LOCATION', `İstanbul`], ['SSN', `38461927550`]),
  s(`Cliente brasileira Thaís Nascimento Rocha, CPF 382.915.047-41, quer saber se precisa de visto para trabalhar em Lisboa a partir de 1 de setembro.`, ['NAME', `Thaís Nascimento Rocha`], ['SSN', `382.915.047-41`], ['LOCATION', `Lisboa`], ['DATE', `1 de setembro`]),
  s(`Para el trámite en el consulado necesitamos la CURP de la señora Rosario Gómez Moreno: GOMR880412MJCMRS07.`, ['NAME', `Rosario Gómez Moreno`], ['SSN', `GOMR880412MJCMRS07`]),
  s(`Client 王伟 (Wang Wei), PRC ID 440305198807123412, wants to know whether he can recover his Shenzhen rental deposit from the UK.`, ['NAME', `王伟`], ['NAME', `Wang Wei`], ['SSN', `440305198807123412`], ['LOCATION', `Shenzhen`]),
  s(`Pani Katarzyna Nowak, PESEL 92030588463, przyszła w sprawie zaległego wynagrodzenia za listopad 2024.`, ['NAME', `Katarzyna Nowak`], ['SSN', `92030588463`], ['DATE', `listopad 2024`]),
  s(`hola necesito ayuda, mi jefe en la obra de Valencia no me paga desde el 20 de diciembre y mi NIE es Y2918374X, me llamo Óscar Villalobos`, ['LOCATION', `Valencia`], ['DATE', `20 de diciembre`], ['SSN', `Y2918374X`], ['NAME', `Óscar Villalobos`]),
  s(`Gentile Sig.ra Esposito, le confermiamo l'appuntamento del 14/05/2025 presso il nostro studio di Via Toledo 256, Napoli. Per disdire chiami lo 081 552 4417.`, ['NAME', `Esposito`], ['DATE', `14/05/2025`], ['LOCATION', `Via Toledo 256`], ['LOCATION', `Napoli`], ['PHONE', `081 552 4417`]),
  s(`Bonjour, mon fils Noé (N.B.) a été exclu du collège le 3 février ; pouvez-vous m'écrire à sandrine.bernard74@orange.fr ?`, ['NAME', `Noé`], ['NAME', `N.B.`], ['DATE', `3 février`], ['EMAIL', `sandrine.bernard74@orange.fr`]),
  s(`Ik ben Sanne van den Heuvel-Bakker en mijn auto met kenteken 52-HKN-7 is op 8 maart weggesleept in Utrecht.`, ['NAME', `Sanne van den Heuvel-Bakker`], ['VEHICLE', `52-HKN-7`], ['DATE', `8 maart`], ['LOCATION', `Utrecht`]),
  s(`私の祖母、山田ハナは今年96歳です。介護施設との契約について相談したいです。`, ['NAME', `山田ハナ`], ['AGE', `96`]),
  s(`Здравствуйте, меня зовут Айгуль Рашидовна Хасанова, мой работодатель в Казани не выплатил зарплату. Мой email aigul.khasanova@mail.ru.`, ['NAME', `Айгуль Рашидовна Хасанова`], ['LOCATION', `Казани`], ['EMAIL', `aigul.khasanova@mail.ru`]),
  s(`Mijn PPS-nummer in Ierland was 4827196Q, maar mijn werkgever in Galway heeft me nooit aangemeld.`, ['SSN', `4827196Q`], ['LOCATION', `Galway`]),
  s(`박지현 씨의 주민등록번호 870514-2047317 은 계약서에 적지 마세요. She signs the lease on 2025년 5월 2일.`, ['NAME', `박지현`], ['SSN', `870514-2047317`], ['DATE', `2025년 5월 2일`]),

  // ── more identifiers, assorted ─────────────────────────────────────────
  s(`Please pay the retainer of €2,500 into our Dublin client account, IBAN IE19AIBK93115240916238, and email the remittance to accounts@ocallaghan-reidy.ie.`, ['LOCATION', `Dublin`], ['ACCOUNT', `IE19AIBK93115240916238`], ['EMAIL', `accounts@ocallaghan-reidy.ie`]),
  s(`La indemnización se abonará en la cuenta ES5500491500052718390465, titular Íñigo Echeverría Zubizarreta, antes del 30 de junio.`, ['ACCOUNT', `ES5500491500052718390465`], ['NAME', `Íñigo Echeverría Zubizarreta`], ['DATE', `30 de junio`]),
  s(`Refund due to Mr Hendrik Jansen: IBAN NL39ABNA0592738146, BIC ABNANL2A. He has asked us not to use his old Rotterdam address.`, ['NAME', `Hendrik Jansen`], ['ACCOUNT', `NL39ABNA0592738146`], ['LOCATION', `Rotterdam`]),
  s(`Die Abfindung ist auf das Konto DE81370400440718264493 von Frau Ayşe Demir-Kaya zu überweisen.`, ['ACCOUNT', `DE81370400440718264493`], ['NAME', `Ayşe Demir-Kaya`]),
  s(`Hire car returned with damage: Toyota Corolla, VIN 2T1BURHEXKC182736, plate 8KZR115. Renter: Marisol Tupou, licence S530-4417-8821.`, ['VEHICLE', `2T1BURHEXKC182736`], ['VEHICLE', `8KZR115`], ['NAME', `Marisol Tupou`], ['LICENSE', `S530-4417-8821`]),
  s(`Finance agreement no. 0049918273 for the Hyundai i30, VIN KMHD84LF4HU148203, registered keeper Yaw Darko-Mensah.`, ['ACCOUNT', `0049918273`], ['VEHICLE', `KMHD84LF4HU148203`], ['NAME', `Yaw Darko-Mensah`]),
  s(`Le véhicule immatriculé GE-482-KT (Renault Clio, VIN VF1RFB00457294016) appartient à M. Karim Benzaoui, domicilié à Villeurbanne.`, ['VEHICLE', `GE-482-KT`], ['VEHICLE', `VF1RFB00457294016`], ['NAME', `Karim Benzaoui`], ['LOCATION', `Villeurbanne`]),
  s(`Driver's licence OKAFO807144CN9AB was recorded at the scene, but the insured says his licence was stolen along with his wallet in Camden.`, ['LICENSE', `OKAFO807144CN9AB`], ['LOCATION', `Camden`]),
  s(`Our firm's profile is at https://www.ridgeline-law.com/people/tomasz-kowal and his direct line is 0117 496 0552.`, ['URL', `https://www.ridgeline-law.com/people/tomasz-kowal`], ['PHONE', `0117 496 0552`]),
  s(`The harassment started after Priyanka posted the video at tiktok.com/@priyanka.s.vlogs and tagged her ex-colleague.`, ['NAME', `Priyanka`], ['URL', `tiktok.com/@priyanka.s.vlogs`]),
  s(`Evidence bundle includes screenshots from https://facebook.com/dawn.reed.7 showing threats posted on 2 October.`, ['URL', `https://facebook.com/dawn.reed.7`], ['DATE', `2 October`]),
  s(`Card used for the fraudulent bookings: 3714 496353 98415 (Amex), cardholder Samuel Adeyinka-Cole.`, ['ACCOUNT', `3714 496353 98415`], ['NAME', `Samuel Adeyinka-Cole`]),
  s(`Policy number MTR-0082-441-7 covers the Land Rover Discovery SALGA2EF1EA184623 owned by Amelia Okoro-Sinclair.`, ['ACCOUNT', `MTR-0082-441-7`], ['VEHICLE', `SALGA2EF1EA184623`], ['NAME', `Amelia Okoro-Sinclair`]),
  s(`The gym's records show membership card 6011 0048 2719 3653 was used at 23:58, which contradicts the alibi given by Dwayne Mitchell.`, ['ACCOUNT', `6011 0048 2719 3653`], ['NAME', `Dwayne Mitchell`]),
  s(`Mr Teodoro Lim Villanueva (Filipino passport P4827193B) arrived on a seafarer visa and was hospitalised in Southampton, MRN SGH-0041827.`, ['NAME', `Teodoro Lim Villanueva`], ['ID', `P4827193B`], ['LOCATION', `Southampton`], ['MRN', `SGH-0041827`]),
  s(`Ring Ms Abebech Gebremariam on 0044 20 7946 0113 or 0911 42 18 07 (Addis) — she is the only witness who saw the handover.`, ['NAME', `Abebech Gebremariam`], ['PHONE', `0044 20 7946 0113`], ['PHONE', `0911 42 18 07`], ['LOCATION', `Addis`]),
  s(`Call me on 5550187 any time before noon, it's my landline in Kingston. — Winston Blake`, ['PHONE', `5550187`], ['LOCATION', `Kingston`], ['NAME', `Winston Blake`]),
  s(`The claimant's mobile, 07700900412, appears on the hirer's paperwork for the van, together with the Italian plate FG 482 KT.`, ['PHONE', `07700900412`], ['VEHICLE', `FG 482 KT`]),
  s(`DOB 03152024? No — the baby was born 15/03/2024, the portal just shows it as 20240315.`, ['DATE', `03152024`], ['DATE', `15/03/2024`], ['DATE', `20240315`]),
  s(`Ms Nomvula Khumalo (SIN 281 746 396) moved from Winnipeg to 1420 Portage Ave, Apt 3B, Brandon, MB R7A 4W2 on Nov 1.`, ['NAME', `Nomvula Khumalo`], ['SSN', `281 746 396`], ['LOCATION', `Winnipeg`], ['LOCATION', `1420 Portage Ave, Apt 3B`], ['LOCATION', `Brandon`], ['LOCATION', `R7A 4W2`], ['DATE', `Nov 1`]),
  s(`Ms Aisha Abdullahi Yusuf, of 7 Orchard Way, Luton LU2 7PQ, DOB 29.02.1988, NI number SK 70 13 58 A, tel 01582 496 220.`, ['NAME', `Aisha Abdullahi Yusuf`], ['LOCATION', `7 Orchard Way`], ['LOCATION', `Luton`], ['LOCATION', `LU2 7PQ`], ['DATE', `29.02.1988`], ['SSN', `SK 70 13 58 A`], ['PHONE', `01582 496 220`]),
  s(`Our investigator tracked the debtor, Mr Bence Kovács, to a caravan near Skegness, LINCOLNSHIRE; the caravan's plate is KX19 HVB.`, ['NAME', `Bence Kovács`], ['LOCATION', `Skegness`], ['LOCATION', `LINCOLNSHIRE`], ['VEHICLE', `KX19 HVB`]),
  s(`Leaseholder Mrs Yasmin Farouk, Apartment 41, Block C, 2 Canal Wharf, Salford M50 3AZ, disputes the service charge for 2023/24.`, ['NAME', `Yasmin Farouk`], ['LOCATION', `Apartment 41, Block C, 2 Canal Wharf`], ['LOCATION', `Salford`], ['LOCATION', `M50 3AZ`]),
  s(`Subject: claim 7730-2291-ZX — from Mr Hamza Qureshi <hamza.q1987@proton.me>, sent 20/02/2025 14:02.`, ['ID', `7730-2291-ZX`], ['NAME', `Hamza Qureshi`], ['EMAIL', `hamza.q1987@proton.me`], ['DATE', `20/02/2025`]),
  s(`Bank statement for account 00481927 (sort code withheld) shows a transfer to Chipo Moyo of £3,000 on 14 Oct 2024.`, ['ACCOUNT', `00481927`], ['NAME', `Chipo Moyo`], ['DATE', `14 Oct 2024`]),
  s(`Interpreter booked: Ms Farida Noorzai (Dari/Pashto), NRPSI registration no. 17739, for the hearing on 8th April.`, ['NAME', `Farida Noorzai`], ['LICENSE', `17739`], ['DATE', `8th April`]),
  s(`The employer's occupational health provider wrote to Mr Bongani Sithole at 42 Jan Smuts Avenue, Rosebank, Johannesburg 2196 by mistake.`, ['NAME', `Bongani Sithole`], ['LOCATION', `42 Jan Smuts Avenue`], ['LOCATION', `Rosebank`], ['LOCATION', `Johannesburg`], ['LOCATION', `2196`]),
  s(`Emergency contact for the tenant: his uncle, Mr Dang Quoc Bao, in Garden Grove, CA 92843, phone (714) 555-0128.`, ['NAME', `Dang Quoc Bao`], ['LOCATION', `Garden Grove`], ['LOCATION', `92843`], ['PHONE', `(714) 555-0128`]),
  s(`The defendant, Ms Mei-Ling Chua, gave her address as 12 Jalan SS 2/24, 47300 Petaling Jaya, Selangor.`, ['NAME', `Mei-Ling Chua`], ['LOCATION', `12 Jalan SS 2/24`], ['LOCATION', `47300`], ['LOCATION', `Petaling Jaya`]),

  // ── no identifiers (eponyms, statutes, companies, capitalised words) ──
  s(`Under the Equality Act 2010, dismissing someone because of something arising from their disability can be unlawful even where the employer meant no harm.`),
  s(`Clare's Law lets a person ask the police whether a new partner has a history of domestic abuse.`),
  s(`The officer read him his Miranda rights before questioning, but the body-cam recording only starts halfway through.`),
  s(`Hodgkin lymphoma was diagnosed after the client had left the company, so the insurer argues it was not a pre-existing condition.`),
  s(`Donoghue v Stevenson remains the starting point for any negligence claim, however modern the facts.`),
  s(`Street v Mountford decides whether an occupier has a tenancy or a mere licence, whatever label the landlord put on the agreement.`),
  s(`May I ask whether the Section 21 notice was served on the prescribed Form 6A, and whether a gas safety certificate was given first?`),
  s(`Grace periods for late rent are not automatic; check clause 14.2 of the tenancy agreement before you threaten possession.`),
  s(`Will the Court of Appeal list the case before the long vacation, or should we expect a hearing in the new term?`),
  s(`Frank discussions with the Head of People have not resolved the grievance, so the next step is Acas early conciliation.`),
  s(`Hope this helps! Let me know if the Data Protection Officer needs anything else from the team.`),
  s(`Rich Tea biscuits and Marks & Spencer vouchers were handed out at the staff away-day, which HR says cannot count as a bonus.`),
  s(`Johnson & Johnson and Procter & Gamble both settled their class actions out of court without admitting liability.`),
  s(`The settlement was £18,500 inclusive of costs, payable within 28 days of signature, with an agreed reference and a confidentiality clause.`),
  s(`Ground 8 in Schedule 2 to the Housing Act 1988 is mandatory if at least two months' rent is owed at both the notice date and the hearing.`),
  s(`Section 98(4) of the Employment Rights Act 1996 asks whether dismissal fell within the band of reasonable responses.`),
  s(`Parkinson's disease and Crohn's disease will usually count as disabilities for the purposes of the Act.`),
  s(`Down syndrome is not a lawful reason to refuse a school place, and the SENCO should be involved from the start.`),
  s(`Chevening and Fulbright scholars must tell the International Office before travelling abroad during term.`),
  s(`Brook Street Bureau supplied the agency worker, so the real question is who the true employer was.`),
  s(`The First-tier Tribunal (Immigration and Asylum Chamber) allowed the appeal on Article 8 grounds.`),
  s(`Martin Luther King Jr. and Rosa Parks are the focus of this term's Year 9 history unit on the civil rights movement.`),
  s(`Florence Nightingale's statistics on army mortality are still the classic example we use with the first-year nursing cohort.`),
  s(`Windows 11 version 23H2, build 22631.3296, fixes the Outlook crash on the older ThinkPad docks.`),
  s(`Lot 4471B of the vaccine was recalled, but batch and lot numbers are not personal data on their own.`),
  s(`Reset your password through the self-service portal; the helpdesk will never ask for it by phone or by e-mail.`),
  s(`Sarah's Law disclosures and the sex offenders register are separate processes with different thresholds.`),
  s(`A lasting power of attorney registered with the Office of the Public Guardian can be used straight away if the donor agrees.`),
  s(`Dawn raids by the CMA are rare, but the compliance team should still have a written protocol ready.`),
  s(`Young people leaving care are entitled to a Personal Adviser until they turn 25.`),
  s(`Walker frames and other mobility aids can be claimed under the home adaptation section of the policy.`),
  s(`Amber weather warnings meant the office closed early, and staff will be paid as normal for the afternoon.`),
  s(`Joy at the verdict was short-lived: the defendant has already applied for permission to appeal.`),
  s(`Mark the envelope "Private and Confidential – Addressee Only" before posting it to the tribunal.`),
  s(`Reed Employment and Hays both confirmed that they hold no records of the assignment.`),
  s(`Bill of costs served late; the paying party may apply to have interest disallowed.`),
  s(`The March for Justice organisers have asked the union to provide stewards and a first-aider.`),
  s(`Rose Villa Care Ltd has gone into administration, and residents' families are being told to contact the administrators.`),
  s(`There is no general Good Samaritan duty in English law to rescue a stranger in danger.`),
  s(`Apple, Google and Meta all publish transparency reports on law-enforcement requests for user data.`),
  s(`The deposit must be protected in the DPS, mydeposits or TDS within 30 days of receipt.`),
  s(`Directions: witness statements to be exchanged 28 days after disclosure, and expert reports 42 days after that.`),
  s(`The Hague Convention on child abduction only helps if both countries are signatories.`),
  s(`Our helpdesk is staffed from 8am to 6pm; out-of-hours faults affecting clients should be logged as P1.`),
  s(`Employees on the Cycle to Work scheme must repay the outstanding balance if they leave before the hire period ends.`),
  s(`Erasmus+ students must upload their learning agreement to the portal before they can enrol.`),
  s(`The Disclosure and Barring Service check came back clear, so the job offer is no longer conditional.`),
  s(`Legionnaires' disease risk assessments are the landlord's responsibility, not the tenant's.`),
  s(`If you are in immediate danger call 999; for anything non-urgent ring 101 or use the online form.`),
  s(`In the US, dial 911 in an emergency or 988 for the Suicide & Crisis Lifeline.`),
  s(`Lloyd's of London and Lloyds Bank are entirely unrelated businesses, despite what the claim form says.`),
  s(`The claimant relies on Polkey and on the Acas Code of Practice on Disciplinary and Grievance Procedures.`),
  s(`Wednesbury unreasonableness is a very high bar in judicial review proceedings.`),
  s(`Gillick competence means a child under 16 can consent to treatment if they fully understand what is involved.`),
  s(`Miss Havisham clauses that penalise a beneficiary for remarrying may be void as against public policy.`),
  s(`The warranty covers the MacBook Pro for three years but excludes liquid damage and cosmetic wear.`),
  s(`Pay the £332 issue fee, or apply for help with fees on Form EX160 if you receive Universal Credit.`),
  s(`The Chief Constable's office declined to comment on the IOPC referral.`),
  s(`Asperger's is no longer a separate diagnosis, but many employees still describe themselves that way.`),
  s(`Mrs Justice Okonedo-Barnes' judgment on costs budgeting is worth reading before the CCMC.`, ['NAME', `Okonedo-Barnes`]),
  s(`Faith-based schools may prioritise applicants of that faith, but only in line with the Admissions Code.`),
  s(`Cheers for the quick turnaround — the Senior Associate will review the Particulars of Claim this afternoon.`),
  s(`Under GDPR Article 17 the right to erasure is not absolute, particularly where records must be kept for legal claims.`),
  s(`The Court of Protection appointed a deputy because the Mental Capacity Act 2005 test was not met.`),
  s(`Samsung and Huawei handsets on the legacy fleet will stop receiving security patches, per the vendor's end-of-life notice.`),
];
