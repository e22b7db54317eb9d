#!/usr/bin/env node
// The `star-coach` command: parse the arguments, run, set the exit code. The work lives in cli/.
import './v8-flags-cli';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './cli/main';
import { serveJobs, setWorkerScript } from './cli/pool';

if (!isMainThread && (workerData as { starCoachWorker?: boolean } | undefined)?.starCoachWorker) {
  // A worker thread of a large batch (cli/pool.ts): it checks the files it is handed.
  serveJobs(parentPort!);
} else {
  setWorkerScript(__filename);
  main();
}

function main(): void {
  // `star-coach … | head`: when the reader closes the pipe, stop quietly, as other command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  const fail = (err: unknown) => {
    process.stderr.write(`star-coach: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  };
  try {
    runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      out: (text) => void process.stdout.write(text),
      err: (text) => void process.stderr.write(text),
      readStdin,
    }).then((code) => {
      process.exitCode = code;
    }, fail);
  } catch (err) {
    fail(err);
  }
}

/** All of standard input as UTF-8 (for `--stdin`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
