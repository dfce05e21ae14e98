/**
 * Word lists the rules are built from. A rule pattern names a list with `@name`; the compiler
 * (compile.ts) expands it to a non-capturing alternation, longest entry first, with the first
 * letter matched in either case (sentence-initial capitals) and spaces matching any whitespace.
 *
 * Lists are words a journalist would recognise as general; none is tuned to one page.
 * Entries that are raw regex fragments live in FRAGMENTS below.
 */

/** Verbs of saying, believing or reporting that turn a noun phrase into a source. */
export const speech = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'note', 'notes', 'noted', 'claim', 'claims', 'claimed',
  'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'believe', 'believes', 'believed',
  'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'warn', 'warns', 'warned',
  'stress', 'stressed', 'caution', 'cautions', 'cautioned', 'confirm', 'confirms', 'confirmed',
  'predict', 'predicts', 'predicted', 'expect', 'expects', 'expected', 'estimate', 'estimates', 'estimated',
  'suggest', 'suggests', 'suggested', 'agree', 'agrees', 'agreed', 'contend', 'contends', 'contended',
  'maintain', 'maintains', 'maintained', 'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted', 'explain', 'explains', 'explained', 'describe', 'describes', 'described',
  'disclose', 'discloses', 'disclosed', 'divulge', 'divulges', 'divulged', 'reveal', 'reveals', 'revealed',
  'indicate', 'indicates', 'indicated', 'complain', 'complains', 'complained', 'concede', 'concedes', 'conceded',
  'speculate', 'speculates', 'speculated', 'write', 'writes', 'wrote', 'recall', 'recalls', 'recalled',
  'recount', 'recounts', 'recounted', 'think', 'thinks', 'thought', 'doubt', 'doubts', 'doubted',
  'protest', 'protests', 'protested', 'applaud', 'applauds', 'applauded', 'attribute', 'attributes', 'attributed',
  'ascribe', 'ascribes', 'ascribed', 'point out', 'points out', 'pointed out', 'chime in', 'chimes in', 'chimed in',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'assert', 'asserts', 'asserted',
  'allege', 'alleges', 'alleged', 'counter', 'counters', 'countered', 'confide', 'confides', 'confided',
  'urge', 'urges', 'urged', 'caution', 'observe', 'observes', 'observed', 'acknowledge',
  'view', 'views', 'viewed', 'regard', 'regards', 'regarded',
  'forecast', 'forecasts', 'project', 'projects', 'projected', 'reckon', 'reckons', 'reckoned',
  'say privately', 'told reporters', 'briefed', 'conclude', 'concludes', 'concluded', 'characterized',
  'characterised', 'dispute', 'disputes', 'disputed', 'deny', 'denies', 'denied',
  'complain', 'lament', 'lamented', 'joke', 'joked', 'quipped', 'mused', 'cautioned', 'signalled', 'signaled',
  'call it', 'calls it', 'called it', 'blame', 'blames', 'blamed', 'cite', 'cites', 'cited',
  'stated', 'reported', 'highlight', 'highlights', 'highlighted',
  'play down', 'plays down', 'played down', 'downplay', 'downplays', 'downplayed',
  // A view only with its clause: not "making viewers feel uneasy" nor "residents felt the quake".
  'feel that', 'feels that', 'report that',
  // Views voiced: "Palace officials have privately expressed concern".
  'praised', 'criticised', 'criticized', 'slammed', 'hailed', 'panned', 'lauded',
  'expressed concern', 'expressed concerns', 'voiced concern', 'voiced concerns', 'raised concerns',
  'expressed doubts', 'voiced doubts', 'expressed alarm', 'expressed frustration', 'voiced frustration',
  'grumble', 'grumbles', 'grumbled', 'gripe', 'gripes', 'griped', 'grouse', 'groused',
  // A view by what it cites: "Critics point to the delays", "one respondent summed it up".
  'point to', 'points to', 'pointed to', 'summed up', 'sums up', 'summed it up', 'sums it up', 'summed this up',
  // Suspicions, doubts and charges held: "scientists have suspected that", "analysts wonder
  // whether", "Many Tunisians accuse the Islamists of". "Suspected of" and "accused of" are
  // passives (NOT_NOUN_USE); "suspects" is the noun. "Questioned whether" only as the main verb
  // (NOT_NOUN_USE): in "a student who questioned whether he was a friend to women" it describes
  // someone, and sources nothing.
  'suspect', 'suspected', 'accuse', 'accuses', 'accused', 'wonder', 'wonders', 'wondered',
  'anticipate', 'anticipates', 'anticipated', 'question whether', 'questioned whether',
  // A question put, not a request made: "One Nevada Democrat asked simply, “Who cares?”" (see
  // NOT_NOUN_USE: only before a question or its quotation).
  'asked', 'asks', 'wondered aloud',
];

