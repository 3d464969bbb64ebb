// Dates and ages: every date of a person other than a bare year, and every age over 89 (HIPAA
// Safe Harbor), in the many ways people write them.

import { groupSpan, scan, tier, type Emit } from './redact-scan';

export const month =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\b)';
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
const ordinalWord = `(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${ordinals.join('|')})\\b`;
/** Months of the Persian and Hebrew calendars, as dates of birth from Iran and Israel are written. */
const otherCalendarMonth =
  '(?:Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Mehr|Aban|Azar|Bahman|Esfand|Tishrei|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul)\\b';
const foreignMonth =
  '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|januari|februari|maart|mei|augustus|január|február|március|április|május|június|július|augusztus|szeptember|október|január|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?![\\p{L}])';
const day = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const lowerMonth = '(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b';
const year = '(?:1[89]|20)\\d{2}\\b';

export function findDates(text: string, emit: Emit): void {
  const textual = [
    new RegExp(`\\b(?:[Tt]he )?${day}(?: of)? ${month}(?:,? ${year})?`, 'g'), // 4 March 2025, the 14th of April, 5 March
    new RegExp(`\\b${month} ${day}\\b(?![:.]?\\d)(?:,? ${year})?`, 'g'), // March 4th, 2025; May 6
    new RegExp(`\\b${month},? ${year}`, 'g'), // January 2022
    // "on june 14", "14 june", "dec 3rd": a month typed in lower case, beside a day ("may" is left alone, it is a verb too).
    new RegExp(`\\b(?:${lowerMonth} ${day}(?![:.]?\\d| ?(?:mg|ml|kg|am|pm|%|units))|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)? ${lowerMonth})(?:,? ${year})?`, 'g'),
    new RegExp(`\\b${month} ${ordinalWord}(?:,? ${year})?`, 'gi'), // January ninth, 1935
    new RegExp(`\\b${month} the (?:${day}|${ordinalWord})(?:,? ${year})?`, 'g'), // March the 3rd, May the twelfth
    new RegExp(`(?<=\\b(?:on|for|by|until|till|before|after|since|from) )the ${ordinalWord}(?: (?:of )?${month}(?:,? ${year})?)?(?=[,.;:!?]|$| (?!(?:time|times|day|week|month|year|floor|place|thing|one|two|step|dose|visit|round|attempt|page|person|line|item|half|part|stage|trimester)\\b))`, 'g'), // for the twenty-third (of May)
    new RegExp(`\\b(?:\\d{1,2} )?${otherCalendarMonth}(?: \\d{3,4})?`, 'g'), // 14 Adar, Aban 1401, 21 Farvardin 1310
    new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])([-/ ])${month}\\1(?:${year}|\\d{2}\\b)`, 'g'), // 04-Mar-1950
    new RegExp(`\\b${month}-(?:[12]\\d|3[01]|0?[1-9])-${year}`, 'g'), // Mar-04-2025
    new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\b(?!-)`, 'g'), // 15-Jul
    /\b(?:[12]\d|3[01]|0[1-9])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)?\d{2}\b/g, // 12JUL24, 03MAY2024
  ];
  // A full stop after an abbreviated month ends the sentence unless a year follows: "on 22 Feb."
  // Dates in French, Spanish, Portuguese, Italian and German: "3 novembre 1919", "29 de abril de 2021", "14. September 1919".
  scan(text, new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:er|º|\\.)? (?:de )?${foreignMonth}(?: (?:de |del )?${year})?`, 'giu'), (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.shape),
  );
  for (const re of textual) scan(text, re, (m) => emit('DATE', m.index, m.index + m[0].length - (/\.$/.test(m[0]) ? 1 : 0), tier.shape));

  // 03/04/2025, 19/08/2024, 01-15-2025, 04.03.2025, 11/02/24
  scan(text, /(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g, (m) => {
    const [, a = '', sep, b = '', y = ''] = m;
    if (sep === '.' && y.length === 2 && (a.length < 2 || b.length < 2)) return; // 1.2.34 is a version, 03.04.24 a date
    if (plausibleDayMonth(Number(a), Number(b)) && (y.length === 2 || /^(1[89]|20)/.test(y))) {
      emit('DATE', m.index, m.index + m[0].length, tier.shape);
    }
  });
  // The month in Roman numerals, as Central and Eastern Europe write it: "3.III.1951", "12 XI 1948".
  scan(text, /(?<![\d.])(?:[12]\d|3[01]|0?[1-9])([. ])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\1(?:1[89]|20)\d{2}(?!\d)/g, (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.shape),
  );
  // "the 3rd day of May, 2024" (as deeds and affidavits write it), whole.
  scan(text, new RegExp(`\\b(?:[Tt]he )?${day} day of ${month},? (?:in the year )?${year}|\\b(?:[Tt]he )?${day} day of ${month}`, 'g'), (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.label),
  );
  // "12th feb", "3rd of june": chat writes the month in lower case, after an ordinal day.
  scan(text, /\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|ember|ober)?\b/g, (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.shape),
  );
  // "re-signed on 05.03.", "return due 30.06.", "depuis le 15.": a day and month without the year, after a word of time.
  scan(text, /\b(?:on|due|by|until|till|from|since|before|after|le|el|am|vom|bis|dal|al|op|dia)\.? ((?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9]))\.(?=\s|$)/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DATE', span[0], span[1], tier.shape);
  });
  scan(text, /\b(?:depuis|dès|avant|après|jusqu'au) le ((?:[12]\d|3[01]|0?[1-9]))(?=[.,;]|\s+(?:et|ou)\b|$)/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DATE', span[0], span[1], tier.shape);
  });
  // "on the 14th and 15th", "the 3rd or the 4th": a second day of the month joined to a first.
  scan(text, /\b(?:on|from|between|the) (?:the )?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th) (?:and|or|&|to|-|till|until) (?:the )?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?! (?:floor|percentile|centur|grade|place|time|birthday|dose|cycle|week|day|month|year|street|st\b|avenue|ave\b))/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DATE', span[0], span[1], tier.shape);
  });
  // "sat 16th", "Thurs 3rd": a weekday written short, then the day of the month.
  scan(text, /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.? ((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DATE', span[0], span[1], tier.shape);
  });
  // "12-14 Feb", "3–5 March 2025": a span of days in one month.
  scan(text, new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)? ?[-–] ?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?: of)? ${month}(?:,? ${year})?`, 'g'), (m) =>
    emit('DATE', m.index, m.index + m[0].length - (/\.$/.test(m[0]) ? 1 : 0), tier.shape),
  );
  // "Ninth of November, nineteen fifty-two": a date written out in words, with its year in words too.
  scan(text, new RegExp(`\\b${ordinalWord}(?: of)? ${month}(?:,? (?:nineteen|twenty)[- ](?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)))?`, 'gi'), (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.shape),
  );
  // "Tuesday 9th", "due 21st", "from 3rd": a day of the month after a weekday or a word of time.
  scan(text, /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?|due|on|by|until|till|before|after|since|from|next|this) ((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?! (?:Floor|Street|St|Avenue|Ave|Road|Century|Grade|Edition|Amendment|Place|Quarter|Circuit|District|Ward|Precinct|Level|Division|Battalion|Regiment|century|floor|percentile|time|times|birthday|day|week|month|year|place|row|grade|edition|amendment|dose|cycle|attempt|round|minute|hour|street|st|avenue|ave|trimester|line|degree|generation|person|stage|quarter|session|visit|level|item|paragraph|section|circuit|district|ward|precinct|largest|most|best|highest|lowest|child|pregnancy|rib|toe|finger|digit|metatarsal|cranial|nerve|intercostal|lumbar|cervical|thoracic|sacral|vertebra|ventricle|heart|sound|tooth|molar|premolar|percentile))/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DATE', span[0], span[1], tier.shape);
  });
  // "on the 21st", "by the 3rd": a day of the month named alone.
  scan(text, /\b([Tt]he (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?! (?:Floor|Street|St|Avenue|Ave|Road|Century|Grade|Edition|Amendment|Place|Quarter|Circuit|District|Ward|Precinct|Level|Division|Battalion|Regiment|century|floor|percentile|time|times|birthday|day|week|month|year|place|row|grade|edition|amendment|dose|cycle|attempt|round|minute|hour|street|st|avenue|ave|trimester|line|degree|generation|person|stage|quarter|session|visit|level|item|paragraph|section|circuit|district|ward|precinct|largest|most|best|highest|lowest|child|pregnancy|rib|toe|finger|digit|metatarsal|cranial|nerve|intercostal|lumbar|cervical|thoracic|sacral|vertebra|ventricle|heart|sound|tooth|molar|premolar|percentile))/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('DATE', span[0], span[1], tier.shape);
  });
  // Eight digits that read as a date: 20250304 (YYYYMMDD), 03042025 (MMDDYYYY or DDMMYYYY).
  scan(text, /(?<![\d/.-])(\d{8})(?![\d/-]|\.\d)/g, (m) => {
    const d = m[1] ?? '';
    const ymd = /^(?:19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(d);
    const mdy = /^(\d{2})(\d{2})(?:19|20)\d{2}$/.exec(d);
    if (ymd || (mdy && plausibleDayMonth(Number(mdy[1]), Number(mdy[2])))) emit('DATE', m.index, m.index + 8, tier.shape);
  });
  // Forms print a birth date with spaces: "BIRTH DATE 05 12 1960".
  scan(text, /(?<![\d/.:-])(\d{2}) (\d{2}) ((?:19|20)\d{2})(?![\d/-])/g, (m) => {
    if (plausibleDayMonth(Number(m[1]), Number(m[2]))) emit('DATE', m.index, m.index + m[0].length, tier.shape);
  });
  // 2025-03-04, 2025/03/04
  scan(text, /(?<![\d/.-])(?:1[89]|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d/-]|\.\d)/g, (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.shape),
  );
  // A day and month without a year ("collected 12/03") is a date only after a word that says so;
  // otherwise it is as likely a ratio, a score or a card expiry.
  const weekday = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\\.?,? )?';
  const partial = new RegExp(
    `\\b(?:on|dated?|collected|drawn|taken|sent|received|reported|started|stopped|given|seen|admitted|discharged|born|DOB|since|until|due|from|LMP|EDD|EDC|appt|appointment|visit|review|week of|by|before|after)\\s*:?\\s+${weekday}(\\d{1,2})\\/(\\d{1,2})(?![\\d/]|\\.\\d)`,
    'dgi',
  );
  scan(text, partial, (m) => {
    const span = groupSpan(m, 0);
    const a = Number(m[1]);
    const b = Number(m[2]);
    const value = `${m[1] ?? ''}/${m[2] ?? ''}`;
    if (span && plausibleDayMonth(a, b)) emit('DATE', span[1] - value.length, span[1], tier.shape);
  });
  // Any other day and month ("CXR 05/02", "next appt 6/18"), unless it reads as a score, a dose, a
  // fraction or a course of days ("pain 7/10", "1/2 tab", "TDS 5/7", "24/7").
  scan(text, /(?<![\d/.:,-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d|,\d)/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const fraction = /^(?:1\/[2-4]|[23]\/[34])$/.test(m[0]) || b === 7 || b === 52 || m[0] === '24/7';
    const measure = /\b(?:pain|score|scale|power|strength|grade|vision|acuity|BP|GCS|Apgar|MMSE|MoCA|ratio|odds|rated|rating|x|tab|tabs|page|pages|item|items|question|questions|level|step|out of|exp|expiry|expires|expiration|valid thru|valid through|good thru)\s*:?\s*$/i.test(before);
    const unit = /^\s*(?:tabs?|tablets?|mg|mcg|ml|mmHg|pain|power|times|doses?|of|x|strength|vision|units?)\b/i.test(after);
    if (plausibleDayMonth(a, b) && (a <= 12 || b <= 12) && !fraction && !measure && !unit) emit('DATE', m.index, m.index + m[0].length, tier.weak);
  });
  // Month and year ("Ultrasound 11/2023"), and East Asian dates ("2024年3月15日").
  scan(text, /(?<![\d/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\d/])/g, (m) => emit('DATE', m.index, m.index + m[0].length, tier.weak));
  scan(text, /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}년 ?\d{1,2}월(?: ?\d{1,2}일)?/g, (m) => emit('DATE', m.index, m.index + m[0].length, tier.shape));
  // Hungarian order: "1931. április 8."
  scan(text, /\b(?:19|20)\d{2}\. (?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december) \d{1,2}\./giu, (m) =>
    emit('DATE', m.index, m.index + m[0].length, tier.shape),
  );
}

