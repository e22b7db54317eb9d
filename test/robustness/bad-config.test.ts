import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { buildOnce as buildCli } from '../cli/helpers';
import { TestClient, buildOnce as buildServer, uriOf } from '../lsp/client';
import { WE_STORY } from '../lsp/fixtures';
import { cli, within } from './helpers';

/*
 * A catalogue of broken configuration, each run through both adapters. The CLI
 * exits 2 with a stderr line naming the file and the key; the server puts one
 * warning naming them on the story and logs it; and in both the weak story
 * beside the config gets exactly the diagnostics it gets under an empty config.
 */
interface Case {
  name: string;
  /** The file's text or bytes, or a function that makes something else at that path. */
  config: string | Buffer | ((path: string) => void);
  /** What the report must say after the file name: the key, or where the JSON breaks. */
  says: RegExp;
}

const PROTO_OPTION = '{ "rules": { "we-overuse": { "__proto__": { "severity": "off" } } } }';

const CASES: Case[] = [
  // Not JSON at all.
  { name: 'a trailing comma', config: '{ "rules": { "we-overuse": "warning", } }', says: /not valid JSON: .*\(line 1, column 39\)/ },
  {
    name: 'a line comment',
    config: '// my settings\n{ "rules": {} }',
    says: /not valid JSON: .*JSON has no comments \(line 1, column 1\)/,
  },
  {
    name: 'a block comment after a key',
    config: '{\n  "level": "L6" /* for now */\n}',
    says: /not valid JSON: .*JSON has no comments \(line 2, column 17\)/,
  },
  { name: 'single quotes', config: "{ 'rules': {} }", says: /not valid JSON: .*\(line 1, column 3\)/ },
  {
    name: 'a truncated file',
    config: '{ "rules": { "we-overuse": ',
    says: /not valid JSON: Unexpected end of JSON input \(line 1, column 28\)/,
  },
  { name: 'a byte-order mark and garbage', config: '\uFEFF{ garbage }', says: /not valid JSON: .*\(line 1, column 3\)/ },
  { name: 'UTF-16 text (Notepad "Unicode")', config: Buffer.from('\uFEFF{ "level": "L6" }', 'utf16le'), says: /not valid JSON/ },
  { name: 'binary bytes with NULs', config: Buffer.from([0xff, 0x00, 0x9c, 0x7b, 0x22, 0x00, 0x01]), says: /not valid JSON/ },
  { name: 'two objects', config: '{ "level": "L6" }\n{ "level": "L7" }', says: /not valid JSON: .*after JSON \(line 2, column 1\)/ },
  { name: 'an empty file', config: '', says: /is empty/ },
  { name: 'only whitespace', config: '\n \t\n', says: /is empty/ },
  // JSON of the wrong shape.
  { name: 'an array at the top', config: '[{ "rules": {} }]', says: /must be a JSON object/ },
  { name: 'a string at the top', config: '"rules"', says: /must be a JSON object/ },
  { name: 'null at the top', config: 'null', says: /must be a JSON object/ },
  { name: 'rules as a list', config: '{ "rules": ["we-overuse"] }', says: /rules must be an object/ },
  { name: 'rules as null', config: '{ "rules": null }', says: /rules must be an object/ },
  { name: 'files as a string', config: '{ "files": "**/*.star.md" }', says: /files must be a list of glob strings/ },
  { name: 'a number among the ignore globs', config: '{ "ignore": ["**/README.md", 3] }', says: /ignore must be a list of glob strings/ },
  { name: 'a numeric severity', config: '{ "rules": { "we-overuse": 2 } }', says: /rules\.we-overuse must be a severity/ },
  { name: 'an unknown severity', config: '{ "rules": { "we-overuse": "loud" } }', says: /rules\.we-overuse has severity "loud"/ },
  { name: 'a near-miss severity', config: '{ "rules": { "we-overuse": "warn" } }', says: /rules\.we-overuse has severity "warn"/ },
  {
    name: 'a misspelt rule id',
    config: '{ "rules": { "passive-voise": "off" } }',
    says: /rules\.passive-voise is not a STAR Coach rule \(did you mean passive-voice\?\)/,
  },
  {
    name: 'an unknown rule option',
    config: '{ "rules": { "we-overuse": { "severity": "warning", "ratio": 2 } } }',
    says: /rules\.we-overuse\.ratio is not an option of we-overuse/,
  },
  {
    name: 'an option of the wrong type',
    config: '{ "rules": { "we-overuse": { "minRatio": "high" } } }',
    says: /rules\.we-overuse\.minRatio must be a number/,
  },
  {
    name: 'a negative number option',
    config: '{ "rules": { "story-length": { "minSeconds": -5 } } }',
    says: /rules\.story-length\.minSeconds must be a number of at least 0/,
  },
  {
    name: 'a speaking speed of 0',
    config: '{ "rules": { "story-length": { "wordsPerMinute": 0 } } }',
    says: /rules\.story-length\.wordsPerMinute must be a number greater than 0 \(it is 0\)/,
  },
  {
    name: 'a longest answer of 0 seconds',
    config: '{ "rules": { "story-length": { "maxSeconds": 0 } } }',
    says: /rules\.story-length\.maxSeconds must be a number greater than 0 \(it is 0\)/,
  },
  {
    name: 'a longest answer below the shortest',
    config: '{ "rules": { "story-length": { "minSeconds": 60, "maxSeconds": 45 } } }',
    says: /rules\.story-length\.maxSeconds must be greater than minSeconds, 60 \(it is 45\)/,
  },
  {
    name: 'a shortest answer above the default longest',
    config: '{ "rules": { "story-length": { "minSeconds": 200 } } }',
    says: /rules\.story-length\.minSeconds must be less than maxSeconds, 180 \(it is 200\)/,
  },
  {
    name: 'a list option holding numbers',
    config: '{ "rules": { "hedging": { "ignore": [1, 2] } } }',
    says: /rules\.hedging\.ignore must be a list of strings/,
  },
  {
    name: 'a bad nested severity',
    config: '{ "rules": { "hedging": { "severity": "critical" } } }',
    says: /rules\.hedging\.severity is "critical"/,
  },
  {
    name: 'a glob with an unmatched bracket',
    config: '{ "files": ["**/*.star.md", "stories/[*.md"] }',
    says: /files\[1\] "stories\/\[\*\.md" has an unmatched bracket/,
  },
  { name: 'a glob with an unclosed brace', config: '{ "ignore": ["notes/{a,b.md"] }', says: /ignore\[0\] .* has an unmatched bracket/ },
  { name: 'an empty glob', config: '{ "ignore": [""] }', says: /ignore\[0\] is an empty glob/ },
  { name: 'principles as a number', config: '{ "principles": 5 }', says: /principles must be "amazon" or a list/ },
  { name: 'principles naming an unknown set', config: '{ "principles": "google" }', says: /principles must be "amazon" or a list/ },
  {
    name: 'duplicate custom principles',
    config: '{ "principles": [{ "name": "Craft" }, { "name": "craft" }] }',
    says: /principles\[1\]\.name repeats "craft"/,
  },
  {
    name: 'a custom principle without a name',
    config: '{ "principles": [{ "definition": "Care" }] }',
    says: /principles\[0\]\.name must be a non-empty string/,
  },
  {
    name: 'non-string aliases',
    config: '{ "principles": [{ "name": "Craft", "aliases": [1] }] }',
    says: /principles\[0\]\.aliases must be a list of non-empty strings/,
  },
  { name: 'level L99', config: '{ "level": "L99" }', says: /level must be/ },
  { name: 'a repeated key whose last value is bad', config: '{ "level": "L6", "level": "loud" }', says: /level must be/ },
  { name: 'an unknown top-level key', config: '{ "colour": "blue" }', says: /colour is not a setting STAR Coach knows/ },
  // Many problems of one kind: one line that counts them and names a few, never one line each.
  {
    name: '1,000 unknown keys',
    config: JSON.stringify(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]))),
    says: /has 1,000 unknown keys, e\.g\. k0, k1, k2; the settings are files, ignore, rules, principles and level/,
  },
  {
    name: '100 unknown rule ids',
    config: JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`rule-${i}`, 'off'])) }),
    says: /rules has 100 ids that are not STAR Coach rules .*e\.g\. rules\.rule-0, rules\.rule-1, rules\.rule-2/,
  },
  {
    name: '60,000 ignore globs',
    config: JSON.stringify({ ignore: Array.from({ length: 60_000 }, (_, i) => `n${i}/*`) }),
    says: /ignore has 60,000 globs; the first 50,000 are used/,
  },
  // Keys that reach Object.prototype in careless code: neither may switch we-overuse off.
  { name: 'a __proto__ rule option', config: PROTO_OPTION, says: /rules\.we-overuse\.__proto__ is not an option of we-overuse/ },
  {
    name: 'a constructor rule option',
    config: '{ "rules": { "we-overuse": { "constructor": 1 } } }',
    says: /rules\.we-overuse\.constructor is not an option of we-overuse/,
  },
  // Too big, or not a file at all: reading would take the memory, block, or never end.
  { name: 'a 2 MB file', config: `{ "level": "L6", "pad": "${'x'.repeat(2 * 1024 * 1024)}" }`, says: /larger than 1 MB; it was not read/ },
  { name: 'a folder by that name', config: (p) => mkdirSync(p), says: /is not a regular file \(a folder\)/ },
  {
    name: 'a named pipe by that name',
    config: (p) => execFileSync('mkfifo', [p]),
    says: /is not a regular file \(a pipe, socket or device\)/,
  },
  { name: 'a link to /dev/zero', config: (p) => symlinkSync('/dev/zero', p), says: /is not a regular file \(a pipe, socket or device\)/ },
];

