/**
 * The taxonomy sentences (tests/fixtures/taxonomy-sentences) scored with the engine: each
 * passage is the body of an article headed "Headline" from "The Daily Ledger".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../engine/index.ts';
import { parsePassages, scorePassages, type LabelledPassage, type SentenceScore, type Span } from './sentence-score.ts';

export const SENTENCES_DIR = new URL('../tests/fixtures/taxonomy-sentences/', import.meta.url);

const TITLE = 'Headline';
const PUBLISHER = 'The Daily Ledger';

/** Every `.tsv` file in `dir`, by name. */
export function loadSentenceSets(dir: string | URL = SENTENCES_DIR): { name: string; passages: LabelledPassage[] }[] {
  // fileURLToPath, not `.pathname`: a checkout under a path with spaces is percent-encoded there.
  const path = dir instanceof URL ? fileURLToPath(dir) : dir;
  return readdirSync(path)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((name) => ({ name, passages: parsePassages(readFileSync(join(path, name), 'utf8'), name) }));
}

/** The engine's findings for one passage, with offsets into the passage. */
export function passageFindings(text: string): Span[] {
  const offset = TITLE.length + 2;
  return analyzeArticle({ title: TITLE, body: text, publisher: PUBLISHER }).findings.map((f) => ({
    category: f.category,
    start: f.start - offset,
    end: f.end - offset,
    text: f.text,
  }));
}

export function scoreSentences(passages: readonly LabelledPassage[]): SentenceScore {
  return scorePassages(passages, passageFindings);
}
