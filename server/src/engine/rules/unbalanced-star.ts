import type { Rule } from '../rule';
import { titleRange } from '../rule';

interface Options {
  /** Fire when Situation + Task words exceed this many times the Action's words. */
  ratio: number;
}

export const unbalancedStar: Rule<Options> = {
  id: 'unbalanced-star',
  meta: {
    level: 'story',
    defaultSeverity: 'information',
    summary: 'The setup (Situation and Task) runs longer than the Action.',
    why:
      'Interviewers score what you did. Every minute spent on background is a minute not spent on your decisions, and a long setup ' +
      'often signals a story the candidate watched rather than drove. Most interviewers cut in with "so what did you do?" when the ' +
      'setup drags.',
    strong:
      'Keeps the Situation and Task to a few sentences: just enough context to make the stakes clear. The Action gets the most time, ' +
      'and names the decisions, the trade-offs and how you brought people along.',
    example: {
      weak: 'Two paragraphs on the company, the org chart and the history of the system, then "I fixed it."',
      strong: 'One sentence of context, one of the goal, then five sentences on how I found the cause, what I changed and who I convinced.',
    },
    followUp: 'Let me stop you there: what did you personally do?',
    messages: {
      unbalanced: 'Situation and Task run {setup} words, the Action {action}. Shorten the setup and spend the time on what you did.',
    },
    defaultOptions: { ratio: 1 },
    optionDocs: { ratio: 'Fire when Situation and Task together have more than this many times the words of the Action.' },
  },
  examples: {
    valid: [
      {
        name: 'a short setup and a full Action',
        text:
          '## Payment retries\n\n**Situation:** Card payments failed for 3% of orders.\n\n**Task:** I owned the ' +
          'fix.\n\n**Action:** I traced the failures to a timeout on the bank side, added idempotency keys so retries were safe, and ' +
          'rolled the change out region by region while watching the error rate.\n\n**Result:** Failures fell to 0.4%.\n',
      },
    ],
    invalid: [
      {
        name: 'a long setup and a one-line Action',
        text:
          '## Reporting\n\n**Situation:** Finance built the monthly report by hand from three spreadsheets, and every month two ' +
          'analysts spent two days checking each line before anyone would sign it off.\n\n**Task:** My manager asked me to make the ' +
          'report faster and less error-prone before the audit.\n\n**Action:** I built a dbt model.\n\n**Result:** The report now ' +
          'takes 4 hours instead of 2 days.\n',
        expect: ['unbalanced'],
      },
    ],
  },
  check({ story, options, report }) {
    const explicit = story.sections.filter((s) => s.explicit);
    const action = explicit.filter((s) => s.kind === 'action');
    if (!action.length) return;
    const actionWords = action.reduce((n, s) => n + s.words, 0);
    if (actionWords === 0) return;
    // A combined "Situation and Task" section is counted once.
    const setup = explicit.filter((s) => s.kind === 'situation' || s.kind === 'task').reduce((n, s) => n + s.words, 0);
    if (setup <= actionWords * options.ratio) return;
    report({ messageId: 'unbalanced', data: { setup, action: actionWords }, ...titleRange(story) });
  },
};
