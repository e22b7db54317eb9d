import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules';
import { levelRank, requiredScope } from '../../../server/src/engine/language/scope';
import { story } from '../../helpers';

const ID = 'level-scope';
const rule = ruleById(ID)!;

/** Lints a story at a level (front matter, or the config when `from` says so). */
function atLevel(level: string | undefined, parts: Parameters<typeof story>[0], from: 'front' | 'config' = 'front') {
  const body = story(parts);
  const text = level && from === 'front' ? `---\nlevel: ${level}\n---\n\n${body}` : body;
  const config = level && from === 'config' ? { level } : {};
  return lint(text, { force: true, rules: [rule], config }).findings;
}

const OWN_TASK = {
  situation: 'Our nightly export job took six hours and often missed the 7 a.m. report.',
  action: 'I profiled the job, found that it sorted the whole table twice, and rewrote the batching so it sorted once.',
  result: 'The job now finishes in 50 minutes.',
};

describe(ID, () => {
  it("fires on an L7 story that stays inside the writer's own task", () => {
    const [f] = atLevel('L7', OWN_TASK);
    assert.equal(f?.messageId, 'belowLevel');
    assert.match(f.message, /your own task for an L7 story, which asks for several teams or the organisation/);
  });

  it("fires on an L6 story told entirely as the writer's own work", () => {
    assert.equal(atLevel('L6', OWN_TASK).length, 1);
  });

  it('reads the level from the config when the front matter has none, and front matter wins over config', () => {
    assert.equal(atLevel('L7', OWN_TASK, 'config').length, 1);
    const text = `---\nlevel: L5\n---\n\n${story(OWN_TASK)}`;
    assert.equal(lint(text, { force: true, rules: [rule], config: { level: 'L7' } }).findings.length, 0);
  });

  const silent: Array<[string, string | undefined, Parameters<typeof story>[0]]> = [
    ['no level set', undefined, OWN_TASK],
    ['a mid level', 'L5', OWN_TASK],
    ['a junior level', 'junior', OWN_TASK],
    [
      'an L6 story where the writer brings their team along',
      'L6',
      { ...OWN_TASK, action: 'I profiled the job, then coached two engineers on my team to rewrite the batching with me.' },
    ],
    [
      'an L7 story that crosses teams',
      'L7',
      { ...OWN_TASK, result: 'The job finishes in 50 minutes, and the four other data teams now use the same batching guideline.' },
    ],
    [
      'an L8 story with the organisation in it',
      'L8',
      { ...OWN_TASK, action: 'I wrote the export standard and took it to the leadership team, who made it company-wide.' },
    ],
    [
      'an L6 story of influence without authority',
      'L6',
      { ...OWN_TASK, task: 'I needed HR and the agency to change things I did not manage.' },
    ],
  ];
  for (const [name, level, parts] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(atLevel(level, parts), []));
  }

  it('does not count team context in the Situation as reach', () => {
    assert.equal(atLevel('L7', { ...OWN_TASK, situation: 'Three teams depended on our export, and it took six hours.' }).length, 1);
  });

  it('maps level words onto the ladder', () => {
    assert.deepEqual(['L4', 'senior', 'staff', 'principal', 'l8', 'lead'].map(levelRank), [4, 6, 7, 7, 8, undefined]);
    assert.deepEqual(['L5', 'L6', 'L7', 'distinguished', 'senior'].map(requiredScope), ['own', 'team', 'teams', 'teams', 'own']);
  });
});

describe(`${ID}: others taking up the writer's work`, () => {
  it('stays silent on an L6 story whose config other groups took up', () =>
    assert.deepEqual(
      atLevel('senior', {
        ...OWN_TASK,
        result: 'The job now finishes in 50 minutes. The 3 other cores in the regional network took up my scheduler config.',
      }),
      [],
    ));
  it('reads another unit adopting the work as reach beyond the own team', () =>
    assert.deepEqual(
      atLevel('L7', {
        ...OWN_TASK,
        result: 'The job now finishes in 50 minutes. The falls team now uses our one-page structure on two other wards.',
      }),
      [],
    ));
  for (const result of [
    'The job now finishes in 50 minutes, and my team now uses our new dashboard every morning.',
    'The job now finishes in 50 minutes. The team now uses our runbook.',
  ]) {
    it(`still fires on an L7 story where only the own team uses the work: ${result}`, () =>
      assert.equal(atLevel('L7', { ...OWN_TASK, result }).length, 1));
  }
  it('still fires on an L6 story where only the writer took something up', () =>
    assert.equal(
      atLevel('L6', { ...OWN_TASK, result: 'The job now finishes in 50 minutes. I took up the other scheduler config myself.' }).length,
      1,
    ));
});

