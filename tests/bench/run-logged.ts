import { collectOutput } from '../support/collect-output.ts';

/**
 * Runs a command to the end and resolves with its output, or rejects with the output's tail when
 * it fails: a benchmark that measured a failing step would print nonsense.
 */
export async function runLogged(
  what: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<string> {
  const { code, output } = await collectOutput(command, args, options);
  if (code !== 0) throw new Error(`${what} failed:\n${output.slice(-4000)}`);
  return output;
}
