import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';

/** The package version, for --version and SARIF. */
export const VERSION: string = pkg.version;

/**
 * Where a rule's page `docs/rules/<id>.md` can be opened: on the repository
 * named in package.json when there is one, else in the installed package.
 */
export function ruleDocUri(id: string): string {
  const repo = repositoryWeb();
  if (repo) return `${repo}/blob/HEAD/docs/rules/${encodeURIComponent(id)}.md`;
  return pathToFileURL(join(packageRoot(), 'docs', 'rules', `${id}.md`)).href;
}

/** The repository's web address when package.json names a GitHub or GitLab repository. */
export function repositoryWeb(): string | undefined {
  const r = (pkg as { repository?: string | { url?: string } }).repository;
  const url = typeof r === 'string' ? r : r?.url;
  if (!url) return undefined;
  const m =
    /^(?:git\+)?(?:https?:\/\/|git@|ssh:\/\/git@)?(github\.com|gitlab\.com)[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(github):([^/]+\/[^/]+)$/.exec(url);
  if (!m) return undefined;
  return `https://${m[1] === 'github' ? 'github.com' : m[1]}/${m[2]}`;
}

let root: string | undefined;

/** The folder that holds package.json and docs/: dist/.. when bundled, the repository in tests. */
function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) return (root = dirname(__dirname));
    dir = up;
  }
}
