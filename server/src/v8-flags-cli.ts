import './v8-flags';
import { setFlagsFromString } from 'node:v8';

/*
 * The CLI's own V8 flag, imported first by its entry point (worker threads
 * share the process's flags). A CLI run lasts seconds, most of it warming up:
 * a fresh thread's first few hundred stories run while the optimizing
 * compiler works on a background thread. Its inlining makes each optimized
 * function's compile several times larger, and on a machine whose cores all
 * lint (two threads on two cores) those compiles take their time from the
 * lint. Inlining only small callees cut the CPU time of 1,000 story files in
 * two threads from about 3.6 s to 3.3 s, and a single lint of the 1.1 MB bench
 * file from 1.7 s to 1.5 s. Only speed changes, never a result. The language
 * server, which lives for hours and re-lints the same code on every edit,
 * keeps V8's default.
 */
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