/**
 * The verbs of saying in their third-person singular form ("says", "points out"). After a plural
 * group they show that the group is not the subject: "information from multiple sources disputes".
 */
export const singularSpeech = speech.filter((w) => /[^s]s$/.test(w.split(' ')[0]));

/**
 * Progressive forms, only after a form of "be" ("analysts were expecting"; see PROGRESSIVE in
 * fragments.ts). Kept apart from `speech`: every word there is tried wherever a verb may stand.
 */
export const progressiveSpeech = [
  'saying', 'telling', 'warning', 'predicting', 'expecting', 'arguing', 'claiming', 'insisting', 'suggesting',
  'speculating', 'estimating', 'cautioning', 'urging', 'complaining', 'forecasting', 'projecting', 'briefing',
  'wondering', 'anticipating',
];

/**
 * The absolute clause's verbs ("…, with one Weibo user writing that"): the progressive ones and a
 * few that are too common to wake the other rules (their sentences are tried only when one occurs).
 */
export const absoluteSpeech = [...progressiveSpeech, 'writing', 'posting', 'adding', 'noting', 'calling', 'describing', 'accusing', 'questioning'];

/**
 * Speech verbs that are also nouns. Right before the end of a sentence they are the noun: in
 * "a staffer on the TV regulation project." nobody projects anything.
 */
export const nounLikeSpeech = [
  'project', 'projects', 'forecast', 'forecasts', 'estimate', 'estimates', 'view', 'views', 'regard', 'regards',
  'protest', 'protests', 'dispute', 'disputes', 'doubt', 'doubts', 'fear', 'fears', 'claim', 'claims',
  'note', 'notes', 'counter', 'counters', 'stress', 'urge', 'urges', 'joke', 'worry', 'worries',
];

/**
 * How a group feels about what it knows, after "are/were/remain": "Officials are worried",
 * "analysts remain skeptical" (or "are of the view"). A source with a view, like a verb of saying.
 */
export const stateOfMind = [
  'worried', 'concerned', 'confident', 'optimistic', 'skeptical', 'sceptical', 'alarmed', 'unconvinced',
  'convinced', 'hopeful', 'wary', 'nervous', 'adamant', 'doubtful', 'divided', 'fearful', 'pessimistic',
];

/** The subset of speech verbs that can come before their subject: ", say economists", ", noted experts". */
export const invertedSpeech = [
  'say', 'says', 'said', 'noted', 'added', 'argued', 'argue', 'wrote', 'warned', 'warn', 'cautioned',
  'insisted', 'explained', 'believe', 'claimed', 'claim', 'suggested', 'suggest', 'contend', 'contended',
  'asked', 'predicted', 'predicts', 'recalled', 'recalls', 'observed', 'countered', 'conceded', 'admitted',
  'quipped', 'joked', 'replied', 'notes', 'adds', 'argues', 'explains', 'warns',
];

/** Groups that, unnamed, are anonymous sources when they say or believe something (taxonomy: boundary table). */
export const group = [
  'officials', 'sources', 'insiders', 'aides', 'advisers', 'advisors', 'confidants', 'allies', 'associates',
  'diplomats', 'analysts', 'experts', 'economists', 'observers', 'critics', 'strategists', 'executives',
  'staffers', 'operatives', 'negotiators', 'lawmakers', 'legislators', 'commentators', 'pundits', 'skeptics',
  'sceptics', 'detractors', 'activists', 'advocates', 'campaigners', 'investors', 'traders', 'bankers',
  'businesses', 'hawks', 'doves', 'conservatives', 'liberals', 'progressives',
  'students', 'residents', 'witnesses', 'locals', 'employees', 'workers', 'scientists', 'researchers',
  'scholars', 'historians', 'academics', 'politicians', 'veterans', 'commenters', 'netizens', 'bloggers',
  'watchers', 'MPs', 'attendees', 'participants', 'engineers', 'eyewitnesses', 'senators', 'ministers', 'pals',
  'environmentalists', 'conservationists', 'survivors', 'volunteers', 'members', 'neighbors', 'neighbours',
  'bureaucrats', 'civil servants', 'forecasters', 'Wall Street',
];

