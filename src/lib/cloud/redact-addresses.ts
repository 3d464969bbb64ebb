import { month } from './redact-dates';
import { groupSpan, scan, tier, type Candidate, type Emit } from './redact-scan';
import { senseOf } from './redact-words';
import { isEnglishWord, isNameOnly, lexiconKey, notNames, placeWords, stateCodes, stateNames, streetTypes } from './redact-lexicon';

// Street addresses, roads, postal codes and the town that goes with them.

const capWord = "\\p{Lu}[\\p{L}'’-]*";
const placeRun = `${capWord}(?: ${capWord}){0,3}`;
const unit = '(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Flat|Bldg|Building|Lot|Space|Trlr|#)\\.? ?#?[A-Za-z0-9-]+)?';
const direction = '(?: (?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\b\\.?)?';
const street = new RegExp(
  `\\b(?:[A-Z]-?)?\\d{1,6}(?:[-/]\\d{1,6})?[A-Z]?,?(?: (?:[NSEW]\\.?|\\d{1,3}(?:st|nd|rd|th)|\\d{1,3}(?= (?:St|Ave|Avenue|Street)\\b)|${capWord})){1,4} (?:${streetTypes.join('|')})\\b\\.?(?: \\d{1,4}(?=,))?${direction}${unit}`,
  'gu',
);

/** The number or letter of a flat or floor ("4B", "12", "B", "3-1"), never a word. */
const unitValue = '(?:\\d[A-Za-z0-9/-]{0,5}(?![A-Za-z0-9/])|[A-Z](?![\\p{L}]))';
/** Words for a flat, a floor or a building inside an address, in the languages of the address forms. */
const unitWords = 'Appt|Appartement|Apt|Apto|Apartment|Flat|Unit|Suite|Ste|Room|Rm|Floor|Fl|Level|Lvl|Block|Blk|Bldg|Building|Bte|Boîte|Whg|Wohnung|Etage|Stock|Piso|Puerta|Planta|Escalera|Esc|Bâtiment|Bât|Porta|Scala|Interno|Int|appt|apt|apto|apartment|flat|unit|suite|ste|piso|puerta|planta|esc|étage|lot|rm|room|bus|app';

/**
 * Joins the parts of one address that were found apart (a flat written before the street, a floor
 * or door after it), and adds the postcode written right beside a town or street ("Lisboa
 * 1200-195", "25000)", "4026 Piac utca 12"). A part with nothing to join is dropped: alone, "Flat 3"
 * identifies no one.
 */
