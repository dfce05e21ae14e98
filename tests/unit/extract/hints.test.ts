import { describe, expect, it } from 'vitest';
import { HINT_NEGATIVE, HINT_POSITIVE, HINT_WEAK_NEGATIVE, hintBits } from '../../../extract/hints.ts';

describe('class and id hints', () => {
  it.each(['share-bar', 'post_comments x', 'related-links', 'sr-only', 'visuallyHidden', 'mostRead', 'newsletter signup', 'ad'])(
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
