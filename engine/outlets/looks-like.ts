/**
 * Recognises publications that are not in the gazetteer from the shape of their name, for rules
 * that have already found a citation cue ("told the Sioux Falls Argus Leader", "the Daily
 * Northwestern reported"). The phrase must read like a masthead: capitalised words, one of them a
 * masthead word, and nothing that marks an institution, an office, a place or an event.
 */
import type { Outlet } from './types.ts';
import { dropLeadingThe, dropPossessive, tokenize } from './text.ts';

/**
 * Words that name publications and broadcasters. A phrase must contain one (hyphenated parts
 * count: "Post-Dispatch", "Union-Tribune").
 */
export const MASTHEAD_WORDS: readonly string[] = [
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Courier', 'Independent',
  'Pravda', 'Leader', 'Observer', 'Guardian', 'Telegraph', 'News', 'Daily', 'Weekly', 'Magazine',
  'Radio', 'TV', 'Television', 'Broadcasting', 'Press', 'Wire', 'Dispatch', 'Register', 'Enquirer',
  'Inquirer', 'Bulletin', 'Star', 'Sentinel', 'Examiner', 'Review', 'Record', 'Reporter', 'Monitor',
  'Standard', 'Mail', 'Express', 'Mirror', 'Globe', 'Argus', 'Courant', 'Citizen', 'Ledger',
  'Statesman', 'Advocate', 'Advertiser', 'Beacon', 'Picayune', 'Oklahoman', 'Dealer', 'Intelligencer',
  'Mercury', 'Messenger', 'Newsday', 'Gazeta', 'Zeitung', 'Presse', 'Nachrichten', 'Rundschau',
  'Kurier', 'Tageblatt', 'Newswire', 'Channel', 'Network', 'Quarterly', 'Today', 'Insider',
  'Democrat', 'Bee', 'Blade', 'Clarion', 'Banner', 'Appeal', 'Sun', 'Free Press',
];

/** A lone masthead word that, after "the", nearly always means a paper ("the Tribune reported"). */
const STRONG_SINGLE = new Set([
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Courier', 'Observer',
  'Guardian', 'Telegraph', 'Inquirer', 'Enquirer', 'Examiner', 'Sentinel', 'Dispatch', 'Independent',
  'Oklahoman', 'Courant', 'Intelligencer', 'Newsday', 'Pravda',
]);

/** Words that make a phrase an institution, an office, a place or an event rather than a masthead. */
const NOT_MASTHEAD = new Set([
  'Department', 'Ministry', 'Office', 'Council', 'Committee', 'Commission', 'Court', 'Congress',
  'Senate', 'House', 'Parliament', 'Government', 'University', 'College', 'School', 'Institute',
  'Association', 'Students', 'Union', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Bank', 'Fund',
  'Party', 'Church', 'Hospital', 'Center', 'Centre', 'Foundation', 'Secretary', 'Minister',
  'President', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Director', 'Officer', 'Chief', 'Federal',
  'Bureau', 'Administration', 'Authority', 'Board', 'Society', 'Club', 'League', 'Team', 'Conference',
  'Release', 'Releases', 'Square', 'Wars', 'Corps', 'Room', 'Briefing', 'Freedom', 'Award', 'Awards',
  'Prize', 'Hall', 'Building', 'Street', 'Avenue', 'Road', 'Bridge', 'Tower', 'Park', 'Stadium',
  'Arena', 'Theatre', 'Theater', 'Trek', 'Malone', 'Conference', 'Secretariat', 'Agency', 'Court',
  'Tribunal', 'Cup', 'Championship', 'Festival', 'Museum', 'Library', 'Company', 'Inc', 'Ltd',
  'Airport', 'Station', 'Prison', 'Jail', 'Senator', 'Governor', 'Mayor', 'Judge', 'Sheriff',
  'Attorney', 'General', 'Code', 'Act', 'Law', 'Bill', 'Treaty', 'Accord',
]);

/** "News Agency", "Press Agency": the one place "Agency" names a publisher. */
const AGENCY_OK = new Set(['News', 'Press', 'Telegraph', 'Information']);

/** Generic words that with "News" make an ordinary phrase ("Breaking News", "Fake News"). */
const GENERIC_NEWS = new Set([
  'Breaking', 'Fake', 'Good', 'Bad', 'Latest', 'Top', 'Local', 'More', 'Related', 'Other', 'Big',
  'Great', 'Sad', 'Real', 'Daily', 'Business', 'Sports', 'World', 'Weather', 'Evening', 'Morning',
]);