/** Broken `starCoach` settings: the server logs each by key, and the defaults keep working. */
const SETTINGS: Array<{ name: string; settings: Record<string, unknown>; says: RegExp }> = [
  { name: 'a negative debounce', settings: { debounceMs: -5 }, says: /^starCoach\.debounceMs must be a number of at least 0/ },
  { name: 'rules as a string', settings: { rules: 'all' }, says: /^starCoach\.rules must be an object/ },
  { name: 'an unknown severity', settings: { rules: { 'we-overuse': 'loud' } }, says: /^starCoach\.rules\.we-overuse has severity "loud"/ },
  {
    name: 'a misspelt rule id',
    settings: { rules: { 'we-overuze': 'off' } },
    says: /^starCoach\.rules\.we-overuze is not a STAR Coach rule/,
  },
  { name: 'a numeric level', settings: { level: 7 }, says: /^starCoach\.level must be/ },
  {
    name: 'a speaking speed of 0',
    settings: { rules: { 'story-length': { wordsPerMinute: 0 } } },
    says: /^starCoach\.rules\.story-length\.wordsPerMinute must be a number greater than 0/,
  },
  { name: 'files as numbers', settings: { files: [1, 2] }, says: /^starCoach\.files must be a list of glob strings/ },
  { name: 'an unclosed glob', settings: { ignore: ['[abc'] }, says: /^starCoach\.ignore\[0\] "\[abc" has an unmatched bracket/ },
  { name: 'principles as an object', settings: { principles: {} }, says: /^starCoach\.principles must be "amazon" or a list/ },
  {
    name: 'a __proto__ rule option',
    settings: { rules: JSON.parse(PROTO_OPTION).rules },
    says: /^starCoach\.rules\.we-overuse\.__proto__ is not an option/,
  },
];

