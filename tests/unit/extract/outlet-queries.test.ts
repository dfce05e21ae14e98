/**
 * The split finder (scan in the page, gazetteer answers from elsewhere, then finish) must give
 * exactly what `findArticles` gives with the gazetteer in process: the browser extension relies on
 * it to produce the CLI's metadata without loading the gazetteer in the page.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  answerOutletQueries,
  findArticles,
  finishPage,
  GAZETTEER_NAMES,
  outletNamesFrom,
  scanPage,
  scanQueries,
  type OutletNames,
} from '../../../extract/index.ts';
import { fixture, linkedomDocument } from './dom.ts';

const URL_OF_PAGE = 'https://www.nytimes.com/2024/05/01/world/story.html';

function viaAnswers(html: string, url = URL_OF_PAGE) {
  const scan = scanPage(linkedomDocument(html), { url });
  // The answers cross a message boundary: only plain data survives.
  const answers = JSON.parse(JSON.stringify(answerOutletQueries(scanQueries(scan), GAZETTEER_NAMES)));
  return finishPage(scan, outletNamesFrom(answers));
}

const page = (head: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><article><h1>Headline</h1><p>${'Officials said the plan would go ahead. '.repeat(20)}</p></article></body></html>`;

const HEADS = [
  '',
  '<meta property="og:site_name" content="NYTimes">',
  '<meta property="og:site_name" content="  The   Guardian ">',
  '<meta name="application-name" content="NYTimes">',
  '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Reuters"}}</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":"Organization","name":"AP"}]}</script>',
  '<link rel="canonical" href="https://www.ft.com/content/abc">',
  '<meta property="og:url" content="https://unknown-outlet.example/x"><meta name="al:ios:app_name" content="BBC News">',
  '<title>Story - Some Site</title>',
];

describe('outlet lookups answered elsewhere', () => {
  it('give the same page as findArticles for every kind of publisher evidence', () => {
    for (const head of HEADS) {
      const html = page(head);
      const direct = findArticles(linkedomDocument(html), { url: URL_OF_PAGE });
      const split = viaAnswers(html);
      expect(split.metadata, head).toEqual(direct.metadata);
      expect(split.articles.map((a) => a.text), head).toEqual(direct.articles.map((a) => a.text));
    }
  });

  it('give the same page as findArticles on the saved fixture pages', () => {
    const dir = fileURLToPath(new URL('../../fixtures/extract/', import.meta.url));
    const names = readdirSync(dir).filter((n) => n.endsWith('.html'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of ['seed-up-china-russia-cooperation.html', ...names.map((n) => `extract/${n}`)]) {
      const html = fixture(name);
      const direct = findArticles(linkedomDocument(html), { url: URL_OF_PAGE });
      const split = viaAnswers(html);
      expect(split.metadata, name).toEqual(direct.metadata);
      expect(split.articles.map((a) => a.text), name).toEqual(direct.articles.map((a) => a.text));
    }
  });

  it('ask for the host only when no name was declared, and look up the host outlet by name too', () => {
    const asked: string[] = [];
    const spy: OutletNames = {
      byDomain: (host) => (asked.push(`host ${host}`), host.endsWith('nytimes.com') ? 'NYT Short' : null),
      byName: (name) => (asked.push(`name ${name}`), name === 'NYT Short' ? 'The New York Times' : null),
    };
    const scan = scanPage(linkedomDocument(page('')), { url: URL_OF_PAGE });
    expect(scanQueries(scan)).toEqual({ hosts: ['www.nytimes.com'], names: ['Nytimes'] });
    const answers = answerOutletQueries(scanQueries(scan), spy);
    expect(asked).toEqual(['host www.nytimes.com', 'name Nytimes', 'name NYT Short']);
    expect(finishPage(scan, outletNamesFrom(answers)).metadata.publisher).toBe('The New York Times');

    const declared = scanPage(linkedomDocument(page('<meta property="og:site_name" content="Declared">')), { url: URL_OF_PAGE });
    expect(scanQueries(declared)).toEqual({ hosts: [], names: ['Declared'] });
  });

  it('answer a lookup nobody asked for with null rather than guessing', () => {
    const names = outletNamesFrom({ hosts: { 'a.example': 'A' }, names: {} });
    expect(names.byDomain('a.example')).toBe('A');
    expect(names.byDomain('b.example')).toBeNull();
    expect(names.byName('toString')).toBeNull();
  });
});
