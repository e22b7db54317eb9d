import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine/lint';
import { groupFindings } from '../../../server/src/engine/coaching/group';
import { RULES, ruleById } from '../../../server/src/engine/rules';
import type { Finding } from '../../../server/src/engine/types';
import { story } from '../../helpers';

const only = (text: string, ...ids: string[]) =>
  lint(text, { force: true, rules: ids.map((id) => ruleById(id)!) }).findings.filter((f) => ids.includes(f.ruleId));
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const WE_STORY = story({
  situation: 'Our checkout page timed out for one order in twenty.',
  action: 'We profiled the service. We found one slow query. We rewrote it and I reviewed the plan.',
  result: 'Timeouts fell from 5% to 0.2%.',
});

describe('coaching: say it once', () => {
  it('groups one rule in one story: one primary at the rule severity that names the count, the rest hints pointing back', () => {
    const found = only(WE_STORY, 'we-overuse');
    assert.deepEqual(
      found.map((f) => [f.severity, f.group?.role, (f.group?.members.findIndex((m) => m.start === f.start) ?? -1) + 1, f.group?.count]),
      [
        ['warning', 'primary', 1, 3],
        ['hint', 'secondary', 2, 3],
        ['hint', 'secondary', 3, 3],
      ],
    );
    assert.equal(
      found[0].message,
      '`we` is the actor in 3 Action and Result sentences, and the Action has 1 `I` to 3 `we` actions. Say ' +
        'what you did yourself: use `I` for that.',
    );
    const line = lineOf(WE_STORY, found[0].start);
    assert.equal(found[1].message, `\`We\` is the actor here too (2 of 3; the first is on line ${line}).`);
    for (const f of found.slice(1)) {
      assert.deepEqual([f.group?.primaryStart, f.group?.primaryEnd], [found[0].start, found[0].end]);
    }
    assert.deepEqual(
      found[0].group?.members,
      found.map((f) => ({ start: f.start, end: f.end })),
    );
  });

  it('keeps each occurrence fixable, at its own place', () => {
    const found = only(WE_STORY, 'we-overuse');
    const inserts = found.map((f) => f.suggestions[0].edits[0].start);
    assert.equal(new Set(inserts).size, 3, 'three different insertion points');
    for (const f of found) assert.equal(f.suggestions[0].title, 'Insert prompt: My specific contribution was …');
  });

  it('names the distinct values it groups', () => {
    const text = story({
      action: 'Um, the queue would probably have needed a second worker. I sort of owned the plan. Um, it held.',
      result: 'Lag fell by 40%.',
    });
    const [primary, ...rest] = only(text, 'hedging');
    assert.equal(
      primary.message,
      '4 hedges in this story (`um`, `probably` and `sort of`). Say it plainly, or say what you know and how you would find out.',
    );
    assert.equal(rest.length, 3);
  });

  it('groups per story, never across stories', () => {
    const text = `${WE_STORY}\n${WE_STORY.replace('## A story', '## Another story')}`;
    const found = only(text, 'we-overuse');
    assert.deepEqual(
      found.map((f) => f.group?.role),
      ['primary', 'secondary', 'secondary', 'primary', 'secondary', 'secondary'],
    );
    // Each repeat names its own story's first line, counted in whichever order the stories' groups are formed.
    assert.ok(found[1].message.endsWith(`the first is on line ${lineOf(text, found[0].start)}).`), found[1].message);
    assert.ok(found[4].message.endsWith(`the first is on line ${lineOf(text, found[3].start)}).`), found[4].message);
  });

  it('leaves a single occurrence as the rule wrote it', () => {
    const once = lint(story({ action: 'Um, I rewrote the job.', result: 'Errors fell by 30%.' }), {
      force: true,
      rules: [ruleById('hedging')!],
    }).findings;
    assert.equal(once.length, 1);
    assert.equal(once[0].group, undefined);
    assert.equal(once[0].message, '`Um` sounds unsure. Say it plainly, or say what you know and how you would find out.');
  });

  it('counts only what is still shown: a suppressed occurrence is not counted', () => {
    const two = story({
      situation: 'Our checkout page timed out.',
      action:
        'We profiled the service.\n<!-- star-coach-disable-next-line we-overuse -->\nWe found one slow ' +
        'query.\nWe rewrote it and I reviewed the plan.',
      result: 'Timeouts fell from 5% to 0.2%.',
    });
    const found = only(two, 'we-overuse');
    assert.deepEqual(
      found.map((f) => f.group?.count),
      [2, 2],
    );
  });

  it('says principle-stacking and shallow-principle on one sentence in one message', () => {
    const text = story({
      situation: 'Sales wanted a dashboard.',
      action: 'I built the dashboard in React.',
      result: 'This shows Ownership, Bias for Action and Deliver Results, because it was all for the customer.',
    });
    const found = only(text, 'principle-stacking', 'shallow-principle');
    const shown = found.filter((f) => f.group?.role !== 'secondary');
    assert.equal(shown.length, 1, 'one message for the sentence');
    assert.equal(shown[0].ruleId, 'shallow-principle');
    assert.equal(shown[0].severity, 'warning');
    assert.equal(
      shown[0].message,
      '3 principles in one sentence (Ownership, Bias for Action, Deliver Results), named with a generic ' +
        'reason. Pick the one this story proves best and back it with one thing you did and its result.',
    );
    assert.deepEqual(shown[0].group?.absorbs, ['principle-stacking']);
    const stack = found.find((f) => f.ruleId === 'principle-stacking')!;
    assert.equal(stack.severity, 'hint');
    assert.deepEqual([stack.group?.role, stack.group?.primaryStart], ['secondary', shown[0].start]);
  });

  it('is pure: the findings it is given are not changed', () => {
    const findings = lint(WE_STORY, { force: true, rules: [ruleById('we-overuse')!] }).findings;
    const raw: Finding[] = findings.map((f) => ({ ...f, group: undefined, severity: 'warning', message: 'm' }));
    const copy = structuredClone(raw);
    const grouped = groupFindings(raw, { storyStarts: [0], lineOf: () => 1, meta: (id) => ruleById(id)?.meta });
    assert.deepEqual(raw, copy);
    assert.equal(grouped.length, raw.length);
    assert.notEqual(grouped[0], raw[0]);
  });
});

