import type { AnyRule, OptionBounds } from '../rule';

/** The documentation page of a rule, generated from its metadata and examples. */
export function rulePage(rule: AnyRule): string {
  const m = rule.meta;
  const lines: string[] = [];
  lines.push(`# ${rule.id}`, '', `${m.summary}`, '');
  lines.push(
    `- Checks: ${m.level === 'sentence' ? 'each sentence' : 'the whole story'}`,
    `- Default severity: \`${m.defaultSeverity}\``,
    '',
  );
  lines.push('## Why interviewers mark it down', '', m.why, '');
  lines.push('## What a strong answer does', '', m.strong, '');
  lines.push('## Example', '', `Weak: "${m.example.weak}"`, '', `Strong: "${m.example.strong}"`, '');
  lines.push('## The follow-up you will get', '');
  if (m.followUps) for (const [id, text] of Object.entries(m.followUps)) lines.push(`- After \`${id}\`: "${text}"`);
  else lines.push(`"${m.followUp}"`);
  lines.push('');
  lines.push('## Messages', '');
  for (const [id, text] of Object.entries(m.messages)) lines.push(`- \`${id}\`: ${text}`);
  lines.push('');
  if (m.grouped) {
    lines.push(
      'When it fires more than once in a story, it says so once: the first occurrence carries the count, and each other one is a',
      'hint that points back to it and keeps its own quick fix.',
      '',
      `- First: ${m.grouped.many}`,
      `- Each other: ${m.grouped.also}`,
      '',
    );
  }
  const opts = Object.entries(m.defaultOptions as Record<string, unknown>);
  lines.push('## Options', '');
  if (!opts.length) lines.push('None.', '');
  else {
    lines.push('| option | default | meaning |', '| --- | --- | --- |');
    const bounds = (m.optionBounds ?? {}) as Record<string, OptionBounds | undefined>;
    for (const [k, v] of opts) {
      const doc = (m.optionDocs as Record<string, string>)[k] ?? '';
      lines.push(`| \`${k}\` | \`${JSON.stringify(v)}\` | ${doc}${typeof v === 'number' ? ` ${boundsInWords(bounds[k])}` : ''} |`);
    }
    lines.push('');
  }
  const optsExample = opts.length
    ? `{ "severity": "${m.defaultSeverity}", ${opts.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(', ')} }`
    : `"${m.defaultSeverity}"`;
  lines.push('In `.starcoach.json`:', '', '```json', `{ "rules": { "${rule.id}": ${optsExample} } }`, '```', '');
  lines.push(
    '## Switching it off',
    '',
    `For every story: \`{ "rules": { "${rule.id}": "off" } }\` in \`.starcoach.json\`, or the \`starCoach.rules\` setting.`,
    '',
  );
  lines.push(
    `For one line: \`<!-- star-coach-disable-next-line ${rule.id} -->\` on the line before. For one ` +
      `file: \`<!-- star-coach-disable-file ${rule.id} -->\`.`,
    '',
  );
  lines.push('## Examples that fire', '');
  for (const ex of rule.examples.invalid) lines.push(`### ${ex.name}`, '', '```markdown', ex.text.trimEnd(), '```', '');
  lines.push('## Examples that stay silent', '');
  for (const ex of rule.examples.valid) lines.push(`### ${ex.name}`, '', '```markdown', ex.text.trimEnd(), '```', '');
  return lines.join('\n');
}

/** What a number option must be, in words, from the same bounds the validator reads. */
function boundsInWords(b: OptionBounds | undefined): string {
  const floor = b?.above === undefined ? 'At least 0' : `Greater than ${b.above}`;
  return `${floor}${b?.aboveOption ? ` and greater than \`${b.aboveOption}\`` : ''}.`;
}
