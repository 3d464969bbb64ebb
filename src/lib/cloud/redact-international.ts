// Identifiers written the way they are outside the US: UK, Canadian and European numbers with
// their check digits, postcodes, and street addresses in French, Spanish, German and UK forms.

import { isValidNhsNumber, isValidNino, isValidSin } from './redact-checks';
import { groupSpan, scan, tier, type Emit } from './redact-scan';

const capitalised = "\\p{Lu}[\\p{L}'’-]*";

/**
 * After an address, the district and the town written after it, each its own item ("Rua das
 * Laranjeiras, 118, Laranjeiras, Rio de Janeiro"); a state, a country or a postcode ends the list.
 */
export function emitTownsAfter(text: string, end: number, emit: Emit): void {
  const part = new RegExp(`^, ((?:${capitalised})(?: (?:de|da|do|dos|das|del|de la|di|la|le|sur|am|an der) ${capitalised}| ${capitalised}){0,3})(?=,|\\.|;|$| \\(| -| \\d| [A-Z]{2}\\b)`, 'u');
  let at = end;
  for (let i = 0; i < 3; i++) {
    const m = part.exec(text.slice(at));
    if (!m) return;
    const town = m[1] ?? '';
    if (/^(?:[A-Z]{2}|USA|UK|Brasil|Brazil|España|Spain|France|Italia|Italy|Deutschland|Germany|Portugal|México|Mexico|Canada)$/.test(town)) return;
    const start = at + 2;
    emit('LOCATION', start, start + town.length, tier.context);
    at = start + town.length;
  }
}

