import { MarkupKind, type Hover, type Range } from 'vscode-languageserver';
import type { Finding, PrincipleMention, Story } from '../engine/types';
import { ruleById } from '../engine/rules';
import { storyStats, WORDS_PER_MINUTE } from '../engine/document/stats';
import { positionAt } from '../engine/document/positions';
import { resolveRules } from '../engine/config';
import type { Analysis } from './analysis';
import { rangeOf, ruleHref } from './diagnostics';
import { drillHoverMarkdown } from './drill-hover';

const SEPARATOR = '\n\n---\n\n';

/**
 * The hover at a document offset: for each finding there, why it costs points
 * and what to do instead; on a principle name, what it means and what deep
 * evidence looks like; on a story's title line, a short scorecard.
 */
export function hoverAt(a: Analysis, offset: number, docsDir: string): Hover | null {
  const doc = a.result?.doc;
  if (a.kind !== 'story' || !doc) return null;
  const parts: Array<{ markdown: string; start: number; end: number }> = [];
  const seen = new Set<string>();
  for (const f of a.result!.findings) {
    if (offset < f.start || offset >= Math.max(f.end, f.start + 1) || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const markdown = findingMarkdown(f, docsDir);
    if (markdown) parts.push({ markdown, start: f.start, end: f.end });
  }
  const line = positionAt(a.text, offset, a.lineStarts).line;
  // Only the story under the cursor is built: a hover in a long bank must not analyse every story.
  const story = doc.storyAt(offset);
  if (story) {
    const mention = story.sentences.flatMap((s) => s.principles).find((p) => offset >= p.start && offset < p.end);
    if (mention) parts.push({ markdown: principleMarkdown(a, mention), start: mention.start, end: mention.end });
    if (positionAt(a.text, story.titleStart, a.lineStarts).line === line) {
      parts.push({ markdown: scorecard(a, story), start: story.titleStart, end: Math.max(story.titleEnd, story.titleStart) });
      const drill = drillHoverMarkdown(a, doc, story);
      if (drill) parts.push({ markdown: drill, start: story.titleStart, end: Math.max(story.titleEnd, story.titleStart) });
    }
  }
  if (!parts.length) return null;
  const range: Range = rangeOf(a, parts[0].start, parts[0].end);
  return { contents: { kind: MarkupKind.Markdown, value: parts.map((p) => p.markdown).join(SEPARATOR) }, range };
}

function findingMarkdown(f: Finding, docsDir: string): string | undefined {
  const rule = ruleById(f.ruleId);
  if (!rule) return undefined;
  const m = rule.meta;
  return [
    `**${rule.id}**: ${m.summary}`,
    `**Why interviewers mark it down.** ${m.why}`,
    `**What a strong answer does.** ${m.strong}`,
    `**Example.**\n- Weak: "${m.example.weak}"\n- Strong: "${m.example.strong}"`,
    `**The follow-up you will get.** "${m.followUp}"`,
    `[Open the ${rule.id} rule page](${ruleHref(docsDir, rule.id)})`,
  ].join('\n\n');
}

function principleMarkdown(a: Analysis, mention: PrincipleMention): string {
  const def = a.principles.byName(mention.name);
  const out = [`**${mention.name}** (principle)`];
  if (def?.definition) out.push(`**What it means.** ${def.definition}`);
  out.push(
    `**What deep evidence looks like.** ${
      def?.evidence ?? 'A concrete thing you did yourself, the detail behind it, and a number for ' + 'what changed.'
    }`,
  );
  return out.join('\n\n');
}

function scorecard(a: Analysis, story: Story): string {
  const st = storyStats(story, wordsPerMinute(a));
  return [
    `**Scorecard: ${story.title ?? 'this story'}**`,
    [
      `- Length: ${st.words} ${st.words === 1 ? 'word' : 'words'}, about ${duration(st.seconds)} spoken at ${st.wordsPerMinute} words a minute`,
      `- Actions${st.actionsFrom === 'action' ? ' in the Action' : ''}: ${st.iActions} with \`I\`, ${st.weActions} with \`we\``,
      `- Numbers: ${st.quantities} ${st.quantities === 1 ? 'quantity' : 'quantities'}`,
      `- Principles shown: ${st.principles.length ? st.principles.join(', ') : 'none named'}`,
    ].join('\n'),
  ].join('\n\n');
}

/** The pace story-length is configured with, if it has such an option; else the default. */
function wordsPerMinute(a: Analysis): number {
  const rule = ruleById('story-length');
  const options = rule ? resolveRules({ rules: a.config.rules }, [rule])[0]?.options : undefined;
  const wpm = options?.wordsPerMinute;
  return typeof wpm === 'number' && wpm > 0 ? wpm : WORDS_PER_MINUTE;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const s = seconds % 60;
  return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
}
