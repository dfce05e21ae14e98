/**
 * A popup report built by hand in the engine's shapes (not engine output), for rendering tests.
 */
import type { Analysis, Finding } from '../../../engine/types.ts';
import type { PageReport, TabState } from '../../../utils/tab-state.ts';

const title = 'US concerned about growing cooperation';
const body =
  'According to three unnamed officials, Blinken warned allies. The Biden administration is reportedly concerned. The Financial Times reported that this is a strong warning.';
export const text = `${title}\n\n${body}`;

function finding(category: Finding['category'], phrase: string, source: string, explanation = ''): Finding {
  const start = text.indexOf(phrase);
  const sentenceStart = text.lastIndexOf('.', start) + 1 || title.length + 2;
  const sentenceEnd = text.indexOf('.', start + phrase.length) + 1;
  return {
    category,
    text: phrase,
    start,
    end: start + phrase.length,
    rule: `test-${category}`,
    explanation,
    source,
    sentence: { start: Math.max(sentenceStart, title.length + 2), end: sentenceEnd },
  };
}

export const findings: Finding[] = [
  finding('anonymous', 'three unnamed officials', 'three unnamed officials'),
  finding('hedge', 'reportedly', 'reportedly', 'Nobody named stands behind "reportedly".'),
  finding('secondhand', 'The Financial Times reported', 'Financial Times'),
];

export const analysis: Analysis = {
  text,
  language: { code: 'en', supported: true },
  findings,
  outlets: ['Financial Times', 'European Pravda'],
  chains: [
    {
      nodes: [
        { label: 'Financial Times', kind: 'outlet', href: 'https://www.ft.com/' },
        { label: 'European Pravda', kind: 'outlet', href: 'javascript:alert(1)' },
        { label: 'Ukrainska Pravda', kind: 'publisher' },
      ],
      weight: 1,
      findings: [2],
    },
    {
      nodes: [
        { label: 'three unnamed officials', kind: 'anonymous' },
        { label: 'Financial Times', kind: 'outlet' },
        { label: 'European Pravda', kind: 'outlet' },
        { label: 'Ukrainska Pravda', kind: 'publisher' },
      ],
      weight: 3,
      findings: [0, 2],
    },
  ],
  summary: {
    counts: { anonymous: 1, secondhand: 1, hedge: 1, named: 2 },
    namedShare: 2 / 3,
    anonymousShare: 1 / 3,
    outlets: ['Financial Times'],
    words: 30,
    rating: { score: 41, label: 'Mixed', reason: 'One anonymous source and two relayed reports.', factors: [] },
  },
};

export const report: PageReport = {
  url: 'https://www.pravda.com.ua/eng/news/x/',
  metadata: {
    title: `${title} | Ukrainska Pravda`,
    publisher: 'Ukrainska Pravda',
    byline: null,
    published: null,
    url: null,
    language: 'en',
    basedOn: [],
    policyUrl: 'https://www.pravda.com.ua/eng/about/standards/',
  },
  articles: [{ title, analysis, onPage: [true, true, false] }],
  flagged: 3,
  shown: ['anonymous', 'secondhand', 'hedge'],
  nativeHighlights: true,
  auditedAt: '2025-11-29T10:00:00.000Z',
  practice: null,
};

export const annotated: TabState = { kind: 'annotated', report };
