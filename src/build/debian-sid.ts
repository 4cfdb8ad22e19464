import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { withDirectoryLock } from './directory-lock.ts';

/**
 * Debian's unstable suite ("sid") through a private apt configuration kept in one directory: its
 * own sources list, package lists and downloads. The system's apt sources and state are never
 * read or changed, and nothing is installed; packages are downloaded and unpacked where asked.
 * Sid carries what stable does not: the newest Go toolchains and Go library sources.
 */
export interface DebianSuite {
  /** Where the private sources list, package lists and downloads live. */
  directory: string;
}

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const APT_HELPER = '/usr/lib/apt/apt-helper';
const SUITE_LINE = `deb [signed-by=${KEYRING}] http://deb.debian.org/debian sid main\n`;
/** Written once an update has completed. */
const UPDATED = 'updated';

/** Why this machine cannot fetch from Debian, or undefined when it can (apt-get, dpkg-deb, Debian's key). */
export function whyNoDebianFetch(): string | undefined {
  for (const tool of ['/usr/bin/apt-get', '/usr/bin/apt-cache', '/usr/bin/dpkg-deb', APT_HELPER]) {
    if (!existsSync(tool)) return `${tool} is missing (not a Debian-like system)`;
  }
  if (!existsSync(KEYRING))
    return `Debian's archive key ${KEYRING} is missing (apt-get install debian-archive-keyring)`;
  return undefined;
}

function aptOptions(suite: DebianSuite): string[] {
  const options = {
    'Dir::Etc::sourcelist': join(suite.directory, 'sources.list'),
    'Dir::Etc::sourceparts': join(suite.directory, 'empty'),
    'Dir::Etc::preferences': join(suite.directory, 'empty/preferences'),
    'Dir::Etc::preferencesparts': join(suite.directory, 'empty'),
    'Dir::State::Lists': join(suite.directory, 'lists'),
    'Dir::State::status': join(suite.directory, 'status'),
    'Dir::Cache': join(suite.directory, 'cache'),
    // Contents-all maps every file of an Architecture: all package (Go sources are) to its package.
    'Acquire::IndexTargets::deb::Contents-all::MetaKey': '$(COMPONENT)/Contents-all',
    'Acquire::IndexTargets::deb::Contents-all::ShortDescription': 'Contents-all',
    'Acquire::IndexTargets::deb::Contents-all::Description': '$(RELEASE)/$(COMPONENT) Contents-all',
    'Acquire::IndexTargets::deb::Contents-all::KeepCompressed': 'true',
    'Acquire::IndexTargets::deb::Contents-all::PDiffs': 'false',
    // As root apt drops to the _apt user, who cannot write into a private directory.
    ...(process.getuid?.() === 0 ? { 'APT::Sandbox::User': 'root' } : {}),
  };
  return Object.entries(options).flatMap(([key, value]) => ['-o', `${key}=${value}`]);
}

/**
 * Downloads the suite's package lists and its Contents-all index (about 55 MB), under a lock: runs
 * of several clones share the directory, and apt-get itself would refuse a second update.
 */
export async function updateSuite(suite: DebianSuite): Promise<void> {
  await withDirectoryLock(suite.directory, async () => {
    await mkdir(join(suite.directory, 'lists', 'partial'), { recursive: true });
    await mkdir(join(suite.directory, 'cache', 'archives', 'partial'), { recursive: true });
    await mkdir(join(suite.directory, 'empty'), { recursive: true });
    await writeFile(join(suite.directory, 'sources.list'), SUITE_LINE);
    await writeFile(join(suite.directory, 'status'), '');
    execFileSync('apt-get', [...aptOptions(suite), '-q', 'update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    await writeFile(join(suite.directory, UPDATED), new Date().toISOString());
  });
}

/** Whether the package lists have been downloaded completely, and how long ago (ms). */
export function packageListsAge(suite: DebianSuite): number | undefined {
  const updated = join(suite.directory, UPDATED);
  return existsSync(updated) ? Date.now() - statSync(updated).mtimeMs : undefined;
}

/** The version sid offers of each package (missing from the map when sid has no such package). */
export function candidateVersions(suite: DebianSuite, packages: readonly string[]): Map<string, string> {
  const versions = new Map<string, string>();
  if (packages.length === 0) return versions;
  // apt-cache stops at the first unknown name, so known names are asked for first.
  const known = new Set(
    execFileSync('apt-cache', [...aptOptions(suite), 'pkgnames'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split(
      '\n',
    ),
  );
  const asked = packages.filter((name) => known.has(name));
  if (asked.length === 0) return versions;
  const show = execFileSync('apt-cache', [...aptOptions(suite), 'show', '--no-all-versions', ...asked], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  for (const stanza of show.split(/\n\n+/)) {
    const name = /^Package: (.+)$/m.exec(stanza)?.[1];
    const version = /^Version: (.+)$/m.exec(stanza)?.[1];
    if (name && version) versions.set(name, version);
  }
  return versions;
}

/**
 * Downloads the packages (`name` or `name=version`) and unpacks each into `into`, as `dpkg -x`
 * does, without installing anything. The .deb files are removed once unpacked.
 */
export async function fetchAndUnpack(suite: DebianSuite, packages: readonly string[], into: string): Promise<void> {
  if (packages.length === 0) return;
  // A directory of this call's own: other runs may be downloading at the same time.
  const downloads = await mkdtemp(join(suite.directory, 'downloads-'));
  try {
    execFileSync('apt-get', [...aptOptions(suite), '-q', 'download', ...packages], {
      cwd: downloads,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await mkdir(into, { recursive: true });
    for (const deb of await readdir(downloads)) {
      execFileSync('dpkg-deb', ['-x', join(downloads, deb), into]);
    }
  } finally {
    await rm(downloads, { recursive: true, force: true });
  }
}

/** Unpacks into a fresh directory that replaces `target` only when complete, so an interrupted fetch leaves nothing half-done. */
export async function fetchAndUnpackWhole(
  suite: DebianSuite,
  packages: readonly string[],
  target: string,
): Promise<void> {
  const partial = `${target}.partial`;
  await rm(partial, { recursive: true, force: true });
  await fetchAndUnpack(suite, packages, partial);
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
}

/**
 * Every line of the suite's Contents-all index under `prefix`, as `[path, packages]`: the
 * packages that ship the file (`section/name`, comma-separated when several do).
 */
export async function* contentsLines(suite: DebianSuite, prefix: string): AsyncGenerator<[string, string]> {
  const lists = join(suite.directory, 'lists');
  const index = (await readdir(lists)).find((name) => name.includes('_Contents-all'));
  if (!index) throw new Error(`No Contents-all index in ${lists}: update the suite first.`);
  const child = spawn(APT_HELPER, ['cat-file', join(lists, index)], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.startsWith(prefix)) continue;
    const split = line.search(/\s+\S+$/);
    if (split > 0) yield [line.slice(0, split), line.slice(split).trim()];
  }
}
