import { describe, expect, it, test } from 'vitest';
import { MASTHEAD_WORDS, looksLikeOutletName } from '../../../engine/outlets/index.ts';

describe('looksLikeOutletName', () => {
  test.each([
    'the Sioux Falls Argus Leader',
    'Sioux Falls Argus Leader',
    'the Kyiv Independent',
    'the Daily Northwestern',
    'The Peoria Journal Star',
    'the Tuscaloosa News',
    'the Greenville Sentinel',
    'the Kieler Nachrichten',
    'the Lviv Herald',
    'the St. Petersburg Times',
    'the San Diego Union-Tribune',
    'the Post-Dispatch',
    'Radio Poland',
    'the Kazakh TV',
    'Kazakh State TV',
    'the Tuscaloosa News',
    'Times of Malta',
    'the Mountain Xpress Weekly',
    'Hürriyet Daily News',
    "the Yale Daily News's",
    'the Tribune',
    'Reuters',
  ])('%s reads like a publication', (phrase) => {
    expect(looksLikeOutletName(phrase)).toBe(true);
  });

  test.each([
    'John Smith',
    'Emily Post',
    'Several Post',
    'Two Post',
    'the Department of Justice',
    'the White House',
    'Press Secretary',
    'White House Press Secretary',
    'the Associated Students',
    'the National Press Club',
    'the Post Office',
    'a press conference',
    'Breaking News',
    'Fake News',
    'the big news',
    'News',
    'Times',
    'the Daily',
    'Star Wars',
    'Times Square',
    'the Senate Judiciary Committee',
    'Central Intelligence Agency',
    'Apple TV',
    'Film Review',
    'Next Post',
    'a Facebook Post',
    'Instagram Post',
    'Times New Roman',
    'News Corp',
    'Sean Spicer Holds First Formal Press',
    'Warner Bros. Television',
    'Blade Runner',
    'Network Security Forum',
    'Study Record',
    'Leader of the Opposition',
    'A Colorado Democrat',
    'I Wore It Four Times',
    'Reality TV',
    'Java News',
    '',
    'the',
    'officials familiar with the matter',
    'the Ministry of Foreign Affairs',
  ])('%s does not', (phrase) => {
    expect(looksLikeOutletName(phrase)).toBe(false);
  });

  it('accepts a masthead word joined by a hyphen but not an institution', () => {
    expect(looksLikeOutletName('the Idaho Press-Tribune')).toBe(true);
    expect(looksLikeOutletName('the Press Office')).toBe(false);
  });
});

describe('MASTHEAD_WORDS', () => {
  it('holds the common masthead words, capitalised', () => {
    for (const w of ['Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Pravda', 'Leader', 'News']) {
      expect(MASTHEAD_WORDS).toContain(w);
    }
    for (const w of MASTHEAD_WORDS) expect(w[0]).toBe(w[0]!.toUpperCase());
  });
});
