/**
 * Named, on-the-record attributions (taxonomy: `named`). Counted against the anonymous ones,
 * not highlighted by default. A finding here never overrides an anonymous or secondhand one:
 * overlaps are resolved in favour of those (detect/resolve.ts).
 */
import type { PhraseRule } from './types.ts';

const TITLE =
  '(?:(?:(?:US|U\\.S\\.|UK|EU|UN|NATO)\\s+)?(?:Secretary\\s+of\\s+[A-Z][a-z]+|Secretary-General|Special\\s+Envoy|Foreign\\s+Secretary|Defen[cs]e\\s+Secretary|Chief\\s+of\\s+Staff)\\s+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Capt|Sgt|Adm|Cmdr|Rev|Judge|Justice|President|Vice\\s+President|Senator|Secretary|Minister|Prime\\s+Minister|Chancellor|Mayor|Governor|Representative|Ambassador|Commissioner|Director|Chief|Sheriff|Professor|Coach|CEO|Chairman|Chairwoman|Speaker|Leader|Envoy|Attorney\\s+General)\\.?\\s+)';

/** A person's name: one to four capitalised words, optionally with a middle initial, not a pronoun or function word. */
const NAME = `(?!(?:He|She|They|It|We|I|You|The|This|That|These|Those|But|And|Or|So|If|When|While|As|Then|There|Here|What|Who|Officials|Experts|Analysts|Sources|Critics|Police|Authorities|Prosecutors)\\b)[A-Z][a-z’'-]+(?:\\s+(?:[A-Z]\\.|[A-Z][a-z’'-]+|de|van|von|bin|al|al-[A-Z][a-z]+)){0,3}`;

/**
 * An appositive after a name ("Eswar Prasad, a trade professor at Cornell, said") does not open
 * with a verb or a conjunction: in "Berkeley, was known for protests, said" it is a clause.
 */
const NOT_CLAUSE = '(?!(?:is|are|was|were|has|have|had|will|would|can|could|but|and|or|so|yet)(?![\\w’\'-]))';

export const namedRules: PhraseRule[] = [
  {
    id: 'named.person-says',
    category: 'named',
    triggers: ['said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'writes', 'noted', 'argued', 'explained', 'insisted', 'confirmed', 'acknowledged', 'announced', 'testified', 'tweeted', 'recalled', 'warned', 'claimed', 'replied', 'responded', 'asked'],
    pattern: `(?<src>${TITLE}?${NAME})(?:,\\s+${NOT_CLAUSE}(?:@w\\s+){1,10}?@w,)?\\s+(?:@adv\\s+)?(?:@aux\\s+)?(?:said|says|told|tells|added|stated|wrote|writes|noted|argued|explained|insisted|confirmed|acknowledged|announced|testified|tweeted|recalled|warned|claimed|replied|responded|asked)@end`,
    explanation: 'Named source: {source} is identified, so the reader can judge who they are and what they know.',
    examples: {
      match: ['Antony Blinken said China was helping Russia.', 'Mr. Trump said he would consider it.', '"It is over," Lipman said.'],
      noMatch: [
        'He said it was over.',
        'Officials said it was over.',
        'In the 1960s, Berkeley, was known for protests, said nobody.',
      ],
    },
  },
  {
    id: 'named.says-person',
    category: 'named',
    triggers: ['said', 'says', 'added', 'noted', 'wrote', 'explained', 'according'],
    pattern: `(?:said|says|added|noted|wrote|explained|according\\s+to)\\s+(?<src>${TITLE}?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)[A-Z][a-z’'-]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][a-z’'-]+)`,
    explanation: 'Named source: {source} is identified, so the reader can judge who they are and what they know.',
    examples: {
      match: ['"There is collective amnesia," said Senator Mark Warner.', 'The plan failed, according to Eswar Prasad.'],
      noMatch: ['The plan was approved, he said Monday.'],
    },
  },
  {
    id: 'named.institution',
    category: 'named',
    triggers: ['said', 'says', 'stated', 'states', 'told', 'added', 'announced', 'confirmed', 'warned', 'noted', 'declined', 'denied', 'insisted', 'responded', 'replied', 'acknowledged'],
    pattern: `(?<src>(?:[Tt]he\\s+)?(?:(?:[A-Z][\\w.]*\\s+){0,3}(?:Department|Ministry|Treasury|Pentagon|Kremlin|White\\s+House|Police|Commission|Council|Agency|Office|Court|Bureau|Service|Administration|Government|Embassy|Army|Navy|Military)|police|prosecutors|authorities|investigators|the\\s+(?:company|firm|ministry|department|agency|government|court|campaign|administration)|(?:[Aa]|[Tt]he)\\s+(?:company\\s+|White\\s+House\\s+|ministry\\s+|police\\s+)?spokes(?:person|man|woman)(?:\\s+for\\s+(?:the\\s+)?(?:[A-Z][\\w.]*\\s*){1,4})?))\\s+(?:@adv\\s+)?(?:@aux\\s+)?(?:said|says|stated|states|told|added|announced|confirmed|warned|noted|declined|denied|insisted|responded|replied|acknowledged)@end`,
    explanation: 'On the record: {source} speaks as an institution, which the reader can hold to account.',
    examples: {
      match: ['The US Treasury stated that companies would face consequences.', 'Police said the suspect was arrested.', 'A spokesperson for the ministry said the report was false.'],
      noMatch: ['Officials said the suspect was arrested.'],
    },
  },
  {
    id: 'named.statement',
    category: 'named',
    triggers: ['statement'],
    pattern: '(?<![\\w-])(?:said|says|wrote|added)\\s+in\\s+a\\s+(?:written\\s+|brief\\s+|joint\\s+)?statement(?![\\w-])',
    explanation: 'On the record: a statement is an attributable, checkable source.',
    examples: {
      match: ['The company said in a statement that it would appeal.'],
      noMatch: ['The statement was brief.'],
    },
  },
];