/**
 * Everyday plural people who, bare or counted, make a vague group: "Financial planners say",
 * "Two Clinton donors tell", "Senior Tories fear". With "the" or a possessive they point back to
 * people introduced earlier, often by name ("The doctors, members of Doctors for Camp Closure"), so
 * `anonymous.generic-group` leaves those alone. Not organisations' own names ("Refugees
 * International") nor companies ("producers", "vendors").
 */
export const genericGroup = [
  'leaders', 'doctors', 'physicians', 'nurses', 'teachers', 'parents', 'farmers', 'fans', 'supporters',
  'opponents', 'planners', 'agents', 'soldiers', 'troops', 'protesters', 'protestors', 'demonstrators', 'voters',
  'shoppers', 'consumers', 'patients', 'homeowners', 'tenants', 'landlords', 'drivers', 'passengers',
  'pilots', 'players', 'coaches', 'managers', 'owners', 'journalists', 'reporters', 'teammates',
  'colleagues', 'relatives', 'educators', 'administrators', 'professors', 'clinicians', 'epidemiologists',
  'virologists', 'pollsters', 'bookmakers', 'brokers', 'landowners', 'migrants', 'villagers',
  'shopkeepers', 'merchants', 'consultants', 'lobbyists', 'donors', 'organizers', 'organisers',
  'delegates', 'Tories', 'Republicans', 'Democrats', 'Labour MPs', 'backbenchers', 'insurgents', 'rebels',
  'militants', 'fighters', 'guards', 'prisoners', 'inmates', 'backers', 'elders', 'bosses', 'feminists',
  'settlers', 'policymakers', 'policy makers', 'advertisers', 'programmers', 'developers', 'proponents',
  'believers', 'followers', 'reviewers', 'defenders', 'admirers', 'customers', 'clients',
  'mourners', 'worshippers', 'parishioners', 'shareholders', 'stakeholders', 'regulars', 'viewers',
  'readers', 'listeners', 'subscribers', 'buyers', 'sellers', 'dealers', 'retailers', 'scouts',
  'growers', 'creditors', 'bondholders', 'exporters', 'importers',
  'miners', 'fishermen', 'ranchers', 'commuters', 'tourists', 'visitors', 'gamers', 'jurors', 'pupils',
  'families', 'medics', 'paramedics', 'sleuths', 'rescuers',
];

/**
 * Unnamed people a story may come back to with "One of them said" or "another warned": the
 * head nouns of an earlier group or person ("Workers at the plant say", "One EU diplomat").
 */
export const laterHead = [
  'people', 'person', 'persons', 'individuals', 'sources', 'source', 'officials', 'official', 'aides', 'aide',
  'insiders', 'employees', 'employee', 'residents', 'witnesses', 'workers', 'members', 'diplomats', 'diplomat',
  'senators', 'lawmakers', 'ministers', 'MPs', 'executives', 'executive', 'staffers', 'analysts', 'economists',
  'investors', 'traders', 'activists', 'protesters', 'soldiers', 'doctors', 'nurses', 'teachers', 'parents',
  'students', 'officers',
];

/** Heads of "people familiar with the matter"-style phrases. */
export const familiarHead = [
  'people', 'person', 'persons', 'sources', 'source', 'individuals', 'individual', 'someone', 'somebody',
  'officials', 'official', 'those', 'aides', 'aide', 'allies', 'advisers', 'adviser', 'advisors', 'advisor',
  'insiders', 'insider', 'executives', 'executive', 'diplomats', 'diplomat', 'staffers', 'staffer', 'associates',
  'figures', 'figure', 'lawyers', 'attorneys',
];

