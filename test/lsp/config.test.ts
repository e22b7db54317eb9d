import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { TestClient, buildOnce, workspace, uriOf } from './client';
import { WE_STORY, ofRule, writeFiles } from './fixtures';

/** The severity of each we-overuse diagnostic the Problems panel lists: repeats in a story are hints pointing back to the first. */
const severities = (p: { diagnostics: Array<{ code?: unknown; severity?: number }> }) =>
  ofRule(p.diagnostics as never, 'we-overuse')
    .filter((d) => !(d.data as { repeat?: boolean } | undefined)?.repeat)
    .map((d) => d.severity);

describe('lsp: .starcoach.json', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    buildOnce();
    root = workspace();
    writeFiles(root, { '.starcoach.json': '{ "rules": { "we-overuse": "hint" } }\n' });
    client = await TestClient.start({ rootPath: root });
  });
  after(() => client.stop());

  it('applies the config file found by walking up from the story', async () => {
    const uri = uriOf(join(root, 'stories/deep/down/story.md'));
    assert.deepEqual(severities(await client.openAndWait(uri, WE_STORY)), [4]);
  });

  it('watches .starcoach.json and re-lints open stories when it changes', async () => {
    assert.ok(
      client.registrations.some(
        (r) =>
          r.method === 'workspace/didChangeWatchedFiles' &&
          JSON.stringify(r.registerOptions) === JSON.stringify({ watchers: [{ globPattern: '**/.starcoach.json' }] }),
      ),
      'a watcher for the config file is registered',
    );
    const uri = uriOf(join(root, 'stories/watched.md'));
    assert.deepEqual(severities(await client.openAndWait(uri, WE_STORY)), [4]);
    writeFileSync(join(root, '.starcoach.json'), '{ "rules": { "we-overuse": "warning" } }\n');
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(root, '.starcoach.json')), type: 2 }],
    });
    assert.deepEqual(severities(await next), [2]);
  });
});

describe('lsp: story globs', () => {
  const PROSE = [
    'Our payments API kept timing out during the holiday sale.',
    '',
    'We rewrote the retry logic. We added a circuit breaker. We moved the slow calls to a queue. I wrote the runbook.',
    '',
    'In the end timeouts dropped from 4% of calls to 0.2%.',
    '',
  ].join('\n');
  let client: TestClient;
  let root: string;
  before(async () => {
    buildOnce();
    root = workspace();
    writeFiles(root, { 'prep/.starcoach.json': '{ "files": ["interview/*.md"], "ignore": ["interview/old-*.md"] }' });
    client = await TestClient.start({ rootPath: root });
  });
  after(() => client.stop());

  it('matches files and ignore relative to the config file folder, for stories without STAR markers', async () => {
    assert.equal(ofRule(await client.openAndWait(uriOf(join(root, 'prep/interview/payments.md')), PROSE), 'we-overuse').length, 3);
    const before = client.diagnostics.length;
    const ignored = uriOf(join(root, 'prep/interview/old-payments.md'));
    const elsewhere = uriOf(join(root, 'prep/notes/payments.md'));
    await client.open(ignored, PROSE);
    await client.open(elsewhere, PROSE);
    await client.openAndWait(uriOf(join(root, 'prep/interview/after.md')), PROSE);
    assert.deepEqual(
      client.diagnostics.slice(before).filter((p) => p.uri === ignored || p.uri === elsewhere),
      [],
    );
  });
});

describe('lsp: a broken .starcoach.json', () => {
  let client: TestClient;
  let root: string;
  let configPath: string;
  before(async () => {
    buildOnce();
    root = workspace();
    configPath = join(root, '.starcoach.json');
    writeFiles(root, { '.starcoach.json': '{\n  "rules": {\n    "we-overuse": "loud"\n  }\n}\n' });
    client = await TestClient.start({ rootPath: root });
  });
  after(() => client.stop());

  it('puts one warning naming the file and key on line 0 of the story, logs it, and keeps the defaults', async () => {
    const uri = uriOf(join(root, 'stories/story.md'));
    const p = await client.openAndWait(uri, WE_STORY);
    const config = p.diagnostics.filter((d) => d.code === undefined);
    assert.equal(config.length, 1);
    assert.deepEqual(config[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 29 } });
    assert.equal(config[0].severity, 2);
    assert.equal(config[0].source, 'star-coach');
    assert.match(
      config[0].message as string,
      new RegExp(`^Config ${configPath.replace(/[.\\]/g, '\\$&')}: rules\\.we-overuse has severity "loud"`),
    );
    assert.deepEqual(severities(p), [2], 'we-overuse keeps its default severity');
    const log = await client.nextLog((l) => l.message === config[0].message);
    assert.equal(log.type, 2);
  });

  it('shows one diagnostic on the open config file, at the key, and clears it once the text is fixed', async () => {
    const uri = uriOf(configPath);
    const p = await client.openAndWait(uri, '{\n  "rules": {\n    "we-overuse": "loud"\n  }\n}\n', 'json');
    assert.equal(p.diagnostics.length, 1);
    assert.deepEqual(p.diagnostics[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 24 } });
    assert.match(p.diagnostics[0].message as string, /^rules\.we-overuse has severity "loud"/);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 23 } }, text: 'hint' }]);
    assert.deepEqual((await next).diagnostics, []);
  });

  it('reports a config file that is not JSON without failing', async () => {
    const uri = uriOf(configPath);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ text: '{ "rules": ' }]);
    const p = await next;
    assert.equal(p.diagnostics.length, 1);
    assert.match(p.diagnostics[0].message as string, /^the file is not valid JSON/);
  });
});

