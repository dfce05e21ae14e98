import { afterAll, describe, expect, it } from 'vitest';
import { findArticles } from '../../../extract/index.ts';
import { PARSERS, closeHappyWindows, fixture, segmentProblems } from './dom.ts';

const html = fixture('seed-up-china-russia-cooperation.html');
afterAll(closeHappyWindows);

describe.each(PARSERS)('reference page (%s)', (_name, parse) => {
  const doc = parse(html);
  const before = doc.documentElement.outerHTML;
  const page = findArticles(doc, { url: 'https://www.pravda.com.ua/eng/news/2024/04/6/7450000/' });
  const [article] = page.articles;

  it('finds one article with the DOM headline', () => {
    expect(page.isArticle).toBe(true);
    expect(page.reason).toBeNull();
    expect(page.articles).toHaveLength(1);
    expect(article.title).toBe('US concerned about growing cooperation between China and Russia');
    expect(article.text).toBe(`${article.title}\n\n${article.body}`);
  });

  it('holds the article paragraphs and list items', () => {
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Allegations have been made that US Secretary of State Antony Blinken/);
    expect(paragraphs).toContain('Source: Financial Times, as reported by European Pravda');
    expect(paragraphs).toContain('The Biden administration is reportedly particularly concerned about the provision of fuel for missiles.');
    expect(paragraphs).toContain('Background:');
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^The officials said this message was reinforced/);
    expect(article.body).toContain('Officials recently told Politico that China is attempting');
    expect(paragraphs).toHaveLength(13); // nine paragraphs, "Background:", three list items
  });

  it('leaves out the sidebar, the caption, the date line and the support box', () => {
    for (const decoy of ['sources say', 'Reportedly, new aid package', 'Latest news', 'Photo: Getty Images', 'Support UP', 'Support Us', 'Saturday, 6 April 2024', '©']) {
      expect(article.text).not.toContain(decoy);
    }
  });

  it('keeps DOM segments for every character taken from the page', () => {
    expect(segmentProblems(article)).toEqual([]);
    expect(article.segments[0]).toMatchObject({ start: 0, offset: 0 });
  });

  it('records links in text offsets', () => {
    const ft = article.links.find((l) => l.href === 'https://www.ft.com/');
    expect(ft).toBeDefined();
    expect(article.text.slice(ft!.start, ft!.end)).toBe('Financial Times');
    const ep = article.links.find((l) => l.href.startsWith('https://www.eurointegration.com.ua'));
    expect(article.text.slice(ep!.start, ep!.end)).toBe('European Pravda');
  });

  it('reads the metadata', () => {
    expect(page.metadata).toMatchObject({
      title: 'US concerned about growing cooperation between China and Russia',
      publisher: 'Ukrainska Pravda',
      published: '2024-04-06T11:06:00+03:00',
      url: 'https://www.pravda.com.ua/eng/news/2024/04/6/7450000/',
      language: 'en',
      basedOn: ['https://www.ft.com/'],
      policyUrl: null,
    });
  });

  it('leaves the document unchanged', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('both DOMs', () => {
  it('give the same text for the same page', () => {
    const [a, b] = PARSERS.map(([, parse]) => findArticles(parse(html)).articles[0]);
    expect(a.text).toBe(b.text);
    expect(a.segments.map((s) => [s.start, s.end, s.offset])).toEqual(b.segments.map((s) => [s.start, s.end, s.offset]));
  });
});
