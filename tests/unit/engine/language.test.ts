import { describe, expect, it } from 'vitest';
import { analyzeArticle, detectLanguage } from '../../../engine/index.ts';

describe('language check', () => {
  it.each([
    ['en', 'The minister said on Monday that the talks with the unions had failed, and that he would not resign.'],
    ['de', 'Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften gescheitert seien und er nicht zurücktreten werde.'],
    ['fr', 'Le ministre a déclaré lundi que les négociations avec les syndicats avaient échoué et qu’il ne démissionnerait pas.'],
    ['es', 'El ministro dijo el lunes que las conversaciones con los sindicatos habían fracasado y que no dimitiría por ahora.'],
    ['ja', '大臣は月曜日、労働組合との交渉が決裂したと述べ、辞任しない考えを示した。関係者によると、協議は続く見通しだ。'],
    ['uk', 'Міністр заявив у понеділок, що переговори з профспілками провалилися і що він не піде у відставку.'],
  ])('recognises %s', (code, text) => {
    const declared = code === 'uk' ? 'uk' : null;
    const guess = detectLanguage(text, declared);
    expect(guess.code).toBe(code);
    expect(guess.supported).toBe(code === 'en');
  });

  it('trusts the text over a template that declares English', () => {
    expect(detectLanguage('Die Regierung hat am Montag mitgeteilt, dass die Steuer nicht erhöht wird und die Pläne auf Eis liegen.', 'en').code).toBe('de');
  });

  it('takes a short brief with few function words for English when nothing else fits better', () => {
    const brief = "Parents say the district gave them less than a week's notice before changing bus routes, leaving some children stranded.";
    expect(detectLanguage(brief, null)).toEqual({ code: 'en', supported: true });
    // A long text with as few function words is a list or a table, not running English.
    expect(detectLanguage('Results: Smith 12, Jones 9, Brown 7; Green 3. '.repeat(20) + 'The end.', null).code).toBe('und');
  });

  it('gives no findings on an unsupported language, even with English-looking cue words', () => {
    const body = 'Laut Reuters und anonymen Quellen hat die Regierung reportedly die Pläne gestoppt, sagte ein Sprecher der Partei am Montag in Berlin.';
    const a = analyzeArticle({ title: 'Regierung stoppt Pläne', body, publisher: 'Der Spiegel' });
    expect(a.language).toEqual({ code: 'de', supported: false });
    expect(a.findings).toEqual([]);
    expect(a.chains).toEqual([]);
  });
});
