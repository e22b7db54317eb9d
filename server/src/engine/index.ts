/** The public API of the analysis engine: text in, findings out. */
export { lint, lintStory, isStoryFile, LintCache, type LintOptions, type LintResult } from './lint';
export { ChunkCache, buildDocument } from './document/model';
export { RULES, ruleById } from './rules';
export * from './config';
export type * from './types';
export { buildBank, bankJson, BankCache, type Bank, type BankInput } from './bank';
export { drillDocument, drillJson, type StoryDrill, type DrillEntry } from './drill';
