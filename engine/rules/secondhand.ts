/**
 * Secondhand reporting: information relayed from another publication (taxonomy: `secondhand`).
 *
 * Most rules are cues around an outlet mention (detect/outlet-mentions.ts finds the mentions:
 * gazetteer names, unlisted outlets that read like mastheads, "the outlet"-style back-references,
 * and outlet types such as "state media"). A cue's `before` pattern must end where the mention
 * starts; its `after` pattern must start where the mention ends. A few rules are plain phrases
 * (wire credits) with no mention to anchor them.
 */
import type { CueRule, PhraseRule } from './types.ts';

const REPORT_NOUN =
  '(?:report|reports|article|articles|story|stories|investigation|piece|analysis|interview|op-ed|editorial|column|essay|profile|feature|exposé|expose|survey|poll|documentary|podcast|broadcast|segment|clarification|statement|correction|update|footage|video|reporting|coverage|scoop|findings|tally|data|review|dispatch|interview|account|tweet|post|projection|count|estimate|estimates|calculation|calculations|tracker|fact-check|fact\\s+check)';
const REPORT_ADJ =
  '(?:new|recent|previous|prior|earlier|latest|separate|exclusive|investigative|detailed|original|lengthy|full|initial|phone|telephone|televised|radio|TV|television|podcast|written|brief|wide-ranging|sit-down|exclusive)';

/**
 * An outlet-type noun or one of its desks between a name and its verb: "The Post and Courier
 * newspaper reported", "WTOP traffic reported".
 */
const OUTLET_NOUN = '(?:\\s+(?:(?:business|financial|economic|public|state|national|commercial|[a-z]+-language)\\s+)?(?:newspaper|paper|daily|weekly|magazine|tabloid|website|site|broadcaster|network|channel|station|outlet|news\\s+agency|agency|news\\s+site|wire\\s+service|television|TV|radio|Fact\\s+Check|traffic|weather|newsroom|news\\s+desk))?';

/** Where an unnamed outlet type is: "Local media in Chiapas reported", "State media in Iran said". */
const LOCATED = '(?:\\s+in\\s+[A-Z][\\w’\'-]+(?:\\s+[A-Z][\\w’\'-]+)?)?';

/** A national edition after an outlet's name: "Wired Italy reports", "Forbes India wrote". */
const EDITION = '(?:\\s+(?:UK|US|India|Italy|Italia|Germany|Deutschland|France|Japan|Australia|Canada|Mexico|Spain|España|Brasil|Brazil|Africa|Asia|Arabia|Middle\\s+East|Europe|Russia|China|Korea|Nederland|Netherlands|Polska|Poland|Turkey|Türkiye|Ukraine))?';

/** An outlet's acronym in brackets after its name: "The News Agency of Nigeria (NAN) reports". */
const ACRONYM = '(?:\\s+\\([A-Z][A-Za-z]{1,7}\\))?';

/**
 * A short appositive between an outlet and its verb: "Xinhua, the state news agency, reported",
 * "The Financial Times, citing people familiar with the talks, reported".
 */
const APPOSITIVE = "(?:,\\s+(?:the|a|an|its|citing|quoting|which|who|without|[A-Z][\\w.-]*['’]s)\\s+[^,.;:!?()]{1,60}?,)?";

/** One to five people's names, as a byline lists them: "Liz McCormick, Garfield Reynolds and Michael Mackenzie". */
const NAME = "[A-Z][\\w’'.-]+(?:\\s+[A-Z][\\w’'.-]+){1,3}";
const NAMES = `${NAME}(?:,\\s+${NAME}){0,3}(?:,?\\s+and\\s+${NAME})?`;

/**
 * A roundup's verbs, in a newsletter or a live blog: "STAT has the full committee vote", "The Wall
 * Street Journal has a deep dive on", "Politico looks at", "The Information followed with details".
 * Only what a story holds, so that "CNN has a new anchor" stays an organisation's news.
 */
const ROUNDUP =
  "(?:(?:has|had)\\s+(?:more(?=\\s+(?:on|details|here)(?![\\w-]))|(?:a|an)\\s+(?:(?:good|great|long|detailed|fascinating|useful|smart)\\s+)?(?:deep\\s+dive|look|piece|story|scoop|explainer|breakdown|rundown|profile|interview|analysis|investigation)|the\\s+(?:[\\w’'-]+['’]s\\s+)?(?:details|story|full\\s+[\\w-]+|latest|response|scoop|numbers|backstory))|(?:looks|looked)\\s+at|takes\\s+a\\s+(?:closer\\s+)?look|followed\\s+(?:up\\s+)?with)";

const RELAY = 'Relayed from {source}: this outlet did not report it first. Find the original report.';

