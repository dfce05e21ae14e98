import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LINE, BYLINE_LINE } from '../../../extract/hints.ts';

describe('boilerplate lines', () => {
  it.each(['Advertisement', 'Read more: Rail fares rise', 'Related stories', 'Related: The 15 weirdest galaxies', 'See also', 'Share this article', 'Getty Images', '* * *', '—'])(
    '"%s" is page furniture',
    (line) => {
      expect(BOILERPLATE_LINE.test(line)).toBe(true);
    },
  );

  it.each([
    'More than 200 people were evacuated.',
    'Related issues were raised at the hearing.',
    'любая рыба (и морская и речная)',
    '他说，这是一个好消息。',
    'Recommended by the committee, the plan passed.',
  ])('"%s" is text', (line) => {
    expect(BOILERPLATE_LINE.test(line)).toBe(false);
  });
});

describe('byline lines', () => {
  it.each(['By Jo Reyes', 'Updated 4:05 PM', 'Published on May 2, 2024', 'Nov. 19, 2019 at 8:40 AM'])('"%s" is a byline or timestamp', (line) => {
    expect(BYLINE_LINE.test(line)).toBe(true);
  });

  it.each(['Bystanders said the fire spread quickly.', 'Officials said the vote would be held on May 2.'])('"%s" is text', (line) => {
    expect(BYLINE_LINE.test(line)).toBe(false);
  });
});
