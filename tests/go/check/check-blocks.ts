import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { withDirectoryLock } from '../../../src/build/directory-lock.ts';
import { type GoToolchain, resolveGoToolchain } from '../../../src/build/go-toolchain.ts';
import type { GoBlock } from '../../../src/lib/go-blocks.ts';
import { type ExpectedOutput, expectedOutput, hasMisplacedOutput } from '../../../src/lib/go-expected-output.ts';
import { newestClaimedGo } from '../../../src/lib/go-version-claims.ts';
import { blockFailure } from './block-messages.ts';
import { goCacheDir, removeCloneWorkspaces, workspaceDir } from './cache-dir.ts';
import { type FragmentOutcome, parseFragments } from './fragments.ts';
import type { GoSetup } from './go-command.ts';
import {
  CHECK_ONLY_FLAGS,
  goBuild,
  goCompileOnly,
  goVet,
  type ListedPackage,
  listPackages,
  missingImport,
} from './go-steps.ts';
import { isStandard, type Libraries, loadLibraries, moduleOf } from './libraries.ts';
import { chooseModuleProxy, setUpLibraries } from './library-setup.ts';
import { runBlocks } from './run-blocks.ts';
import { EXAMPLES_MODULE, type PlacedBlock, placeBlocks, writeWorkspace } from './workspace.ts';

export interface NotCompiled {
  module: string;
  reason: string;
}

export interface BlockOutcome {
  placed: PlacedBlock;
  /** The package clause's name, once the go command has read the block. */
  packageName: string;
  notCompiled?: NotCompiled;
  /** Each failure, ready to print: page and line, the tool's message, the block's first lines. */
  failures: string[];
  vetted: boolean;
  /** A package main that built and linked. */
  built: boolean;
  /** Ran under the race detector (```go run, or an `// Output:` comment). */
  ran: boolean;
  expected: ExpectedOutput | undefined;
}

export interface GoCheckReport {
  toolchain: GoToolchain;
  /** Where the libraries came from, in a sentence. */
  libraries: string;
  libraryVersions: string[];
  blocks: BlockOutcome[];
  fragments: FragmentOutcome[];
  /** Imports whose module tests/go/libraries.json does not list. */
  unlisted: string[];
  /** Seconds each step took. */
  seconds: Record<string, number>;
}

/** What each `-race` run may take: the marked blocks are small programs that end by themselves. */
export const RUN_TIME_LIMIT_MS = 30_000;

/**
 * Checks Go blocks the way a reader would use them. Each complete block is a package of one
 * workspace module; all are compiled by one `go build` (which also links each package main),
 * then `go vet`ted; blocks marked ```go run or carrying an `// Output:` comment are built with
 * `-race` and run, their output compared. Fragments are parsed with `gofmt -e`. One go invocation
 * per step compiles shared libraries once, and the build cache makes the next run fast. Blocks
 * whose libraries are unavailable are not compiled, and the report says why.
 */
