/**
 * Every place a text may name a publication: gazetteer outlets, unlisted outlets that read like
 * mastheads ("the Sioux Falls Argus Leader"), back-references ("the outlet", "the news agency")
 * and outlet types ("state media"). Whether a mention is secondhand reporting is decided by the
 * cues around it (secondhand.ts); here we only find candidates.
 */
import { findOutletMentions, looksLikeOutletName, MASTHEAD_WORDS, type Outlet } from '../outlets/index.ts';
import { compile } from '../rules/compile.ts';
import { genericGroup, group, mediaType, outletAnaphor, person } from '../rules/lexicon.ts';
import type { Triggered, TriggerSpec } from './triggers.ts';
import type { Span } from '../types.ts';
import type { Publisher } from './publisher.ts';

export type MentionKind = 'outlet' | 'unlisted' | 'anaphor' | 'media-type';
/** Sentence patterns: back-references and outlet types, and names introduced by their kind. */
type PatternKind = 'anaphor' | 'media-type' | 'introduced' | 'named-by-kind' | 'reports-citing';

export interface Mention extends Span {
  kind: MentionKind;
  /** Canonical outlet name, the tidied phrase for unlisted outlets and outlet types, '' for anaphors. */
  name: string;
  outlet: Outlet | null;
  /** Also an ordinary word ("Deadline", "Variety"): only strong cues count. */
  ambiguous: boolean;
  /** The story itself calls it an outlet ("WAM, the state news agency,"): any cue counts. */
  declared?: boolean;
  broadcaster: boolean;
}

/**
 * A name the story introduces by its kind: "the Mexican newspaper Reforma", "the news site Efecto
 * Cocuyo", "Spanish outlet AS", "the independent TV channel Formula", "the pro-government channel
 * Imedi". "Outlet", "site" and "channel" alone are a shop, a place and a waterway ("the retail
 * outlet", "the site Bravo"), so they need "news", "media", a nationality or a slant before them.
 * The name is a run of capitalised words (accented ones too: "Aïr Info"), with the small words of
 * Spanish, Italian and Arabic mastheads ("La República", "Al-Akhbar"); a possessive or a lowercase
 * word ends it. After "station", "channel" or "network" it may start with a digit ("radio station
 * 6PR", "TV channel 2M").
 */
