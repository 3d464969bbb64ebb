// Word lists for the name and place recognizers. The large ones come from maintained packages at
// build time (vite/masking-lexicon.ts): SCOWL's English words, ~200k given and family names from
// many cultures, GeoNames towns, and countries, nationalities and languages. The short lists
// below are the grammar of identifiers: titles, roles, street types, words that never name anyone.

import { cities, common, names, places, safe } from 'virtual:masking-lexicon';
import { lexiconKey } from './lexicon-key';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).map((w) => w.toLowerCase()));
const lines = (list: string): ReadonlySet<string> => new Set(list.split('\n'));

/** English words (SCOWL sizes 10–50): the safe list of words that are not identifiers by themselves. */
export const commonWords = lines(common);
/** Given and family names from many cultures, accents folded (see `lexiconKey`). */
export const nameWords = lines(names);
/** Towns and cities (GeoNames), accents folded. */
export const placeWords = lines(places);
/** Cities of 150,000 people or more: a place even when it is also a surname ("Madrid", "Leeds"). */
export const cityWords = lines(cities);
/** Countries, nationalities, languages, continents, companies: capitalised but never identifying. */
export const safeProperWords = lines(safe);

/** Medicines written with a capital (brands), which are neither names nor places. */
export const medicineWords = words(`
  tylenol advil motrin aleve panadol nurofen calpol excedrin lipitor crestor zocor eliquis xarelto pradaxa coumadin
  plavix brilinta lasix zoloft prozac lexapro celexa paxil effexor cymbalta wellbutrin xanax ativan klonopin valium
  ambien seroquel zyprexa risperdal abilify haldol depakote lamictal keppra dilantin tegretol lyrica neurontin
  norco percocet vicodin oxycontin dilaudid suboxone narcan naloxone ozempic wegovy mounjaro trulicity jardiance
  farxiga januvia glucophage lantus humalog novolog levemir tresiba humira enbrel remicade keytruda opdivo herceptin
  synthroid levoxyl flomax proscar cialis viagra entresto ventolin proair symbicort advair spiriva flovent
  singulair nexium prilosec protonix zantac pepcid imodium miralax colace senokot dulcolax metamucil mucinex sudafed
  benadryl zyrtec claritin allegra flonase augmentin cipro levaquin bactrim keflex zithromax valtrex tamiflu
  paxlovid adderall ritalin concerta vyvanse strattera botox epipen depo-provera nexplanon mirena plan clexane aricept
  firefox chrome safari windows android iphone ipad outlook gmail whatsapp facebook instagram linkedin youtube zoom
  teams slack dropbox onedrive bluetooth powerpoint excel mychart epic cerner kindle alexa siri dexcom omnipod libre accu-chek alaris
  phonak fluzone fluad abrysvo arexvy shingrix gardasil comirnaty spikevax sinemet tdap mmr bcg
  foley romberg kernig brudzinski lachman babinski gleason braden barthel karnofsky mallampati waterlow breslow valsalva heimlich
  yankauer snellen korotkoff kussmaul chvostek rovsing papanicolaou holter doppler jackson-pratt swan-ganz wegener
  toyota honda nissan hyundai kia chevrolet chevy bmw mercedes audi volkswagen subaru mazda tesla jeep dodge lexus acura
  infiniti peugeot renault citroën fiat skoda vauxhall opel
`);

/** Words that follow an eponym ("Parkinson's disease", "Bell's palsy"): the eponym is not a person here. */
export const eponymWords = words(`
  disease diseases syndrome palsy sign signs test maneuver manoeuvre reflex phenomenon lymphoma sarcoma tumor tumour
  ulcer fracture operation procedure criteria score scale classification law rule principle method technique triad
  node nodes duct canal gland membrane body bodies cell cells catheter tube incision position block formula
  equation effect hernia cyst contracture anemia anaemia arthritis encephalopathy dystrophy chorea esophagus agar
  stain staging index apparatus law laws act convention guide amendment doctrine bill syndicate syndicates scale angina aneurysm thyroiditis disorder dementia paralysis neuralgia deformity
  maneuvre lesion lesions nodule nodules sclerosis ataxia myopathy sarcoidosis ileitis colitis diet solution scores coma
`);

