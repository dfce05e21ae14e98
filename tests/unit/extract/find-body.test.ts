import { afterAll, describe, expect, it } from 'vitest';
import { findArticles } from '../../../extract/index.ts';
import { PARSERS, closeHappyWindows, fixture, segmentProblems } from './dom.ts';

afterAll(closeHappyWindows);

describe.each(PARSERS)('finding the body (%s)', (_name, parse) => {
  const find = (name: string) => {
    const doc = parse(fixture(`extract/${name}`));
    const before = doc.documentElement.outerHTML;
    const page = findArticles(doc);
    // No finding may change the page.
    expect(doc.documentElement.outerHTML).toBe(before);
    for (const a of page.articles) expect(segmentProblems(a)).toEqual([]);
    return page;
  };

  it('follows JSON-LD articleBody to the paragraphs it holds, past an unmarked box between them', () => {
    const page = find('json-ld-guided.html');
    const [a] = page.articles;
    expect(a.body.split('\n\n')).toEqual([
      'The harbour council voted on Tuesday to build a flood barrier across the mouth of the estuary, ending a decade of debate.',
      "The barrier will cost an estimated forty million pounds and take four years to finish, according to the council's own figures.",
      'Residents of the lower town, whose homes flooded twice last winter, packed the public gallery for the vote.',
    ]);
    expect(a.title).toBe('Harbour council approves flood barrier');
  });

  it('prefers the element marked itemprop=articleBody', () => {
    const [a] = find('itemprop-body.html').articles;
    expect(a.root.getAttribute('itemprop')).toBe('articleBody');
    expect(a.body).toMatch(/^The new bridge over the river opened/);
    expect(a.body).not.toContain('Long closing box');
    expect(a.body.split('\n\n')).toHaveLength(3);
  });

  it('reads an <article> with its block quote, without the header links and footer', () => {
    const page = find('article-tag.html');
    const [a] = page.articles;
    expect(a.title).toBe('Village fete raises record sum');
    expect(a.body.split('\n\n')).toEqual([
      'The summer fete in the village of Marsh End raised more than twelve thousand pounds for the local school this weekend, a record for the event.',
      'Organisers said the dog show and the cake stall were the most popular attractions, with queues forming before the gates opened at ten.',
      'We have never seen crowds like it, and the weather held all day.',
      'The money will pay for a new library at the school, which currently shares a room with the dining hall.',
    ]);
  });

  it('scores its way to the body, keeping the list and leaving out caption, share bar, related links, comments and sidebar', () => {
    const [a] = find('scoring-fallback.html').articles;
    expect(a.title).toBe('Rail strike called off after late talks');
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^A national rail strike planned for Friday/);
    expect(paragraphs).toContain('Services on all lines will run to the normal timetable on Friday.');
    expect(paragraphs).toContain('Tickets bought for alternative dates remain valid, the operators said.');
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^The dispute, which began last autumn/);
    expect(paragraphs).toHaveLength(6);
    for (const junk of ['Photograph', 'Share', 'Related stories', 'Rail fares to rise', 'About time too', 'Comments', 'Most read', 'Sources say', 'Reportedly', 'Sign up', 'All rights reserved', 'Politics']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('keeps the standfirst under the headline as the first paragraph, without the byline', () => {
    const [a] = find('standfirst.html').articles;
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs[0]).toBe('The penalty is the largest of its kind, and more cases are coming, officials say.');
    expect(paragraphs[1]).toMatch(/^A water company has been fined/);
    expect(a.body).not.toContain('Jo Reyes');
  });

  it('keeps to the <article> with the headline, not the story cards beside it', () => {
    const [a] = find('article-and-cards.html').articles;
    expect(a.root.localName).toBe('article');
    expect(a.body.split('\n\n')).toHaveLength(3);
    for (const card of ['bus route', 'swimming pool', 'planted']) expect(a.body).not.toContain(card);
  });

  it('ends the article at a "Stories chosen for you" heading in its container, not at a promo box among its paragraphs', () => {
    const [a] = find('more-stories.html').articles;
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The island ferry will run again/);
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^The first crossing leaves the mainland/);
    expect(paragraphs).toHaveLength(4);
    for (const other of ['Stories chosen for you', 'cycle path', 'sports centre', 'mackerel', 'Related stories']) expect(a.text).not.toContain(other);
  });

  it('says a home page is not an article', () => {
    const page = find('home-page.html');
    expect(page.isArticle).toBe(false);
    expect(page.articles).toEqual([]);
    expect(page.reason).toMatch(/home page|links/i);
  });

  it('returns each full article of a page of stacked stories, the main one first, and no teaser', () => {
    const page = find('stacked-stories.html');
    expect(page.articles.map((a) => a.title)).toEqual(['Orchard growers report bumper apple harvest', 'Ferry timetable to change for the winter']);
    const [orchard, ferry] = page.articles;
    expect(orchard.body).toMatch(/^Apple growers across the county/);
    expect(orchard.body).not.toContain('ferry');
    expect(ferry.body).toMatch(/^The island ferry will move/);
    expect(ferry.body).not.toContain('Apple');
    expect(page.articles.some((a) => a.text.includes('teaser'))).toBe(false);
  });
});

describe.each(PARSERS)('text rules (%s)', (_name, parse) => {
  const [a] = findArticles(parse(fixture('extract/text-rules.html'))).articles;
  const paragraphs = a.body.split('\n\n');

  it('folds whitespace and keeps inline elements inside their paragraph', () => {
    expect(a.title).toBe('Text rules headline');
    expect(paragraphs[0]).toBe('Inline links, emphasis and strong text do not break a paragraph.');
  });

  it('turns <br> into a line break', () => {
    expect(paragraphs[1]).toBe('Line one\nline two');
  });

  it('drops hidden elements, scripts, noscript, templates and figures', () => {
    expect(paragraphs[2]).toBe('Hidden parts: gone.');
    for (const s of ['HIDDEN', 'SCRIPT_TEXT', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'color: red']) expect(a.text).not.toContain(s);
  });

  it('folds a no-break space like any other', () => {
    expect(paragraphs[3]).toMatch(/^Non breaking and a final paragraph/);
  });

  it('keeps the DOM segments exact through folding', () => {
    expect(segmentProblems(a)).toEqual([]);
    const link = a.links[0];
    expect(a.text.slice(link.start, link.end)).toBe('links');
    expect(link.href).toBe('https://example.com/a');
  });
});
