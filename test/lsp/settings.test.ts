import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings } from '../../server/src/lsp/settings';

// VS Code sends every contributed setting with its default; the defaults must never be reported as problems.
describe('settings as VS Code sends them', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties as Record<string, { default?: unknown }>;
  const defaults: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(props)) {
    const path = key.replace(/^starCoach\./, '').split('.');
    let o = defaults;
    for (const part of path.slice(0, -1)) o = (o[part] ??= {}) as Record<string, unknown>;
    o[path[path.length - 1]] = p.default;
  }

  it('accepts the manifest defaults without a problem', () => {
    assert.deepEqual(parseSettings(defaults).problems, []);
  });

  it('treats an empty level as unset', () => {
    assert.equal(parseSettings({ ...defaults, level: '' }).config.level, undefined);
    assert.equal(parseSettings({ ...defaults, level: 'L6' }).config.level, 'L6');
  });

  it('still reports a level that is not one', () => {
    assert.match(parseSettings({ level: 'L99' }).problems.join('\n'), /starCoach\.level/);
  });
});
