/**
 * Noun-phrase building blocks shared by the rule files. Kept as plain pattern strings so each
 * rule still reads as one pattern; the compiler expands the @lists inside them.
 */

/** A modifier inside a source phrase: a proper-name word, a hyphenated compound or a known adjective. */
export const MOD = '(?:(?!@functionWord@end)(?:@cap|@hyph|@adj)\\s+)';

/** An optional determiner or quantifier. */
export const DET = '(?:@det\\s+)?';

/** Where a source phrase may start: at the start of a word. */
export const NP_START = "(?<![\\w’'-])";

/**
 * Not the appositive of a full name just given: "Omar Lamrani, a senior analyst at Stratfor, told ..."
 * names its source.
 */
export const NOT_APPOSITIVE =
  "(?<!(?<![\\w’'.-])(?!(?:However|Meanwhile|Instead|Still|Now|Then|Later|Earlier|Today|Yesterday|Afterward|Afterwards|Nevertheless|Indeed|Meanwhile|Separately|Similarly|Also|Overall|Finally|Again|Here|There|Elsewhere|Nationally|Locally|Internationally)\\b)[A-Z][a-z’'.-]+,\\s+)(?<!\\bof\\s)";

/**
 * Not right after a pronoun: in "those who they claim assist them" the verb is the pronoun's, and
 * the group is not the one speaking; nor after a causative ("contractors who worked on it makes
 * them worry"), where the verb is the object's. After "spoke with her said" it is the source's.
 */
export const NOT_PRONOUN_SUBJECT = "(?<!(?<![\\w’'-])(?:[Tt]hey|[Ww]e|[Hh]e|[Ss]he|I|[Yy]ou|[Ii]t|(?:make|makes|made|making|let|lets|letting|help|helps|helped)\\s+(?:them|him|her|us|me)))";

/** Not right after an infinitive "to": in "those who wish to complain", "complain" is not the source's verb. */
export const NOT_INFINITIVE = '(?<![Tt]o)';

/** After a singular source phrase: not followed by the person's name in apposition ("a student, Brittany, said"). */
export const NO_APPOSITIVE_NAME = '(?!,\\s+[A-Z][a-z’\'-]+(?:\\s+[A-Z][a-z’\'-]+)?,)';

/**
 * A short prepositional tail on a source ("across the world", "in the Rukban camp", "at the
 * Department of Health and Human Services"). Never a verb's auxiliary: in "negotiators from 200
 * countries are expected to" nobody speaks; nor an infinitive's "to": in "allow leaders from both
 * countries to claim" nobody claims anything yet.
 */
export const PP =
  '(?:\\s+(?:at|in|on|from|across|inside|within|of|for|around|throughout|near|with|among|outside|aboard|(?<=(?:[Aa]ides?|[Aa]dvis[eo]rs?|[Aa]llies|[Aa]ssistants?)\\s)to|familiar\\s+with|close\\s+to|briefed\\s+on|(?:not\\s+)?involved\\s+in|working\\s+on|(?:polled|surveyed|interviewed|quoted|cited|reached|contacted)\\s+by|(?:interviewed|questioned|surveyed|polled)\\s+(?:outside|at|in|near|on|after)|(?:waiting|living|working|staying|camped|camping|gathered|queuing|queueing|sheltering|stranded|stuck|trapped|standing)\\s+(?:at|in|on|outside|near|inside|along|around)|with\\s+(?:direct\\s+|firsthand\\s+|first-hand\\s+|detailed\\s+)?knowledge\\s+of)(?:\\s+(?!(?:are|is|was|were|be|been|will|would|can|could|should|may|might|must|to)(?![\\w’\\x27-]))@w){1,7}?)';

/**
 * A relative clause before the verb ("who have done the calculations"). A "that" followed by a
 * subject opens what was said, not a relative clause: "told by an aide that Obama had confirmed".
 * A clause that names the person ("who was later identified as John Smith") leaves no one unnamed.
 */
export const WHO = "(?:,?\\s+(?:who(?!(?:\\s+@w){0,4}?\\s+(?:identified|named|known)\\s+as\\s)(?!\\s+(?:police|authorities|officials|prosecutors|investigators|officers|detectives|witnesses|[A-Z][\\w’'-]*)\\s+(?:say|says|said|believe|believes|believed|allege|alleges|alleged)(?![\\w’'-]))|that(?!\\s+(?:he|she|they|it|we|I|you|there|this|these|those|[A-Z])(?![\\w’'-])|\\s+[A-Z]))(?:\\s+@w){0,7}?,?)";

/** After "told": not an order ("a professor told the class to write down their thoughts"). */
export const NOT_ORDER = "(?!(?<=(?<![\\w’'-])(?:told|tells|tell))(?:\\s+(?!that(?![\\w’'-]))[\\w’'-]+){1,3}?\\s+to\\s+[a-z]+(?![\\w’'-]))";