/** Singular people a story may leave unnamed: "one student at Duke said", "a resident told". */
export const person = [
  'economist', 'strategist', 'staffer', 'operative', 'negotiator', 'confidant', 'ally', 'associate',
  'student', 'resident', 'witness', 'worker', 'employee', 'staffer', 'official', 'source', 'insider', 'person',
  'man', 'woman', 'voter', 'neighbor', 'neighbour', 'commenter', 'user', 'member', 'soldier', 'nurse',
  'teacher', 'parent', 'fan', 'protester', 'protestor', 'activist', 'analyst', 'expert', 'executive', 'aide',
  'adviser', 'advisor', 'diplomat', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman',
  'trader', 'banker', 'investor', 'friend', 'relative', 'colleague', 'acquaintance', 'supporter', 'critic',
  'observer', 'strategist', 'operative', 'negotiator', 'officer', 'agent', 'contractor', 'engineer',
  'refugee', 'migrant', 'villager', 'farmer', 'doctor', 'medic', 'lawyer', 'guard', 'inmate', 'prisoner',
  'survivor', 'eyewitness', 'bystander', 'passenger', 'pilot', 'shopkeeper', 'driver',
  'producer', 'manager', 'CEO', 'founder', 'consultant', 'assistant', 'patient', 'customer', 'client',
  'owner', 'tenant', 'landlord', 'model', 'actor', 'actress', 'player', 'teammate', 'lobbyist', 'donor',
  'MP', 'attendee', 'participant', 'pal', 'leaker', 'tipster', 'contact', 'minister', 'professor', 'lecturer',
  'reporter', 'journalist', 'volunteer', 'delegate', 'Republican', 'Democrat', 'Tory', 'host', 'anchor',
  'correspondent', 'editor', 'scientist', 'researcher', 'physician', 'surgeon', 'pharmacist',
  'programmer', 'developer', 'technician', 'mechanic', 'paramedic', 'cop', 'commander', 'veteran',
  'shareholder', 'buyer', 'seller', 'dealer', 'broker', 'lender', 'director', 'coach', 'scout',
  'follower', 'respondent', 'tweeter', 'blogger', 'viewer', 'reader', 'listener', 'subscriber', 'mother',
  'father', 'homeowner', 'landowner', 'settler', 'mourner', 'parishioner', 'congregant', 'worshipper',
  'commissioner', 'councillor', 'councilor', 'trustee', 'supervisor', 'inspector', 'detective', 'trooper',
  'firefighter', 'ranger', 'figure', 'captain', 'ex-captain', 'skipper', 'referee', 'umpire',
  'whistleblower', 'whistle-blower', 'guest', 'partygoer', 'onlooker', 'passer-by', 'spectator', 'bureaucrat',
  'saleswoman', 'salesman', 'salesperson', 'cashier', 'backbencher', 'civil servant', 'leader', 'boss', 'crew member', 'moderator', 'village head', 'village chief', 'headman',
];

/** People identified only by their relation to someone: "according to her father". */
export const relation = [
  'father', 'mother', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'uncle', 'aunt', 'cousin',
  'grandmother', 'grandfather', 'friend', 'friends', 'neighbor', 'neighbors', 'neighbour', 'neighbours',
  'relative', 'relatives', 'family member', 'family members', 'colleague', 'colleagues', 'classmate',
  'classmates', 'co-worker', 'co-workers', 'coworker', 'coworkers', 'acquaintance', 'acquaintances',
  'former colleague', 'former colleagues', 'partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancee',
];

/** Determiners and quantifiers that open a source noun phrase. */
export const det = [
  'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen',
  'dozens of', 'several', 'some', 'many', 'most', 'few', 'a few', 'multiple', 'numerous', 'other', 'another',
  'various', 'certain', 'these', 'those', 'both', 'all', 'more', 'a number of', 'a handful of', 'a group of',
  'one of the', 'two of the', 'three of the', 'some of the', 'many of the', 'most of the', 'one of his',
  'one of her', 'one of their', 'his', 'her', 'their', 'its', 'our', 'such',
];

/** Counts that leave the people counted unnamed: "two people said". */
export const numberWord = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens of', 'multiple', 'a few', 'a handful of'];

/** Quantifiers that make any plural noun a vague group: "many businesses agree". */
export const vagueQuantifier = ['many', 'some', 'most', 'few', 'several', 'numerous', 'countless', 'a number of', 'plenty of'];

