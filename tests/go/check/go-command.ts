import { spawn } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import type { GoToolchain } from '../../../src/build/go-toolchain.ts';

/** How to run the go command for the check: which toolchain, in which directory, with which settings. */
export interface GoSetup {
  toolchain: GoToolchain;
  cwd: string;
  /** GOPATH, GO111MODULE, GOCACHE and the like, on top of the cleaned environment. */
  env: Record<string, string>;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * The environment the go command runs in: the caller's, minus what would make another Go than
 * the chosen one answer (GOROOT, GOTOOLCHAIN switching, GOFLAGS, a go.work, cross-compiling).
 */
export function goEnvironment(setup: GoSetup): NodeJS.ProcessEnv {
  const { GOROOT: _root, GOOS: _os, GOARCH: _arch, ...inherited } = process.env;
  return {
    ...inherited,
    PATH: [dirname(setup.toolchain.go), process.env.PATH ?? ''].join(delimiter),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '',
    GOWORK: 'off',
    CGO_ENABLED: '1', // -race needs cgo
    ...setup.env,
  };
}

export function runGo(
  setup: GoSetup,
  args: readonly string[],
  options: { timeoutMs?: number } = {},
): Promise<CommandResult> {
  return runCommand(setup.toolchain.go, args, { cwd: setup.cwd, env: goEnvironment(setup), ...options });
}

/** Runs a command to its end (or its time limit), collecting what it prints. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; input?: string },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const { input } = options;
    const spawnOptions = { cwd: options.cwd, env: options.env };
    // Without input the child gets no stdin pipe at all; the two calls keep stdout and stderr typed as pipes.
    const child =
      input === undefined
        ? spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(command, args, { ...spawnOptions, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
    if (input !== undefined && child.stdin) {
      // A child may exit before reading all its input (a crash, a kill at the time limit): the
      // write then fails with EPIPE, and the exit code, not the write, tells what happened.
      child.stdin.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') reject(error);
      });
      child.stdin.end(input);
    }
  });
}

/** Go prints JSON values one after another (go list -json, go vet -json): split them and parse each. */
export function parseJsonStream<T>(text: string): T[] {
  const values: T[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') {
      if (depth === 0) start = index;
      depth++;
    } else if (char === '}' && --depth === 0) values.push(JSON.parse(text.slice(start, index + 1)) as T);
  }
  return values;
}
