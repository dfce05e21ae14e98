import { describe, expect, it, test } from 'vitest';
import { findOutletMentions } from '../../../engine/outlets/index.ts';

/** "[matched text|outlet name]" for each mention, to compare whole results at a glance. */
function mentions(text: string): string[] {
  return findOutletMentions(text).map((m) => `${text.slice(m.start, m.end)}|${m.outlet.name}`);
}

describe('findOutletMentions: sentences that name an outlet', () => {
  test.each([
    ['Source: Financial Times, as reported by European Pravda.', ['Financial Times|Financial Times', 'European Pravda|European Pravda']],
    ['Officials recently told Politico that the talks had stalled.', ['Politico|Politico']],
    ['according to the Financial Times, which first reported it', ['the Financial Times|Financial Times']],
    ['The Associated Press reported on Monday.', ['The Associated Press|The Associated Press']],
    ['WASHINGTON (AP) — The Senate voted.', ['AP|The Associated Press']],
    ['the AP reported', ['the AP|The Associated Press']],
    ['AFP said the convoy had left.', ['AFP|Agence France-Presse']],
    ['Agence France Presse said', ['Agence France Presse|Agence France-Presse']],
    ['KYIV (Reuters) - Ukraine said', ['Reuters|Reuters']],
    ['REUTERS - shares fell', ['REUTERS|Reuters']],
    ['the Chicago Tribune published an interview', ['the Chicago Tribune|Chicago Tribune']],
    ['as the Washington Post reported', ['the Washington Post|The Washington Post']],
    ['a report in The New York Times', ['The New York Times|The New York Times']],
    ['the NYT and the WSJ both ran it', ['the NYT|The New York Times', 'the WSJ|The Wall Street Journal']],
    ['according to the Wrap.', ['the Wrap|The Wrap']],
    ['TheWrap first reported the deal', ['TheWrap|The Wrap']],
    ['E! News confirmed', ['E! News|E! News']],
    ['he told E! Online', ['E! Online|E! News']],
    ['NBC 4 New York reported that police', ['NBC 4 New York|NBC 4 New York']],
    ['told NBC News on Sunday', ['NBC News|NBC News']],
    ['Ms. Haley told CBS.', ['CBS|CBS']],
    ['told VOA Pentagon correspondent Carla Babb', ['VOA|Voice of America']],
    ['reported by Xinhua News Agency', ['Xinhua News Agency|Xinhua News Agency']],
    ['state news agency Xinhua said', ['Xinhua|Xinhua News Agency']],
    ['RFE/RL reported', ['RFE/RL|Radio Free Europe/Radio Liberty']],
    ['Radio Free Europe/Radio Liberty reported', ['Radio Free Europe/Radio Liberty|Radio Free Europe/Radio Liberty']],
    ['told the Sioux Falls Argus Leader', ['the Sioux Falls Argus Leader|Argus Leader']],
    ['the Indianapolis Star reported', ['the Indianapolis Star|The Indianapolis Star']],
    ['Slate and Recode wrote', ['Slate|Slate', 'Recode|Recode']],
    ['told Business Insider in October', ['Business Insider|Business Insider']],
    // A web address's ending belongs to the mention; a full stop and a capital do not.
    ['Philstar.com quoted a source', ['Philstar.com|The Philippine Star']],
    ['as Rappler.com reported', ['Rappler.com|Rappler']],
    ['he told Reuters. Com shares fell', ['Reuters|Reuters']],
    ['Legend told the BBC.', ['the BBC|BBC']],
    ['said on BBC News', ['BBC News|BBC']],
    ["Barron's reported", ["Barron's|Barron's"]],
    ['a Deutsche Presse-Agentur report', ['Deutsche Presse-Agentur|Deutsche Presse-Agentur']],
    ['news agency dpa reported', ['dpa|Deutsche Presse-Agentur']],
    ['The Hollywood Reporter and Deadline Hollywood', ['The Hollywood Reporter|The Hollywood Reporter', 'Deadline Hollywood|Deadline']],
    ['the Washington Post-ABC News poll', ['the Washington Post|The Washington Post', 'ABC News|ABC News']],
    ['The Times of India reported', ['The Times of India|The Times of India']],
    ['Fox News and MSNBC', ['Fox News|Fox News', 'MSNBC|MSNBC']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('findOutletMentions: sentences that must not produce a mention', () => {
  test.each([
    'Washington said it would respond.',
    'Fox said nothing; the fox ran off.',
    'Sun rose over the hills.',
    'the post was empty and the times were hard',
    'he sent an ap to the server',
    'The Department of Justice and the White House',
    'We waited in the Times Square crowd.',
    'a letter from the Post Office',
    'the sun was out on the hill',
    'people said the deadline had passed, a time of great variety',
    'Michael Bloomberg gave money.',
    'US officials said.',
    'the Atlantic Ocean',
    'The Atlantic Council said',
    'an independent review',
    'follow @ABC and #CNN for updates',
    'thanks to Delicious_Vice and Emissary_of_Stuff',
    'a (N + 0) situation',
  ])('%s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('short forms', () => {
  it('resolves "the Post" only after a full mention', () => {
    expect(mentions('the Post said')).toEqual([]);
    const text = 'The Washington Post reported it. Later the Post said more.';
    const ms = findOutletMentions(text);
    expect(ms.map((m) => m.via)).toEqual(['name', 'short-form']);
    expect(ms[1]!.outlet.name).toBe('The Washington Post');
    expect(text.slice(ms[1]!.start, ms[1]!.end)).toBe('the Post');
  });

  it('picks the most recently named outlet that uses the short form', () => {
    const text = 'The New York Post and then The Washington Post wrote; the Post said.';
    expect(findOutletMentions(text).at(-1)!.outlet.name).toBe('The Washington Post');
    const other = 'The Washington Post and then the New York Post wrote; the Post said.';
    expect(findOutletMentions(other).at(-1)!.outlet.name).toBe('New York Post');
  });

  it('counts an alias as the first mention', () => {
    expect(mentions('WSJ reported. The Journal added.')).toEqual([
      'WSJ|The Wall Street Journal',
      'The Journal|The Wall Street Journal',
    ]);
  });

  it('does not fire before a capitalised word', () => {
    expect(mentions('The Washington Post reported. the Post Office closed.')).toEqual([
      'The Washington Post|The Washington Post',
    ]);
  });

  it('prefers a longer full name over a short form', () => {
    expect(mentions('The New York Times said; the Times of India said.')).toEqual([
      'The New York Times|The New York Times',
      'the Times of India|The Times of India',
    ]);
  });
});

describe('case rules', () => {
  test.each([
    ['AP', 1],
    ['Ap', 0],
    ['ap', 0],
    ['AFP', 1],
    ['afp', 0],
    ['CNN', 1],
    ['Cnn', 0],
    ['BBC', 1],
    ['bbc', 0],
  ])('acronym %s matches %i time(s)', (form, n) => {
    expect(findOutletMentions(`reported by ${form} today`)).toHaveLength(n);
  });

  it('needs a capital on capitalised names', () => {
    expect(mentions('the new york times')).toEqual([]);
    expect(mentions('NEW YORK TIMES')).toEqual(['NEW YORK TIMES|The New York Times']);
  });

  it('does not read two-letter capitals as a capitalised name', () => {
    expect(mentions('US officials and Us Weekly')).toEqual(['Us Weekly|Us Weekly']);
  });
});

describe('possessives', () => {
  test.each([
    ["CNN's Jake Tapper", 'CNN', 'CNN'],
    ['CNN’s anchor', 'CNN', 'CNN'],
    ["Reuters' report", 'Reuters', 'Reuters'],
    ["the Financial Times's editor", 'the Financial Times', 'Financial Times'],
    ["as WSJ's Yuka Hayashi wrote", 'WSJ', 'The Wall Street Journal'],
    ["Bloomberg News' reporters", 'Bloomberg News', 'Bloomberg'],
  ])('%s', (text, span, name) => {
    const [m] = findOutletMentions(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(span);
    expect(m!.outlet.name).toBe(name);
  });

  it('keeps a name that contains an apostrophe', () => {
    expect(mentions('Barron’s reported')).toEqual(['Barron’s|Barron\'s']);
  });
});

describe('ambiguous names', () => {
  test.each([
    ['Time reported that', 'Time', true],
    ['People magazine said', 'People', false],
    ['told Variety on Monday', 'Variety', true],
    ['Deadline reported', 'Deadline', true],
    ['Deadline Hollywood reported', 'Deadline', false],
    ['The Hill reported', 'The Hill', true],
    ['according to Bloomberg', 'Bloomberg', true],
    ['according to Bloomberg News', 'Bloomberg', false],
    ['Politico reported', 'Politico', false],
    ['told Us that', 'Us Weekly', true],
    ['told Us Weekly that', 'Us Weekly', false],
    ['Las Vegas, NV, is hot', 'NV', true],
    ['Per Bloomberg, the deal is off', 'Bloomberg', true],
    ['Citing Variety, the studio said', 'Variety', true],
    ['Japan’s Nikkei futures rose', 'Nikkei', true],
    ['a CCTV camera filmed it', 'China Central Television', true],
    ['told CCTV on Monday', 'China Central Television', true],
    ["People's report said", 'People', true],
  ])('%s', (text, name, ambiguous) => {
    const ms = findOutletMentions(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.outlet.name).toBe(name);
    expect(ms[0]!.ambiguous).toBe(ambiguous);
  });

  test.each([
    'Michael Bloomberg said',
    'Mr. Bloomberg said',
    'Time Warner said',
    'Steve Forbes said',
    'a Fortune 500 company',
    'Time-Weighted Return',
    "the People's Liberation Army",
    "China's People's Republic",
    'Evan Spiegel said',
  ])(
    'reads "%s" as a person or company, not an outlet',
    (text) => {
      expect(findOutletMentions(text)).toEqual([]);
    },
  );
});

describe('spans and order', () => {
  it('returns mentions left to right, without overlap', () => {
    const text = 'Reuters, then the AP, then The New York Times, then CNN and Fox News.';
    const ms = findOutletMentions(text);
    expect(ms.map((m) => m.outlet.name)).toEqual([
      'Reuters',
      'The Associated Press',
      'The New York Times',
      'CNN',
      'Fox News',
    ]);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it('does not join a name across a paragraph break', () => {
    expect(mentions('in New York\n\nTimes change')).toEqual([]);
    expect(mentions('the New York\nTimes said')).toEqual(['the New York\nTimes|The New York Times']);
  });

  it('handles empty and odd input', () => {
    expect(findOutletMentions('')).toEqual([]);
    expect(findOutletMentions('!!! ... ---')).toEqual([]);
    expect(findOutletMentions('\uD83D\uDE00 Reuters \uD83D')).toHaveLength(1);
  });
});

describe('linear time', () => {
  // A backtracking or quadratic matcher would not finish on these within the test timeout;
  // the assertions check the results are still right at the end of the input.
  it('handles 1,000,000 characters of repeated name prefixes', () => {
    const unit = 'New York Agence France the the Radio Free RFE/ Wall Street Washington ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)) + ' The New York Times';
    expect(text.length).toBeGreaterThan(1_000_000);
    const ms = findOutletMentions(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.outlet.name).toBe('The New York Times');
    expect(ms[0]!.end).toBe(text.length);
  });

  it('handles 1,000,000 characters of back-to-back mentions', () => {
    const unit = 'CNN, the AP; ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const ms = findOutletMentions(text);
    expect(ms).toHaveLength(2 * Math.ceil(1_000_000 / unit.length));
  });

  it('handles 1,000,000 characters without spaces', () => {
    const text = 'A'.repeat(1_000_000) + ' AP';
    expect(mentions(text)).toEqual(['AP|The Associated Press']);
  });
});

describe('trie depth', () => {
  // The linear bound is (trie depth) x (text length): a form with many tokens would raise it.
  it('keeps every written form within a few tokens', async () => {
    const { compileGazetteer } = await import('../../../engine/outlets/compile.ts');
    const { OUTLETS } = await import('../../../engine/outlets/index.ts');
    expect(compileGazetteer(OUTLETS).maxDepth).toBeLessThanOrEqual(8);
  });
});
