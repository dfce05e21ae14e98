import { describe, expect, it } from 'vitest';
import { HINT_NEGATIVE, HINT_POSITIVE, HINT_WEAK_NEGATIVE, MORE_STORIES_HEADING, hintBits } from '../../../extract/hints.ts';

describe('class and id hints', () => {
  it.each(['share-bar', 'post_comments x', 'related-links', 'sr-only', 'visuallyHidden', 'mostRead', 'newsletter signup', 'ad', 'legends', 'photo-legend'])(
    '%s reads as boilerplate',
    (value) => {
      expect(hintBits(value) & HINT_NEGATIVE).toBe(HINT_NEGATIVE);
    },
  );

  it.each(['elementor-widget-container', 'widget'])('%s is a weak boilerplate hint', (value) => {
    expect(hintBits(value) & (HINT_NEGATIVE | HINT_WEAK_NEGATIVE)).toBe(HINT_WEAK_NEGATIVE);
  });

  it.each(['storyBody', 'article-content', 'entry_text', 'post'])('%s reads as content', (value) => {
    expect(hintBits(value)).toBe(HINT_POSITIVE);
  });

  it.each(['shared', 'header', 'adv', 'loading', 'nav2', 'shadow'])('%s is no hint: words match whole', (value) => {
    expect(hintBits(value)).toBe(0);
  });
});

describe('headings that open the page\'s other stories', () => {
  it.each(['Stories Chosen For You', 'Related stories', 'More stories', 'You may also like', 'Most read', 'Recommended for you', 'What to read next'])(
    '%s does',
    (heading) => {
      expect(MORE_STORIES_HEADING.test(heading)).toBe(true);
    },
  );

  it.each(['More from the interview', 'Stories of survival', 'What the council decided', 'Related parties', 'Most of the town'])('%s does not', (heading) => {
    expect(MORE_STORIES_HEADING.test(heading)).toBe(false);
  });
});
