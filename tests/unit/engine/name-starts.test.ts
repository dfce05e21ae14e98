/**
 * The trigger pass notes where an outlet's name may start, and the gazetteer's matcher then looks
 * only there instead of searching the text itself. The two must find the same mentions, whatever
 * the text: random texts built from outlet names (lower-case ones too), capitals, digits, "_",
 * accented and other non-ASCII letters, emoji and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTriggerIndex, triggeredPatterns } from '../../../engine/detect/triggers.ts';
import { findOutletMentions, LOWER_NAME_HEADS } from '../../../engine/outlets/index.ts';
import { mayStartNameNonAscii, NAME_START_NON_ASCII } from '../../../engine/outlets/text.ts';
import { splitSentences } from '../../../engine/text/sentences.ts';

const index = buildTriggerIndex([{ any: ['said'] }], LOWER_NAME_HEADS);

function bothWays(text: string) {
  const triggered = triggeredPatterns(text, splitSentences(text), index);
  return { own: findOutletMentions(text), noted: findOutletMentions(text, triggered.nameStarts ?? undefined), starts: triggered.nameStarts };
}

const pieces = fc.constantFrom(
  'Reuters', 'the Financial Times', 'dpa', 'dpA', 't3n', 'i24news', 'i24', 'bdnews24', 'Le Monde', 'Süddeutsche Zeitung',
  'Tagesschau', 'ABC7', '9News', 'E! News', 'RFE/RL', 'CNN', "CNN's", 'Philstar.com', 'Time', 'Politico', 'The Hindu',
  'said', 'the', 'report', 'x', 'é', 'É', 'Ñ', 'ü', '_', '-', '.', ',', '’', '“', '”', '—', '😀', '1', '42', 'McDonald',
  'café', 'Zürich', 'ÀB', 'ǅ', 'ª', '²', 'ß', 'Ω', 'Москва', '東京', '\n', '\n\n',
);
const text = fc.array(fc.tuple(pieces, fc.constantFrom('', ' ', '  ', '_', '-', '.', ', ')), { maxLength: 40 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

describe('names noted by the trigger pass', () => {
  it('lead the matcher to the mentions its own search finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { own, noted } = bothWays(t);
        expect(noted).toEqual(own);
      }),
      { numRuns: 2000 },
    );
  });

  it('are in ascending order and note capitals, digits and lower-case names at word starts only', () => {
    const t = 'Reuters and dpa said 9News, but McDonald and dpaX_Foo did not; Zürich é.';
    const { starts } = bothWays(t);
    expect(starts).toEqual([...starts!].sort((a, b) => a - b));
    const at = starts!.map((i) => t.slice(i, i + 3));
    expect(at).toEqual(['Reu', 'dpa', '9Ne', 'McD', 'Zür', 'é.']);
  });

  it('match the non-ASCII class the matcher searches for, code unit by code unit', () => {
    const re = new RegExp(`[${NAME_START_NON_ASCII}]`);
    for (let c = 0x80; c <= 0xffff; c++) expect(mayStartNameNonAscii(c), c.toString(16)).toBe(re.test(String.fromCharCode(c)));
  });
});
