/**
 * Character classes and token rules shared by the matcher, the lookups and the data checks.
 *
 * A token is either a run of letters, digits, combining marks and "_" ("Reuters", "4", "Süddeutsche") or
 * a single punctuation character ("!", "/", "-", ".", "'", "&"). Whitespace separates tokens and is
 * otherwise ignored, so "E! News", "France-Presse" and "RFE/RL" are all token sequences, and a
 * possessive "CNN's" is the tokens "CNN", "'", "s" (the name ends before the apostrophe).
 */

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;

// 0 = unknown yet, 1 = word character, 2 = whitespace, 3 = other (punctuation).
// Filled lazily for non-ASCII code units so the hot loop is a single array read.
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  // "_" joins words as in handles and file names ("Delicious_Vice"): no name contains one.
  CLASS[c] = /[A-Za-z0-9_]/.test(ch) ? 1 : /\s/.test(ch) ? 2 : 3;
}

export const WORD = 1;
export const SPACE = 2;
export const OTHER = 3;

/**
 * The code units outside ASCII that may start an outlet's name: letters and the like, not curly
 * quotes, dashes, other general punctuation or surrogates (emoji). As a regex class, for the
 * matcher's own search, and as a test, for the engine's trigger pass (which hands the matcher
 * the places where names may start): tests/unit/outlets/text.test.ts holds the two equal.
 */
export const NAME_START_NON_ASCII = '\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u1fff\\u2070-\\ud7ff\\ue000-\\uffff';
export function mayStartNameNonAscii(c: number): boolean {
  if (c >= 0xc0) return c <= 0x1fff || (c >= 0x2070 && c <= 0xd7ff) || c >= 0xe000;
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe);
}

/** The class of a UTF-16 code unit. Surrogates count as punctuation (emoji never join a name). */
export function charClass(code: number): number {
  const k = CLASS[code]!;
  if (k !== 0) return k;
  const ch = String.fromCharCode(code);
  const v = code >= 0xd800 && code <= 0xdfff ? OTHER : WORD_RE.test(ch) ? WORD : SPACE_RE.test(ch) ? SPACE : OTHER;
  CLASS[code] = v;
  return v;
}

/**
 * Folds typographic variants so that one spelling in the data matches them all:
 * curly and modifier apostrophes to "'", non-ASCII hyphens to "-".
 */
export function foldPunct(ch: string): string {
  switch (ch) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
    case '`':
      return "'";
    case '\u2010':
    case '\u2011':
      return '-';
    default:
      return ch;
  }
}

/** Splits a name as written in the data (or a phrase) into tokens, keeping their original case. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const k = charClass(s.charCodeAt(i));
    if (k === SPACE) {
      i++;
    } else if (k === WORD) {
      let j = i + 1;
      while (j < s.length && charClass(s.charCodeAt(j)) === WORD) j++;
      out.push(s.slice(i, j));
      i = j;
    } else {
      out.push(foldPunct(s[i]!));
      i++;
    }
  }
  return out;
}

/** The lookup key of a token: lower case for words, folded for punctuation. */
export function tokenKey(token: string): string {
  return token.toLowerCase();
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/**
 * An acronym is a word token of two or more characters with capitals and no lower-case letter
 * ("AP", "CNN", "RFE", "WSJ"). Acronyms match only in exactly that form: "ap" is not the AP.
 */
export function isAcronym(token: string): boolean {
  return token.length >= 2 && UPPER_RE.test(token) && !LOWER_RE.test(token);
}

export function startsUpper(token: string): boolean {
  return UPPER_RE.test(token[0] ?? '');
}

/**
 * Whether a text token may stand for a token of a name written in the data.
 * - acronyms only in exactly the same capitals ("AP", never "Ap" or "ap");
 * - a capitalised word only when capitalised in the text too ("Post", not "post"), which keeps
 *   ordinary words ("time", "people", "variety") from firing; an all-capitals text form of it
 *   is accepted from three letters on ("REUTERS" in a dateline) but not shorter ("US" is not "Us");
 * - lower-case words ("and", "of") and digits in any case.
 */
export function tokenFits(pattern: string, text: string): boolean {
  if (isAcronym(pattern)) return pattern === text;
  if (startsUpper(pattern)) {
    if (!startsUpper(text)) return false;
    if (text.length < 3 && isAcronym(text)) return false;
    return true;
  }
  return true;
}

/** Drops a leading article from a token list ("The New York Times" -> "New York Times"). */
export function dropLeadingThe(tokens: string[]): string[] {
  return tokens.length > 1 && tokens[0]!.toLowerCase() === 'the' ? tokens.slice(1) : tokens;
}

/** Drops a trailing possessive ("CNN's", "Reuters'") from a token list. */
export function dropPossessive(tokens: string[]): string[] {
  const n = tokens.length;
  if (n >= 3 && tokens[n - 2] === "'" && tokens[n - 1]!.toLowerCase() === 's') return tokens.slice(0, n - 2);
  if (n >= 2 && tokens[n - 1] === "'") return tokens.slice(0, n - 1);
  return tokens;
}
