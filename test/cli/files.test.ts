import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildOnce, fixtures, star, starJson, type JsonResult } from './helpers';

const project = join(fixtures, 'project');
const weak = readFileSync(join(project, 'stories', 'weak.md'), 'utf8');
const rel = (results: JsonResult[], cwd: string) => results.map((r) => relative(cwd, r.filePath).split('\\').join('/')).sort();

describe('star-coach CLI: files, folders and globs', function () {
  this.timeout(60_000);
  let tmp: string;
  const put = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };

  before(() => {
    buildOnce();
    tmp = mkdtempSync(join(tmpdir(), 'star-coach-files-'));
    put('.starcoach.json', '{}');
    put('stories/a.md', weak);
    put('stories/deep/b.markdown', weak);
    put('stories/not-markdown.txt', weak);
    put('node_modules/pkg/stories/c.md', weak);
    put('.git/stories/d.md', weak);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('walks folders for Markdown story files, skipping node_modules and .git', () => {
    const r = starJson(tmp, ['.']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rel(r.results, tmp), ['stories/a.md', 'stories/deep/b.markdown']);
  });

  it('lints a story file named explicitly even inside node_modules', () => {
    const r = starJson(tmp, ['node_modules/pkg/stories/c.md']);
    assert.deepEqual(rel(r.results, tmp), ['node_modules/pkg/stories/c.md']);
  });

  it('expands globs relative to the working folder', () => {
    assert.deepEqual(rel(starJson(project, ['stories/*.md']).results, project), ['stories/strong.md', 'stories/weak.md']);
    assert.deepEqual(rel(starJson(project, ['**/weak.md']).results, project), ['stories/weak.md']);
    assert.deepEqual(rel(starJson(tmp, ['stories/**/*.{md,markdown}']).results, tmp), ['stories/a.md', 'stories/deep/b.markdown']);
  });

  it('lists a file once when several arguments name it', () => {
    assert.deepEqual(rel(starJson(project, ['stories/weak.md', 'stories', 'stories/*.md']).results, project), [
      'stories/strong.md',
      'stories/weak.md',
    ]);
  });

  it('exits 2 on a glob that matches nothing', () => {
    const r = star(project, ['stories/*.nothing']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /stories\/\*\.nothing/);
  });

  it('skips a file over 5 MB with a notice, and goes on with the rest', () => {
    const dir = mkdtempSync(join(tmp, 'huge-'));
    writeFileSync(join(dir, '.starcoach.json'), '{}');
    writeFileSync(join(dir, 'small.star.md'), weak);
    writeFileSync(join(dir, 'huge.star.md'), weak + 'I measured it. '.repeat(Math.ceil((5 * 1024 * 1024) / 15) + 10));
    const r = starJson(dir, ['.']);
    assert.equal(r.code, 0, 'a skipped file is not an error');
    assert.match(r.stderr, /huge\.star\.md/);
    assert.deepEqual(rel(r.results, dir), ['small.star.md']);
  });

  it('exits 2 on a file it cannot read, naming it', () => {
    // A symlink that points at itself cannot be read, even by root (permissions would not stop root in CI).
    mkdirSync(join(tmp, 'loop/stories'), { recursive: true });
    symlinkSync('e.md', join(tmp, 'loop/stories/e.md'));
    const r = starJson(tmp, ['loop/stories/e.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /e\.md/);
  });

  it('reads files, folders and globs with spaces and non-ASCII names', () => {
    put('my stories/café.star.md', weak);
    const r = starJson(tmp, ['my stories/café.star.md', 'my stories', 'my stories/*.md']);
    assert.deepEqual(rel(r.results, tmp), ['my stories/café.star.md']);
    const sarif = JSON.parse(star(tmp, ['--format', 'sarif', 'my stories']).stdout);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20stories/caf%C3%A9.star.md');
  });
});