export function joinAddressParts(text: string, found: Candidate[]): Candidate[] {
  const spans = found.map((c) => withPlaceEnding(text, c));
  const joined: Candidate[] = [];
  for (let i = 0; i < spans.length; i++) {
    const c = spans[i] as Candidate;
    const piece = c.kind === 'LOCATION' ? text.slice(c.start, c.end) : '';
    const head = /(?:,? |\/)$/.test(piece);
    const tail = /^(?:,? |-)/.test(piece);
    const previous = joined.at(-1);
    const next = spans[i + 1];
    if (head && next && next.kind === 'LOCATION' && next.start === c.end) spans[i + 1] = { ...next, start: c.start };
    // "Door No. 4/112, Kamaraj Nagar", "2F1, 18 Bruntsfield Place": a house or flat number, a comma, then its street.
    else if (c.kind === 'LOCATION' && houseNumber.test(piece) && next?.kind === 'LOCATION' && text.slice(c.end, next.start) === ', ' && /^[\p{Lu}\d]/u.test(text.slice(next.start, next.end))) spans[i + 1] = { ...next, start: c.start };
    else if (tail && previous && previous.kind === 'LOCATION' && previous.end === c.start) joined[joined.length - 1] = { ...previous, end: c.end };
    else if (!head && !tail) joined.push(c);
  }
  const out: Candidate[] = [];
  for (const c of joined) {
    if (c.kind === 'LOCATION') {
      const before = postcodeBefore.exec(text.slice(Math.max(0, c.start - 12), c.start));
      const start = c.start - (before?.[0].length ?? 0);
      if (before && out.every((o) => o.end <= start)) out.push({ kind: 'LOCATION', start, end: start + (before[1] ?? '').length, tier: tier.context });
    }
    out.push(c);
    if (c.kind === 'LOCATION') {
      const after = postcodeAfter.exec(text.slice(c.end, c.end + 14));
      const start = c.end + (after?.[0].length ?? 0) - (after?.[1] ?? '').length;
      // A year is a postcode only inside an address ("12 Kahu Road, Ōtara, Auckland 2023"), not in "Leeds 2024 onwards".
      const year = /^(?:19|20)\d{2}$/.test(after?.[1] ?? '') && !/\d[A-Za-z]?,? \p{Lu}/u.test(text.slice(Math.max(0, c.start - 60), c.start).split('\n').at(-1) ?? '');
      if (after && !year && joined.every((o) => o.start >= start + (after[1] ?? '').length || o.end <= start)) out.push({ kind: 'LOCATION', start, end: start + (after[1] ?? '').length, tier: tier.context });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A town with the word after it that names its part or says it is a place: "Kisumu East", "Homa
 * Bay" (where "Homa" alone read as a name), "Sandy Springs".
 */
function withPlaceEnding(text: string, c: Candidate): Candidate {
  if (c.kind !== 'LOCATION' && c.kind !== 'NAME') return c;
  const after = /^ (?:Bay|Beach|Falls|Heights|Hills|Island|Springs|Harbour|Harbor|Valley|Creek|East|West|North|South|Central)(?![\p{L}\d])/u.exec(text.slice(c.end, c.end + 10));
  if (!after || (c.kind === 'NAME' && !/^ (?:Bay|Beach|Falls|Heights|Hills|Island|Springs|Harbour|Harbor|Valley|Creek)$/.test(after[0]))) return c;
  // "Dr Emily Hills", "Jonah South": after a title, or with two names, it is a person's family name.
  if (c.kind === 'NAME' && (text.slice(c.start, c.end).includes(' ') || /\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.? $/.test(text.slice(Math.max(0, c.start - 6), c.start)))) return c;
  return { ...c, kind: 'LOCATION', end: c.end + after[0].length };
}

/** A house, door or flat number that an address starts with: "Door No. 4/112", "H.No. 12-5-34/A", "Plot 7", Edinburgh's "2F1". */
const houseNumber = /^(?:(?:Door|D|H|House|Plot|Flat|Unit|Apt|Blk|Block|Lot)\.? ?(?:No\.? ?)?[\dA-Z][\w/-]*|\d[FL]\d{1,2})$/;

/** A postal code of 4 to 6 digits, or in the Portuguese, Polish, Swedish or Greek shape, right after a place. */
const postcodeAfter = /^,? \(?(\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|\d{4,6})(?![\d:/-]|[.,]\d|\s?(?:%|mg|ml|kg|km|m\b|am\b|pm\b|hrs?|h\b|years?|yrs?|units?|people|patients|steps))/;
/** The same, right before a town ("25000 Besançon", "4026 Debrecen"). */
const postcodeBefore = /(?<![\d,.:/-])(\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|\d{4,6}) $/;

/**
 * After a street address, the district, town and county written after it, each its own item
 * ("…, Surry Hills NSW 2010", "…, Victoria Island, Lagos", "…, Gorleston"); a state, a country,
 * a postcode or an ordinary word ends the list.
 */
export function emitPlacesAfter(text: string, end: number, emit: Emit): void {
  let at = end;
  for (let i = 0; i < 3; i++) {
    const after = new RegExp(`^,? (${placeRun})(?=[,.;)]|$| \\d| [A-Z]{2,3}\\b| \\p{Ll}| -)`, 'du').exec(text.slice(at, at + 80));
    const span = after && groupSpan(after, 1);
    const words = (after?.[1] ?? '').split(' ');
    // A comma is needed unless the town follows at once and a postcode ends it ("Beach Rd Bondi 2026").
    if (!after || !span || (!after[0].startsWith(',') && !/^ (?:[A-Z]{2,3} )?\d{4}\b/.test(text.slice(at + span[1], at + span[1] + 10)))) return;
    if (stateNames.has((after[1] ?? '').toLowerCase()) || /^[A-Z]{2,3}$/.test(after[1] ?? '') || words.every((w) => senseOf(w) === 'safe')) return;
    // After the first part, ordinary words end the list ("…, Leeds, Phone 0113 …").
    if (i > 0 && words.every((w) => isEnglishWord(w.toLowerCase()) && !placeWords.has(lexiconKey(w)))) return;
    if (/^(?:USA|UK|Brasil|Brazil|España|Spain|France|Italia|Italy|Deutschland|Germany|Portugal|México|Mexico|Canada|Australia|Nigeria|Ghana|Kenya|India|Ireland)$/.test(after[1] ?? '')) return;
    emit('LOCATION', at + span[0], at + span[1], tier.context);
    at += span[1];
    // "Surry Hills NSW 2010", "Bondi 2026": an Australian or New Zealand state and four-digit postcode.
    const code = /^(?: (?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT))? (\d{4})(?![\d-])/d.exec(text.slice(at, at + 12));
    const codeSpan = code?.indices?.[1];
    if (code && codeSpan) {
      emit('LOCATION', at + codeSpan[0], at + codeSpan[1], tier.context);
      return;
    }
  }
}

/** Street types written in lower case; "way", "place" and "close" are everyday words too, so the words before them are checked. */
const lowerStreetTypes = 'street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|terrace|ter|circle|cir|parkway|pkwy|crescent|cres|close|way|place|pl|highway|hwy|trail|trl|grove|mews|gardens|gdns|cottages|parade|square';
const lowerStreet = new RegExp(
  `(?<![\\p{L}\\d.,/:-])\\d{1,6}[a-z]?((?: (?:[nsew]|ne|nw|se|sw|\\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'-]+)){1,3}) (?:${lowerStreetTypes})\\b\\.?(?:,? (?:apt|apartment|unit|ste|suite|flat|lot|#)\\.? ?#?[a-z0-9-]+)?(?![\\p{L}])`,
  'gu',
);
/** Words that make a number and a street type a phrase, not an address ("3 blocks down the road", "2 tabs each day"). */
const lowerStreetStops = new Set('the a an to of and or in on at by for from with down up along across off past my your his her our their this that every each per day days week weeks month months hour hours minutes times mg ml kg miles mile km blocks doors houses more less'.split(' '));

/** Finds street addresses and the city that follows one ("77 Larkspur Avenue, Fernvale"). */
export function findAddresses(text: string, emit: Emit): void {
  const startsWithMonth = new RegExp(`^\\d+[A-Z]? ${month} `);
  scan(text, street, (m) => {
    if (startsWithMonth.test(m[0])) return; // "5 March Dr. Oduya" is a date and a doctor
    if (/[\d/-]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return false; // inside a longer number or code
    let end = m.index + m[0].length;
    // A trailing dot belongs to "St." or "Ave." only when the sentence goes on.
    if (text[end - 1] === '.' && !/^,| \p{Ll}/u.test(text.slice(end, end + 2))) end -= 1;
    // "Flat 3, 14 Elm Road": a unit written first belongs to the address.
    // "Blk 7 Lot 12 Mabini St.", "No. 14 Adeola Odeku Street": a block, lot or house number before it too.
    const unitFirst =
      /(?:Flat|Apartment|Apt\.?|Unit|Suite|Room|Studio|Plot|House) $/.exec(text.slice(Math.max(0, m.index - 24), m.index)) ??
      /(?:Flat|Apartment|Apt\.?|Unit|Suite|Room|Studio) [\dA-Z][\w-]*,? $/.exec(text.slice(Math.max(0, m.index - 24), m.index)) ??
      /(?<![\w/-])\d[FL]\d{1,2},? $/.exec(text.slice(Math.max(0, m.index - 24), m.index)) ??
      /(?:\b(?:Blk|Block|Lot|Plot|House|No\.?|Nº|N°)\.? ?(?:\d+[A-Z]?,? )?)+$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
    emit('LOCATION', m.index - (unitFirst ? unitFirst[0].length : 0), end, tier.shape);
    emitPlacesAfter(text, end, emit);
  });
  // "the junction of Manor Road and High Street", "corner of 5th Ave and Pine St": two streets named without a number.
  const namedStreet = `(?:(?:\\p{Lu}[\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:${streetTypes.join('|')})\\b\\.?`;
  scan(text, new RegExp(`\\b(?:junction|corner|intersection|crossroads) of (${namedStreet}) (?:and|&|with) (${namedStreet})`, 'dgu'), (m) => {
    for (const g of [1, 2]) {
      const span = groupSpan(m, g);
      if (span) emit('LOCATION', span[0], text.charAt(span[1] - 1) === '.' ? span[1] - 1 : span[1], tier.context);
    }
    emitPlacesAfter(text, m.index + m[0].length, emit);
  });
  // "home in Kikuyu town", "the Inchydoney beach car park": a name before a lower-case word for a place.
  scan(text, /(?<![\p{L}\d])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) (?:town|village|township|suburb|beach|estate|county|district|sub-county)\b/dgu, (m) => {
    const span = groupSpan(m, 1);
    const words = (m[1] ?? '').split(' ');
    if (span && words.every((w) => !isEnglishWord(w.toLowerCase()) && !notNames.has(w.toLowerCase()) && senseOf(w) !== 'safe')) emit('LOCATION', span[0], span[1], tier.context);
  });
  // "Jayanagar 4th Block", "Sector 7 Phase 2": Indian localities numbered by block, phase, sector or stage.
  scan(text, /(?<![\p{L}\d])\p{Lu}[\p{L}'’-]+ (?:\d{1,2}(?:st|nd|rd|th) (?:Block|Phase|Sector|Stage|Cross|Main)|(?:Block|Phase|Sector|Stage) \d{1,2}[A-Z]?)\b/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.context);
  });
  // "the Walgreens on 5th Ave": a numbered avenue or street with no house number.
  scan(text, /\b(?:on|off|along) (\d{1,3}(?:st|nd|rd|th) (?:Ave|Avenue|St|Street))\b/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('LOCATION', span[0], span[1], tier.context);
    emitPlacesAfter(text, m.index + m[0].length, emit);
  });
  // "33 Kingsway, Gorleston", "12 Woodside": a street whose name carries its own type.
  scan(text, /\b\d{1,5}[A-Za-z]?,? ((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+(?:way|gate|side|croft|mead|bank|holme|garth|field|fields))(?![\p{L}])/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.weak);
    emitPlacesAfter(text, m.index + m[0].length, emit);
  });
  // "…, Appt 14", "Prinsengracht 412-III", "…, Bte 3": a flat or floor written after the street, merged with it later.
  scan(text, new RegExp(`(?<=[\\p{L}\\d.])(?:,? (?:${unitWords})\\.? ?#?${unitValue}|,? \\d{1,2}(?:st|nd|rd|th) (?:[Ff]loor|[Ff]lr|[Ff]l\\.?)|-(?:I{1,3}|IV|hs|bg|h|\\d{1,3}(?![\\d/-]))|(?<= \\d{1,4}) (?:I{1,3}|IV|hs|bis|ter))(?![\\p{L}\\d])`, 'gu'), (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.weak);
  });
  // "Flat 3, ", "Apt. 4B ", "Unit 5/": a flat or unit written before the street it belongs to, joined to it later.
  scan(text, new RegExp(`(?<![\\p{L}\\d])(?:${unitWords})\\.? ?#?${unitValue}(?:,? |/)(?=\\d|\\p{Lu})`, 'gu'), (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.weak);
  });
  // "Flat 12, Brampton House", "Apartment 4, Kingfisher Court": a flat in a named building.
  scan(text, /\b(?:Flat|Apartment|Apt\.?|Unit|Room|Studio) \d{1,4}[A-Za-z]?, (?:\p{Lu}[\p{L}'’-]+ ){1,2}(?:House|Court|Tower|Lodge|Mansions|Building|Heights|Point|Hall|Villas|Gardens)\b/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.shape);
  });
  // "Dingle, CO. KERRY", "Spennymoor, DURHAM", "Kettering, NORTHAMPTONSHIRE": a county in capitals after a town.
  scan(text, /(?<=\p{Lu}\p{Ll}+, )(CO\. \p{Lu}{3,}|\p{Lu}{4,}(?:[ -]\p{Lu}{3,})?)(?![\p{L}\d])/gu, (m) => {
    const word = m[0].replace(/^CO\. /, '');
    const title = word.charAt(0) + word.slice(1).toLowerCase();
    if (m[0].startsWith('CO. ') || /SHIRE$/.test(word) || (placeWords.has(lexiconKey(title)) && !isEnglishWord(title.toLowerCase()))) emit('LOCATION', m.index, m.index + m[0].length, tier.context);
  });
  // "the clinic on grand ave", "lives off oak st": a street named in lower case, without a number.
  scan(text, /\b(?:on|off|at) ((?:[a-z][a-z'-]+ ){1,2}(?:ave|avenue|st|street|rd|road|blvd|boulevard|ln|lane|dr|drive|pkwy|parkway))\b/dgu, (m) => {
    const span = groupSpan(m, 1);
    const words = (m[1] ?? '').split(' ').slice(0, -1);
    if (span && !words.some((w) => /^(?:the|a|an|this|that|my|your|his|her|our|their|same|main|wrong|right|other|long|open|high|back|side|next|first|last|dirt)$/.test(w))) emit('LOCATION', span[0], span[1], tier.weak);
  });
  // "Calle Mayor 23, bajo", "Gran Vía 6, 4º dcha.": the floor and door that Spanish addresses add.
  scan(text, /(?<=\d),? (?:bajo|entlo\.?|entresuelo|[1-9]\d?[º°ª] ?(?:[A-H]|izda\.?|izq\.?|izquierda|dcha\.?|der\.?|derecha|centro|ctro\.?)?)(?=[,.;\s]|$)/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.weak);
  });
  // "KING COUNTY", "ORLEANS PARISH": a county written in capitals, as on court papers.
  scan(text, /\b(?:(?!(?:IN|AND|FOR|OF|THE|TO|AT)\b)[A-Z][A-Z'-]+ ){1,2}(?:COUNTY|PARISH|BOROUGH)\b/g, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.context));
  // Streets written in capitals ("986 PINE STREET") or in lower case in a chat ("516 alder dr ste 5").
  const upperTypes = 'STREET|ST|AVENUE|AVE|ROAD|RD|LANE|LN|DRIVE|DR|BOULEVARD|BLVD|COURT|CT|CIRCLE|CIR|WAY|PLACE|PL|TERRACE|TER|PARKWAY|PKWY|HIGHWAY|HWY|TRAIL|SQUARE|CRESCENT|CLOSE';
  scan(text, new RegExp(`\\b\\d{1,6}(?: (?:[NSEW]|NE|NW|SE|SW|\\d{1,3}(?:ST|ND|RD|TH)|[A-Z][A-Z'-]+)){1,4} (?:${upperTypes})\\b\\.?(?:,? (?:APT|SUITE|STE|UNIT|#)\\.? ?#?[A-Z0-9-]+)?`, 'g'), (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.shape);
    // "1402 S JACKSON ST, SEATTLE, KING COUNTY": the town in capitals after the street.
    const town = /^, ([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,}){0,2})(?=,|\s+[A-Z]{2}\s+\d{5})/d.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const span = town?.indices?.[1];
    if (town && span && !/\b(?:COUNTY|PARISH|BOROUGH)$/.test(town[1] ?? '')) emit('LOCATION', m.index + m[0].length + span[0], m.index + m[0].length + span[1], tier.context);
  });
  // "516 alder dr ste 5", "412 oak hollow drive, apt 3b", "609 65th terrace": a street typed in lower case in a chat.
  scan(text, lowerStreet, (m) => {
    if ((m[1] ?? '').trim().split(' ').some((w) => lowerStreetStops.has(w))) return false;
    emit('LOCATION', m.index, m.index + m[0].length, tier.weak);
    // "22 maple st springfield 62704": the town and the ZIP code typed after it.
    const end = m.index + m[0].length;
    const town = /^,? ([a-z][a-z'-]+(?: [a-z][a-z'-]+)?),? (?:[a-z]{2},? )?(\d{5})(?![\d-])/d.exec(text.slice(end, end + 60));
    const townSpan = town?.indices?.[1];
    const zipSpan = town?.indices?.[2];
    if (town && townSpan && zipSpan && placeWords.has(lexiconKey(town[1] ?? ''))) {
      emit('LOCATION', end + townSpan[0], end + townSpan[1], tier.context);
      emit('LOCATION', end + zipSpan[0], end + zipSpan[1], tier.context);
    }
  });
  // "Route 9", "Hwy 61", "County Road 12": a road by its number.
  scan(text, /\b(?:Route|Rte\.?|Highway|Hwy\.?|County Road|State Route|State Road|Farm Road|FM|Ranch Road)\s\d{1,4}[A-Z]?\b/g, (m) =>
    emit('LOCATION', m.index, m.index + m[0].length, tier.weak),
  );
  // Dublin's postal districts ("Dublin 24", "Dublin 6W").
  scan(text, /\bDublin \d{1,2}W?\b/g, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.shape));
  // "Brgy. San Isidro", "Barangay 176": a Philippine barangay with its name.
  scan(text, /\b(?:Brgy\.?|Barangay|Bgy\.?)\s+((?:\p{Lu}[\p{L}'’-]*|\d{1,4})(?: \p{Lu}[\p{L}'’-]*){0,2})/dgu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.context);
  });
  // UK postcodes are distinctive enough to need no context ("BX4 1QT").
  scan(text, /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b/g, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.shape));
  // Typed in lower case in a chat ("my postcode is ls6 2ab"): the same shape, with a digit in the first half.
  scan(text, /\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}\b/g, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.weak));
  scan(text, /\bP\.? ?O\.? Box \d+\b/gi, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.shape));

  // "Fernvale, CA 95821": a two-letter state code counts only before a ZIP code, because
  // "Jane Roe, MD" and "Hope, OR …" would otherwise become towns.
  const codes = stateCodes.join('|');
  const cityZip = new RegExp(`(?<![\\p{L}])(${placeRun}),? (?:${codes}) (\\d{5}(?:-\\d{4})?)(?![\\d-])`, 'dgu');
  scan(text, cityZip, (m) => {
    const city = groupSpan(m, 1);
    const zip = groupSpan(m, 2);
    if (!city || !zip) return;
    const [start, end] = trimRunToLastPlace(text, city[0], city[1]);
    if (end <= start) return false;
    emit('LOCATION', zip[0], zip[1], tier.shape);
    emit('LOCATION', start, end, tier.context);
  });
  // "Falls Church, VA", "Plano, TX": a known US town before a state code (without a ZIP, "Jane Roe, MD" is a doctor).
  scan(text, new RegExp(`(?<![\\p{L}])(${placeRun}), (?:${codes})(?![\\w])`, 'dgu'), (m) => {
    const city = groupSpan(m, 1);
    if (!city) return;
    const [start, end] = trimRunToLastPlace(text, city[0], city[1]);
    if (end > start && placeWords.has(lexiconKey(text.slice(start, end)))) emit('LOCATION', start, end, tier.context);
  });
  // A ZIP code after a state, spelled or coded: "Los Angeles, California 90026", "Bellevue, WA 98008".
  const stateWords = [...stateNames].map((n) => n.replace(/^./, (c) => c.toUpperCase())).join('|');
  scan(text, new RegExp(`\\b(?:${stateWords}|${codes}) (\\d{5}(?:-\\d{4})?)(?![\\d-])`, 'dg'), (m) => {
    const zip = groupSpan(m, 1);
    if (zip) emit('LOCATION', zip[0], zip[1], tier.shape);
  });
  // A postal code after its town: "Mumbai 400069", "Hyderabad - 500034", "Yogyakarta 55213" (a year is not one).
  scan(text, new RegExp(`(?<![\\p{L}])(${capWord}(?: ${capWord})?),? (?:- )?(\\d{3} ?\\d{3}|\\d{5}|\\d{3} \\d{2}|\\d{4}(?=[.,;)]|$))(?![\\d-])`, 'dgu'), (m) => {
    if (/^(?:19|20)\d{2}$/.test(m[2] ?? '')) return false;
    const town = groupSpan(m, 1);
    const pin = groupSpan(m, 2);
    if (!town || !pin || !placeWords.has(lexiconKey(m[1] ?? ''))) return false;
    emit('LOCATION', town[0], town[1], tier.context);
    emit('LOCATION', pin[0], pin[1], tier.context);
  });
  const states = [...stateNames].map((s) => s.replace(/^./, (c) => c.toUpperCase())).join('|');
  const cityState = new RegExp(`(?<![\\p{L}])(${placeRun}), (?:${states})\\b`, 'dgu');
  scan(text, cityState, (m) => {
    const city = groupSpan(m, 1);
    if (!city) return;
    const [start, end] = trimRunToLastPlace(text, city[0], city[1]);
    // "RN Lupe Fonoti, Washington": a given name and a family name before a state are a person and where they work.
    const run = text.slice(start, end);
    if (run.includes(' ') && isNameOnly(run.split(' ')[0] ?? '') && !placeWords.has(lexiconKey(run))) return false;
    if (/\b(?:RN|RGN|LPN|NP|PA|Dr|Mr|Mrs|Ms|Mx|Prof|Nurse|Officer)\.? $/.test(text.slice(Math.max(0, start - 10), start))) return false;
    if (end > start) emit('LOCATION', start, end, tier.context);
  });
}

/** A capitalised run before ", CA 95821" may start with a sentence's first word; keep its last comma-free part. */
function trimRunToLastPlace(text: string, start: number, end: number): [number, number] {
  const run = text.slice(start, end);
  const words = run.split(' ');
  // Keep at most the last two words, which covers "Ashford Falls" and drops "Service" or "Send".
  const kept = words.slice(-2);
  if (kept.length === 2 && notNames.has((kept[0] ?? '').toLowerCase())) kept.shift();
  // "Employee ID 44817" is a label, a code and a number, not a town in Idaho.
  if (kept.every((w) => isEnglishWord(w) && !placeWords.has(lexiconKey(w)))) return [end, end];
  const keptText = kept.join(' ');
  return [end - keptText.length, end];
}
