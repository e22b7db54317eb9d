import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by the CLI's and the language server's entry points (the CLI
 * through v8-flags-cli.ts, which adds its own flag), so it runs before any
 * rule's regular expression is first used (in every worker thread too: the
 * flag is the process's). V8 first compiles a regular expression to bytecode and
 * interprets it, then compiles it again to machine code once it runs a second
 * time. The rules' large phrase patterns nearly all run again, so the bytecode
 * is wasted, and for them it is the slower compile: a fresh process's first
 * lint took about 280 ms with it and 90 ms without. Only the time to compile
 * changes, never what a pattern matches. The CLI and the server each own their
 * process (the editor starts the server as a process of its own); the engine,
 * which others embed, sets no flag.
 */
setFlagsFromString('--no-regexp-tier-up');
