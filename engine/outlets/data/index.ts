/** The whole gazetteer, in one list. Order matters only for domain ties: the first outlet wins. */
import type { Outlet } from '../types.ts';
import { WIRES } from './wires.ts';
import { US_NATIONAL } from './us-national.ts';
import { US_REGIONAL } from './us-regional.ts';
import { UK_IRELAND } from './uk-ireland.ts';
import { MAGAZINES } from './magazines.ts';
import { NEWS_SITES } from './news-sites.ts';
import { EASTERN_EUROPE } from './eastern-europe.ts';
import { ASIA_PACIFIC } from './asia-pacific.ts';
import { EUROPE } from './europe.ts';
import { AMERICAS } from './americas.ts';
import { MIDDLE_EAST_AFRICA } from './middle-east-africa.ts';
import { SPECIALIST } from './specialist.ts';

export const ALL_OUTLETS: readonly Outlet[] = [
  ...WIRES,
  ...US_NATIONAL,
  ...US_REGIONAL,
  ...UK_IRELAND,
  ...MAGAZINES,
  ...NEWS_SITES,
  ...EASTERN_EUROPE,
  ...ASIA_PACIFIC,
  ...EUROPE,
  ...AMERICAS,
  ...MIDDLE_EAST_AFRICA,
  ...SPECIALIST,
];
