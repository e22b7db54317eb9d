/** The public API of the analysis engine: text in, findings out. */
export { lint, lintStory, isStoryFile, LintCache, type LintOptions, type LintResult } from './lint';
export { ChunkCache, buildDocument } from './document/model';
export { RULES, ruleById } from './rules';
export * from './config';
export type * from './types';
