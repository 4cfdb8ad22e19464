import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import {
  candidateVersions,
  type DebianSuite,
  fetchAndUnpackWhole,
  updateSuite,
  whyNoDebianFetch,
} from './debian-sid.ts';
import { withDirectoryLock } from './directory-lock.ts';

/** The Go the check uses, and a sentence saying which one and where it came from. */
export interface GoToolchain {
  go: string;
  gofmt: string;
  /** `go1.27.3` */
  version: string;
  origin: string;
}

/** How many newer release lines of Debian's golang-1.NN packages are tried when 1.NN itself is gone. */
const NEWER_LINES_TRIED = 3;

/**
 * A Go at least as new as `1.<minor>`: the first new enough of `go` on PATH, `$GOROOT/bin`,
 * `/usr/local/go/bin`, `/usr/lib/go-1.NN/bin` and a toolchain fetched earlier into `cacheDir`.
 * Otherwise Debian sid's golang-1.NN-go and golang-1.NN-src are downloaded with a private apt
 * configuration and unpacked into `cacheDir` (nothing is installed). Fails saying how to install
 * Go when neither works.
 */
export async function resolveGoToolchain(minor: number, cacheDir: string, suite: DebianSuite): Promise<GoToolchain> {
  const tooOld: string[] = [];
  const found = findGo(minor, cacheDir, tooOld);
  if (found) return found;
  const passedOver = tooOld.length > 0 ? ` (too old: ${tooOld.join(', ')})` : '';
  const why = whyNoDebianFetch();
  if (why) {
    throw new Error(
      `No Go 1.${minor} or newer found${passedOver}, and it cannot be fetched from Debian here: ${why}. ` +
        `Install Go 1.${minor} or newer (https://go.dev/dl/) and put its bin directory on PATH.`,
    );
  }
  console.log(`[go] no Go 1.${minor} or newer found${passedOver}: fetching one from Debian sid…`);
  await withDirectoryLock(join(cacheDir, 'toolchain'), () => fetchDebianGo(minor, cacheDir, suite));
  const fetched = findGo(minor, cacheDir, []);
  if (!fetched) throw new Error(`Debian's Go was unpacked into ${cacheDir}/toolchain but does not run.`);
  return fetched;
}

function findGo(minor: number, cacheDir: string, tooOld: string[]): GoToolchain | undefined {
  const candidates: Array<[string, string]> = [
    ...(process.env.PATH ?? '').split(delimiter).map((dir): [string, string] => [join(dir, 'go'), 'on PATH']),
    ...(process.env.GOROOT ? [[join(process.env.GOROOT, 'bin/go'), 'in $GOROOT'] as [string, string]] : []),
    ['/usr/local/go/bin/go', 'in /usr/local/go'],
    ...newestFirst('/usr/lib', /^go-1\.\d+$/).map((dir): [string, string] => [
      join('/usr/lib', dir, 'bin/go'),
      `in /usr/lib/${dir}`,
    ]),
    ...newestFirst(join(cacheDir, 'toolchain'), /^golang-1\.\d+$/).map((dir): [string, string] => [
      join(cacheDir, 'toolchain', dir, `usr/lib/${dir.replace('golang-', 'go-')}/bin/go`),
      fetchedOrigin(join(cacheDir, 'toolchain', dir)),
    ]),
  ];
  for (const [go, origin] of candidates) {
    if (!existsSync(go)) continue;
    const version = goVersion(go);
    const line = Number(/^go1\.(\d+)/.exec(version ?? '')?.[1] ?? -1);
    if (line >= minor) return { go, gofmt: join(go, '../gofmt'), version: version ?? '', origin: `${go} (${origin})` };
    if (version && !tooOld.includes(`${version} ${origin}`)) tooOld.push(`${version} ${origin}`);
  }
  return undefined;
}

function goVersion(go: string): string | undefined {
  try {
    // GOTOOLCHAIN=local: a go command must not switch to (or download) another toolchain here.
    return execFileSync(go, ['env', 'GOVERSION'], {
      encoding: 'utf8',
      env: { ...process.env, GOTOOLCHAIN: 'local' },
    }).trim();
  } catch {
    return undefined;
  }
}

/** Subdirectories of `parent` named like `pattern`, newest release line first. */
function newestFirst(parent: string, pattern: RegExp): string[] {
  if (!existsSync(parent)) return [];
  const line = (name: string) => Number(/1\.(\d+)$/.exec(name)?.[1] ?? 0);
  return readdirSync(parent)
    .filter((name) => pattern.test(name))
    .sort((a, b) => line(b) - line(a));
}

function fetchedOrigin(directory: string): string {
  const stamp = join(directory, 'debian-packages.txt');
  const packages = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim().split('\n').join(', ') : 'Debian packages';
  return `Debian sid ${packages}, unpacked into the cache`;
}

async function fetchDebianGo(minor: number, cacheDir: string, suite: DebianSuite): Promise<void> {
  if (findGo(minor, cacheDir, [])) return; // another run fetched it while this one waited for the lock
  await updateSuite(suite);
  for (let line = minor; line <= minor + NEWER_LINES_TRIED; line++) {
    const packages = [`golang-1.${line}-go`, `golang-1.${line}-src`];
    const versions = candidateVersions(suite, packages);
    if (versions.size < packages.length) continue;
    const target = join(cacheDir, 'toolchain', `golang-1.${line}`);
    await fetchAndUnpackWhole(suite, packages, target);
    writeFileSync(
      join(target, 'debian-packages.txt'),
      packages.map((name) => `${name} ${versions.get(name)}`).join('\n'),
    );
    console.log(
      `[go] unpacked ${packages.map((name) => `${name} ${versions.get(name)}`).join(' and ')} into ${target}`,
    );
    return;
  }
  throw new Error(
    `Debian sid has no golang-1.${minor}-go (nor up to 1.${minor + NEWER_LINES_TRIED}). Install Go 1.${minor} or newer (https://go.dev/dl/) and put it on PATH.`,
  );
}
