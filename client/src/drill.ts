import { Position, Range, Selection, TextEditorRevealType, ThemeColor, window, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DrillEntry } from '../../server/src/engine/drill';

/** The server's request (README: "Story bank and drill for other editors"). */
const DRILL_REQUEST = 'starCoach/drill';

const highlight = window.createTextEditorDecorationType({
  backgroundColor: new ThemeColor('editor.findMatchHighlightBackground'),
  isWholeLine: true,
});

/**
 * "Drill This Story": the follow-up questions of the story under the cursor,
 * one at a time in an input box, with the line each one is about highlighted.
 * The writer's notes are kept, and saved as a comment under the story only
 * when they ask for it.
 */
export async function drillStory(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor?.document.languageId !== 'markdown') {
    void window.showInformationMessage('Open a story file to drill it.');
    return;
  }
  const entries = await client.sendRequest<DrillEntry[]>(DRILL_REQUEST, { textDocument: { uri: editor.document.uri.toString() } });
  const cursor = editor.selection.active.line + 1;
  let index = 0;
  entries.forEach((e, i) => {
    if (e.line <= cursor) index = i;
  });
  const story = entries[index];
  if (!story?.questions.length) {
    void window.showInformationMessage('This story has no decisions, numbers or "we" sentences to drill yet.');
    return;
  }
  const notes: Array<{ question: string; note: string }> = [];
  try {
    for (const [i, q] of story.questions.entries()) {
      show(editor, q.line, q.column);
      const note = await window.showInputBox({
        title: `Drill: ${story.title} (${i + 1} of ${story.questions.length}${q.depth > 1 ? `, follow-up ${q.depth - 1}` : ''})`,
        prompt: q.question,
        placeHolder: 'Say your answer out loud; type a note if you want to keep one (Enter: next, Escape: stop)',
        ignoreFocusOut: true,
      });
      if (note === undefined) break;
      if (note.trim()) notes.push({ question: q.question, note: note.trim() });
    }
  } finally {
    editor.setDecorations(highlight, []);
  }
  if (!notes.length) return;
  const save = await window.showInformationMessage(
    `Save your ${notes.length === 1 ? 'note' : `${notes.length} notes`} as a comment under "${story.title}"?`,
    'Save as Comment',
    'Discard',
  );
  if (save !== 'Save as Comment') return;
  const next = entries[index + 1];
  await insertNotes(editor, next ? next.line - 1 : editor.document.lineCount, notes);
}

function show(editor: TextEditor, line: number, column: number): void {
  const at = new Position(line - 1, column - 1);
  editor.selection = new Selection(at, at);
  editor.setDecorations(highlight, [new Range(at, at)]);
  editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Inserts the notes as an HTML comment (invisible in rendered Markdown) before the next story's title, or at the end. */
async function insertNotes(editor: TextEditor, line: number, notes: Array<{ question: string; note: string }>): Promise<void> {
  // "--" cannot appear inside an HTML comment.
  const safe = (t: string) => t.replace(/--/g, '- -');
  const body = notes.map((n) => `Q: ${safe(n.question)}\nA: ${safe(n.note)}`).join('\n\n');
  const doc = editor.document;
  const at = line >= doc.lineCount ? doc.lineAt(doc.lineCount - 1).range.end : new Position(line, 0);
  const before = line >= doc.lineCount ? (doc.lineAt(doc.lineCount - 1).text ? '\n\n' : '\n') : '';
  await editor.edit((e) => e.insert(at, `${before}<!-- star-coach drill notes\n${body}\n-->\n\n`));
}
