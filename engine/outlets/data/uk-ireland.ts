/** British and Irish newspapers, broadcasters and news sites. */
import type { Outlet } from '../types.ts';
import { maker } from './define.ts';

const paper = maker('newspaper', 'GB');
const tv = maker('broadcaster', 'GB');
const site = maker('news-site', 'GB');
const ie = maker('newspaper', 'IE');
const ieTv = maker('broadcaster', 'IE');

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
  ieTv('RTÉ', ['rte.ie'], { aliases: ['RTE', 'RTÉ News', 'RTE News', 'Raidió Teilifís Éireann'] }),
  ieTv('Newstalk', ['newstalk.com'], { aliases: ['Newstalk Breakfast', 'Newstalk FM'] }),
];

