import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../engine/index.ts';

describe('engine contract', () => {
  it('analyses title and body as one text', () => {
    expect(analyzeArticle({ title: 'T', body: 'B', publisher: 'P' }).text).toBe('T\n\nB');
  });
});