describe("coaching: a rule's different kinds of finding are not folded into one template", () => {
  const text = story({
    situation: 'Our regional sales team sold to garden centres.',
    action: 'I rebuilt the territory plan and moved two reps to the north.',
    result:
      'Revenue went from £400k to £950k, so it tripled. Of the new revenue, 60% came from renewals, 35% from new accounts ' +
      'and 20% from upsells.',
  });
  it('keeps a shares overflow apart from a mismatched change, each with its own message and no unfilled placeholder', () => {
    const found = only(text, 'inconsistent-metric');
    assert.deepEqual(
      found.map((f) => [f.messageId, f.severity]),
      [
        ['multiple', 'warning'],
        ['shares', 'warning'],
      ],
    );
    for (const f of found) assert.doesNotMatch(f.message, /\{[a-z]+\}/);
  });
  it('still groups two shares overflows with the plain counted message', () => {
    const twice = `${text.trimEnd()} Of the costs, 50% went on travel, 40% on samples and 30% on events.\n`;
    const found = only(twice, 'inconsistent-metric').filter((f) => f.messageId === 'shares');
    assert.deepEqual(
      found.map((f) => f.severity),
      ['warning', 'hint'],
    );
    assert.match(found[0].message, /\(2 times in this story\)$/);
    assert.doesNotMatch(found[1].message, /\{[a-z]+\}/);
  });
});

describe('coaching: every grouped template can be filled from the findings it groups', () => {
  const keys = (template: string) =>
    [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((k) => !['count', 'line', 'list', 'index'].includes(k));
  for (const rule of RULES.filter((r) => r.meta.grouped)) {
    it(`${rule.id}: each message kind grouped under the templates carries the values they name`, () => {
      const grouped = rule.meta.grouped!;
      const needed = [...keys(grouped.many), ...keys(grouped.also)];
      for (const [id, message] of Object.entries(rule.meta.messages as Record<string, string>)) {
        if (grouped.separate?.includes(id)) continue;
        const has = new Set(keys(message));
        assert.deepEqual(
          needed.filter((k) => !has.has(k)),
          [],
          `${rule.id}/${id}`,
        );
      }
    });
  }
});