/** Lower-case words of chat that name lists also hold ("ok", "im", "ur"), so they are never taken for a name. */
export const chatWords = words(`
  ok okay im ur u r ya yea yeah yep nope idk imo tbh btw lol omg pls plz thx ty np mins hrs secs er iv ed or icu
  ccu nicu picu ot pt bp hr rr gp ent mri ct ecg ekg aed ems dob mrn asap fyi eta tmrw tmr tho tho thru wanna gonna
  gotta kinda sorta dunno mum mom dad nan nana gran granny grandma grandpa papa mama bro sis hun babe luv doc
  meds med pill pills wk wks yr yrs mo mos appt appts rx dx tx hx sx fx info admin app apps wifi covid
  ma pa em hm hmm uh um ah oh eh aw max min avg ext reg january february march april june july august september october november december will can may might must shall would could should did does done back home here there still also just only even really well yes rota auth abt bc cuz coz atm brb tysm omw lmk nvm dm kk rn tmrw tonite hrs lac tech comp emp admin ortho endo cardio neuro psych peds onc rehab physio née nee geb ur zam aka ave blvd rd ln hwy pkwy apt ste approx tel fax no nos vol pp ed eds
`);

/** Honorifics and titles that are followed by a person's name. */
export const titles = [
  'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Prof', 'Professor', 'Judge', 'Magistrate', 'Sister', 'Nurse',
  'Rev', 'Reverend', 'Fr', 'Sgt', 'Sergeant', 'Officer', 'Detective', 'Det', 'Lt', 'Capt', 'Captain', 'Hon',
  'Senator', 'Deputy', 'Trooper', 'Chaplain', 'Pastor', 'Imam', 'Rabbi',
  // Other languages' titles, which are written before a name just the same.
  'Herr', 'Herrn', 'Frau', 'Madame', 'Mme', 'Mlle', 'Monsieur', 'Señor', 'Señora', 'Señorita', 'Sr', 'Sra', 'Srta', 'Don', 'Doña',
  'Signor', 'Signora', 'Sig', 'Dott', 'Dottoressa', 'Senhor', 'Senhora', 'Dona', 'Mevrouw', 'Meneer', 'Pani', 'Pan',
  'Ông', 'Bà', 'Practitioner', 'Brother', 'Ratu', 'Adi', 'Shri', 'Sri', 'Smt', 'Shrimati', 'Dña', 'Canon', 'Baby', 'Hurricane', 'Storm', 'Typhoon', 'Cyclone',
  // Family words used as a title: "Lola Remedios", "Nonno Salvatore", "Oma Ingrid".
  'Lola', 'Lolo', 'Tita', 'Tito', 'Nonno', 'Nonna', 'Abuela', 'Abuelo', 'Oma', 'Opa', 'Ouma', 'Oupa', 'Bibi', 'Babu', 'Nana', 'Gran', 'Granny', 'Grandma', 'Grandpa', 'Auntie', 'Aunty', 'Uncle',
];