function plausibleDayMonth(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}

const numberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spelledAge = `(?:ninety|one hundred(?: and)?)(?:[- ](?:${numberWords.join('|')}|ten))?`;

/** Ninety to a hundred and nine in words, in Spanish, Portuguese, French, Italian, German and Dutch, before the word for years. */
const foreignSpelledAge = new RegExp(
  '(?<![\\p{L}])(' +
    [
      'noventa(?: [ye] (?:uno|una|um|dos|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove))?',
      'cien(?:to)?(?: (?:[ye] )?\\p{L}+)?', 'cem', 'cento(?: e \\p{L}+)?',
      'quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)', 'cent(?: \\p{L}+)?',
      'novant(?:a|uno|adue|atré|atre|aquattro|acinque|asei|asette|otto|anove)',
      '(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?neunzig', 'hundert(?:\\p{L}+)?',
      '(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?negentig', 'honderd(?:\\p{L}+)?',
    ].join('|') +
    ') (?:años|anos|ans|anni|Jahre|jaar)(?![\\p{L}])',
  'dgiu',
);

/** Safe Harbor allows an age to stay only up to 89; older ages identify (the cap at 125 keeps counts out). */
const isOldAge = (n: number): boolean => n >= 90 && n <= 125;

function spelledValue(s: string): number {
  const lower = s.toLowerCase();
  const base = lower.startsWith('ninety') ? 90 : 100;
  const unit = numberWords.findIndex((w) => new RegExp(`[- ]${w}$`).test(lower));
  return base + (unit >= 0 ? unit + 1 : /ten$/.test(lower) ? 10 : 0);
}

