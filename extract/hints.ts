/**
 * The word lists the finder reads markup with: which tags are inline, which are never article text,
 * and which class/id words mark boilerplate or content. All generic; none names a site.
 */

/** Inline elements: they never break a paragraph. Anything else that is not skipped starts a block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rb', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'o:p',
]);

/**
 * Elements whose content is never article text: code and styling, media and their captions,
 * form controls, and page furniture (navigation, asides, footers).
 */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'select', 'textarea', 'button', 'input', 'title', 'meta', 'link', 'figure', 'figcaption',
  'picture', 'img', 'source', 'map', 'area', 'option', 'datalist', 'output', 'progress', 'meter', 'dialog',
  'nav', 'aside', 'footer', 'menu', 'rt', 'rp', 'base', 'param', 'track',
]);

export const HEADING_TAGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * Class/id words that mark boilerplate: comments, sharing, related stories, promotions, captions,
 * ads, navigation, dialogs. Matched as whole words inside class and id values, where words are
 * separated by "-", "_", spaces and camelCase humps.
 */
const STRONG_NEGATIVE_WORDS = [
  'comment', 'comments', 'reply', 'replies', 'disqus', 'related', 'share', 'shares', 'sharing', 'social',
  'promo', 'promos', 'promotion', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
  'caption', 'captions', 'credit', 'credits', 'sidebar', 'breadcrumb', 'breadcrumbs', 'nav', 'navbar',
  'navigation', 'menu', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor',
  'sponsored', 'outbrain', 'taboola', 'recirc', 'recirculation', 'recommended', 'recommendations', 'mostread',
  'byline', 'bylines', 'toolbar', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'gdpr', 'onetrust',
  'privacy', 'login', 'sronly', 'offscreen', 'visuallyhidden', 'screenreader', 'footer', 'donate', 'donation',
  'readmore', 'pagination', 'pager', 'tooltip', 'overlay', 'disclaimer', 'copyright', 'affiliate',
  'masthead', 'popular', 'trending', 'tags', 'tag', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'meta',
  'metadata', 'kicker', 'rail', 'teaser', 'teasers', 'more', 'banner', 'print', 'email', 'tools', 'utility',
  'embed', 'video', 'gallery', 'slideshow', 'photo', 'image', 'img', 'media', 'thumbnail', 'thumb', 'shop',
  'legal',
  // Photo legends: a gallery's captions ("<ul class=\"legends\">", "photo-legend").
  'legend', 'legends',
];

/**
 * Words that mark boilerplate boxes but also the boxes page builders put whole articles in
 * ("elementor-widget-container"). They count only when the element's own content looks like
 * boilerplate too (little prose, or many links).
 */
const WEAK_NEGATIVE_WORDS = ['widget', 'widgets'];

/** Class/id words that mark the article body. */
const POSITIVE_WORDS = [
  'article', 'articlebody', 'body', 'content', 'entry', 'post', 'story', 'text', 'main', 'blog', 'prose',
  'rich', 'richtext', 'copy', 'news',
];

const strong = new Set(STRONG_NEGATIVE_WORDS);
const weak = new Set(WEAK_NEGATIVE_WORDS);
const positive = new Set(POSITIVE_WORDS);

/**
 * One regex for every hint word as a whole word of a class or id value; words are separated by
 * "-", "_" and spaces ("sr-only" and "sronly" are both listed forms). camelCase humps are split
 * before matching. A single scan per value keeps this cheap: the walk calls it for every element.
 */
const WORD_RE = new RegExp(
  `(?:^|[-_\\s])(${[...STRONG_NEGATIVE_WORDS, ...WEAK_NEGATIVE_WORDS, ...POSITIVE_WORDS, 'sr-only', 'visually-hidden', 'screen-reader', 'most-read', 'read-more', 'article-body', 'rich-text']
    .sort((x, y) => y.length - x.length)
    .map((w) => w.replace(/-/g, '[-_\\s]?'))
    .join('|')})(?=$|[-_\\s])`,
  'g',
);

export const HINT_NEGATIVE = 1;
export const HINT_POSITIVE = 2;
export const HINT_WEAK_NEGATIVE = 4;

/** Which kinds of hint words a class or id value holds, as HINT_* bits. */
export function hintBits(value: string): number {
  const v = (/[a-z][A-Z]/.test(value) ? value.replace(/([a-z])([A-Z])/g, '$1 $2') : value).toLowerCase();
  let bits = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(v); m; m = WORD_RE.exec(v)) {
    const w = m[1].replace(/[-_\s]/g, '');
    if (strong.has(w)) bits |= HINT_NEGATIVE;
    else if (weak.has(w)) bits |= HINT_WEAK_NEGATIVE;
    else if (positive.has(w)) bits |= HINT_POSITIVE;
    // Matches end before the separator that follows; step back so it can start the next word.
    WORD_RE.lastIndex = m.index + m[0].length;
  }
  return bits;
}

/**
 * Short lines that are page furniture wherever they sit. Unicode-aware (`u`), so a line in
 * Cyrillic or Chinese is not mistaken for a line of punctuation.
 */
export const BOILERPLATE_LINE =
  /^(advertisement|advertisements?|advert|ad|anzeige|publicidad|publicité|werbung|sponsored( content)?|story continues below|continue reading|read more(:.*)?|related( (stories|articles|coverage|content|posts|news|links|reading))?(:.*)?|see also(:.*)?|more:.*|recommended( (for you|stories|articles|reading))?(:.*)?|share( this( article| story)?)?|share on \w+|tweet|email|print|comments?|click here.*|sign up.*|subscribe.*|follow us.*|photo:.*|image:.*|credit:.*|getty images|ap photo.*|reuters|afp|skip (to|ad).*|loading[^\p{L}\p{N}]*|[^\p{L}\p{N}]*)$/iu;

/**
 * A heading that opens the page's other stories ("Stories chosen for you", "You may also like",
 * "Most read"). Not "More from ...": "More from the interview" may head a section of the story.
 */
export const MORE_STORIES_HEADING =
  /^(?:(?:more |other |top |latest |popular |trending |recommended |suggested |related )+(?:stories|articles|news|posts|reads|videos|headlines)(?: for you)?|(?:stories|articles|news) (?:chosen|picked|selected|recommended) for you|(?:recommended|picked|chosen|selected) for you|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|(?:what|more) to read next|read (?:next|more stories)|most (?:read|popular|viewed|shared|emailed)(?: stories| articles)?|around the web|trending now|editors?['’]?s? picks?)[:.!]?$/iu;

/** "By Jane Doe", "Updated 4:05 PM", dates on their own: bylines and timestamps, not article text. */
export const BYLINE_LINE =
  /^(by|written by|posted by|published( by| on)?|updated( on)?|last updated|von|par)\b.{0,80}$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b.{0,40}$|^\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)\b.{0,40}$/i;
