import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { canInstallWithApt, installDebianPackage } from './debian-packages.ts';

/**
 * Finds `gofmt` for the Go code check: on PATH, in the usual install locations, or, as root on
 * Debian, from the `golang-go` package installed with apt-get. Otherwise it says how to get one.
 */
export function resolveGofmt(): string {
  const found = findGofmt();
  if (found) return found;
  if (canInstallWithApt()) {
    installDebianPackage('golang-go', 'No gofmt found for the Go code check');
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