export const secondhandCues: CueRule[] = [
  {
    id: 'secondhand.according-to',
    // Also "Per a report from The Elec" (a bare "per Forbes" is secondhand.via's).
    before: `(?:[Aa]ccording\\s+to\\s+(?:(?:a|an|the)\\s+)?(?:${REPORT_ADJ}\\s+){0,2}(?:${REPORT_NOUN}\\s+(?:by|from|in|on|with|of|at)\\s+)?|[Pp]er\\s+(?:a|an|the)\\s+(?:${REPORT_ADJ}\\s+){0,2}${REPORT_NOUN}\\s+(?:by|from|in|on|with|of|at)\\s+)`,
    // Not an outlet's own papers: "according to NBC documents" are records, not its reporting.
    after: "^(?!['’]?s?\\s+(?:internal\\s+)?(?:documents|records|files|emails|e-mails|memos|filings|papers|contracts)(?![\\w-]))",
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'According to Reuters, the questions include self-dealing.',
        'He is in final talks, according to reports from The Wrap.',
        'Braun is unhappy, according to a new report by E! News.',
        "According to a report from Bloomberg's Mark Gurman, the company is working on a hub.",
        'According to Israeli media, the army is preparing a ground operation.',
        'According to the Mexican newspaper Reforma, the cartel paid local police.',
        'Per a report from The Elec, Samsung Display will begin mass-producing the panels in August.',
        'The city received 300 complaints, according to our news partners at the Houston Chronicle.',
      ],
      noMatch: [
        'According to the company, sales rose.',
        'According to Republican leaders, the vote will pass.',
        '“I feel endangered,” he said, according to NBC documents.',
        // A masthead word, but the story says what it is.
        'According to the Sudan Doctors Network, a medical group that tracks casualties, 34 people died.',
      ],
    },
  },
  {
    id: 'secondhand.as-reported-by',
    // "first carried by", "originally appeared on", "writing in": a story another outlet published
    // first, or an op-ed in another outlet.
    before: "(?<![\\w-])(?<!(?:not|n[’']t|never)\\s+(?:be\\s+|been\\s+)?(?:independently\\s+|immediately\\s+)?)(?:[Aa]s\\s+)?(?:(?:[Ff]irst|[Pp]reviously|[Oo]riginally|[Ii]nitially|[Ee]arlier|[Aa]lso|[Ww]idely)\\s+)?(?:[Rr]eported|revealed|detailed|summari[sz]ed|described|[Pp]ublished|broadcast|confirmed|cited|quoted|documented|noted|disclosed|aired|appeared|relayed|translated)(?:\\s+(?:earlier|first|previously|initially|originally))?\\s+(?:by|in|on)\\s+|(?<![\\w-])carried\\s+(?:by|in)\\s+|(?<![\\w-])(?:repeated|echoed|amplified|picked\\s+up)(?:\\s+(?:within|in|minutes|hours|later|soon|quickly|swiftly|moments|shortly|after|by)){0,3}?\\s+by\\s+|(?<![\\w-])(?:ran|appeared)\\s+on\\s+the\\s+(?:front\\s+page|cover)\\s+of\\s+|(?<![\\w-])(?:[Ww]riting|wrote|writes)\\s+in\\s+|(?<![\\w-])quoted\\s+as\\s+saying(?:\\s+[\\w’'-]+){0,4}?\\s+by\\s+",
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'The ministry claimed the village, a claim repeated within minutes by the state news agency RIA Novosti.',
        'Source: Financial Times, as reported by European Pravda.',
        'Hungary has again blocked the funds, Bloomberg reports, as relayed by European Pravda.',
        'In the statement, as summarized by CNN, he praised his ally.',
        'The story was first reported by the Kyiv Independent.',
        'The story, which ran on the front page of Haaretz on Friday, alleged that phones were monitored.',
        'The proposal, first reported by the German business daily Handelsblatt, would exempt defence spending.',
        'The report was first carried by the state news agency.',
        'The decision was reported earlier by The Wall Street Journal.',
        'This article originally appeared on The Conversation.',
        'Writing in the Guardian, she argued for reform.',
        'The governor wrote in The Washington Post that the state would sue.',
        // The wires' passive: "X was quoted as saying by Y".
        'The ship burned up, the regional government was quoted as saying late Thursday by the Interfax news agency.',
      ],
      noMatch: [
        'The incident was reported by a neighbour.',
        'The study was published in the New England Journal of Medicine.',
        'She wrote in her memoir that she had no regrets.',
        'The debate will be carried on MSNBC.',
        'The ship was carried by the current onto the rocks.',
        'The claim could not be independently confirmed by the BBC.',
        'He was quoted as saying that the deal was done.',
      ],
    },
  },
  {
    id: 'secondhand.report-from',
    before: `(?<![\\w-])(?:(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]dditional)\\s+)?(?:${REPORT_ADJ}\\s+){0,2}(?:${REPORT_NOUN}|Reporting|Report|Reports|Footage|Video|Data)(?:\\s+(?:below|published|released|aired|posted|broadcast))?(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|recently|last\\s+week|this\\s+week))?\\s+(?:from|by|in|on|with|for|at)\\s+`,
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'He said in an interview with the Saudi-owned Al Arabiya that talks were under way.',
        'A previous report from Bloomberg suggested new capabilities.',
        'A new article from the Washington Post details the impact.',
        'He confirmed it in a phone interview with Fox News.',
        'Ms. Haley acknowledged her disagreements in an op-ed in The Washington Post.',
        'Updated with further clarification from NBC 4 New York.',
        'Reporting by Reuters; editing by Jane Smith.',
        'In an op-ed published Sunday in The Washington Post, the former speaker urged a vote.',
      ],
      noMatch: ['She gave an interview with her lawyer present.'],
    },
  },
  {
    id: 'secondhand.told',
    before: '(?<![\\w-])(?:told|tells|tell|telling|informed)\\s+',
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'A friend of the actress told Closer magazine that she was heartbroken.',
        'Officials recently told Politico that talks had stalled.',
        '"The law is on my side," Trump told The New York Times.',
        'Jones told the Indianapolis Star that his phone was ringing.',
        'He told Minnesota Public Radio at noon that it was over.',
        'She told the German weekly Der Spiegel that the plan had failed.',
        'The mayor told KGW 8 that the plan was dead.',
        'The sheriff told WTAE-TV that two people were hurt.',
      ],
      noMatch: ['He told reporters the plan was dead.', 'He told KPMG auditors the plan was dead.'],
    },
  },
  {
    id: 'secondhand.statement-to',
    before: '(?<![\\w-])(?:statement|statements|comment|comments|remarks|interview|interviews|email|emailed\\s+statement)(?:\\s+(?:sent|given|provided|emailed|released))?\\s+to\\s+',
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['Twitter issued a statement to Slate that it would act.', 'The company said in a separate statement to Rolling Stone that talks continue.'],
      noMatch: ['He made a statement to the court.'],
    },
  },
  {
    id: 'secondhand.said-to',
    // Also "declined to comment on the pricing to Reuters", "documents leaked to the New York Times".
    before: '(?<![\\w-])(?:said|claimed|confirmed|explained|stated|ridiculed|described|revealed|admitted|wrote|confided|spoke|[Ss]peaking|[Tt]alking|talked|denied|complained|insisted|added|commented|responded|replied|told|comment|confirm|respond|leaked|provided|shown)(?:\\s+@w){0,4}?\\s+to\\s+',
    explanation: RELAY,
    examples: {
      match: ['The source further claimed to E! News that calls went unanswered.', 'Both men ridiculed this idea to the Washington Post.', 'Speaking to Sky News, the minister denied the claims.'],
      noMatch: ['He said he would go to the Post Office.'],
    },
  },
  {
    id: 'secondhand.spoke-to',
    // Speaking to an outlet, right before its name, is as strong a cue as telling it: "Traders who
    // spoke to Business Daily said", "Speaking exclusively to Mint, the chairman said".
    before: '(?<![\\w-])(?:spoke|spoken|[Ss]peaking|[Tt]alking|talked)\\s+(?:exclusively\\s+)?(?:to|with)\\s+',
    after: "^(?!['’]s)",
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['Speaking exclusively to Mint, the chairman said the listing would go ahead.', 'She spoke with Fortune about the deal.'],
      noMatch: ['He spoke to Time Warner executives last year.', 'She spoke with Fortune 500 chief executives.'],
    },
  },
  {
    id: 'secondhand.confirmed-to',
    // The celebrity desk's cue, strong enough for a name that is also a word: "a rep confirmed the
    // split to People", "revealed to Time". Not "People's" (a party, a daily).
    before: '(?<![\\w-])(?:confirmed|revealed|confided|explained|admitted)(?:\\s+@w){0,3}?\\s+to\\s+',
    after: "^(?!['’]s)",
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['The actress’s representative confirmed the split to People, saying the pair remain close.', 'He revealed to Time that he had been ill.'],
      noMatch: ['The party confirmed the merger to People’s Party members.'],
    },
  },
  {
    id: 'secondhand.on-air',
    before: '(?<![\\w-])(?:on|On)\\s+',
    // Not what someone watched or saw there: "segments he watched the night before on Fox News".
    notBefore: "(?<![\\w-])(?:watch(?:ed|es|ing)?|saw|seen|see|sees|seeing)\\s+(?:[\\w’'-]+\\s+){0,5}?(?:on|On)\\s+",
    broadcastOnly: true,
    explanation: RELAY,
    examples: {
      match: ['"He enters with a pro-gay stance," the banker said on the BBC.'],
      noMatch: ['The show airs on weekdays.', 'He told aides he made changes after segments he watched the night before on Fox News.'],
    },
  },
  {
    id: 'secondhand.citing',
    // "With inputs from PTI": the Indian press's wire credit.
    before: '(?<![\\w-])(?:[Cc]iting|[Qq]uoting|(?:which|who)\\s+(?:cited|quoted)|[Vv]ia|[Pp]er|h/t|[Hh]at\\s+tip\\s+to|[Cc]ited\\s+by|[Qq]uoted\\s+by|[Ww]ith\\s+(?:additional\\s+)?inputs?\\s+from)\\s+',
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'The price rose, citing Reuters.',
        '(Via CNN)',
        'Revenues were close to $10 billion, per Forbes.',
        'The lake levels rose after heavy rain. (With inputs from PTI)',
        'The group rejected the draft, according to the Times of Israel, which cited Kan public broadcaster.',
      ],
      noMatch: ['They travelled via Warsaw.', 'Prices rose 3 per cent, per the release.'],
    },
  },
  {
    id: 'secondhand.obtained-by',
    // Not what an outlet could not do: "the claim could not be independently verified by Reuters".
    before: "(?<![\\w-])(?<!(?:not|n[’']t|never)\\s+(?:be\\s+|been\\s+)?(?:independently\\s+|immediately\\s+)?)(?:obtained|seen|reviewed|acquired|verified|viewed|first\\s+reported|broadcast|aired|published|released|shared|posted|confirmed|contacted|reached|interviewed|polled|surveyed|discovered|spotted|uncovered|unearthed|resurfaced|dug\\s+up|(?:first\\s+)?found)\\s+by\\s+",
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'Code found in the latest beta, discovered by 9to5Mac, references an unreleased device.',
        'Economists polled by Reuters expect the inflation figure to come in at 2.9%.','The statement, which was obtained by Variety, claimed a deal.', 'The company declined to comment when contacted by Reuters.', 'The video, which was resurfaced by Chicago’s WGN last week, shows the crowd booing.'],
      noMatch: ['The video was posted by a neighbour.', 'The claim could not be independently verified by Reuters.'],
    },
  },
  {
    id: 'secondhand.newsletter-credit',
    // A newsletter's excerpt of another outlet: "WSJ’s Nick Timiraos: “A senior Fed official…”",
    // "Bloomberg: “The Biden administration’s new restrictions…”". The colon and the opening
    // quote mark make it a quotation of that outlet.
    after: `^(?:['’]s\\s+${NAMES})?(?=\\s*:\\s*[“"])`,
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['CHINA CHIPS — Bloomberg: “The Biden administration’s new restrictions could undercut the industry.”', 'PATIENCE — WSJ’s Nick Timiraos: “A senior official cautioned it would take time.”'],
      noMatch: ['The Guardian: a history of the paper', 'Reuters: 10 stories to watch'],
    },
  },
  {
    id: 'secondhand.newsletter-signoff',
    // The same credit after the excerpt: "…died Sept. 30 at his home. — WaPo’s Brian Murphy".
    before: '(?<=(?:^|[.!?”"’)])\\s*[—–]\\s*)',
    after: `^['’]s?\\s+${NAMES}\\s*$`,
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['Charles Bowsher died Sept. 30 at his home in Bethesda. — WaPo’s Brian Murphy', 'Russia’s oil exports to Europe fell to a record low in October. — Bloomberg’s Julian Lee', 'Exports fell again. — Reuters’ Julian Lee'],
      noMatch: ['The deal closed on Friday. — Jane Smith'],
    },
  },
  {
    id: 'secondhand.copyright-line',
    // A syndicated story's credit: "Via SyndiGate.info Copyright © 2019 Press TV."
    before: '(?<![\\w-])(?:[Cc]opyright|COPYRIGHT|©)\\s*(?:©\\s*)?(?:\\(c\\)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s+)?',
    strong: true,
    explanation: 'Credited source: the story is republished from {source}. This outlet is passing it on; find the original.',
    examples: { match: ['This article has been adapted from its original source. Copyright © 2019 Press TV. All rights reserved.'], noMatch: ['Copyright © 2019 Acme Widgets Inc.'] },
  },
  {
    id: 'secondhand.source-line',
    // Also the credit of translated and aggregated stories: "With information from El Mercurio."
    // Any item of a list: "Sources: GreatAgain, Washington Examiner".
    before: '^(?:(?:[Ss]ources?|SOURCES?)\\s*:\\s*(?:[^,;:()]{1,40},\\s*(?:and\\s+)?){0,3}|[Ww]ith\\s+(?:information|reporting|details)\\s+from\\s+)',
    strong: true,
    explanation: 'Credited source: the story says it is based on {source}. This outlet is passing it on; find the original.',
    examples: { match: ['Source: Financial Times, as reported by European Pravda', 'With information from El Mercurio.', 'Sources: GreatAgain, Washington Examiner'], noMatch: ['Source: US Census Bureau', 'With information from the ministry.'] },
  },
  {
    id: 'secondhand.reported-inverted',
    // After a comma or a closing quote, which stay out of the span.
    before: '(?:^|(?<=[,”"’]\\s*))(?:reported|reports|writes|wrote|noted|notes|revealed|added|adds|said|says|explains)\\s+',
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['"The team is ready," reported the Washington Post.', 'The claims were false, reported MSNBC.', 'He has been interviewing candidates, notes Washington Examiner.'],
      noMatch: ['He reported the crime.'],
    },
  },
  {
    id: 'secondhand.journalist-inverted',
    // "…, reported Alexandra Olgin of South Carolina Public Radio": the reporter named, then the outlet.
    before: "(?:^|(?<=[,”\"’]\\s*))(?:reported|reports|writes|wrote|noted|notes|said|says|added)\\s+[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'.-]+){1,2},?\\s+(?:of|for|at|from)\\s+",
    strong: true,
    explanation: 'Relayed from {source}: a journalist of another outlet is the source here. Find their original report.',
    examples: {
      match: ['Roof stood emotionless, reported Alexandra Olgin of South Carolina Public Radio, who was in the courtroom.'],
      noMatch: ['The deal is off, said Jane Doe of the Treasury Department.'],
    },
  },
  {
    id: 'secondhand.outlet-reported',
    after: `^(?:['’]s?)?${EDITION}${ACRONYM}${OUTLET_NOUN}${LOCATED}${APPOSITIVE},?\\s+(?:(?:(?:first|also|previously|recently|earlier|originally|initially|later|has|have|had|was|is|are|then|exclusively|separately|since|now|just|already)\\s+){0,2}(?:(?:estimated|estimates|pegged|pegs)(?=\\s+(?:it|its|his|her|their|the)\\s)|reported|reports|reporting|wrote|writes|published|publishes|revealed|reveals|spotted|spots|uncovered|discovered|broke|first\\s+reported|obtained|learned|learnt|gathered|hears|(?:has|have|had|was|were)\\s+been\\s+told|contributed|aired|broadcast|showed|understands|can\\s+reveal|can\\s+confirm|has\\s+confirmed|have\\s+confirmed|had\\s+confirmed|has\\s+learned|has\\s+learnt)|(?:was|were|is)\\s+(?:the\\s+)?first\\s+to\\s+(?:report|reveal|break|publish)|(?:later|independently|separately|subsequently)\\s+confirmed)(?![\\w-])`,
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        // An outlet's own estimate is its reporting: "Forbes recently pegged it at $4 billion".
        'The franchise is worth a fortune: Forbes recently pegged it at $4 billion.',
        // Confirming another outlet's scoop is reporting it too.
        'Deadline first reported the casting, and The Hollywood Reporter later confirmed it.',
        'Myanmar’s state-run Global New Light of Myanmar reported that troops had cleared the town.',
        'Baza, a Telegram news channel with links to Russian law enforcement, reported that the suspect had been detained.',
        'The Agadez-based news site Aïr Info reported that the licence had been revoked.',
        'Israel’s Kan public broadcaster reported that the army was preparing.',
        'The Financial Times reported that this is one of the strongest warnings.',
        'Deadline reports that the studio is still working on it.',
        'The Chicago Tribune published an interview with the CEO.',
        'The Post and Courier newspaper reported on the closing argument.',
        'Xinhua, the state news agency, reported that five died.',
        'Wired, which obtained a copy of the contract, reported that the agency paid $4.2 million.',
        "Stanford's student newspaper, The Stanford Daily, reported that the university would lay off 300 employees.",
        'TMZ was the first to report the arrest.',
        'Russian media reported that the general was killed.',
        'Maariv, a Hebrew-language daily, reported that the talks had stalled.',
        'Sky Sports News understands Brentford have made a second offer for the striker.',
        'Business Insider India reported that the firm would cut 200 jobs.',
        'Local media in Chiapas reported that hundreds of migrants had set off on foot.',
        'Venezuelan state television showed images of the opposition leader in court.',
        'Georgian opposition leader Nika Gvaramia was detained, the independent TV channel Formula reported.',
        'Spanish outlet AS reports that the club are willing to include a player.',
        'The Tablet, the London-based Catholic weekly, reported that the cardinal had resigned.',
        'Bloomberg has since reported that regulators were raising the same concerns.',
        'As 9to5Mac spotted, the beta code includes references to an unreleased iPad.',
        'A court sentenced a former MP to three years in prison, Al Qabas newspaper reported.',
        'Japan’s largest automaker will cut production, the Nikkei business daily reported.',
        'Fox 13 is reporting that all southbound lanes are closed.',
        'WTOP traffic reported a crash blocking two lanes of the Beltway.',
        'The News Agency of Nigeria (NAN) reports that the governor inaugurated the committee.',
        // The trades' and West African papers' words for what they were told.
        'Variety hears the project is also being shopped to other studios.',
        'ThisDay gathered that the minister had written to the National Assembly.',
        'Stuff has been told at least three senior managers were stood down.',
        'Venezuelan state television VTV reported that the detained men were mercenaries.',
      ],
      noMatch: ['State-owned Aramco reported a profit.', 'Washington reported record heat.', 'Washington was the first to report a case.'],
    },
  },
  {
    id: 'secondhand.outlet-said',
    after: `^(?:['’]s?)?${EDITION}${ACRONYM}${OUTLET_NOUN}${APPOSITIVE}\\s+(?:(?:also|previously|recently|earlier|later|has|had|then|separately|since|both)\\s+){0,2}(?:pointed\\s+out|points\\s+out|announced|conceded|awarded|called\\s+(?:the\\s+)?(?:race|election|contest|seat|state|primary|runoff)|projected|projects|(?:leads|led|lead)\\s+(?:with|on)|splash(?:es|ed)?\\s+on|devotes\\s+its\\s+front\\s+page|devoted\\s+its\\s+front\\s+page|splashes|splashed|calls|accuses|accused|gave\\s+(?:it|(?:the|this|that)\\s+[\\w-]+)\\s+(?:a|an)(?=\\s+(?:\\d|starred|perfect|rave|glowing|positive|negative|mixed|scathing|[\\w.]+-star))|noted|notes|warned|warns|argued|argues|suggested|suggests|claimed|claims|said|says|asked|asks|found|confirmed|confirms|quoted|cited|detailed|disclosed|tweeted|posted|added|adds|explained|explains|described|estimated|estimates|calculated|calculates|analy[sz]ed|cites|quotes|interviewed|spoke|contacted|reached|carried|carries)(?![\\w-])(?!\\s+(?:that\\s+)?(?:it|its)\\s)(?!\\s+in\\s+a\\s+statement)`,
    explanation: RELAY,
    examples: {
      match: [
        'CNN suggested a prior report was wrong.',
        'When TMZ asked him, he answered.',
        'Xinhua said the patient was isolated, citing officials.',
        "The People's Daily, the mouthpiece of the Communist party, warned that the protests must end.",
        'Bild newspaper said the chancellor was considering a reshuffle.',
        'WAM, the UAE’s state news agency, said the two leaders discussed regional security.',
        'Reuters estimates that the fund lost $2 billion.',
        'Heise Online adds that the dispute was about moving production.',
        'US and British strikes hit targets near the airport, the Houthi-run Saba news agency said.',
        'As The Economist pointed out last month, the central bank has missed its target.',
        'AFP Fact Check found that the chart had been doctored.',
        'Kirkus gave the book a starred review, calling it a quietly devastating debut.',
        'In its review, IGN awarded the game a perfect 10.',
        'Polygon praised the writing; IGN gave it a 7.',
        'Myanmar extended the emergency by six months, state-run MRTV television announced on Wednesday.',
        'The Associated Press called the race for the challenger shortly after midnight.',
        'Der Standard leads with the coalition talks, while Die Presse calls the budget a gamble.',
        'The Guardian leads on record NHS waiting lists.',
        'Press TV carried images it said showed the new drone carrier leaving port.',
        'Bild, without giving a source, said the chancellor was considering a reshuffle.',
        'The Interfax agency quoted a source in the emergency services as saying two firefighters had died.',
      ],
      // An outlet speaking for itself as an organisation is on the record, not a report it relays.
      noMatch: [
        'Michael Bloomberg said he would run.',
        'The BBC said it had launched an internal review.',
        'CNN said in a statement that the anchor had left.',
        'Jane Smith, a reporter for the local newspaper, said the talks had stalled.',
        'The retail outlet Walmart said sales rose.',
        // A bare back-reference with no outlet before it may be the publisher itself.
        'The news agency said the talks had stalled.',
      ],
    },
  },
  {
    id: 'secondhand.files-from',
    // A credit line: "With files from The Canadian Press", "Additional reporting by Reuters".
    before: '(?<![\\w-])(?:[Ww]ith\\s+(?:files|reporting|additional\\s+reporting|material)|[Aa]dditional\\s+reporting)\\s+(?:from|by)\\s+',
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['Three people were taken to hospital, police said. With files from The Canadian Press', 'With material from AFP.'],
      noMatch: ['He travelled with files from the archive.'],
    },
  },
  {
    id: 'secondhand.with-credit-line',
    // The outlet alone after "With" or a dash, as a line of its own closing the story: "With
    // AAP", "— AAP".
    before: '(?:^\\s*[Ww]ith\\s+|(?:^|[.!?]["”’]?\\s+)[—–]\\s*)',
    after: '^\\s*\\.?\\s*$',
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['Two men died when their boat capsized, police said. With AAP', 'With Reuters.', 'A man has been committed to stand trial. — AAP'],
      noMatch: ['With Reuters colleagues in tow, he left for Kyiv.', 'He travelled with Reuters.'],
    },
  },
  {
    id: 'secondhand.with-outlet-saying',
    // An absolute clause of reviews or reports: "with Vogue calling it a love letter", "and the
    // New York Times critic describing it as overstuffed".
    before: '(?<![\\w-])(?:[Ww]ith|and)\\s+',
    after: "^(?:['’]s?)?(?:\\s+(?:critic|reviewer|columnist|reporter|correspondent|editor))?\\s+(?:calling|describing|saying|reporting|noting|writing|declaring|dubbing|labell?ing|branding|hailing|praising|panning)(?![\\w-])",
    explanation: RELAY,
    examples: {
      match: ['The collection drew mixed reviews, with The Guardian calling it a love letter to the archive.', 'The show opened to raves, with Variety praising the cast and the New York Times critic describing it as overstuffed.'],
      noMatch: ['The show opened with Time running late.'],
    },
  },
  {
    id: 'secondhand.roundup',
    after: `^${EDITION}${OUTLET_NOUN}\\s+(?:(?:also|then|now)\\s+)?${ROUNDUP}(?![\\w-])`,
    // What a story holds, said of an outlet, is strong enough for a name that is also a word.
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'The roundup: STAT has the full advisory committee vote.',
        'The Wall Street Journal has a deep dive on how the programme recruits scientists.',
        'Bloomberg reported the write-down first, and The Information followed with details.',
        'Politico looks at the fight over the intelligence budget.',
      ],
      noMatch: ['CNN has a new anchor for its morning show.', 'The Times has the rights to the archive.'],
    },
  },
  {
    id: 'secondhand.outlet-report',
    after: `^['’]s?\\s+(?:(?:new|latest|recent|own|earlier|previous|original|exclusive|initial|weekend|Sunday|Saturday|morning|evening|online|print)\\s+)?(?:report|reporting|story|article|investigation|analysis|account|review|reviewer|critic|interview|sources|reporters?|correspondents?|poll|survey|tally|data|coverage|scoop|editorial|op-ed|edition|front\\s+page|headline|newsletter|podcast|column|live\\s+blog|liveblog|splash|helicopter|cameras?|camera\\s+crews?|crews?|footage)(?![\\w-])(?!\\s+(?:board|boards|page|pages|staff|team|department|director|offices?|union|guidelines|standards|policy|policies))`,
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'The Wrap’s report today claims that Pine will return.',
        'Der Spiegel’s account of the negotiations paints the chancellor as isolated.',
        'The Verge’s review called the battery life genuinely impressive.',
        'Le Figaro’s weekend edition leads with the pension vote.',
        'CNN’s cameras showed smoke rising over the port.',
        'Politico’s newsletter noted that the bill had stalled in committee.',
        'The Daily Mail’s splash claims the minister was warned months before.',
      ],
      noMatch: ['Washington’s report card was poor.', "The owner blocked the Los Angeles Times' editorial board from endorsing a candidate."],
    },
  },
  {
    id: 'secondhand.outlet-journalist',
    // The journalist must be the source: their verb follows, or it is their source or report.
    // Not a former employee: "the former Financial Times editor Rupert Hale wrote on LinkedIn".
    notBefore: "(?<![\\w-])(?:[Ff]ormer|[Ee]x-)\\s*(?:the\\s+)?",
    after: "^(?:['’]s?)?\\s+(?:(?:[A-Z][\\w.-]*|White\\s+House|(?!(?:and|or|but|that|who|which|whose|the|a|an|to|of|for|in|on|at|by|with|from|said|says|told|wrote|reported)\\s)[a-z][a-z-]+)\\s+){0,3}(?:reporter|reporters|correspondent|correspondents|editor|editors|anchor|host|columnist|journalist|journalists|writer|producer|contributor|commentator|critic|reviewer|bureau\\s+chief|editor-in-chief|editorial\\s+board|meteorologist|forecaster|photographer|photojournalist|videographer|camera\\s+operator|(?<=(?:military|political|defen[cs]e|security|legal|diplomatic|affairs)\\s)analysts?)(?:\\s+[A-Z][\\w’'-]*){0,3}(?:['’]s\\s+(?:source|sources|report|reporting|story|article|interview)|(?:,(?<=(?:reporter|correspondent|columnist|analyst|writer|critic|commentator),)\\s+[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'.-]+){1,2},|,(?!\\s+[A-Z][\\w’'-]+\\s+[A-Z])[^,;.]{1,60},)?(?:\\s+@w){0,4}\\s+(?:said|says|asked|reported|reports|wrote|writes|noted|told|tweeted|found|revealed|learned|obtained|spoke|interviewed|argued|argues|conceded|concedes|warned|warns|described|describes|panned|saw|witnessed|counted))(?![\\w-])",
    strong: true,
    explanation: 'Relayed from {source}: a journalist of another outlet is the source here. Find their original report.',
    examples: {
      match: [
        'A VOA Extremism Watch Desk reporter spoke to a source inside the camp.',
        'Recode editor Kara Swisher wrote that the deal was off.',
        'The Times’s environment editor reported on Monday that ministers would water down the ban.',
        'The Wall Street Journal’s editorial board, never a friend of the union, conceded that the strike had been peaceful.',
        'Variety’s chief film critic panned the movie as a gorgeous, hollow machine.',
        'AFP journalists in Goma saw bodies lying in the streets on Monday.',
        'WTMJ 4 meteorologist Brian Kemper said the band could stall over the county.',
        'An AFP correspondent at the scene saw at least a dozen containers overturned.',
        'An Associated Press journalist in the area also reported hearing gunfire near the plant.',
        'Haaretz military analyst Amos Harel wrote that the reserves were exhausted.',
        'The Guardian’s Moscow correspondent, Jane Doe, reported that the talks had collapsed.',
        // Any beat may name the role: "aviation", "agriculture", "property".
        'As the Guardian’s aviation reporter Claire Vasseur wrote on Tuesday, the carrier is close to a rescue.',
      ],
      noMatch: [
        'Washington Heights residents were angry.',
        'He linked the attack to Fox News host Jeanine Pirro’s comments.',
        'In a post on LinkedIn, the former Financial Times editor Rupert Hale wrote that the paywall had saved it.',
        "The Guardian's editor-in-chief, Katharine Viner, wrote in an email to staff that the paper would leave X.",
      ],
    },
  },
  {
    id: 'secondhand.outlet-journalist-says',
    // A surname or a newsletter's name alone too: "Bloomberg's Gurman reported", "Politico's Playbook reported".
    notBefore: "(?<![\\w-])(?:[Ff]ormer|[Ee]x-)\\s*(?:the\\s+)?",
    after: "^['’]s?\\s+[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){0,2}\\s+(?:@w\\s+)?(?:(?:has|had|also|later|first|publicly|previously|recently|then|once)\\s+){0,3}(?:asked|reported|reports|wrote|writes|said|says|noted|notes|tweeted|posted|found|revealed|explained|pointed\\s+out|observed|argued|suggested|claimed|predicted|warned|insisted|called\\s+(?:on|for))(?![\\w-])",
    strong: true,
    explanation: 'Relayed from {source}: a journalist of another outlet is the source here. Find their original report.',
    examples: {
      match: [
        'When Fox News’ Chris Wallace asked the Republican, he shrugged.',
        'As WSJ’s Yuka Hayashi wrote, tariffs rose.',
        "The chip is being developed with Broadcom, Bloomberg's Mark Gurman wrote in his newsletter.",
        "The Athletic's David Ornstein reported that the two clubs were still apart.",
        "The Tribune-Star's Jenna Moss first reported the resignation on Monday evening.",
        "Politico's Playbook reported on Thursday that the speaker had floated a deal.",
        'The Texans are signing a kicker, NFL Network’s Andre Pinto posted on X.',
        'Fox News’ Bill O’Reilly has also publicly called on Trump to accept the deal.',
      ],
      noMatch: ['Texas’ Rick Perry said it.', "The People's Liberation Army said it was ready."],
    },
  },
  {
    id: 'secondhand.journalist-at',
    // Also without the comma, and after "via", "per" or "citing": "according to Alex Horton of
    // the Washington Post", "via Brian Batko of the Pittsburgh Post-Gazette".
    before: '(?:[Aa]ccording\\s+to|[Vv]ia|[Pp]er|[Cc]iting)\\s+[A-Z][\\w.’\'-]*(?:\\s+[A-Z][\\w.’\'-]*){0,2}(?:,\\s+(?:(?:[A-Za-z-]+|&)\\s+){0,5}?|\\s+)(?:at|of|for|with)\\s+',
    strong: true,
    explanation: 'Relayed from {source}: a journalist of another outlet is the source here. Find their original report.',
    examples: {
      match: ['According to Tom Namako, Deputy News Director at Buzzfeed, the police were unaware.', 'He had, according to Alex Horton of the Washington Post, eaten a rabbit.', '“We lost that game,” Heyward said, via Brian Batko of the Pittsburgh Post-Gazette.'],
      noMatch: ['According to Tom Namako, a lawyer at Baker McKenzie, the deal is off.'],
    },
  },
  {
    id: 'secondhand.in-outlet-piece',
    // The outlet as a modifier of its piece: "in a New York Times op-ed", "A Reuters investigation
    // found", "The Washington Post story said".
    // A name that takes "the" carries it in the mention: "as expressed in the BBC interview".
    before: '^|(?<![\\w-])(?:(?:[Ii]n|[Ii]nto|[Tt]o|[Ff]or|[Bb]y|[Ff]rom|[Oo]n|[Ll]ike|[Oo]f)\\s+)?(?:[Aa]|[Aa]n|[Tt]he|his|her|their|its|[Aa]nother|[Tt]his|[Tt]hat)\\s+(?:(?:new|recent|lengthy|separate|exclusive|earlier|previous|latest)\\s+)?|(?<![\\w-])(?:[Ii]n|[Ii]nto|[Ff]rom|[Oo]n|[Ll]ike|[Oo]f)\\s+',
    // A programme's name may come between: "A BBC Panorama investigation found".
    after: `^(?:\\s+[A-Z][\\w’'-]+){0,2}\\s+(?:${REPORT_ADJ}\\s+)?(?:op-ed|editorial|column|piece|article|report|interview|story|investigation|analysis|essay|broadcast|segment|podcast|documentary|profile|exposé)(?![\\w-])`,
    strong: true,
    explanation: RELAY,
    examples: {
      match: [
        'A Global News report said the man had been released on bail.',
        'A BBC Panorama investigation found that some residents were paying 40% more.',
        'In a New York Times op-ed titled "My University", a student explained.',
        'A Reuters investigation found that the company paid no tax.',
        'The bill died after a Washington Post analysis found the numbers were inflated.',
        'He showed no remorse for the victims, as expressed in the BBC interview.',
      ],
      noMatch: ['In a Washington suburb, residents voted.', 'A CNN spokesperson declined to comment.'],
    },
  },
  {
    id: 'secondhand.wire-credit-list',
    // A credit in parentheses closing the story or a paragraph: "(AFP, dpa)", "(Reuters)", "(AP/dpa)";
    // in square brackets after a newsletter's headline: "It’s Complicated [Bloomberg]".
    before: '[(\\[]\\s*(?:[A-Za-z.&-]+\\s*[,/]\\s*){0,3}',
    after: '^\\s*(?:[,/]\\s*[A-Za-z.&-]+\\s*){0,3}[)\\]]\\s*$',
    strong: true,
    explanation: 'Wire story: this article comes from {source}, not the page\'s own reporting.',
    examples: { match: ['The ministry said the new rules would take effect on January 1. (AFP, dpa)', 'Why Can’t Taylor Swift Perform Her Own Songs? It’s Complicated [Bloomberg]'], noMatch: ['The senator (a Democrat) voted no.', 'He quoted the line [sic] and moved on.'] },
  },
  {
    id: 'secondhand.wire-byline',
    // A byline line that ends with the outlet the reporters work for: "Paul Wiseman, Fatima
    // Hussein, The Associated Press" heading a story another site runs. The whole line is the
    // byline: names, then the outlet, then nothing.
    before: `^(?:[Bb]y\\s+)?${NAMES},\\s+`,
    after: '^\\s*$',
    strong: true,
    explanation: 'Wire story: this article comes from {source}, not the page\'s own reporting.',
    examples: {
      match: ['Paul Wiseman, Fatima Hussein, The Associated Press'],
      noMatch: ['Jane Smith, Staff Writer', 'Paul Wiseman, Fatima Hussein, The Associated Press and two other outlets shared the prize.'],
    },
  },
  {
    id: 'secondhand.wire-dateline-run-in',
    // The Indian wires' form, with no dash: "Jaipur, March 4 (IANS) Congress insiders said…". Only
    // in a dateline: within the first few words of its sentence, and a capital after.
    before: '^[^()]{0,60}?\\(\\s*',
    after: '^\\s*\\)\\s*(?=[A-Z])',
    strong: true,
    explanation: 'Wire story: this article comes from {source}, not the page\'s own reporting.',
    examples: { match: ['Jaipur, March 4 (IANS) Congress insiders said the high command would wait.'], noMatch: ['The figures had been published long before and were widely discussed at the time by the trade (Reuters) Thomson noted.'] },
  },
  {
    id: 'secondhand.wire-dateline',
    before: '\\(\\s*',
    after: '^\\s*\\)\\s*[-–—]',
    strong: true,
    explanation: 'Wire story: this article comes from {source}, not the page\'s own reporting.',
    examples: { match: ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'ST. LOUIS, MO (KTVI) – Amid unimaginable grief, the widow spoke.'], noMatch: ['The senator (a Democrat) voted no.', 'The agency (WHO) — which leads the response — said so.'] },
  },
  {
    id: 'secondhand.wire-signoff',
    // A news agency's name alone on the story's last line, as Indian and Pakistani sites credit
    // a wire story: "…to sneak into the US.\n\nPTI". Only a wire: a paragraph that is a
    // newspaper's or a channel's name alone may be a heading or a link.
    before: '^\\s*[—–-]?\\s*',
    after: '^\\s*\\.?\\s*$',
    wireOnly: true,
    strong: true,
    explanation: 'Wire story: this article comes from {source}, not the page\'s own reporting.',
    examples: { match: ['PTI', 'IANS', 'Reuters.'], noMatch: ['The Guardian', 'PTI reporters were at the scene.'] },
  },
  {
    id: 'secondhand.parenthetical-credit',
    // An outlet in brackets after the claim it sources: "he only ranked 17th (Forbes) among movie
    // actors". Not after a capitalised word: "Cable News Network (CNN)" spells a name out.
    before: "(?<!(?<![\\w’'.&-])[A-Z][\\w’'.&-]*\\s*)\\(\\s*",
    // A name in brackets before a capital names a party: "discussed by the trade (Reuters) Thomson noted".
    after: '^\\s*\\)(?=\\s*(?:[,.;:!?]|[a-z]|$))',
    // A name in brackets is a credit even where it is also a word or a surname ("Forbes").
    strong: true,
    explanation: RELAY,
    examples: {
      match: ['Will Smith made over $20 million and he only ranked 17th (Forbes) among movie actors.', 'Taylor Swift made $170 million last year (Forbes).'],
      noMatch: ['The Cable News Network (CNN) was founded in 1980.', 'WASHINGTON (Reuters) said nothing.'],
    },
  },
];

