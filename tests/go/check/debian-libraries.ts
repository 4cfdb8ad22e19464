import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  candidateVersions,
  contentsLines,
  type DebianSuite,
  fetchAndUnpack,
  packageListsAge,
  updateSuite,
} from '../../../src/build/debian-sid.ts';
import { withDirectoryLock } from '../../../src/build/directory-lock.ts';

/** Go sources from Debian, unpacked as Debian installs them: a GOPATH tree under usr/share/gocode. */
export interface DebianLibraries {
  /** The GOPATH entry holding the unpacked sources. */
  gopath: string;
  /** Every unpacked package and its version. */
  packages: Map<string, string>;
  /** Import paths no Debian package provides, and why. */
  unresolved: Map<string, string>;
}

/** Lists what the blocks still miss: import paths that no GOPATH entry provides yet. */
export type MissingImports = () => Promise<Set<string>>;

interface State {
  packages: Record<string, string>;
}

/** Package lists older than this are downloaded again before fetching: sid drops superseded .debs. */
const LISTS_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const ROUNDS = 30;
/** Trees of other pins (other branches, older versions) are removed once unused for this long. */
const UNUSED_TREE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const SOURCES = 'usr/share/gocode/src/';

/**
 * Where Debian's sources for a set of pinned packages are unpacked: one tree per set of pins (all
 * of tests/go/libraries.json), so that new pins start from a clean tree and clones with different
 * pins sharing the cache do not undo each other's work.
 */
export function debianTree(cacheDir: string, pins: ReadonlyMap<string, string>): { directory: string; gopath: string } {
  const key = [...pins]
    .map(([name, version]) => `${name}=${version}`)
    .sort()
    .join('\n');
  const directory = join(cacheDir, 'debian-go', createHash('sha256').update(key).digest('hex').slice(0, 16));
  return { directory, gopath: join(directory, 'root/usr/share/gocode') };
}

/**
 * Fetches the Go library sources the blocks need from Debian sid into `tree`, and only those. The
 * packages of the modules the blocks import (at their pinned versions) come first; then, as long
 * as `missing` reports import paths no unpacked package provides, the packages that hold them
 * (found in sid's Contents index) are added, round after round: only what the blocks import
 * transitively is downloaded, not everything the packages' Depends name. What is unpacked stays
 * for the next run.
 */
export async function prepareDebianLibraries(options: {
  suite: DebianSuite;
  tree: { directory: string; gopath: string };
  /** Debian package → the version the pins were read from, for the modules the blocks import. */
  direct: ReadonlyMap<string, string>;
  missing: MissingImports;
}): Promise<DebianLibraries> {
  const { directory, gopath } = options.tree;
  await pruneUnusedTrees(dirname(directory));
  // The lock covers reading the state, downloading and unpacking only. Listing what the blocks
  // miss (a `go list` over every block, the slow part) runs unlocked, so clones sharing this
  // cache do not queue behind each other's listing.
  // One fetcher for every round, so the Contents index is parsed once; its state is read afresh
  // under each lock, since other clones may have unpacked packages in between.
  const fetcher = new PackageFetcher(options.suite, directory, { packages: {} });
  const locked = <T>(work: (fetcher: PackageFetcher) => Promise<T>): Promise<T> =>
    withDirectoryLock(directory, async () => {
      fetcher.state = await readState(directory);
      return work(fetcher);
    });
  let packages = await locked(async (fetcher) => {
    await fetcher.ensure(options.direct);
    return fetcher.state.packages;
  });
  const unresolved = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round++) {
    const unpackedBeforeListing = new Set(Object.keys(packages));
    const missing = await options.missing();
    const listAgain = await locked(async (fetcher) => {
      const wanted = new Map<string, string | undefined>();
      let unpackedMeanwhile = false;
      for (const importPath of missing) {
        if (unresolved.has(importPath)) continue;
        const index = await fetcher.directoryIndex();
        // Debian installs a /vN module without the /vN directory; its go.mod names the module, and the
        // go command's minimal module compatibility finds it there (see library-setup.ts).
        const debianPackage = index.get(importPath) ?? index.get(importPath.replace(/\/v\d+(?=\/|$)/, ''));
        if (!debianPackage) unresolved.set(importPath, 'no Debian sid package provides it');
        // Only a package unpacked before the listing began can be said to lack the path; one that
        // another clone unpacked during the listing is listed again next round.
        else if (unpackedBeforeListing.has(debianPackage)) unresolved.set(importPath, `${debianPackage} lacks it`);
        else if (debianPackage in fetcher.state.packages) unpackedMeanwhile = true;
        else wanted.set(debianPackage, undefined);
      }
      await fetcher.ensure(wanted);
      packages = fetcher.state.packages;
      return wanted.size > 0 || unpackedMeanwhile;
    });
    if (!listAgain) break;
  }
  return { gopath, packages: new Map(Object.entries(packages)), unresolved };
}

