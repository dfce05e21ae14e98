/**
 * Noun-phrase building blocks shared by the rule files. Kept as plain pattern strings so each
 * rule still reads as one pattern; the compiler expands the @lists inside them.
 */

/** A modifier inside a source phrase: a proper-name word, a hyphenated compound or a known adjective. */
export const MOD = '(?:(?!@functionWord@end)(?:@cap|@hyph|@adj)\\s+)';

/** An optional determiner or quantifier. */
export const DET = '(?:@det\\s+)?';

/** A short prepositional tail on a source ("across the world", "in the Rukban camp", "on jail suicide"). */
export const PP = '(?:\\s+(?:at|in|on|from|across|inside|within|of|for|around|throughout|near|with|among|outside)(?:\\s+@w){1,4}?)';

/** A relative clause before the verb ("who have done the calculations"). */
export const WHO = '(?:,?\\s+(?:who|that)(?:\\s+@w){0,5}?)';

/** Optional adverb and auxiliary between a source and its verb ("have long argued", "recently told"). */
export const VERB_PREFIX = '(?:@adv\\s+)?(?:@aux\\s+)?(?:@adv\\s+)?';
