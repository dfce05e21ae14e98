import { describe, expect, test } from 'vitest';
import { canonicalOutletName, outletByDomain, outletByName } from '../../../engine/outlets/index.ts';

describe('outletByDomain', () => {
  test.each([
    ['https://www.ft.com/content/x', 'Financial Times'],
    ['ft.com', 'Financial Times'],
    ['markets.ft.com', 'Financial Times'],
    ['FT.COM', 'Financial Times'],
    ['http://user:pw@edition.cnn.com:443/2024/01/01/x.html?y=1#z', 'CNN'],
    ['//www.nytimes.com/2020/a.html', 'The New York Times'],
    ['https://abcnews.go.com/Politics', 'ABC News'],
    ['https://www.pravda.com.ua/eng/news/2024/', 'Ukrainska Pravda'],
    ['https://www.eurointegration.com.ua/eng/', 'European Pravda'],
    ['apnews.com.', 'The Associated Press'],
    ['https://news.sky.com/story/x', 'Sky News'],
  ])('%s -> %s', (input, name) => {
    expect(outletByDomain(input)?.name).toBe(name);
  });

  test.each([
    '',
    'junk',
    'com',
    'go.com',
    'notft.com',
    'ft.com.evil.example',
    'https://',
    'http://[::1]/',
    'mailto:someone',
    '   ',
    'a'.repeat(5000),
  ])('no outlet for %j', (input) => {
    expect(outletByDomain(input)).toBeNull();
  });

  test('never throws on values that are not strings', () => {
    for (const v of [null, undefined, 42, {}, []]) {
      expect(outletByDomain(v as unknown as string)).toBeNull();
    }
  });
});

describe('outletByName', () => {
  test.each([
    ['The Associated Press', 'The Associated Press'],
    ['Associated Press', 'The Associated Press'],
    ['the AP', 'The Associated Press'],
    ['AP', 'The Associated Press'],
    ['associated press', 'The Associated Press'],
    ['the new york times', 'The New York Times'],
    ['NYT', 'The New York Times'],
    ['FT', 'Financial Times'],
    ['WSJ', 'The Wall Street Journal'],
    ['Agence France Presse', 'Agence France-Presse'],
    ['VOA', 'Voice of America'],
    ['RFE/RL', 'Radio Free Europe/Radio Liberty'],
    ['BBC News', 'BBC'],
    ['TheWrap', 'The Wrap'],
    ['E! Online', 'E! News'],
    ['Xinhua', 'Xinhua News Agency'],
    ["CNN's", 'CNN'],
    ['CNN’s', 'CNN'],
    ["Reuters'", 'Reuters'],
    ['Barron’s', "Barron's"],
    ["People's Daily", "People's Daily"],
    ['  Financial   Times ', 'Financial Times'],
    ['the Times', 'The Times'],
    ['The Hill', 'The Hill'],
    ['ft.com', 'Financial Times'],
  ])('%s -> %s', (input, name) => {
    expect(outletByName(input)?.name).toBe(name);
  });

  test.each(['ap', 'Ap', 'nyt', 'wsj', 'afp', 'the Post', 'Times', 'Hill', 'Atlantic', 'Washington', 'Fox', 'Sun', '', 'John Smith'])(
    'no outlet for %j',
    (input) => {
      expect(outletByName(input)).toBeNull();
    },
  );
});

describe('canonicalOutletName', () => {
  test.each([
    ['AP', 'The Associated Press'],
    ['the FT', 'Financial Times'],
    ["CNN's", 'CNN'],
    ['the Wrap', 'The Wrap'],
    ["the  Daily Northwestern's", 'Daily Northwestern'],
    ['The Sioux City Journal', 'Sioux City Journal'],
    ['“the Kyiv Weekly”', 'Kyiv Weekly'],
    ['Reuters’', 'Reuters'],
  ])('%s -> %s', (input, name) => {
    expect(canonicalOutletName(input)).toBe(name);
  });
});
