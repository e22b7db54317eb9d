import type { Finding, FindingGroup, Severity } from '../types';
import type { RuleMeta } from '../rule';

/** The metadata grouping reads: a rule's grouped templates. */
export type GroupMeta = (ruleId: string) => Pick<RuleMeta<object>, 'grouped'> | undefined;

export interface GroupOptions {
  /** Offsets where each story starts, ascending; a finding belongs to the last story starting at or before it. */
  storyStarts: readonly number[];
  /** The 1-based line of an offset, so a repeat can say where the first one is. */
  lineOf(offset: number): number;
  meta: GroupMeta;
}

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const STACKING = 'principle-stacking';
const SHALLOW = 'shallow-principle';

/**
 * Says each thing once per story (SPEC §9). Repeats of one rule in one story
 * become one primary finding whose message names the count, and hint-level
 * secondaries that point back to it and keep their own fixes. A
 * principle-stacking finding on a sentence whose principles shallow-principle
 * also flags is folded into the shallow-principle message, so that sentence
 * reads as one thought. Pure: findings in document order in, new findings out;
 * findings that stand alone are returned as they are.
 */
export function groupFindings(findings: readonly Finding[], options: GroupOptions): Finding[] {
  const out = findings.slice();
  const starts = options.storyStarts;
  // Findings come in document order, so each story's findings are one run: one pass, no lookups.
  let story = 0;
  let from = 0;
  for (let i = 0; i <= out.length; i++) {
    let next = story;
    if (i < out.length) while (next + 1 < starts.length && starts[next + 1] <= out[i].start) next++;
    if (i === out.length || next !== story) {
      if (i - from > 1) groupStory(out, from, i, options);
      story = next;
      from = i;
    }
  }
  return out;
}

function groupStory(out: Finding[], from: number, to: number, options: GroupOptions): void {
  const byRule = new Map<string, number[]>();
  let shallow: number[] | undefined;
  let stacking: number[] | undefined;
  for (let i = from; i < to; i++) {
    const id = out[i].ruleId;
    if (id === SHALLOW) (shallow ??= []).push(i);
    else if (id === STACKING) (stacking ??= []).push(i);
    // A message id the rule keeps apart is grouped only with its own kind, under a key of its own.
    const key = options.meta(id)?.grouped?.separate?.includes(out[i].messageId) ? `${id}\u0000${out[i].messageId}` : id;
    let list = byRule.get(key);
    if (!list) byRule.set(key, (list = []));
    list.push(i);
  }
  // A stacking finding whose sentence also has a shallow-principle finding is said by that one.
  const absorbed = shallow && stacking ? stacking.filter((i) => shallow.some((j) => within(out[j], out[i]))) : [];
  if (absorbed.length)
    byRule.set(
      STACKING,
      stacking!.filter((i) => !absorbed.includes(i)),
    );
  for (const members of byRule.values()) {
    if (members.length < 2) continue;
    const { ruleId, messageId } = out[members[0]];
    const grouped = options.meta(ruleId)?.grouped;
    // A separate kind has no grouped templates of its own: the plain counted message says it.
    groupRule(out, members, grouped?.separate?.includes(messageId) ? undefined : grouped, options);
  }
  if (absorbed.length) foldStacking(out, shallow!, absorbed, options);
}

const within = (inner: Finding, outer: Finding) => inner.start >= outer.start && inner.end <= outer.end;

function groupRule(out: Finding[], members: number[], grouped: RuleMeta<object>['grouped'], options: GroupOptions): void {
  const first = out[members[0]];
  const ranges = members.map((i) => ({ start: out[i].start, end: out[i].end }));
  const count = members.length;
  const line = options.lineOf(first.start);
  const list = grouped?.listKey ? quotedList(members.map((i) => String(out[i].data[grouped.listKey!] ?? ''))) : '';
  const extra: Record<string, string | number> = { count, line, list };
  // Compiled once per group: a story flagged on every sentence has 100,000+ repeats, and a regex per message showed in the profile.
  const many = grouped ? compiled(grouped.many) : undefined;
  const also = grouped ? compiled(grouped.also) : undefined;
  // Two group objects per group, shared by their members: 100,000 repeats need no 100,000 copies of the same facts.
  const base = { count, primaryStart: first.start, primaryEnd: first.end, members: ranges };
  const primaryGroup: FindingGroup = { role: 'primary', ...base };
  const secondaryGroup: FindingGroup = { role: 'secondary', ...base };
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    const f = out[i];
    const value = (key: string) => (key === 'index' ? k + 1 : key in extra ? extra[key] : f.data[key]);
    if (k === 0) {
      const message = many ? many(value) : `${f.message} (${count} times in this story)`;
      out[i] = regrouped(f, f.severity, message, primaryGroup);
    } else {
      const message = also ? also(value) : `${f.message} (${k + 1} of ${count}; the first is on line ${line})`;
      out[i] = regrouped(f, 'hint', message, secondaryGroup);
    }
  }
}

