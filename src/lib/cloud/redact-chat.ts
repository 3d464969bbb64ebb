// Names typed the way people type in a chat: in lower case ("my son kwame", "dr. mensah"), after
// a family word used as a title ("grab gran dawn"), or introducing themselves ("hey its tom").

import { chatWords, commonWords, isNameOnly, isWordLikeName, lexiconKey, nameWords, placeWords, relationWords } from './redact-lexicon';
import { tier, type Emit } from './redact-scan';
import { drugStem, escape, excluded, mostlyEnglish } from './redact-words';

const lowerTitle = /\b(?:dr|mr|mrs|ms|mx|prof|miss|doctor|nurse|sister|father|pastor|auntie|aunty|uncle)\.? $/i;
// Family words used as a title in chat: "grab gran dawn", "nana comfort"; an ordinary word after them is still the name.
const familyTitle = /\b(?:gran|granny|grandma|grandpa|grandad|nan|nana|nanna|auntie|aunty|aunt|uncle|cousin|mama|papa|sis|bro)\.? $/i;
const lowerAbbreviatedTitle = /\b(?:dr|mr|mrs|ms|mx|prof)\.? $/i;
const lowerRelation = new RegExp(
  `(?:\\b(?:my|our|his|her|their|the)|\\p{L}+['’]s) (?:${relationWords.map(escape).join('|')}|grandma|grandpa|grandad|granddad|grandaddy|gramps|granny|gran|nan|nanna|nana|mum|mommy|mummy|daddy|hubby|boyfriend|girlfriend|doctor|nurse|gp|carer|neighbour|roommate|flatmate|coworker|colleague|boss|manager|kid|baby|twin)(?:,? (?:is|named|called))? $`,
  'iu',
);

/** Words of grammar that name lists also hold ("both", "left", "will"): never a name in lower case. */
const closedClass =
  /^(?:both|left|right|back|up|down|out|over|off|on|in|at|to|from|with|he['’]s|she['’]s|it['’]s|we['’]ll|they['’]ll|i['’]ll|you['’]ll|we['’]re|they['’]re|i['’]m|uh|um|aga|med|lek|will|can|may|might|must|shall|should|would|could|have|has|had|do|does|did|be|been|being|get|got|go|went|come|came|also|just|still|even|only|really|very|so|too|then|than|that|this|these|those|there|here|what|when|where|who|why|how|which|all|any|each|every|some|no|not|none|one|two|three|said|says|told|like|love|miss|care|help|home|well|good|fine|new|old|young|long|short|little|big|much|more|most|less|least|last|next|first|second|third|other|another|same|such|own|sure|free|full|open|close|near|far|early|late|soon|now|today|tonight|tomorrow|yesterday)$/;

/** "my sister (june)", "her son (kwame)": a name in brackets after a family word. */
const relationThenBracket = new RegExp(`\\b(?:my|our|his|her|their) (?:${relationWords.map(escape).join('|')}|mum|mom|dad|nan|gran|grandma|grandpa|boyfriend|girlfriend) \\((\\p{L}[\\p{L}'’-]+)\\)`, 'dgiu');

