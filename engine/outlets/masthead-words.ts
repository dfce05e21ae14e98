/**
 * Word lists behind `looksLikeOutletName`. Kept apart from the logic so they can grow as pages
 * show new cases; each list says what it is for.
 */

/**
 * Masthead words that on their own make a capitalised phrase read like a publication
 * ("the Daily Northwestern", "Sioux City Journal", "Kazakh TV").
 */
export const STRONG_MASTHEAD = [
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Courier', 'Independent',
  'Pravda', 'Observer', 'Guardian', 'Telegraph', 'Daily', 'Weekly', 'Magazine', 'Radio',
  'Television', 'Broadcasting', 'Dispatch', 'Enquirer', 'Inquirer', 'Sentinel', 'Examiner', 'Argus',
  'Courant', 'Ledger', 'Statesman', 'Picayune', 'Oklahoman', 'Intelligencer', 'Newsday', 'Gazeta',
  'Zeitung', 'Presse', 'Nachrichten', 'Rundschau', 'Kurier', 'Tageblatt', 'Newswire',
  // Other languages' mastheads, as English stories cite them ("Het Financieele Dagblad").
  'Dagblad', 'Dagbladet', 'Nieuwsblad', 'Tidende', 'Tidning', 'Gazzetta', 'Giornale', 'Quotidiano',
  'Hebdo', 'Tageszeitung', 'Shimbun', 'Shinmun', 'Ilbo',
] as const;

/**
 * Masthead words that are also ordinary nouns ("Leader", "Record", "Review", "Star"), or that
 * follow any topic in page furniture ("Java News", "Reality TV"): they count only in a phrase with
 * "the" or of three words or more ("the Tuscaloosa News", "Sioux Falls Argus Leader").
 */
export const WEAK_MASTHEAD = [
  'News', 'TV', 'Newspaper',
  'Leader', 'Press', 'Wire', 'Register', 'Bulletin', 'Star', 'Review', 'Record', 'Reporter', 'Monitor',
  'Standard', 'Mail', 'Express', 'Mirror', 'Globe', 'Citizen', 'Advocate', 'Advertiser', 'Beacon',
  'Dealer', 'Mercury', 'Messenger', 'Channel', 'Network', 'Quarterly', 'Today', 'Insider', 'Democrat',
  'Bee', 'Blade', 'Clarion', 'Banner', 'Appeal', 'Sun', 'Voice', 'Echo', 'Eagle', 'Pioneer', 'Patriot',
  'Spectator',
] as const;

/** Masthead words that may open a name rather than close it ("Daily Northwestern", "Radio Poland"). */
export const LEADING_MASTHEAD = new Set(['Daily', 'Weekly', 'Radio', 'TV', 'Channel', 'Noticias', 'Gazeta', 'Diario', 'Corriere', 'Jornal', 'Folha', 'Gazzetta', 'Dziennik']);

/** A lone masthead word that, after "the", nearly always means a paper ("the Tribune reported"). */
export const STRONG_SINGLE = new Set([
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Courier', 'Observer',
  'Guardian', 'Telegraph', 'Inquirer', 'Enquirer', 'Examiner', 'Sentinel', 'Dispatch', 'Independent',
  'Oklahoman', 'Courant', 'Intelligencer', 'Newsday', 'Pravda',
]);

/** Words that make a phrase an institution, an office, a place, a product or an event. */
export const NOT_MASTHEAD = new Set([
  'Department', 'Ministry', 'Office', 'Council', 'Committee', 'Commission', 'Court', 'Congress',
  'Senate', 'House', 'Parliament', 'Government', 'University', 'College', 'School', 'Institute',
  'Association', 'Students', 'Union', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Bank', 'Fund',
  'Party', 'Church', 'Hospital', 'Center', 'Centre', 'Foundation', 'Secretary', 'Minister',
  'President', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Director', 'Officer', 'Chief', 'Federal',
  'Bureau', 'Administration', 'Authority', 'Board', 'Society', 'Club', 'League', 'Team', 'Conference',
  'Release', 'Releases', 'Square', 'Wars', 'Corps', 'Room', 'Briefing', 'Freedom', 'Award', 'Awards',
  'Prize', 'Hall', 'Building', 'Street', 'Avenue', 'Road', 'Bridge', 'Tower', 'Park', 'Stadium',
  'Arena', 'Theatre', 'Theater', 'Trek', 'Malone', 'Secretariat', 'Agency', 'Tribunal', 'Cup',
  'Championship', 'Festival', 'Museum', 'Library', 'Company', 'Corp', 'Inc', 'Ltd', 'LLC', 'Group',
  'Airport', 'Station', 'Prison', 'Jail', 'Senator', 'Governor', 'Mayor', 'Judge', 'Sheriff',
  'Attorney', 'General', 'Code', 'Act', 'Law', 'Bill', 'Treaty', 'Accord', 'Bros', 'Studios',
  'Runner', 'Forum', 'Summit', 'Crossword', 'Puzzle', 'Puzzles', 'Store', 'Shop', 'App', 'Apps',
  'Account', 'Login', 'Subscription', 'Newsletter', 'Newsletters', 'Podcast', 'Podcasts',
  'Opposition',
]);

/** "News Agency", "Press Agency": the one place "Agency" names a publisher. */
export const AGENCY_OK = new Set(['News', 'Press', 'Telegraph', 'Information']);

