import { spawn } from 'node:child_process';
import { resolveChromiumPath } from '../src/build/chromium.ts';
import { ROOT_BUILD } from './support/builds.ts';

/**
 * `npm test`: every check, in two lanes that run side by side (the machines this runs on have
 * two cores or more). Within a lane, steps run in order and a failure stops that lane; the other
 * lane finishes, so one run reports everything. Each step's output is printed whole when it ends,
 * so two lanes never interleave lines.
 *
 * Every step is CPU-bound, so the lanes are balanced rather than grouped by kind: the site lane
 * builds the site and runs its browser tests, the longest step of all; the code lane runs the
 * static checks, the unit tests, the Go check and the builds that must fail on bad input, none of
 * which needs the site, then the base-path build and its browser tests. The dev-server tests come
 * last in the site lane, when the code lane is done: they wait on file watching and hot reloads,
 * and beside the browser tests' full load an edit's overlay was missed (two runs out of two).
 */
const LANES: Record<string, string[]> = {
  site: ['build', 'test:e2e', 'test:dev'],
  code: ['lint', 'check', 'test:unit', 'test:go', 'test:build', 'build:base', 'test:e2e:base'],
};

/**
 * Steps that wait for a step of the other lane: the base-path build starts once the root build has
 * drawn every diagram into the shared cache, instead of drawing them a second time beside it.
 */
const NEEDS: Record<string, string> = { 'build:base': 'build' };

/**
 * `astro check` runs beside `astro build` and both sync content into Astro's cache: with one cache
 * they rename the same data-store file, and under load one build failed with ENOENT. The root
 * build gets a repository address, whatever the shell that runs `npm test` has set.
 */
const STEP_ENV: Record<string, Record<string, string>> = {
  check: { ASTRO_CACHE_DIR: './node_modules/.astro-check' },
  // The root site is tested with its repository links; `build:base` always builds without them.
  build: { REPO_URL: ROOT_BUILD.repoUrl },
};

interface StepResult {
  lane: string;
  script: string;
  ok: boolean;
  seconds: number;
}

function runScript(lane: string, script: string): Promise<StepResult> {
  const started = performance.now();
  console.log(`▶ [${lane}] npm run ${script}`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], {
      shell: process.platform === 'win32',
      env: { ...process.env, FORCE_COLOR: '0', ...STEP_ENV[script] },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      const seconds = Math.round((performance.now() - started) / 1000);
      const ok = code === 0;
      console.log(
        `\n${ok ? '✔' : '✘'} [${lane}] npm run ${script}: ${ok ? 'passed' : `failed (exit ${code})`} in ${seconds} s`,
      );
      console.log(output.trimEnd());
      resolve({ lane, script, ok, seconds });
    });
  });
}

/** Whether each step passed, settled when it ends or when its lane stops before it. */
const passed = new Map<string, PromiseWithResolvers<boolean>>(
  Object.values(LANES)
    .flat()
    .map((script) => [script, Promise.withResolvers<boolean>()]),
);

async function runLane(lane: string, scripts: readonly string[]): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const script of scripts) {
    const needed = NEEDS[script];
    if (needed && !(await passed.get(needed)?.promise)) break;
    const result = await runScript(lane, script);
    passed.get(script)?.resolve(result.ok);
    results.push(result);
    if (!result.ok) break;
  }
  // Steps this lane did not run have not passed (settling twice changes nothing).
  for (const script of scripts) passed.get(script)?.resolve(false);
  return results;
}

const started = performance.now();
// Found (or installed) once, before two lanes could both try to install it.
console.log(`Browser for diagrams and tests: ${resolveChromiumPath()}`);
const results = (await Promise.all(Object.entries(LANES).map(([lane, scripts]) => runLane(lane, scripts)))).flat();
const skipped = Object.entries(LANES).flatMap(([lane, scripts]) =>
  scripts.filter((script) => !results.some((result) => result.lane === lane && result.script === script)),
);

console.log('\nSummary');
for (const result of results) {
  console.log(
    `  ${result.ok ? '✔' : '✘'} ${result.script.padEnd(14)} ${String(result.seconds).padStart(5)} s  (${result.lane})`,
  );
}
for (const script of skipped)
  console.log(`  – ${script.padEnd(14)}  not run (an earlier step of its lane, or one it waits for, failed)`);
console.log(`  total ${Math.round((performance.now() - started) / 1000)} s`);
process.exit(results.every((result) => result.ok) && skipped.length === 0 ? 0 : 1);
