import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether this machine can install a missing tool itself: root, on Debian, with apt-get. */
export function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** Installs a Debian package without questions, saying why first (the build or tests need it). */
export function installDebianPackage(name: string, why: string): void {
  console.log(`[setup] ${why}: installing Debian's "${name}" package with apt-get…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', name], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