describe(`${ID}: "senior" alone names no rung`, () => {
  const own = { ...OWN_TASK, result: 'The job now finishes in 50 minutes. I took up the other scheduler config myself.' };
  it('stays silent on a "senior" story that stays within the own task', () => assert.deepEqual(atLevel('senior', own), []));
  it('stays silent however "senior" is written', () => assert.deepEqual(atLevel(' Senior ', own), []));
  for (const level of ['L6', 'staff', 'principal'])
    it(`still asks for reach at ${level}`, () => assert.equal(atLevel(level, own).length, 1));
});

describe(`${ID}: managers the writer does not manage, functions brought together, several teams of one's own, someone coached`, () => {
  const reach: Array<[string, string]> = [
    ['L7', 'I asked all 38 shop managers to log any item worth over £50 for four weeks.'],
    ['L7', 'I brought legal, risk and engineering together and kept them aligned to one launch date.'],
    ['L7', 'My teams delivered most of the items on the plan within the quarter.'],
    ['L7', 'I filed tickets for the remaining four flaky tests with their owning teams.'],
    ['L6', 'I coached her through her first vendor call instead of making it myself.'],
  ];
  for (const [level, action] of reach)
    it(`reads reach at ${level}: ${action}`, () => assert.deepEqual(atLevel(level, { ...OWN_TASK, action }), []));
  const own: Array<[string, string]> = [
    ['L7', 'I rewrote the scheduler myself and tuned the batch size.'],
    ['L6', 'I worked out the new rota myself and tested it for two weeks.'],
  ];
  for (const [level, action] of own)
    it(`still fires on own work at ${level}: ${action}`, () => assert.equal(atLevel(level, { ...OWN_TASK, action }).length, 1));
});

describe(`${ID}: other units taking the work up, staff trained by count, work alongside others, next-time plans`, () => {
  const reach: Array<[string, string, string]> = [
    ['senior', 'I rewrote the night handover sheet.', 'Two other elderly care wards have since adopted the same bay allocation sheet.'],
    ['senior', 'I trained all 19 night staff on the new bay allocation over four weeks.', 'Falls fell from 9 a month to 4.'],
    ['L6', 'I book two half-days a week with the checkout team to fix the worst tests.', 'Flaky runs fell from 12% to 1.5%.'],
    ['L6', 'She asked me to mentor her, and we set up a weekly 1:1.', 'She ran the June launch herself.'],
  ];
  const own: Array<[string, string, string]> = [
    [
      'L6',
      'I rewrote the tests myself over two sprints.',
      'Flaky runs fell from 12% to 1.5%. Next time I would check in with the developers during the build.',
    ],
    ['L6', 'I rewrote the handover sheet on my own.', 'Falls fell from 9 a month to 4, and I kept the sheet for my own shifts.'],
  ];
  readsReach(reach, own);
});

describe(`${ID}: a product manager's reach, partners brought to a change, work taken up elsewhere in the passive`, () => {
  const reach: Array<[string, string, string]> = [
    ['L6', 'I dropped the report builder, told the engineers on Monday and did the demo to the account managers.', 'We shipped on time.'],
    ['L6', 'I got the delivery partner to agree to a 24-hour turnaround on manual addresses.', 'Failures fell from 7% to 2.8%.'],
    ['L6', 'I got the engineers to add a contract test on the partner feed.', 'The alert has fired twice since.'],
    ['L6', 'I built the manual address path.', 'Failures fell from 7% to 2.8%. The path is now used by our sister brand as well.'],
    ['L6', 'I added a line to our launch checklist, which now every PM in the group uses.', 'Conversion rose 3.1%.'],
  ];
  const own: Array<[string, string, string]> = [
    ['L6', 'I told myself to check the feed every morning and built the manual address path.', 'Failures fell from 7% to 2.8%.'],
    ['L6', 'I built the manual address path.', 'Failures fell from 7% to 2.8%, and the path is now used by most shoppers on mobile.'],
  ];
  readsReach(reach, own);
});