/** Wire credits with no outlet mention to anchor them: "With Post wires", "Wire services contributed". */
export const secondhandPhraseRules: PhraseRule[] = [
  {
    id: 'secondhand.wire-credit',
    category: 'secondhand',
    triggers: ['wires', 'wire', 'services', 'contributed', 'compiled', 'agencies', 'adapted'],
    pattern: '(?:(?:^|(?<=[—–]\\s*))[Ww]ith\\s+(?:[A-Z][\\w.]*\\s+){0,2}(?:wires|wire\\s+services|wire\\s+reports|news\\s+services|(?:news\\s+)?agencies)|(?<![\\w-])[Ww]ith\\s+(?:[A-Z][\\w.]*\\s+){1,2}(?:wires|wire\\s+services|wire\\s+reports)|(?:[Ww]ire\\s+services|[Nn]ews\\s+services|[Ww]ire\\s+reports)\\s+contributed(?:\\s+to\\s+this\\s+(?:report|story|article))?|[Cc]ompiled\\s+from\\s+(?:wire|news)\\s+(?:reports|services)|[Tt]his\\s+(?:article|story|report)\\s+(?:has\\s+been|was)\\s+adapted\\s+from\\s+its\\s+original\\s+source)(?![\\w-])',
    explanation: 'Wire credit: parts of this story come from news agencies, not the page\'s own reporting.',
    // A syndicated story's credit that names no source: "This article has been adapted from its original source."
    examples: { match: ['With Post wires', 'Wire services contributed to this report.', 'Protesters clashed with police for a fifth night. — With agencies', 'This article has been adapted from its original source.'], noMatch: ['He was with his wife.', 'A skimming device was bundled with wires inside a gas pump.'] },
  },
];
