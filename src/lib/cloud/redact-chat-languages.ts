// How people introduce themselves, say where they live and read out a number, in the languages
// they write chat in: the same cues as "my name is kofi" and "lives in leeds", typed in lower case
// as often as not.

import { groupSpan, scan, tier, type Emit } from './redact-scan';
import { lexiconKey, nameWords, placeWords } from './redact-lexicon';

const word = "\\p{L}[\\p{L}\\p{M}'’-]*";

/** Verbs that say what someone is called: the words after them are a name, whatever they are. */
const namingVerb = "(?:ich hei(?:ß|ss)e|mein name ist|je m['’]appelle|mon nom est|me llamo|mi nombre es|mi chiamo|il mio nome è|meu nome é|me chamo|ik heet|mijn naam is|benim adım|nazywam się|tôi tên là|jag heter|jeg hedder|jeg heter)";
/** Words that say "I am" or "here is": a name only when the words after them are names from the lists. */
const beingVerb = "(?:ich bin|hier ist|je suis|c['’]est|soy|aquí es|sono|qui è|eu sou|aqui é(?: a| o)?|sou (?:a|o)|ik ben|hier is|ben|jestem|tu jest|tôi là|jag är)";
/** Words for living somewhere, and the preposition after them. */
const livesIn = "(?:vive|vivo|viven|vivono|abita|abito|wohnt|wohne|wohnen|woont|woon|wonen|mora|moro|moram|habite|habites|habitent|vit|vis|reside|resido|mieszka|mieszkam|bor)(?: \\p{Ll}+)? (?:a|en|em|in|à|au|na|no|w|we|im|i|te|ad)";

/** Digits read out in words, as a voicemail transcript writes a phone number. */
const digitWord = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';

export function findInChatLanguages(text: string, emit: Emit): void {
  // "ich heiße lena bauer", "mi chiamo Giulia", "je m'appelle amélie durand": one to three words after a verb of naming.
  scan(text, new RegExp(`\\b${namingVerb}\\s+(${word}(?: ${word}){0,2}?)(?=[,.;!?]|$| (?:und|y|e|et|en|and|ve|i|a|from|de|da|mio|mia|meine|mon|ma|mi|mijn|ich|io|je|yo|eu|ik|ben)\\b)`, 'dgiu'), (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('NAME', span[0], span[1], tier.context);
  });
  // "sono marco rossi", "aqui é a fernanda souza", "ben ayşe yılmaz": a given and a family name from the lists.
  scan(text, new RegExp(`\\b${beingVerb} (${word} ${word})(?![\\p{L}])`, 'dgiu'), (m) => {
    const span = groupSpan(m, 1);
    const [given = '', family = ''] = (m[1] ?? '').split(' ');
    if (span && nameWords.has(lexiconKey(given)) && nameWords.has(lexiconKey(family))) emit('NAME', span[0], span[1], tier.context);
  });
  // "vive a bergamo", "wohnt in freiburg", "mora em Curitiba": a known town after a verb of living.
  scan(text, new RegExp(`\\b${livesIn} (${word}(?: ${word})?)`, 'dgiu'), (m) => {
    const span = groupSpan(m, 1);
    const words = (m[1] ?? '').split(' ');
    const whole = placeWords.has(lexiconKey(m[1] ?? ''));
    if (span && (whole || placeWords.has(lexiconKey(words[0] ?? '')))) emit('LOCATION', span[0], whole ? span[1] : span[0] + (words[0] ?? '').length, tier.context);
  });
  // Turkish case endings on a town: "izmir'de", "Kadıköy'deki", "Ankara'dan".
  scan(text, /(?<![\p{L}])(\p{L}+)['’](?:de|da|te|ta|deki|daki|teki|taki|den|dan|ten|tan|e|a|ye|ya)(?![\p{L}])/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span && placeWords.has(lexiconKey(m[1] ?? '')) && (/^\p{Lu}/u.test(m[1] ?? '') || (m[1] ?? '').length > 3)) emit('LOCATION', span[0], span[1], tier.context);
  });
  // "eight four seven five five five zero one three two", "three one zero, five five five, zero one nine eight".
  scan(text, new RegExp(`\\b${digitWord}(?:[ ,-]+${digitWord}){6,14}\\b`, 'gi'), (m) => {
    emit('PHONE', m.index, m.index + m[0].length, tier.shape);
  });
  // Korean "저는 김민지입니다", Japanese "田中由美です" after a greeting: a name before the copula.
  scan(text, /(?:저는|제 이름은) (\p{Script=Hangul}{2,4})(?:입니다|이에요|예요|이라고 합니다|라고 합니다)/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('NAME', span[0], span[1], tier.context);
  });
  scan(text, /(?:はじめまして[、,]\s*|私は|わたしは)(\p{Script=Han}{2,4})(?:です|と申します|といいます)/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('NAME', span[0], span[1], tier.context);
  });
  // "부산에 사세요": a Korean town before "lives in".
  scan(text, /(\p{Script=Hangul}{2,4})에 (?:살|사세요|삽니다|살아요|거주)/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('LOCATION', span[0], span[1], tier.context);
  });
  // Vietnamese districts and the city: "Quận 7", "Quận Bình Thạnh", "TP.HCM", "TP. Đà Nẵng".
  scan(text, /\b(?:Quận|Huyện|Phường) (?:\d{1,2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})|\bTP\. ?(?:HCM|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.context);
  });
}