/** The story's own diagnostics, with related locations (which point within the same document) made independent of its URI. */
const storyOnly = (ds: Diagnostic[]) =>
  ds
    .filter((d) => d.code !== undefined)
    .map((d) =>
      d.relatedInformation
        ? { ...d, relatedInformation: d.relatedInformation.map((r) => ({ ...r, location: { ...r.location, uri: 'this document' } })) }
        : d,
    );

describe('broken configuration, in the CLI and the server', function () {
  this.timeout(120_000);
  let root: string;
  const dirOf = (i: number) => join(root, `case-${i}`);
  const control = () => join(root, 'control');
  before(() => {
    buildCli();
    buildServer();
    root = realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-bad-config-')));
    mkdirSync(control());
    writeFileSync(join(control(), '.starcoach.json'), '{}');
    writeFileSync(join(control(), 'weak.star.md'), WE_STORY);
    CASES.forEach(({ config }, i) => {
      mkdirSync(dirOf(i));
      const file = join(dirOf(i), '.starcoach.json');
      if (typeof config === 'function') config(file);
      else writeFileSync(file, config);
      writeFileSync(join(dirOf(i), 'weak.star.md'), WE_STORY);
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`covers at least 20 broken files (${CASES.length}) and 6 broken settings payloads (${SETTINGS.length})`, () => {
    assert.ok(CASES.length >= 20 && SETTINGS.length >= 6);
  });

  describe('CLI', () => {
    type Json = Array<{ messages: unknown[]; errorCount: number; warningCount: number }>;
    let defaults: Json[0];
    before(() => {
      const r = cli(control(), ['--format', 'json', 'weak.star.md']);
      assert.equal(r.code, 0, r.stderr);
      defaults = (JSON.parse(r.stdout) as Json)[0];
      assert.ok(defaults.messages.length >= 2, 'the weak story has findings under the defaults');
    });

    CASES.forEach(({ name, says }, i) => {
      it(`${name}: exits 2, names the file and what is wrong, and still lints with the defaults`, () => {
        const r = cli(dirOf(i), ['--format', 'json', 'weak.star.md']);
        assert.equal(r.signal, null, `killed after ${r.ms.toFixed(0)} ms`);
        assert.equal(r.code, 2, r.stderr);
        const line = r.stderr.split('\n').find((l) => l.startsWith('.starcoach.json'));
        assert.ok(line, `no stderr line names .starcoach.json:\n${r.stderr}`);
        assert.match(line, says);
        const [result] = JSON.parse(r.stdout) as Json;
        assert.deepEqual({ ...result, filePath: undefined }, { ...defaults, filePath: undefined }, 'the defaults keep working');
      });
    });
  });

  describe('server', () => {
    let client: TestClient;
    let defaults: Diagnostic[];
    before(async () => {
      client = await TestClient.start({ rootPath: root });
      const raw = (await within(client.openAndWait(uriOf(join(control(), 'weak.star.md')), WE_STORY), 'control')).diagnostics;
      defaults = storyOnly(raw);
      assert.ok(defaults.length >= 2 && defaults.length === raw.length);
    });
    after(() => client.stop());

    CASES.forEach(({ name, config, says }, i) => {
      it(
        `${name}: one warning and one log line name the file and what is wrong; the defaults apply; the ` + `server keeps answering`,
        async () => {
          const file = join(dirOf(i), '.starcoach.json');
          const uri = uriOf(join(dirOf(i), 'weak.star.md'));
          const p = await within(client.openAndWait(uri, WE_STORY), 'diagnostics');
          assert.deepEqual(storyOnly(p.diagnostics), defaults, 'the defaults keep working');
          const problems = p.diagnostics.filter((d) => d.code === undefined);
          assert.equal(problems.length, 1, JSON.stringify(problems));
          const message = String(problems[0].message);
          assert.ok(message.startsWith(`Config ${file}: `), message);
          assert.match(message, says);
          await within(
            client.nextLog((l) => l.message === message),
            'log line',
          );
          const hover = await within(client.hover(uri, 4, 13), 'hover');
          assert.match(JSON.stringify(hover), /we-overuse/, 'hover still answers on the flagged word');
          await client.close(uri);
          // The config file opened in the editor shows the same problem on itself, from the text being edited.
          if (typeof config === 'string' && config.length < 1024 * 1024) {
            const configUri = uriOf(file);
            const own = await within(client.openAndWait(configUri, config, 'json'), 'config diagnostics');
            assert.equal(own.diagnostics.length, 1);
            assert.match(String(own.diagnostics[0].message), says);
            await client.close(configUri);
          }
        },
      );
    });
  });

  describe('server settings', () => {
    let defaults: Diagnostic[];
    before(async () => {
      const client = await TestClient.start({ rootPath: root });
      try {
        defaults = (await within(client.openAndWait(uriOf(join(control(), 'weak.star.md')), WE_STORY), 'control')).diagnostics;
      } finally {
        await client.stop();
      }
    });

    SETTINGS.forEach(({ name, settings, says }) => {
      it(`${name}: logged by key; the defaults apply and the server keeps answering`, async () => {
        const client = await TestClient.start({ rootPath: root, settings });
        try {
          const uri = uriOf(join(control(), 'weak.star.md'));
          const p = await within(client.openAndWait(uri, WE_STORY), 'diagnostics');
          assert.deepEqual(p.diagnostics, defaults, 'the defaults keep working');
          const log = await within(
            client.nextLog((l) => says.test(l.message)),
            `a log line matching ${says}`,
          );
          assert.equal(log.type, 2, 'logged as a warning');
          assert.match(JSON.stringify(await within(client.hover(uri, 4, 13), 'hover')), /we-overuse/);
        } finally {
          await client.stop();
        }
      });
    });
  });
});