export function findLowerCaseNames(text: string, emit: Emit): void {
  for (const m of text.matchAll(relationThenBracket)) {
    const span = m.indices?.[1];
    if (span && !closedClass.test(m[1] ?? '') && !/^(?:deceased|late|step|adopted|twin|eldest|youngest|estranged)$/i.test(m[1] ?? '')) emit('NAME', span[0], span[1], tier.context);
  }
  const tokens = [...text.matchAll(/(?<![\p{L}\d@._/-])\p{Ll}[\p{Ll}'’-]*\p{Ll}(?![\p{L}\d@/]|\.[\p{L}\d])/gu)];
  // Lists find lower-case names only in English text: in French or Spanish, "ans" and "toma" are words, not names.
  const english = mostlyEnglish(text);
  let i = 0;
  while (i < tokens.length) {
    const m = tokens[i] as RegExpExecArray;
    const word = m[0];
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const stop = excluded(word) || chatWords.has(word) || commonWords.has(lexiconKey(word));
    // Most words are ordinary ones that no context could make a name: skip them before any regex.
    if (stop && !isWordLikeName(word) && !(word.length <= 3 && nameWords.has(word))) {
      i++;
      continue;
    }
    // "my grandad robin is ninety-one": an ordinary word after a relation, then a verb, is a name.
    const wordLike = isWordLikeName(word) && !closedClass.test(word) && !/^(?:name|age|number|birthday|phone|address|doctor|nurse|dob|date|son|daughter|wife|husband|mom|dad|mum|friend|boss|new|old|own|best|only|first|last|late|little|big|baby)$/.test(word) && /^(?:,| (?:is|was|has|had|keeps|kept|said|says|and|who|just|still|can|can't|cannot|won't|will|had|gets|got|lives|lived|went|goes|needs|wants|takes|took))\b/.test(text.slice(m.index + word.length, m.index + word.length + 10));
    // After "dr" any word but grammar is the name ("dr do said", "dr so-and-so").
    const nameLike = !commonWords.has(lexiconKey(word)) || isWordLikeName(word) || (word.length <= 3 && nameWords.has(word));
    const titled = lowerAbbreviatedTitle.test(before) && nameLike && !/^(?:the|a|an|and|or|but|said|says|is|was|at|in|on|to|for|told|who|will|has|had|of|from|with|my|your|his|her|their|our|office|clinic|appt|visit|says|thinks|wants|gave|put|prescribed|med|rer|nat|phil|jur)$/.test(word);
    // "hey its margrith", "my name is kofi", "this is adjoa": a person introducing themselves
    // ("this is will" too, but "it's fine" and "i'm back" say how someone is).
    const introduced = (!stop || (isWordLikeName(word) && !excluded(word) && (!closedClass.test(word) || /\b(?:this is|name is|name's)\s$/i.test(before)))) && /\b(?:it['’]?s|this is|i am|i['’]?m|my name is|my name's|name is|names|call me)\s$/i.test(before);
    const family = familyTitle.test(before) && (isWordLikeName(word) || !stop) && !/^(?:and|or|is|was|has|had|said|says|from|to|at|in|on|the|a|my|your|too|again|now|home|please|pls)$/.test(word);
    const byContext = titled || introduced || family || ((!stop || wordLike) && (lowerTitle.test(before) || lowerRelation.test(before)));
    // "moved to florence", "lives in jackson": a town after a place word is the places recognizer's.
    const placeContext = /\b(?:in|to|from|near|at)\s$/.test(before) && placeWords.has(lexiconKey(word));
    const byList = english && !stop && !placeContext && word.length >= 3 && isNameOnly(word) && !drugStem.test(word);
    if (!byContext && !byList) {
      i++;
      continue;
    }
    // A following lower-case name joins ("kwame mensah"); an ordinary word ends it.
    let end = m.index + word.length;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const next = tokens[j] as RegExpExecArray;
      // After a title or an introduction, a family name that is also a word joins too ("its rahul shah", "mrs usha shah").
      // "aunty grace fell on tuesday": a word that is also a verb, then "on", "the", "again", is the verb.
      const verbAfter = /^ (?:on|in|at|to|into|over|down|off|up|out|the|a|an|her|his|my|and|again|asleep|ill|sick|yesterday|today|tonight|last|this)\b/.test(text.slice(next.index + next[0].length, next.index + next[0].length + 12));
      const joins = (isNameOnly(next[0]) && !chatWords.has(next[0]) && !commonWords.has(lexiconKey(next[0]))) || (byContext && isWordLikeName(next[0]) && !closedClass.test(next[0]) && !verbAfter);
      if (text.slice(end, next.index) !== ' ' || !joins) break;
      end = next.index + next[0].length;
    }
    emit('NAME', m.index, end, byContext ? tier.context : tier.weak);
    i = j;
  }
}

