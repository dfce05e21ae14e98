import { describe, expect, it } from 'vitest';
import { findArticles } from '../../../extract/index.ts';
import { parseJsonLd, readJsonLd } from '../../../extract/json-ld.ts';
import { isoDate, readableHost } from '../../../extract/metadata.ts';
import { fixture, linkedomDocument } from './dom.ts';

const page = (head: string, body = '<p>Text.</p>', htmlAttrs = '') =>
  findArticles(linkedomDocument(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`), {
    url: 'https://www.example-news.com/a/b',
  });

describe('metadata', () => {
  it('takes JSON-LD first, resolving @graph and @id references, and survives a broken script', () => {
    const { metadata } = findArticles(linkedomDocument(fixture('extract/metadata-precedence.html')));
    expect(metadata).toEqual({
      title: 'Headline from JSON-LD',
      publisher: 'Example News',
      byline: 'Ana Lima, Ben Okafor',
      published: '2024-05-01T10:30:00+02:00',
      url: 'https://news.example.org/2024/05/story',
      language: 'fr-FR',
      basedOn: ['https://www.ft.com/content/abc', 'https://www.reuters.com/x', 'European Pravda'],
      policyUrl: 'https://news.example.org/anonymous-sources',
    });
  });

  it('falls back from JSON-LD to og:site_name to the host name for the publisher', () => {
    expect(page('<script type="application/ld+json">{"@type":"Article","publisher":{"name":"LD Name"}}</script><meta property="og:site_name" content="OG Name">').metadata.publisher).toBe('LD Name');
    expect(page('<meta property="og:site_name" content="OG Name">').metadata.publisher).toBe('OG Name');
    expect(page('').metadata.publisher).toBe('Example-news');
  });

  it('does not take a headline put in application-name for the site\'s name', () => {
    expect(page('<meta name="application-name" content="This Is Your Brain On Sad Movies; Plus 5 Films To Cry To">').metadata.publisher).toBe('Example-news');
    expect(page('<meta name="application-name" content="Example Daily">').metadata.publisher).toBe('Example Daily');
  });

  it('takes the declared name that is the site\'s own when JSON-LD names the wire that wrote the story', () => {
    const syndicated = (url: string) =>
      findArticles(
        linkedomDocument(
          '<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Associated Press"}}</script>' +
            '<meta property="og:site_name" content="San Antonio Express-News"></head><body><p>Text.</p></body></html>',
        ),
        { url },
      ).metadata.publisher;
    expect(syndicated('https://www.mysanantonio.com/sports/article/story.php')).toBe('San Antonio Express-News');
    // A site the gazetteer does not know is not the wire's own (the gazetteer knows the wire's
    // domains), so the other declared name is the site's.
    expect(syndicated('https://www.example-news.com/a/b')).toBe('San Antonio Express-News');
    // On the wire's own site its name stands.
    expect(syndicated('https://apnews.com/article/story')).toBe('The Associated Press');
  });

  it('falls back to og:url and then the page URL, and to og:locale and JSON-LD for the language', () => {
    expect(page('<meta property="og:url" content="https://x.org/og">').metadata.url).toBe('https://x.org/og');
    expect(page('').metadata.url).toBe('https://www.example-news.com/a/b');
    expect(page('<meta property="og:locale" content="pt_BR">').metadata.language).toBe('pt-BR');
    expect(page('<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"uk"}</script>').metadata.language).toBe('uk');
    expect(page('').metadata.language).toBeNull();
  });

  it('reads the policy from the article when the publisher has none, and publishingPrinciples as a fallback', () => {
    const ld = '<script type="application/ld+json">[{"@type":"BlogPosting","publishingPrinciples":{"url":"/ethics"}}]</script>';
    expect(page(ld).metadata.policyUrl).toBe('https://www.example-news.com/ethics');
  });

  it('strips the site name from a <title> when nothing better names the headline', () => {
    expect(page('<title>Storm closes schools | Example News</title><meta property="og:site_name" content="Example News">').metadata.title).toBe('Storm closes schools');
  });

  it('does not throw on malformed JSON-LD of any shape', () => {
    for (const bad of ['{', '[1,2', 'null', '"text"', '{"@graph": 5}', '{"@type": 7, "publisher": [null, 3]}', '<!-- -->']) {
      expect(() => page(`<script type="application/ld+json">${bad}</script>`)).not.toThrow();
    }
  });
});

describe('JSON-LD repairs', () => {
  it('reads JSON with raw line breaks in strings and trailing commas', () => {
    expect(parseJsonLd('{"@type":"NewsArticle","headline":"Two\nlines",}')).toEqual({ '@type': 'NewsArticle', headline: 'Two lines' });
    expect(parseJsonLd('not json at all')).toBeNull();
  });

  it('finds the article entity inside arrays and graphs', () => {
    const info = readJsonLd(['[{"@type":"WebPage"},{"@graph":[{"@type":"schema:ReportageNewsArticle","headline":"H","articleBody":"B"}]}]']);
    expect(info.article?.headline).toBe('H');
  });
});

describe('helpers', () => {
  it.each([
    ['www.theverge.com', 'Theverge'],
    ['news.example.co.uk', 'Example'],
    ['localhost', 'Localhost'],
  ])('readableHost(%s) = %s', (host, name) => {
    expect(readableHost(host)).toBe(name);
  });

  it('keeps ISO dates and converts others', () => {
    expect(isoDate('2024-05-01T10:30:00+02:00')).toBe('2024-05-01T10:30:00+02:00');
    expect(isoDate('Wed, 01 May 2024 08:30:00 GMT')).toBe('2024-05-01T08:30:00.000Z');
    expect(isoDate('yesterday')).toBeNull();
  });
});