/**
 * First words that make an ordinary phrase or a page element of a masthead word ("Breaking News",
 * "Next Post", "Film Review", "Apple TV").
 */
export const GENERIC_FIRST = new Set([
  // Determiners and counts open a noun phrase, not a masthead ("Several Post reporters said").
  'Several', 'Many', 'Some', 'Most', 'Few', 'Both', 'All', 'Each', 'Every', 'Any', 'These', 'Those',
  'Their', 'His', 'Her', 'Its', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten',
  'Former', 'Current', 'Senior',
  'Breaking', 'Fake', 'Good', 'Bad', 'Latest', 'Top', 'Local', 'More', 'Related', 'Other', 'Big',
  'Great', 'Sad', 'Real', 'Business', 'Sports', 'World', 'Weather', 'Evening', 'Morning', 'Next',
  'Previous', 'Recent', 'Popular', 'Trending', 'Featured', 'Special', 'Digital', 'Print', 'Home', 'Main',
  'Site', 'Our', 'Your', 'My', 'This', 'That', 'Read', 'Film', 'Movie', 'Book', 'Album', 'Game',
  'Product', 'Music', 'Concert', 'Restaurant', 'Peer', 'Annual', 'Performance', 'Judicial',
  'Strategic', 'Security', 'Nuclear', 'Policy', 'Safety', 'Case', 'Live', 'Watch', 'Register', 'Sign',
  'Log', 'Subscribe', 'Share', 'Follow', 'Contact', 'About', 'Black', 'Smart', 'First', 'Last',
  'Final', 'Official', 'Apple', 'Google', 'Amazon', 'Microsoft', 'Samsung', 'Facebook', 'Netflix',
  'Health', 'Medical', 'Criminal', 'Study', 'All', 'Email', 'Press', 'Post', 'Video',
  'Photo', 'Photos', 'Tech', 'Science', 'Entertainment', 'Celebrity', 'Style', 'Travel', 'Opinion',
  'Instagram', 'Twitter', 'WhatsApp', 'TikTok', 'YouTube', 'Reddit', 'LinkedIn', 'Snapchat', 'Job',
  'Blog', 'Guest', 'Reality',
]);

/**
 * Function words that a masthead does not capitalise: in a phrase they mark a Title Case headline
 * or a run of menu items ("I Wore It Four Times", "TV. After", "Daily The").
 */
export const CAPITALISED_FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'Of', 'And', 'For', 'By', 'In', 'On', 'At', 'With', 'From', 'To', 'After', 'Before',
  'As', 'If', 'Or', 'But', 'How', 'Why', 'What', 'When', 'Where', 'Who', 'I', 'It', 'We', 'You', 'He',
  'She', 'They', 'Our', 'Their', 'His', 'Her', 'Its', 'Into', 'Over', 'Under', 'About',
]);

/** Headline verbs: a Title Case headline is not a masthead ("Sean Spicer Holds First Press"). */
export const HEADLINE_VERBS = new Set([
  'Says', 'Said', 'Holds', 'Tells', 'Told', 'Reports', 'Reported', 'Wins', 'Makes', 'Takes', 'Gets',
  'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Will', 'Can', 'Could', 'Should', 'Would', 'Not', 'Keeps',
  'Calls', 'Slams', 'Asks', 'Wants', 'Announces', 'Launches', 'Names', 'Hires', 'Sues', 'Berates',
  'Shows', 'Finds', 'Reveals', 'Warns', 'Plans', 'Faces', 'Joins', 'Leaves', 'Quits', 'Dies', 'Dead',
  'Confirms', 'Denies', 'Wore', 'Edge', 'Edges', 'Staffs', 'Expand',
]);

/** Lower-case words allowed inside a masthead ("Times of India", "Globe and Mail", "Le Monde"). */
export const CONNECTORS = new Set([
  'of', 'and', 'the', 'de', 'la', 'le', 'les', 'del', 'du', 'des', 'di', 'da', 'für', 'am', 'an',
  'in', 'on', 'for', 'at', 'y', 'e', 'i', 'der', 'die', 'das',
]);

/** Common given names: "Emily Post" and "Michael Star" are people, "the ... Post" is a paper. */
export const GIVEN_NAMES = new Set([
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua',
  'Kevin', 'Brian', 'George', 'Edward', 'Ronald', 'Timothy', 'Jason', 'Jeffrey', 'Ryan', 'Jacob',
  'Gary', 'Eric', 'Stephen', 'Jonathan', 'Larry', 'Justin', 'Scott', 'Frank', 'Peter', 'Sam', 'Ben',
  'Sean', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah',
  'Karen', 'Nancy', 'Lisa', 'Margaret', 'Betty', 'Sandra', 'Ashley', 'Emily', 'Donna', 'Michelle',
  'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Laura', 'Sharon', 'Cynthia',
  'Kathleen', 'Amy', 'Anna', 'Angela', 'Emma', 'Olivia', 'Kate', 'Katie', 'Anne', 'Ann', 'Jane', 'Maria',
  'Rachel', 'Hannah', 'Julia', 'Alex', 'Chris', 'Jack', 'Harry', 'Joe', 'Tom', 'Bill', 'Bob', 'Jim',
  'Mike', 'Dave', 'Steve', 'Tony', 'Nick', 'Max', 'Adam', 'Luke', 'Olga', 'Ivan', 'Sergei', 'Oleksandr',
  'Nathaniel', 'Alan', 'Howard', 'Jeff', 'Kim', 'Lee',
]);
