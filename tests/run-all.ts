import { spawn } from 'node:child_process';
import { resolveChromiumPath } from '../src/build/chromium.ts';
import { ROOT_BUILD } from './support/builds.ts';

/**
 * `npm test`: every check, in two lanes that run side by side (the machines this runs on have
 * two cores or more). The site lane builds both sites and drives the browser tests against
 * them; the code lane runs the static checks, the unit tests and the Go check. Within a lane, steps run in order
 * and a failure stops that lane; the other lane finishes, so one run reports everything.
 * Each step's output is printed whole when it ends, so two lanes never interleave lines.
 */
const LANES: Record<string, string[]> = {
  // The fixture builds and the dev-server tests need no site build; they follow the browser
  // tests because the Go check, cold, is the longest step of all, and the lanes end together.
  site: ['build', 'build:base', 'test:e2e', 'test:build', 'test:dev'],
  code: ['lint', 'check', 'test:unit', 'test:go'],
};

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

async function runLane(lane: string, scripts: readonly string[]): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const script of scripts) {
    const result = await runScript(lane, script);
    results.push(result);
    if (!result.ok) break;
  }
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
    `  ${result.ok ? '✔' : '✘'} ${result.script.padEnd(12)} ${String(result.seconds).padStart(5)} s  (${result.lane})`,
  );
}
for (const script of skipped) console.log(`  – ${script.padEnd(12)}  not run (an earlier step of its lane failed)`);
console.log(`  total ${Math.round((performance.now() - started) / 1000)} s`);
process.exit(results.every((result) => result.ok) && skipped.length === 0 ? 0 : 1);