/** Roles and relations that, right before a capitalised word, say it is a person's name. */
export const roleWords = [
  'patient', 'pt', 'client', 'plaintiff', 'defendant', 'petitioner', 'respondent', 'claimant', 'appellant', 'appellee',
  'applicant', 'decedent', 'deceased', 'testator', 'testatrix', 'grantor', 'grantee', 'trustee', 'beneficiary',
  'executor', 'executrix', 'administrator', 'guardian', 'conservator', 'ward', 'witness', 'deponent', 'affiant',
  'declarant', 'mediator', 'arbitrator', 'policyholder', 'insured', 'landlord', 'landlady', 'tenant', 'lessor',
  'lessee', 'owner', 'buyer', 'seller', 'purchaser', 'vendor', 'borrower', 'lender', 'debtor', 'creditor',
  'employee', 'employer', 'victim', 'suspect', 'accused', 'inmate', 'minor', 'child', 'attorney', 'counsel',
  'lawyer', 'solicitor', 'barrister', 'paralegal', 'notary', 'custodian', 'agent', 'husband', 'wife', 'spouse',
  'partner', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'brother', 'sister', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'grandma', 'grandpa', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'fiancé',
  'fiancée', 'fiance', 'fiancee', 'friend', 'neighbour', 'neighbor', 'caregiver', 'carer', 'physician', 'surgeon',
  'tenants', 'proposer', 'matron', 'clerk', 'reporter', 'foster', 'carers', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandad', 'granddad', 'auntie', 'aunty', 'mum', 'mummy', 'papa', 'mama',
  'pacjent', 'pacjentka', 'hasta', 'paciente', 'patiente', 'patientin', 'cliënt', 'cliente', 'résident', 'résidente', 'residente', 'hija', 'hijo', 'figlia', 'figlio', 'tochter', 'sohn', 'fille', 'fils', 'filha', 'filho', 'caller',
  'practitioner', 'clinician', 'therapist', 'physiotherapist', 'pharmacist', 'midwife', 'nurse', 'doctor',
  'psychiatrist', 'psychologist', 'interpreter', 'resident', 'intern', 'registrar', 'consultant', 'officer',
  'contact', 'signatory', 'complainant', 'informant', 'student', 'pupil', 'parent', 'member', 'subscriber', 'enrollee', 'applicant', 'claimant', 'employee', 'supervisor', 'manager', 'colleague', 'coworker', 'teacher', 'principal', 'coordinator', 'attending',
  'fellow', 'prescriber', 'provider', 'scribe', 'chaperone', 'proxy', 'surrogate', 'sponsor', 'householder',
  // Kinship in the languages relatives write in: "mi madre Rosario", "ma sœur Odile", "minha avó Celeste".
  'madre', 'padre', 'esposa', 'esposo', 'marido', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'hermana', 'hermano', 'tía', 'tío', 'nieta', 'nieto',
  'suegra', 'suegro', 'sobrina', 'sobrino', 'vecina', 'vecino', 'mère', 'père', 'épouse', 'époux', 'grand-mère', 'grand-père', 'mamie', 'papi',
  'sœur', 'soeur', 'frère', 'tante', 'oncle', 'voisine', 'mãe', 'pai', 'avó', 'avô', 'irmã', 'irmão', 'vizinha', 'vizinho', 'moglie', 'marito',
  'nonna', 'nonno', 'sorella', 'fratello', 'zia', 'zio', 'Mutter', 'Vater', 'Ehefrau', 'Ehemann', 'Oma', 'Opa', 'Großmutter', 'Großvater',
  'Schwester', 'Bruder', 'Onkel', 'Tochter', 'Sohn', 'matka', 'ojciec', 'żona', 'mąż', 'babcia', 'dziadek', 'siostra', 'córka', 'moeder', 'vader',
];

/** Relations written after a name ("Will, her husband"; "Tomasz Wierzbicki (brother)"). */
export const relationWords = [
  'husband', 'wife', 'spouse', 'partner', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'friend',
  'neighbour', 'neighbor', 'caregiver', 'carer', 'guardian', 'fiancé', 'fiancée', 'boyfriend', 'girlfriend',
  'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'mom', 'dad', 'attorney', 'lawyer', 'employer', 'landlord',
];

/** Post-nominal credentials ("Tobias Lindgren, Esq."). */
export const credentials = [
  'MD', 'M.D.', 'DO', 'RN', 'NP', 'PA-C', 'DDS', 'DMD', 'PhD', 'PharmD', 'JD', 'Esq', 'LCSW', 'MSW', 'APRN',
  'CNM', 'FNP', 'MBBS', 'FRCP', 'MRCP', 'DPM', 'OD', 'LPN', 'CRNA', 'PsyD', 'KC', 'QC', 'DBE', 'OBE', 'MBE', 'CBE', 'KBE', 'FRCS', 'FRCPath', 'MRCGP', 'FRCGP', 'FRCPsych', 'FACS', 'FACP',
  'DPT', 'DNP', 'MSN', 'LMFT', 'LPC', 'MPH', 'AGNP', 'PMHNP', 'CNS', 'DC', 'DVM', 'MRCS', 'FRACP', 'FRCSC', 'FRCPC', 'CCFP',
];

/** Words that end an organisation's name, so a capitalised run containing one is not a person or a town. */
export const orgWords = words(`
  academy agency association authority bank board building bureau centre center church clinic co college commission
  committee company corp corporation council court dept department district dynamics foundation fund group health
  healthcare holdings hospital hospice hotel inc industries institute insurance laboratories laboratory labs limited
  llc llp logistics ltd medical medicine ministry office partners pharmacy pharmaceuticals police practice
  services sheriff society solutions systems trust university unit ward surgery chambers partnership school
  schools mutual bancorp llp pllc plc gmbh ag sa nv bv pty kk lp pc inc. co. corp. ltd. ministries church mosque
  synagogue temple parish cathedral library museum airport stadium theatre theater care living homes residence
  residences lodge manor pharma dental therapeutics biotech team lettings desk helpdesk support permanente foods
  orthopedics orthopaedics cardiology paediatrics pediatrics associates brothers bros sons cross shield aid relief
  international global national coop cooperative network alliance coalition union league mgmt management properties
  frontières sans ehpad infirmary royal dentistry solicitors attorneys lawyers accountants assurance life
  elementary middle high primary secondary nursery daycare kindergarten campus
`);

