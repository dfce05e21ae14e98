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
  finishPageInSteps,
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
  // A wire in JSON-LD, the site's own name in og:site_name: the site's name wins, in both paths.
  '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Associated Press"}}</script><meta property="og:site_name" content="The New York Times">',
  '<script type="application/ld+json">{"@graph":[{"@type":"Organization","name":"AP"}]}</script>',
  '<link rel="canonical" href="https://www.ft.com/content/abc">',
  '<meta property="og:url" content="https://unknown-outlet.example/x"><meta name="al:ios:app_name" content="BBC News">',
  '<title>Story - Some Site</title>',
];

describe('finishPageInSteps', () => {
  it('pauses between its stages when asked to, and decides exactly as finishPage does', () => {
    const dir = fileURLToPath(new URL('../../fixtures/extract/', import.meta.url));
    for (const name of ['seed-up-china-russia-cooperation.html', ...readdirSync(dir).filter((n) => n.endsWith('.html')).map((n) => `extract/${n}`)]) {
      const scan = scanPage(linkedomDocument(fixture(name)), { url: URL_OF_PAGE });
      const steps = finishPageInSteps(scan, GAZETTEER_NAMES, () => true);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      const whole = finishPage(scan, GAZETTEER_NAMES);
      expect(step.value, name).toEqual(whole);
      // An article page stops at least after the metadata, the scores, the body and the verdict.
      if (whole.isArticle) expect(pauses, name).toBeGreaterThanOrEqual(4);
      // Never asked to pause: it runs through in one step.
      expect(finishPageInSteps(scan, GAZETTEER_NAMES, () => false).next().done, name).toBe(true);
    }
  });
});

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

  it('ask for the host and the declared name, and look up the host outlet by name too', () => {
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

    // The host is asked even then: a declared label the gazetteer does not know may be a section.
    const declared = scanPage(linkedomDocument(page('<meta property="og:site_name" content="Declared">')), { url: URL_OF_PAGE });
    expect(scanQueries(declared)).toEqual({ hosts: ['www.nytimes.com'], names: ['Declared'] });
  });

  it('take the site’s own name over a declared label the gazetteer does not know', () => {
    // Reuters declares a section ("U.S.") as og:site_name.
    const reuters = 'https://www.reuters.com/article/us-usa-fed-idUSKBN1430G4';
    expect(viaAnswers(page('<meta property="og:site_name" content="U.S.">'), reuters).metadata.publisher).toBe('Reuters');
    // An address is not a name.
    const tmz = 'http://www.tmz.com/2015/02/26/story/';
    expect(viaAnswers(page('<meta property="og:site_name" content="http://www.tmz.com">'), tmz).metadata.publisher).toBe('TMZ');
    // A label on a site the gazetteer does not know stays.
    expect(viaAnswers(page('<meta property="og:site_name" content="Smithville Gazette">'), 'https://smithville.example/a').metadata.publisher).toBe('Smithville Gazette');
  });

  it('judge a syndicated story by the page it is on, not by its canonical original', () => {
    // On msn.com a CNN story keeps MSN as its publisher: a "told CNN" there is relayed.
    const head =
      '<meta property="og:site_name" content="MSN"><link rel="canonical" href="https://www.cnn.com/2019/11/18/health/story.html">' +
      '<meta property="og:url" content="https://www.msn.com/en-us/health/story/ar-BBWXwNX">';
    expect(viaAnswers(page(head), 'https://www.msn.com/en-us/health/story/ar-BBWXwNX').metadata.publisher).toBe('MSN');
    // A saved copy has no address of its own: og:url says where it was.
    const scan = scanPage(linkedomDocument(page(head)), {});
    const answers = answerOutletQueries(scanQueries(scan), GAZETTEER_NAMES);
    expect(finishPage(scan, outletNamesFrom(answers)).metadata.publisher).toBe('MSN');
  });

  it('answer a lookup nobody asked for with null rather than guessing', () => {
    const names = outletNamesFrom({ hosts: { 'a.example': 'A' }, names: {} });
    expect(names.byDomain('a.example')).toBe('A');
    expect(names.byDomain('b.example')).toBeNull();
    expect(names.byName('toString')).toBeNull();
  });
});
