import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce as buildCli } from '../cli/helpers';
import { TestClient, buildOnce as buildServer, uriOf } from '../lsp/client';

/*
 * STAR Coach is fully local: nothing is read from or sent to the network, and no
 * configuration is ever run as code. A preload script wraps every network entry
 * point of Node.js to record an attempt and throw; the CLI and the server run
 * under it, and a control proves the trap really catches an attempt.
 */
const ROOT = join(__dirname, '..', '..');
const PRELOAD = `
const fs = require('fs');
const LOG = process.env.STAR_NET_LOG;
const trap = (name) => function () { fs.appendFileSync(LOG, name + '\\n'); throw new Error('network is not allowed: ' + name); };
const net = require('net'), tls = require('tls'), dns = require('dns'), http = require('http'), https = require('https'), dgram = require('dgram');
net.Socket.prototype.connect = trap('net.Socket.connect');
net.connect = net.createConnection = trap('net.connect');
tls.connect = trap('tls.connect');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[k] = trap('dns.' + k);
dns.promises.lookup = trap('dns.promises.lookup');
http.request = http.get = trap('http.request');
https.request = https.get = trap('https.request');
dgram.createSocket = trap('dgram.createSocket');
globalThis.fetch = trap('fetch');
`;

describe('sandbox: no network, no configuration run as code', function () {
  this.timeout(120_000);
  let dir: string;
  let preload: string;
  let log: string;
  before(() => {
    buildCli();
    buildServer();
    dir = mkdtempSync(join(tmpdir(), 'star-coach-sandbox-'));
    preload = join(dir, 'no-network.cjs');
    log = join(dir, 'network.log');
    writeFileSync(preload, PRELOAD);
    writeFileSync(log, '');
    // Configuration files in every form some tools execute; each would leave a sentinel if run.
    const sentinel = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(dir, `ran-${name}`))}, 'x'); module.exports = {};`;
    for (const f of ['.starcoach.js', '.starcoach.cjs', 'starcoach.config.js', '.starcoachrc.js']) writeFileSync(join(dir, f), sentinel(f));
    writeFileSync(join(dir, '.starcoach.mjs'), `import { writeFileSync } from 'fs'; writeFileSync(${JSON.stringify(join(dir, 'ran-mjs'))}, 'x'); export default {};`);
    // Strings that look like code, and a prototype key that must not switch a rule off.
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ files: ['**/*.star.md', '$(touch pwned)'], ignore: ["require('fs')"], rules: JSON.parse('{"__proto__": {"we-overuse": "off"}}'), __proto__: { rules: { 'we-overuse': 'off' } } }));
    mkdirSync(join(dir, 'stories'));
    writeFileSync(join(dir, 'stories', 'story.star.md'), [
      '---',
      'type: !!js/function "function () { require(\'fs\').writeFileSync(\'' + join(dir, 'ran-yaml') + '\', \'x\') }"',
      'level: !!js/regexp /L6/',
      '---',
      '## Scaling search',
      '',
      '**Situation:** Traffic doubled.',
      '',
      '**Action:** We redesigned the index. We added a cache. I reviewed it.',
      '',
      '**Result:** Latency fell from 900 ms to 250 ms.',
      '',
    ].join('\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--require', preload, join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, env: { ...process.env, STAR_NET_LOG: log }, encoding: 'utf8' });

  it('the trap catches a network attempt (control)', () => {
    const r = spawnSync(process.execPath, ['--require', preload, '-e', 'fetch("http://127.0.0.1:9/").catch(() => {})'], { env: { ...process.env, STAR_NET_LOG: log }, encoding: 'utf8' });
    assert.notEqual(r.status, null);
    assert.match(readFileSync(log, 'utf8'), /fetch/);
    writeFileSync(log, '');
  });

  it('the CLI lints every format without touching the network or running config files', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = run(['--format', format, 'stories', join(ROOT, 'examples')]);
      assert.ok(r.status === 0 || r.status === 1 || r.status === 2, r.stderr);
    }
    const json = JSON.parse(run(['--format', 'json', 'stories']).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.ok(json[0].messages.some((m) => m.ruleId === 'we-overuse'), 'a __proto__ key did not switch we-overuse off');
    assert.equal(readFileSync(log, 'utf8'), '', 'no network attempt');
    assert.deepEqual(['.starcoach.js', '.starcoach.cjs', 'starcoach.config.js', '.starcoachrc.js', 'mjs', 'yaml'].filter((n) => existsSync(join(dir, `ran-${n}`))), []);
    assert.ok(!existsSync(join(dir, 'pwned')));
  });

  it('the server lints, hovers and offers fixes without touching the network or running config files', async () => {
    const client = await TestClient.start({ rootPath: dir, nodeArgs: ['--require', preload], env: { STAR_NET_LOG: log } });
    try {
      const uri = uriOf(join(dir, 'stories', 'story.star.md'));
      const p = await client.openAndWait(uri, readFileSync(join(dir, 'stories', 'story.star.md'), 'utf8'));
      const we = p.diagnostics.filter((d) => d.code === 'we-overuse');
      assert.ok(we.length >= 2, 'a __proto__ key did not switch we-overuse off');
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: we[0].range.start });
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: we[0].range, context: { diagnostics: [we[0]] } });
    } finally {
      await client.stop();
    }
    assert.equal(readFileSync(log, 'utf8'), '', 'no network attempt');
    assert.deepEqual(['.starcoach.js', '.starcoach.cjs', 'starcoach.config.js', '.starcoachrc.js', 'mjs', 'yaml'].filter((n) => existsSync(join(dir, `ran-${n}`))), []);
    assert.equal(({} as Record<string, unknown>).rules, undefined);
  });
});
