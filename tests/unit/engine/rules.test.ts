/**
 * Every rule's example sentences, run through the engine: a "match" example must make that very
 * rule fire (before overlaps are settled, so a longer finding of the same category may still win
 * in the report); a "noMatch" example must leave no finding of the rule's category in the final
 * analysis. Adding a rule means adding its examples; they run here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, PHRASE_RULES } from '../../../engine/index.ts';
import { detectRaw } from '../../../engine/analyze.ts';
import { secondhandCues } from '../../../engine/rules/secondhand.ts';
import { compile, nestedQuantifier } from '../../../engine/rules/compile.ts';
import type { Category } from '../../../engine/index.ts';

const PUBLISHER = 'The Example Gazette';

function articleFor(sentence: string, asTitle: boolean) {
  return { ...(asTitle ? { title: sentence, body: 'More follows.' } : { title: 'Headline', body: sentence }), publisher: PUBLISHER };
}
function firedRules(sentence: string, asTitle = false): string[] {
  const input = articleFor(sentence, asTitle);
  return detectRaw(input.title + '\n\n' + input.body, input).raw.map((f) => f.rule);
}
function findings(sentence: string, asTitle = false) {
  return analyzeArticle(articleFor(sentence, asTitle)).findings;
}

const rules: { id: string; category: Category; title: boolean; match: string[]; noMatch: string[] }[] = [
  ...PHRASE_RULES.map((r) => ({ id: r.id, category: r.category, title: r.scope === 'title', ...r.examples })),
  ...secondhandCues.map((r) => ({ id: r.id, category: 'secondhand' as const, title: false, ...r.examples })),
];

describe.each(rules)('rule $id', ({ id, category, title, match, noMatch }) => {
  it('has examples both ways', () => {
    expect(match.length).toBeGreaterThan(0);
    expect(noMatch.length).toBeGreaterThan(0);
  });
  it.each(match)('fires on: %s', (sentence) => {
    expect(firedRules(sentence, title)).toContain(id);
  });
  it.each(noMatch)(`finds no ${category} in: %s`, (sentence) => {
    expect(findings(sentence, title).filter((f) => f.category === category)).toEqual([]);
  });
});

describe('rule ids', () => {
  it('are unique', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('name their category', () => {
    for (const r of rules) expect(r.id.startsWith(r.category + '.')).toBe(true);
  });
});

describe('linear-time patterns', () => {
  it('refuses nested unbounded repetition', () => {
    expect(nestedQuantifier('(a+)+')).not.toBeNull();
    expect(nestedQuantifier('(?:\\w+\\s?)*x')).not.toBeNull();
    expect(nestedQuantifier('(?:(?:ab)*c)+')).not.toBeNull();
    expect(() => compile('(?:\\w+)+$')).toThrow(/catastrophically/);
  });
  it('sees the quantifiers inside word lists and fragments', () => {
    // `speech` has entries of two words ("chimed in"): each space is `\s+`.
    expect(() => compile('(?:@speech)+')).toThrow(/catastrophically/);
    expect(() => compile('(?:@cap\\s)*')).toThrow(/catastrophically/);
    expect(() => compile('(?:@speech){0,2}')).not.toThrow();
    expect(() => compile('(?:@end\\s)*')).not.toThrow();
  });
  it('allows bounded repetition of simple tokens', () => {
    expect(nestedQuantifier('(?:\\w+\\s+){0,3}said')).toBeNull();
    expect(nestedQuantifier('[a-z]+(?:,\\s*[a-z]+){0,5}')).toBeNull();
  });
  it('every rule compiles (compile() checks each pattern)', () => {
    for (const r of PHRASE_RULES) expect(() => compile(r.pattern)).not.toThrow();
  });
  it('rejects an unknown word list instead of matching it literally', () => {
    expect(() => compile('@noSuchList')).toThrow(/Unknown word list/);
  });
});

describe('pattern size', () => {
  // V8 compiles a regular expression to machine code only while its source is under 20 KB; past
  // that it interprets it, and the engine got 1.7x slower when group-says grew to 20.6 KB.
  const V8_NATIVE_LIMIT = 20 * 1024;
  it.each(PHRASE_RULES.map((r) => [r.id, r.pattern] as const))('%s stays well under the limit of native compilation', (_id, pattern) => {
    expect(compile(pattern).source.length).toBeLessThan(V8_NATIVE_LIMIT * 0.9);
  });
});

describe('span edges', () => {
  it('a source at the end of a sentence stops before its full stop', () => {
    const [f] = findings('The cash went to banks, said people with direct knowledge of the matter. More follows.');
    expect(f?.text).toBe('people with direct knowledge of the matter');
  });
  it('a qualifier ends before the clause of what was said', () => {
    const anonymous = findings('I learned from two people close to him that he would quit. More follows.').filter((f) => f.category === 'anonymous');
    expect(anonymous.map((f) => f.text)).toEqual(['two people close to him']);
  });
  it('an abbreviation inside a source keeps its dot', () => {
    const [f] = findings('People close to Ms. Haley insisted there was nothing behind her decision.');
    expect(f?.text).toBe('People close to Ms. Haley');
  });
  it('a "that" opening what was said is not a relative clause of the source', () => {
    const [f, ...rest] = findings('He was told by an anonymous NSC leaker that Obama in the call had confirmed the deal.');
    expect(rest).toEqual([]);
    expect(f?.source).toBe('an anonymous NSC leaker');
    expect(f?.text).not.toContain('Obama');
  });
});

describe('later mentions', () => {
  it('a later mention that only can, may or would do something is not speaking', () => {
    const texts = findings('One user said the editor was slow. In the editor, the user can highlight a query and run it.').map((f) => f.text);
    expect(texts).toEqual(['One user said']);
  });
  it('"the researchers" are the study\'s named team, unless unnamed researchers came first', () => {
    const anonymous = (body: string) => findings(body).filter((f) => f.category === 'anonymous').map((f) => f.text);
    expect(anonymous('Paganini and his team published the paper in Nature. The researchers think the source is a plume.')).toEqual([]);
    expect(anonymous('Researchers say the plume is real. The researchers think it is water.')).toEqual(['Researchers say', 'The researchers think']);
  });
  it('researchers with their study in the same sentence are its authors; counted ones, or others, are sources', () => {
    const anonymous = (body: string) => findings(body).filter((f) => f.category === 'anonymous').map((f) => f.text);
    expect(anonymous('In a study published last month, researchers concluded that no amount of data would help.')).toEqual([]);
    expect(anonymous('A study in Nature found the current could collapse. Other climate scientists cautioned that the timing was uncertain.')).toEqual(['Other climate scientists cautioned']);
    expect(anonymous('Two researchers on the study, who asked not to be identified, said the board had raised concerns.')).toHaveLength(1);
  });
});

describe('"the report" after an outlet\'s report', () => {
  const laterReports = (body: string) =>
    findings(body)
      .filter((f) => f.rule === 'secondhand.report-later')
      .map((f) => [f.text, f.source]);
  it('is that outlet\'s report a few sentences on', () => {
    expect(laterReports('According to a report in the Argus Leader, the governor launched it. It rolls out with billboards. The report says an agency made it.')).toEqual([['The report says', 'Argus Leader']]);
    expect(laterReports('DigiTimes reported the keyboard will change. A preview of the report was shared. The report claims the size will stay.')).toEqual([['The report claims', 'DigiTimes']]);
  });
  it('is not, once another report, study or review has come in between', () => {
    expect(laterReports('The Star Tribune reported the ads cost $2 million. A new audit found waste. The report says an agency made it.')).toEqual([]);
    expect(laterReports("The Star Tribune reported the ads cost $2 million. The state's review found waste. The report says an agency made it.")).toEqual([]);
  });
  it('is not with no outlet before it, nor long after one', () => {
    expect(laterReports('The commission published its findings. The report says the agency made it.')).toEqual([]);
    expect(laterReports('The Star Tribune reported it. One. Two. Three. Four. The report says an agency made it.')).toEqual([]);
  });
});

describe('another outlet\'s journalist named again by surname', () => {
  const later = (body: string) =>
    findings(body)
      .filter((f) => f.rule === 'secondhand.journalist-later')
      .map((f) => [f.text, f.source]);
  it('is that journalist\'s outlet, however the journalist was introduced', () => {
    expect(later('The CDC investigated, according to Sui-Lee Wee of the New York Times. All sites were disinfected, reports Wee.')).toEqual([['reports Wee', 'The New York Times']]);
    expect(later('But according to NPR’s Emily Feng, a doctor posted it. “Don’t hide it,” one commenter said, per Feng.')).toEqual([['per Feng', 'NPR']]);
    expect(later('As Jane Doe reports for CNN, the plant closed. Doe writes that it reopened.')).toEqual([['Doe writes', 'CNN']]);
  });
  it('is not before the journalist is introduced, nor with "said", which a source of that surname may say', () => {
    expect(later('Wee writes that the plant closed. It closed, according to Sui-Lee Wee of the New York Times.')).toEqual([]);
    expect(later('The CDC investigated, according to Sui-Lee Wee of the New York Times. Li Wee said the clinic was shut.')).toEqual([]);
  });
});

describe('another outlet\'s journalist', () => {
  it('is that outlet, not an anonymous source', () => {
    const found = findings('An AFP correspondent at the scene said the crowd had grown. More follows.');
    expect(found.map((f) => [f.category, f.source])).toEqual([['secondhand', 'Agence France-Presse']]);
  });
  it('leaves an unnamed official beside it anonymous', () => {
    const categories = findings('A BBC reporter said the crowd had grown, according to two officials.').map((f) => f.category);
    expect(categories).toEqual(['secondhand', 'anonymous']);
  });
});

describe('overlapping findings of one category', () => {
  it('on equal length, keep the one that describes the source more fully', () => {
    const anonymous = findings('Kelly received threats, according to a person close to her. More follows.').filter((f) => f.category === 'anonymous');
    expect(anonymous.map((f) => f.source)).toEqual(['a person close to her']);
  });
});

describe('invisible break hints in the text', () => {
  it('do not hide a phrase, and the finding quotes the text as written', () => {
    for (const hint of ['\u00AD', '\u200B', '\u2060', '\uFEFF']) {
      const body = `Murdoch rejected the calls, according to ${hint}sources, and kept the board.`;
      const found = findings(body).filter((f) => f.category === 'anonymous');
      expect(found.map((f) => f.text)).toEqual([`according to ${hint}sources`]);
    }
  });
});