/** Adjectives and noun modifiers that sit inside a source noun phrase ("three unnamed senior officials"). */
export const adj = [
  'senior', 'top', 'high-ranking', 'former', 'current', 'veteran', 'independent', 'outside', 'private',
  'unnamed', 'anonymous', 'unidentified', 'western', 'foreign', 'local', 'federal', 'state', 'national',
  'administration', 'government', 'military', 'intelligence', 'security', 'law enforcement', 'defense',
  'defence', 'congressional', 'campaign', 'company', 'industry', 'party', 'police', 'city', 'county',
  'european', 'american', 'chinese', 'russian', 'ukrainian', 'israeli', 'iranian', 'british', 'french',
  'german', 'japanese', 'indian', 'arab', 'regional', 'international', 'other', 'key', 'some', 'many',
  'tax', 'legal', 'health', 'medical', 'financial', 'market', 'trade', 'climate',
  'political', 'economic', 'foreign policy', 'jail', 'prison', 'team', 'club', 'league', 'family', 'transition',
  'agency', 'ministry', 'embassy', 'department', 'bank', 'fund', 'wall street', 'business', 'corporate',
  'diplomatic', 'well-placed', 'knowledgeable', 'informed', 'reliable', 'credible', 'close', 'longtime',
  'influential', 'leading', 'prominent', 'concerned', 'worried', 'skeptical', 'frustrated', 'disgruntled',
  'rank-and-file', 'junior', 'mid-level', 'lower-level', 'high-level', 'low-level', 'few', 'most',
  'media', 'tech', 'technology', 'news', 'network', 'television', 'energy', 'oil', 'airline', 'hospital',
  'school', 'university', 'court', 'union', 'industry', 'cabinet', 'royal', 'palace', 'aid', 'relief',
  'rescue', 'humanitarian', 'faculty', 'student', 'campus', 'community', 'rights', 'human rights', 'factory',
  'deficit', 'budget', 'labor', 'labour', 'union', 'tech', 'technology', 'auto', 'defense industry',
  'judicial', 'prosecution', 'parliamentary', 'opposition', 'immigration', 'border',
];

/** Words that cannot start or sit in a source noun phrase: they belong to the clause around it. */
export const functionWord = [
  'but', 'and', 'or', 'nor', 'so', 'yet', 'when', 'while', 'if', 'as', 'in', 'on', 'at', 'for', 'after', 'before',
  'since', 'though', 'although', 'however', 'meanwhile', 'still', 'now', 'then', 'also', 'even', 'because',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'why', 'how', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'not', 'no', 'to', 'of', 'by', 'with', 'from', 'into', 'onto', 'than', 'said',
  'says', 'told', 'according', 'he', 'she', 'they', 'we', 'it', 'i', 'you', 'his', 'her', 'their', 'our',
  'my', 'your', 'its', 'them', 'him', 'us', 'me', 'there', 'here', 'this', 'these', 'those', 'the', 'a', 'an',
  'last', 'next', 'first', 'yesterday', 'today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr',
];

/** Auxiliaries allowed between a source and its verb ("officials have argued"); never forms of "be" (passive). */
export const aux = [
  'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do', 'does',
  'have long', 'has long', 'had long', 'have also', 'has also', 'had also', 'have repeatedly', 'have privately',
  'have publicly', 'would later', 'had previously', 'have since', 'began to', 'begin to', 'have begun to',
  'started to', 'have started to', 'continue to', 'continued to', 'continues to', 'went on to', 'used to',
];

/** Forms of "be" before a progressive verb of saying ("were expecting"; never "were told"). */
export const beAux = ['are', 'were', 'is', 'was', 'have been', 'has been', 'had been', 'are now', 'were already'];

/** Adverbs allowed between a source and its verb ("officials quietly applauded", "Officials recently told"). */
export const adv = [
  'also', 'recently', 'quietly', 'privately', 'publicly', 'later', 'previously', 'earlier', 'separately',
  'further', 'repeatedly', 'widely', 'generally', 'largely', 'long', 'often', 'still', 'now', 'already',
  'reportedly', 'initially', 'first', 'openly', 'increasingly', 'broadly', 'strongly', 'firmly', 'all',
  'both', 'have', 'had', 'once', 'then', 'too', 'however', 'nonetheless', 'consistently', 'frequently',
  'ultimately', 'eventually', 'subsequently', 'even', 'always', 'never', 'flatly', 'bluntly', 'jointly',
];

