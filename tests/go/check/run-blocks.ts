import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { outputMatches } from '../../../src/lib/go-expected-output.ts';
import type { BlockOutcome } from './check-blocks.ts';
import { runCommand } from './go-command.ts';

export interface RunResult {
  outcome: BlockOutcome;
  failure?: { what: string; detail: string };
}

/** How much of a program's error output a failure quotes. */
const QUOTED_OUTPUT = 4000;

/**
 * Runs each block's race-enabled program in a directory of its own, with a small clean
 * environment (no GOGC, GOMAXPROCS or the like from the caller), a time limit, and the race
 * detector stopping at the first race. A run fails when it races, does not end in time, exits
 * with an error, or prints something else than its `// Output:` comment.
 */
export async function runBlocks(
  outcomes: readonly BlockOutcome[],
  binaries: string,
  runDir: string,
  timeLimitMs: number,
): Promise<RunResult[]> {
  const queue = [...outcomes];
  const results: RunResult[] = [];
  const worker = async () => {
    for (let outcome = queue.shift(); outcome; outcome = queue.shift()) {
      results.push(await runOne(outcome, binaries, runDir, timeLimitMs));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return results;
}

async function runOne(
  outcome: BlockOutcome,
  binaries: string,
  runDir: string,
  timeLimitMs: number,
): Promise<RunResult> {
  const cwd = join(runDir, outcome.placed.id);
  await mkdir(cwd, { recursive: true });
  const result = await runCommand(join(binaries, outcome.placed.id), [], {
    cwd,
    // atexit_sleep_ms: the race runtime waits 1 s at exit for reports from goroutines still
    // running; these programs have ended their work by then, and 16 such seconds add up.
    env: {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: cwd,
      TMPDIR: cwd,
      GORACE: 'halt_on_error=1 atexit_sleep_ms=100',
    },
    timeoutMs: timeLimitMs,
  });
  const stderr = result.stderr.slice(0, QUOTED_OUTPUT);
  if (result.stderr.includes('WARNING: DATA RACE')) {
    return { outcome, failure: { what: 'the race detector found a data race', detail: stderr } };
  }
  if (result.timedOut) {
    return {
      outcome,
      failure: {
        what: `it did not end within ${timeLimitMs / 1000} s`,
        detail: 'Blocks marked ```go run, or with an // Output: comment, must end on their own.',
      },
    };
  }
  if (result.code !== 0) {
    return { outcome, failure: { what: `it exited with status ${result.code}`, detail: stderr || result.stdout } };
  }
  if (outcome.expected && !outputMatches(outcome.expected, result.stdout)) {
    const detail = `got:\n${indent(result.stdout.trim())}\nwant${outcome.expected.unordered ? ' (in any order)' : ''}:\n${indent(outcome.expected.text)}`;
    return { outcome, failure: { what: 'its output differs from its // Output: comment', detail } };
  }
  return { outcome };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
