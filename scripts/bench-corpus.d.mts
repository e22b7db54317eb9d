// Types for bench-corpus.mjs, which test/robustness/fast-parse.test.ts imports for the benchmark's stories.
export function storyText(r: () => number, i: number): string;
export function words(text: string): number;
export function generate(dir: string): { story: string; bank: string; large: string; folder: string };