/** Phrases that qualify an unnamed person as a source: "people familiar with the matter". */
export const familiar = [
  'familiar with', 'close to', 'with knowledge of', 'with direct knowledge of', 'with firsthand knowledge of',
  'with first-hand knowledge of', 'knowledgeable about', 'briefed on', 'who were briefed on', 'who was briefed on',
  'aware of', 'with access to', 'in the room', 'who know', 'who knows', 'who have seen', 'who has seen',
  'who have read', 'who had seen', 'involved in the', 'privy to', 'with ties to', 'tied to', 'connected to',
  'who spoke on condition of anonymity', 'who asked not to be named', 'who asked not to be identified',
  'who requested anonymity', 'who declined to be named', 'who declined to be identified',
  'who spoke anonymously', 'speaking on condition of anonymity', 'speaking on the condition of anonymity',
  'speaking anonymously', 'who spoke on the condition of anonymity',
  // Weak: only with a source cue or a verb of saying (WEAK_FAMILIAR in anonymous.ts).
  'who attended', 'who have attended', 'who had attended', 'who witnessed', 'who were present', 'who was present',
  'present at',
  'who have spoken with', 'who have spoken to', 'who spoke with', 'who have talked to', 'who have talked with',
  'who knew', 'who worked with', 'who have worked with', 'who had worked with', 'who worked for',
  'who served with', 'who served alongside',
];

/** Organisations and places a source may be "inside": "sources in the ministry", "a source at the Pentagon". */
export const institutionNoun = [
  'administration', 'government', 'ministry', 'department', 'company', 'camp', 'party', 'campaign', 'agency',
  'military', 'army', 'police', 'family', 'team', 'embassy', 'office', 'committee', 'industry', 'palace',
  'organization', 'organisation', 'firm', 'group', 'club', 'cabinet', 'regime', 'leadership', 'board',
  'network', 'newsroom', 'prosecutor', 'investigation', 'probe', 'talks', 'negotiations', 'delegation',
  'court', 'prison', 'hospital', 'city', 'town', 'village', 'region', 'country', 'kremlin', 'pentagon',
  'white house', 'house', 'senate', 'congress', 'parliament', 'ranks', 'circle', 'inner circle', 'bank',
];

/** Nouns that make a preceding "official" or "source" an adjective: "an official statement". */
export const documentNoun = [
  'statement', 'statements', 'report', 'reports', 'document', 'documents', 'letter', 'data', 'figures', 'record',
  'records', 'release', 'notice', 'account', 'tally', 'count', 'estimate', 'estimates', 'announcement', 'website',
  'channels', 'list', 'filing', 'memo', 'transcript', 'tweet', 'post', 'visit', 'trip', 'duties', 'capacity',
];

/**
 * Plurals with a people-like ending ("-ers", "-ors", "-ists", "-ians", "-eers") that the occupation
 * rules (OCCUPATION_LOWER in anonymous.ts) must not read as unnamed people: things ("the numbers
 * suggest", "sensors indicated", "rumors say"), institutions on the record ("prosecutors allege",
 * "headquarters said") and companies ("manufacturers believe").
 */
export const nonPersonAgent = [
  'numbers', 'letters', 'papers', 'newspapers', 'powers', 'matters', 'waters', 'headquarters', 'centers',
  'computers', 'markers', 'indicators', 'factors', 'sectors', 'motors', 'errors', 'borders', 'orders',
  'others', 'filters', 'layers', 'towers', 'rivers', 'corners', 'chambers', 'quarters', 'barriers',
  'shelters', 'offers', 'answers', 'transfers', 'containers', 'servers', 'printers', 'speakers',
  'sensors', 'meters', 'parameters', 'chapters', 'posters', 'banners', 'flyers', 'stickers', 'disasters',
  'registers', 'characters', 'vectors', 'doors', 'floors', 'colors', 'honors', 'rumors', 'tumors',
  'mirrors', 'horrors', 'terrors', 'interiors', 'behaviors', 'corridors', 'trailers', 'thrillers',
  'blockbusters', 'dinosaurs', 'twists', 'remainders', 'reminders', 'headers', 'footers', 'folders',
  'lockers', 'boosters', 'monsters',
  // An institution on the record (taxonomy: "prosecutors alleged", "investigators believe").
  'investigators', 'prosecutors', 'regulators', 'inspectors', 'auditors', 'examiners', 'coroners',
  'commissioners', 'supervisors', 'officers', 'firefighters',
  // Companies, not people (as in genericGroup): "assorted manufacturers believe".
  'producers', 'manufacturers', 'suppliers', 'distributors', 'insurers', 'refiners', 'automakers',
  'carmakers', 'publishers', 'broadcasters', 'wholesalers', 'operators',
];