describe('lsp: settings from the client', () => {
  let root: string;
  before(() => {
    buildOnce();
    root = workspace();
  });

  it('asks for the starCoach section per document and applies it', async () => {
    const client = await TestClient.start({ rootPath: root, settings: { rules: { 'we-overuse': 'information' } } });
    try {
      const uri = uriOf(join(root, 'stories/settings.md'));
      assert.deepEqual(severities(await client.openAndWait(uri, WE_STORY)), [3]);
      assert.deepEqual(client.configurationRequests[0], { items: [{ scopeUri: uri, section: 'starCoach' }] });
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
      // After didChangeConfiguration the settings are asked for again.
      client.settings = { rules: { 'we-overuse': 'hint' } };
      const next = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(severities(await next), [4]);
    } finally {
      await client.stop();
    }
  });

  it('lets .starcoach.json win over the settings', async () => {
    const dir = join(root, 'with-file');
    writeFiles(dir, { '.starcoach.json': '{ "rules": { "we-overuse": "hint" } }' });
    const client = await TestClient.start({ rootPath: dir, settings: { rules: { 'we-overuse': 'information' } } });
    try {
      assert.deepEqual(severities(await client.openAndWait(uriOf(join(dir, 'stories/s.md')), WE_STORY)), [4]);
    } finally {
      await client.stop();
    }
  });

  it('logs bad settings by key and goes on with the defaults', async () => {
    const client = await TestClient.start({ rootPath: root, settings: { debounceMs: 'soon', rules: { 'we-overuse': 'loud' } } });
    try {
      assert.deepEqual(severities(await client.openAndWait(uriOf(join(root, 'stories/bad-settings.md')), WE_STORY)), [2]);
      await client.nextLog((l) => l.type === 2 && l.message.startsWith('starCoach.rules.we-overuse has severity "loud"'));
      await client.nextLog((l) => l.type === 2 && l.message.startsWith('starCoach.debounceMs must be a number'));
    } finally {
      await client.stop();
    }
  });

  it('uses the defaults when the client answers null (Neovim without settings)', async () => {
    const client = await TestClient.start({ rootPath: root, settings: null });
    try {
      assert.deepEqual(severities(await client.openAndWait(uriOf(join(root, 'stories/null.md')), WE_STORY)), [2]);
    } finally {
      await client.stop();
    }
  });

  it('still publishes diagnostics, with the defaults, to a client that never answers workspace/configuration', async () => {
    const client = await TestClient.start({ rootPath: root, settings: 'never' });
    try {
      assert.deepEqual(severities(await client.openAndWait(uriOf(join(root, 'stories/never-1.md')), WE_STORY)), [2]);
      assert.deepEqual(severities(await client.openAndWait(uriOf(join(root, 'stories/never-2.md')), WE_STORY)), [2]);
    } finally {
      await client.stop();
    }
  });

  it('uses a late workspace/configuration answer as soon as it arrives', async () => {
    const client = await TestClient.start({ rootPath: root, settings: 'later' });
    try {
      const uri = uriOf(join(root, 'stories/late.md'));
      assert.deepEqual(severities(await client.openAndWait(uri, WE_STORY)), [2], 'the defaults first');
      const next = client.nextDiagnostics(uri);
      client.answerHeld({ rules: { 'we-overuse': 'hint' } });
      assert.deepEqual(severities(await next), [4]);
    } finally {
      await client.stop();
    }
  });

  it('serves a client without workspace/configuration: defaults, then settings pushed with didChangeConfiguration', async () => {
    const client = await TestClient.start({ rootPath: root, capabilities: {} });
    try {
      const uri = uriOf(join(root, 'stories/bare.md'));
      assert.deepEqual(severities(await client.openAndWait(uri, WE_STORY)), [2]);
      const next = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { starCoach: { rules: { 'we-overuse': 'information' } } },
      });
      assert.deepEqual(severities(await next), [3]);
      assert.deepEqual(client.configurationRequests, []);
      assert.deepEqual(client.registrations, [], 'nothing is registered with a client that cannot take it');
    } finally {
      await client.stop();
    }
  });
});
