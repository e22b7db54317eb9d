import type { Rule } from '../rule';
import { teamSubjectEnd } from '../language/actors';
import { storyStats } from '../document/stats';
import { promptAfterSentence } from '../fixes';

interface Options {
  /** Fire when I-actions are fewer than this share of we-actions (1 = fewer I than we). */
  minRatio: number;
  ignore: string[];
}

export const weOveruse: Rule<Options> = {
  id: 'we-overuse',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'The Action says "we" where the interviewer needs to hear what you did.',
    why:
      'An interviewer scores you, not your team. When the Action is told as "we", they cannot tell what you decided or built ' +
      'yourself, so they either spend follow-up time digging for it or assume you were along for the ride.',
    strong:
      'Name your own moves with "I": what you analysed, proposed, built or persuaded people of. Keep "we" for the team context and for ' +
      'results the team shared, and say plainly who did the rest.',
    example: {
      weak: 'We found the bottleneck and we added a cache.',
      strong: 'I profiled the checkout service, found that 70% of the time went to one query, and designed the cache that removed it.',
    },
    followUp: 'What was your part in that, specifically? What would not have happened without you?',
    messages: {
      weActor: '`{actor}` is the actor here, and the Action has {i} `I` to {we} `we` actions. Say what you did: use `I`.',
    },
    grouped: {
      many:
        '`we` is the actor in {count} Action and Result sentences, and the Action has {i} `I` to {we} `we` actions. ' +
        'Say what you did yourself: use `I` for that.',
      also: '`{actor}` is the actor here too ({index} of {count}; the first is on line {line}).',
    },
    defaultOptions: { minRatio: 1, ignore: [] },
    optionDocs: {
      minRatio: 'Fire when the Action has fewer `I` actions than this many times its `we` actions (1: fewer I than we).',
      ignore: 'Team subjects to accept, as underlined: `["our"]` leaves "our team …" sentences unflagged.',
    },
  },
  examples: {
    valid: [
      {
        name: 'team context in the Situation, ownership in the Action',
        text:
          '## Checkout latency\n\n**Situation:** We were a team of six and our checkout page was slow.\n\n**Action:** I profiled ' +
          'the service and I found one query taking 70% of the time. I rewrote it and we shipped the fix together.\n\n**Result:** P99 ' +
          'latency fell from 850 ms to 300 ms.\n',
      },
      {
        name: '"our team" as the object, not the actor',
        text:
          '## Onboarding\n\n**Situation:** New hires took a month to ship.\n\n**Action:** I asked our team to pair with each new ' +
          'hire for a week. I wrote the onboarding guide myself.\n\n**Result:** Time to first commit fell from 30 days to 6.\n',
      },
    ],
    invalid: [
      {
        name: 'the whole Action told as "we"',
        text:
          '## Scaling\n\n**Situation:** Traffic doubled in a year.\n\n**Action:** We redesigned the architecture. We identified ' +
          'the bottlenecks and we added caching. I reviewed the plan.\n\n**Result:** We saw great improvements in performance.\n',
        expect: ['weActor', 'weActor', 'weActor'],
      },
    ],
  },
  check({ doc, story, options, report }) {
    const { iActions: i, weActions: we } = storyStats(story);
    if (we === 0 || i >= we * options.minRatio) return;
    for (const s of story.sentences) {
      if (s.part !== 'action' && s.part !== 'result') continue;
      // "We were a team of five", "everyone was proud": a state, not an action told as the team's.
      if (s.actor !== 'we' || !s.actorToken || !s.actorActs) continue;
      const t = s.actorToken;
      // "The teams", "our whole team": the subject as written, not only its first word.
      const at = s.tokens.indexOf(t);
      const last = s.tokens[Math.max(at, teamSubjectEnd(s.tokens, at))];
      const actor = doc.text.slice(t.start, last.end).replace(/\s+/g, ' ');
      // Never "we" → "I": that claims the team's work, and the first follow-up takes it apart. Ask for the writer's own part instead.
      const prompt = promptAfterSentence(
        s,
        'Insert prompt: My specific contribution was …',
        'My specific contribution was ${1:what I did myself}.',
      );
      const suggestions = [{ ...prompt, preferred: true }];
      report({ messageId: 'weActor', data: { actor, i, we }, start: t.start, end: last.end, suggestions });
    }
  },
};
