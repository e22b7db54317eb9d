import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule } from '../engine/rule';
import type { Severity } from '../engine/types';
import type { FileResult } from './lint-files';
import { relativeInside } from './files';
import { ruleDocUri, repositoryWeb, VERSION } from './rule-docs';

/** SARIF has no hint or information level; both are notes. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const SRCROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run. Every registered rule is listed in
 * `tool.driver.rules` (so `ruleIndex` is stable between runs); file locations
 * are relative to the working folder (`%SRCROOT%`) as code-scanning services
 * expect; regions use 1-based lines and UTF-16 columns, end exclusive.
 */
export function formatSarif(results: readonly FileResult[], opts: { cwd: string; rules: readonly AnyRule[] }): string {
  const index = new Map(opts.rules.map((r, i) => [r.id, i]));
  const repo = repositoryWeb();
  const driver = {
    name: 'star-coach',
    version: VERSION,
    semanticVersion: VERSION,
    ...(repo ? { informationUri: repo } : {}),
    rules: opts.rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.meta.summary },
      fullDescription: { text: r.meta.why },
      help: { text: r.meta.strong },
      helpUri: ruleDocUri(r.id),
      defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
      properties: { tags: ['star', r.meta.level] },
    })),
  };
  const sarifResults = results.flatMap((file) =>
    file.messages.map((m) => {
      const i = m.ruleId === null ? undefined : index.get(m.ruleId);
      return {
        ...(m.ruleId !== null ? { ruleId: m.ruleId } : {}),
        ...(i !== undefined ? { ruleIndex: i } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(file.filePath, opts.cwd),
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativeInside(cwd, file);
  if (rel) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(file).href };
}
