// Small embedded word lists for the name and place recognizers. They are deliberately short: a
// name is mostly found by its context (a title, a role, "signed by"); the given-name list only
// helps when a sentence offers no context at all.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Common given names across English-speaking, European, Latin American, African and Asian naming traditions. */
export const givenNames = words(`
  aaron abby abdul abigail abraham ada adam adrian adriana agnes ahmed aidan aiden aisha alan alana albert alberto
  alejandra alejandro alex alexander alexandra alexis alfred ali alice alicia alina alison allison alma alvin amanda
  amara amelia amir amit amy ana anastasia andre andrea andreas andrew andrei angela angelica angelo anil anita ann
  anna anne annette anthony antonio anya arjun arlene arnold arthur arturo asha ashley aubrey audrey austin ava
  barbara beatrice beatriz becky ben benjamin bernard bernadette beth bethany betty beverly bianca boris brad bradley
  brandon brenda brendan brian bridget brittany bruce bruno bryan caleb calvin camila cameron carl carla carlos
  carmen carol caroline carolyn carrie cassandra catherine cecilia celia chad charlene charles charlotte chen chidi
  chloe chris christian christina christine christopher cindy claire clara clarence claudia clifford colin connor
  constance cora craig cristina crystal cynthia daniel daniela danielle darius darren david deborah debra deepak
  denise dennis derek diana diane diego dimitri dmitri dmitry dolores dominic donald donna doris dorothy douglas
  duncan dwayne edgar edith eduardo edward edwin eileen elaine eleanor elena eli elias elijah elizabeth ella ellen
  elliot eloise emily emma emmanuel enrique eric erica erik erin ernest esther ethan eugene evan evelyn fatima
  felicia felix fernando fiona florence frances francesca francis francisco frederick gabriel gabriela gareth gary
  gavin genevieve geoffrey george gerald gerardo gertrude gilbert giovanni giulia gloria gordon graham gregory
  guadalupe gustavo hamid hannah harold harriet harry hassan hazel heather hector heidi helen helena henry herbert
  hiroshi howard hugh hugo ian ibrahim igor imran ingrid irene isaac isabel isabella isaiah ivan jacob jacqueline
  jake james jamie jane janet janice jared jasmine jason javier jeffrey jennifer jeremy jerome jesse jessica jesus
  joan joanna joanne joaquin joel johanna john jonathan jorge jose joseph josephine joshua juan judith julia julian
  juliana julie justin kamal karen karin karl kate katherine kathleen kathryn katie kavya keith kelly kenji kenneth
  kevin khalid kim kimberly kirsten kofi kristen kwame kyle lakshmi lara larry laura lauren lawrence leah leila
  lena leo leon leonard leslie liam linda lindsay lisa lois lorenzo lorraine louis louise lucas lucia lucy luis
  luisa luke lydia lynn madeline madison magdalena malcolm manuel marcel marco marcus margaret maria mariana marie
  marilyn marina mario marion marisol marjorie marta martha martin mary mateo matthew maureen maurice max maxine
  megan melanie melissa mia michael michelle miguel mikhail mildred milton ming miriam mohamed mohammed monica
  morgan muhammad nadia nancy naomi natalia natalie nathan neil nicholas nicole nikhil nina noah noor norma norman
  oliver olivia omar oscar owen pablo pamela patricia patrick paul paula pauline pedro peggy peter philip phyllis
  pierre pooja priya rachel rafael rahul raj rajesh ralph ramon randy raquel raul ravi raymond rebecca regina
  renee ricardo richard rita robert roberto robin rodrigo roger ronald rosa rosalind rosemary roy ruth ryan sabrina
  salvador samantha samuel sandra sanjay sara sarah scott sean sergei sergio seth shannon sharon sheila shirley
  simon sofia sonia sophia sophie stanley stella stephanie stephen steven stuart susan suzanne sylvia tamara tanya
  tara teresa terrence theodore theresa thomas timothy tina todd tomas tony tracy travis trevor tyler valentina
  valerie vanessa vera veronica vicente victor victoria vikram vincent violet virginia vivian walter wanda wayne
  wei wendy william xavier yasmin yolanda yusuf yuki yvonne zachary zoe
`);

/** Given names that are also ordinary English words, so they count as names only with context. */
export const wordLikeNames = words(`
  april august autumn bill bob brook chance chase cliff dale dawn dean drew faith frank gene ginger glen grace grant
  guy hope hunter iris ivy jack jade jay joy june king lily mark max may melody mercy miles olive pat pearl penny
  rich river robin rose ruby sage sky star summer sue taylor will wood
`);

