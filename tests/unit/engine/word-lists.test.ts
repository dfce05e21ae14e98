/**
 * Word lists become regex alternations factored on shared beginnings (compile.ts). Factored or
 * flat, a list must match the same text: the longest word first, the first letter in either case,
 * a space as any whitespace. Inside a lookbehind, read right to left, only the flat form keeps
 * "longest first", so lists there stay flat.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, compile, flatAlternation } from '../../../engine/rules/compile.ts';
import * as lexicon from '../../../engine/rules/lexicon.ts';

/** Every match of `source` at every position of `text`, as [start, text]. */
function matchesAt(source: string, text: string): [number, string][] {
  const re = new RegExp(source, 'y');
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) out.push([i, m[0]]);
  }
  return out;
}

describe('factored word lists', () => {
  it('factor shared beginnings', () => {
    expect(alternation(['official', 'officials', 'officer'])).toBe('(?:[Oo]ffic(?:er|ial(?:s)?))');
    expect(alternation(['chimed', 'chimed in'])).toBe('(?:[Cc]himed(?:\\s+in)?)');
  });

  it('match what the flat alternation matches, at every position, longest word first', () => {
    // Words as lists hold them: letters, dots and single spaces between words.
    const word = fc.stringMatching(/^[a-cA-C][a-c.]{0,2}(?: [a-c.]{1,3}){0,2}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(word, { maxLength: 8 }), (words, extra) => {
        const text = [...words, ...extra].join('  ') + ' Ab  ab.c';
        expect(matchesAt(alternation(words), text)).toEqual(matchesAt(flatAlternation(words), text));
      }),
    );
  });

  it('hold single spaces between words and none around them, as factoring needs', () => {
    const lists = Object.entries(lexicon).filter(([, v]) => Array.isArray(v)) as [string, string[]][];
    const untidy = lists.flatMap(([name, words]) => words.filter((w) => w !== w.trim() || /\s{2}|[^\S ]/.test(w)).map((w) => `${name}: ${JSON.stringify(w)}`));
    expect(untidy).toEqual([]);
  });

  it('stay flat inside a lookbehind, so it reads the longest word there too', () => {
    // Factored, "(?<=(?<pre>@det)\s+)" would settle for "the" in "Two of the officials".
    const re = compile('(?<=(?<pre>@det)\\s+)officials', 'g');
    expect(re.exec('Two of the officials said so.')?.groups?.pre).toBe('Two of the');
    expect(compile('(?:@det)\\s+officials', 'g').exec('Two of the officials said so.')?.[0]).toBe('Two of the officials');
  });
});
