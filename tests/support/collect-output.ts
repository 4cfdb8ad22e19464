import { spawn } from 'node:child_process';

export interface CollectedOutput {
  code: number | null;
  /** stdout and stderr together, in the order they arrived. */
  output: string;
}

/** Runs a command to the end and resolves with its exit code and its output. */
export function collectOutput(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<CollectedOutput> {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}
