// Generates the benchmark corpus deterministically (seeded): a ~400-word story, a ~20,000-word
// story bank, a ~200,000-word file and a folder of 1,000 story files. Written in the project's words.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const NAMES = ['Priya', 'Marcus', 'Zoë', 'José', 'Aiko', 'Tomás', 'Fatima', 'Lena', 'Chidi', 'Sven'];
const SYSTEMS = [
  'checkout service',
  'billing importer',
  'search index',
  'notification queue',
  'fraud model',
  'mobile app',
  'data pipeline',
  'payments API',
  'warehouse scanner app',
  'on-call tooling',
];
const SITUATION = [
  'Our {sys} had grown slow over two years, and customers were starting to complain in support tickets.',
  'We were a team of {n} engineers, and the {sys} had become the main source of pages at night.',
  'In {year}, the {sys} handled about {k} thousand requests an hour, with spikes during sales.',
  'Merchants told our account managers that the {sys} lost their changes about once a week.',
  'The company had promised a large retail client a new feature in the {sys} by the end of the quarter.',
  'Leadership worried that the {sys} would not survive the holiday peak without changes.',
];
const TASK = [
  'I was the senior engineer on the team and owned the fix end to end.',
  'My manager asked me to find the cause and propose a plan within two weeks.',
  'I set myself the goal of halving the error rate before the next release.',
  "I had to deliver the change without stopping the weekly releases of {name}'s team.",
];
const ACTION = [
  'I read {n}0 support tickets myself and replayed the failing sessions with {name}.',
  'I profiled the {sys} and found that one query took {p}% of the request time.',
  'We looked at the dashboards together and we agreed the cache was the likely culprit.',
  'I weighed two options, a quick patch or a rewrite of the module, and chose the rewrite because the patch kept a fragile flow.',
  'I wrote the migration plan and reviewed it with {name} and the on-call lead.',
  'We probably should have started the load tests earlier, but I kind of ran out of time.',
  'I rolled the change out behind a flag at 5%, then 50%, then 100% of traffic.',
  'I paired with {name} on the retry logic so that two people understood it.',
  'The old path was switched off after a week of dual writes.',
  'I set up an alert on the error budget so that a regression would page us within minutes.',
  'This shows Customer Obsession because we built it for customers.',
  'I improved the deployment process and made it more reliable.',
];
const RESULT = [
  'P99 latency fell from {a} ms to {b} ms after the full rollout.',
  'Support tickets about the {sys} dropped from {t} a month to {u}.',
  'The team was much happier and the system was faster.',
  'We saved about ${k}K a year in compute costs.',
  'The client renewed the contract, and the holiday peak passed without a page.',
];
const LEARNING = [
  'I learned to read raw tickets before trusting an aggregate dashboard.',
  'Next time I would start the load tests in the first week, not the last.',
  'Looking back, I would involve the support team earlier in the design.',
];

function fill(t, r) {
  return t
    .replace(/\{sys\}/g, () => SYSTEMS[Math.floor(r() * SYSTEMS.length)])
    .replace(/\{name\}/g, () => NAMES[Math.floor(r() * NAMES.length)])
    .replace(/\{n\}/g, () => String(2 + Math.floor(r() * 8)))
    .replace(/\{k\}/g, () => String(10 + Math.floor(r() * 90)))
    .replace(/\{p\}/g, () => String(40 + Math.floor(r() * 50)))
    .replace(/\{year\}/g, () => String(2015 + Math.floor(r() * 9)))
    .replace(/\{a\}/g, () => String(600 + Math.floor(r() * 900)))
    .replace(/\{b\}/g, () => String(100 + Math.floor(r() * 300)))
    .replace(/\{t\}/g, () => String(100 + Math.floor(r() * 300)))
    .replace(/\{u\}/g, () => String(10 + Math.floor(r() * 60)));
}

function pick(r, pool, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(fill(pool[Math.floor(r() * pool.length)], r));
  return out;
}

function wrap(text) {
  return text.replace(/(.{1,88})(\s+|$)/g, '$1\n').trimEnd();
}

/** One story of about 400 words. */
export function storyText(r, i) {
  return [
    `## Story ${i + 1}: the ${SYSTEMS[i % SYSTEMS.length]}`,
    '',
    '### Situation',
    '',
    wrap(pick(r, SITUATION, 4).join(' ')),
    '',
    '### Task',
    '',
    wrap(pick(r, TASK, 2).join(' ')),
    '',
    '### Action',
    '',
    wrap(pick(r, ACTION, 14).join(' ')),
    '',
    '### Result',
    '',
    wrap(pick(r, RESULT, 4).join(' ')),
    '',
    '### Learning',
    '',
    wrap(pick(r, LEARNING, 2).join(' ')),
    '',
  ].join('\n');
}

export function words(text) {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function bank(seed, targetWords) {
  const r = rng(seed);
  const parts = ['# Story bank', ''];
  let n = 0;
  for (let i = 0; n < targetWords; i++) {
    const s = storyText(r, i);
    n += words(s);
    parts.push(s);
  }
  return parts.join('\n');
}

/** Writes the corpus under `dir` and returns its paths. */
export function generate(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  const one = storyText(rng(1), 0);
  const paths = {
    story: join(dir, 'story.star.md'),
    bank: join(dir, 'bank.star.md'),
    large: join(dir, 'large.star.md'),
    folder: join(dir, 'files'),
  };
  writeFileSync(paths.story, `# One story\n\n${one}`);
  writeFileSync(paths.bank, bank(2, 20000));
  writeFileSync(paths.large, bank(3, 200000));
  const r = rng(4);
  for (let i = 0; i < 1000; i++)
    writeFileSync(join(dir, 'files', `story-${String(i).padStart(4, '0')}.star.md`), `# Story ${i}\n\n${storyText(r, i)}`);
  return paths;
}

/**
 * 1.5 MB of short paragraphs with no heading (the server bench's "no heading" input): checked in units, so an edit
 * re-checks one of them.
 */
export function journal() {
  const sentences = [
    'We maybe fixed the checkout flow for customers.',
    'I rewrote the queue and latency fell from 900 ms to 250 ms.',
    'The decision was made to wait.',
    'Uh, it was probably fine.',
  ];
  const paragraphs = [];
  for (let n = 0, size = 0; size < 1_500_000; n++) {
    paragraphs.push(`${sentences[n % 4]} ${sentences[(n * 7) % 4]} Entry ${n}.`);
    size += paragraphs.at(-1).length + 2;
  }
  return paragraphs.join('\n\n');
}
