import { join } from 'node:path';
import type { DebianSuite } from '../../../src/build/debian-sid.ts';
import { debianTree, prepareDebianLibraries } from './debian-libraries.ts';
import { type GoSetup, runGo } from './go-command.ts';
import { type ListedPackage, listPackages, missingImport } from './go-steps.ts';
import { debianPins, type Libraries, moduleOf } from './libraries.ts';
import { reachableModuleProxy } from './module-proxy.ts';

/** How the go command finds the blocks' libraries, once they are there. */
export interface LibrarySetup {
  /** Module mode against the proxy, or GOPATH mode over Debian's sources. */
  env: Record<string, string>;
  /** Where the libraries came from, in a sentence. */
  description: string;
  /** `module version` (proxy) or `package version` (Debian) of what is built against. */
  versions: string[];
  /** Import paths no Debian package provides, and why. */
  unresolved: Map<string, string>;
  /** `go list` of the blocks, with everything resolved that can be. */
  listing: ListedPackage[];
}

/**
 * The module proxy to build against, if one answers; BACKEND_HANDBOOK_GO_LIBRARIES=debian skips
 * the question and =proxy insists on an answer.
 */
export async function chooseModuleProxy(base: GoSetup): Promise<string | undefined> {
  const forced = process.env.BACKEND_HANDBOOK_GO_LIBRARIES;
  if (forced === 'debian') return undefined;
  const proxy = await reachableModuleProxy({ ...base, env: { ...base.env, GO111MODULE: 'on' } });
  if (forced === 'proxy' && !proxy)
    throw new Error('BACKEND_HANDBOOK_GO_LIBRARIES=proxy, but no module proxy answers.');
  return proxy;
}

/**
 * Makes the libraries of `blocks` (import paths of workspace packages) available: with the
 * proxy, `go mod tidy` resolves them from tests/go/go.mod; without it, Debian's packages of the
 * modules the blocks import, and of everything those import, are fetched.
 */
export async function setUpLibraries(options: {
  base: GoSetup;
  proxy: string | undefined;
  cacheDir: string;
  suite: DebianSuite;
  workspace: string;
  libraries: Libraries;
  blocks: readonly string[];
  /** The blocks' own imports outside the standard library. */
  imports: readonly string[];
}): Promise<LibrarySetup> {
  const { base, cacheDir, libraries } = options;
  if (options.proxy) {
    const env = {
      GO111MODULE: 'on',
      // -modcacherw: the module cache stays deletable like the rest of the cache.
      GOFLAGS: '-mod=mod -modcacherw',
      GOPATH: join(cacheDir, 'gopath'),
      GOMODCACHE: join(cacheDir, 'gomodcache'),
    };
    const setup = { ...base, env: { ...base.env, ...env } };
    const tidy = await runGo(setup, ['mod', 'tidy', '-e']);
    if (tidy.code !== 0) throw new Error(`go mod tidy failed:\n${tidy.stderr}`);
    const modules = await runGo(setup, ['list', '-m', ...libraries.required.keys()]);
    return {
      env,
      description: `module mode, resolved by the module proxy ${options.proxy} from tests/go/go.mod`,
      versions: modules.stdout.trim().split('\n'),
      unresolved: new Map(),
      listing: await listPackages(setup, options.blocks),
    };
  }

  const tree = debianTree(cacheDir, debianPins(libraries));
  // GOPATH mode. The go.mod at the workspace root still gives the blocks Go 1.22+ loop variables,
  // and lets `/v9`-style imports find Debian's unversioned directories whose go.mod declares the
  // /v9 module ("minimal module compatibility").
  const env = { GO111MODULE: 'off', GOPATH: [options.workspace, tree.gopath].join(':') };
  const setup = { ...base, env: { ...base.env, ...env } };
  const description = `GOPATH mode over Debian sid's packaged sources (no module proxy answers)`;
  if (options.blocks.length === 0) return { env, description, versions: [], unresolved: new Map(), listing: [] };
  const direct = new Map<string, string>();
  for (const imported of options.imports) {
    const source = libraries.modules.get(moduleOf(imported, libraries.modules) ?? '');
    if (source && 'debian' in source) direct.set(source.debian, source.debianVersion);
  }
  let listing: ListedPackage[] = [];
  const debian = await prepareDebianLibraries({
    suite: options.suite,
    tree,
    direct,
    missing: async () => {
      listing = await listPackages(setup, options.blocks);
      return new Set(
        listing.flatMap((entry) => (entry.DepsErrors ?? []).flatMap((error) => missingImport(error.Err) ?? [])),
      );
    },
  });
  return {
    env,
    description: `${description}: ${debian.packages.size} packages in ${tree.gopath}`,
    versions: [...debian.packages].map(([name, version]) => `${name} ${version}`).sort(),
    unresolved: debian.unresolved,
    listing,
  };
}