/** Finds the international forms of the common identifier kinds. */
export function findInternational(text: string, emit: Emit): void {
  // Hong Kong identity card: one or two letters, six digits and the check digit in brackets ("K418203(0)").
  scan(text, /\b[A-Z]{1,2}\d{6}\([0-9A]\)/g, (m) => emit('SSN', m.index, m.index + m[0].length, tier.shape));
  // NHS number (mod 11), written "485 777 3456" or "4857773456", near the word NHS.
  scan(text, /\bNHS\b[^\d\n]{0,24}(\d{3} ?\d{3} ?\d{4})(?![\d-])/dgi, (m) => {
    const span = groupSpan(m, 1);
    if (!span || !isValidNhsNumber(m[1] ?? '')) return false;
    emit('MRN', span[0], span[1], tier.label);
  });
  // UK National Insurance number: "QQ 12 34 56 C" (a national social security number, so kind SSN).
  scan(text, /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g, (m) => {
    if (isValidNino(m[0])) emit('SSN', m.index, m.index + m[0].length, tier.checksum);
  });
  // Canadian Social Insurance Number: "046 454 286" (Luhn), or any nine digits after "SIN".
  // Without "SIN" nearby, nine digits that pass Luhn are as often a Spanish mobile number: only Canadian text counts.
  const canadian = /\b(?:Canada|Canadian|Ontario|Quebec|Québec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|OHIP|\b(?:ON|QC|BC|AB|MB|SK|NS|NB) [A-Z]\d[A-Z])\b/.test(text);
  scan(text, /(?<![\d-])\d{3}([ -])\d{3}\1\d{3}(?![\d-])/g, (m) => {
    if (canadian && isValidSin(m[0])) emit('SSN', m.index, m.index + m[0].length, tier.checksum);
  });
  scan(text, /\b(?:SIN|social insurance number)\b[^\d\n]{0,12}(\d{3}[ -]?\d{3}[ -]?\d{3})(?![\d-])/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('SSN', span[0], span[1], tier.label);
  });
  // Brazilian CEP: "CEP 01310-100".
  scan(text, /\bCEP:?\s*(\d{5}-?\d{3})\b/dg, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('LOCATION', span[0], span[1], tier.label);
  });
  // Australian: "8/299 Beach Rd, Toowong QLD 4066", "Unit 13/105 Wattle Avenue, Fitzroy VIC 3065".
  scan(text, new RegExp(`\\b(?:(?:Unit|Flat|Apt|Shop|Suite|Level) )?\\d{1,4}[A-Z]?\\/\\d{1,5}[A-Z]? \\p{Lu}\\p{Ll}+(?: ${capitalised}){0,3}`, 'gu'), (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.shape);
  });
  scan(text, new RegExp(`(?<![\\p{L}])(${capitalised}(?: ${capitalised}){0,2}),? (?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT) (\\d{4})\\b`, 'dgu'), (m) => {
    const town = groupSpan(m, 1);
    const code = groupSpan(m, 2);
    if (town) emit('LOCATION', town[0], town[1], tier.context);
    if (code) emit('LOCATION', code[0], code[1], tier.shape);
  });
  // Canadian postal code: "K1A 0B1".
  scan(text, /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/g, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.shape));
  scan(text, /\b[abceghj-nprstvxy]\d[abceghj-nprstv-z] \d[abceghj-nprstv-z]\d\b/g, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.weak));

  // French: "12 rue des Lilas", "3 bis avenue de la République".
  const french = new RegExp(
    `\\b\\d{1,5}(?:-\\d{1,5})?(?: ?(?:bis|ter))?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square|passage|rond-point|voie|villa|cité|sentier|résidence|lotissement|faubourg|promenade|esplanade|montée|ruelle) (?:(?:de la|de l['’]|des|du|de|d['’]|la|le|les) ?)?${capitalised}(?: (?:de |du |des |la |le )?${capitalised}){0,3}`,
    'giu',
  );
  // Spanish, Portuguese, Italian: "Calle Mayor 5, 2º B", "Rua das Flores 123", "Via Roma 14".
  const southern = new RegExp(
    `(?<![\\p{L}])(?:ul\\.|al\\.|os\\.|Odos|Odós|Leoforos|Leof\\.|Jalan|Jl\\.|Jr\\.|Cad\\.|Sok\\.|Heol|Ffordd|Stryd|Lôn|Calle|C\\/|Avenida|Avda\\.?|Av\\.|Plaza|Paseo|Carrera|Camino|Ronda|Gran Vía|Rua|Rúa|Travessa|Alameda|Largo|Via|Viale|Piazza|Corso) (?:(?:de la|de los|de las|del|de|dos|das|da|do|di|della|delle|dei|y|yr) )?(?:${capitalised}|[IVXLC]+)(?: (?:de |da |do |del )?${capitalised}){0,3},? (?:n\\.?[ºo°] ?|No[:.]? ?)?\\d{1,5}[A-Za-z]?(?:\\/\\d{1,4})?(?:,? (?:\\d{1,2}\\.?[ºª°](?: ?\\d{1,2}\\.?[ºª°]| ?[A-Z]\\b| ?izq(?:uierda|da)?\\.?| ?dcha\\.?| ?(?:Esq|Dto|Dt|Drt|Frt|Fte)\\.?)?|apto\\.? \\d+[A-Za-z]?|apt\\.? \\d+[A-Za-z]?|piso \\d+|bloco \\w+))?`,
    'gu',
  );
  // The same typed in lower case in a chat message: "in der bahnhofstraße 3".
  scan(text, /(?<![\p{L}-])\p{Ll}+(?:straße|strasse|str\.|weg|gasse|allee|straat|laan|gracht) \d{1,4}[a-z]?\b/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.shape);
  });
  // German, Dutch, Scandinavian: "Hauptstraße 12", "Wilhelm-Busch-Str. 40", "Am Mittelberg 83", "Keizersgracht 123a".
  const northern =
    /(?<![\p{L}-])(?:(?:\p{Lu}\p{Ll}*-)(?:\p{L}+-)*(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer)|\p{Lu}\p{Ll}+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|gracht|plein|steeg|kade|singel|vej|gade|gatan|vägen|veien|stræde|katu|tie|vegur|gata|gränd|braut)|(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Alte|Neue|Alter|Neuer) \p{Lu}\p{L}+)(?: \d{1,4}[a-z]?\b)/gu;
  // "Gran Vía 66", "Regensburger Str. 51", "Kölner Straße 3": a street whose name is all there is, or a German type written apart.
  const standalone = new RegExp(`(?<![\\p{L}])(?:Gran Vía|La Rambla|Rambla|Castellana|${capitalised}(?:er)? (?:Str\\.|Straße|Strasse|Weg|Platz|Allee|Gasse|Ring|Damm|Chaussee))(?:,)? \\d{1,4}[a-z]?\\b`, 'gu');
  // Hungarian: "Piac utca 20", "Rákóczi út 5".
  const hungarian = new RegExp(`\\b${capitalised}(?: ${capitalised})? (?:utca|út|tér|körút|u\\.) \\d{1,4}\\b`, 'gu');
  // Turkish, with the type after the name: "Atatürk Cad. No: 45", "Gül Sokak 12".
  const turkish = new RegExp(`(?<![\\p{L}])${capitalised}(?: ${capitalised})? (?:Cad\\.|Caddesi|Cd\\.|Sok\\.|Sokak|Sokağı|Bulvarı|Blv\\.),? (?:No:? ?)?\\d{1,4}(?:\\/\\d{1,4})?`, 'gu');
  // The house number first, then a street type that comes before the name: Welsh and Irish
  // ("7 Heol y Bryn", "3 Bóthar na Trá").
  const numberFirst = new RegExp(`\\b\\d{1,5}[A-Za-z]?,? (?:Heol|Ffordd|Stryd|Lôn|Bóthar|Sráid) (?:(?:y|yr|na|an|de|an t-) )?${capitalised}(?: ${capitalised}){0,2}`, 'gu');
  for (const re of [french, southern, northern, standalone, hungarian, turkish, numberFirst]) {
    scan(text, re, (m) => {
      emit('LOCATION', m.index, m.index + m[0].length, tier.shape);
      emitTownsAfter(text, m.index + m[0].length, emit);
      // ", 75011 Paris" / ", 28013 Madrid" / ", 10115 Berlin": the postcode and the town after it.
      const after = new RegExp(`^,? (\\d{4} ?[A-Z]{2}(?= )|\\d{4,5}) (${capitalised}(?:[ -]${capitalised})?)`, 'du').exec(text.slice(m.index + m[0].length));
      const code = after && groupSpan(after, 1);
      const town = after && groupSpan(after, 2);
      const at = m.index + m[0].length;
      if (code) emit('LOCATION', at + code[0], at + code[1], tier.shape);
      if (town) emit('LOCATION', at + town[0], at + town[1], tier.context);
    });
  }
  // A town before a province and postal code ("Toronto, ON M5V 2T6") or a UK postcode ("Reading, GK7 5EG").
  const province = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
  scan(
    text,
    new RegExp(`(?<![\\p{L}])((?:St\\.? |Ste\\.? )?${capitalised}(?:[ -]${capitalised}){0,2}),? (?:(?:${province}) [A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\b`, 'dgu'),
    (m) => {
      const town = groupSpan(m, 1);
      if (town) emit('LOCATION', town[0], town[1], tier.context);
    },
  );
  // A news dateline or a US town with the AP abbreviation of its state: "DULUTH, Minn.", "Savannah, Ga.".
  const ap = 'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Tex|Vt|Va|Wash|W\\.Va|Wis|Wyo';
  scan(text, new RegExp(`(?<![\\p{L}])(${capitalised}(?: ${capitalised}){0,2}), (?:${ap})\\.`, 'dgu'), (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('LOCATION', span[0], span[1], tier.context);
  });
  // Postcodes before a town: Portuguese "1100-053 Lisboa", Polish "31-147 Kraków", Dutch "1016 GV Amsterdam", Swedish and Greek "411 38 Göteborg".
  scan(text, new RegExp(`(?<![\\w-])(\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{4} ?[A-Z]{2}|\\d{3} \\d{2}) (${capitalised}(?:[ -]${capitalised})?)`, 'dgu'), (m) => {
    const code = groupSpan(m, 1);
    const town = groupSpan(m, 2);
    if (code) emit('LOCATION', code[0], code[1], tier.shape);
    if (town) emit('LOCATION', town[0], town[1], tier.context);
  });
  // Irish: "Co. Mayo", and the Eircode "F26 X2Y4"; a town before a four-digit postcode at the end of an address ("Kaitaia 0410").
  scan(text, new RegExp(`\\b(?:Co\\.|County) ${capitalised}`, 'gu'), (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.context));
  scan(text, /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b/g, (m) => {
    if (/[A-Z]/.test(m[0].slice(3)) && /\d/.test(m[0].slice(3))) emit('LOCATION', m.index, m.index + m[0].length, tier.shape);
  });
  scan(text, new RegExp(`, (${capitalised}(?: ${capitalised})?) (\\d{4})(?=$|[.;,)]|\\s*\\n)`, 'dgu'), (m) => {
    const town = groupSpan(m, 1);
    const code = groupSpan(m, 2);
    if (town) emit('LOCATION', town[0], town[1], tier.context);
    if (code) emit('LOCATION', code[0], code[1], tier.shape);
  });
  // "75011 Paris", "D-10115 Berlin", "40400 Shah Alam" at the start of a line or after a comma, as postal addresses end.
  scan(text, new RegExp(`(?<=^|\\n|, )(?:[A-Z]-)?(\\d{5}) (${capitalised}(?: ${capitalised})?)(?=$|\\n|,|\\.| \\()`, 'dgu'), (m) => {
    const code = groupSpan(m, 1);
    const town = groupSpan(m, 2);
    if (code) emit('LOCATION', code[0], code[1], tier.context);
    if (town) emit('LOCATION', town[0], town[1], tier.context);
  });
}
