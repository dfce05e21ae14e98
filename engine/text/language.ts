/**
 * Language identification, just good enough to keep English rules off other languages.
 * The rules are English; running them on German or Japanese text would only produce false
 * highlights, so a page in another language gets "language not supported yet" instead.
 *
 * Method: the share of letters in non-Latin scripts among the first 2,000 characters, then the
 * share of very common function words of each candidate language among the first 250 or so
 * words. The page's declared language only breaks near-ties: pages often declare "en" by
 * template while the text is not.
 */
import type { LanguageGuess } from '../types.ts';

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'are', 'by', 'he', 'his', 'be', 'at', 'have', 'from', 'this', 'said', 'not', 'they', 'but', 'has', 'an', 'were', 'which', 'their', 'been', 'who', 'will', 'would'],
  de: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'noch', 'wie', 'über'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'en', 'un', 'une', 'du', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'au', 'sur', 'par', 'plus', 'il', 'elle', 'ce', 'avec', 'sont', 'ont', 'aux', 'été', 'cette', 'mais', 'ses', 'leur'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'una', 'para', 'con', 'no', 'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'me', 'si', 'sobre', 'este', 'ya', 'entre', 'cuando', 'todo', 'esta', 'fue'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'in', 'è', 'del', 'della', 'non', 'una', 'sono', 'le', 'al', 'con', 'dei', 'da', 'si', 'nel', 'anche', 'alla', 'più', 'gli', 'questo', 'come', 'ma', 'delle'],
  pt: ['de', 'que', 'e', 'o', 'da', 'do', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das', 'tem', 'à', 'seu', 'sua', 'ou', 'ser', 'quando', 'muito', 'nos', 'já', 'também'],
  nl: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'niet', 'aan', 'er', 'die', 'ook', 'als', 'bij', 'om', 'naar', 'maar', 'dan', 'wordt', 'nog', 'werd', 'uit', 'door', 'worden'],
};

/** Scripts that, when they make up most letters, settle the question: [code, first, last code unit]. */
const SCRIPTS: [string, number, number][] = [
  ['ja', 0x3040, 0x30ff],
  ['zh', 0x4e00, 0x9fff],
  ['ko', 0xac00, 0xd7af],
  ['ru', 0x0400, 0x04ff],
  ['ar', 0x0600, 0x06ff],
  ['he', 0x0590, 0x05ff],
  ['el', 0x0370, 0x03ff],
  ['hi', 0x0900, 0x097f],
  ['th', 0x0e00, 0x0e7f],
];

const LANGUAGES = Object.keys(STOPWORDS);
/** Word -> the indices (in LANGUAGES) of the languages it is a function word of; built once. */
const STOPWORD_INDEX = new Map<string, number[]>();
LANGUAGES.forEach((code, k) => {
  for (const w of STOPWORDS[code]) STOPWORD_INDEX.set(w, [...(STOPWORD_INDEX.get(w) ?? []), k]);
});
/** Any letter of the scripts above: most texts have none, and then the per-letter count is not needed. */
const SCRIPT_LETTER = new RegExp(`[${SCRIPTS.map(([, a, b]) => `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`).join('')}]`);
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

const SUPPORTED = new Set(['en']);
/** Enough to tell scripts apart; the per-article cost is about one tokenising pass over the sample. */
const SAMPLE_CHARS = 2000;
const STOPWORD_SAMPLE_CHARS = 1500;
/** Below this many words the function-word share is too noisy to call a text undetermined. */
const SHORT_TEXT_WORDS = 60;

export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const declaredCode = (declared ?? '').toLowerCase().split(/[-_]/)[0];
  if (!SCRIPT_LETTER.test(sample)) {
    // Latin script only (most pages): the script shares below would all be 0.
    if (!LATIN_LETTER.test(sample)) return guess(declaredCode || 'und');
    return byFunctionWords(sample, declaredCode);
  }
  // One pass over the code units: Latin letters and letters of each script.
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
      continue;
    }
    if (c < 0x0250) {
      if (c >= 0xc0) latin++;
      continue;
    }
    for (let k = 0; k < SCRIPTS.length; k++) {
      if (c >= SCRIPTS[k][1] && c <= SCRIPTS[k][2]) {
        counts[k]++;
        break;
      }
    }
  }
  const letters = latin + counts.reduce((a, b) => a + b, 0);
  if (letters === 0) return guess(declaredCode || 'und');

  for (let k = 0; k < SCRIPTS.length; k++) {
    const code = SCRIPTS[k][0];
    if (counts[k] / letters <= 0.3) continue;
    // Cyrillic is shared by Russian, Ukrainian and others: trust a declared Cyrillic language.
    if (code === 'ru' && ['uk', 'be', 'bg', 'sr', 'mk', 'kk'].includes(declaredCode)) return guess(declaredCode);
    // Japanese mixes kana with kanji; any real amount of kana means Japanese.
    if (code === 'zh' && counts[0] > 20) return guess('ja');
    return guess(code);
  }
  return byFunctionWords(sample, declaredCode);
}

/** A Latin-script text: the language whose function words make up the largest share of its words. */
function byFunctionWords(sample: string, declaredCode: string): LanguageGuess {
  // A few hundred words settle function-word shares; more only costs time.
  const words = sample.slice(0, STOPWORD_SAMPLE_CHARS).toLowerCase().match(/[a-zà-öø-ÿ]+/g) ?? [];
  if (words.length < 8) return guess(declaredCode || 'en');
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const w of words) {
    const langs = STOPWORD_INDEX.get(w);
    if (langs) for (const k of langs) hits[k]++;
  }
  const scores: [string, number][] = LANGUAGES.map((code, k) => [code, hits[k] / words.length]);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = scores[0];
  const second = scores[1][1];
  // A short Latin-script text may hold too few function words to reach the share: when English
  // is still the best guess ("Parents say the district gave them less than a week's notice…"),
  // it is English, not "undetermined".
  if (bestScore < 0.05) return guess(declaredCode || (words.length < SHORT_TEXT_WORDS && best === 'en' && bestScore > 0 ? 'en' : 'und'));
  if (declaredCode && declaredCode !== best && bestScore - second < 0.02 && STOPWORDS[declaredCode]) return guess(declaredCode);
  return guess(best);
}

function guess(code: string): LanguageGuess {
  return { code, supported: SUPPORTED.has(code) };
}
