/**
 * Anonymous sources: a person or group the reader cannot identify (taxonomy: `anonymous`).
 * Spans are the noun phrase that stands for the source, with its verb where it has one.
 */
import * as lexicon from './lexicon.ts';
import type { PhraseRule } from './types.ts';
import { DET, MOD, NO_APPOSITIVE_NAME, NOT_APPOSITIVE, NOT_INFINITIVE, NOT_NOUN_USE, NOT_ORDER, NOT_PASSIVE, NOT_PRONOUN_SUBJECT, NP_START, PP, PROGRESSIVE, VERB_PREFIX, WHO } from './fragments.ts';

/**
 * A plural group is the subject only of a plural verb: in "information from multiple sources
 * disputes the claims" the sources say nothing. Singular after all: "one of the sources claims",
 * "Wall Street says". Checked on group-says' matches only (`unless`).
 */
const PLURAL_WITH_SINGULAR_VERB = `^(?!(?:[Oo]ne|[Ee]ach|[Aa]nother|[Nn]either|[Ee]ither)\\s+of\\s)(?:[\\w’'.-]+\\s+){0,5}?(?!Wall\\s+Street)@group(?![\\w’'-])[^]*?\\s(?:@adv\\s+)?@singularSpeech$`;

/**
 * A plural occupation or role no list names, known by its ending: "headteachers", "beekeepers",
 * "councillors", "physicists", "electricians". In lower case only: a capitalised "-ers" word
 * mid-sentence is a name ("Reuters", "the Packers"). At the start of a sentence ("Beekeepers
 * fear") it may be a surname too ("Sanders said"), so there it needs a verb only a plural takes.
 */
const OCCUPATION_LOWER = '(?!@nonPersonAgent@end)[a-z][a-z]+(?:-[a-z]+)?(?:ers|ors|ists|ians|eers)';
/**
 * A compound whose second part is a trade ("Shipbrokers", "Stockholders", "Moviegoers"): no surname
 * is made so, so at a sentence's start it takes any verb.
 */
const COMPOUND_OCCUPATION = '[A-Z][a-z]{2,}(?:brokers|makers|keepers|workers|holders|owners|dealers|traders|growers|buyers|builders|drivers|goers|watchers|lenders|writers|farmers|miners|fighters|hunters|sellers|fishers|herders|breeders|shippers)(?![\\w’\'-])';
/** The shape only, for a pattern that has already ruled out @nonPersonAgent at the same place. */
const OCCUPATION_SHAPE = `(?:[a-z][a-z]+(?:-[a-z]+)?(?:ers|ors|ists|ians|eers)|(?<=^[“"‘(]?)${COMPOUND_OCCUPATION}|(?<=^[“"‘(]?)[A-Z][a-z]+(?:-[a-z]+)?(?:ers|ors|ists|eers|ians)(?=(?:\\s+(?:at|in|from|on|across|inside|within|near)\\s+(?:the\\s+)?[\\w’'.-]+(?:\\s+[A-Z][\\w’'.-]*){0,3})?\\s+(?:@adv\\s+)?(?:say|fear|believe|argue|warn|worry|claim|insist|expect|predict|complain|contend|agree|admit|allege|accuse|think|doubt|suspect)(?![\\w’'-])))`;

/** "Content editors write a beginner's blog post": writing something, not stating it. */
const NOT_WRITING = "(?!(?<=(?<![\\w’'-])(?:[Ww]rite|[Ww]rites|[Ww]rote))\\s+(?:a|an|the|their|his|her|its|this|these|those|books?|articles?|posts?|letters?|code|songs?|music|stories)(?![\\w’'-]))";

/**
 * A capitalised head after "of" or "for" and a capitalised word is part of a name: "the Royal
 * College of Physicians of Ireland told", "Doctors for Human Rights". Lower case it is not:
 * "University of Michigan doctors said".
 */
const NOT_IN_A_NAME = "(?!(?<=(?<![\\w’'-])[A-Z][\\w’'.-]*\\s+(?:of|for)\\s+(?:[A-Z][\\w’'.-]*\\s+){0,2})[A-Z])";

/** The same check for `anonymous.generic-group`: "Doctors Without Borders says" is one organisation. */
const GENERIC_WITH_SINGULAR_VERB = `^(?:[\\w’'.-]+\\s+){0,5}?@genericGroup(?![\\w’'-])[^]*?\\s(?:@adv\\s+)?@singularSpeech$`;

/**
 * Not within three words after "the", a possessive or a demonstrative: "the doctors said" points
 * back to people introduced earlier, often by name; so does "her family and supporters" (the
 * possessive covers both). A verb of saying ("the report said doctors say") ends the reach.
 * Nor right after a preposition or as the object of "told": in "a presentation to bondholders
 * indicated" and "told reporters in Brussels that allies had agreed" the group is not the subject.
 * Tested on matches only (`notAfter`): as a lookbehind at every word it tripled the rule's cost.
 */
const AFTER_DEFINITE = "(?<![\\w’'-])(?:to|for|with|from|by|at|on|about|among|between|against|towards?|like|told|tell|tells|telling|asked|informed|assured|reminded|than)\\s+$|(?<![\\w’'-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\\s+(?:and\\s+|(?!@functionWord(?![\\w’'-]))[\\w’'.&-]+\\s+){0,3}$";

/**
 * A view only guessed at is not a source's: "China’s leaders may still believe", "the few things
 * Democrats can agree on", "most people would expect". Negated, it is reported: "doctors could
 * not say"; so is "would later say".
 */
const NOT_HYPOTHETICAL = "(?!(?:@adv\\s+)?(?:may|might|can(?!not|[’']t)|could(?!\\s+not|n[’']t)|would(?!\\s+later|n[’']t|\\s+not))(?![\\w’'-]))";

/**
 * The same for an article or a possessive only, where a pronoun may stand before the verb
 * ("people who know her said"): "two former employees of the drone maker over an alleged leak",
 * "a union leader who took issue with Trump's claims".
 */
const NOT_AFTER_ARTICLE = "(?<!(?<![\\w’'-])(?:a|an|the)\\s+|[\\w][’']s\\s+|s[’']\\s+)";

/** A verb of saying never follows a determiner: in "who led a protest march", "protest" is a noun. */
const NOT_AFTER_DETERMINER = "(?<!(?<![\\w’'-])(?:a|an|the|his|her|their|its|our|my|your|this|that)\\s+)";

/** A collective noun after a group makes an organisation of it, on the record: "teachers unions". */
const NOT_ORGANISATION = '(?!\\s+(?:unions?|associations?|groups?|organi[sz]ations?|councils?|federations?|coalitions?|alliances?|bodies|societies|institutes?|committees?|caucus(?:es)?|lobby|guilds?|forums?)@end)';

/** A lawyer for someone speaks for them on the record, like a spokesperson: "a lawyer for the family said". */
const NOT_REPRESENTATIVE = '(?!(?<=(?:[Ll]awyers?|[Aa]ttorneys?|[Rr]epresentatives?))\\s+(?:for|representing)\\s)';

/**
 * A plural group ("US officials", "activists and observers"). The match starts at the head noun
 * (checked first, by the lookahead) and reads its determiner and modifiers backwards (`pre`):
 * trying the modifier lists at every word of every sentence made these rules the engine's costliest.
 */
const GROUP_NP = `${NP_START}(?=@group@end)(?<=(?<pre>${NP_START}${DET}${MOD}{0,3}))(?<src>@group(?:\\s+and\\s+(?:@cap\\s+|@hyph\\s+)?@group)?)@end${NOT_ORGANISATION}${NOT_REPRESENTATIVE}${NO_APPOSITIVE_NAME}`;

/**
 * Not the appositive of a full name just given: "Senator James Lankford, an Oklahoma Republican
 * who warned". A name is two or more capitalised words after a word that is not a preposition or
 * an article, so "the Global Compact for Migration, a senior official said" and "at the White
 * House, an aide said" still count.
 */
const AFTER_FULL_NAME = "(?<!(?:^|(?<![\\w’'.-])(?!(?:the|a|an|in|at|for|of|to|from|on|by|with|and|into|near|across|over|under|via|toward|towards|outside|inside|throughout)\\s)[a-z][\\w’'-]*\\s+)(?:[A-Z][\\w’'.-]*\\s+){1,3}[A-Z][a-z’'-]+,\\s+)";
/** AFTER_FULL_NAME tested right after the determiner it precedes (checked only where a determiner is). */
const AFTER_FULL_NAME_AT = `(?<=${AFTER_FULL_NAME}(?:[Aa]n?|[Oo]ne|[Aa]nother))`;

/**
 * Inside "a/an/one/another ... person", any word but a function word or a determiner modifies
 * the head: "an airport official", "a bank chief information security officer" (but in "a letter
 * one student wrote" the phrase starts at "one").
 */
const NOUN_MOD = "(?:(?!(?:@functionWord|@det)(?![\\w’'-]))[\\w’'.&À-ɏ-]+\\s+)";

/**
 * Not a person the story names by first name only (taxonomy: not flagged): "said one father, who
 * gave only his first name, Tomasz", "a nurse who asked to be identified only by her first name".
 */
const NOT_FIRST_NAME_ONLY = "(?!(?:\\s+[\\w’'-]+){0,6}?,?\\s+who\\s+(?:gave|give|gives|provided|offered|would\\s+give|asked\\s+to\\s+be\\s+(?:identified|named)|agreed\\s+to\\s+be\\s+identified)\\s+(?:only\\s+)?(?:by\\s+)?(?:his|her|their)\\s+(?:first\\s+names?|names?\\s+(?:only\\s+)?as))";

/**
 * One unnamed person: "a senior official", "one aid worker", "another commonwealth Democrat" (read as
 * GROUP_NP is), "a Ministry of Justice source" (an "of" or "and" inside a name before it).
 */
const PERSON_NP = `${NP_START}(?<pre>(?:[Aa]n?|[Oo]ne|[Aa]nother)${AFTER_FULL_NAME_AT}\\s+(?:${NOUN_MOD}|(?:of|and)\\s+(?=[A-Z])){0,4})(?<src>@person)@end(?!(?<=[Ff]igure)\\s+of\\s+(?:\\d|(?:about|around|nearly|some|more|less|up|at)(?![\\w’'-])))${NOT_ORGANISATION}${NOT_REPRESENTATIVE}${NO_APPOSITIVE_NAME}${NOT_FIRST_NAME_ONLY}`;

/** Verbs and prepositions that make a following noun phrase a source: "according to", "told by", "interviews with". */
const SOURCE_CUE = '(?:[Aa]ccording\\s+to|[Cc]iting|[Qq]uoting|told|by|from|(?:interviews?|conversations?|spoke|speaking|spoken)\\s+(?:with|to))\\s+';
/** The unnamed-source phrase of `anonymous.unnamed`, without groups so it can sit in a lookahead too. */
const UNNAMED_NP = `${DET}(?:@adj\\s+)?(?:unnamed|anonymous|unidentified|Unnamed|Anonymous|Unidentified)\\s+${MOD}{0,3}(?:@group|@person|people|persons|individuals?|accounts?|posters?|(?!@functionWord@end)[a-z][a-z-]{2,}s)@end`;

/** Not a name in capitals, which is an organisation's: "according to Safeguard Defenders". */
const NOT_CAPITALISED_NAME = "(?!(?:[A-Z][\\w’'.-]*\\s+){1,2}[A-Z][a-z]+s(?![\\w’'-]))";

