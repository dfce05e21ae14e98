/** US national newspapers, broadcast and cable networks, and US-funded international broadcasters. */
import type { Outlet } from '../types.ts';
import { maker } from './define.ts';

const paper = maker('newspaper', 'US');
const tv = maker('broadcaster', 'US');

export const US_NATIONAL: Outlet[] = [
  paper('The New York Times', ['nytimes.com', 'nyti.ms'], {
    aliases: ['New York Times', 'NYT', 'NY Times', 'N.Y. Times', 'NYTimes', 'New York Times Magazine'],
    shortForms: ['the Times'],
  }),
  paper('The Washington Post', ['washingtonpost.com', 'wapo.st'], {
    aliases: ['Washington Post', 'WaPo', 'Wapo'],
    shortForms: ['the Post'],
  }),
  paper('The Wall Street Journal', ['wsj.com', 'on.wsj.com'], {
    aliases: ['Wall Street Journal', 'WSJ'],
    shortForms: ['the Journal'],
  }),
  paper('USA Today', ['usatoday.com'], { aliases: ['USA TODAY'] }),
  paper('Los Angeles Times', ['latimes.com'], {
    aliases: ['LA Times', 'L.A. Times', 'The Los Angeles Times'],
    shortForms: ['the Times'],
  }),
  paper('New York Post', ['nypost.com'], { aliases: ['NY Post', 'N.Y. Post', 'The New York Post'], shortForms: ['the Post'] }),
  paper('New York Daily News', ['nydailynews.com'], { aliases: ['NY Daily News'], shortForms: ['the Daily News'] }),
  paper('The Washington Times', ['washingtontimes.com'], { aliases: ['Washington Times'], shortForms: ['the Times'] }),
  paper('Washington Examiner', ['washingtonexaminer.com'], { aliases: ['The Washington Examiner'] }),
  paper('The Christian Science Monitor', ['csmonitor.com'], {
    aliases: ['Christian Science Monitor'],
    shortForms: ['the Monitor'],
  }),
  paper("Barron's", ['barrons.com'], {}),
  paper("Investor's Business Daily", ['investors.com'], { aliases: ["Investors Business Daily"] }),
  paper('The Epoch Times', ['theepochtimes.com'], { aliases: ['Epoch Times'] }),
  paper('Stars and Stripes', ['stripes.com'], { ambiguous: true }),

  tv('ABC News', ['abcnews.go.com', 'abcnews.com', 'abcn.ws'], {
    aliases: ['ABC World News Tonight', 'Good Morning America', 'ABC News Live', 'Jimmy Kimmel Live', 'Jimmy Kimmel Live!'],
  }),
  tv('ABC', ['abc.com', 'abc.go.com'], { aliases: ['American Broadcasting Company'] }),
  tv('CBS News', ['cbsnews.com'], { aliases: ['CBS Evening News', '60 Minutes', 'CBS This Morning', 'CBS Mornings', 'Face the Nation', 'The Late Show with Stephen Colbert'] }),
  tv('CBS', ['cbs.com'], { aliases: ['Columbia Broadcasting System'] }),
  tv('NBC News', ['nbcnews.com', 'nbcnews.to'], { aliases: ['NBC Nightly News', 'Meet the Press', 'NBC News Digital', 'The Tonight Show', 'Late Night with Seth Meyers'] }),
  tv('NBC', ['nbc.com'], { aliases: ['National Broadcasting Company'] }),
  tv('CNN', ['cnn.com', 'cnn.it', 'edition.cnn.com'], {
    aliases: ['Cable News Network', 'CNN International', 'CNN Business', 'CNN Politics', 'CNN Money', 'CNNMoney'],
  }),
  tv('Fox News', ['foxnews.com', 'fxn.ws'], {
    aliases: ['Fox News Channel', 'Fox News Digital', 'Fox News Network', 'FNC', 'Fox & Friends'],
  }),
  tv('Fox Business', ['foxbusiness.com'], { aliases: ['Fox Business Network'] }),
  tv('MSNBC', ['msnbc.com', 'ms.now'], { aliases: ['MS NOW'] }),
  tv('CNBC', ['cnbc.com', 'cnb.cx'], {}),
  tv('NPR', ['npr.org', 'n.pr'], { aliases: ['National Public Radio', 'All Things Considered', 'Morning Edition'] }),
  tv('WBUR', ['wbur.org'], { aliases: ['WBUR-FM'] }),
  tv('KQED', ['kqed.org'], {}),
  tv('WNYC', ['wnyc.org'], { aliases: ['WNYC-FM'] }),
  tv('PBS', ['pbs.org'], { aliases: ['Public Broadcasting Service', 'PBS NewsHour', 'PBS News', 'PBS Frontline'] }),
  tv('C-SPAN', ['c-span.org'], {}),
  tv('Univision', ['univision.com'], { aliases: ['Univision Noticias'] }),
  tv('Telemundo', ['telemundo.com'], { aliases: ['Noticias Telemundo'] }),
  tv('Newsmax', ['newsmax.com'], { aliases: ['Newsmax TV'] }),
  tv('One America News Network', ['oann.com'], { aliases: ['One America News', 'OAN', 'OANN'] }),
  tv('NewsNation', ['newsnationnow.com'], {}),
  tv('ESPN', ['espn.com', 'espn.go.com'], {}),
  tv('Voice of America', ['voanews.com', 'voa.gov'], { aliases: ['VOA', 'VOA News'] }),
  // Its national services go by their own names: Azattyk (Kyrgyz), Azattyq (Kazakh), Ozodi (Tajik),
  // Ozodlik (Uzbek), Azatutyun (Armenian), Azadliq (Azerbaijani), Radio Farda (Persian).
  tv('Radio Free Europe/Radio Liberty', [
    'rferl.org', 'svoboda.org', 'radiosvoboda.org', 'azattyk.org', 'azattyq.org', 'ozodi.org', 'ozodlik.org',
    'azatutyun.am', 'azadliq.org', 'radiofarda.com',
  ], {
    aliases: [
      'RFE/RL', 'Radio Free Europe', 'Radio Liberty', 'Radio Svoboda', 'Radio Azattyk', 'Azattyk', 'Radio Azattyq',
      'Azattyq', 'Radio Ozodi', 'Ozodi', 'Radio Ozodlik', 'Ozodlik', 'Radio Azatutyun', 'Azatutyun', 'Radio Azadliq',
      'Radio Farda',
    ],
  }),
  tv('Radio Free Asia', ['rfa.org'], { aliases: ['RFA'] }),
  tv('Current Time TV', ['currenttime.tv'], {}),
];
