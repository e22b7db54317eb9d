import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { buildOnce as buildCli } from '../cli/helpers';
import { TestClient, buildOnce as buildServer, uriOf } from '../lsp/client';
import { WE_STORY, ofRule, writeFiles } from '../lsp/fixtures';
import { lint } from '../../server/src/engine/lint';
import { cli, ROOT, within } from './helpers';

/*
 * STAR Coach is fully local: nothing is read from or sent to the network, and
 * no configuration is ever run as code. A preload script replaces every network
 * entry point of Node.js (and every way to run a process or compile code) with
 * a trap that records the attempt and throws; the CLI and the server run under
 * it, and a control proves each trap catches a call. Configuration files that
 * some tools execute would leave a sentinel file if run; JSON and YAML that
 * look like code or reach for Object.prototype must change nothing.
 */
const PRELOAD = `
const fs = require('fs');
const Module = require('module');
const LOG = process.env.STAR_SANDBOX_LOG;
const record = (what) => fs.appendFileSync(LOG, what + '\\n');
const traps = [];
const trap = (obj, key, name) => {
  traps.push([name, obj, key]);
  obj[key] = function () { record(name); throw new Error('blocked by the sandbox test: ' + name); };
};
const net = require('net'), tls = require('tls'), dns = require('dns'), http = require('http'), https = require('https');
const http2 = require('http2'), dgram = require('dgram'), cp = require('child_process'), vm = require('vm');
trap(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
trap(tls, 'connect', 'tls.connect');
for (const k of Object.keys(dns)) if (/^(lookup|resolve|reverse)/.test(k)) trap(dns, k, 'dns.' + k);
for (const k of Object.keys(dns.promises)) if (/^(lookup|resolve|reverse)/.test(k)) trap(dns.promises, k, 'dns.promises.' + k);
for (const k of Object.getOwnPropertyNames(dns.Resolver.prototype)) if (/^(resolve|reverse)/.test(k)) trap(dns.Resolver.prototype, k, \
'dns.Resolver.' + k);
for (const [m, name] of [[http, 'http'], [https, 'https']]) for (const k of ['request', 'get']) trap(m, k, name + '.' + k);
trap(http2, 'connect', 'http2.connect');
trap(dgram, 'createSocket', 'dgram.createSocket');
trap(globalThis, 'fetch', 'fetch');
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(cp, k, 'child_process.' + k);
for (const k of ['Script', 'runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']) trap(vm, k, 'vm.' + k);
// The program is one bundle: after it, only Node's own modules may load. A config file required as code would show here.
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (!isMain && !Module.isBuiltin(request)) record('require ' + request);
  return load.apply(this, arguments);
};
globalThis.__sandboxTraps = traps;
`;

/** A control script: calls every trapped entry point through its module, then requires a file. */
const CONTROL = `
for (const [name, obj, key] of globalThis.__sandboxTraps) {
  try { key === 'Script' ? new obj[key]('1') : obj[key]('127.0.0.1', () => {}); } catch {}
}
try { require(process.env.CONTROL_REQUIRE); } catch {}
try { fetch('http://127.0.0.1:9/'); } catch {}
console.log(JSON.stringify(globalThis.__sandboxTraps.map(([name]) => name)));
`;

const CONFIG_AS_CODE = [
  '.starcoach.js',
  '.starcoach.cjs',
  'starcoach.config.js',
  'starcoach.config.cjs',
  '.starcoachrc',
  '.starcoachrc.js',
];
const CONFIG_AS_ESM = ['.starcoach.mjs', 'starcoach.config.mjs'];

