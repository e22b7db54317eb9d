import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildOnce, fixtures, star } from './helpers';

const bankDir = join(fixtures, 'bank');
const storyFile = (name: string) => join(bankDir, 'stories', name);

interface BankJson {
  principles: Array<{ name: string; stories: Array<{ file: string; line: number; title: string; evidence: string }> }>;
  stories: Array<{
    file: string;
    line: number;
    title: string;
    level: string | null;
    type: string;
    seconds: number;
    claimed: string[];
    shown: string[];
    findings: number;
  }>;
  gaps: string[];
  notes: Array<{ kind: string; message: string; file?: string; line?: number }>;
}

describe('CLI: star-coach bank', () => {
  before(buildOnce);

  const json = (): BankJson => {
    const r = star(bankDir, ['bank', 'stories', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    return JSON.parse(r.stdout);
  };

  it('lists each of the 12 stories once, with the keys of the contract', () => {
    const bank = json();
    assert.deepEqual(Object.keys(bank), ['principles', 'stories', 'gaps', 'notes']);
    assert.equal(bank.stories.length, 12);
    assert.equal(new Set(bank.stories.map((s) => `${s.file}:${s.line}`)).size, 12);
    for (const s of bank.stories) {
      assert.deepEqual(Object.keys(s), ['file', 'line', 'title', 'level', 'type', 'seconds', 'claimed', 'shown', 'findings']);
      assert.equal(s.level, 'L6');
    }
    const two = bank.stories.filter((s) => s.file === storyFile('10-two-stories.md'));
    assert.deepEqual(
      two.map((s) => [s.line, s.title, s.shown]),
      [
        [3, 'Cutting the cloud bill', ['Frugality']],
        [11, 'Rebuilding trust with the support team', ['Earn Trust']],
      ],
    );
    const mentoring = bank.stories.find((s) => s.title === 'Growing a new engineer into the on-call lead');
    assert.deepEqual(mentoring?.claimed, ['Hire and Develop the Best']);
    assert.deepEqual(mentoring?.shown, ['Hire and Develop the Best']);
    assert.equal(mentoring?.line, 5);
  });

  it('gives the matrix, the gaps and the missing story types', () => {
    const bank = json();
    assert.equal(bank.principles.length, 16);
    const dive = bank.principles.find((p) => p.name === 'Dive Deep');
    assert.deepEqual(
      dive?.stories.map((c) => [c.title, c.evidence]),
      [
        ['The payout mismatch', 'shown'],
        ['I was the only engineer on the billing export when finance…', 'shown'],
      ],
    );
    assert.ok(bank.gaps.includes('Deliver Results'));
    assert.ok(!bank.gaps.includes('Dive Deep'));
    assert.deepEqual(
      bank.notes.filter((n) => n.kind === 'missing-type').map((n) => n.message.split('.')[0]),
      ['No failure story'],
    );
    const stretched = bank.notes.find((n) => n.kind === 'stretched');
    assert.equal(stretched?.file, storyFile('04-build-system.md'));
    assert.equal(stretched?.line, 1);
    assert.ok(bank.notes.some((n) => n.kind === 'unbacked-claim' && n.message.startsWith('"Owning the rollout" claims Ownership')));
  });

  it('prints the matrix and the notes as text', () => {
    const r = star(bankDir, ['bank', 'stories']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Story bank: 12 stories in 11 files; 7 of 16 principles shown\n/);
    assert.match(r.stdout, /\nDive Deep {2,}· {3}● {3}·/);
    assert.match(r.stdout, /\n {2}missing-type {3}No failure story\./);
    assert.match(r.stdout, /S12 I was the only engineer on the billing export when finance… {2}\(stories\/11-prose\.md:1\)/);
  });

  it('prints Markdown with a principles × stories table', () => {
    const r = star(bankDir, ['bank', 'stories', '--format', 'markdown']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Story bank\n/);
    assert.match(r.stdout, /\n\| Principle \| S1 \| S2 \|/);
    assert.match(r.stdout, /\n\| Dive Deep \| {3}\| ● \|/);
    assert.match(r.stdout, /\[The payout mismatch\]\(stories\/02-payout-mismatch\.md#L1\)/);
  });

  it('prints one self-contained HTML page', () => {
    const r = star(bankDir, ['bank', 'stories', '--format', 'html']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<!DOCTYPE html>/);
    assert.match(r.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(r.stdout, /<script|<link|src=|https?:\/\//);
    assert.match(r.stdout, /<th scope="row">Dive Deep<\/th>/);
    assert.match(r.stdout, /aria-label="The payout mismatch: shown with evidence"/);
    assert.match(r.stdout, /<tr class="gap"><th scope="row">Deliver Results <span class="muted">\(gap\)<\/span><\/th>/);
  });

  it('uses a custom principle list from --config', () => {
    const r = star(bankDir, ['bank', 'stories', '--format', 'json', '--config', join(fixtures, 'bank-values.json')]);
    assert.equal(r.code, 0, r.stderr);
    const bank: BankJson = JSON.parse(r.stdout);
    assert.deepEqual(
      bank.principles.map((p) => p.name),
      ['Frugal by Default', 'Dive Deep'],
    );
    assert.deepEqual(bank.gaps, ['Frugal by Default']);
    assert.equal(bank.stories.find((s) => s.title === 'Migrating the build system')?.claimed.length, 0);
  });

  it('exits 2 on a bad format or no paths, and names the problem', () => {
    const bad = star(bankDir, ['bank', 'stories', '--format', 'sarif']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be text, markdown, html, json, not "sarif"/);
    const none = star(bankDir, ['bank']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /name the folders of your stories/);
    const missing = star(bankDir, ['bank', 'nowhere']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere: no such file or folder/);
  });

  it('still lints with plain paths and with `lint`', () => {
    const plain = star(bankDir, ['--format', 'json', 'stories/07-rollout.md']);
    const sub = star(bankDir, ['lint', '--format', 'json', 'stories/07-rollout.md']);
    assert.equal(plain.stdout, sub.stdout);
    assert.equal(JSON.parse(plain.stdout)[0].filePath, storyFile('07-rollout.md'));
  });
});

describe('CLI: star-coach drill', () => {
  before(buildOnce);

  it('prints each story’s questions as JSON with lines, columns and quotes', () => {
    const r = star(bankDir, ['drill', 'stories/10-two-stories.md', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const drill = JSON.parse(r.stdout);
    assert.deepEqual(
      drill.map((d: { title: string; line: number }) => [d.title, d.line]),
      [
        ['Cutting the cloud bill', 3],
        ['Rebuilding trust with the support team', 11],
      ],
    );
    assert.deepEqual(Object.keys(drill[0]), ['file', 'line', 'title', 'questions']);
    assert.deepEqual(drill[0].questions[0], {
      question: 'How did you measure the change from $40,000 to $26,000? Over what period?',
      kind: 'number',
      depth: 1,
      line: 9,
      column: 32,
      quote: '$40,000 to $26,000',
    });
    assert.ok(drill[0].questions.some((q: { depth: number }) => q.depth === 3));
  });

  it('drills one story with --story N, the same every run', () => {
    const a = star(bankDir, ['drill', 'stories/10-two-stories.md', '--story', '2', '--format', 'json']);
    const b = star(bankDir, ['drill', 'stories/10-two-stories.md', '--story', '2', '--format', 'json']);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    const drill = JSON.parse(a.stdout);
    assert.equal(drill.length, 1);
    assert.equal(drill[0].title, 'Rebuilding trust with the support team');
    assert.equal(drill[0].questions[0].quote, '30 a month to 8');
  });

  it('prints the chains as text, indented by depth', () => {
    const r = star(bankDir, ['drill', 'stories/03-launch-date.md']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^stories\/03-launch-date\.md:1 {2}Disagreeing about the launch date\n {2}1\. /);
    assert.match(r.stdout, /\n {7}→ /);
    assert.match(r.stdout, /\n {9}→ /);
  });

  it('exits 2 for a story number past the last story', () => {
    const r = star(bankDir, ['drill', 'stories/10-two-stories.md', '--story', '3']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /has 2 stories; --story 3 is past the last one/);
    const zero = star(bankDir, ['drill', 'stories/10-two-stories.md', '--story', '0']);
    assert.equal(zero.code, 2);
  });
});