/** "Senior CDU figures", "leading industry figures", "opposition figures": people, by their rank. */
const RANKED_FIGURES = "(?:(?:@vagueQuantifier|@numberWord)\\s+)?(?:(?:[Ss]enior|[Ll]eading|[Pp]rominent|[Ii]nfluential|[Kk]ey|[Tt]op|[Vv]eteran)\\s+(?:(?:[A-Z][\\w’'.&-]*|party|government|industry|club|opposition|military|business|union|church|community|establishment|security)\\s+){0,2}|[Oo]pposition\\s+(?:party\\s+)?)figures";

/** Participles that open a clause granting anonymity: "speaking on condition of anonymity". */
const ANONYMITY_PARTICIPLES = ['speaking', 'talking', 'briefing', 'granted', 'given', 'requesting', 'asking', 'declining', 'posting', 'writing', 'commenting'];
const ANONYMITY_PARTICIPLE = `(?:${ANONYMITY_PARTICIPLES.join('|')})`;
/** "some of whom asked not to be named": part of a group granted anonymity. */
/**
 * A short appositive between a source and the clause that grants it anonymity: "One asylum
 * seeker, a 23-year-old from Eritrea who asked that his name not be used".
 */
const APPOSITIVE = ',\\s+an?\\s+(?:@w\\s+){0,5}?@w,?';
const SOME_OF_WHOM = '(?:some|many|most|all|several|one|two|both|none)\\s+of\\s+whom';

/**
 * Weak qualifiers: "people who know him say" is a source, "people who know the importance of
 * saving" is not; "two people who attended the meeting said" is, "thousands of people who attended
 * the rally chanted" is not. They count only after "according to", "citing" or "quoting" ("loyalty
 * from those who worked for him" is no source), or before a verb of saying.
 */
const WEAK_FAMILIAR = '(?:[Ww]ho\\s+(?:knows?|knew|(?:have\\s+|had\\s+)?(?:worked|served)\\s+(?:with|for|alongside)|(?:have\\s+|had\\s+)?attended|witnessed|(?:was|were)\\s+present|(?:have\\s+)?(?:spoken|spoke|talked)\\s+(?:with|to))|present\\s+at)@end';
const WEAK_FAMILIAR_NEEDS_CUE = `(?:(?<=(?:[Aa]ccording\\s+to|[Cc]iting|[Qq]uoting)\\s+${DET}${MOD}{0,2}@familiarHead\\s+)|(?!${WEAK_FAMILIAR}(?!(?:\\s+@w|,){1,8}?\\s+${VERB_PREFIX}@speech@end)))`;

/**
 * A view held, in "see X as Y": "aides, who saw the announcement as a distraction". Right after
 * the source (or its "who"), and not negated: in "the one person who doesn't see him as a threat"
 * nobody is quoted.
 */
const SEE_AS = `(?<!(?:n[’']t|not|never)\\s+)(?:see|sees|saw)(?=(?:\\s+@w){1,5}?\\s+as\\s+(?!(?:they|he|she|it|we|I|you|if|though|well|soon|long|much|many|part)@end))`;


/**
 * A short aside between a source and its verb: "Most mainstream economists, however, argue", "A
 * senior defense official, speaking to reporters under ground rules set by the Pentagon, said",
 * "Critics of the plan, including several opposition TDs, say".
 * Otherwise the verb follows after a space.
 */
const ASIDE = '(?:,\\s*(?:however|though|meanwhile|too|also|in\\s+turn|for\\s+their\\s+part|by\\s+contrast|in\\s+contrast|(?:speaking\\s+)?(?:privately|publicly|off\\s+the\\s+record|on\\s+background)|(?:speaking|talking|briefing|writing|reached|contacted|interviewed)\\s+(?:to|with|on|in|at|from|under|after|during|by|via)\\s+[^,;:.!?]{1,60}?|(?:including|among\\s+them)\\s+[^,;:.!?]{1,60}?(?:(?<=(?<![\\w’\\x27-])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|St|[A-Z]))\\.[^,;:.!?]{0,40}?)?),\\s+|\\s+)';

/**
 * A view held, stated as a state of mind: "Officials are worried about", "critics were
 * concerned". The taxonomy leaves a state of mind unflagged only when no source noun holds it
 * ("many are concerned"). Not in a relative clause: "workers, who remain worried" describes them.
 */
const STATE_OF_MIND = "(?<!(?<![\\w’'-])who\\s+)(?:@adv\\s+)?(?:are|were|remain|remained)\\s+(?:@adv\\s+)?(?:(?:(?:particularly|deeply|very|especially|quite|gravely|more|most)\\s+)?@stateOfMind|of\\s+the\\s+(?:view|opinion))(?![\\w’'-])";

/** A statement is an institution's, on the record: "tournament organizers said in a statement". */
const NOT_IN_A_STATEMENT = "(?!\\s+in\\s+a\\s+(?:[\\w-]+\\s+)?statement(?![\\w’'-]))";

/** What follows a source phrase up to its verb of saying (or "see ... as", or "were expecting"). */
/**
 * Not a reduced passive ("A senior official said to be close to the party chief has been placed
 * under investigation": someone else says it of them), nor an adjective after a preposition ("an
 * investigation into alleged exports").
 */
const NOT_REDUCED_PASSIVE = "(?!\\s+to\\s+(?:be|have)(?![\\w’'-]))";
const NOT_AFTER_PREPOSITION = "(?<!(?<![\\w’'-])(?:into|of|for|over|about|against|from|with|by|in|on|at|to)\\s+)";

const SAYS = `${PP}?${WHO}?${NOT_PRONOUN_SUBJECT}${ASIDE}(?:${VERB_PREFIX}(?:${NOT_AFTER_PREPOSITION}${NOT_AFTER_ARTICLE}@speech@end${NOT_REDUCED_PASSIVE}${NOT_NOUN_USE}${NOT_IN_A_STATEMENT}|${SEE_AS})|${PROGRESSIVE}|${STATE_OF_MIND})`;

/** Where unnamed users post. */
const PLATFORMS = '(?:Weibo|Twitter|X|Facebook|Reddit|TikTok|Instagram|YouTube|Telegram|WeChat|Threads|Bluesky|Xiaohongshu|RedNote|Douyin|Bilibili|Zhihu|Naver|KakaoTalk|LINE|VKontakte|VK|Discord|Snapchat|LinkedIn|Quora|Mastodon|Truth\\s+Social|Maimai|Glassdoor|Blind|Nextdoor|WhatsApp|[Oo]nline|[Ss]ocial\\s+media|[Ss]ocial-media)';
/** What unnamed users do when they are quoted. */
const SOCIAL_VERBS = ['said', 'reported', 'wrote', 'argued', 'posted', 'commented', 'joked', 'asked', 'replied', 'mocked', 'claimed', 'noted', 'suggested', 'offered', 'shared', 'speculated', 'questioned', 'responded', 'reacted', 'accused', 'criticised', 'criticized', 'slammed', 'praised', 'complained', 'demanded', 'insisted', 'tweeted'];

/** What follows a social-media source up to its verb: "Some Twitter users argued", "users in the group claimed". */
const SOCIAL_TAIL = `(?:,[^,]{1,80},|\\s+in\\s+(?:the|a|an)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:group|forum|thread|chat|community|page))?\\s+(?:@adv\\s+)?(?:(?:have|had|has)\\s+|to\\s+(?=(?:argue|claim|say|speculate|suggest|ask|joke|question|point\\s+out)@end))?(?:were\\s+quick\\s+to\\s+(?:point\\s+out|note|claim|say|speculate|ask|question|critici[sz]e|mock)|${SOCIAL_VERBS.join('|')}|pointed\\s+(?:(?:it|this|that)\\s+)?(?:out|to)|argue|claim|say|speculate)@end`;

