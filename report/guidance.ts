/**
 * The questions each kind of finding should prompt, for reports and practice sheets. They follow
 * established media-literacy habits, in our own words: who is the source, how do they know, are
 * they independent, is the claim verified, and can it be traced to the original (the "trace
 * claims to the original context" move of SIFT; the named-versus-anonymous test).
 */
import type { Category } from '../engine/index.ts';

export interface Guidance {
  /** Why this matters, in one sentence. */
  why: string;
  /** Questions to ask, most important first. */
  questions: string[];
}

export const GUIDANCE: Record<Category, Guidance> = {
  anonymous: {
    why: 'The reader cannot check who said this, what they know, or why they are speaking.',
    questions: [
      'Who is the source, as far as the story tells you? How would they know?',
      'Does the story say why anonymity was granted?',
      'Is any part of the claim confirmed by a named source or a document?',
    ],
  },
  secondhand: {
    why: 'This outlet is passing on what another publication reported; it did not report it first.',
    questions: [
      'Trace the claim to the original report: does it say what this story says it says?',
      'Where did the original outlet get it: named sources, anonymous ones, documents?',
      'Has any outlet confirmed it independently?',
    ],
  },
  hedge: {
    why: 'The claim is passed on without anyone standing behind it.',
    questions: [
      'Who says so? Is anyone named as the source of this claim?',
      'Is it verified anywhere, or only repeated?',
      'How would the story read without the hedged claim?',
    ],
  },
  named: {
    why: 'Someone identifiable speaks on the record and can be held to their words.',
    questions: [
      'Who is this source, and how would they know?',
      'Are they independent, or do they have a stake in the story?',
    ],
  },
};
