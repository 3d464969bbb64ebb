/** Words of a text as the search index keeps them: lower case, accents removed, unique. */

const MAX_TERMS = 4000;
const MAX_TERM_LENGTH = 40;

/** "Café  CAFE, ZIP 02139" → ["cafe", "zip", "02139"]. */
export function termsOf(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const terms = new Set<string>();
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    terms.add(match[0].slice(0, MAX_TERM_LENGTH));
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}
