/** The lookup key of a word in the masking lists: lower case, accents removed ("Zoltán" → "zoltan"). */
export function lexiconKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