/** Frequent surnames, used only next to another capitalised word ("Kwabena Smith"). */
export const surnames = words(`
  adams allen alvarez anderson bailey baker bell bennett brooks brown campbell carter castillo chavez clark collins
  cook cooper cox cruz davis diaz edwards evans fisher flores foster garcia gomez gonzalez gray green griffin gutierrez
  hall harris hayes henderson hernandez hill howard hughes jackson james jenkins jimenez johnson jones kelly kennedy
  khan kim king lee lewis long lopez martin martinez mendoza miller mitchell moore morales morgan morris murphy
  myers nelson nguyen ortiz parker patel perez perry peterson phillips powell price ramirez reed reyes richardson
  rivera roberts robinson rodriguez rogers ross ruiz russell sanchez sanders scott shah singh smith stewart sullivan
  taylor thomas thompson torres turner walker ward watson white williams wilson wood wright young
`);

/** Honorifics and titles that are followed by a person's name. */
export const titles = [
  'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Prof', 'Professor', 'Judge', 'Justice', 'Magistrate', 'Sister', 'Nurse',
  'Rev', 'Reverend', 'Fr', 'Sgt', 'Sergeant', 'Officer', 'Detective', 'Det', 'Lt', 'Capt', 'Captain', 'Hon',
  'Senator', 'Deputy', 'Trooper', 'Chaplain',
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
  'practitioner', 'clinician', 'therapist', 'physiotherapist', 'pharmacist', 'midwife', 'nurse', 'doctor',
  'psychiatrist', 'psychologist', 'interpreter', 'resident', 'intern', 'registrar', 'consultant', 'officer',
  'contact', 'signatory', 'complainant', 'informant', 'student', 'teacher', 'principal', 'coordinator', 'attending',
  'fellow', 'prescriber', 'provider', 'scribe', 'chaperone', 'proxy', 'surrogate', 'sponsor', 'householder',
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
  'CNM', 'FNP', 'MBBS', 'FRCP', 'MRCP', 'DPM', 'OD', 'LPN', 'CRNA', 'PsyD', 'KC', 'QC',
];

/** Words that end an organisation's name, so a capitalised run containing one is not a person or a town. */
export const orgWords = words(`
  academy agency association authority bank board building bureau centre center church clinic co college commission
  committee company corp corporation council court dept department district dynamics foundation fund group health
  healthcare holdings hospital hospice hotel inc industries institute insurance laboratories laboratory labs limited
  llc llp logistics ltd medical medicine ministry office partners pharmacy pharmaceuticals police practice
  services sheriff society solutions systems trust university unit ward surgery chambers partnership
`);

/** US states and territories; a state is not an identifier under Safe Harbor, so it is never masked. */
export const stateNames = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
  wisconsin wyoming
`);

/** Two-letter USPS state codes; written before a ZIP code they mark the end of a postal address. */
export const stateCodes = `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI`.split(' ');

/** Street types that close a street address ("1420 Alder Crest Road"). */
export const streetTypes = [
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Court', 'Ct',
  'Close', 'Way', 'Place', 'Pl', 'Terrace', 'Ter', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Row',
  'Plaza', 'Square', 'Sq', 'Crescent', 'Cres', 'Trail', 'Trl', 'Walk', 'Gardens', 'Mews', 'Grove', 'Loop', 'Alley',
  'Path', 'Pike', 'Crossing', 'Hill', 'Heights', 'Green', 'Gate', 'View', 'Rise', 'Park', 'Yard', 'Quay', 'Wharf',
];

/** Generic words that make a capitalised run a place ("Ashford Falls", "Cedar Hollow", "Harlow County"). */
export const placeGenerics = words(`
  bay beach bluff bridge brook canyon city cove creek crossing dale falls ferry fields forest forge fort glen grove
  harbor harbour haven heights hills hollow island junction lake lakes landing meadows mills mount mountain
  pines plains point port rapids ridge river springs station summit terrace town valley village vista wells woods
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
  a about above after again against all also although an and another any are as at because before being below
  between both but by can could did do does during each either every few for from further had has have having he
  her here hers him his how however i if in into is it its just me might more most my neither no nor not now
  of off on once only or other our out over own per please same she should since so some such than that the their
  them then there therefore these they this those through thus to too under until up upon very was we were what
  when where whereas which while who whom why with within without would yes yet you your
  january february march september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
  tonight morning evening afternoon christmas easter
  patient patients plaintiff plaintiffs defendant defendants petitioner respondent claimant court judge justice
  exhibit section rule article schedule appendix clause paragraph chapter part title act code statute regulation
  order motion notice complaint petition affidavit estate trust re ex parte case matter et al state states people united
  commonwealth kingdom republic government federal
  note notes plan assessment history impression diagnosis exam examination labs lab results result discharge
  admission follow review continue call contact seen apply keep start stop take give send check see refer
  emergency insurance pharmacy hospital clinic ward bed room unit floor suite apt apartment
  dear sincerely regards attn cc re subject
  english spanish french german portuguese italian chinese arabic russian american british canadian
  medicare medicaid hipaa covid
`);
