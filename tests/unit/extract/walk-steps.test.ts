/**
 * The resumable walk (the extension reads a page in slices) must read exactly what the one-go
 * walk reads, wherever it pauses.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findArticles, finishPage, GAZETTEER_NAMES, scanPageInSteps } from '../../../extract/index.ts';
import { fixture, linkedomDocument } from './dom.ts';

const URL_OF_PAGE = 'https://news.example.org/story';

/** Runs the walk to the end, pausing at every check; returns the page and how often it paused. */
function inSteps(html: string) {
  const doc = linkedomDocument(html);
  const steps = scanPageInSteps(doc, { url: URL_OF_PAGE }, () => true);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { page: finishPage(step.value, GAZETTEER_NAMES), pauses, doc };
    pauses++;
  }
}

describe('the walk in steps', () => {
  it('finds the same articles, text and segments as the walk in one go, on every fixture', () => {
    const dir = fileURLToPath(new URL('../../fixtures/extract/', import.meta.url));
    for (const name of ['seed-up-china-russia-cooperation.html', ...readdirSync(dir).map((n) => `extract/${n}`)]) {
      const html = fixture(name);
      const { page, doc } = inSteps(html);
      const direct = findArticles(doc, { url: URL_OF_PAGE });
      expect(page.metadata, name).toEqual(direct.metadata);
      expect(page.articles.map((a) => [a.text, a.segments.map((s) => [s.start, s.end, s.offset, s.node.data])]), name).toEqual(
        direct.articles.map((a) => [a.text, a.segments.map((s) => [s.start, s.end, s.offset, s.node.data])]),
      );
    }
  });

  it('pauses on a big page and still reads all of it', () => {
    const paragraphs = Array.from(
      { length: 600 },
      (_, i) =>
        `<p>Paragraph <b>${i}</b> of the story, in which the council said the harbour would reopen after repairs to the quay, ` +
        `and the ferries would run on the usual timetable${i % 10 === 0 ? ` (<a href="/x${i}">details</a>)` : ''}.</p>`,
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Big</title></head><body><article><h1>Big story</h1>${paragraphs}</article></body></html>`;
    const { page, pauses, doc } = inSteps(html);
    expect(pauses).toBeGreaterThan(5);
    expect(page.articles[0].body).toContain('Paragraph 599 of the story');
    const direct = findArticles(doc, { url: URL_OF_PAGE });
    expect(page.articles[0].links).toEqual(direct.articles[0].links);
    expect(page.articles[0].text).toBe(direct.articles[0].text);
  });
});
