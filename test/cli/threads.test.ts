import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, fixtures, root, star } from './helpers';
import { MIN_PARALLEL, threadCount } from '../../server/src/cli/pool';

/*
 * A large batch is checked in worker threads (cli/pool.ts). Whatever the
 * number of threads, the CLI must write the same bytes, in the same order, and
 * exit the same way: STAR_COACH_THREADS=1 is the one-thread run to compare with.
 */
describe('cli: worker threads', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'star-coach-threads-'));
    // 60 story files of every kind in the examples, a folder with a broken config, a binary file, notes that are no story.
    const examples = [
      ...['weak-stories.star.md', 'strong-story.star.md'].map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
      readFileSync(join(root, 'examples', 'stories', 'on-call-handoff.md'), 'utf8'),
    ];
    mkdirSync(join(dir, 'stories'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, 'stories', `s-${String(i).padStart(2, '0')}.md`), examples[i % examples.length]);
    cpSync(join(fixtures, 'broken-config'), join(dir, 'broken'), { recursive: true });
    writeFileSync(join(dir, 'stories', 'binary.md'), 'Situation\0Action\0Result');
    writeFileSync(join(dir, 'stories', 'notes.md'), 'Just a shopping list.\n');
    assert.ok(readdirSync(join(dir, 'broken', 'stories')).length > 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const runs: Array<[string, string[]]> = [
    ['stylish', ['stories', 'broken']],
    ['json', ['--format', 'json', 'stories', 'broken']],
    ['sarif', ['--format', 'sarif', 'stories', 'broken']],
    ['quiet json', ['--quiet', '--format', 'json', 'stories', 'broken']],
    ['bank json', ['bank', '--format', 'json', 'stories', 'broken']],
    ['bank text', ['bank', 'stories', 'broken']],
  ];
  for (const [name, args] of runs) {
    it(`writes the same ${name} output in 1 and in 4 threads`, () => {
      const one = star(dir, args, { STAR_COACH_THREADS: '1' });
      const four = star(dir, args, { STAR_COACH_THREADS: '4' });
      assert.ok(one.stdout.length > 1000, `${one.stdout.length} bytes of output`);
      assert.equal(four.stdout, one.stdout);
      assert.equal(four.stderr, one.stderr);
      assert.equal(four.code, one.code);
    });
  }

  it('reports the broken config and the binary file, and exits 2, in threads too', () => {
    const r = star(dir, ['--format', 'json', 'stories', 'broken'], { STAR_COACH_THREADS: '4' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /binary\.md: skipped, it contains NUL bytes/);
    assert.match(r.stderr, /\.starcoach\.json/);
    const files = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath);
    assert.ok(files.filter((f) => f.includes('/stories/s-')).length >= 40, `${files.length} files reported`);
  });
});

describe('cli: how many threads', () => {
  const none = {};
  it('uses every core (up to 8) for a large batch on an idle machine of three cores or more, one thread for a small one', () => {
    assert.equal(threadCount(1000, none, 4, 0.3), 4);
    assert.equal(threadCount(1000, none, 16, 0), 8);
    assert.equal(threadCount(MIN_PARALLEL - 1, none, 4, 0), 1);
  });

  it('uses only the cores the machine leaves free, and one thread when fewer than three are', () => {
    assert.equal(threadCount(1000, none, 2, 0), 1);
    assert.equal(threadCount(1000, none, 4, 1.4), 3);
    assert.equal(threadCount(1000, none, 4, 1.6), 1);
    assert.equal(threadCount(1000, none, 8, 3.6), 4);
    assert.equal(threadCount(1000, none, 4, 12.5), 1);
  });

  it('does what STAR_COACH_THREADS says, whatever the load, with no more threads than batches', () => {
    assert.equal(threadCount(1000, { STAR_COACH_THREADS: '4' }, 2, 9), 4);
    assert.equal(threadCount(1000, { STAR_COACH_THREADS: '1' }, 8, 0), 1);
    assert.equal(threadCount(20, { STAR_COACH_THREADS: '4' }, 2, 0), 2);
  });
});