/** A copy written as one literal: spreading gave 280,000 copies a slower, larger shape than the findings they copy. */
function regrouped(f: Finding, severity: Severity, message: string, group: FindingGroup): Finding {
  return {
    ruleId: f.ruleId,
    severity,
    messageId: f.messageId,
    message,
    data: f.data,
    start: f.start,
    end: f.end,
    suggestions: f.suggestions,
    group,
  };
}

const COMPILED = new Map<string, ReturnType<typeof compile>>();
function compiled(template: string): ReturnType<typeof compile> {
  let fn = COMPILED.get(template);
  if (!fn) COMPILED.set(template, (fn = compile(template)));
  return fn;
}

/** A message template split once into text and `{name}` slots, filled by a lookup (unknown names stay as written, as in `format`). */
function compile(template: string): (value: (key: string) => string | number | undefined) => string {
  const parts = template.split(/\{(\w+)\}/);
  return (value) => {
    let out = parts[0];
    for (let j = 1; j < parts.length; j += 2) {
      const v = value(parts[j]);
      out += (v === undefined ? `{${parts[j]}}` : String(v)) + parts[j + 1];
    }
    return out;
  };
}

/** Distinct values, each in backticks, at most four named: "`um`, `probably` and 2 more". */
function quotedList(values: string[]): string {
  // Case-insensitive, shown as first written, except a sentence-initial capital ("Um" → "um"; "I think" stays).
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), /^\p{Lu}\p{Ll}/u.test(v) ? v.toLowerCase() : v);
  const distinct = [...seen.values()];
  const named = distinct.slice(0, 4).map((v) => `\`${v}\``);
  const rest = distinct.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
}

/**
 * Folds principle-stacking into the story's shallow-principle message: the
 * first shallow-principle finding says both, and each stacking finding becomes
 * a hint pointing to it.
 */
function foldStacking(out: Finding[], shallow: number[], absorbed: number[], options: GroupOptions): void {
  const primaryIndex = shallow[0];
  const primary = out[primaryIndex];
  const stack = out[absorbed[0]];
  const inSentence = shallow.filter((j) => within(out[j], stack)).length;
  const elsewhere = shallow.length - inSentence;
  const severity = absorbed.reduce<Severity>((s, i) => (RANK[out[i].severity] > RANK[s] ? out[i].severity : s), primary.severity);
  const message =
    `${stack.data.count} principles in one sentence (${stack.data.names}), named with a generic reason` +
    `${elsewhere > 0 ? `, and ${elsewhere} more named that way elsewhere in this story` : ''}. ` +
    'Pick the one this story proves best and back it with one thing you did and its result.';
  const group: FindingGroup = primary.group
    ? { ...primary.group, absorbs: [STACKING] }
    : {
        role: 'primary',
        count: 1,
        primaryStart: primary.start,
        primaryEnd: primary.end,
        members: [{ start: primary.start, end: primary.end }],
        absorbs: [STACKING],
      };
  out[primaryIndex] = regrouped(primary, severity, message, group);
  const line = options.lineOf(primary.start);
  const ranges = absorbed.map((i) => ({ start: out[i].start, end: out[i].end }));
  const repeat: FindingGroup = {
    role: 'secondary',
    count: absorbed.length,
    primaryStart: primary.start,
    primaryEnd: primary.end,
    members: ranges,
    absorbs: [STACKING],
  };
  for (const i of absorbed) {
    const f = out[i];
    const message = `${f.data.count} principles in one sentence; said together with shallow-principle on line ${line}.`;
    out[i] = regrouped(f, 'hint', message, repeat);
  }
}