/** Strings that a careless reader would run or merge into Object.prototype; none may switch we-overuse off. */
const CODE_LIKE_JSON = `{
  "files": ["**/*.star.md", "**/stories/**/*.md", "$(touch pwned-files)", "\`touch pwned-backtick\`"],
  "ignore": ["require('fs').writeFileSync('pwned-ignore', 'x')", "**/README.md"],
  "__proto__": { "rules": { "we-overuse": "off" }, "files": [] },
  "constructor": { "prototype": { "rules": { "we-overuse": "off" } } },
  "rules": {
    "__proto__": { "we-overuse": "off" },
    "constructor": { "prototype": { "we-overuse": "off" } },
    "we-overuse": { "__proto__": { "severity": "off" }, "constructor": { "prototype": { "severity": "off" } } }
  },
  "principles": [{ "name": "\${process.exit(3)}", "aliases": ["(a+)+$", "eval(1)"], "definition": \
"require('child_process').execSync('touch pwned-principle')" }],
  "level": "L6"
}`;

const story = (frontMatter: string) => `---\n${frontMatter}\n---\n${WE_STORY}`;

describe('sandbox: no network, no configuration run as code', function () {
  this.timeout(120_000);
  let dir: string;
  let clean: string;
  let preload: string;
  let log: string;
  const env = () => ({ STAR_SANDBOX_LOG: log });
  const sentinels = () => readdirSync(dir).filter((f) => f.startsWith('ran-') || f.startsWith('pwned'));
  const logged = () => readFileSync(log, 'utf8');

  before(() => {
    buildCli();
    buildServer();
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-sandbox-')));
    dir = join(root, 'project');
    clean = join(root, 'clean');
    mkdirSync(dir);
    preload = join(root, 'sandbox.cjs');
    log = join(root, 'attempts.log');
    writeFileSync(preload, PRELOAD);
    writeFileSync(log, '');
    const sentinel = (name: string) => JSON.stringify(join(dir, `ran-${name}`));
    for (const f of CONFIG_AS_CODE)
      writeFileSync(join(dir, f), `require('fs').writeFileSync(${sentinel(f)}, 'x'); module.exports = { rules: { 'we-overuse': 'off' } };`);
    for (const f of CONFIG_AS_ESM)
      writeFileSync(
        join(dir, f),
        `import { writeFileSync } from 'fs'; writeFileSync(${sentinel(f)}, 'x'); export default { rules: { 'we-overuse': 'off' } };`,
      );
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'stories', starCoach: { rules: { 'we-overuse': 'off' } }, scripts: { postinstall: 'touch pwned-script' } }),
    );
    writeFileSync(join(dir, '.starcoach.json'), CODE_LIKE_JSON);
    writeFiles(dir, {
      'stories/plain.md': WE_STORY,
      'stories/yaml-tags.md': story(
        `type: !!js/function "function () { require('fs').writeFileSync(${sentinel('yaml-function')}, 'x') ` +
          `}"\nlevel: !!js/regexp /L6/\nnote: !!js/undefined ''\nrun: !!python/object/apply:os.system ["touch ` +
          `pwned-yaml"]`,
      ),
      'stories/yaml-proto.md': story('__proto__: { star: false }\nconstructor: { prototype: { star: false } }'),
      'stories/yaml-merge.md': story('base: &base { star: false }\n<<: *base\nstar: true'),
    });
    writeFiles(clean, { 'stories/plain.md': WE_STORY });
  });
  after(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('the preload traps every network, process and code entry point, and a module load (control)', () => {
    const fixture = join(dir, '..', 'control-module.js');
    writeFileSync(fixture, 'module.exports = 1;');
    const r = spawnSync(process.execPath, ['--require', preload, '-e', CONTROL], {
      env: { ...process.env, ...env(), CONTROL_REQUIRE: fixture },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const names = JSON.parse(r.stdout) as string[];
    assert.ok(names.length >= 40, `${names.length} traps`);
    const seen = new Set(logged().trim().split('\n'));
    assert.deepEqual(
      names.filter((n) => !seen.has(n)),
      [],
      'every trap recorded its call',
    );
    assert.ok(seen.has(`require ${fixture}`));
    assert.ok(['fetch', 'net.connect', 'dns.lookup', 'https.request', 'child_process.spawn', 'vm.Script'].every((n) => seen.has(n)));
    writeFileSync(log, '');
  });

  it('the CLI lints the examples and the hostile project in every format without any attempt, and without running config', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = cli(dir, ['--format', format, '.', join(ROOT, 'examples'), clean], { nodeArgs: ['--require', preload], env: env() });
      assert.equal(r.signal, null);
      assert.equal(r.code, 2, `the code-like config is reported, exit 2: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /Warning|internal error/, r.stderr);
    }
    const r = cli(dir, ['--format', 'json', 'stories', clean], { nodeArgs: ['--require', preload], env: env() });
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const weOf = (path: string) => results.find((x) => x.filePath === path)?.messages.filter((m) => m.ruleId === 'we-overuse').length;
    for (const f of ['plain.md', 'yaml-tags.md', 'yaml-proto.md', 'yaml-merge.md'])
      assert.equal(weOf(join(dir, 'stories', f)), 2, `${f}: neither config keys nor YAML switched we-overuse or the story off`);
    assert.equal(weOf(join(clean, 'stories', 'plain.md')), 2);
    assert.equal(logged(), '', 'no network attempt, no process, no code compiled, no module loaded');
    assert.deepEqual(sentinels(), []);
    assert.ok(!existsSync(join(ROOT, 'pwned-files')));
  });

  it(
    'the server lints, hovers and offers fixes on the examples and the hostile project without any attempt, and without running ' +
      'config',
    async () => {
      // Settings that reach for Object.prototype too, as a client could send them.
      const settings = JSON.parse(
        '{ "__proto__": { "rules": { "we-overuse": "off" } }, "rules": { "__proto__": { "we-overuse": "off" } }, "debounceMs": 0 }',
      );
      const client = await TestClient.start({ rootPath: dir, nodeArgs: ['--require', preload], env: env(), settings });
      try {
        const files = [
          ...['plain.md', 'yaml-tags.md', 'yaml-proto.md', 'yaml-merge.md'].map((f) => join(dir, 'stories', f)),
          join(clean, 'stories', 'plain.md'),
          join(ROOT, 'examples', 'weak-stories.star.md'),
          join(ROOT, 'examples', 'strong-story.star.md'),
          join(ROOT, 'examples', 'stories', 'on-call-handoff.md'),
        ];
        for (const file of files) {
          const uri = uriOf(file);
          const text = readFileSync(file, 'utf8');
          // The engine in-process says whether the server will publish anything (a clean story publishes nothing).
          const r = lint(text, { path: file.startsWith(dir) ? relative(dir, file) : file });
          const flagged = r.isStory && r.findings.length + r.notices.length > 0;
          const diagnostics: Diagnostic[] = flagged
            ? (await within(client.openAndWait(uri, text), `diagnostics of ${file}`)).diagnostics
            : await client.open(uri, text).then(() => []);
          if (file.startsWith(dir) || file.startsWith(clean))
            assert.equal(ofRule(diagnostics, 'we-overuse').length, 2, `${file}: we-overuse still on`);
          const first = diagnostics.find((d) => d.code !== undefined);
          if (first) {
            assert.ok(await within(client.hover(uri, first.range.start.line, first.range.start.character), 'hover'));
            assert.ok((await within(client.codeActions(uri, first.range, diagnostics), 'code actions'))!.length > 0);
          }
        }
        // Reloading the config and the settings goes through the same readers.
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(join(dir, '.starcoach.json')), type: 2 }],
        });
        const next = client.nextDiagnostics(uriOf(join(dir, 'stories', 'plain.md')));
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        assert.equal(ofRule(await within(next, 'diagnostics after reload'), 'we-overuse').length, 2);
      } finally {
        assert.equal(await client.stop(), 0);
      }
      assert.equal(logged(), '', 'no network attempt, no process, no code compiled, no module loaded');
      assert.deepEqual(sentinels(), []);
    },
  );
});
