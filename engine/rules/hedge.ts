/**
 * Hedges: a claim passed on with no one standing behind it (taxonomy: `hedge`).
 * Forecasts and the writer's own inference ("is expected to", "apparently") are not hedges;
 * an accusation with a stated accuser ("prosecutors alleged") is an ordinary attribution.
 */
import type { PhraseRule } from './types.ts';

/** Words after which "alleged", "accused" or "suspected" is an adjective before a noun. */
/**
 * An accusation whose accuser follows the charge is attributed, not agentless: "accused of rape
 * by a woman", "accused of fraud by federal prosecutors". "By" and a gerund says how ("by
 * poisoning her"), not who.
 */
const NO_AGENT_AFTER_CHARGE = "(?!(?:\\s+[\\w’'-]+){1,5}?\\s+by\\s+(?![a-z]+ing(?![\\w’'-])|\\d|(?:the\\s+)?(?:time|end|middle|way|then|now|far)(?![\\w’'-])))";

const BEFORE_ADJECTIVE =
  "(?:^|(?<=[(“\"‘])|(?<![\\w-])(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|of|for|over|about|in|with|and|on|by|to|from|after|against|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|many|several|\\d+|into|amid|despite|regarding|concerning|including|involving|under|any|other|investigate|investigating|probe|probing|examine|examining|deny|denies|denied|denying|when|while|as|where|because|since|if|though|although|\\d+-year-old|[\\w]+['’]s?)\\s+)";

