import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type GoSetup, runGo } from './go-command.ts';

/** How long the module proxy may take to answer before the check builds against Debian's sources instead. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * The module proxy the go command would use, if it answers: the first entry of `go env GOPROXY`
 * when it is a URL that lists golang.org/x/sync's versions (or a file:// proxy that exists).
 * `off`, `direct` (fetching from each repository) and an unreachable proxy all mean none.
 */
export async function reachableModuleProxy(setup: GoSetup): Promise<string | undefined> {
  const { stdout } = await runGo(setup, ['env', 'GOPROXY']);
  const first = (stdout.trim().split(/[,|]/)[0] ?? '').replace(/\/$/, '');
  if (first.startsWith('file://')) return existsSync(fileURLToPath(first)) ? first : undefined;
  if (!/^https?:\/\//.test(first)) return undefined;
  try {
    const response = await fetch(`${first}/golang.org/x/sync/@v/list`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.ok ? first : undefined;
  } catch {
    return undefined;
  }
}
