/** British and Irish newspapers, broadcasters and news sites. */
import type { Outlet } from '../types.ts';
import { maker } from './define.ts';

const paper = maker('newspaper', 'GB');
const tv = maker('broadcaster', 'GB');
const site = maker('news-site', 'GB');
const ie = maker('newspaper', 'IE');
const ieTv = maker('broadcaster', 'IE');
const ieSite = maker('news-site', 'IE');

export const UK_IRELAND: Outlet[] = [
  tv('BBC', ['bbc.co.uk', 'bbc.com', 'bbc.in'], {
    aliases: [
      'BBC News', 'British Broadcasting Corporation', 'BBC World Service', 'BBC Radio 4', 'BBC World News', 'BBC Newsnight', 'BBC Verify',
      'BBC Sport', 'Radio 4', 'BBC Radio 5 Live', 'Radio 5 Live', 'BBC Breakfast', 'Newsnight', "Radio 4's Today programme", 'Today programme',
    ],
  }),
  tv('Sky News', ['news.sky.com'], {}),
  tv('Sky Sports', ['skysports.com'], { aliases: ['Sky Sports News'] }),
  tv('talkSPORT', ['talksport.com'], { aliases: ['talkSport', 'Talksport'] }),
  // BT Sport until 2023.
  tv('TNT Sports', ['tntsports.co.uk'], { aliases: ['BT Sport'] }),
  // Capitalised as most citing copy writes it; a lower-case form would also match "football. London ...".
  site('Football.London', ['football.london'], {}),
  site('Football Insider', ['footballinsider247.com'], {}),
  tv('ITV News', ['itv.com'], { aliases: ['ITV'] }),
  tv('Channel 4 News', ['channel4.com'], { aliases: ['Channel 4'], ambiguousAliases: ['Channel 4'] }),
  tv('GB News', ['gbnews.com'], {}),
  tv('LBC', ['lbc.co.uk'], { aliases: ['Leading Britain\'s Conversation'] }),
  tv('Times Radio', ['times.radio'], {}),
  paper('Financial Times', ['ft.com', 'on.ft.com'], { aliases: ['FT', 'The Financial Times'] }),
  paper('The Guardian', ['theguardian.com', 'guardian.co.uk'], { aliases: ['Guardian US', 'Guardian Australia'] }),
  paper('The Observer', ['observer.co.uk'], { ambiguous: true }),
  paper('The Times', ['thetimes.co.uk', 'thetimes.com'], {
    aliases: ['The Times of London', 'Times of London', 'The London Times'],
    ambiguous: true,
  }),
  paper('The Sunday Times', [], { aliases: ['Sunday Times'] }),
  paper('The Telegraph', ['telegraph.co.uk'], {
    aliases: ['The Daily Telegraph', 'Daily Telegraph', 'The Sunday Telegraph', 'Sunday Telegraph'],
  }),
  paper('The Independent', ['independent.co.uk'], { ambiguous: true }),
  paper('The i Paper', ['inews.co.uk'], { aliases: ['iNews'] }),
  paper('Daily Mail', ['dailymail.co.uk', 'dailym.ai'], {
    aliases: ['The Daily Mail', 'MailOnline', 'Mail Online', 'The Mail on Sunday', 'Mail on Sunday'],
    shortForms: ['the Mail'],
  }),
  paper('The Sun', ['thesun.co.uk'], { aliases: ['The Sun on Sunday'], ambiguous: true }),
  paper('Daily Mirror', ['mirror.co.uk'], { aliases: ['The Mirror', 'The Daily Mirror', 'Sunday Mirror'] }),
  paper('Daily Express', ['express.co.uk'], { aliases: ['The Express', 'The Daily Express', 'Sunday Express'] }),
  paper('Daily Star', ['dailystar.co.uk'], {}),
  paper('Evening Standard', ['standard.co.uk'], { aliases: ['London Evening Standard', 'The Evening Standard'], shortForms: ['the Standard'] }),
  paper('Metro', ['metro.co.uk'], { ambiguous: true }),
  paper('The Scotsman', ['scotsman.com'], {}),
  // Its masthead is "The Herald", a name shared with papers everywhere: "the Herald" only after a full mention.
  paper('Herald Scotland', ['heraldscotland.com'], { aliases: ['The Glasgow Herald', 'Glasgow Herald'], shortForms: ['the Herald'] }),
  paper('Daily Record', ['dailyrecord.co.uk'], {}),
  paper('Belfast Telegraph', ['belfasttelegraph.co.uk'], {}),
  paper('Manchester Evening News', ['manchestereveningnews.co.uk'], {}),
  paper('Liverpool Echo', ['liverpoolecho.co.uk'], {}),
  paper('The Yorkshire Post', ['yorkshirepost.co.uk'], { aliases: ['Yorkshire Post'] }),
  paper('WalesOnline', ['walesonline.co.uk'], { aliases: ['Wales Online'] }),
  site('The Bureau of Investigative Journalism', ['thebureauinvestigates.com'], { aliases: ['Bureau of Investigative Journalism'] }),
  site('openDemocracy', ['opendemocracy.net'], {}),
  site('Byline Times', ['bylinetimes.com'], {}),
  site('UnHerd', ['unherd.com'], {}),
  site('PinkNews', ['thepinknews.com', 'pinknews.co.uk'], {}),
  site('Middle East Eye', ['middleeasteye.net'], {}),
  ie('The Irish Times', ['irishtimes.com'], { aliases: ['Irish Times'], shortForms: ['the Times'] }),
  ie('Irish Independent', ['independent.ie'], { aliases: ['The Irish Independent'] }),
  ie('Irish Examiner', ['irishexaminer.com'], { aliases: ['The Irish Examiner'] }),
  ie('TheJournal.ie', ['thejournal.ie'], {}),
  ieTv('RTÉ', ['rte.ie'], {
    aliases: [
      'RTE', 'RTÉ News', 'RTE News', 'Raidió Teilifís Éireann', 'RTÉ One', 'RTE One', 'RTÉ Radio 1', 'RTE Radio 1', 'Morning Ireland',
      'Prime Time', 'Liveline', 'RTÉ Investigates', 'RTE Investigates',
    ],
    ambiguousAliases: ['Prime Time'],
  }),
  ieTv('Newstalk', ['newstalk.com'], { aliases: ['Newstalk Breakfast', 'Newstalk FM'] }),
  // Ireland: Sunday and tabloid titles, news sites, regional papers, and local radio
  ie('Sunday Independent', [], {}),
  ie('Business Post', ['businesspost.ie'], { aliases: ['Sunday Business Post'] }),
  ie('Sunday World', ['sundayworld.com'], {}),
  ie('Irish Mirror', ['irishmirror.ie'], {}),
  ie('The Irish Sun', ['thesun.ie'], {}),
  ie('Connacht Tribune', ['connachttribune.ie'], {}),
  ie('Limerick Leader', ['limerickleader.ie'], {}),
  // Also a person's name.
  ie('The Southern Star', ['southernstar.ie'], { ambiguous: true }),
  ieSite('BreakingNews.ie', ['breakingnews.ie'], {}),
  ieSite('Dublin Live', ['dublinlive.ie'], {}),
  ieSite('Gript', ['gript.ie'], {}),
  // Ordinary words: mentions count only next to a cue.
  ieSite('The Ditch', ['ontheditch.com'], { ambiguous: true }),
  ieSite('Noteworthy', ['noteworthy.ie'], { ambiguous: true }),
  ieSite('The Currency', ['thecurrency.news'], { ambiguous: true }),
  ieTv('Virgin Media News', ['virginmediatelevision.ie'], {}),
  ieTv('TG4', ['tg4.ie'], {}),
  ieTv('Today FM', ['todayfm.com'], {}),
  ieTv('Highland Radio', ['highlandradio.com'], {}),
  ieTv('Radio Kerry', ['radiokerry.ie'], {}),
  ieTv('WLR FM', ['wlrfm.com'], {}),
  ieTv("Cork's 96FM", ['96fm.ie'], { aliases: ['96FM'] }),
  ieTv('KCLR 96FM', ['kclr96fm.com'], { aliases: ['KCLR'] }),
  ieTv('Galway Bay FM', ['galwaybayfm.ie'], {}),
  // Northern Ireland, and the Irish in Britain and America
  paper('The Irish News', ['irishnews.com'], {}),
  // Belfast's "News Letter" is also an ordinary word.
  paper('News Letter', ['newsletter.co.uk'], { aliases: ['Belfast News Letter'], ambiguous: true }),
  paper('The Impartial Reporter', ['impartialreporter.com'], {}),
  paper('Derry Journal', ['derryjournal.com'], {}),
  site('Belfast Live', ['belfastlive.co.uk'], {}),
  site('The Detail', ['thedetail.tv'], { ambiguous: true }),
  maker('news-site', 'US')('IrishCentral', ['irishcentral.com'], { aliases: ['Irish Central'] }),
  tv('Downtown Radio', ['downtown.co.uk'], {}),
];

