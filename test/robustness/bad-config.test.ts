import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce as buildCli, star } from '../cli/helpers';
import { TestClient, buildOnce as buildServer, uriOf } from '../lsp/client';
import { WE_STORY } from '../lsp/fixtures';

/*
 * A catalogue of broken configuration, run through both adapters: the CLI
 * exits 2 naming the file and the key, the server reports the key, and in both
 * the story still gets its default diagnostics (we-overuse fires on WE_STORY).
 */
const CASES: Array<[string, string, RegExp]> = [
  ['trailing comma', '{ "rules": { "we-overuse": "warning", } }', /not valid JSON/],
  ['a comment', '// my settings\n{ "rules": {} }', /not valid JSON/],
  ['truncated', '{ "rules": { "we-overuse": ', /not valid JSON/],
  ['a byte-order mark and garbage', '\uFEFF{ garbage }', /not valid JSON/],
  ['an array at the top', '[]', /must be a JSON object/],
  ['a string at the top', '"rules"', /must be a JSON object/],
  ['rules as a list', '{ "rules": ["we-overuse"] }', /rules/],
  ['files as a string', '{ "files": "**/*.star.md" }', /files/],
  ['a numeric severity', '{ "rules": { "we-overuse": 2 } }', /rules\.we-overuse/],
  ['an unknown severity', '{ "rules": { "we-overuse": "loud" } }', /rules\.we-overuse.*"loud"/],
  ['a near-miss severity', '{ "rules": { "we-overuse": "warn" } }', /rules\.we-overuse.*"warn"/],
  ['a misspelt rule id', '{ "rules": { "we-overuze": "off" } }', /rules\.we-overuze/],
  ['an unknown rule option', '{ "rules": { "we-overuse": { "severity": "warning", "ratio": 2 } } }', /rules\.we-overuse\.ratio/],
  ['an option of the wrong type', '{ "rules": { "we-overuse": { "minRatio": "high" } } }', /rules\.we-overuse\.minRatio/],
  ['a bad nested severity', '{ "rules": { "hedging": { "severity": "critical" } } }', /rules\.hedging\.severity/],
  ['a glob with an unmatched bracket', '{ "files": ["**/*.star.md", "stories/[*.md"] }', /files\[1\]/],
  ['an empty glob', '{ "ignore": [""] }', /ignore\[0\]/],
  ['principles as a number', '{ "principles": 5 }', /principles/],
  ['duplicate custom principles', '{ "principles": [{ "name": "Craft" }, { "name": "craft" }] }', /principles\[1\]\.name/],
  ['a custom principle without a name', '{ "principles": [{ "definition": "Care" }] }', /principles\[0\]\.name/],
  ['non-string aliases', '{ "principles": [{ "name": "Craft", "aliases": [1] }] }', /principles\[0\]\.aliases/],
  ['an unknown level', '{ "level": "L99" }', /level/],
  ['an unknown top-level key', '{ "colour": "blue" }', /colour/],
  ['a 2 MB file', `{ "level": "L6", "pad": "${'x'.repeat(2 * 1024 * 1024)}" }`, /larger than 1 MB/],
];

describe('broken configuration, in the CLI and the server', function () {
  this.timeout(120_000);
  let root: string;
  const dirOf = (i: number) => join(root, `case-${i}`);
  before(() => {
    buildCli();
    buildServer();
    root = mkdtempSync(join(tmpdir(), 'star-coach-bad-config-'));
    CASES.forEach(([, config], i) => {
      mkdirSync(dirOf(i), { recursive: true });
      writeFileSync(join(dirOf(i), '.starcoach.json'), config);
      writeFileSync(join(dirOf(i), 'weak.star.md'), WE_STORY);
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`has at least 20 cases (${CASES.length})`, () => assert.ok(CASES.length >= 20));

  describe('CLI', () => {
    CASES.forEach(([name, , key], i) => {
      it(`${name}: exits 2, names the file and key, and still lints with the defaults`, () => {
        const r = star(dirOf(i), ['--format', 'json', 'weak.star.md']);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /\.starcoach\.json/);
        assert.match(r.stderr, key);
        const results = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
        assert.ok(results[0].messages.filter((m) => m.ruleId === 'we-overuse').length >= 2, 'defaults keep working');
      });
    });
  });

  describe('server', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ rootPath: root });
    });
    after(() => client.stop());

    CASES.forEach(([name, , key], i) => {
      it(`${name}: reports the key, keeps the default diagnostics and keeps serving`, async () => {
        const uri = uriOf(join(dirOf(i), 'weak.star.md'));
        const p = await client.openAndWait(uri, WE_STORY);
        assert.ok(p.diagnostics.filter((d) => d.code === 'we-overuse').length >= 2, 'defaults keep working');
        const text = (m: unknown) => (typeof m === 'string' ? m : JSON.stringify(m));
        const problem = p.diagnostics.find((d) => d.code === undefined && /\.starcoach\.json/.test(text(d.message)));
        assert.ok(problem, `no diagnostic names the config file: ${JSON.stringify(p.diagnostics.map((d) => d.message))}`);
        assert.match(text(problem.message), key);
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 13 } });
        assert.ok(hover, 'the server still answers');
        await client.close(uri);
      });
    });
  });

  describe('server settings', () => {
    const SETTINGS: Array<[string, Record<string, unknown>, RegExp]> = [
      ['a negative debounce', { debounceMs: -5 }, /debounceMs/],
      ['rules as a string', { rules: 'all' }, /starCoach\.rules/],
      ['an unknown severity', { rules: { 'we-overuse': 'loud' } }, /starCoach\.rules\.we-overuse/],
      ['a numeric level', { level: 7 }, /starCoach\.level/],
      ['files as numbers', { files: [1, 2] }, /starCoach\.files/],
      ['principles as an object', { principles: {} }, /starCoach\.principles/],
    ];
    SETTINGS.forEach(([name, settings, key], i) => {
      it(`${name}: logged by key, and the defaults keep working`, async () => {
        const client = await TestClient.start({ rootPath: root, settings });
        try {
          const dir = join(root, `settings-${i}`);
          mkdirSync(dir, { recursive: true });
          const p = await client.openAndWait(uriOf(join(dir, 'weak.star.md')), WE_STORY);
          assert.ok(p.diagnostics.filter((d) => d.code === 'we-overuse').length >= 2, 'defaults keep working');
          const logged = client.logs.map((l) => l.message).join('\n') + p.diagnostics.map((d) => String(d.message)).join('\n');
          assert.match(logged, key);
        } finally {
          await client.stop();
        }
      });
    });
  });
});
