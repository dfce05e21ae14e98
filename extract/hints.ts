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
  'audio', 'select', 'textarea', 'button', 'input', 'head', 'title', 'meta', 'link', 'figure', 'figcaption',
  'picture', 'img', 'source', 'map', 'area', 'option', 'datalist', 'output', 'progress', 'meter', 'dialog',
  'nav', 'aside', 'footer', 'menu', 'rt', 'rp', 'base', 'param', 'track',
]);

export const HEADING_TAGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * Class/id words that mark boilerplate: comments, sharing, related stories, promotions, captions,
 * credits, ads, bylines and the like. Matched as whole words inside class and id values, where words
 * are split at "-", "_", spaces and camelCase humps.
 */
const NEGATIVE_WORDS = [
  'comment', 'comments', 'disqus', 'related', 'share', 'shares', 'sharing', 'social', 'promo', 'promos',
  'promotion', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'caption', 'captions',
  'credit', 'credits', 'sidebar', 'widget', 'widgets', 'masthead', 'breadcrumb', 'breadcrumbs', 'nav', 'navbar',
  'navigation', 'menu', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor',
  'sponsored', 'outbrain', 'taboola', 'recirc', 'recirculation', 'recommended', 'recommendations', 'popular',
  'trending', 'mostread', 'tags', 'tag', 'byline', 'bylines', 'author', 'authors', 'bio', 'toolbar', 'popup',
  'modal', 'cookie', 'cookies', 'paywall', 'login', 'sronly', 'offscreen', 'visuallyhidden', 'screenreader',
  'footer', 'dateline', 'timestamp', 'meta', 'metadata', 'kicker', 'rail', 'teaser', 'teasers', 'more',
  'readmore', 'donate', 'donation', 'banner', 'print', 'email', 'inline-ad', 'newsletter-signup', 'tools',
  'utility', 'pagination', 'pager', 'tooltip', 'overlay', 'embed', 'video', 'gallery', 'slideshow', 'photo',
  'image', 'img', 'media', 'thumbnail', 'thumb', 'shop', 'affiliate', 'disclaimer', 'copyright', 'legal',
];

/** Class/id words that mark the article body. */
const POSITIVE_WORDS = [
  'article', 'articlebody', 'body', 'content', 'entry', 'post', 'story', 'text', 'main', 'blog', 'prose',
  'rich', 'richtext', 'copy', 'news',
];

const negative = new Set(NEGATIVE_WORDS);
const positive = new Set(POSITIVE_WORDS);

/** Splits a class or id value into lower-case words ("storyBody share-bar" -> story, body, share, bar). */
export function hintWords(value: string): string[] {
  const words: string[] = [];
  for (const token of value.split(/\s+/)) {
    if (!token) continue;
    const joined = token.replace(/[-_]/g, '').toLowerCase();
    // The token as one word ("sr-only" -> "sronly") and its parts.
    if (joined.length <= 24) words.push(joined);
    for (const part of token.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[-_\s]+/)) {
      if (part) words.push(part.toLowerCase());
    }
  }
  return words;
}

/** -1 for a boilerplate hint, +1 for a content hint, 0 for none or both. */
export function hintOf(className: string | null, id: string | null): number {
  if (!className && !id) return 0;
  let neg = false;
  let pos = false;
  for (const w of hintWords(`${className ?? ''} ${id ?? ''}`)) {
    if (negative.has(w)) neg = true;
    else if (positive.has(w)) pos = true;
  }
  if (neg && !pos) return -1;
  if (pos && !neg) return 1;
  return neg ? -0.5 : 0;
}

/** Short lines that are page furniture wherever they sit. */
export const BOILERPLATE_LINE =
  /^(advertisement|advertisements?|ad|sponsored( content)?|story continues below|continue reading|read more|read more:?.*|related:?.*|see also:?.*|more:? .*|recommended:?.*|share( this( article| story)?)?|share on \w+|tweet|email|print|comments?|click here.*|sign up.*|subscribe.*|follow us.*|photo:.*|image:.*|credit:.*|getty images|ap photo.*|reuters|afp|skip (to|ad).*|loading\W*|[–—-]+|\W*)$/i;

/** "By Jane Doe", "Updated 4:05 PM", dates on their own: bylines and timestamps, not article text. */
export const BYLINE_LINE =
  /^(by|written by|posted by|published( by| on)?|updated( on)?|last updated|von|par)\b.{0,80}$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b.{0,40}$|^\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)\b.{0,40}$/i;