export async function checkGoBlocks(options: {
  root: string;
  blocks: readonly GoBlock[];
  /** The folder the blocks' pages are in, relative to `root`: block ids are named from it. */
  docsDir: string;
  /** Name of the workspace, so that different sets of blocks do not overwrite each other. */
  workspace: string;
  runTimeLimitMs?: number;
}): Promise<GoCheckReport> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      seconds[step] = (seconds[step] ?? 0) + (performance.now() - started) / 1000;
    }
  };

  const cacheDir = goCacheDir();
  const suite = { directory: join(cacheDir, 'debian-sid') };
  const claim = await newestClaimedGo(options.root);
  const toolchain = await timed('toolchain', () => resolveGoToolchain(claim.minor, cacheDir, suite));
  console.log(`[go] toolchain: ${toolchain.version}, ${toolchain.origin}; pages claim Go ${claim.version}`);
  const fragments = await timed('fragments', () =>
    parseFragments(
      toolchain,
      options.blocks.filter((block) => block.fragment),
    ),
  );

  const libraries = loadLibraries(options.root);
  const workspace = workspaceDir(cacheDir, options.workspace);
  await removeCloneWorkspaces(cacheDir);
  // Other clones use this workspace too: one at a time, from writing it to running its programs.
  return withDirectoryLock(workspace, async () => {
    const moduleDir = join(workspace, 'src', EXAMPLES_MODULE);
    const outcomes = new Outcomes(placeBlocks(options.blocks, options.docsDir));
    await writeWorkspace(moduleDir, outcomes.placed(), libraries.goMod);
    const base: GoSetup = { toolchain, cwd: moduleDir, env: { GOCACHE: join(cacheDir, 'gocache') } };
    const proxy = await chooseModuleProxy(base);

    // GOPATH mode over the workspace alone reads each block's package clause and imports, offline.
    const scan = { ...base, env: { ...base.env, GO111MODULE: 'off', GOPATH: workspace } };
    const headers = await timed('list', () => listPackages(scan, outcomes.importPaths()));
    const unlisted = outcomes.markUnavailable(headers, libraries, proxy !== undefined);

    // While the libraries download, the cores would idle: compile what needs none meanwhile (the
    // race-instrumented standard library above all). The steps below find it in the build cache.
    const warmUp = warmUpStandardLibrary(scan, headers, outcomes);
    const libs = await timed('libraries', () =>
      setUpLibraries({
        base,
        proxy,
        cacheDir,
        suite,
        workspace,
        libraries,
        blocks: outcomes.importPaths(),
        imports: headers
          .filter((listed) => outcomes.importPaths().includes(listed.ImportPath))
          .flatMap((listed) => (listed.Imports ?? []).filter((path) => !isStandard(path))),
      }),
    );
    await timed('warm-up wait', () => warmUp);
    const setup: GoSetup = { ...base, env: { ...base.env, ...libs.env } };
    outcomes.markUnloadable(libs.listing, libraries, libs.unresolved);

    // Compile and link everything in one invocation. The programs are kept between runs because
    // go build leaves an up-to-date program alone, where linking them all again would take long;
    // -ldflags=-w leaves out debugging information nobody reads (they are never run), a third of their size;
    // CHECK_ONLY_FLAGS skips the optimiser, which only the blocks that run (built with -race below) need.
    const compilable = outcomes.pending();
    const binaries = join(workspace, 'bin');
    await pruneBinaries(binaries, outcomes.placed());
    const built = await timed('build', () =>
      goBuild(
        setup,
        [...CHECK_ONLY_FLAGS, '-ldflags=-w', '-o', `${binaries}/`],
        compilable.map(({ placed }) => placed.importPath),
      ),
    );
    outcomes.markBuildFailures(built, compilable, libs.listing, 'it does not compile');
    const compiled = outcomes.pending();
    for (const outcome of compiled) outcome.built = outcome.packageName === 'main';

    // Vet reuses what the build compiled (given the same compiler flags).
    const findings = await timed('vet', () =>
      goVet(
        setup,
        compiled.map(({ placed }) => placed.importPath),
        CHECK_ONLY_FLAGS,
      ),
    );
    for (const finding of findings) {
      outcomes.fail(finding.importPath, `go vet (${finding.analyzer})`, `${finding.posn}: ${finding.message}`);
    }
    for (const outcome of compiled) outcome.vetted = true;

    // Only the blocks that run are built with -race, and kept like the others.
    const runnable = outcomes.runnable();
    const raceBinaries = join(workspace, 'race');
    await pruneBinaries(raceBinaries, outcomes.placed());
    const raceBuilt = await timed('race build', () =>
      goBuild(
        setup,
        ['-race', '-o', `${raceBinaries}/`],
        runnable.map(({ placed }) => placed.importPath),
      ),
    );
    outcomes.markBuildFailures(raceBuilt, runnable, libs.listing, 'it does not build with -race');
    await timed('run', async () => {
      const runDir = join(workspace, 'run');
      await rm(runDir, { recursive: true, force: true });
      await mkdir(runDir, { recursive: true });
      const ready = runnable.filter((outcome) => outcome.failures.length === 0);
      const limit = options.runTimeLimitMs ?? RUN_TIME_LIMIT_MS;
      for (const { outcome, failure } of await runBlocks(ready, raceBinaries, runDir, limit)) {
        outcome.ran = true;
        if (failure) outcomes.fail(outcome.placed.importPath, failure.what, failure.detail);
      }
    });

    return {
      toolchain,
      libraries: libs.description,
      libraryVersions: libs.versions,
      blocks: outcomes.all(),
      fragments,
      unlisted,
      seconds,
    };
  });
}

/**
 * Compiles, without linking, the blocks that import only the standard library, with -race those
 * that run, and vets them: only the build cache keeps the results. Failures are left for the
 * real steps to report.
 */
async function warmUpStandardLibrary(
  scan: GoSetup,
  headers: readonly ListedPackage[],
  outcomes: Outcomes,
): Promise<void> {
  const standardOnly = outcomes.all().filter(({ placed }) => {
    const listed = headers.find((entry) => entry.ImportPath === placed.importPath);
    return listed !== undefined && (listed.Imports ?? []).every(isStandard);
  });
  const toRun = standardOnly.filter((outcome) => outcome.placed.block.run || outcome.expected);
  const importPaths = standardOnly.map(({ placed }) => placed.importPath);
  await goCompileOnly(
    scan,
    toRun.map(({ placed }) => placed.importPath),
    ['-race'],
  );
  await goVet(scan, importPaths, CHECK_ONLY_FLAGS).catch(() => undefined);
}

/** Removes the programs of blocks that are gone (pages edited, blocks moved). */
async function pruneBinaries(directory: string, placed: readonly PlacedBlock[]): Promise<void> {
  const current = new Set(placed.map(({ id }) => id));
  const existing = await readdir(directory).catch(() => []);
  for (const name of existing) if (!current.has(name)) await rm(join(directory, name), { force: true });
}

/** Every complete block's outcome, by import path, and the rules that decide it. */
class Outcomes {
  readonly #byPath: Map<string, BlockOutcome>;

