/** The lookup key of a word in the masking lists: lower case, accents removed ("Zoltán" → "zoltan"). */
export function lexiconKey(word: string): string {
  // Most words are plain ASCII, which has no accents to remove: skip the costly normalisation.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
