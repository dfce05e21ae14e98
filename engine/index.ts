// Placeholder: the analysis pipeline is being written. The signature is the contract.
import type { Analysis, ArticleInput } from './types.ts';
export * from './types.ts';

export function analyzeArticle(input: ArticleInput): Analysis {
  const text = input.title + '\n\n' + input.body;
  return {
    text,
    language: { code: 'en', supported: true },
    findings: [],
    outlets: [],
    chains: [],
    summary: {
      counts: { anonymous: 0, secondhand: 0, hedge: 0, named: 0 },
      namedShare: null,
      anonymousShare: null,
      outlets: [],
      words: 0,
      rating: { score: 0, label: 'Unrated', reason: '', factors: [] },
    },
  };
}