/** US states and territories; a state is not an identifier under Safe Harbor, so it is never masked. */
export const stateNames: ReadonlySet<string> = new Set([
  ...words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
  wisconsin wyoming
`),
  // The states whose names are two words (not New York, which is as often the city).
  ...['new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota', 'south dakota', 'rhode island', 'west virginia'],
]);

/** Two-letter USPS state codes; written before a ZIP code they mark the end of a postal address. */
export const stateCodes = `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI`.split(' ');

/** Street types that close a street address ("1420 Alder Crest Road"). */
export const streetTypes = [
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Court', 'Ct',
  'Close', 'Way', 'Place', 'Pl', 'Terrace', 'Ter', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Row',
  'Plaza', 'Square', 'Sq', 'Crescent', 'Cres', 'Trail', 'Trl', 'Walk', 'Gardens', 'Mews', 'Grove', 'Loop', 'Alley',
  'Path', 'Pike', 'Crossing', 'Hill', 'Heights', 'Green', 'Gate', 'View', 'Rise', 'Park', 'Yard', 'Quay', 'Wharf',
  'Broadway', 'Copse', 'Drove', 'Chase', 'End', 'Parade', 'Meadow', 'Meadows', 'Ridge', 'Wood', 'Vale', 'Fields', 'Brow', 'Wynd', 'Grn', 'Cl', 'Cres', 'Rdg', 'Hts', 'Gdns', 'Riverside',
  'Pde', 'Esplanade', 'Esp', 'Mansions', 'Paddocks', 'Salai', 'Marg', 'Cottages', 'Cotts', 'Lea', 'Glade', 'Approach',
  'Croft', 'Fold', 'Nook', 'Garth', 'Dene', 'Hollow', 'Reach', 'Side', 'Ln', 'Lns', 'Corner', 'Paddock', 'Oval', 'Circus',
  'Passage', 'Point', 'Bend', 'Run', 'Spur', 'Causeway',
];

/** Generic words that make a capitalised run a place ("Ashford Falls", "Cedar Hollow", "Harlow County"). */
export const placeGenerics = words(`
  bay beach bluff bridge brook canyon city cove creek crossing dale falls ferry fields forest forge fort glen grove
  harbor harbour haven heights hills hollow island junction lake lakes landing meadows mills mount mountain
  pines plains point port rapids ridge river springs station summit terrace town valley village vista wells woods
  colony nagar layout enclave vihar puram
`);

/** First words that mark a place name ("Port Carrow", "San Isidro", "New Albury"). */
export const placePrefixes = words(`
  east fort glen lake little mount mt new north port porto puerto saint san santa santo south upper lower west
`);

/** Endings typical of English-language town names ("Millbrook", "Kellerton", "Thornbury"). */
export const placeSuffixes = [
  'ton', 'ville', 'field', 'ford', 'bury', 'borough', 'boro', 'wood', 'dale', 'brook', 'ridge', 'burg', 'burgh',
  'port', 'mouth', 'ham', 'by', 'well', 'stead', 'wick', 'worth', 'land', 'view', 'haven', 'chester', 'cester',
  'minster', 'ley', 'bridge', 'gate', 'holm', 'thorpe', 'mont', 'stone', 'vale', 'town', 'shire', 'croft', 'hurst',
];

/** Capitalised words that start sentences or headings and are never part of a name. */
export const notNames = words(`
  yeah yep yup nope okay ok um uhm uh erm hmm oh ah aye sure admin everyone
  ramq lic goc hpcsa sanc sapc mdcn nmcn kmpdc hpcz bmdc pmdc slmc mcnz ncnz dcnz scpp odob tsmc coru cpsa
  бабушка дедушка мама папа мать отец сын дочь муж жена брат сестра истец истица ответчик ответчица пациент пациентка больной больная гражданин гражданка врач доктор заявитель
  a about above after again against all also although an and another any are as at because before being below
  between both but by can could did do does during each either every few for from further had has have having he
  her here hers him his how however i if in into is it its just me might more most my neither no nor not now
  of off on once only or other our out over own per please same she should since so some such than that the their
  them then there therefore these they this those through thus to too under until up upon very was we were what
  when where whereas which while who whom why with within without would yes yet you your
  january february march september october november december feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday today tomorrow yesterday
  tonight morning evening afternoon christmas easter
  patient patients plaintiff plaintiffs defendant defendants petitioner respondent claimant court judge
  exhibit section rule article schedule appendix clause paragraph chapter part title act code statute regulation
  order motion notice complaint petition affidavit estate trust re ex parte case matter et al state states people united
  commonwealth kingdom republic government federal
  note notes plan assessment history impression diagnosis exam examination labs lab results result discharge
  admission follow review continue call contact seen apply keep start stop take give send check see refer
  emergency insurance pharmacy hospital clinic ward bed room unit floor suite apt apartment
  dear sincerely regards attn cc re subject hi hello hey thanks best yours cheers warmly kind faithfully truly respectfully
  english spanish french german portuguese italian chinese arabic russian american british canadian mandarin cantonese
  tagalog farsi dari pashto tigrinya somali creole patois hokkien punjabi urdu gujarati tamil telugu bengali yoruba igbo hausa
  rm bed bay north south east west med rec acct billing meals chagas hijab niqab turban kippah pinna tecum duces habeas corpus bono ret laptop cell rounds reception endo dept ramadan eid shabbat sabbath passover hanukkah diwali lent advent
  kippur hashanah adar nisan tishrei aban azar farvardin jehovah allah god jesus christ buddha krishna quran bible torah
  aetna cigna humana kaiser anthem bupa medigap tricare
  reg tel apgar na hb hba1c inr tsh crp esr wbc plt alt ast ldl hdl egfr bmi fev1 medicare medicaid hipaa covid telehealth telemedicine fed civ crim evid supp cir app
  england scotland wales ireland britain europe africa asia america americas
  mondays tuesdays wednesdays thursdays fridays saturdays sundays
  januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet août septembre octobre
  novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre janeiro
  fevereiro março maio junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio
  settembre ottobre dicembre
  morbus maladie enfermedad síndrome sindrome doença malattia morbo
  ala ariz ark calif colo conn fla ill ind kan ky md mass mich minn miss mo mont neb nev okla ore tenn tex vt va wash wis wyo
`);

export { lexiconKey };

/** Whether a word is a known name that is not also an ordinary English word ("Kwame", "Nguyen", "Zoltán"). */
export function isNameOnly(word: string): boolean {
  const k = lexiconKey(word);
  return nameWords.has(k) && !commonWords.has(k) && !safeProperWords.has(k) && !medicineWords.has(k);
}

/** Whether a word is both a name and an ordinary word ("Grace", "Will", "Patience", "Hall"). */
export function isWordLikeName(word: string): boolean {
  const k = lexiconKey(word);
  return nameWords.has(k) && commonWords.has(k);
}

/** Whether a word is an English word, counting the inflections the list leaves out ("placeholders", "re-filed"). */
export function isEnglishWord(word: string): boolean {
  const k = lexiconKey(word);
  if (commonWords.has(k)) return true;
  if (k.includes('-')) return k.split('-').every((part) => part === '' || commonWords.has(part) || /^(?:re|co|pre|non|post|anti|self|ex|sub|semi|multi|mid|over|under|cross)$/.test(part));
  const stem = /^(.{3,}?)(?:s|es|ed|d|ing|er|ers|ly|ness|ment|ments|able|ful|less|ism|ist|ists|ity|ize|ized|ise|ised|al|ally)$/.exec(k);
  return stem !== null && (commonWords.has(stem[1] ?? '') || commonWords.has(`${stem[1] ?? ''}e`));
}

/** Whether a capitalised word is in none of the lists: no English word, no known name, no town, no country. */
export function isUnknownWord(word: string): boolean {
  const k = lexiconKey(word);
  return !isEnglishWord(word) && !nameWords.has(k) && !placeWords.has(k) && !safeProperWords.has(k) && !medicineWords.has(k);
}
