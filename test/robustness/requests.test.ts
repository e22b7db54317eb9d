import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TestClient, buildOnce, SERVER, uriOf, workspace } from '../lsp/client';
import { WE_STORY, ofRule } from '../lsp/fixtures';
import { within } from './helpers';

/*
 * Requests out of order or out of shape get error answers, never a crash, and
 * the server keeps serving after each (what lsp/lifecycle.test.ts does not cover).
 */
const rejectsWith = (code: number) => (e: unknown) => e instanceof ResponseError && e.code === code;
const at = (line: number, character: number) => ({ line, character });
const range = (a: number, b: number, c: number, d: number) => ({ start: at(a, b), end: at(c, d) });

describe('requests out of order or out of shape', function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    buildOnce();
    root = workspace();
  });

  /** A bare connection, for what TestClient does for us: initialize at once, shutdown before exit. */
  function bare() {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.listen();
    const exited = new Promise<number | null>((res) => proc.once('exit', res));
    return { proc, conn, exited };
  }

  it('answers requests before initialize with ServerNotInitialized, keeps a document opened then, and initializes normally', async () => {
    const { proc, conn, exited } = bare();
    try {
      const uri = uriOf(join(root, 'stories/early.md'));
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: WE_STORY } });
      await assert.rejects(
        conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(4, 13) }),
        rejectsWith(ErrorCodes.ServerNotInitialized),
      );
      await assert.rejects(
        conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [] } }),
        rejectsWith(ErrorCodes.ServerNotInitialized),
      );
      await assert.rejects(conn.sendRequest('starCoach/unknown', {}), (e: unknown) => e instanceof ResponseError);
      const init = (await conn.sendRequest('initialize', { processId: null, rootUri: uriOf(root), capabilities: {} })) as {
        capabilities: { hoverProvider?: boolean };
      };
      assert.ok(init.capabilities.hoverProvider);
      await conn.sendNotification('initialized', {});
      assert.match(
        JSON.stringify(await within(conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(4, 13) }), 'hover')),
        /we-overuse/,
        'the document opened before initialize is known',
      );
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      assert.equal(await within(exited, 'exit'), 0);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });

  it('answers requests after shutdown with InvalidRequest, and exits with 0 on exit', async () => {
    const client = await TestClient.start({ rootPath: root });
    const uri = uriOf(join(root, 'stories/shutdown.md'));
    await within(client.openAndWait(uri, WE_STORY), 'diagnostics');
    await client.connection.sendRequest('shutdown');
    await assert.rejects(client.hover(uri, 4, 13), rejectsWith(ErrorCodes.InvalidRequest));
    await assert.rejects(client.codeActions(uri, range(0, 0, 9, 0), []), rejectsWith(ErrorCodes.InvalidRequest));
    await client.connection.sendNotification('exit');
    assert.equal(await within(client.exit(), 'exit'), 0);
  });

  it('exits with 1 on exit without shutdown, as LSP asks', async () => {
    const client = await TestClient.start({ rootPath: root });
    await client.connection.sendNotification('exit');
    assert.equal(await within(client.exit(), 'exit'), 1);
  });

  describe('after initialize', () => {
    let client: TestClient;
    let uri: string;
    /** The server is alive and still right: a hover on the flagged `We` names we-overuse. */
    const stillServing = async () => {
      assert.equal(client.proc.exitCode, null, 'still running');
      assert.match(JSON.stringify(await within(client.hover(uri, 4, 13), 'hover')), /we-overuse/);
    };
    before(async () => {
      client = await TestClient.start({ rootPath: root });
      uri = uriOf(join(root, 'stories/story.md'));
      await within(client.openAndWait(uri, WE_STORY), 'diagnostics');
    });
    after(() => client.stop());

    const MALFORMED: Array<[string, string, (uri: string) => unknown, number]> = [
      ['hover without textDocument', 'textDocument/hover', () => ({ position: at(0, 0) }), ErrorCodes.InvalidParams],
      ['hover with textDocument null', 'textDocument/hover', () => ({ textDocument: null, position: at(0, 0) }), ErrorCodes.InvalidParams],
      ['hover with params null', 'textDocument/hover', () => null, ErrorCodes.InvalidParams],
      ['hover with params as a list', 'textDocument/hover', (u) => [{ uri: u }, at(4, 13)], ErrorCodes.InvalidParams],
      ['hover without position', 'textDocument/hover', (u) => ({ textDocument: { uri: u } }), ErrorCodes.InvalidParams],
      [
        'hover on a negative line',
        'textDocument/hover',
        (u) => ({ textDocument: { uri: u }, position: at(-1, 0) }),
        ErrorCodes.InvalidParams,
      ],
      [
        'hover on a negative character',
        'textDocument/hover',
        (u) => ({ textDocument: { uri: u }, position: at(4, -13) }),
        ErrorCodes.InvalidParams,
      ],
      [
        'hover on a fractional line',
        'textDocument/hover',
        (u) => ({ textDocument: { uri: u }, position: at(4.5, 13) }),
        ErrorCodes.InvalidParams,
      ],
      [
        'hover on a position given as strings',
        'textDocument/hover',
        (u) => ({ textDocument: { uri: u }, position: { line: '4', character: '13' } }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action without textDocument',
        'textDocument/codeAction',
        () => ({ range: range(0, 0, 1, 0), context: { diagnostics: [] } }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action without context',
        'textDocument/codeAction',
        (u) => ({ textDocument: { uri: u }, range: range(0, 0, 1, 0) }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action without range',
        'textDocument/codeAction',
        (u) => ({ textDocument: { uri: u }, context: { diagnostics: [] } }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action on a negative range',
        'textDocument/codeAction',
        (u) => ({ textDocument: { uri: u }, range: range(-1, 0, 1, 0), context: { diagnostics: [] } }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action with a null diagnostic',
        'textDocument/codeAction',
        (u) => ({ textDocument: { uri: u }, range: range(0, 0, 1, 0), context: { diagnostics: [null] } }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action with a diagnostic without range',
        'textDocument/codeAction',
        (u) => ({
          textDocument: { uri: u },
          range: range(0, 0, 1, 0),
          context: { diagnostics: [{ code: 'we-overuse', source: 'star-coach', message: 'x', data: 'x' }] },
        }),
        ErrorCodes.InvalidParams,
      ],
      [
        'code action with only as a string',
        'textDocument/codeAction',
        (u) => ({ textDocument: { uri: u }, range: range(0, 0, 1, 0), context: { diagnostics: [], only: 'quickfix' } }),
        ErrorCodes.InvalidParams,
      ],
      [
        'rename (not offered)',
        'textDocument/rename',
        (u) => ({ textDocument: { uri: u }, position: at(0, 0), newName: 'x' }),
        ErrorCodes.MethodNotFound,
      ],
      [
        'completion at a negative position',
        'textDocument/completion',
        (u) => ({ textDocument: { uri: u }, position: { line: -1, character: 0 } }),
        ErrorCodes.InvalidParams,
      ],
      ['completion without textDocument', 'textDocument/completion', () => ({ position: at(0, 0) }), ErrorCodes.InvalidParams],
      ['code lens without textDocument', 'textDocument/codeLens', () => ({}), ErrorCodes.InvalidParams],
      [
        'document symbols with textDocument as a string',
        'textDocument/documentSymbol',
        (u) => ({ textDocument: u }),
        ErrorCodes.InvalidParams,
      ],
      [
        'formatting (not offered)',
        'textDocument/formatting',
        (u) => ({ textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } }),
        ErrorCodes.MethodNotFound,
      ],
      ['executeCommand (not offered)', 'workspace/executeCommand', () => ({ command: 'starCoach.fixAll' }), ErrorCodes.MethodNotFound],
      ['an unknown method', 'starCoach/explainEverything', () => ({}), ErrorCodes.MethodNotFound],
      ['story bank with params as a string', 'starCoach/storyBank', () => 'stories', ErrorCodes.InvalidParams],
      ['story bank with folders as a string', 'starCoach/storyBank', () => ({ folders: 'stories' }), ErrorCodes.InvalidParams],
      ['story bank with folders of numbers', 'starCoach/storyBank', () => ({ folders: [1, 2] }), ErrorCodes.InvalidParams],
      ['drill without textDocument', 'starCoach/drill', () => ({}), ErrorCodes.InvalidParams],
      ['drill with params null', 'starCoach/drill', () => null, ErrorCodes.InvalidParams],
      ['drill with a uri that is a number', 'starCoach/drill', () => ({ textDocument: { uri: 7 } }), ErrorCodes.InvalidParams],
      ['drill with story 0', 'starCoach/drill', (u) => ({ textDocument: { uri: u }, story: 0 }), ErrorCodes.InvalidParams],
      ['drill with story 1.5', 'starCoach/drill', (u) => ({ textDocument: { uri: u }, story: 1.5 }), ErrorCodes.InvalidParams],
    ];
    MALFORMED.forEach(([name, method, params, code]) => {
      it(`${name}: answered with error ${code}, and the server keeps serving`, async () => {
        await assert.rejects(within(client.connection.sendRequest(method, params(uri)), method), rejectsWith(code));
        await stillServing();
      });
    });

    it('answers unknown and odd URIs with nothing to say', async () => {
      const odd = [
        uriOf(join(root, 'stories/never-opened.md')),
        'untitled:Untitled-1',
        'https://example.com/stories/story.md',
        'file://%ZZ/broken.md',
        'file://server/share/story.md',
        '',
        `file:///${'x'.repeat(100_000)}.md`,
      ];
      for (const u of odd) {
        assert.equal(await within(client.hover(u, 0, 0), `hover on ${u.slice(0, 40)}`), null);
        assert.deepEqual(await within(client.codeActions(u, range(0, 0, 0, 0), []), `code actions on ${u.slice(0, 40)}`), []);
        for (const [method, extra] of [
          ['textDocument/codeLens', {}],
          ['textDocument/documentSymbol', {}],
          ['textDocument/completion', { position: at(0, 0) }],
        ] as const) {
          assert.deepEqual(
            await within(client.connection.sendRequest(method, { textDocument: { uri: u }, ...extra }), `${method} on ${u.slice(0, 40)}`),
            [],
          );
        }
      }
      await stillServing();
    });

    it('answers positions past the end with nothing, and code actions for forged or stale diagnostics without failing', async () => {
      assert.equal(await client.hover(uri, 1_000_000_000, 0), null);
      assert.equal(await client.hover(uri, 4, 1_000_000_000), null);
      const forged = {
        range: range(4, 12, 4, 14),
        code: 'we-overuse',
        source: 'star-coach',
        message: 'x',
        data: { ruleId: 'we-overuse', messageId: 'nope', start: 1e9, end: -5, version: 999 },
      };
      const past = { range: range(999, 0, 999, 5), code: 'hedging', source: 'star-coach', message: 'x' };
      const foreign = { range: range(4, 12, 4, 14), code: 42, source: 'other-linter', message: 'x' };
      for (const d of [forged, past, foreign])
        assert.ok(Array.isArray(await within(client.codeActions(uri, range(0, 0, 999, 0), [d as never]), 'code actions')));
      assert.ok(Array.isArray(await within(client.codeActions(uri, range(9, 0, 0, 0), []), 'code actions on a reversed range')));
      await stillServing();
    });

    it('shrugs off malformed notifications and still lints the story right afterwards', async () => {
      const other = uriOf(join(root, 'stories/other.md'));
      const n = (method: string, params: unknown) => client.connection.sendNotification(method, params);
      await n('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: 42 } });
      await n('textDocument/didOpen', { textDocument: null });
      await n('textDocument/didOpen', null);
      await n('textDocument/didChange', { textDocument: { uri, version: 0 }, contentChanges: null });
      await n('textDocument/didChange', {
        textDocument: { uri: uriOf(join(root, 'stories/closed.md')), version: 2 },
        contentChanges: [{ range: range(0, 0, 0, 0), text: 'x' }],
      });
      await n('textDocument/didClose', { textDocument: { uri: 'file:///nowhere.md' } });
      await n('textDocument/didClose', { textDocument: { uri: other } });
      await n('textDocument/didClose', { textDocument: { uri: other } });
      await n('workspace/didChangeConfiguration', null);
      await n('workspace/didChangeWatchedFiles', { changes: 'all of them' });
      await n('$/cancelRequest', { id: 987654 });
      await n('$/setTrace', { value: 'verbose' });
      await n('starCoach/somethingHappened', { x: 1 });
      await stillServing();
      // Still right: a full-text change to the story is linted with its two we-overuse findings.
      const next = client.nextDiagnostics(uri, (p) => ofRule(p, 'we-overuse').length > 0);
      await client.change(uri, [{ text: WE_STORY }]);
      assert.equal(ofRule(await within(next, 'diagnostics'), 'we-overuse').length, 2);
    });

    it('shrugs off bytes that are not JSON-RPC at all', async () => {
      const raw = (body: string) => client.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      raw('{not json');
      raw('[]');
      raw('{"jsonrpc":"2.0"}');
      raw('{"jsonrpc":"2.0","id":77,"result":"an answer to nothing"}');
      raw('"just a string"');
      await stillServing();
    });
  });
});