export const hedgeRules: PhraseRule[] = [
  {
    id: 'hedge.reportedly',
    category: 'hedge',
    triggers: ['reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly'],
    pattern: '(?<![\\w-])(?:[Rr]eportedly|[Aa]llegedly|[Pp]urportedly|[Rr]eputedly|[Ss]upposedly|REPORTEDLY|ALLEGEDLY)(?![\\w-])',
    explanation: 'Hedge: "{source}" passes the claim on without saying who reported or confirmed it. Look for who stands behind it.',
    examples: {
      match: ['The administration is reportedly concerned about missile fuel.', 'A review of the video allegedly showed the officers asleep.'],
      noMatch: ['The report was published on Monday.', 'Prosecutors alleged that he hid the money.'],
    },
  },
  {
    id: 'hedge.alleged',
    category: 'hedge',
    triggers: ['alleged', 'purported', 'reputed'],
    // "reputed" also means "well regarded" before an institution ("a reputed university").
    pattern: `${BEFORE_ADJECTIVE}(?<span>(?:[Aa]lleged|[Pp]urported|[Rr]eputed(?!\\s+(?:institut|universit|compan|firm|brand|organi[sz]ation|school|college|hospital|manufacturer|publisher|journal|professional|expert|scholar|doctor|lawyer|architect)))\\s+(?!(?:that|to|in|on|by|at|he|she|they|it|the|a|an)\\b)(?:(?:[A-Z][\\w-]*\\s+){0,2}[a-z][\\w-]*|(?:[A-Z][\\w-]*\\s+)?[A-Z][\\w-]*(?=\\s*[.!?:]?\\s*$)))`,
    explanation: 'Hedge: "{source}" marks a claim that has not been proven. Who makes it, and what is the evidence?',
    examples: {
      match: [
        'He complained about the alleged absenteeism of his rival.',
        'Police questioned the alleged attacker on Sunday.',
        'A tribunal was set up to investigate alleged breaches of the treaty.',
        'The reputed mob boss died in prison.',
        'He released a purported letter from the king.',
        'The alleged Russian spy was expelled.',
        // A heading in title case, ending on the noun.
        'The Basis Behind the Alleged Grudge',
      ],
      noMatch: [
        'Prosecutors alleged that he hid the money.',
        'The complaint alleged fraud by the firm.',
        'He alleged through Twitter that the rival skipped work.',
        'She studied at a reputed university in Delhi.',
      ],
    },
  },
  {
    id: 'hedge.accused-of',
    category: 'hedge',
    triggers: ['accused', 'suspected'],
    // A time may sit in between: "was accused Wednesday of trying to deceive voters".
    pattern: `(?:(?:was|were|is|are|been|being|be|stands|stood|stand)\\s+)?(?<![\\w-])(?:[Aa]ccused|[Ss]uspected)\\s+(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\\s+(?:week|month|year)|earlier|again|repeatedly|publicly|previously|also)\\s+)?of(?![\\w-])${NO_AGENT_AFTER_CHARGE}`,
    explanation: 'Hedge: an accusation or suspicion with no one named as making it. Who accuses, and on what evidence?',
    examples: {
      match: [
        'The government was suspected of sponsoring terrorism.',
        'She was arrested and accused of attempted murder.',
        'Both governments have been accused of blocking aid.',
        // "by" and a gerund says how, not who: "by poisoning her".
        'He is accused of killing his wife by poisoning her.',
      ],
      noMatch: [
        'He accused the minister of lying.',
        'Police suspected that the fire was set deliberately.',
        // The accuser is named after the charge: an ordinary attribution.
        'Assange was accused of rape by a woman and sexual assault by another.',
        'The firm is accused of fraud by federal prosecutors.',
      ],
    },
  },
  {
    id: 'hedge.accused-adjective',
    category: 'hedge',
    triggers: ['accused', 'suspected'],
    // "The accused told the court": the noun "accused", then its verb.
    pattern: `${BEFORE_ADJECTIVE}(?<span>(?:[Aa]ccused|[Ss]uspected)\\s+(?!(?:of|that|him|her|them|me|us|you|it|the|a|an|his|their|its|our|my|this|these|those|and|or|in|on|by|to|was|is|were|are|has|had|have|will|would|could|can|pleaded|appeared|faces|faced|remains|remained|denied|denies)\\b)(?!@speech@end)(?!(?:[\\w’'-]+\\s+){1,3}of\\s+[a-z]+ing(?![\\w-]))(?:[A-Z][\\w-]*\\s+){0,2}(?!of(?![\\w-]))[a-z][\\w-]*)`,
    explanation: 'Hedge: "{source}" presents a suspicion or charge as a description; it is not proven.',
    examples: {
      match: [
        'Officers had checked on accused sex trafficker Jeffrey Epstein.',
        'It was a response to a suspected gas attack.',
        'The tanker was hit by a suspected Houthi drone.',
        'Police have arrested 14 suspected militants in raids across Java.',
        'Forty civilians were killed when suspected jihadists attacked a market.',
        'Prosecutors said the 15-year-old suspected gunman had been hired by a faction.',
      ],
      noMatch: ['She accused him of lying.', 'Police suspected that the fire was arson.', 'The accused told the court he was innocent.', 'The spokesperson said Kigali was not a party and accused Kinshasa of arming the militia.', 'The group said the text was a betrayal and accused oil-producing countries of hijacking the process.'],
    },
  },
  {
    id: 'hedge.reported-figure',
    category: 'hedge',
    triggers: ['reported', 'rumoured', 'rumored'],
    // A figure nobody stands behind: "despite a reported £60m offer", "for a rumoured $2 billion",
    // "her reported $6 million advance", "six times its reported budget". Only before an amount
    // or a word for one: "the reported crimes" are the ones reported to the police.
    pattern: "(?<![\\w-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\\w.&-]*(?:['’]s|s['’]))\\s+(?<span>(?:reported|rumou?red)(?=\\s+(?:[£$€¥]|US\\$|\\d|(?:budget|salary|fee|transfer\\s+fee|price|price\\s+tag|pricing|valuation|sum|payout|payment|pay\\s+packet|offer|bid|wage|wages|advance|fortune|net\\s+worth)(?![\\w-]))))",
    explanation: 'Hedge: "{source}" passes on a figure without saying who reported it. Find the original report.',
    examples: {
      match: ['Sources insist he wants to stay despite a reported £60m offer from Saudi Arabia.', 'The studio paid a rumoured $2 billion for the rights.', 'The film has made nearly six times its reported budget.', 'Murdoch approved her reported $6 million book advance.'],
      noMatch: ['The reported crimes fell by a third.', 'The company reported profits of $2 billion.', 'Its reported earnings beat forecasts.', 'Apple reported $90 billion in revenue.'],
    },
  },
  {
    id: 'hedge.said-to',
    category: 'hedge',
    triggers: ['said', 'believed', 'thought', 'rumored', 'rumoured', 'reported', 'alleged', 'understood', 'purported', 'purports', 'reputed', 'claimed', 'learnt', 'suspected'],
    // Also the participle after a comma ("Hilly areas, thought to represent exposed crust,") and
    // an unnamed "by many" ("believed by many to be effective"). Not a "to" that takes a person
    // or a body: "once said to me", "the theft was reported to police".
    pattern: "(?:(?<![\\w-])(?:is|are|was|were|be|been|being)\\s+(?:not\\s+)?|['’]s\\s+|(?<=,\\s*))(?:(?:also|widely|long|still|now|generally|once|initially|originally|previously|at\\s+one\\s+point|at\\s+first)\\s+)?(?:said|believed|thought|rumou?red|reported|alleged|understood|purported|reputed|claimed|learnt|suspected)(?:\\s+by\\s+(?:many|some|most|others|several))?\\s+to(?![\\w-])(?!\\s+be\\s+(?:[\\w-]+\\s+){1,3}?(?:if|iff|once|whenever)\\s)(?!\\s+(?:me|him|her|them|us|you|it|the|a|an|his|their|its|our|my|your|police|authorities|officials|reporters|journalists|regulators|prosecutors|investigators|management|lawmakers|parliament|Congress|superiors|supervisors|staff)(?![\\w-]))" +
      // A reduced relative after a noun: "A senior official said to be close to the party chief"
      // (not "thought": "a beautiful thought to have assumed" is the noun).
      "|(?<![\\w-])purport(?:s|ed)\\s+to\\s+(?:show|be|depict|reveal|come)(?![\\w-])|(?:said|believed)(?<=(?<![\\w’'-])[a-z]{3,}\\s(?:said|believed))(?<!(?<![\\w’'-])(?:who|that|which|and|but|then|also|you|she|they|this|these|those|what|when|where|once|had|has|have|was|were)\\s(?:said|believed))(?:\\s+by\\s+(?:many|some|most|others|several))?\\s+to\\s+(?:be|have)(?![\\w’'-])",
    explanation: 'Hedge: "{source}" passes on a claim without saying who says, believes or reported it.',
    examples: {
      match: [
        'She is said to have a strained relationship with the adviser.',
        'Some 200 troops are believed to remain at the base.',
        "It's said to be the same size as the old model.",
        'He was reported to have spent time at the restaurant.',
        'Kiffin was at one point thought to be the leader.',
        'Hilly areas, thought to represent exposed portions of the crust, cover 14 percent.',
        'The drug is believed by many to be effective against the virus.',
        'A senior Vietnamese official said to be close to the party chief has been detained.',
        'India makes hydroxychloroquine, a drug believed by many to be effective against the virus.',
        // South Asian papers' "it is learnt", of a subject: "is learnt to have".
        'The promoter group is learnt to have pledged another 2 per cent of its holding.',
        'The wildfire is suspected to have been started by a lightning strike.',
        'He is being treated for injuries that are not thought to be life-threatening.',
        'Unverified videos shared on Telegram purported to show armed men setting fire to shops.',
      ],
      noMatch: ['The vote is expected to pass.', 'A function is said to be continuous if it has no gaps.', 'Execution is said to be complete once the callback signals success.', 'He said he would go to the meeting.', 'The minister, said to the crowd that he would stay.', 'John Mattison, the chief officer at Kaiser, once said to me that it mattered.', 'The theft was reported to police on Monday.', 'The spill was reported to regulators weeks later.', 'They said to be careful.'],
    },
  },
  {
    id: 'hedge.it-is-said',
    category: 'hedge',
    triggers: ['said', 'believed', 'thought', 'understood', 'learnt', 'gathered', 'rumored', 'rumoured', 'reported', 'alleged', 'claimed', 'speculated'],
    pattern: '(?<![\\w-])[Ii]t(?:\\s+(?:is|was|has\\s+been|had\\s+been|had\\s+earlier\\s+been)|[\\x27’]s)\\s+(?:(?:widely|also|previously|now)\\s+)?(?:said|believed|thought|understood|learnt|gathered|rumou?red|reported(?!\\s+to\\s+(?:the\\s+)?(?:police|authorities|officials|regulators|the\\s+council|management|prosecutors)(?![\\w-]))|alleged|claimed|speculated)(?![\\w-])',
    explanation: 'Hedge: "{source}" has no subject: nobody is named as saying or knowing this.',
    examples: {
      match: [
        'It is understood that the minister will resign.',
        'It was reported that the plant had closed.',
        "It's understood the deal is worth £50m.",
        'It is learnt that the commission has sought a report.',
        // Nigerian papers' form of the same.
        'It was gathered that the governor met the stakeholders behind closed doors.',
      ],
      noMatch: ['It was the mayor who said the plant would close.', 'The office called the clip a fake and said it had been reported to police.'],
    },
  },
  {
    id: 'hedge.we-are-told',
    category: 'hedge',
    triggers: ['told'],
    // The writer's own unnamed informants, in the first person and the present: "We're told
    // there is security footage", "I'm told the deal is close", "We've been told about times
    // where things went awry". Not an order ("we're told to wait"), nor told by someone named.
    pattern: "(?<![\\w’'-])(?:[Ww]e(?:['’]re|\\s+are|['’]ve\\s+been|\\s+have\\s+been)|I(?:['’]m|\\s+am|['’]ve\\s+been|\\s+have\\s+been))\\s+(?:also\\s+|now\\s+|reliably\\s+)?told(?![\\w’'-])(?!\\s+(?:to|not\\s+to|by|off)(?![\\w’'-]))",
    explanation: 'Hedge: "{source}": the writer passes on what someone told them without saying who. Who told them, and how would they know?',
    examples: {
      match: ["We're told there is security footage that cops are looking at.", "I'm told the deal could close this week.", "We've been told about times where things have gone completely awry."],
      noMatch: ["We're told to wait in line like everyone else.", 'I have been told by my doctor to rest.', 'He told me the deal was done.'],
    },
  },
  {
    id: 'hedge.rumour',
    category: 'hedge',
    triggers: ['rumor', 'rumors', 'rumored', 'rumoring', 'rumour', 'rumours', 'rumoured', 'rumouring', 'grapevine', 'whispers'],
    // Also "long-rumoured" and the grapevine; not a policy about rumours in general ("does not
    // comment on rumours or speculation", "I do not respond to rumours").
    pattern:
      "(?:(?<=(?<![\\w-])(?:long|much|oft|widely)-)|(?<![\\w-]))(?<!(?:comment(?:s|ed|ing)?|respond(?:s|ed|ing)?|react(?:s|ed|ing)?|repl(?:y|ies|ied|ying))\\s+(?:on|to)\\s+(?:the\\s+|any\\s+|such\\s+)?(?:market\\s+|media\\s+|press\\s+|transfer\\s+|idle\\s+)?)(?:[Rr]umou?r(?:s|ed|ing)?|RUMOU?R(?:S|ED)?)(?![\\w-])(?!\\s+(?:or|and)\\s+speculation)" +
      "|(?<![\\w-])[Ww]hispers(?=\\s+(?:(?:around|in|at|among|from|on|inside|within)\\s+(?:the\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+)?\\s+)?(?:suggest|say|have\\s+it|are\\s+that|is\\s+that)(?![\\w-]))|(?<![\\w-])(?:[Ii]f\\s+the\\s+grapevine\\s+is\\s+to\\s+be\\s+believed|(?:[Aa]ccording\\s+to|[Oo]n|[Tt]hrough|[Vv]ia|[Oo]ver|[Ff]rom)\\s+the\\s+(?:[\\w-]+\\s+)?grapevine|[Tt]he\\s+(?:[\\w-]+\\s+)?grapevine\\s+(?:has\\s+it|says|suggests|is\\s+that))(?![\\w-])",
    explanation: 'Hedge: a rumour is a claim nobody stands behind. Wait for confirmation from a named source.',
    examples: {
      match: ['Apple may unveil the pen at an event rumored to take place in March.', 'As for what happened, rumors abound.', 'The rumor I heard was that he fell asleep.', 'The long-rumoured remake is running on a new engine.', 'If the grapevine is to be believed, the streamer paid a record sum.', 'Whispers around the Croisette suggest the jury was split.', 'Word came through the industry grapevine that the deal was off.'],
      noMatch: ['The site MacRumors published the list.', 'Humor helped.', 'A spokesperson said the company does not comment on rumours or speculation.', '"My fans know that I do not respond to rumours," the actress said.', 'A spokeswoman said the house does not comment on market rumours.'],
    },
  },
  {
    id: 'hedge.speculation',
    category: 'hedge',
    triggers: ['speculation', 'speculated'],
    pattern: "(?<![\\w-])(?:(?:[Ss]ome|[Mm]uch|[Ww]idespread|[Gg]rowing|[Ii]ntense|[Ww]ild|[Cc]onsiderable|[Rr]ampant|[Pp]ersistent|[Ff]everish|been|[Aa]mid|[Tt]here['’]s|[Tt]here\\s+is|[Tt]here\\s+was|[Tt]here\\s+has\\s+been)\\s+speculation|(?:[Aa]s|[Ii]t)\\s+(?:has\\s+been|had\\s+been|was|is|have\\s+been)\\s+(?:widely\\s+)?speculated|[Ss]peculation\\s+(?:(?:is|was|has\\s+been|had\\s+been)\\s+(?:mounting|growing|rife|rampant|swirling)|(?:mounted|grew|swirled|abounds|abounded)))(?![\\w-])",
    explanation: 'Hedge: speculation is passed on without anyone named as its source.',
    examples: {
      match: [
        "There's also been some speculation that Apple could add the feature.",
        'She had no intention of running, as has been speculated.',
        'Speculation is mounting that the prime minister will resign.',
      ],
      noMatch: ['The move ended weeks of fuelling speculation in the markets.'],
    },
  },
  {
    id: 'hedge.unconfirmed',
    category: 'hedge',
    triggers: ['unconfirmed', 'unverified', 'unsubstantiated'],
    pattern: '(?<![\\w-])(?:[Uu]nconfirmed|[Uu]nverified|[Uu]nsubstantiated)\\s+(?:@w\\s+)?(?:reports?|claims?|rumou?rs?|accounts?|information|allegations?|video|footage|images?|sources?|details)(?![\\w-])',
    explanation: 'Hedge: the story itself says this is unconfirmed. Treat it as a lead, not a fact.',
    examples: {
      match: ['CNN suggested a prior unconfirmed report that he was told he would not get the job.'],
      noMatch: ['The report was confirmed by two officials.'],
    },
  },
  {
    id: 'hedge.reports',
    // Not a call to the emergency services: "officers were called following reports of a disturbance".
    category: 'hedge',
    triggers: ['reports', 'report'],
    pattern: "(?:(?<![\\w-])(?:[Aa]ccording\\s+to|[Cc]iting|[Pp]er|[Aa]mid|[Ww]ith|[Ff]ollowing|[Dd]espite|[Aa]fter|[Aa]s(?=\\s+reports\\s+of\\s)|[Oo]n(?=\\s+reports\\s+(?:of|that)\\s))\\s+(?:(?:some|other|several|many|earlier|previous|recent|prior|initial|multiple|numerous|media|news|press|local|unconfirmed|credible|conflicting|unverified)\\s+){0,2}reports(?![\\w-])(?!\\s+(?:from|by|in|on|of)\\s+(?:the\\s+)?(?:[A-Z]|(?:local|trade|tabloid|financial|business|national|foreign|state|regional)\\s+(?:press|media|papers|newspapers|outlets)(?![\\w-])))(?!\\s+of\\s+(?:an?\\s+)?(?:disturbance|shooting|shots|gunfire|fire|smoke|crash|collision|fight|assault|robbery|burglary|break-in|suspicious|man|woman|person|child|body|noise|gas\\s+leak|explosion)(?![\\w-]))|(?:^|(?<=[,;:—–]\\s*)(?![Rr]eports\\s+that(?![\\w-]))|(?<![\\w-])(?:[Ss]ome|[Oo]ther|[Ss]everal|[Mm]any|[Ee]arlier|[Pp]revious|[Rr]ecent|[Pp]rior|[Mm]edia|[Nn]ews|[Pp]ress|[Mm]ultiple|[Ii]nitial|[Uu]nconfirmed)\\s+)[Rr]eports\\s+(?:(?:had|have|has)\\s+)?(?:say|said|suggest|suggested|indicate|indicated|claim|claimed|emerged|have\\s+emerged|had\\s+emerged|surfaced|have\\s+surfaced|that|quoting|citing|put|gave|given|estimated)(?![\\w-])|(?<![\\w-])[Tt]here\\s+(?:are|were|have\\s+been|had\\s+been)\\s+(?:(?:some|other|several|many|unconfirmed|conflicting)\\s+)?reports(?![\\w-])|(?<![\\w-])[Aa]ccording\\s+to\\s+(?:one|a\\s+(?:media|news|press))\\s+report(?![\\w-])(?!\\s+(?:from|by|in|on|of)\\s+(?:the\\s+)?[A-Z]))",
    explanation: 'Hedge: "{source}" names no outlet, so the reader cannot check who reported it. Find the original report.',
    examples: {
      match: [
        'At least 106 protesters have been killed, according to credible reports received by the group.',
        'Apple may release a pen this year, according to reports.',
        'Per multiple reports, the Suns have fielded calls on the center.',
        'Other reports suggest the singer decided against performing.',
        'The film was greenlit in 2016, with reports that the star would return.',
        'The deal could be worth £50m, reports say.',
        'Earlier reports had suggested the deal was worth £50m.',
        'The deal could be worth £50m, according to one report.',
        // Reports that quote someone still name no outlet.
        'Reports quoting officials in the ministry said the deadline had passed.',
        'Earlier reports had put the death toll at 26, but the ministry later revised it.',
        // A live blog's entry after its time stamp.
        '6:02 p.m. — Reports say a second hospital has taken its systems offline.',
        'Steel climbed as reports of a crackdown on illegal plants spurred buying.',
        'Wheat futures jumped to a two-month high on reports of frost damage in Russia, dealers said.',
      ],
      noMatch: ['The paper, embargoed until Wednesday, reports that the shelf lost 40 billion tonnes of ice.', 'The firm is preparing a new application, according to reports in the trade press.', 'The director is in talks, according to reports from The Wrap.', 'Reports from the Times were accurate.', 'As if that were not enough, the magazine reports that the studio is working on it.', 'Officers were called to the home at 11 p.m. following reports of a disturbance.'],
    },
  },
  {
    id: 'hedge.accounts',
    category: 'hedge',
    triggers: ['accounts', 'account', 'estimate', 'estimates', 'analysis'],
    // "Some accounts said", "One account reported": versions of events with no one named as giving
    // them; so are "by most accounts" and "according to one estimate", whose estimate untold.
    pattern: "(?<![\\w-])(?:(?:[Ss]ome|[Oo]ne|[Oo]ther|[Ss]everal|[Mm]any|[Aa]ll|[Mm]ost|[Ee]arly|[Ee]arlier|[Ii]nitial|[Cc]onflicting|[Mm]edia|[Nn]ews|[Pp]ress)\\s+accounts?\\s+(?:(?:had|have|has)\\s+)?(?:say|says|said|suggest|suggests|suggested|claim|claims|claimed|report|reports|reported|agree|agreed|indicate|indicated)|[Bb]y\\s+(?:all|most|many|some|several)\\s+accounts|[Aa]ccording\\s+to\\s+(?:one|some|other|several|many|most)\\s+(?:estimates?|analysis|accounts?)(?!\\s+(?:from|by|of|in)\\s))(?![\\w-])",
    explanation: 'Hedge: "{source}" names no one who gave this account, so the reader cannot check it. Whose account is it?',
    examples: {
      match: [
        'Some accounts said that he screamed during the shooting.',
        'One account reported that he tried to flee.',
        'All accounts agreed he fired first.',
        'By most accounts, the law worked.',
        'Smog takes seven years from the lives of 660 million people, according to one estimate.',
      ],
      noMatch: [
        'Some accounts were frozen by the bank.',
        'Witness accounts from the trial were read out.',
        'The plan costs $2 billion, according to one estimate by the budget office.',
        'The account was closed, according to the bank.',
      ],
    },
  },
  {
    id: 'hedge.allegations',
    category: 'hedge',
    triggers: ['allegations', 'claims', 'accusations', 'allegation', 'accusation'],
    pattern: '(?<![\\w-])(?:(?:[Aa]llegations|[Cc]laims|[Aa]ccusations)\\s+(?:have|has|had|were|was)\\s+(?:also\\s+)?(?:been\\s+)?(?:made|raised|levell?ed|surfaced|emerged)|(?:faces|faced|facing|face|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\\s+(?:(?:fresh|new|serious|multiple|several|further)\\s+)?(?:allegations|accusations)(?=\\s+(?:of|that)\\s)|(?:[Aa]mid|[Dd]espite|[Ff]ollowing|[Ii]n\\s+the\\s+wake\\s+of)\\s+(?:the\\s+)?(?:allegations|accusations)|(?<!(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|contest(?:s|ed|ing)?)[”"’]?\\s+(?:(?:the|all|every|any|these|those)\\s+)?(?:[\\w-]+\\s+)?)(?:[Aa]llegations?|[Aa]ccusations?)\\s+(?:made|levell?ed|brought)\\s+against(?!(?:\\s+[\\w’\'.-]+){1,5}?\\s+by\\s+(?![a-z]+ing(?![\\w’\'-]))))(?![\\w-])',
    explanation: 'Hedge: allegations with no one named as making them. Who alleges this, and on what evidence?',
    examples: {
      match: ['Mr Walsh, who faces allegations of bullying civil servants, denies any wrongdoing.', 'Allegations have been made that the minister shared secret details.', 'He resigned amid allegations of fraud.', 'Uber defended its prices in the wake of accusations that it profited.', 'The city’s police deny accusations of brutality and say they show restraint.', 'Prosecutors dropped an investigation into a rape allegation made against him in 2010.'],
      noMatch: ['The prosecutor made allegations in court.', 'Ailes vehemently denied the allegations.', 'He rejected the allegations made against him by a former aide.', 'His lawyer said he denies every allegation made against him.', 'His lawyer said his client “categorically denies” every allegation made against him.'],
    },
  },
  {
    id: 'hedge.headline-report',
    category: 'hedge',
    triggers: ['report', 'reports'],
    scope: 'title',
    pattern: '[:|–—-]\\s*(?:[Rr]eports?|REPORTS?|[Rr]eport\\s+says|[Rr]eports\\s+say)\\s*$',
    explanation: 'Hedge: the headline rests on "a report" without naming whose. Find the original report.',
    examples: {
      match: ['Star frustrated with business partner amid feud: report'],
      noMatch: ['The annual report was published on Monday.'],
    },
  },
  {
    id: 'hedge.headline-report-run-in',
    category: 'hedge',
    triggers: ['report', 'reports'],
    // The same headline run into its story by a dash, as briefs and newsletters print them:
    // "Pop star 'hospitalised after collapse': reports — The singer was rushed…".
    pattern: '(?<=\\S\\s*)[:|]\\s*(?:[Rr]eports?|REPORTS?|[Rr]eport\\s+says|[Rr]eports\\s+say)(?=\\s+[—–]\\s+[A-Z])',
    explanation: 'Hedge: the headline rests on "a report" without naming whose. Find the original report.',
    examples: {
      match: ["Pop star 'hospitalised after collapse': reports — The singer was rushed to hospital on Friday."],
      noMatch: ['Read the full findings in the annual report — The Ledger summarises them below.'],
    },
  },
];