  constructor(placed: readonly PlacedBlock[]) {
    this.#byPath = new Map(
      placed.map((block) => [
        block.importPath,
        {
          placed: block,
          packageName: '',
          failures: [],
          vetted: false,
          built: false,
          ran: false,
          expected: expectedOutput(block.block.code),
        },
      ]),
    );
  }

  all(): BlockOutcome[] {
    return [...this.#byPath.values()];
  }

  placed(): PlacedBlock[] {
    return this.all().map(({ placed }) => placed);
  }

  /** Blocks still in the running: neither failed nor left uncompiled. */
  pending(): BlockOutcome[] {
    return this.all().filter((outcome) => !outcome.notCompiled && outcome.failures.length === 0);
  }

  /** Import paths of the blocks that can still be compiled. */
  importPaths(): string[] {
    return this.all()
      .filter((outcome) => !outcome.notCompiled)
      .map(({ placed }) => placed.importPath);
  }

  fail(importPath: string, what: string, detail: string): void {
    const outcome = this.#byPath.get(importPath);
    if (outcome) outcome.failures.push(blockFailure(outcome.placed, what, detail));
  }

  /**
   * Blocks importing a module that is unavailable here (not in Debian, without the proxy), that
   * is generated code, or that tests/go/libraries.json does not list, are not compiled. Returns
   * the unlisted imports.
   */
  markUnavailable(headers: readonly ListedPackage[], libraries: Libraries, withProxy: boolean): string[] {
    const unlisted = new Set<string>();
    for (const listed of headers) {
      const outcome = this.#byPath.get(listed.ImportPath);
      if (!outcome) continue;
      outcome.packageName = listed.Name ?? '';
      for (const imported of (listed.Imports ?? []).filter((path) => !isStandard(path))) {
        const module = moduleOf(imported, libraries.modules);
        const source = libraries.modules.get(module ?? '');
        if (!module || !source) {
          unlisted.add(imported);
          outcome.notCompiled ??= { module: imported, reason: 'its module is not listed in tests/go/libraries.json' };
        } else if ('generated' in source) {
          outcome.notCompiled ??= { module, reason: `generated code: ${source.generated}` };
        } else if ('unavailable' in source && !withProxy) {
          outcome.notCompiled ??= { module, reason: `unavailable without the module proxy: ${source.unavailable}` };
        }
      }
    }
    return [...unlisted].sort();
  }

  /**
   * After the libraries are in place: a block the go command cannot load fails, unless what is
   * missing is a library's own dependency that Debian lacks, which leaves the block not compiled.
   */
  markUnloadable(
    listing: readonly ListedPackage[],
    libraries: Libraries,
    unresolved: ReadonlyMap<string, string>,
  ): void {
    for (const listed of listing) {
      const outcome = this.#byPath.get(listed.ImportPath);
      if (!outcome || outcome.notCompiled) continue;
      if (listed.Error) this.fail(listed.ImportPath, 'the go command cannot load it', listed.Error.Err);
      for (const error of listed.DepsErrors ?? []) {
        const missing = missingImport(error.Err);
        if (missing && !(listed.Imports ?? []).includes(missing)) {
          outcome.notCompiled ??= {
            module: moduleOf(missing, libraries.modules) ?? missing,
            reason: `a library it uses needs ${missing}: ${unresolved.get(missing) ?? 'not found'}`,
          };
        } else {
          this.fail(listed.ImportPath, 'an import cannot be resolved', error.Err);
        }
      }
    }
  }

  /** A failed package is a failed block; a failed library fails each block built that depends on it. */
  markBuildFailures(
    failed: ReadonlyMap<string, string>,
    built: readonly BlockOutcome[],
    listing: readonly ListedPackage[],
    what: string,
  ): void {
    const deps = new Map(listing.map((listed) => [listed.ImportPath, listed.Deps ?? []]));
    for (const [importPath, output] of failed) {
      if (this.#byPath.has(importPath)) this.fail(importPath, what, output);
      for (const { placed } of built) {
        if (deps.get(placed.importPath)?.includes(importPath)) {
          this.fail(placed.importPath, `its dependency ${importPath}: ${what}`, output);
        }
      }
    }
  }

  /** Blocks to run: marked ```go run or with an `// Output:` comment, compiled, package main. */
  runnable(): BlockOutcome[] {
    const runnable: BlockOutcome[] = [];
    for (const outcome of this.all()) {
      const { block, importPath } = outcome.placed;
      if (hasMisplacedOutput(block.code)) {
        this.fail(importPath, 'its `// Output:` comment is not at the end', 'Go reads it only as the last comment.');
      }
      if (!(block.run || outcome.expected) || outcome.notCompiled) continue;
      if (outcome.packageName !== 'main') {
        this.fail(importPath, 'it is marked to run but is not package main', `package ${outcome.packageName}`);
      } else if (outcome.built && outcome.failures.length === 0) {
        runnable.push(outcome);
      }
    }
    return runnable;
  }
}
