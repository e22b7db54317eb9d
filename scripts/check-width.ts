/*
 * Biome wraps code at 140 columns but never splits a string, a template or a
 * comment. This check fails when any line of the TypeScript and JavaScript
 * sources runs past 140 columns, so the width holds for everything a reader sees.
 *
 * It also fails on a control character other than a tab or a line end. One in a
 * pattern's source (a backspace written where `\b` was meant, by an edit through
 * another language's string) passes the build's ASCII check and silently turns a
 * lookahead into one that never matches; it happened twice before this check.
 * Tests that need such characters build them with escapes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const WIDTH = 140;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.js', '*.cjs', '*.mjs'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const long: string[] = [];
const control: string[] = [];
// Any C0 control character but tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    if ([...line].length > WIDTH) long.push(`${file}:${i + 1}: ${[...line].length} columns`);
    const c = CONTROL.exec(line);
    if (c) control.push(`${file}:${i + 1}: U+${c[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} at column ${c.index + 1}`);
  });
}
if (long.length) console.error(`${long.length} line(s) over ${WIDTH} columns:\n${long.join('\n')}`);
if (control.length) console.error(`${control.length} line(s) with a control character:\n${control.join('\n')}`);
if (long.length || control.length) process.exit(1);
console.log(`${files.length} files, no line over ${WIDTH} columns, no control character`);