export const anonymousRules: PhraseRule[] = [
  {
    id: 'anonymous.unnamed',
    category: 'anonymous',
    triggers: ['unnamed', 'anonymous', 'unidentified'],
    // Used as a source: after "according to"/"citing"/"told", or followed by a verb of saying.
    // The lookahead only looks for the verb; the phrase itself is matched once, after it (the
    // pattern stays small enough for V8 to compile it to machine code).
    pattern: `(?:(?<=${SOURCE_CUE})|${NP_START}(?=${DET}(?:@adj\\s+)?(?:unnamed|anonymous|unidentified|Unnamed|Anonymous|Unidentified)(?:\\s+@w|,){1,12}?\\s+${VERB_PREFIX}@speech@end))(?<src>${UNNAMED_NP})`,
    explanation: 'Anonymous source: the story itself says this source is not named, so the reader cannot check who said it. Ask why anonymity was granted and whether anything is confirmed on the record.',
    examples: {
      match: [
        'The scores were first posted by an anonymous account on a Chinese tech forum.',
        'According to three unnamed officials, the minister stated that aid would resume.',
        'She criticized an anonymous senior administration official who wrote an opinion piece.',
        'Two unidentified witnesses described the scene.',
        'The Times of India, quoting unnamed police officers, said the call centre had defrauded Americans.',
        'The account, based on interviews with unnamed German officials, paints the chancellor as isolated.',
      ],
      noMatch: [
        'The charity received an anonymous donation last year.',
        'An unnamed road leads to the village.',
        'The Times uses anonymous sources as a last resort.',
      ],
    },
  },
  {
    id: 'anonymous.familiar-with',
    category: 'anonymous',
    triggers: ['familiar', 'close', 'knowledge', 'knowledgeable', 'briefed', 'aware', 'access', 'room', 'know', 'knows', 'seen', 'read', 'involved', 'privy', 'ties', 'tied', 'connected', 'anonymity', 'anonymously', 'named', 'identified', 'attended', 'witnessed', 'present', 'spoken', 'spoke', 'talked', 'knew', 'worked', 'served'],
    pattern: `${NP_START}(?=@familiarHead@end)(?<=(?<pre>${NP_START}${DET}${MOD}{0,2}))(?<src>@familiarHead\\s+${WEAK_FAMILIAR_NEEDS_CUE}@familiar(?:\\s+(?!@speech@end)(?!(?:that|whether)\\s+(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its)@end)@w){0,4})`,
    explanation: 'Anonymous source: "people familiar with the matter" are not named, so the reader cannot judge what they know or why they speak. Ask what is confirmed on the record.',
    examples: {
      match: [
        'More than 4,000 people are expected to receive notice, according to multiple people familiar with the matter.',
        'People close to the governor insisted there was nothing behind her decision.',
        'A person with knowledge of the talks said no deal was near.',
        'Sources close to the minister say he will resign.',
        'People who know him well say he will not run.',
        'He will not run, according to people who know him.',
        'Two people who attended the meeting said the CEO was angry.',
        'He is frustrated, according to three people who have spoken with him.',
        'Several people who have attended recent strategy meetings said the franchise had lost its appeal.',
        'Those who worked with her in the newsroom described a demanding editor.',
        'Officials speaking on condition of anonymity said the attack was planned for months.',
      ],
      noMatch: [
        'Residents are familiar with the flooding by now.',
        'The hotel is close to the station.',
        'You are smart people who know the importance of such things.',
        'Thousands of people who attended the rally chanted his name.',
        'The people who spoke with him at the rally were farmers.',
        'Those who worked with her in the newsroom moved to other papers.',
        'He demanded absolute loyalty from those who worked for him.',
      ],
    },
  },
  {
    id: 'anonymous.some-who',
    category: 'anonymous',
    // The qualifier's words are rarer than the quantifiers: they decide which sentences are tried.
    triggers: ['familiar', 'close', 'knowledge', 'briefed', 'aware', 'know', 'knows', 'knew', 'worked', 'served', 'involved', 'privy', 'attended', 'spoken', 'spoke', 'talked'],
    alsoTriggers: ['some', 'many', 'several', 'others'],
    // "Some who knew him describe...", "many close to the campaign fear": a bare quantifier with a
    // qualifier is a source only with its verb ("for many close to Rosetta, the flashpoint was...").
    pattern: `${NP_START}(?<src>(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]thers)\\s+@familiar(?:\\s+(?!@speech@end)@w){0,5}?)\\s+${VERB_PREFIX}@speech@end${NOT_NOUN_USE}`,
    explanation: 'Anonymous source: "people familiar with the matter" are not named, so the reader cannot judge what they know or why they speak. Ask what is confirmed on the record.',
    examples: {
      match: ['Some who knew him in his early years describe a restless young man.', 'Many close to the campaign fear a defeat.'],
      noMatch: ['For many close to the mission, the flashpoint was the wake-up call.'],
    },
  },
  {
    id: 'anonymous.according-to',
    category: 'anonymous',
    triggers: ['according', 'citing', 'quoting', 'per', 'quoted', 'cited'],
    // "citing", "quoting" and "per" too: "the agency reported, citing three sources".
    // Any noun may describe an official ("quoting a senior forest department official", "citing
    // railway officials"); other people keep to the modifier lists: "according to a computer
    // programmer who…" is often named next.
    pattern: `(?<![\\w-])(?<!(?:[Ww]ithout|not|never)\\s+)(?:[Aa]ccording\\s+to|[Cc]iting|[Qq]uoting|[Pp]er|(?:quoted|cited)(?<=(?:report|story|article|agency|newspaper|outlet|paper|statement|it|which)\\s+(?:quoted|cited))|quoted(?=\\s+(?:[\\w’'-]+\\s+){1,7}?as\\s+(?:saying|telling|stating)(?![\\w’'-])))\\s+(?<src>${DET}(?:${NOUN_MOD}{0,3}@group|${MOD}{0,3}@relation)|(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${MOD}{0,2}@person|(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\\s+)?${NOUN_MOD}{1,3}(?:official(?!\\s+(?:[a-z-]+\\s+){0,2}(?:report|statement|figures|data|records?|website|account|documents?|list|tally|count|results|estimates?|release|transcript|filing|guidance|policy)(?![\\w’'-]))|source|insider|aide|diplomat|officer|executive|staffer|chief|boss|principal)s?|@numberWord\\s+(?:@adj\\s+)?(?:people|persons|individuals)|(?:(?:@numberWord|@vagueQuantifier)\\s+)?${NOT_CAPITALISED_NAME}${MOD}{0,2}@genericGroup(?!\\s+[A-Z]))@end${NOT_ORGANISATION}(?!\\s+Journal)(?!,\\s+[A-Z][a-z]+(?:\\s+[A-Z][\\w’'.-]*){1,2},)(?!\\s+@documentNoun@end)`,
    explanation: 'Anonymous source: the claim is attributed to people who are not named, so the reader cannot check who said it or how they know.',
    examples: {
      match: [
        'According to the sources, the envoy urged allies to act.',
        'Kyodo News, citing railway officials, said the bullet train stopped for four hours.',
        'Citing two sources, Yonhap News Agency reported that the drills would expand.',
        'According to these sources, the plan was approved in March.',
        'The market is not at risk, according to Wall Street.',
        'One woman was badly hurt, according to her father.',
        'Prices will keep rising, according to tax experts.',
        'The change could add 2 trillion yen in liabilities, according to accounting experts.',
        'The company is weighing layoffs, Reuters reported, citing three sources.',
        'The target is one million subscribers, Byers wrote, citing two people at the network.',
        'Per league sources, the Jets are expected to hire a new coach.',
        'Rescuers searched for 11 climbers, the Xinhua news agency said, quoting a tourism official.',
        'Oil prices jumped after the Journal reported a strike was planned. The report cited US officials.',
        'Interfax news agency quoted a Russian defence ministry source as saying the exercises would continue.',
        'The state will ban plastics, The Hindu reported, quoting a senior forest department official.',
        // Whoever quotes them, people quoted "as saying" are the source.
        "Nepal's Kathmandu Post quoted a district official as saying that 23 people were missing.",
        'The wing is outside the rules, according to a technical chief at one midfield outfit.',
        'Investors are betting on the cloud unit, according to fund managers interviewed by the paper.',
      ],
      noMatch: [
        'According to the company, sales rose 5%.',
        'According to the analyst, sales rose 5%.',
        'Patients over 50 kg get the dose, according to an official statement.',
        'According to Wall Street Journal data, shares fell.',
        'According to her father, John Smith, she left at noon.',
        'Schools closed, according to student unions.',
        'The clinic is open, according to Doctors Without Borders.',
        'China runs police stations abroad, according to Safeguard Defenders.',
        'Channel 12 reported, without citing sources, that the cabinet had approved it.',
        'The receiver was limited in practice, according to the team’s official injury report.',
      ],
    },
  },
  {
    id: 'anonymous.group-says',
    category: 'anonymous',
    triggers: lexicon.group,
    alsoTriggers: [...lexicon.speech, ...lexicon.progressiveSpeech, ...lexicon.stateOfMind, 'opinion', 'see', 'sees', 'saw'],
    unless: PLURAL_WITH_SINGULAR_VERB,
    // A yardstick, not a source: "lost more material than engineers predicted".
    notAfter: "(?<![\\w’'-])than\\s+$",
    pattern: `${GROUP_NP}${SAYS}`,
    explanation: 'Unnamed source ("{source}"): the story does not say who this is, so the reader cannot check what they know or why they speak. Ask who exactly, and how they would know.',
    examples: {
      match: [
        'Senior Conservatives are privately briefing that their leader will not survive the summer.',
        'US officials said the talks would continue.',
        'The company is preparing a listing, two bankers working on the deal said.',
        'Independent analysts say the estimate is not far off.',
        'Officials recently told reporters that the deal was close.',
        'Washington-based analysts who have done the calculations say exports cannot double.',
        'Bankers familiar with the deal said it could be announced next week.',
        'The plan is behind schedule, two employees with direct knowledge of the discussions said.',
        'Two senior officials at the Department of Health and Human Services said the layoffs had gutted the teams.',
        'The deal is worth £50m, sources claim.',
        'Pals say the star has been blindsided by the split.',
        'Trade pundits feel that the second weekend will depend on word of mouth.',
        'Rival studio executives grumbled that the number was padded.',
        'Senior bureaucrats in the commerce ministry said the talks had hit a wall.',
        'Environmentalists say the pipeline would threaten drinking water.',
        'Volunteers who work with asylum seekers in Calais said police had slashed tents.',
        'Several faculty members said they had been told not to discuss the investigation.',
        'Experts on prison safety told the paper that checks were skipped.',
        'White House officials noted that the rules allowed it.',
        'Sources in the Spanish capital played down the prospect of a bid.',
        'Deficit hawks have warned for years that a reckoning is coming.',
        'Activists and observers fear the worst is yet to come.',
        'Two senior aides added that the deal was off.',
        'Many businesses agree that the policy is overdue.',
        'Analysts had been expecting a rise.',
        'Experts are warning of a crash.',
        'Aviation analysts called it the end of an era.',
        'The timing irked some West Wing aides, who saw the announcement as a distraction.',
        'One of the sources claims that the warnings were explicit.',
        'Wall Street says the market is fine.',
        'Critics point to the delays at the port.',
        'Executives at several TV makers, including Vizio Inc. of Irvine, said the rules were costly.',
        'For many years, scientists have suspected that there is water on Europa.',
        'Analysts wonder whether the deal will hold.',
        'Market watchers are also anticipating higher growth.',
        'Some economists have questioned whether the cuts will work.',
      ],
      noMatch: [
        'The heat shield had lost more material than engineers predicted.',
        'Police said the suspect was arrested on Friday.',
        'He was irritated when the coach questioned him.',
        'Gaga has continually insisted that they are friends.',
        'The White House said it would respond.',
        'Prosecutors alleged that he hid the money.',
        'Officials were told to leave the building.',
        'Investigators believe the fire was set deliberately.',
        'Activist groups say the law is unfair.',
        'A lawyer for the family said they would sue.',
        'Negotiators from nearly 200 countries are expected to finalise a deal.',
        'The number of students admitted from state schools rose to 68 percent.',
        'He grew nervous when a professor told the class to write down their thoughts.',
        'Few teams at Google maintain complex dependency hierarchies.',
        'A spokesperson for the ministry said the report was false.',
        '"There will be no increase," said Harinder Singh, an Energy Commission staffer on the TV regulation project.',
        'Officials who he said were corrupt have resigned.',
        'Officials are expected to resign.',
        'Residents were warned to stay inside.',
        'Officials saw the damage from the air as they flew over.',
        'Information from multiple sources disputes the claims.',
        'He sought out the one person in the country who doesn’t see him as a threat.',
        'Two officials accused of graft were fired.',
        'Police detained 22 people in raids targeting a suspected militant cell.',
        'The article describes the activists who questioned whether he was a friend to women.',
      ],
    },
  },
  {
    id: 'anonymous.person-says',
    category: 'anonymous',
    triggers: lexicon.person,
    alsoTriggers: [...lexicon.speech, ...lexicon.progressiveSpeech, ...lexicon.stateOfMind, 'opinion', 'see', 'sees', 'saw'],
    // Apart from group-says so that each pattern stays small enough for V8 to compile it.
    // Not someone a recording or a photo shows: "aired a recording purportedly of a brigade
    // commander telling troops".
    notAfter: "(?<![\\w’'-])(?:recording|video|footage|audio|clip|tape|photo|image|picture)s?\\s+(?:[\\w’'-]+\\s+){0,2}of\\s+$",
    pattern: `${PERSON_NP}${SAYS}`,
    explanation: 'Unnamed source ("{source}"): the story does not say who this is, so the reader cannot check what they know or why they speak. Ask who exactly, and how they would know.',
    examples: {
      match: [
        'One Nevada Democrat asked simply, “Who cares?”',
        'One airline boss, speaking privately, said the industry would fight the new limits.',
        'One senior civil servant described the atmosphere in the department as toxic.',
        'One Labour council leader told the paper the review amounted to robbing Peter to pay Paul.',
        'A royal source told the paper that the King had been kept informed.',
        'One cabinet minister said the war would end soon.',
        '"Children are going to bed hungry," one aid worker told the paper.',
        'A senior law enforcement official said no evidence had been found.',
        'One prominent media executive told me the network would fold.',
        '“Kaine in a blowout,” an Iowa Republican predicted.',
        'The plane landed at 6am, an airport official said.',
        'A Ministry of Justice source said the early release scheme would be extended.',
        'The plan was discussed at the Global Compact for Migration, a senior administration official said.',
        'A senior US defense official, speaking to reporters under ground rules set by the Pentagon, said the jet came within 10 feet.',
        'A Malacañang insider said the President was not happy with the pace of the rollback.',
      ],
      noMatch: [
        'Officials asked residents to leave their homes.',
        'Trump spoke at a briefing when a reporter asked whether he was worried about retaliation.',
        'The agency said 31 had died, revising an earlier figure of 47 that it had attributed to county officials.',
        'One man, who gave his name only as Tariq, said he had lost his wife and two sons.',
        'Kan aired a recording purportedly of a brigade commander telling troops to disregard the corridor.',
        'Senator James Lankford, an Oklahoma Republican who warned of the deficit’s dangers, voted for it.',
        'A man who police say was driving a stolen car rammed two patrol vehicles.',
        'He was irritated when a professor told the class to write down their thoughts.',
        'A lawyer for the family said they would sue.',
        'The penthouse sold to a buyer who is said to be a European executive.',
        'Tomas, a driver at the depot who gave only his first name, said the buses were late.',
      ],
    },
  },
  {
    id: 'anonymous.generic-group',
    category: 'anonymous',
    triggers: [...lexicon.genericGroup, 'staff'],
    alsoTriggers: [...lexicon.speech, ...lexicon.progressiveSpeech, 'see', 'sees', 'saw'],
    unless: GENERIC_WITH_SINGULAR_VERB,
    // Bare or counted only: not within a few words after "the", "his", "these".
    notAfter: AFTER_DEFINITE,
    // Starts at the head noun and reads its modifiers backwards (`pre`), as GROUP_NP does.
    // "staff" in lower case ("Former staff allege", not "the Joint Chiefs of Staff said"), or as
    // a sentence's first word before a place ("Staff at the animal shelter say").
    pattern: `${NP_START}(?=(?:@genericGroup|staff|(?<=^[“"‘(]?)Staff(?=\\s+(?:at|in|on|from|inside)\\s))@end)(?<=(?<pre>${NP_START}(?:(?:@numberWord|@vagueQuantifier)\\s+)?${MOD}{0,3}))${NOT_IN_A_NAME}(?<src>(?:@genericGroup|[Ss]taff(?<!(?:[Cc]hiefs?|[Hh]eads?)\\s+of\\s+staff)(?!\\s+(?:members?|writers?|reporters?)(?![\\w’'-])))(?:\\s+and\\s+(?:@group|@genericGroup))?)@end${NOT_ORGANISATION}${NOT_REPRESENTATIVE}${PP}?${WHO}?${NOT_PRONOUN_SUBJECT}${NOT_INFINITIVE}\\s+(?:${NOT_HYPOTHETICAL}${VERB_PREFIX}(?:${NOT_AFTER_DETERMINER}@speech@end${NOT_NOUN_USE}${NOT_IN_A_STATEMENT}|${SEE_AS})|${PROGRESSIVE})`,
    explanation: 'Unnamed group ("{source}"): the story does not say who they are or how many hold this view. Who exactly, and how would they know?',
    examples: {
      match: [
        'Several migrants waiting at a shelter in Ciudad Juárez said they had been shaken down by police.',
        'Staff at the animal shelter say the dog was found tied to a fence.',
        'Financial planners say retirees should keep two years of expenses in cash.',
        'Senior Tories fear the party could be reduced to fewer than 100 seats.',
        'The cap is a move university leaders said would force labs to close.',
        'Two Clinton donors tell ABC News that the claim was made on Thursday.',
        'Protesters believe the bill is an attack on the city’s freedoms.',
        'Doctors on the front lines say they have seen a rise in severe cases.',
        'Opponents saw the company’s actions as hypocritical.',
        'Former staff allege the head chef docked their wages.',
        'Families of the missing say they have heard nothing since March.',
      ],
      noMatch: [
        'The world No. 4 has withdrawn from the Madrid Open, tournament organizers said in a statement.',
        'Doctors want a ban, Dr Niamh Keane of the Royal College of Physicians of Ireland told the committee.',
        'The army’s chief of staff had argued against the plan.',
        'North Korea fired a missile, South Korea’s Joint Chiefs of Staff said.',
        'The doctors, members of Doctors for Camp Closure, offered to run a clinic. The doctors said the deaths were avoidable.',
        'His doctors say he is recovering.',
        'He was charged with attempted murder, a charge his family and supporters strongly deny.',
        'The deal would allow leaders from both countries to claim an easy victory.',
        'The program administrator for the Refugees in Towns Project at Tufts said it was absurd.',
        'China’s leaders may still believe all this is a price worth paying.',
        'Three leaders of the party who led a protest march were detained.',
        'Teachers unions say the plan is unfair.',
        'The Secretary-General told reporters in Brussels that allies had agreed on the target.',
      ],
    },
  },
  {
    id: 'anonymous.occupation-group',
    category: 'anonymous',
    // An occupation has no word to trigger on, only its ending.
    triggers: [],
    triggerEndings: ['ers', 'ors', 'ists', 'ians', 'eers'],
    // Not people, or people the listed groups already cover ("officials", "workers").
    endingExceptions: [...lexicon.nonPersonAgent, ...lexicon.group, ...lexicon.genericGroup],
    alsoTriggers: [...lexicon.speech, ...lexicon.progressiveSpeech, ...lexicon.stateOfMind, 'see', 'sees', 'saw'],
    unless: `^(?:[\\w’'.-]+\\s+){0,5}?${OCCUPATION_LOWER}(?![\\w’'-])[^]*?\\s(?:@adv\\s+)?@singularSpeech$`,
    notAfter: AFTER_DEFINITE,
    // anonymous.generic-group for the occupations outside its list, read the same way.
    // Nor someone's own: "Mendoza's lawyers argue" speak for a named person.
    pattern: `${NP_START}(?=[A-Za-z][a-z-]+(?:ers|ors|ists|ians|eers)(?![\\w’'-]))(?!@nonPersonAgent@end)(?<![\\w’'-](?:['’]s|s['’])\\s+(?:[\\w’'.&-]+\\s+){0,2})(?<=(?<pre>${NP_START}(?:(?:@numberWord|@vagueQuantifier)\\s+)?${MOD}{0,3}))(?<src>${OCCUPATION_SHAPE}(?:\\s+and\\s+[a-z]{3,}s)?)@end${NOT_ORGANISATION}${NOT_REPRESENTATIVE}${PP}?${WHO}?${NOT_PRONOUN_SUBJECT}${NOT_INFINITIVE}\\s+(?:${NOT_HYPOTHETICAL}${VERB_PREFIX}(?:${NOT_AFTER_DETERMINER}@speech@end${NOT_NOUN_USE}${NOT_WRITING}|${SEE_AS})|${PROGRESSIVE}|${STATE_OF_MIND})`,
    explanation: 'Unnamed group ("{source}"): the story does not say who they are or how many hold this view. Who exactly, and how would they know?',
    examples: {
      match: [
        'Beekeepers fear the ban will be lifted.',
        'Some oncologists remain sceptical that the benefit justifies the price.',
        'Shipbrokers said freight rates had jumped almost 40 percent in a week.',
        'Physicists at CERN say the result would be the first crack in the Standard Model.',
        'Three headteachers in the county told the paper they had been warned.',
        'Immigration lawyers say the rule will keep couples apart.',
        'Border Force caseworkers at Dover say they are short of staff.',
        'Some physicists have argued that the result is a fluke.',
        'Electricians and plumbers warn that the rules are unclear.',
        // A compound is read from its start, though only its last part has the ending.
        'Some bee-keepers say the ban came too late.',
        // A people by its name's ending, at a sentence's start, before a verb only a plural takes.
        'Tunisians worry that extremists can easily get arms and training.',
      ],
      noMatch: [
        'Sanders said the bill would pass.',
        'Reuters says the deal is close.',
        'The numbers suggest a slowdown.',
        'Her lawyers said she would appeal.',
        'Lawyers for the family said they would sue.',
        'Engineers Without Borders says the well is dry.',
        'A lot of content editors write a blog post and wait to see how it performs.',
        'The councillors said they would vote against it.',
        'Investigators believe the fire was set deliberately.',
        'Prosecutors allege that she diverted the money.',
        "Mendoza's lawyers argue that the recordings were obtained illegally.",
        'Oncologists who remain sceptical were not consulted.',
      ],
    },
  },
  {
    id: 'anonymous.witness-accounts',
    category: 'anonymous',
    triggers: ['eyewitness', 'witness', 'witnesses', 'eyewitnesses'],
    alsoTriggers: ['according', 'citing', 'based', 'per'],
    // Witnesses heard through what they said, none named: "According to eyewitness accounts
    // corroborated by video footage, snipers have also fired". Apart from anonymous.according-to,
    // whose pattern is near the size V8 compiles to machine code.
    pattern: `(?<![\\w-])(?:[Aa]ccording\\s+to|[Cc]iting|[Bb]ased\\s+on|[Pp]er)\\s+(?<src>(?:(?:local|several|multiple|many|some|other|two|three|numerous)\\s+)?(?:[Ee]ye)?[Ww]itness(?:es['’]|['’]s)?\\s+(?:accounts?|testimony|testimonies|reports?|statements?|descriptions?))(?![\\w’'-])`,
    explanation: 'Anonymous source: the claim rests on witnesses who are not named, so the reader cannot check who saw what.',
    examples: {
      match: ['According to eyewitness accounts corroborated by video footage, snipers have also fired on crowds.', 'The men were beaten, according to several witness statements.'],
      noMatch: ['The court heard the witness statements on Monday.', 'The jury read the witness accounts in full.'],
    },
  },
  {
    id: 'anonymous.people-i-spoke-with',
    category: 'anonymous',
    triggers: ['spoke', 'talked', 'interviewed', 'spoken'],
    alsoTriggers: ['i', 'we'],
    // The writer's own unnamed interviewees, named only by the interview: "Those I spoke with have
    // also been unnerved", "Many people I spoke with believe", "Industry analysts I spoke to were
    // divided". The phrase says who the source is, whatever verb follows.
    pattern: `${NP_START}(?<src>(?:[Tt]hose|[Ee]veryone|[Aa]nyone|[Nn]o\\s+one|(?:(?:@vagueQuantifier|@numberWord|[Aa]ll|[Mm]ost|[Ff]ew)\\s+(?:of\\s+the\\s+)?)?(?:${MOD}{0,2}(?:people|@group|@genericGroup|women|men)|(?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Aa]ll|[Nn]one)\\s+of\\s+(?:those|the\\s+people)))\\s+(?:whom?\\s+|that\\s+)?(?:I|we)\\s+(?:(?:have|had)\\s+)?(?:spoke|spoken|talked)\\s+(?:with|to)|(?:[Tt]hose|(?:(?:@vagueQuantifier|@numberWord|[Aa]ll|[Mm]ost)\\s+(?:of\\s+the\\s+)?)?(?:people|@group|@genericGroup))\\s+(?:whom?\\s+|that\\s+)?(?:I|we)\\s+(?:(?:have|had)\\s+)?interviewed)(?![\\w’'-])(?!,?\\s+(?:including\\s+|among\\s+them\\s+)?[A-Z][a-z’'-]+\\s+[A-Z][a-z’'-]+)`,
    explanation: 'Anonymous sources: the writer\'s own interviewees, not named. Ask who they are and how they would know.',
    examples: {
      match: [
        'Those I spoke with have also been unnerved by the new leadership.',
        'Many people I spoke with believe that the arrangement is temporary.',
        'Industry analysts I spoke to were divided over whether the merger would survive.',
        'Most of the engineers we interviewed described long hours.',
      ],
      noMatch: ['I spoke with the mayor on Tuesday.', 'The people I spoke with, Ana Lima and Ben Okafor, agreed.'],
    },
  },
  {
    id: 'anonymous.according-to-occupation',
    category: 'anonymous',
    triggers: ['according', 'citing', 'quoting', 'per', 'quoted', 'cited'],
    // anonymous.according-to for the occupations outside the lists ("which cited church-based
    // monitors"); apart, so that neither pattern grows past the size V8 compiles to machine code.
    pattern: `(?<![\\w-])(?<!(?:[Ww]ithout|not|never)\\s+)(?:[Aa]ccording\\s+to|[Cc]iting|[Qq]uoting|[Pp]er(?!\\s+(?:cent|capita|annum|head|person|share|hour|day|week|month|year)(?![\\w’'-]))|(?:quoted|cited)(?<=(?:report|story|article|agency|newspaper|outlet|paper|statement|it|which)\\s+(?:quoted|cited)))\\s+(?<src>(?:(?:@numberWord|@vagueQuantifier)\\s+)?${NOUN_MOD}{0,2}${OCCUPATION_LOWER})@end${NOT_ORGANISATION}(?!\\s+[A-Z])(?!\\s+@documentNoun@end)`,
    explanation: 'Anonymous source: the claim is attributed to people who are not named, so the reader cannot check who said it or how they know.',
    examples: {
      match: [
        'Vote buying was widespread, according to the Inquirer, which cited church-based monitors.',
        'The bridge is unsafe, according to independent surveyors.',
        'Onions release a gas that irritates the eyes, according to food chemists at the University of Reading.',
      ],
      noMatch: ['The economy is slowing, according to the numbers.', 'The plan was approved, according to the councillors.', 'High streets saw 1.5 per cent fewer shoppers in May.'],
    },
  },
  {
    id: 'anonymous.interviewed',
    category: 'anonymous',
    triggers: ['speaking', 'talking', 'interview', 'interviews', 'conversation', 'conversations', 'spoke', 'spoken', 'talked'],
    // The reporter's own unnamed sources, counted: "Kotaku reported after speaking to more than a
    // dozen developers", "based on interviews with 30 current and former employees". Only where
    // the words make the speaking the reporting: in "the president spoke to several leaders" or
    // "the inquiry was dropped after interviews with seven witnesses", they are not the story's
    // sources.
    pattern: `(?<![\\w-])(?:(?:(?<=(?:reported|reports|wrote|writes|found|learned|learnt|confirmed)\\s+)after|[Ii]n|[Tt]hrough|[Bb]ased\\s+on)\\s+(?:speaking|talking)\\s+(?:to|with)|(?<=(?:^|[,;]\\s+|(?<![\\w’'-])(?:and|but)\\s+)(?:We|I|[A-Z]{2,}[a-z]?|[Tt]he\\s+(?:paper|newspaper|magazine|site))\\s+(?:also\\s+|(?:has|have|had)\\s+(?:also\\s+)?)?)(?:spoke|spoken|talked)\\s+(?:to|with)|(?:[Ii]n|[Tt]hrough|[Bb]ased\\s+on|[Aa]ccording\\s+to|[Ff]rom)\\s+(?:[\\w-]+\\s+){0,2}?(?:interviews?|conversations?)\\s+with)\\s+(?<src>(?:(?:more\\s+than|nearly|almost|about|over|at\\s+least|some)\\s+)?(?:@numberWord|@vagueQuantifier|half\\s+a\\s+dozen|scores\\s+of|\\d+)\\s+(?:${NOUN_MOD}|and\\s+){0,4}?(?!(?:reporters|journalists)@end)(?:@group|@genericGroup|${OCCUPATION_LOWER}|people|persons|individuals))@end${NOT_ORGANISATION}|(?<![\\w-])(?:[Aa]ccording\\s+to|[Bb]ased\\s+on)\\s+(?<src2>(?:(?:dozens|hundreds|scores)\\s+of\\s+|(?:more\\s+than\\s+)?(?:@numberWord|several|numerous|many|multiple|\\d+)\\s+)?interviews)(?![\\w-])(?!\\s+(?:with|by|of|conducted|given|published|broadcast|on|in|he|she|they|it)(?![\\w-]))`,
    explanation: 'Anonymous sources: the story rests on interviews with people it does not name. Ask who they are and how they would know.',
    examples: {
      match: [
        'Crunch intensified, Kotaku reported after speaking to more than a dozen current and former developers.',
        'The findings are based on interviews with 30 current and former employees.',
        'In conversations with several European diplomats, a picture emerged of a divided bloc.',
        // Interviews with people never named at all.
        'The meeting included the chief and two deputies, according to interviews.',
        'It is clear based on dozens of interviews that the two men played a role.',
        // The outlet's own interviews, said in so many words.
        'CNBC spoke with four top cybersecurity executives at large banks and insurers.',
        'We spoke to several residents of the estate about the repairs.',
      ],
      noMatch: [
        'The president spoke to several leaders by phone.',
        'After speaking to reporters, the minister left.',
        'Interviews with the two suspects are continuing.',
        'The decision to drop the inquiry was taken after interviews with seven witnesses.',
        'Police made the arrest after speaking to several witnesses.',
        'According to interviews he gave in 2019, he never met her.',
        'President Biden spoke to several leaders by phone on Monday.',
      ],
    },
  },
  {
    id: 'anonymous.by-source',
    category: 'anonymous',
    // Apart from anonymous.according-to so that its large pattern does not run on every "told".
    triggers: ['confirmed', 'told', 'disclosed', 'revealed', 'leaked', 'accused', 'criticised', 'criticized', 'blamed', 'condemned', 'disputed', 'contradicted', 'expressed', 'voiced', 'echoed'],
    alsoTriggers: ['by'],
    // Also a charge laid by an unnamed group: "is accused by critics of", and a view voiced by
    // one: "a concern that had been expressed by some opposition lawmakers".
    pattern: `(?<![\\w-])(?:confirmed|told|disclosed|revealed|leaked|accused|criticised|criticized|blamed|condemned|disputed|contradicted|expressed|voiced|echoed)\\s+by\\s+(?<src>${DET}${MOD}{0,3}(?:@group|(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${MOD}{0,2}@person)|@numberWord\\s+(?:@adj\\s+)?(?:people|persons|individuals))@end${NOT_ORGANISATION}${NOT_REPRESENTATIVE}(?!\\s+@documentNoun@end)`,
    explanation: 'Anonymous source: the claim is attributed to people who are not named, so the reader cannot check who said it or how they know.',
    examples: {
      match: [
        'The cabinet will meet, a report later confirmed by an Israeli official.',
        'He was told by two senior aides that the plan was dead.',
        'Corbyn is accused by critics of failing to act.',
        'The book’s account was disputed by several former employees who spoke to the paper.',
        'He might declare martial law again, a concern that had been expressed by some opposition lawmakers.',
      ],
      noMatch: ['The figures were confirmed by the company.', 'He was told by a lawyer for the family to wait.', 'The same worry was voiced by the union in a statement.'],
    },
  },
  {
    id: 'anonymous.heard-from',
    category: 'anonymous',
    triggers: ['heard', 'learned', 'learnt'],
    alsoTriggers: ['from'],
    // The writer's own unnamed informants: "We heard recently from researchers at Oxford
    // University that…", "I learned from two senior aides that…". Only with what was heard after
    // it ("that", or a comma and a clause): "heard from officials on Monday" may be a meeting.
    pattern: `(?<![\\w-])(?:heard|learned|learnt)\\s+(?:(?:recently|privately|separately|later|first)\\s+)?from\\s+(?<src>${DET}${MOD}{0,3}(?:@group|(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${MOD}{0,2}@person)|@numberWord\\s+(?:@adj\\s+)?(?:people|persons|individuals))@end${NOT_ORGANISATION}${NOT_REPRESENTATIVE}(?:\\s+(?:at|in|from|of|inside|within)\\s+(?:the\\s+)?[A-Z][\\w’'.&-]*(?:\\s+(?:[A-Z][\\w’'.&-]*|of|for|and)){0,4})?(?=\\s+that(?![\\w-])|,\\s)`,
    explanation: 'Anonymous source: the claim is attributed to people who are not named, so the reader cannot check who said it or how they know.',
    examples: {
      match: ['We heard recently from researchers at Oxford University that half of all tasks could be automated.', 'I learned from two senior aides that the plan had been shelved.'],
      noMatch: ['The committee heard from officials on Monday.', 'She learned from her mistakes that patience pays.', 'We heard from a spokesperson for the ministry that the talks would resume.'],
    },
  },
  {
    id: 'anonymous.according-to-later',
    category: 'anonymous',
    triggers: ['according', 'citing', 'quoting', 'per'],
    // The same cues as anonymous.according-to, before a later mention ("per the official").
    pattern: `(?<![\\w-])(?:[Aa]ccording\\s+to|[Cc]iting|[Qq]uoting|[Pp]er)\\s+(?<src>[Tt]he\\s+${MOD}{0,2}@person)@end${NO_APPOSITIVE_NAME}`,
    laterMention: true,
    explanation: 'Anonymous source ("{source}"): the unnamed source introduced earlier. The reader still cannot check who it is.',
    examples: {
      match: ['A source close to the family said the deal was off. Instead, according to the source, the talks went on.'],
      noMatch: ['Analyst Jane Doe cut her forecast. That is a buying opportunity, according to the analyst.'],
    },
  },
  {
    id: 'anonymous.with-saying',
    category: 'anonymous',
    triggers: [...lexicon.group, ...lexicon.genericGroup, ...lexicon.person],
    alsoTriggers: lexicon.absoluteSpeech,
    // "..., with one former minister warning of an extinction-level event": the source of an
    // absolute clause.
    pattern: `(?<![\\w-])[Ww]ith\\s+(?<src>(?:(?:[Oo]ne|[Aa]n?|[Aa]nother|@numberWord|@vagueQuantifier)\\s+)?${MOD}{0,3}(?:@group|@genericGroup|@person))@end\\s+(?:@adv\\s+)?@absoluteSpeech@end`,
    explanation: 'Unnamed source ("{source}"): the story does not say who this is, so the reader cannot check what they know or why they speak. Ask who exactly, and how they would know.',
    examples: {
      match: [
        'Senior Tories fear the worst, with one former minister warning of an extinction-level event.',
        'Former players questioned the call, with one ex-captain telling the radio it was baffling.',
        'Smog will descend on the city this week, with forecasters warning that pollution will be severe.',
        'The club cut prices, with supporters complaining that the team had not improved.',
      ],
      noMatch: ['He left with his lawyer saying nothing.'],
    },
  },
  {
    id: 'anonymous.friends',
    category: 'anonymous',
    triggers: ['friends', 'friend'],
    alsoTriggers: lexicon.speech,
    // "Friends of the Chancellor insist", "Friends say": the tabloid's unnamed circle. Not "friends
    // told him to ..." (what happened, not who is speaking): only bare "Friends" opening the sentence
    // or "friends of" someone.
    pattern: `(?:^|(?<=[“"‘])|(?<![\\w’'-])(?=(?:(?:[Cc]lose|[Oo]ld|[Ll]ongtime)\\s+)?[Ff]riends\\s+of\\s))(?<src>(?:(?:[Cc]lose|[Oo]ld|[Ll]ongtime)\\s+)?[Ff]riends(?:\\s+of\\s+(?:the\\s+)?[\\w’'-]+(?:\\s+[A-Z][\\w’'-]*){0,2})?)\\s+(?:@adv\\s+)?(?:say|said|insist|insisted|claim|claimed|believe|believed|fear|feared|describe|described|added|revealed|confided|worry|worried|recall|recalled|remember|remembered)@end`,
    explanation: 'Unnamed source ("{source}"): friends who are not named. The reader cannot check who they are or how close they are.',
    examples: {
      match: ['Friends of the Chancellor insist she has no intention of resigning.', 'Friends recalled him as a fierce chess player.', 'Friends say he has not been the same since.', 'The singer is heartbroken, but friends of the couple say they remain close.'],
      noMatch: ['He grew nervous when friends told him he should vote for Clinton.', 'Her friends said goodbye at the station.'],
    },
  },
  {
    id: 'anonymous.says-group',
    category: 'anonymous',
    triggers: lexicon.invertedSpeech,
    alsoTriggers: [...lexicon.group, ...lexicon.person],
    // The group ends the clause: in "the bureau's president, said farmers faced ruin" the farmers
    // are the subject of what he said.
    pattern: `(?:^|[,”"’]\\s*)(?<span>@invertedSpeech\\s+(?<src>${DET}${MOD}{0,2}@group|(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${NOUN_MOD}{0,4}@person))@end(?!(?:\\s+[\\w’'-]+){0,6}?,\\s+(?:[\\w’'.-]+\\s+){0,6}[A-Z][a-z’'-]+\\s+[A-Z][a-z’'-]+\\s*[.!?]?\\s*$)(?=\\s*(?:[,.;:!?”"’)—–]|$)|\\s+(?:who|in|at|on|from|of|with|familiar|close|for|and|across|inside|within|near|speaking|briefed|[a-z]{2,}ing)@end)${NOT_FIRST_NAME_ONLY}`,
    explanation: 'Unnamed source ("{source}"): the story does not say who this is, so the reader cannot check what they know or why they speak. Ask who exactly, and how they would know.',
    examples: {
      match: [
        'The combination, say economists, marks a journey into uncharted territory.',
        'The absence is perplexing, noted experts.',
        '"We will win," said officials.',
        '"Nobody came to tell us anything," said one woman travelling with two small children.',
        // Any noun may modify one person's head, as in PERSON_NP.
        '"If you are vulnerable to SQL injection," said one bank chief information security officer.',
      ],
      noMatch: [
        'The combination, says Mark Warner, is worrying.',
        '"We just want to know it is safe," said one father, who gave only his first name, Tomasz.',
        'He said officials would decide.',
        'Zippy Duvall, the president of the Farm Bureau, said farmers faced unprecedented uncertainty.',
        'He was in charge of Ukraine, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.',
      ],
    },
  },
  {
    id: 'anonymous.source',
    category: 'anonymous',
    triggers: ['source', 'sources'],
    pattern: `${NP_START}(?<src>(?:(?:@det\\s+|[A-Z][\\w.-]*['’]s\\s+)${MOD}{0,2}[Ss]ources?|^Sources?)\\s+(?:inside|within|in|at|near|among|close\\s+to)(?:\\s+(?:the|a|an|his|her|their|its))?\\s+${MOD}{0,2}(?:@cap|@institutionNoun)(?:\\s+@w){0,2}?)(?=[\\s,.;]|$)`,
    explanation: 'Anonymous source: a source inside an organisation or place, not named. The reader cannot check who they are or what they saw.',
    examples: {
      match: ['A reporter spoke to a source inside the camp, who asked not to be identified.', 'Sources in the ministry confirmed the plan.'],
      noMatch: ['Coal is the main energy source in the region of interest.', 'The river is a source of water for the town.', 'It means tackling all of the sources at the same time.'],
    },
  },
  {
    id: 'anonymous.insider',
    category: 'anonymous',
    triggers: ['insider', 'insiders'],
    pattern: `${NP_START}(?<src>(?:@det|@cap)\\s+${MOD}{0,2}insiders?)(?!\\s+(?:trading|information|dealing|deals|threat|threats|knowledge|account|accounts))@end`,
    explanation: 'Anonymous source: an "insider" is not named, so the reader cannot check their access or motives.',
    examples: {
      match: ['"Both families are upset," an insider told the magazine.', 'Boeing insiders expect the deal to close.'],
      noMatch: ['He was convicted of insider trading.', 'She read it on Business Insider yesterday.', 'He was a favorite of insiders and pundits alike.'],
    },
  },
  {
    id: 'anonymous.vague-group',
    category: 'anonymous',
    triggers: lexicon.vagueQuantifier,
    alsoTriggers: lexicon.speech,
    pattern: `${NP_START}(?<src>@vagueQuantifier\\s+${NOUN_MOD}{0,3}(?!(?:@nonPersonPlural|@mediaPlural)@end)[A-Za-z-]{3,}s)(?:\\s+(?:who|involved|based|working|living)(?:\\s+@w){0,6}?)?${NOT_INFINITIVE}${ASIDE}${VERB_PREFIX}@speech@end${NOT_NOUN_USE}`,
    explanation: 'Unnamed group ("{source}"): the story does not say who they are or how many hold this view. Who exactly, and how would they know?',
    examples: {
      match: [
        'Many Native Americans involved in the movement ascribe the tactics to racism.',
        'Some residents say the water still smells.',
        'Few Republican strategists believe she will run.',
        // Any noun may modify the head after a quantifier, not only a listed adjective.
        'Several branch secretaries privately expect a narrow vote.',
        'Many Tunisians accuse the Islamists of tolerating extremists.',
      ],
      noMatch: ['Many years passed before the trial.', 'Some 200 soldiers are believed to remain at the base.', 'Several other studies also suggest that tracking helps.', 'Several Korean outlets reported that the firm had won the contract.'],
    },
  },
  {
    id: 'anonymous.those-who',
    category: 'anonymous',
    triggers: ['those', 'someone', 'anyone', 'others'],
    alsoTriggers: lexicon.speech,
    pattern: `${NP_START}(?<src>(?:[Tt]hose|[Ss]omeone|[Aa]nyone|[Oo]thers)\\s+(?:who|close\\s+to|familiar\\s+with|around|in\\s+favou?r\\s+of|opposed\\s+to|against|behind|inside|within)(?:\\s+@w){1,4}?)${NOT_INFINITIVE}${NOT_PRONOUN_SUBJECT}\\s+${VERB_PREFIX}@speech@end${NOT_NOUN_USE}`,
    explanation: 'Unnamed source ("{source}"): not a person the reader can identify or check. Who exactly, and how would they know?',
    examples: {
      match: ['But those who know her believe she will run in 2024.', 'Those close to the coach say he is exhausted.', 'Those in favor of punishment have said that he started the fight.'],
      noMatch: [
        'Those who voted early were thanked.',
        'I am telling those who wish to complain to remember the rules.',
        'They dehumanize enemies (and those who they claim assist them).',
      ],
    },
  },
  {
    id: 'anonymous.who-you-ask',
    category: 'anonymous',
    triggers: ['ask', 'asks'],
    // "which, depending on who you ask in the industry, is seen as the future": an opinion put
    // down to unnamed people at large.
    pattern: `(?<![\\w’'-])(?<src>(?:[Dd]epending|[Dd]epends|[Dd]epend)\\s+on\\s+(?:who|whom)\\s+(?:you|one)\\s+asks?(?:\\s+(?:in|at|on|within|among|inside|across)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,2}?[\\w’'-]+)?)(?![\\w’'-])`,
    explanation: 'Unnamed source: "{source}" puts a view down to people who are not named. Who exactly, and how many of them?',
    examples: {
      match: ['Streaming, depending on who you ask in the industry, is seen as either the future or a fad.', 'Whether the plan worked depends on who you ask.'],
      noMatch: ['It depends on what you ask for.', 'Ask anyone for directions.'],
    },
  },
  {
    id: 'anonymous.senior-figures',
    category: 'anonymous',
    triggers: ['figures'],
    alsoTriggers: [...lexicon.speech, ...lexicon.progressiveSpeech, ...lexicon.stateOfMind],
    // "Figures" are people only with a rank before them: "Senior CDU figures fear", "leading
    // industry figures say"; not "figures released on Monday suggest" nor "government figures show".
    pattern: `(?:${NP_START}(?<src>${RANKED_FIGURES})@end${SAYS}|(?<=(?<![\\w-])(?:[Cc]iting|[Qq]uoting|[Aa]ccording\\s+to)\\s+)(?<src2>${RANKED_FIGURES})@end)`,
    explanation: 'Unnamed source ("{source}"): the story does not say who these figures are, so the reader cannot check what they know. Who exactly?',
    examples: {
      match: [
        'Senior CDU figures fear the refusal is becoming harder to sustain.',
        'Senior figures in the Liberal Party believe the leader has until Easter.',
        'Several leading industry figures said the levy would be passed on.',
        'Opposition figures claim the vote was rigged.',
        'The chancellor has been urged to delay the rise, the paper reported, citing senior Labour figures.',
      ],
      noMatch: ['Figures released on Monday suggest the economy shrank.', 'Government figures show a rise in waiting times.', 'Senior figures were hard to find in the accounts.', 'Opposition figures for the first quarter show a fall in support.'],
    },
  },
  {
    id: 'anonymous.code-named',
    category: 'anonymous',
    triggers: ['witness', 'soldier', 'officer', 'person', 'source', 'complainant', 'victim', 'patient', 'employee', 'juror', 'identified', 'known'],
    alsoTriggers: [...lexicon.speech, 'testified', 'evidence'],
    // A source the court or the story knows only by a code: "Witness A, whose identity is
    // protected, said", "Soldier F told the inquest", "a witness identified only as KX-12, who
    // said". Only as the teller of something: "Soldier F was charged" is no source.
    pattern: `(?<![\\w-])(?<src>(?:Witness|Soldier|Officer|Person|Source|Complainant|Victim|Patient|Employee|Juror)\\s+(?:[A-Z]{1,2}|[A-Z]?\\d{1,3})(?![\\w’'-])|(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+(?:[\\w-]+\\s+){0,2}(?:witness|soldier|officer|source|employee|man|woman),?\\s+(?:identified|known|referred\\s+to)\\s+(?:only\\s+)?(?:by\\s+the\\s+(?:code|pseudonym)\\s+|as\\s+)[“"‘']?[A-Z][\\w-]*[”"’']?)(?=(?:,?\\s+@w|,){0,14}?\\s+(?:@adv\\s+)?(?:said|says|told|tells|testified|claimed|alleged|described|recalled|gave\\s+evidence|insisted|admitted|explained)(?![\\w’'-]))`,
    explanation: 'Anonymous source: the story knows this person only by a code, so the reader cannot check who they are or what they know.',
    examples: {
      match: [
        'Witness A, whose identity is protected by a court order, said she was paid to hide the weapon.',
        'Soldier F told the inquest he had fired in self-defence.',
        'The tribunal heard from a protected witness, identified only as "KX-12", who said he saw the soldiers.',
      ],
      noMatch: ['Soldier F was charged with two counts of murder.', 'Officer A was suspended on full pay.'],
    },
  },
  {
    id: 'anonymous.headline-sources',
    category: 'anonymous',
    triggers: ['sources', 'source', 'insiders', 'insider'],
    // A headline resting on unnamed sources, by a colon at its end ("Oil giant eyes $30bn
    // takeover: sources"), in the title or run into its story by a dash.
    pattern: '(?<=\\S\\s*)[:|]\\s*(?<src>[Ss]ources?|SOURCES?|[Ii]nsiders?|INSIDERS?)(?:\\s+say)?(?=\\s*$|\\s+[—–]\\s+[A-Z])',
    explanation: 'Unnamed source ("{source}"): the headline rests on sources the reader cannot identify. Who are they, and how would they know?',
    examples: {
      match: ['Oil giant eyes $30bn takeover: sources', 'Oil giant eyes $30bn takeover: sources — The deal would create a giant.'],
      noMatch: ['Sources: Reuters, AP', 'The list of sources: see below.'],
    },
  },
  {
    id: 'anonymous.people-say',
    category: 'anonymous',
    triggers: ['people', 'women', 'men'],
    alsoTriggers: lexicon.speech,
    // A count of people is data, not a source: "the number of young people in the state who have reported".
    notAfter: "(?<![\\w’'-])(?:number|share|percentage|proportion|percent|rate|majority|minority|half|third|quarter|thousands|millions|%)\\s+of\\s+(?:the\\s+)?$",
    pattern: `${NP_START}(?<src>(?:(?:@vagueQuantifier|@numberWord|\\d+)\\s+(?:(?:dozen|hundred)s?\\s+(?:of\\s+)?)?${MOD}{0,2}|(?:(?:@vagueQuantifier)\\s+)?(?:[Ll]ocal|[Oo]rdinary|[Yy]oung|[Oo]lder|[Ee]lderly)\\s+)(?:people|women|men)|(?<=^[“"‘(]?)People(?=\\s+who\\s+(?!(?:said|say|says|told|tell|it|he|she|they|we|I|you)(?![\\w’'-])))|[Pp]eople\\s+on\\s+the\\s+ground)${PP}?${WHO}?\\s+${NOT_HYPOTHETICAL}${VERB_PREFIX}@speech@end${NOT_NOUN_USE}`,
    explanation: 'Unnamed source ("{source}"): the reader cannot check who they are or how they know.',
    examples: {
      match: ['Some people say the bridge is unsafe.', 'More than two dozen Fox News women told the lawyers about their harassment.', 'Two women who worked there said the manager had threatened them.', 'Two people said it was delayed.', 'Local people reported seeing a flash of light.', 'Several people within New Zealand Rugby told RNZ that the board had been split.', 'Several people who worked on the game described a culture of crunch.', 'People who have played the demo told the site that the combat is harder.', 'People on the ground in Kununurra say the water is still rising.'],
      noMatch: ['Two people were hurt in the crash.', 'Two men were arrested on Friday.', 'The share of young people in the state who have reported using meth rose.', 'People who said the vote was rigged were wrong.', 'People in the town say hello to strangers.', 'I do not mean to critique people who have created a profile or suggest they deserve it.'],
    },
  },
  {
    id: 'anonymous.later-mention',
    category: 'anonymous',
    triggers: lexicon.person,
    alsoTriggers: lexicon.speech,
    pattern: `${NP_START}(?<src>[Tt]he\\s+${MOD}{0,3}@person)@end${NO_APPOSITIVE_NAME}(?:,\\s+who)?\\s+${NOT_HYPOTHETICAL}${VERB_PREFIX}@speech@end${NOT_NOUN_USE}`,
    laterMention: true,
    explanation: 'Anonymous source ("{source}"): the unnamed source introduced earlier. The reader still cannot check who it is.',
    examples: {
      match: [
        'One law enforcement official said the devices matched. "He is good," the official said.',
        'A source said the deal was off. The talks failed, the source, who said he had spoken to people inside, told Reuters.',
        // One role under two names: "officer", then "official".
        '"It is bad," said one bank security officer. Regulators do not care, the bank official said.',
      ],
      noMatch: ['Analyst Jane Doe cut her forecast. That is a buying opportunity, the analyst said.'],
    },
  },
  {
    id: 'anonymous.group-later',
    category: 'anonymous',
    triggers: lexicon.genericGroup,
    alsoTriggers: lexicon.speech,
    // The plural of later-mention, for the groups anonymous.generic-group reads only bare or
    // counted: "Two Clinton donors tell ABC News that… The donors who spoke to ABC News also say".
    // Kept only after an unnamed group of the same head noun (laterMention), so "the doctors
    // said" after named doctors stays unflagged.
    pattern: `${NP_START}(?<src>[Tt]he\\s+${MOD}{0,2}@genericGroup)@end${NOT_ORGANISATION}${WHO}?${NOT_PRONOUN_SUBJECT}\\s+${NOT_HYPOTHETICAL}${VERB_PREFIX}${NOT_AFTER_DETERMINER}@speech@end${NOT_NOUN_USE}`,
    laterMention: true,
    explanation: 'Anonymous source ("{source}"): the unnamed group introduced earlier. The reader still cannot check who they are.',
    examples: {
      match: ['Two Clinton donors tell ABC News that she made the claim. The donors who spoke to ABC News also say there is anger.'],
      noMatch: ['Dr Ana Lima and Dr Ben Okafor treated him. The doctors said he was recovering.'],
    },
  },
  {
    id: 'anonymous.later-mention-inverted',
    category: 'anonymous',
    triggers: lexicon.person,
    alsoTriggers: lexicon.invertedSpeech,
    // The same later mention after its verb: "“You have to suggest something,” said the associate."
    pattern: `(?:^|[,”"’]\\s*)(?<span>@invertedSpeech\\s+(?<src>the\\s+${MOD}{0,2}@person))@end${NO_APPOSITIVE_NAME}(?=\\s*(?:[,.;:!?”"’)—–]|$))`,
    laterMention: true,
    explanation: 'Anonymous source ("{source}"): the unnamed source introduced earlier. The reader still cannot check who it is.',
    examples: {
      match: ['A close Trump associate said he listens to the last person. “You have to suggest something to him,” said the associate.'],
      noMatch: ['Analyst Jane Doe cut her forecast. “That is a buying opportunity,” said the analyst.'],
    },
  },
  {
    id: 'anonymous.some-say',
    category: 'anonymous',
    triggers: ['some', 'others', 'many', 'most'],
    alsoTriggers: ['say', 'said', 'argue', 'argued', 'believe', 'believed', 'fear', 'feared', 'claim', 'claimed', 'contend', 'insist', 'insisted', 'worry', 'warn', 'warned', 'suggest', 'suggested', 'maintain', 'criticised', 'criticized', 'reported', 'note', 'noted', 'point', 'pointed', 'call', 'called', ...lexicon.progressiveSpeech],
    // "Some say", "Others fear", "But many argued": a quantifier standing for unnamed people, as
    // the subject of a sentence. Mid-sentence ("respondents, some said") it counts people already named.
    // Also a part of a field ("many in the space community note", "some in the party fear"), and
    // after a clause joined by "though", "while" or "but" (", though some warn that").
    // "Reported" only with what they saw or felt ("Others reported being logged off"), not a
    // company's "Most reported a profit".
    pattern: `(?:^|(?<=^(?:But|And|Yet|Still|Meanwhile|However),?\\s+)|(?<=(?:[,;]|\\s[—–])\\s*(?:though|although|while|whereas|but|yet)\\s+|;\\s*))(?<src>(?:[Ss]ome|[Oo]thers|[Mm]any|[Mm]ost)(?:\\s+(?:in|within|inside|across|throughout)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:community|industry|sector|field|party|administration|government|movement|profession|business|world|region|league|newsroom|building|camp|White\\s+House|Congress|Parliament))?)\\s+(?:@adv\\s+)?(?:(?:are|were)\\s+(?:saying|arguing|warning|suggesting|predicting|speculating|claiming|insisting|questioning)@end|(?:(?:have|had)\\s+)?(?:say|said|argue|argued|believe|believed|fear|feared|claim|claimed|contend|insist|insisted|worry|warn|warned|suggest|suggested|maintain|criticised|criticized|note|noted|point\\s+out|pointed\\s+out|call(?:ed)?\\s+(?:it|this|that|them))@end|reported(?=\\s+(?:that|[a-z]+ing)(?![\\w’'-])))(?!\\s+(?:to|of|about|for|by|in|goodbye|hello)(?![\\w’'-]))`,
    explanation: 'Unnamed group ("{source}"): the story does not say who they are or how many hold this view. Who exactly, and how would they know?',
    examples: {
      match: [
        'Some say the ring carries a curse.',
        'But others said they were more interested.',
        'Others fear that impeachment could hurt the party.',
        'Others reported being logged off the service.',
        'But many in the space community note that he has a conflict.',
        'Meanwhile, some in the purchasing community are arguing that markets should act.',
        'Analysts expect another cut in December, though some warn that wage growth remains stubborn.',
        'Some MPs believe a challenge could come before the recess, while others say the party cannot afford it.',
        'Some players loved the new map. Others called it a swampy mess.',
      ],
      noMatch: [
        'Of the 40 people surveyed, some said they would move.',
        'Others called him at home.',
        'Some believe in ghosts.',
        'Most say goodbye at the door.',
        'Most reported a profit in the quarter.',
        'Many were feared dead after the quake.',
      ],
    },
  },
  {
    id: 'anonymous.people-later',
    category: 'anonymous',
    triggers: ['people', 'person'],
    alsoTriggers: lexicon.speech,
    pattern: `${NP_START}(?<src>[Tt]he\\s+(?:people|person))\\s+${VERB_PREFIX}@speech@end${NOT_NOUN_USE}`,
    requiresEarlier: `(?:[Pp]eople|[Pp]ersons?|[Ii]ndividuals?)\\s+@familiar`,
    explanation: 'Anonymous source ("{source}"): the unnamed people introduced earlier. The reader still cannot check who they are.',
    examples: {
      match: [
        'Executives called the team, according to three people familiar with the discussions. The company had no notice, the people said.',
        'People familiar with the talks said a deal was close, though the people cautioned that details could change.',
      ],
      noMatch: ['The people said they were tired of waiting.'],
    },
  },
  {
    id: 'anonymous.one-of-them',
    category: 'anonymous',
    triggers: ['one', 'another', 'them'],
    alsoTriggers: ['said', 'says', 'told', 'added', 'noted', 'explained', 'recalled', 'described', 'wrote', 'argued', 'insisted', 'confirmed', 'cautioned', 'warned'],
    // "Two people with knowledge of the investigation said… One of them said…", "Republican
    // senators said privately… One said…", "One EU diplomat described…, while another warned":
    // one of an unnamed group named earlier in the story, and still not named. A short verb list
    // keeps the pattern small: a rule tried this rarely costs more to compile (V8 recompiles
    // patterns whose code it has dropped) than to run.
    pattern: `(?:${NP_START}(?<src>(?:[Oo]ne|[Ss]everal|[Ss]ome|[Tt]wo|[Tt]hree|[Mm]any|[Mm]ost|[Bb]oth)\\s+of\\s+(?:them|those\\s+people|the\\s+(?:people|persons|sources|officials)))|(?:^|(?<=(?:[,;]|(?<![\\w’'-])(?:while|whereas|but))\\s+))(?<src2>[Oo]ne|[Aa]nother))${NO_APPOSITIVE_NAME}\\s+(?:also\\s+)?(?:said|says|told|added|noted|explained|recalled|described|wrote|argued|insisted|confirmed|cautioned|warned)(?![\\w’'-])`,
    // Read over the whole text once per article: plain words, the head noun first.
    requiresEarlier: `@laterHead(?![\\w-])`,
    explanation: 'Anonymous source ("{source}"): one of the unnamed people introduced earlier. The reader still cannot check who it is.',
    examples: {
      match: [
        'Two people with knowledge of the investigation said the chief was interviewed. One of them said the inquiry was focused on overtime.',
        'Republican senators said privately that they did not have the votes. One said the leadership had miscounted.',
        'One EU diplomat described the mood as cautiously positive, while another warned that Slovakia could still object.',
        'Two diplomats said the talks had stalled, and several of them told the paper a deal was still possible.',
      ],
      noMatch: ['The committee heard from the Smiths. One of them said the plan was unfair.', 'One said the plan was unfair.'],
    },
  },
  {
    id: 'anonymous.unnamed-person',
    category: 'anonymous',
    triggers: lexicon.person,
    alsoTriggers: ['said', 'says', 'told', 'tells', 'added', 'claimed', 'insisted', 'argued', 'explained', 'wrote', 'recalled', 'chimed', 'complained', 'admitted'],
    // Not a source withheld: "Bild, without giving a source, said".
    notAfter: "(?<![\\w’'-])(?:without|not)\\s+(?:giving|citing|naming|identifying|quoting|disclosing|revealing|offering|providing)\\s+$",
    pattern: `${NP_START}${NOT_APPOSITIVE}(?<src>(?:[Oo]ne|[Aa]nother|[Aa]n?)\\s+${MOD}{0,2}@person(?:\\s+(?:at|from|in|of|with)(?:\\s+@cap){1,3})?)${NOT_REPRESENTATIVE}${NO_APPOSITIVE_NAME}${NOT_FIRST_NAME_ONLY}(?:\\s+@w|,){0,9}?(?<![A-Z][a-z’'-]+)(?<!,\\s+(?:(?:the|a|an|its|their|[\\w-]+['’]s)\\s+[\\w’'-]+(?:\\s+[\\w’'-]+)?|(?:and|but|while)\\s+[\\w’'-]+(?:\\s+[\\w’'-]+){0,3}))\\s+(?:@adv\\s+)?${NOT_AFTER_DETERMINER}(?:said|says|told|tells|added|claimed|insisted|argued|explained|wrote|recalled|chimed\\s+in|complained|admitted)@end${NOT_REDUCED_PASSIVE}${NOT_PASSIVE}${NOT_ORDER}`,
    explanation: 'Unnamed person ("{source}"): the reader cannot check who this is or whether their view is typical.',
    examples: {
      match: [
        '"Or being grunge in the 90s," another student chimed in.',
        'One student at Duke University in Durham, North Carolina, said he agreed.',
      ],
      noMatch: [
        'A missile hit a vessel in Odesa, killing one crew member, Ukraine’s navy said in a post.',
        'Bild, without giving a source, said the chancellor was considering a reshuffle.',
        'A nurse who gave only her first name, Grace, said staff had worked 14-hour shifts.',
        'The military said it had targeted an operative in Nabatieh, and the health ministry said one person was killed.',
        'A student was arrested on Monday.',
        'He said a student had been hurt.',
        'A senior Vietnamese official said to be close to the party chief has been placed under investigation.',
        'Another Duke student, Brittany, said her class ran a survey.',
        'Omar Lamrani, a senior military analyst at Stratfor, told the magazine it was secular.',
        'Hicks, a Navy veteran herself and the wife of an active-duty Navy member, said her aim was to honour him.',
        'To a senior executive at the firm, Ailes complained about his pay.',
      ],
    },
  },
  {
    id: 'anonymous.anonymity',
    category: 'anonymous',
    triggers: ['anonymity', 'anonymously', 'anonymous', 'named', 'identified', 'authorized', 'authorised', 'name', 'names', 'background', 'record', 'attribution'],
    // Every clause granting anonymity opens with one of these: most sentences with "name" never
    // reach the pattern.
    alsoTriggers: ['who', 'whom', ...ANONYMITY_PARTICIPLES, 'spoke', 'talked'],
    // The span is the source and its tail; the clause granting anonymity only qualifies it. The
    // pattern finds the clause first and reads the source backwards from it (`pre`): tried at
    // every word, the source's modifier lists made this one of the engine's costliest rules.
    // Any noun after a/an/one right before the clause is a person ("One former moderator, who asked…";
    // not "described a culture of intimidation at the warehouse, speaking on condition…").
    // Any lower-case plural may be the source ("townspeople, who asked not to be named"); capitalised
    // at a sentence start only a few everyday ones: "Reuters, speaking on condition…" is an outlet.
    pattern: `(?=(?:${APPOSITIVE})?,?\\s+(?:${SOME_OF_WHOM}|who|${ANONYMITY_PARTICIPLE}|spoke|talked)(?![\\w’'-]))(?<=${NP_START}(?<pre>(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${NOUN_MOD}{0,3}|${DET}${MOD}{0,3})(?<src>@group|@person|people|persons?|staff|reporters|journalists|women|men|children|(?!@functionWord@end)[a-z][a-z-]{2,}s|(?<=(?<![\\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${NOUN_MOD}{0,3})(?!@functionWord@end)[a-z][a-z-]{2,}(?=(?:${APPOSITIVE})?,?\\s+(?:who|${ANONYMITY_PARTICIPLE}|spoke|talked)(?![\\w’'-])|${PP},\\s+who(?![\\w’'-]))|(?:Nurses|Doctors|Teachers|Parents|Staffers|Workers|Employees|Residents|Students|Soldiers|Officers|Members|Volunteers|Pupils))@end${PP}?)(?<span>)(?:${APPOSITIVE})?(?:,?\\s+(?:(?:${SOME_OF_WHOM}|who)\\s+(?:@w,?\\s+){0,20}?|${ANONYMITY_PARTICIPLE}\\s+(?:@w\\s+){0,9}?|(?:spoke|talked)\\s+(?:@w\\s+){0,9}?)(?:anonymity|anonymously|(?:remain|stay)\\s+anonymous|on\\s+background|off\\s+the\\s+record|not\\s+for\\s+attribution|(?:condition\\s+)?(?:that\\s+)?(?:he|she|they)\\s+not\\s+be\\s+(?:named|identified)|(?:not\\s+)?to\\s+be\\s+(?:named|identified)(?!\\s+as)|not\\s+authori[sz]ed\\s+to|(?:their|his|her)\\s+names?\\s+(?:(?:not\\s+be|(?:was|were|is|are)\\s+not|would\\s+not\\s+be)\\s+(?:published|used|given|disclosed|revealed)|be\\s+withheld)|(?:give|gave|provide|use)\\s+(?:their|his|her|a|full)\\s+(?:full\\s+)?names?(?!\\s+(?:only\\s+)?as\\s)))`,
    explanation: 'Anonymous source: the story grants this source anonymity. Ask why, and whether anything is confirmed on the record.',
    examples: {
      match: [
        'A local official in Ménaka, speaking anonymously for fear of reprisals, said gunmen had torched the store.',
        'A senior official, who spoke on condition of anonymity, confirmed the plan.',
        'A Syrian refugee who feared retaliation and asked not to be identified said so.',
        'Two diplomats, speaking on condition of anonymity, confirmed the plan.',
        'Two administration officials, granted anonymity to discuss private deliberations, said the plan was final.',
        'The official, who declined to be named, added that talks would resume next week.',
        'Two council members, speaking on condition of anonymity because the talks are ongoing, said a deal was close.',
        'One reporter, who asked not to be named for fear of retaliation, said morale was at rock bottom.',
        'A senior official in the Ministry of External Affairs, who did not wish to be named, said the concerns were conveyed.',
        'Three policymakers, speaking on condition of anonymity, said a cut was far from a done deal.',
        'Several residents, who did not want to give their names for fear of reprisals, said gunfire continued for hours.',
        'Two lawyers involved in the case, who spoke on condition of anonymity, said the payout was large.',
        'A senior EU official, briefing journalists on condition of anonymity ahead of the summit, said leaders were close to a deal.',
        'A senior Hamas official, speaking to Al Jazeera on condition of anonymity, said the group wanted guarantees.',
        'A police officer, asking not to be named, said the raid was planned for weeks.',
        'Members of the congregation, some of whom asked not to be named, said the pastor asked them to sign.',
        'A soldier from the 47th Brigade, who asked that his name not be published for security reasons, said so.',
        'As one knowledgeable friend of mine, who wishes to remain anonymous, remarked, it takes a machine.',
        'Wildlife officials in Alberta, speaking on background, said the herd had declined.',
        'One relative, speaking on condition that she not be identified, said the patriarch had not spoken to him.',
        'Staffers at the magazine, who spoke to the Ledger on condition of anonymity because they were not authorized, said morale had collapsed.',
        'A producer who worked on the segment, and who asked not to be named, said the interview had been edited.',
        'Two councillors, speaking on condition they not be named, said the deputy leader had been warned.',
        'Two Border Patrol agents, who spoke to the Los Angeles Times on condition of anonymity, said morale had collapsed.',
        // The clause may run long: up to twenty words before the anonymity it grants.
        'A former senior official who worked closely with him for the better part of a decade and who, like several others, insisted on anonymity said so.',
        'Two of the women, who spoke separately and asked not to be identified because they feared being sued, described the same encounter.',
        'A longtime associate of the family, who agreed to speak only if his name was not published, put it more bluntly.',
        'An RMT representative at the depot, who did not want to be named, said drivers were tired.',
        'One asylum seeker, a 23-year-old from Eritrea who asked that his name not be used, said he had paid smugglers.',
        'According to two officials briefed on the talks, the exchange was brokered by Oman. The officials spoke on condition of anonymity because they were not authorised to speak.',
        'Nurses at the hospital, who spoke to the Ledger on condition of anonymity, said patients were discharged early.',
        'One former moderator, who asked not to be named for fear of retaliation, said the team had been cut.',
        'A Meta employee posting anonymously on the workplace app Blind said the layoffs would hit hardest.',
      ],
      noMatch: [
        'The official, who took office in May, confirmed the plan.',
        'A man who was later identified as John Smith said he saw the crash.',
      ],
    },
  },
  {
    id: 'anonymous.social-users',
    category: 'anonymous',
    triggers: ['users', 'user', 'commenter', 'commenters', 'poster', 'posters', 'commentators', 'accounts', 'account', 'netizens', 'fans', 'viewers', 'followers'],
    alsoTriggers: [...SOCIAL_VERBS, 'pointed', 'argue', 'claim', 'say', 'speculate', 'quick'],
    // "One Weibo commenter said", "one user on Weibo posted", "other social media users have
    // offered", "prompted some Twitter users to argue".
    // "were quick to point out" only in the plural: a singular user "was quick to" is a figure of
    // speech for someone already known ("Trump's first anti-Batchelder Twitter user").
    pattern: `${NP_START}(?<src>${DET}(?:${PLATFORMS}\\s+(?:users?|commenters?|posters?|commentators?|accounts?)|(?:[Uu]sers?|[Cc]ommenters?|[Pp]osters?|[Ff]ans|[Vv]iewers|[Ff]ollowers)\\s+on\\s+${PLATFORMS}|[Nn]etizens))${SOCIAL_TAIL}`,
    explanation: 'Unnamed social-media users: the reader cannot check who they are or whether they are representative.',
    examples: {
      match: [
        'Users on Xiaohongshu complained that the battery drained far faster than advertised.',
        'One Weibo commenter said the ban was overdue.',
        'Some Twitter users argued the clip was edited.',
        'One user on Weibo, which is China’s version of Twitter, posted: “How did they get here?”',
        'Other social media users have offered differing estimates.',
        'The video prompted some Twitter users to argue that it was edited.',
        'Fans on TikTok were quick to point out that the actor had unfollowed his co-star.',
        'Some users on Reddit reported that the update had bricked their routers.',
        'Some Facebook users in the community group claimed the fire had been deliberately lit.',
      ],
      noMatch: ['Twitter users can now edit posts.', 'Fans on TikTok can watch the concert live.'],
    },
  },
  {
    id: 'anonymous.platform-group',
    category: 'anonymous',
    // Any plural on a platform is its users ("crypto investors on Reddit and Telegram"); apart from
    // anonymous.social-users so that only sentences naming a platform pay for the open head noun.
    triggers: ['weibo', 'twitter', 'facebook', 'reddit', 'tiktok', 'instagram', 'youtube', 'telegram', 'wechat', 'threads', 'bluesky', 'online', 'social'],
    alsoTriggers: [...SOCIAL_VERBS, 'pointed', 'argue', 'claim', 'say', 'speculate', 'quick'],
    pattern: `${NP_START}(?=(?:[A-Za-z][a-z-]{2,}s|[Pp]eople)\\s+on\\s+${PLATFORMS})(?<=(?<pre>${NP_START}${DET}${MOD}{0,2}))(?<src>(?!@platformContent@end)(?:[A-Za-z][a-z-]{2,}s|[Pp]eople)\\s+on\\s+${PLATFORMS}(?:\\s+and\\s+${PLATFORMS})?)${SOCIAL_TAIL}`,
    explanation: 'Unnamed social-media users: the reader cannot check who they are or whether they are representative.',
    examples: {
      match: ['Crypto investors on Reddit and Telegram accused the developers of minting new tokens.', 'Some parents on Facebook claimed the school had been warned.', 'A lot of people on Twitter pointed it out within minutes.'],
      noMatch: ['Posts on Reddit claimed the tokens had been minted early.', 'Investors on Reddit can vote on the proposal.', 'People on Twitter can now edit their posts.'],
    },
  },
];
