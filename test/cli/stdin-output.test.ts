import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, fixtures, star, type JsonResult } from './helpers';

const project = join(fixtures, 'project');
const ruleOff = join(fixtures, 'rule-off');
const parse = (stdout: string): JsonResult[] => JSON.parse(stdout);
const rules = (r: JsonResult | undefined) => (r?.messages ?? []).map((m) => m.ruleId);

describe('star-coach CLI: --stdin and --output-file', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => {
    buildOnce();
    tmp = mkdtempSync(join(tmpdir(), 'star-coach-stdin-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('--stdin', () => {
    const weak = readFileSync(join(project, 'stories', 'weak.md'), 'utf8');

    it('checks the story on standard input exactly as the same file on disk', () => {
      const fromFile = star(project, ['--format', 'json', 'stories/weak.md']);
      const fromStdin = star(project, ['--format', 'json', '--stdin', '--stdin-filename', 'stories/weak.md'], {}, weak);
      assert.equal(fromStdin.code, fromFile.code, fromStdin.stderr);
      assert.deepEqual(parse(fromStdin.stdout), parse(fromFile.stdout));
      assert.ok(rules(parse(fromStdin.stdout)[0]).includes('we-overuse'), 'the weak story has we-overuse findings to compare');
    });

    it('names the text <stdin> without --stdin-filename, in every format', () => {
      const json = star(project, ['--format', 'json', '--stdin'], {}, weak);
      assert.equal(parse(json.stdout)[0].filePath, '<stdin>');
      const stylish = star(project, ['--stdin'], {}, weak);
      assert.match(stylish.stdout, /^<stdin>$/m);
      assert.match(stylish.stdout, /we-overuse/);
    });

    it('applies the config of the folder --stdin-filename names: there we-overuse is off', () => {
      const r = star(ruleOff, ['--format', 'json', '--stdin', '--stdin-filename', 'stories/weak.md'], {}, weak);
      assert.equal(r.code, 0, r.stderr);
      const [result] = parse(r.stdout);
      assert.equal(result.filePath, join(ruleOff, 'stories', 'weak.md'));
      assert.ok(result.messages.length > 0, 'other rules still report');
      assert.ok(!rules(result).includes('we-overuse'));
    });

    it('says when the text is not a story, and reports nothing', () => {
      const r = star(project, ['--format', 'json', '--stdin'], {}, '# Notes\n\nWe should ask about the on-call rotation.\n');
      assert.equal(r.code, 0);
      assert.deepEqual(parse(r.stdout), []);
      assert.match(r.stderr, /<stdin>: not a story file, nothing checked/);
    });

    it('reads CRLF and a byte-order mark as the editor does', () => {
      const lf = star(project, ['--format', 'json', '--stdin'], {}, weak);
      const crlf = star(project, ['--format', 'json', '--stdin'], {}, `\uFEFF${weak.replace(/\n/g, '\r\n')}`);
      const at = (s: string) => parse(s)[0].messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
      assert.deepEqual(at(crlf.stdout), at(lf.stdout));
    });

    it('skips binary input with a note instead of a report full of noise', () => {
      const r = star(project, ['--format', 'json', '--stdin'], {}, 'Situation\0\0Action\0Result');
      assert.equal(r.code, 0);
      assert.deepEqual(parse(r.stdout), []);
      assert.match(r.stderr, /<stdin>: skipped, it contains NUL bytes/);
    });

    for (const [args, message] of [
      [['--stdin', 'stories/weak.md'], /--stdin checks standard input; drop the file names \(stories\/weak\.md\)/],
      [['--stdin-filename', 'a.md', 'stories/weak.md'], /--stdin-filename only goes with --stdin/],
      [['--stdin', '--stdin-filename', ' '], /--stdin-filename needs a file name/],
    ] as const) {
      it(`refuses ${args.join(' ')} with exit code 2`, () => {
        const r = star(project, [...args], {}, weak);
        assert.equal(r.code, 2);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      });
    }
  });

  describe('--output-file', () => {
    it('writes the report to the file, creating its folder, and nothing to standard output', () => {
      const out = join(tmp, 'reports', 'nested', 'star.json');
      const r = star(project, ['--format', 'json', '-o', out, 'stories/weak.md']);
      const direct = star(project, ['--format', 'json', 'stories/weak.md']);
      assert.equal(r.code, direct.code);
      assert.equal(r.stdout, '');
      assert.equal(readFileSync(out, 'utf8'), direct.stdout);
    });

    it('writes stylish output without colour codes even when colour is forced', () => {
      const out = join(tmp, 'stylish.txt');
      star(project, ['--output-file', out, 'stories/weak.md'], { FORCE_COLOR: '1' });
      const text = readFileSync(out, 'utf8');
      assert.match(text, /we-overuse/);
      assert.ok(!text.includes('\u001b['), 'no ANSI escapes in a file');
    });

    it('fails with exit code 2 and a clear message when the path is a folder', () => {
      const folder = join(tmp, 'a-folder');
      mkdirSync(folder, { recursive: true });
      const r = star(project, ['--format', 'json', '--output-file', folder, 'stories/weak.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--output-file .*a-folder is a folder/);
      assert.ok(existsSync(folder));
    });
  });
});