const measuredBefore =
  /\b(?:sats?|SpO2|O2|saturation|HR|heart rate|pulse|BP|rate|temp|temperature|glucose|sugar|weight|score|page|mile|exit|room|bed|level|speed|number|sitting|stable|running|set|capped|peaked|count|volume|reading|result|INR|value|total|it|this|that|which|there|price|cost|bill)\s(?:\w+\s)?$/i;

export function findAges(text: string, emit: Emit): void {
  const numeric = [
    /\b(\d{2,3})(?:[- ](?:years?|yrs?)[- ]old\b|[- ]year[- ]old\b|\s?(?:y\/o|yo|y\.o\.)(?!\w)| years? of age\b)/dgi,
    /\b(?:aged?|age of|alive at|died at|death at|passed away at)\s*:?\s*(\d{2,3})\b(?![\d%]|\.\d)/dgi,
    // "Mr. Ohanian, 96, was …", "Mrs Ho (何慧玲), 97,", "Aunty June, Wiradjuri elder, 92, from": a bare number in commas after a word
    /(?<=[\p{L})]), (\d{2,3})(?=,|;|:|\)| [-–|]|\s*$|\s*\n)/dgu,
    // "91yrs", "96 yrs", "90 years young": an old age with its unit, unless it is a span of time ("100 years ago")
    /\b(\d{2,3}) ?(?:yrs?|years?)\b(?![- ](?:old|of age)\b)(?! (?:ago|later|earlier|before|after|since|of|in|on|with|for|from|to|until|prior|post|service|experience|married|together|apart|back|now)\b)/dgi,
    // "lat 96", "edad: 93", "Alter 91", "miaka 94": an age label in other languages, before the number
    /\b(?:lat|wiek|edad|Alter|âge|età|leeftijd|idade|umur|usia|miaka|umri|yaş|возраст|ηλικία|उम्र|عمر)\s*:?\s*(\d{2,3})\b(?![\d%]|\.\d)/dgiu,
    // "Sister Mele Fifita (97)", "(Violet Ashby, 95?)": an age in brackets after a name
    /(?<=\p{Lu}\p{Ll}+ )\((\d{2,3})\??\)|(?<=\p{Lu}\p{Ll}+, )(\d{2,3})\?\)/dgu,
    // "her mother, 97, lives with them"
    /(?<=\b(?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|nan|gran|wife|husband|aunt|uncle|patient|pt|resident|client|neighbour|neighbor|widow|widower|tenant|sister|brother)), (\d{2,3})(?=,|;|:|\))/dgiu,
    // "96歳", "九十" is left to the words; "92 tuổi", "92 yaşında"
    /(\d{2,3})(?:歳|岁|세| tuổi| yaşında)/dgu,
    // "He is 92.", "…Achterberg, is 91 and …": only after a pronoun or a name, never after "rate"
    /(?:\b(?:[Hh]e|[Ss]he|[Ww]ho|[Pp]atient|[Cc]laimant|[Pp]laintiff|[Dd]efendant|[Dd]ecedent|[Tt]estator|[Gg]rantor|[Cc]lient)|(?<=[\p{L}.] )\p{Lu}\p{Ll}+),? (?:is|was|turned|turns|is now) (\d{2,3})\b(?![\d%/]|\.\d| ?(?:%|percent|mg|kg|lbs?|cm|mm|bpm|beats|per|days?|weeks?|months?|hours?|minutes?|times|units|mmHg))/dgu,
  ];
  numeric.push(
    // "I'm 91", "she's 93", "Mum is 96 now"
    /\b(?:I['’]m|[Ii]m|I am|[Ss]he['’]s|[Hh]e['’]s|[Ss]hes|[Hh]es|[Ss]he is|[Hh]e is|[Ss]y is|[Hh]y is|[Mm]y (?:mum|mom|mother|dad|father|nan|gran|grandma|grandpa|grandmother|grandfather|aunt|uncle) is|(?:is|was) now) (\d{2,3})\b(?![\d%/]|\.\d| ?(?:%|percent|kg|lbs?|cm|mm|mg|bpm|days?|weeks?|months?|hours?|minutes?|times|units|mmHg|pounds|stone|miles|km|°))/dg,
    // "turned 95", "turns 101 next week", "will be 90 in May"
    /\b(?:turned|turns|turning|will be|just turned) (\d{2,3})\b(?![\d%/]|\.\d| ?(?:%|percent|kg|lbs?|mg|degrees|°))/dgi,
    // "still driving at 96", "died at 97"
    /\bat (\d{2,3})(?=[,.;!?)]|$| (?:and|but|she|he|they|it|years?|yrs?|is|was|still|now|who|with)\b)/dgi,
    // Other languages: "de 96 años", "97 Jahre", "99 ans", "92 anni".
    /\b(\d{2,3}) (?:años|anos|ans|Jahre|J\.|jaar|anni|år|lat|lata|yaşında|ετών|года|год|лет|taong gulang|taon|साल|tuổi|vjeç|éves|let)(?![\p{L}])/dgu,
    // "ist 95", "est âgée de 93", "tiene 91": a verb of age in other languages
    /\b(?:ist|wird|wurde|tiene|cumplió|cumple|tem|fez|a|ha|ma|har) (\d{2,3})(?= (?:und|y|e|et|i|og|Jahre|años|anos|ans|anni|lata|år)\b|[,.;!?]|$)/dgu,
    // "٩٤ سنة": years in Arabic, in either kind of digits
    /([\d٠-٩]{2,3}) ?(?:سنة|عاما|عامًا)/dgu,
        // "grandpa's 90th is next saturday", "his 95th"
    /(?:['’]s|\b(?:his|her|their|mum['’]?s|mom['’]?s|dad['’]?s)) (\d{2,3}(?:st|nd|rd|th))\b(?! (?:floor|percentile|time|week|day|dose|cycle|visit|street|st|avenue|ave))/dgiu,
    // "my mum 91", "uncle keith is 93", "he was 96 when"
    /\b(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmama|grandpa|grandmother|grandfather|aunt|auntie|aunty|uncle|wife|husband|she|he|shes|hes) (\d{2,3})\b(?![\d%/:]|\.\d| ?(?:%|kg|lbs?|mg|bpm|mmHg|°))/dgi,
    /\b(?:is|was|turns|turned|will be|would be) (\d{2,3})(?=\s*(?:[,.;!?)(]|$|and|but|years|yrs|now|next|today|this|in|on|when|with|so|yet|already|though))/dgi,
    // "thatha 90 vayasu", "ah ma 95 already", "lola ko po ay 91 na": a number a few words after a grandparent, in the words families use.
    /\b(?:grandma|grandpa|granny|gran|nan|nana|nanna|grandmother|grandfather|great-grandma|great-grandpa|thatha|thaatha|paati|patti|ah ma|ah gong|lola|lolo|ouma|oupa|kuia|koro|abuela|abuelo|abuelita|abuelito|nonna|nonno|oma|opa|babcia|dziadek|avó|avô|vovó|vovô|mamie|papi|bibi|babu|dadi|dada|nani|naani|bà|ông|teta|sitti|jiddo|bubbe|zayde)(?: [\p{L}'’]+){0,3} (\d{2,3})\b(?![\d%/:]|\.\d| ?(?:%|kg|lbs?|mg|ml|bpm|mmHg|°|units|mins?|minutes|hours?|days?|weeks?|months?|times|pills|tablets|steps)| (?!(?:years|yrs|this|was|is|has|as|yes|does|his|hers|its|always)\b)\p{Ll}+s\b)/dgiu,
    // "her 100th birthday"
    /\b(\d{2,3}(?:st|nd|rd|th)) birthday\b/dgi,
    // "94F", "a 93 yo M", "M, 94" is handled by the comma rule above
    /\b(\d{2,3}) ?(?:[MF]|yo[mf]|y\.o\.)(?![\w.])/dg,
  );
  for (const re of numeric) {
    scan(text, re, (m) => {
      const g = m[1] !== undefined ? 1 : 2;
      const span = groupSpan(m, g);
      // "sats at 96", "HR is 96": a measurement, not an age (checked here rather than in a lookbehind, which is slow).
      if (/^(?:at|is|was|turns|turned|will be|would be) /i.test(m[0]) && measuredBefore.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
      const years = parseInt((m[g] ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)), 10);
      if (span && isOldAge(years)) emit('AGE', span[0], span[1], tier.shape);
    });
  }
  // "noventa y dos años", "quatre-vingt-treize ans", "novantadue anni", "dreiundneunzig Jahre": an age in words, in other languages.
  // "… belongs to Mrs Perpetua Anigbogu, 91.": a bare number after a name, ending the sentence.
  scan(text, /, (\d{2,3})(?=\.(?:\s|$))/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span && isOldAge(Number(m[1])) && /\p{Lu}\p{Ll}+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) emit('AGE', span[0], span[1], tier.shape);
  });
  if (/años|anos|ans|anni|jahre|jaar/i.test(text)) scan(text, foreignSpelledAge, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('AGE', span[0], span[1], tier.shape);
  });
  // An age written out ("ninety-three", "one hundred and one") is an age unless a unit follows it.
  const spelled = new RegExp(
    `\\b(${spelledAge})(?=[- ](?:years?|yrs?)[- ]old|[- ]year[- ]old| years? of age)|\\b(${spelledAge})\\b(?![- ](?:percent|per|minutes?|seconds?|hours?|days?|weeks?|months?|times|dollars|pounds|euros|mg|milligrams|ml|units|miles|km|kilometres|kilometers|people|patients|pages|beds|degrees|(?!years?\\b|(?:this|was|has|is|as|us|yes|does|goes|his|hers|ours|its)\\b)[a-z]+s)\\b)`,
    'dgi',
  );
  scan(text, spelled, (m) => {
    const g = m[1] !== undefined ? 1 : 2;
    const span = groupSpan(m, g);
    if (span && isOldAge(spelledValue(m[g] ?? ''))) emit('AGE', span[0], span[1], tier.shape);
  });
}

