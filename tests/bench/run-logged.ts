import { spawn } from 'node:child_process';

/**
 * Runs a command to the end and resolves with its stdout and stderr together, or rejects with
 * the log's tail when it fails: a benchmark that measured a failing step would print nonsense.
 */
export function runLogged(
  what: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('close', (code) =>
      code === 0 ? resolve(log) : reject(new Error(`${what} failed:\n${log.slice(-4000)}`)),
    );
  });
}