/** What is posted on a platform rather than who posts it: "posts on Reddit claimed" is not a person. */
export const platformContent = [
  'posts', 'videos', 'clips', 'photos', 'images', 'pictures', 'messages', 'tweets', 'reports', 'stories',
  'articles', 'threads', 'ads', 'links', 'rumors', 'rumours', 'updates', 'pages', 'groups', 'channels',
  'comments', 'sites', 'memes', 'reels', 'streams',
];

/** Plural nouns that are not people: "many studies suggest" is not an unnamed group of sources. */
/** Publications in the plural: "Several Korean outlets reported" is secondhand, not a vague group. */
export const mediaPlural = [
  'outlets', 'newspapers', 'broadcasters', 'publications', 'tabloids', 'dailies', 'channels', 'networks',
  'agencies', 'magazines', 'media',
];

export const nonPersonPlural = [
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'times', 'things', 'ways', 'cases', 'places',
  'parts', 'areas', 'kinds', 'types', 'others', 'studies', 'reports', 'data', 'polls', 'surveys',
  'documents', 'records', 'analyses', 'estimates', 'figures', 'numbers', 'results', 'findings', 'signs',
  'models', 'papers', 'articles', 'stories', 'accounts', 'sites', 'websites', 'apps', 'products', 'games',
  'experiments', 'tests', 'trials', 'indicators', 'forecasts', 'projections', 'calculations', 'statistics',
];

/** Outlet-type phrases that stand for media without a name: "according to state media". */
export const mediaType = [
  'state media', 'state-run media', 'state-controlled media', 'state-owned media', 'state television',
  'state-run television', 'state TV', 'state-run TV', 'state broadcaster', 'state-run broadcaster',
  'state news agency', 'state-run news agency', 'official news agency', 'local media', 'local news',
  'local outlets', 'local press', 'local television', 'local TV', 'regional media', 'national media',
  'foreign media', 'international media', 'western media', 'independent media', 'media outlets', 'news outlets',
  'the local press', 'a local radio station', 'a local newspaper', 'a local TV station', 'a local television station',
  'local radio', 'local newspapers', 'the trade press', 'the tabloid press', 'the financial press',
  'the business press', 'the national press', 'the foreign press',
];

/** Generic nouns by which a story refers back to an outlet it already named: "told the outlet". */
export const outletAnaphor = [
  'outlet', 'news outlet', 'media outlet', 'news agency', 'news site', 'news website', 'website', 'newspaper',
  'paper', 'publication', 'magazine', 'tabloid', 'broadcaster', 'network', 'news network', 'channel',
  'wire service', 'daily', 'news service', 'newsletter', 'trade publication', 'news organization',
  'news organisation', 'media organization', 'media organisation', 'station', 'TV station', 'radio station',
  'news station', 'weekly', 'monthly', 'news magazine', 'newsmagazine',
];

/** Raw regex fragments available to patterns as @name. */
export const FRAGMENTS: Record<string, string> = {
  /** One word token (letters, digits, inner apostrophes, hyphens and dots). */
  w: "[\\w’'.À-ɏ-]+",
  /** A capitalised token: part of a proper name ("White", "U.S.", "Trump-supporting"). */
  cap: "[A-Z][\\w’'.&-]*",
  /** A hyphenated compound modifier ("Washington-based", "Trump-supporting"). */
  hyph: '[A-Za-z]+-[A-Za-z-]+',
  /** An apostrophe, straight or curly. */
  apos: "['’]",
  /** A word boundary that also works before curly apostrophes. */
  end: "(?![\\w’'-])",
};
