// The .vsix that `npm run package` builds (test:e2e builds it before mocha runs):
// only the bundles, grammar, schema, rule pages, README, LICENSE and icon, under 5 MB,
// with nothing left to resolve from node_modules.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = path.resolve(__dirname, '..', '..');
const VSIX = path.join(root, 'star-coach.vsix');
const MAX_BYTES = 5 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** The entries of a zip file, read from its central directory (no zip64: a .vsix is small). */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'not a zip file: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeader: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function zipRead(buf: Buffer, e: ZipEntry): Buffer {
  const h = e.localHeader;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  assert.equal(e.method, 8, `${e.name}: unexpected compression method ${e.method}`);
  return inflateRawSync(data);
}

/** Files under a repo folder, as posix paths relative to the repo. */
function filesUnder(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

describe('star-coach.vsix', () => {
  let buf: Buffer;
  let entries: ZipEntry[];
  let files: string[];

  before(() => {
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package`);
    buf = fs.readFileSync(VSIX);
    entries = zipEntries(buf);
    files = entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
  });

  it('is under 5 MB', () => {
    assert.ok(buf.length < MAX_BYTES, `star-coach.vsix is ${(buf.length / 1024 / 1024).toFixed(2)} MB`);
  });

  it('holds exactly the manifest, bundles, grammar, schema, rule pages, README, LICENSE and icon', () => {
    // vsce stores README.md as readme.md and LICENSE as LICENSE.txt.
    const expected = [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md',
      'extension/LICENSE.txt',
      'extension/images/icon.png',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/schema/starcoach.schema.json',
      ...filesUnder('syntaxes').map((f) => `extension/${f}`),
      ...filesUnder('docs/rules').map((f) => `extension/${f}`),
    ];
    assert.deepEqual([...files].sort(), [...new Set(expected)].sort());
  });

  it('ships a page for every rule and at least one grammar', () => {
    assert.ok(files.some((f) => /^extension\/docs\/rules\/we-overuse\.md$/.test(f)));
    assert.ok(files.some((f) => /^extension\/syntaxes\/.+\.json$/.test(f)));
  });

  it('carries the manifest of star-coach, pointing at the bundled client', () => {
    const pkg = JSON.parse(zipRead(buf, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
    assert.equal(pkg.name, 'star-coach');
    assert.equal(pkg.displayName, 'STAR Coach');
    assert.equal(pkg.main, './dist/extension.js');
    const jsonValidation = (pkg.contributes?.jsonValidation ?? []) as Array<{ url: string }>;
    for (const v of jsonValidation) {
      assert.ok(files.includes(`extension/${v.url.replace(/^\.\//, '')}`), `jsonValidation url ${v.url} is not in the .vsix`);
    }
    for (const g of (pkg.contributes?.grammars ?? []) as Array<{ path: string }>) {
      assert.ok(files.includes(`extension/${g.path.replace(/^\.\//, '')}`), `grammar ${g.path} is not in the .vsix`);
    }
  });

  it('needs nothing from node_modules: the bundles require only Node.js built-ins and vscode', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const name of ['extension/dist/extension.js', 'extension/dist/server.js']) {
      const entry = entries.find((e) => e.name === name);
      assert.ok(entry, `${name} missing`);
      const code = zipRead(buf, entry).toString('utf8');
      const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
      const outside = [...required].filter((m) => !builtins.has(m) && !(name.endsWith('extension.js') && m === 'vscode'));
      assert.deepEqual(outside, [], `${name} requires modules that are not bundled`);
    }
  });
});
