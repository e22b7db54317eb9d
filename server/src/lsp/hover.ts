import { MarkupKind, type Hover, type Range } from 'vscode-languageserver';
import type { Finding, PrincipleMention } from '../engine/types';
import { ruleById } from '../engine/rules';
import { positionAt } from '../engine/document/positions';
import { paceOf, scorecardOf } from '../engine/coaching/scorecard';
import type { Analysis } from './analysis';
import { rangeOf, ruleHref } from './diagnostics';
import { drillHoverMarkdown } from './drill-hover';
import { scorecardMarkdown } from './scorecard';

const SEPARATOR = '\n\n---\n\n';

/**
 * The hover at a document offset: for each finding there, why it costs points
 * and what to do instead; on a principle name, what it means and what deep
 * evidence looks like; on a story's title line, the story's scorecard first.
 * Several story-level flags on one title each get a short answer (what was
 * found, the follow-up to expect, the rule page) instead of every rule's full
 * explanation one after another.
 */
export function hoverAt(a: Analysis, offset: number, docsDir: string): Hover | null {
  const doc = a.result?.doc;
  if (a.kind !== 'story' || !doc) return null;
  const parts: Array<{ markdown: string; start: number; end: number }> = [];
  const here: Finding[] = [];
  const seen = new Set<string>();
  for (const f of a.result!.findings) {
    if (offset < f.start || offset >= Math.max(f.end, f.start + 1) || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    here.push(f);
  }
  const line = positionAt(a.text, offset, a.lineStarts).line;
  // Only the story under the cursor is built: a hover in a long bank must not analyse every story.
  const story = doc.storyAt(offset);
  const onTitle = !!story && positionAt(a.text, story.titleStart, a.lineStarts).line === line;
  if (story && onTitle) {
    const card = scorecardOf(story, a.result!.findings, paceOf(a.config));
    parts.push({ markdown: scorecardMarkdown(card), start: story.titleStart, end: Math.max(story.titleEnd, story.titleStart) });
  }
  const compact = onTitle && here.length > 1;
  for (const f of here) {
    const markdown = findingMarkdown(f, docsDir, compact);
    if (markdown) parts.push({ markdown, start: f.start, end: f.end });
  }
  if (story) {
    const mention = story.sentences.flatMap((s) => s.principles).find((p) => offset >= p.start && offset < p.end);
    if (mention) parts.push({ markdown: principleMarkdown(a, mention), start: mention.start, end: mention.end });
    // The follow-ups to expect, after the scorecard and the flags of the title.
    if (onTitle) {
      const drill = drillHoverMarkdown(a, doc, story);
      if (drill) parts.push({ markdown: drill, start: story.titleStart, end: Math.max(story.titleEnd, story.titleStart) });
    }
  }
  if (!parts.length) return null;
  const range: Range = rangeOf(a, parts[0].start, parts[0].end);
  return { contents: { kind: MarkupKind.Markdown, value: parts.map((p) => p.markdown).join(SEPARATOR) }, range };
}

function findingMarkdown(f: Finding, docsDir: string, compact: boolean): string | undefined {
  const rule = ruleById(f.ruleId);
  if (!rule) return undefined;
  const m = rule.meta;
  // The follow-up for the way the rule fired (too long or too short), where the rule has one per message.
  const followUp = m.followUps?.[f.messageId] ?? m.followUp;
  const link = `[Open the ${rule.id} rule page](${ruleHref(docsDir, rule.id)})`;
  // A story-level flag sits on the title with the others; its own message says what this story lacks.
  const headline = m.level === 'story' ? `**${rule.id}**: ${f.message}` : `**${rule.id}**: ${m.summary}`;
  if (compact) return [headline, `**The follow-up you will get.** "${followUp}"`, link].join('\n\n');
  return [
    headline,
    `**Why interviewers mark it down.** ${m.why}`,
    `**What a strong answer does.** ${m.strong}`,
    `**Example.**\n- Weak: "${m.example.weak}"\n- Strong: "${m.example.strong}"`,
    `**The follow-up you will get.** "${followUp}"`,
    link,
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
