import { type GoSetup, parseJsonStream, runGo } from './go-command.ts';

/** What `go list -e -json` says about a package (the fields the check asks for). */
export interface ListedPackage {
  ImportPath: string;
  Name?: string;
  Imports?: string[];
  Deps?: string[];
  Error?: { Err: string };
  DepsErrors?: Array<{ Err: string }>;
}

export interface VetFinding {
  importPath: string;
  analyzer: string;
  posn: string;
  message: string;
}

/** `go list -e`: every named package, with its imports, dependencies and load errors, even when some are missing. */
export async function listPackages(setup: GoSetup, importPaths: readonly string[]): Promise<ListedPackage[]> {
  if (importPaths.length === 0) return [];
  const result = await runGo(setup, [
    'list',
    '-e',
    '-json=ImportPath,Name,Imports,Deps,Error,DepsErrors',
    ...importPaths,
  ]);
  if (result.code !== 0) throw new Error(`go list failed:\n${result.stderr}`);
  return parseJsonStream<ListedPackage>(result.stdout);
}

/** The import path a "cannot find package" (GOPATH mode) or "cannot find module" error names, if that is the error. */
export function missingImport(error: string): string | undefined {
  return /cannot find (?:package|module providing package) "?([^"\s:]+)"?/.exec(error)?.[1];
}

/**
 * `go build -json` of all the packages in one invocation: which failed, with the compiler's or
 * the linker's output. A failure of the go command itself (not of a package) throws.
 */
export async function goBuild(
  setup: GoSetup,
  flags: readonly string[],
  importPaths: readonly string[],
): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  if (importPaths.length === 0) return failed;
  const result = await runGo(setup, ['build', '-json', ...flags, ...importPaths]);
  const output = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { ImportPath?: string; Action: string; Output?: string };
    const importPath = event.ImportPath ?? '';
    if (event.Action === 'build-output') output.set(importPath, (output.get(importPath) ?? '') + (event.Output ?? ''));
    if (event.Action === 'build-fail') failed.set(importPath, output.get(importPath) ?? '');
  }
  if (result.code !== 0 && failed.size === 0) throw new Error(`go build failed:\n${result.stderr}${result.stdout}`);
  return failed;
}

/**
 * `go list -export`: compiles the packages and their dependencies with `flags` (for the build
 * cache's sake) without linking anything. Failures are left for the real build to report.
 */
export async function goCompileOnly(setup: GoSetup, importPaths: readonly string[], flags: readonly string[] = []) {
  if (importPaths.length > 0)
    await runGo(setup, ['list', '-e', '-export', '-f', '{{.Export}}', ...flags, ...importPaths]);
}

/**
 * Compiler flags for the blocks that are only compiled, linked and vetted, never run: without
 * optimisation or inlining the compiler does a fifth less work (most of it on the libraries),
 * and type errors, link errors and vet's findings are the same. `go vet` must be given the same
 * flags, or it compiles every dependency again for its export data.
 */
export const CHECK_ONLY_FLAGS = ['-gcflags=all=-N -l'] as const;

/** `go vet -json` of packages that compiled: every analyzer's findings, by package. */
export async function goVet(
  setup: GoSetup,
  importPaths: readonly string[],
  flags: readonly string[] = [],
): Promise<VetFinding[]> {
  if (importPaths.length === 0) return [];
  const result = await runGo(setup, ['vet', '-json', ...flags, ...importPaths]);
  if (result.code !== 0 && result.stdout.trim() === '') throw new Error(`go vet failed:\n${result.stderr}`);
  type Report = Record<string, Record<string, Array<{ posn: string; message: string }> | { error: string }>>;
  return parseJsonStream<Report>(result.stdout).flatMap((report) =>
    Object.entries(report).flatMap(([importPath, analyzers]) =>
      Object.entries(analyzers).flatMap(([analyzer, findings]) =>
        (Array.isArray(findings) ? findings : [{ posn: '', message: findings.error }]).map((finding) => ({
          importPath,
          analyzer,
          ...finding,
        })),
      ),
    ),
  );
}
