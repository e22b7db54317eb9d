import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { buildOnce, fixtures, root, span, star, starJson, type JsonResult } from './helpers';

const project = join(fixtures, 'project');
const rel = (results: JsonResult[], cwd: string) => results.map((r) => relative(cwd, r.filePath).split('\\').join('/')).sort();
const weOveruse = (r: JsonResult | undefined) => (r?.messages ?? []).filter((m) => m.ruleId === 'we-overuse');
const _byFile = (results: JsonResult[], cwd: string, file: string) =>
  results.find((r) => relative(cwd, r.filePath).split('\\').join('/') === file);

// Positions of `We` in stories/weak.md, counted by hand: 1-based line and UTF-16 column, end exclusive.
const WEAK_SPANS = [
  { line: 7, column: 13, endLine: 7, endColumn: 15 },
  { line: 7, column: 63, endLine: 7, endColumn: 65 },
  { line: 9, column: 13, endLine: 9, endColumn: 15 },
];

describe('star-coach CLI', function () {
  this.timeout(60_000);
  let tmp: string;
  /** A config with every rule off except we-overuse, so counts do not depend on rules still being written. */
  let onlyWe: string;

  before(() => {
    buildOnce();
    tmp = mkdtempSync(join(tmpdir(), 'star-coach-cli-'));
    onlyWe = join(tmp, 'only-we-overuse.json');
    writeFileSync(
      onlyWe,
      JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'we-overuse' ? 'warning' : 'off'])) }),
    );
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('story files', () => {
    it('lints the story files of a folder: by glob and by front matter, not README, notes or star: false', () => {
      const r = starJson(project, ['.']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(rel(r.results, project), ['interview-prep.md', 'stories/strong.md', 'stories/weak.md']);
    });

    it('reports nothing for an explicit file that is not a story file', () => {
      const r = starJson(project, ['README.md', 'notes.md']);
      assert.equal(r.code, 0);
      assert.deepEqual(r.results, []);
    });

    it('leaves a strong story without we-overuse findings', () => {
      const r = starJson(project, ['stories/strong.md']);
      assert.equal(r.results.length, 1);
      assert.deepEqual(weOveruse(r.results[0]), []);
    });
  });

  describe('--format json', () => {
    it("writes the contract's shape: one entry per file, severity strings, counts", () => {
      const r = starJson(project, ['.']);
      for (const file of r.results) {
        assert.deepEqual(Object.keys(file), ['filePath', 'messages', 'errorCount', 'warningCount']);
        assert.ok(file.filePath.startsWith(project));
        for (const m of file.messages) {
          assert.deepEqual(Object.keys(m), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
          assert.ok(['error', 'warning', 'information', 'hint'].includes(m.severity), m.severity);
          assert.ok(m.message.length > 0);
          for (const n of [m.line, m.column, m.endLine, m.endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
          assert.ok(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column));
        }
        assert.equal(file.errorCount, file.messages.filter((m) => m.severity === 'error').length);
        assert.equal(file.warningCount, file.messages.filter((m) => m.severity === 'warning').length);
      }
    });

    it('gives exact 1-based lines and columns, end exclusive', () => {
      const r = starJson(project, ['stories/weak.md']);
      const found = weOveruse(r.results[0]);
      assert.deepEqual(found.map(span), WEAK_SPANS);
      // Said once per story: the first at the rule's severity, the repeats as hints pointing back to it.
      assert.deepEqual(
        found.map((m) => m.severity),
        ['warning', 'hint', 'hint'],
      );
      assert.match(found[0].message, /^`we` is the actor in 3 Action and Result sentences/);
      assert.equal(found[1].message, '`We` is the actor here too (2 of 3; the first is on line 7).');
    });

    it('counts columns in UTF-16 code units on a CRLF file with emoji', () => {
      const file = join(fixtures, 'crlf', 'stories', 'emoji.md');
      const bytes = readFileSync(file, 'utf8');
      assert.ok(bytes.includes('\r\n') && bytes.includes('🚀') && bytes.includes('✅'), 'the fixture lost its CRLF or emoji');
      const r = starJson(join(fixtures, 'crlf'), ['stories/emoji.md']);
      assert.deepEqual(weOveruse(r.results[0]).map(span), [
        // '**Action:** ' is 12 units, 🚀 is 2 (a surrogate pair), then a space: `We` starts at unit 15.
        { line: 5, column: 16, endLine: 5, endColumn: 18 },
        { line: 5, column: 56, endLine: 5, endColumn: 58 },
        // ✅ is 1 unit.
        { line: 7, column: 15, endLine: 7, endColumn: 17 },
      ]);
    });

    it('ignores a byte-order mark, as editors do', () => {
      const weak = readFileSync(join(project, 'stories', 'weak.md'), 'utf8');
      writeFileSync(join(tmp, 'bom.star.md'), '\uFEFF' + weak);
      const r = starJson(tmp, ['bom.star.md']);
      assert.deepEqual(weOveruse(r.results[0]).map(span), WEAK_SPANS);
    });
  });

  describe('--format sarif', () => {
    it('writes a SARIF 2.1.0 log with every rule and a result per finding', () => {
      const r = star(project, ['--format', 'sarif', '.']);
      assert.equal(r.code, 0, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif/);
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'star-coach');
      const rules = run.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; helpUri: string }>;
      assert.deepEqual(
        rules.map((x) => x.id),
        RULES.map((x) => x.id),
      );
      for (const rule of rules) {
        assert.ok(rule.shortDescription.text.length > 0);
        assert.ok(new URL(rule.helpUri).href.endsWith(`docs/rules/${rule.id}.md`), rule.helpUri);
      }
      const json = starJson(project, ['.']).results;
      const expected = json.flatMap((f) =>
        f.messages.map((m) => ({ file: relative(project, f.filePath).split('\\').join('/'), ruleId: m.ruleId, ...span(m) })),
      );
      const got = run.results.map((x: any) => {
        assert.ok(['error', 'warning', 'note'].includes(x.level), x.level);
        assert.ok(x.message.text.length > 0);
        if (x.ruleId) assert.equal(rules[x.ruleIndex].id, x.ruleId);
        const loc = x.locations[0].physicalLocation;
        const reg = loc.region;
        return {
          file: loc.artifactLocation.uri,
          ruleId: x.ruleId ?? null,
          line: reg.startLine,
          column: reg.startColumn,
          endLine: reg.endLine,
          endColumn: reg.endColumn,
        };
      });
      assert.deepEqual(got, expected);
      assert.ok(got.some((x: { file: string }) => x.file === 'stories/weak.md'));
    });

    it('maps warnings to warning and errors to error', () => {
      const r = star(project, ['--format', 'sarif', '--config', join(fixtures, 'configs', 'we-overuse-error.json'), 'stories/weak.md']);
      const levels = JSON.parse(r.stdout)
        .runs[0].results.filter((x: any) => x.ruleId === 'we-overuse')
        .map((x: any) => x.level);
      assert.deepEqual(levels, ['error', 'note', 'note']);
    });
  });

  describe('--format stylish', () => {
    it('groups rows under each file, one row per rule per story: line:col, severity, message, rule id, then a summary', () => {
      const r = star(project, ['--config', onlyWe, '.']);
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no color when stdout is not a terminal');
      const lines = r.stdout.split('\n');
      const weakAt = lines.indexOf('stories/weak.md');
      assert.ok(weakAt >= 0, r.stdout);
      const rows = lines.slice(weakAt + 1, weakAt + 3);
      assert.deepEqual(
        rows.map((l) => /^\s+(\d+):(\d+)\s+(\w+)\s+.+\s(\S+)$/.exec(l)?.slice(1)),
        [['7', '13', 'warning', 'we-overuse'], undefined],
      );
      assert.match(rows[0], /`we` is the actor in 3 Action and Result sentences/);
      assert.ok(lines.includes('interview-prep.md'));
      assert.ok(!lines.includes('stories/strong.md'), 'files without problems are not listed');
      // One line per rule per story: interview-prep.md's two `We` actions and weak.md's three are one warning each.
      assert.match(r.stdout, /\n\u2716 2 problems \(/);
    });

    it('colors only on request: FORCE_COLOR on, NO_COLOR off', () => {
      assert.match(star(project, ['stories/weak.md'], { FORCE_COLOR: '1' }).stdout, /\u001b\[/);
      assert.doesNotMatch(star(project, ['stories/weak.md'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\u001b\[/);
    });

    it('prints nothing when there is nothing to report', () => {
      const r = star(project, ['--config', onlyWe, 'stories/strong.md']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
    });
  });

  describe('options and exit codes', () => {
    it('--config replaces the config found by walking up', () => {
      const dir = join(fixtures, 'rule-off');
      assert.deepEqual(weOveruse(starJson(dir, ['.']).results[0]), [], "the folder's config switches we-overuse off");
      const r = starJson(dir, ['--config', join(fixtures, 'configs', 'we-overuse-error.json'), '.']);
      assert.equal(r.code, 1, 'errors exit 1');
      assert.deepEqual(
        weOveruse(r.results[0]).map((m) => m.severity),
        ['error', 'hint', 'hint'],
      );
      assert.ok(r.results[0].errorCount >= 1);
    });

    it('--quiet reports errors only', () => {
      const warnings = starJson(project, ['--quiet', '.']);
      assert.equal(warnings.code, 0);
      assert.equal(warnings.results.length, 3, 'files are still listed');
      for (const f of warnings.results) {
        assert.ok(f.messages.every((m) => m.severity === 'error'));
        assert.equal(f.warningCount, 0);
      }
      const errors = starJson(project, ['--quiet', '--config', join(fixtures, 'configs', 'we-overuse-error.json'), 'stories/weak.md']);
      assert.equal(errors.code, 1);
      assert.deepEqual(weOveruse(errors.results[0]).map(span), WEAK_SPANS.slice(0, 1), 'the repeats are hints');
      assert.ok(errors.results[0].messages.every((m) => m.severity === 'error'));
    });

    it('--max-warnings N exits 1 only above N warnings', () => {
      // interview-prep.md and stories/weak.md hold three `We` findings each: one warning per story, the repeats are hints.
      assert.equal(star(project, ['--config', onlyWe, '--max-warnings', '2', '.']).code, 0);
      const over = star(project, ['--config', onlyWe, '--max-warnings', '1', '.']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /1/);
      assert.equal(star(project, ['--config', onlyWe, '--max-warnings=0', 'stories/strong.md']).code, 0);
      assert.equal(
        star(project, ['--config', onlyWe, '--quiet', '--max-warnings', '0', '.']).code,
        0,
        '--quiet drops warnings before counting',
      );
    });

    it('a broken config exits 2 naming the file and key, and the defaults still lint', () => {
      const dir = join(fixtures, 'broken-config');
      const r = starJson(dir, ['.']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.starcoach\.json: rules\.we-overuse .*"loud"/);
      assert.equal(r.stderr.match(/rules\.we-overuse/g)?.length, 1, 'reported once');
      assert.deepEqual(weOveruse(r.results[0]).map(span), WEAK_SPANS, 'we-overuse runs at its default severity');
    });

    it('a config that is not JSON exits 2 naming the file', () => {
      const dir = mkdtempSync(join(tmp, 'syntax-'));
      writeFileSync(join(dir, '.starcoach.json'), '{ "rules": { "we-overuse": "off" ');
      writeFileSync(join(dir, 'a.star.md'), readFileSync(join(project, 'stories', 'weak.md')));
      const r = star(dir, ['.']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.starcoach\.json/);
    });

    it('bad usage exits 2 with a message and no report', () => {
      for (const args of [
        ['--bogus', '.'],
        ['--format', 'xml', '.'],
        ['--max-warnings', 'lots', '.'],
        ['--format'],
        [],
        ['--config', 'missing.json', '.'],
      ]) {
        const r = star(project, args);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
        assert.ok(r.stderr.trim().length > 0, args.join(' '));
      }
      assert.match(star(project, ['--bogus', '.']).stderr, /--bogus/);
      assert.match(star(project, ['--config', 'missing.json', '.']).stderr, /missing\.json/);
    });

    it('an unreadable input exits 2 and the other files are still reported', () => {
      const r = starJson(project, ['stories/weak.md', 'stories/no-such-story.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no-such-story\.md/);
      assert.deepEqual(rel(r.results, project), ['stories/weak.md']);
    });

    it('--version prints the package version and --help the options', () => {
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const v = star(project, ['--version']);
      assert.equal(v.code, 0);
      assert.equal(v.stdout.trim(), version);
      const h = star(project, ['--help']);
      assert.equal(h.code, 0);
      for (const opt of ['--format', 'stylish', 'json', 'sarif', '--config', '--max-warnings', '--quiet'])
        assert.ok(h.stdout.includes(opt), opt);
    });
  });
});

describe('star-coach CLI in a pipe', () => {
  before(buildOnce);

  it('stops quietly when the reader closes the pipe early (star-coach … | head)', () => {
    const cli = join(root, 'dist', 'cli.js');
    // The holdout: a fixed 446 files whose JSON (about 0.5 MB) overflows any pipe buffer, so the writes after `head` has
    // gone are tested; the whole corpus grows every session and its read alone outran the test's deadline on a slow host.
    const corpus = join(root, 'test', 'corpus', 'blind', 'holdout');
    const r = spawnSync(
      'bash',
      ['-c', `node "${cli}" --format json "${corpus}" | head -c 50 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled 'error' event/);
    assert.match(r.stderr, /status [01]\b/);
  });
});