describe(`${ID}: outside parties convened on the writer's problem`, () => {
  const reach: Array<[string, string, string]> = [
    [
      'L6',
      'I took the weight limit to the traffic manager and the bus operator together, and we agreed a window for the works.',
      'The bearings went in over 9 nights instead of 14.',
    ],
    ['L6', 'I set up a joint method review with the gas network engineer before signing off the design.', 'No services were struck.'],
  ];
  const own: Array<[string, string, string]> = [
    ['L6', 'I took the drawings home and checked the jacking loads on my own.', 'The bearings went in over 9 nights instead of 14.'],
    ['L6', 'I set up a review of my own calculations before signing off the design.', 'No services were struck.'],
  ];
  readsReach(reach, own);
});

describe(`${ID}: the whole of what the organisation runs`, () => {
  const reach: Array<[string, string, string]> = [
    ['L7', 'I put all 212 bridges across the whole portfolio on one scour scale and took three options to the county.', 'Closures fell.'],
    ['L7', 'I agreed one inspection standard with every area contractor.', 'All 31 high-risk bridges were inspected by March.'],
    ['L8', 'I made one scour review mandatory across all of engineering.', 'Scour closures fell from 12 to 4 a year.'],
  ];
  const own: Array<[string, string, string]> = [
    ['L7', 'I walked across the road to the river bridge and checked the scour depth myself.', 'The bridge reopened a day early.'],
    ['L8', 'I checked all of the scour readings myself across two nights.', 'Scour closures fell from 12 to 4 a year.'],
  ];
  readsReach(reach, own);
});

describe(`${ID}: growing someone through regular time with them, training the shifts, working with a squad`, () => {
  const reach: Array<[string, string, string]> = [
    ['L6', 'We set up a weekly 1:1, and I asked her to bring her own plan to each one.', 'She ran the launch on her own by March.'],
    ['L6', 'I sat in on her first two design reviews and gave my feedback privately afterwards.', 'She ran the launch by March.'],
    ['L6', 'I made the new slotting map and trained all 3 shifts myself at the start of each shift.', 'Errors fell to 0.4%.'],
    ['L6', 'I booked two half-days a week with the checkout squad, and we fixed the tests in pairs.', 'Flaky runs fell to 1.5%.'],
  ];
  const own: Array<[string, string, string]> = [
    ['L6', 'I sat in on the first two vendor calls and wrote the integration myself.', 'The integration shipped by March.'],
  ];
  readsReach(reach, own);
});

describe(`${ID}: plants, depots and branches counted, and the managers who run them`, () => {
  const reach: Array<[string, string, string]> = [
    [
      'L7',
      'I took the changeover standard to all four plants and had each team leader write their own version.',
      'Median changeover fell 67%.',
    ],
    ['L7', 'I asked my four plant managers to pilot quick clamps before I approved any new press.', 'We avoided $4.8M of capital.'],
    ['L7', 'I rolled the new cycle counts out to six depots over one quarter.', 'Stock accuracy rose to 99.1%.'],
    ['L8', 'I sponsored focus groups at every site and agreed an action plan with the site leaders.', 'Engagement rose from 48% to 61%.'],
    ['L7', 'I took one business case through three boards and the regional funder.', 'The ledger went live in 14 months.'],
  ];
  const own: Array<[string, string, string]> = [
    ['L7', 'I rebuilt the changeover spreadsheet for the press line myself.', 'Median changeover fell 67%.'],
    ['L7', 'I counted the bees at each site myself and compared my counts with hers.', 'Our counts agreed within 5% by week three.'],
  ];
  readsReach(reach, own);
});

/** Each `reach` story reads beyond the writer's own task at its level; each `own` one still fires once. */
function readsReach(reach: Array<[string, string, string]>, own: Array<[string, string, string]>): void {
  for (const [level, action, result] of reach)
    it(`reads reach at ${level}: ${action} ${result}`, () => assert.deepEqual(atLevel(level, { ...OWN_TASK, action, result }), []));
  for (const [level, action, result] of own)
    it(`still fires on own work at ${level}: ${action} ${result}`, () =>
      assert.equal(atLevel(level, { ...OWN_TASK, action, result }).length, 1));
}
