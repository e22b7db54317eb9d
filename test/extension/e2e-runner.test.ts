import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/*
 * The end-to-end step's runner decides between running, skipping and failing
 * before it installs anything: these cases stop at that decision.
 */
const root = join(__dirname, '..', '..');
const run = (env: Record<string, string>) =>
  spawnSync('bash', [join(root, 'test/e2e/run.sh')], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });

describe('end-to-end runner (test/e2e/run.sh)', () => {
  it('skips with a reason and exit 0 when the browser it is told to use does not exist', () => {
    const r = run({ STAR_COACH_E2E: 'auto', CHROME_PATH: '/nonexistent/chrome' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /e2e: SKIPPED: CHROME_PATH=\/nonexistent\/chrome is not an executable file/);
  });

  it('fails, never skips, when the end-to-end step is required (as in CI)', () => {
    const r = run({ STAR_COACH_E2E: 'required', CHROME_PATH: '/nonexistent/chrome' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /e2e: FAILED: .*required.*CHROME_PATH=\/nonexistent\/chrome/);
  });

  it('can be switched off explicitly', () => {
    const r = run({ STAR_COACH_E2E: 'off' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /e2e: SKIPPED: STAR_COACH_E2E=off/);
  });
});