class PackageFetcher {
  readonly suite: DebianSuite;
  readonly directory: string;
  state: State;
  #index: Map<string, string> | undefined;
  #updated = false;

  constructor(suite: DebianSuite, directory: string, state: State) {
    this.suite = suite;
    this.directory = directory;
    this.state = state;
  }

  /** Downloads and unpacks the packages not unpacked yet: at `version` when sid still has it, else sid's own. */
  async ensure(packages: ReadonlyMap<string, string | undefined>): Promise<void> {
    const missing = [...packages.keys()].filter((name) => !(name in this.state.packages));
    if (missing.length === 0) return;
    const age = packageListsAge(this.suite);
    if (!this.#updated && (age === undefined || age > LISTS_MAX_AGE_MS)) await this.update();
    const candidates = candidateVersions(this.suite, missing);
    const unknown = missing.filter((name) => !candidates.has(name));
    if (unknown.length > 0) throw new Error(`Debian sid has no package ${unknown.join(', ')}.`);
    const requests = missing.map((name) => {
      const pinned = packages.get(name);
      const version = candidates.get(name) ?? '';
      if (pinned && pinned !== version) {
        console.warn(
          `[go] Debian sid now has ${name} ${version}, not ${pinned} as tests/go/libraries.json says: using ${version}. Update libraries.json and the versions in tests/go/go.mod.`,
        );
      }
      return { name, version };
    });
    console.log(`[go] fetching ${requests.length} Debian package(s): ${requests.map(({ name }) => name).join(', ')}`);
    await fetchAndUnpack(
      this.suite,
      requests.map(({ name, version }) => `${name}=${version}`),
      join(this.directory, 'root'),
    );
    for (const { name, version } of requests) this.state.packages[name] = version;
    await writeFile(join(this.directory, 'state.json'), JSON.stringify(this.state, null, 2));
  }

  /** Go package directory (an import path) → the sid package that ships its files. */
  async directoryIndex(): Promise<Map<string, string>> {
    if (this.#index) return this.#index;
    const cache = join(this.suite.directory, 'go-directories.json');
    if (!existsSync(cache)) {
      if (packageListsAge(this.suite) === undefined) await this.update();
      const index: Record<string, string> = {};
      for await (const [path, owners] of contentsLines(this.suite, SOURCES)) {
        if (!path.endsWith('.go')) continue;
        const directory = dirname(path.slice(SOURCES.length));
        index[directory] ??= (owners.split(',')[0] ?? '').replace(/^.*\//, '');
      }
      await writeFile(cache, JSON.stringify(index));
    }
    this.#index = new Map(Object.entries(JSON.parse(await readFile(cache, 'utf8')) as Record<string, string>));
    return this.#index;
  }

  async update(): Promise<void> {
    console.log('[go] downloading Debian sid package lists and Contents index…');
    await updateSuite(this.suite);
    await rm(join(this.suite.directory, 'go-directories.json'), { force: true });
    this.#index = undefined;
    this.#updated = true;
  }
}

async function readState(directory: string): Promise<State> {
  const file = join(directory, 'state.json');
  if (!existsSync(file)) {
    // A first run, or one cut short before it recorded anything: start from an empty tree.
    await rm(join(directory, 'root'), { recursive: true, force: true });
    await mkdir(directory, { recursive: true });
    await writeFile(file, JSON.stringify({ packages: {} }));
  }
  const now = new Date();
  await utimes(file, now, now); // marks the tree as in use
  return JSON.parse(await readFile(file, 'utf8')) as State;
}

async function pruneUnusedTrees(parent: string): Promise<void> {
  if (!existsSync(parent)) return;
  for (const name of await readdir(parent)) {
    const state = join(parent, name, 'state.json');
    if (existsSync(state) && Date.now() - statSync(state).mtimeMs > UNUSED_TREE_MAX_AGE_MS) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
}