const INTRODUCED_OUTLET =
  /(?<![\w’'-])(?:newspaper|daily|weekly|tabloid|broadsheet|magazine|newsletter|(?<=trade\s)(?:journal|publication)|news\s+(?:agency|site|website|portal|outlet|channel|service)|media\s+outlet|(?<=(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|[Ll]ocal|[Ss]tate|[Oo]nline|[Ii]ndependent|[Dd]igital|Telegram|YouTube|investigative|entertainment|business|financial|sports|tech|fan|gossip|celebrity|rumou?r|opposition|pro-[\w-]+|[\w]+-(?:leaning|run|owned|backed|based|language))\s)(?:outlet|site|website|portal|channel)|broadcaster|(?:TV|television|radio)\s+(?:channel|station|network)|(?<=(?:[Ss]tate|[Pp]ublic|[Nn]ational)\s)(?:television|TV|radio)|wire\s+service)\s+(?<name>(?:(?:Al|El|La|Le|Il|Die|Der|De|Das|O)[ -])?(?:[A-ZÀ-Þ]|(?<=(?:station|channel|network)\s+)\d)[\w.&!’'À-ɏ-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w.&!’'À-ɏ-]*|de|del|di|da|do|dos|la|el|y|of|the|and)){0,4})/g;
/**
 * The same kind after the name: "the Houthi-run Saba news agency", "Al Qabas newspaper", "the
 * Nikkei business daily", "state-run MRTV television", "the High Performance podcast" (a show by
 * its name is the outlet, as the taxonomy has it; not a programme, which may be the EU's). A broadcaster's kind only with "the" or a
 * "-run" before it ("Apple TV" is a product). Not a nationality ("the Russian news agency") nor
 * the paper's day ("the Sunday newspaper").
 */
const NAMED_BY_KIND =
  /(?<![\w’'-])(?:(?:[Tt]he\s+)?[\w’'-]+-(?:run|owned|backed|based|affiliated|linked|controlled|language)\s+(?<n1>[A-ZÀ-Þ][\w.&!’'À-ɏ-]*(?:[ \t]+[A-ZÀ-Þ][\w.&!’'À-ɏ-]*){0,2})\s+(?:(?:business|financial|economic|[a-z]+-language)\s+)?(?:news\s+agency|newspaper|daily|tabloid|broadcaster|news\s+site|news\s+website|television|TV|radio)|(?:[Tt]he\s+)?(?<n2>[A-ZÀ-Þ][\w.&!’'À-ɏ-]*(?:[ \t]+[A-ZÀ-Þ][\w.&!’'À-ɏ-]*){0,2})\s+(?:(?:business|financial|economic|[a-z]+-language)\s+)?(?:news\s+agency|newspaper|daily|tabloid|magazine|news\s+site|news\s+website|public\s+broadcaster|state\s+broadcaster|podcast)|[Tt]he\s+(?<n3>[A-ZÀ-Þ][\w.&!’'À-ɏ-]*(?:[ \t]+[A-ZÀ-Þ][\w.&!’'À-ɏ-]*){0,2})\s+(?:broadcaster|television|TV|radio))(?![\w’'-])/dg;
/**
 * Capitalised words that describe an outlet rather than name it. Demonyms in -i, -ch and -an
 * (but -ian, -ean, -can) are listed: a name may end so too ("the pro-government channel Imedi",
 * "Punch newspaper", "the judiciary's Mizan news agency").
 */
const NOT_A_NAME =
  /^(?:[A-Z][a-z]+(?:ian|ean|can|ese|ish|ic)|German|Cuban|Afghan|Venezuelan|Angolan|Tibetan|Nicaraguan|Guatemalan|Samoan|Catalan|(?:Israel|Iraq|Pakistan|Saud|Yemen|Kuwait|Oman|Qatar|Bahrain|Emirat|Azerbaijan|Bangladesh|Nepal|Somal|Kashmir|Punjab|Bengal|Gujarat|Sindh|Afghan|Tajik|Uzbek)i|Arab|Greek|Thai|Swiss|Welsh|Basque|Farsi|Hebrew|Urdu|Hindi|Dutch|French|Czech|Polish|Irish|Scottish|US|U\.S\.|UK|EU|UN|State|National|Local|Official|Independent|Online|Regional|Provincial|Sunday|Saturday|Weekend|Evening|Morning|Catholic|Jewish|Muslim|Christian|Islamist|Conservative|Liberal|Opposition|Business|Financial|Sports?|Tech|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words for people, which may report something too ("Police reported, citing witnesses"). */
const PEOPLE_WORDS = new Set([...group, ...person, ...genericGroup, 'police', 'authorities', 'they', 'it', 'he', 'she', 'we'].map((w) => w.toLowerCase()));

/**
 * Patterns for back-references, outlet types and names introduced by their kind, run sentence by
 * sentence where their trigger words occur (the engine's shared trigger pass, detect/triggers.ts):
 * over the whole text, the introduced names alone cost a tenth of the engine.
 */
export const MENTION_PATTERNS: { kind: PatternKind; regex: RegExp; trigger: TriggerSpec }[] = [
  {
    kind: 'anaphor',
    // One modifier may come between: "the student newspaper", "the British broadcaster"; not a
    // document's kind ("the white paper") nor a station that is a place ("the police station").
    regex: compile(
      '(?<![\\w-])[Tt]he\\s+(?:(?!(?:white|green|policy|research|working|discussion|position|toilet|academic|scientific|term|police|fire|space|train|railway|rail|bus|gas|petrol|fuel|power|pumping|weather|polling|tube|subway|metro|service|charging|base|ranger|duty|naval|military|relay|lifeboat|coastguard|ambulance|ski|field|way|filling)\\s)[A-Za-z]+\\s+)?@outletAnaphor(?![\\w-])(?!\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\\w-]))[A-Z])',
      'g',
    ),
    trigger: { any: outletAnaphor.map((w) => w.split(' ').pop()!) },
  },
  {
    kind: 'media-type',
    // Also a nationality's media ("Russian media reported", "according to Israeli media"): a
    // capitalised word with a demonym's ending before a media noun.
    regex: compile(
      '(?<![\\w-])(?:[A-Z][a-z]+\\s+)?@mediaType(?![\\w-])|(?<![\\w-])(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|Hebrew|Arabic|Arab|Greek|Thai|Swiss|Welsh|Basque|Farsi|U\\.S\\.|US|UK|EU|[A-Z][a-z]+-language)\\s+(?:media|press|television|TV|newspapers|broadcasters|news\\s+(?:outlets|sites|websites|channels)|dailies|tabloids)(?![\\w-])',
      'g',
    ),
    trigger: { any: ['media', 'tv', 'television', 'broadcaster', 'broadcasters', 'agency', 'news', 'press', 'outlets', 'newspapers', 'newspaper', 'radio', 'dailies', 'tabloids'] },
  },
  {
    kind: 'media-type',
    // An outlet described but not named: "A Turkish daily close to the government reported", "a
    // Harare weekly", "one pro-Kremlin tabloid". A modifier is needed: "a daily" may be a dose.
    regex: compile(
      "(?<![\\w-])(?:[Aa]n?|[Oo]ne)\\s+(?:(?:[A-Z][\\w’'-]+|(?:pro|anti)-[\\w-]+|\\w+-(?:run|owned|leaning|based|language|backed)|state|local|regional|national|leading|major|popular|independent|online|business|financial|investigative|opposition|conservative|liberal|weekly|daily)\\s+){1,3}(?:daily|weekly|newspaper|tabloid|broadsheet|news\\s+(?:site|website|agency|portal|outlet)|broadcaster|(?:TV|television)\\s+(?:channel|station)|radio\\s+station)(?:\\s+(?:close\\s+to|linked\\s+to|aligned\\s+with|affiliated\\s+with|owned\\s+by|run\\s+by|allied\\s+with)\\s+(?:the\\s+)?[\\w’'-]+)?(?![\\w-])",
      'g',
    ),
    trigger: { any: ['daily', 'weekly', 'newspaper', 'tabloid', 'broadsheet', 'site', 'website', 'portal', 'outlet', 'agency', 'broadcaster', 'channel', 'station'] },
  },
  {
    kind: 'introduced',
    // A name a state, an army or a government runs, doing what outlets do: "Myanmar's state-run
    // Global New Light of Myanmar reported that…", "the army-aligned Sudan News Agency reported on".
    // Not "said" ("state-owned Aramco said"), nor "reported" a figure ("reported a profit").
    regex: /(?<![\w’'-])(?:[Ss]tate|[Gg]overnment|[Aa]rmy|[Mm]ilitary|Kremlin|[Jj]unta|[Rr]egime)-(?:run|owned|backed|aligned|controlled|affiliated|funded)\s+(?<name>[A-ZÀ-Þ][\w.&!’'À-ɏ-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w.&!’'À-ɏ-]*|of|the|and)){0,5})(?=\s+(?:reported\s+(?:that|on)|quoted|cited|broadcast|aired|showed)(?![\w-]))/g,
    trigger: { any: ['run', 'owned', 'backed', 'aligned', 'controlled', 'affiliated', 'funded'] },
  },
  {
    kind: 'reports-citing',
    // Only a news outlet reports citing its sources: "…, TechCabal reported, citing two people".
    regex: /(?<![\w’'-])(?<name>[A-ZÀ-Þ][\w.&!’'À-ɏ-]*(?:[ \t]+[A-ZÀ-Þ][\w.&!’'À-ɏ-]*){0,3})(?=,?\s+(?:reported|reports)(?:\s+on\s+[A-Z][a-z]+)?,\s+citing\s)/g,
    trigger: { any: ['citing'] },
  },
  {
    kind: 'introduced',
    regex: INTRODUCED_OUTLET,
    trigger: { any: ['newspaper', 'daily', 'weekly', 'tabloid', 'broadsheet', 'magazine', 'agency', 'site', 'website', 'portal', 'outlet', 'channel', 'service', 'broadcaster', 'station', 'network', 'television', 'tv', 'radio'] },
  },
  {
    kind: 'named-by-kind',
    regex: NAMED_BY_KIND,
    trigger: { any: ['agency', 'newspaper', 'daily', 'tabloid', 'magazine', 'broadcaster', 'site', 'website', 'television', 'tv', 'radio', 'podcast'] },
  },
];
/**
 * A run of capitalised words, allowing the small words of mastheads ("of", "the", "and"). Longer
 * than any outlet name, since a reporter's name may come first ("Alexandra Olgin of South
 * Carolina Public Radio"); `outletStart` finds the outlet in it. It never crosses a line break: a
 * headline's last word is not part of the name that opens the next paragraph. A "the" inside it
 * only after "of", "for" or "at" ("Voice of the People"): in "Sources tell The Daily Ledger the
 * Nets and Raptors" the name ends before it.
 */
const CAPITALISED_RUN = /(?:(?<![\w-])[Tt]he[ \t]+)?(?<![\w’'-])[A-Z][\w.&!’'-]*(?:[ \t]+(?:[A-Z][\w.&!’'-]*|of|de|del|(?<=(?:of|for|at)[ \t]+)the|and|for|at|&)){0,8}/g;
/**
 * Local broadcasters by their call sign or channel, listed or not: "ABC7", "NBC 10", "WSB-TV",
 * "KGW 8", "WXYZ News", "11Alive", "9News". A bare call sign is not enough ("KPMG", "WIPO"),
 * except where only an outlet can stand: after "told", "according to", "speaking to", "obtained
 * by" and the like, before "reported" ("Neighbors told KSDK", "KXAN reported"), or as a dateline's
 * credit ("ST. LOUIS, MO (KTVI) –"); and never for
 * the few organisations that look like one. Every form starts with a capital or a digit, and
 * saying so first halves the time of a pass: V8 then skips other characters without trying the
 * lookbehind at each one.
 */
const BROADCAST_NAME =
  /(?=[A-Z0-9])(?<![\w-])(?:(?:ABC|NBC|CBS|FOX|Fox|CW|PBS)\s?\d{1,2}|\d{1,2}(?:Alive|News)|[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)|[KW][A-Z]{3}\s+(?:News|TV|Radio|Public\s+Radio)|[KW][A-Z]{2,3}\s+\d{1,2}|[KW][A-Z]{2,3}(?![\w-])(?<!(?<![\w-])(?:WHO|WTO|WWF|WFP|WWE|WPP|WIPO|WADA|KGB|KKK|KFC|KPMG|KLM|KKR|WSJ|WMD|WWII|WWI|KRW))(?:(?<=(?<![\w-])(?:told|[Aa]ccording\s+to|[Ss]peaking\s+to|spoke\s+to|[Tt]alking\s+to|obtained\s+by|reported\s+by|aired\s+on|[Vv]ia)\s+[KW][A-Z]{2,3})|(?=\s+(?:(?:traffic|weather|newsroom)\s+)?(?:reported|reports|first\s+reported|is\s+reporting|was\s+reporting))|(?<=\(\s*[KW][A-Z]{2,3})(?=\s*\)\s*[-–—])))(?![\w-])/g;
/**
 * A radio station by its frequency band: "Galway Bay FM". The band first, then the name read
 * backwards: a lookbehind tried at every position cost a sixth of the whole mention pass.
 */
const FM_STATION = /FM(?![\w-])(?<=(?<![\w’'-])(?<name>(?:[A-Z][\w’'-]+\s+){1,3})FM)/dg;
/** Capitalised words that open a sentence rather than a name ("Meanwhile, the daily ..."). */
const SENTENCE_START_WORDS = /^(?:Meanwhile|However|Earlier|Later|Today|Yesterday|Separately|Instead|Also|Still|Then|Now|Last|Next|In|On|At|For|But|And|So|Yet|This|That|It|He|She|They|We)$/;
/**
 * An appositive by which the story itself calls the name before it an outlet: "WAM, the UAE's
 * state news agency,", "Maariv, a Hebrew-language daily,". The outlet noun ends the appositive
 * (so "Smith, the newspaper's editor," is not one), and no preposition comes before it ("Jane
 * Smith, a reporter for the local newspaper,").
 */
const DECLARED_OUTLET =
  /,\s+(?:the|a|an)\s+(?:(?!(?:for|at|with|from|of|by|on)\s)[\w’'-]+\s+){0,4}?(?:news\s+agency|newspaper|daily|weekly|monthly|broadcaster|tabloid|news\s+site|news\s+website|news\s+portal|news\s+outlet|magazine|newsletter|trade\s+(?:journal|publication)|wire\s+service|television\s+channel|TV\s+channel|news\s+channel|Telegram\s+channel|radio\s+station)(?:\s+(?:of|in|for|with\s+(?:links|ties)\s+to|based\s+in|close\s+to|linked\s+to)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})?,/g;
/** The name right before such an appositive (searched backwards from its comma: far cheaper). */
const NAME_BEFORE_COMMA = /(?<![\w-])[A-Z][\w.&’'-]*(?:[ \t]+[A-Z][\w.&’'-]*){0,3}$/;
/**
 * Unlisted outlets always contain a masthead word ("Times", "Leader"…), so only the text around
 * those words is searched for them: far cheaper than testing every capitalised run. A hyphen may
 * join it to another word ("the Tribune-Star").
 */
const MASTHEAD = new RegExp(`(?<![\\w])(?:${[...MASTHEAD_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\w])`, 'g');
/** An appositive that says what an unlisted name is, when that is not a publication. */
const NOT_AN_OUTLET_APPOSITIVE =
  /^,\s+(?:a|an)\s+(?:(?!(?:news|media|television|TV|radio|broadcasting|publishing|newspaper)\s)[\w’'-]+\s+){0,3}?(?:group|organi[sz]ation|charity|NGO|non-?profit|coalition|alliance|think[\s-]tank|network\s+of|association|union|body|foundation|institute|initiative|collective|movement|company|firm|start-?up|consultancy|monitor)(?![\w’'-])/;
/** Scholarly journals are documents, not news outlets (taxonomy: "a study in a journal"). */
const ACADEMIC = /\b(?:Journal|Review|Annals|Proceedings|Bulletin|Archives|Transactions) of\b|\bof (?:Medicine|Science|Sciences|Economics|Physics|Chemistry|Biology)\b|\b(?:Lancet|Nature|Science|Cell|JAMA|BMJ|PNAS)\b/;

/** How far before a masthead word an outlet's name may start ("the Sioux Falls Argus Leader"). */
const MASTHEAD_REACH = 60;

/**
 * `triggered`/`patternBase`: the shared trigger pass, where MENTION_PATTERNS[k] is pattern
 * `patternBase + k`.
 */
export function findMentions(
  text: string,
  publisher: Publisher,
  sentences: readonly Span[],
  triggered: Triggered,
  patternBase: number,
): Mention[] {
  const mentions: Mention[] = [];
  for (const m of findOutletMentions(text, triggered.nameStarts ?? undefined)) {
    mentions.push({
      start: m.start,
      end: m.end,
      kind: 'outlet',
      name: m.outlet.name,
      outlet: m.outlet,
      ambiguous: !!m.ambiguous,
      broadcaster: m.outlet.kind === 'broadcaster',
    });
  }
  // Short forms of the publisher ("the Times" on The New York Times) need no earlier full mention.
  if (publisher.outlet) {
    for (const form of publisher.outlet.shortForms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
        if (isWordAt(text, i, form.length)) {
          mentions.push({ start: i, end: i + form.length, kind: 'outlet', name: publisher.outlet.name, outlet: publisher.outlet, ambiguous: false, broadcaster: false });
        }
      }
    }
  }
  const taken = spanSet(mentions);
  let searchedTo = 0;
  for (const hit of matches(MASTHEAD, text)) {
    const at = hit.index!;
    if (at < searchedTo || taken(at, at + hit[0].length)) continue;
    // Search back from the masthead word for the capitalised run that contains it, starting at a
    // word boundary outside any name so that "New York Times" is never read as "York Times".
    const from = runStart(text, Math.max(searchedTo, at - MASTHEAD_REACH));
    CAPITALISED_RUN.lastIndex = from;
    for (let m = CAPITALISED_RUN.exec(text); m && m.index <= at; m = CAPITALISED_RUN.exec(text)) {
      // A possessive ends the name: "The Tribune-Star's Jenna Moss". One before the masthead word
      // is its owner or country, and the name starts after it: "South Korea's Korea Economic Daily".
      let runAt = m.index;
      let run = m[0];
      for (let o = /['’]s?\s+/.exec(run); o && runAt + o.index + o[0].length <= at; o = /['’]s?\s+/.exec(run)) {
        runAt += o.index + o[0].length;
        run = run.slice(o.index + o[0].length);
      }
      const owner = /['’]s?(?=\s|$)/.exec(run);
      const phrase = (owner ? run.slice(0, owner.index) : run).replace(/(?:\s+(?:of|de|del|the|and|for|at|&))+$/, '').replace(/[.]$/, '');
      const end = runAt + phrase.length;
      if (end <= at) continue;
      searchedTo = end;
      const start = outletStart(phrase, runAt, at);
      if (start >= 0 && !taken(start, end)) {
        const name = text.slice(start, end);
        mentions.push({ start, end, kind: 'unlisted', name: tidyOutletName(name), outlet: null, ambiguous: false, broadcaster: /\b(?:TV|Television|Radio|Broadcasting|Channel)\b/.test(name) });
      }
      break;
    }
  }
  for (const hit of matches(DECLARED_OUTLET, text)) {
    const end = hit.index!;
    const name = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, end - 80), end))?.[0];
    if (!name) continue;
    const start = end - name.length;
    // A listed name the appositive vouches for ("WAM", an ambiguous alias) counts like any other.
    const listed = mentions.find((m) => m.start === start && m.end === end);
    if (listed) listed.declared = true;
    else if (!taken(start, end) && !SENTENCE_START_WORDS.test(name)) {
      mentions.push({ start, end, kind: 'unlisted', name: tidyOutletName(name), outlet: null, ambiguous: false, declared: true, broadcaster: /broadcaster|television|TV|radio/.test(hit[0]) });
    }
  }
  const introduce = (start: number, name: string, broadcaster: boolean) => {
    // A possessive or a trailing small word is not part of the name: "the daily Kommersant's".
    // A possessive before the name is its country or owner: "Pakistan's Dawn newspaper".
    const owner = /^[A-Z][\w.-]*['’]s?\s+/.exec(name);
    if (owner) {
      start += owner[0].length;
      name = name.slice(owner[0].length);
    }
    const trimmed = name.replace(/['’]s$/, '').replace(/(?:\s+(?:de|del|di|da|do|dos|la|el|y|of|the|and))+$/, '').replace(/[.]$/, '');
    const end = start + trimmed.length;
    if (!trimmed || SENTENCE_START_WORDS.test(trimmed) || trimmed.split(/\s+/).every((w) => NOT_A_NAME.test(w))) return;
    const listed = mentions.find((m) => m.start <= start && m.end >= end);
    if (listed) listed.declared = true;
    else if (!taken(start, end)) mentions.push({ start, end, kind: 'unlisted', name: tidyOutletName(trimmed), outlet: null, ambiguous: false, declared: true, broadcaster });
  };
  for (const hit of matches(FM_STATION, text)) {
    const start = hit.indices!.groups!.name![0];
    const end = hit.index! + 2;
    if (!taken(start, end)) mentions.push({ start, end, kind: 'unlisted', name: text.slice(start, end).replace(/\s+/g, ' '), outlet: null, ambiguous: false, broadcaster: true });
  }
  for (const hit of matches(BROADCAST_NAME, text)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    // Nothing but a broadcaster has this form: any cue counts, as for a name the story declares.
    if (!taken(start, end)) mentions.push({ start, end, kind: 'unlisted', name: hit[0].replace(/\s+/g, ' '), outlet: null, ambiguous: false, declared: true, broadcaster: true });
  }
  // One pass over the sentences, each asked once for the patterns its words allow.
  const found: number[] = [];
  sentences.forEach((sentence, si) => {
    for (const p of triggered.patternsIn(si, found)) {
      if (p < patternBase) continue;
      const { kind, regex } = MENTION_PATTERNS[p - patternBase];
      for (const m of matches(regex, text.slice(sentence.start, sentence.end))) {
        if (kind === 'introduced' || kind === 'named-by-kind' || kind === 'reports-citing') {
          const g = m.groups!;
          const name = g.name ?? g.n1 ?? g.n2 ?? g.n3;
          // "Police reported, citing witnesses": people, not an outlet.
          if (kind === 'reports-citing' && PEOPLE_WORDS.has(name.toLowerCase())) continue;
          if (kind === 'named-by-kind' && NOT_A_NAME.test(name.split(/\s+/).pop()!)) continue;
          // The name's place in the match: after the kind ("the newspaper Reforma") or before it.
          const at = kind !== 'named-by-kind' ? m[0].length - name.length : m.indices!.groups![g.n1 !== undefined ? 'n1' : g.n2 !== undefined ? 'n2' : 'n3']![0] - m.index!;
          introduce(sentence.start + m.index! + at, name, /broadcaster|TV|television|radio/.test(m[0]));
          continue;
        }
        const start = sentence.start + m.index!;
        const end = start + m[0].length;
        if (taken(start, end)) continue;
        mentions.push({ start, end, kind, name: kind === 'anaphor' ? '' : m[0].replace(/\s+/g, ' '), outlet: null, ambiguous: false, broadcaster: false });
      }
    }
  });
  // A name the story itself calls something else is not an outlet, masthead word or not: "the
  // Sudan Doctors Network, a medical group that tracks casualties".
  return mentions
    .filter((m) => m.kind !== 'unlisted' || m.declared || !NOT_AN_OUTLET_APPOSITIVE.test(text.slice(m.end, m.end + 80)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Every match of a global pattern, as `matchAll` gives them but without its copy of the pattern
 * per call: on every triggered sentence, the copies cost more than the searches.
 */
function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Where the outlet's name starts in a capitalised run (-1 if nothing in it reads like one): what
 * follows an "of"/"for"/"at" before the masthead word when that reads like an outlet, since a
 * reporter's name may come first ("Alexandra Olgin of South Carolina Public Radio", "Wee of the
 * Times"); otherwise the whole run ("Times of India").
 */
function outletStart(phrase: string, runStartAt: number, mastheadAt: number): number {
  const readsLikeOutlet = (p: string) => looksLikeOutletName(p) && !ACADEMIC.test(p);
  for (const m of phrase.matchAll(/\s(?:of|for|at)\s+/g)) {
    const from = m.index! + m[0].length;
    if (runStartAt + from > mastheadAt) break;
    if (readsLikeOutlet(phrase.slice(from))) return runStartAt + from;
  }
  return readsLikeOutlet(phrase) ? runStartAt : -1;
}

/** Moves `i` back to the start of the word it is in, then over any capitalised words before it. */
function runStart(text: string, i: number): number {
  while (i > 0 && /[\w.&!’'-]/.test(text[i - 1])) i--;
  for (let words = 0; words < 9; words++) {
    let j = i;
    while (j > 0 && /[ \t]/.test(text[j - 1])) j--;
    let k = j;
    while (k > 0 && /[\w.&!’'-]/.test(text[k - 1])) k--;
    if (k === j || !/^(?:[A-Z]|of$|de$|the$|and$|for$|at$)/.test(text.slice(k, j))) break;
    i = k;
  }
  return i;
}

function tidyOutletName(phrase: string): string {
  return phrase.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
}

function isWordAt(text: string, i: number, len: number): boolean {
  return !/[\w-]/.test(text[i - 1] ?? ' ') && !/\w/.test(text[i + len] ?? ' ');
}

/** A predicate telling whether a range overlaps any of the given spans (spans need not be sorted). */
function spanSet(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - 1); i < sorted.length && sorted[i].start < end; i++) {
      if (sorted[i].end > start && sorted[i].start < end) return true;
    }
    return false;
  };
}
