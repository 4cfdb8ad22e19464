import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds `gofmt` for the Go code check: on PATH, in the usual install locations, or, as root on
 * Debian, from the `golang-go` package installed with apt-get. Otherwise it says how to get one.
 */
export function resolveGofmt(): string {
  const found = findGofmt();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log('[go] No gofmt found: installing Debian\'s "golang-go" package with apt-get…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'golang-go'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findGofmt();
    if (installed) return installed;
  }
  throw new Error(
    'No gofmt found. Install Go (https://go.dev/dl/) or, on Debian/Ubuntu, `sudo apt-get install golang-go`.',
  );
}

function findGofmt(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(delimiter).map((directory) => join(directory, 'gofmt'));
  return [...onPath, '/usr/lib/go/bin/gofmt', '/usr/local/go/bin/gofmt'].find((candidate) => existsSync(candidate));
}