/** Lower-case words allowed inside a masthead ("Times of India", "Globe and Mail", "Le Monde"). */
const CONNECTORS = new Set([
  'of', 'and', 'the', 'de', 'la', 'le', 'les', 'del', 'du', 'des', 'di', 'da', 'für', 'am', 'an',
  'in', 'on', 'for', 'at', 'y', 'e', 'i', 'der', 'die', 'das',
]);

/** Common given names: "Emily Post" and "Michael Star" are people, "the ... Post" is a paper. */
const GIVEN_NAMES = new Set([
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua',
  'Kevin', 'Brian', 'George', 'Edward', 'Ronald', 'Timothy', 'Jason', 'Jeffrey', 'Ryan', 'Jacob',
  'Gary', 'Eric', 'Stephen', 'Jonathan', 'Larry', 'Justin', 'Scott', 'Frank', 'Peter', 'Sam', 'Ben',
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah',
  'Karen', 'Nancy', 'Lisa', 'Margaret', 'Betty', 'Sandra', 'Ashley', 'Emily', 'Donna', 'Michelle',
  'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Laura', 'Sharon', 'Cynthia',
  'Kathleen', 'Amy', 'Anna', 'Angela', 'Emma', 'Olivia', 'Kate', 'Anne', 'Ann', 'Jane', 'Maria',
  'Rachel', 'Hannah', 'Julia', 'Alex', 'Chris', 'Jack', 'Harry', 'Joe', 'Tom', 'Bill', 'Bob', 'Jim',
  'Mike', 'Dave', 'Steve', 'Tony', 'Nick', 'Max', 'Adam', 'Luke', 'Olga', 'Ivan', 'Sergei', 'Oleksandr',
]);

const UPPER_START = /^[\p{Lu}\p{N}]/u;

function hasMasthead(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (MASTHEAD_SET.has(t)) return true;
    if (t === 'Free' && tokens[i + 1] === 'Press') return true;
  }
  return false;
}
const MASTHEAD_SET = new Set(MASTHEAD_WORDS.filter((w) => !w.includes(' ')));

export function createLooksLike(outletByName: (name: string) => Outlet | null): (phrase: string) => boolean {
  return function looksLikeOutletName(phrase: string): boolean {
    if (typeof phrase !== 'string') return false;
    const trimmed = phrase.trim();
    if (trimmed.length === 0 || trimmed.length > 120) return false;
    if (outletByName(trimmed)) return true;

    const all = dropPossessive(tokenize(trimmed));
    const hadThe = all.length > 1 && all[0]!.toLowerCase() === 'the';
    const tokens = dropLeadingThe(all);
    // Hyphens and apostrophes join their neighbours into one word ("Union-Tribune", "People's").
    const words: string[] = [];
    const parts: string[] = [];
    let glue = false;
    for (const t of tokens) {
      if (t === '-' || t === "'") {
        if (words.length === 0) return false;
        words[words.length - 1] += t;
        glue = true;
      } else if (/[\p{L}\p{N}]/u.test(t)) {
        if (glue) words[words.length - 1] += t;
        else words.push(t);
        parts.push(t);
        glue = false;
      } else if (t === '.' || t === '&' || t === '/') {
        glue = false;
      } else {
        return false;
      }
    }
    if (words.length === 0 || words.length > 8) return false;
    // Every word capitalised except a few connectors, and the first word must be capitalised.
    if (!UPPER_START.test(words[0]!)) return false;
    for (const w of words) {
      if (!UPPER_START.test(w) && !CONNECTORS.has(w)) return false;
    }
    if (!hasMasthead(parts)) return false;

    const hasAgency = words.includes('Agency');
    for (const w of words) {
      if (w === 'Agency' && words.some((x) => AGENCY_OK.has(x))) continue;
      if (NOT_MASTHEAD.has(w)) return false;
    }
    if (hasAgency && !words.some((x) => AGENCY_OK.has(x))) return false;

    if (words.length === 1) return hadThe && parts.some((x) => STRONG_SINGLE.has(x));
    if (words.length === 2 && words[1] === 'News' && GENERIC_NEWS.has(words[0]!)) return false;
    if (words.length === 2 && !hadThe && GIVEN_NAMES.has(words[0]!)) return false;
    return true;
  };
}