/**
 * After a speech verb: not a passive or a state ("a buyer who is said to be", "workers, who remain
 * worried"): the verb is then not the source's act of saying.
 */
export const NOT_PASSIVE = "(?<!(?<![\\w’'-])(?:is|are|was|were|be|been|being|remain|remains|remained)\\s+(?:[a-z]+ly\\s+)?[\\w’'-]+)";

/**
 * After a speech verb: not one of the verbs that are also nouns, at the end of a sentence ("a
 * staffer on the regulation project."), unless a group stands right before it ("..., sources claim.");
 * nor "admitted" as a participle ("students admitted from state schools"), nor "agreed to" or
 * "agreed on" (a deal struck, not a view: "EU leaders agreed on Thursday to an aid package"), nor
 * "complained to" or "about" (a complaint lodged: "tenants who complained to the city"), nor a
 * self-image ("voters on campuses view themselves as rebels": nothing is claimed), nor
 * a passive (NOT_PASSIVE), nor "told" giving an order (NOT_ORDER).
 */
export const NOT_NOUN_USE = "(?!(?<=(?<![\\w’'-])@nounLikeSpeech)(?<!(?<![\\w’'-])@group\\s+@nounLikeSpeech)\\s*(?:[.;:!?)\\]]|$))(?!(?<=[Aa]dmitted)\\s+(?:from|into|at)\\s)(?!(?<=[Aa]gree[sd]?)\\s+(?:to|on|upon)\\s)(?!(?<=[Cc]omplain(?:s|ed)?)\\s+(?:to|about|of)\\s)(?!(?<=(?:[Vv]iew|[Rr]egard|[Dd]escribe)(?:s|ed|d)?)\\s+(?:themselves|himself|herself|itself|ourselves)(?![\\w’'-]))" +
  // "staffers who reported for duty": turning up, not telling.
  "(?!(?<=[Rr]eported)\\s+(?:for|to(?!\\s+(?:police|authorities|officials|investigators)(?![\\w’'-]))|back|missing|sick|late)(?![\\w’'-]))" +
  // "asked" puts a question only before the question: "asked simply, “Who cares?”", "asked
  // whether"; "officials asked residents to leave" is a request, "asked about" a topic. A
  // reporter's question at a briefing sources nothing: "when a reporter asked whether".
  "(?!(?<=(?:[Rr]eporters?|[Jj]ournalists?|[Ii]nterviewers?|[Mm]oderators?|[Hh]osts?)\\s+(?:asks?|asked)))" +
  "(?!(?<=(?<![\\w’'-])[Aa]sks?|[Aa]sked)(?!(?:\\s+(?:simply|rhetorically|aloud|incredulously|pointedly|bluntly))?(?:\\s*[,:]\\s*[“\"‘]|\\s*[“\"]|\\s+(?:whether|why|how|what|who|when|where|if)(?![\\w’'-]))))" +
  "(?<!(?<![\\w’'-])who\\s+(?:(?:have|has|had)\\s+)?question(?:ed)?\\s+whether)" +
  // "officials accused of graft", "a man suspected of arson": a charge borne, not made; nor the
  // adjective, "raids targeting a suspected cell".
  "(?!(?<=[Aa]ccused|[Ss]uspect|[Ss]uspected)\\s+of\\s)(?<!(?<![\\w’'-])(?:a|an|the)\\s+(?:[Aa]ccused|[Ss]uspected))" +
  // "cited for a violation", "cited in the report": a citation received, not a reason given.
  "(?!(?<=[Cc]it(?:e|es|ed))\\s+(?:for|by|in|as)\\s)" +
  // "characterized by", "described by": a passive participle, not the source's verb.
  "(?!(?<=(?:ed|wn|ld|ght))\\s+by\\s+(?!(?:e-?mail|phone|telephone|text|video|letter)(?![\\w’'-])))" +
  // "The researchers observed Europa for 17 nights": watching, not remarking.
  "(?!(?<=[Oo]bserve[sd]?)\\s+(?!that(?![\\w’'-]))[a-zA-Z])" +
  // "view" and "regard" hold a view only with "as": "100 people view his profile" is not one.
  "(?!(?<=(?<![\\w’'-])(?:[Vv]iew|[Rr]egard)(?:s|ed)?)(?![^.;!?]{1,160}?\\sas(?![\\w’'-])))" +
  NOT_PASSIVE +
  NOT_ORDER;

/** Optional adverb and auxiliary between a source and its verb ("have long argued", "recently told"). */
export const VERB_PREFIX = '(?:@adv\\s+)?(?:@aux\\s+)?(?:@adv\\s+)?';

/** A progressive verb of saying after a form of "be": "were expecting" is the source's view, "were told" is not. */
export const PROGRESSIVE = '(?:@adv\\s+)?@beAux\\s+(?:@adv\\s+)?@progressiveSpeech@end';
