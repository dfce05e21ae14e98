/**
 * The SourceLens engine: finds anonymous sources, secondhand reporting, hedges and named
 * attributions in an article's text, and builds its sourcing chains and summary.
 * Pure TypeScript: no DOM, no Node, no browser APIs (engine/tsconfig.json proves it).
 */
export { analyzeArticle, prepareEngine, PHRASE_RULES, type AnalyzeOptions } from './analyze.ts';
export { splitSentences } from './text/sentences.ts';
export { detectLanguage } from './text/language.ts';
export { compiledRegexes } from './rules/compile.ts';
export * from './types.ts';
