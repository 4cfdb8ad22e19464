import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm ci` must work for every teammate, not only on the machine that wrote the lockfile: the
 * lockfile holds each platform's native binaries, and a clean install for another OS or CPU picks
 * that platform's Node 24 and binaries and no other platform's.
 */
interface LockEntry {
  version: string;
  os?: string | string[];
  cpu?: string | string[];
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const entries = Object.entries(lock.packages).map(([path, entry]) => ({
  name: path.replace(/^.*node_modules\//, ''),
  ...entry,
}));

const PLATFORMS = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
  { os: 'linux', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
] as const;

/** Packages that ship one native binary per platform, by the name pattern of their per-platform packages. */
const NATIVE_FAMILIES: Record<string, RegExp> = {
  'Node.js 24 (the project’s own)': /^node-(bin-)?(darwin|linux|win)-(x64|arm64)$/,
  'Astro compiler': /^@astrojs\/compiler-binding-/,
  Biome: /^@biomejs\/cli-/,
  Pagefind: /^@pagefind\/(darwin|linux|windows|freebsd)-/,
  Rolldown: /^@rolldown\/binding-/,
  esbuild: /^@esbuild\//,
  'resvg (image cards)': /^@resvg\/resvg-js-/,
};

const includes = (value: string | string[] | undefined, wanted: string) =>
  value === undefined || (Array.isArray(value) ? value.includes(wanted) : value === wanted);

describe('the lockfile installs on every platform', () => {
  for (const [family, pattern] of Object.entries(NATIVE_FAMILIES)) {
    it(`holds ${family} for each platform`, () => {
      const members = entries.filter((entry) => pattern.test(entry.name) && entry.os !== undefined);
      const missing = PLATFORMS.filter(
        (platform) => !members.some((entry) => includes(entry.os, platform.os) && includes(entry.cpu, platform.cpu)),
      ).map((platform) => `${platform.os}-${platform.cpu}`);
      expect(
        missing,
        `${family}: no lockfile entry for these platforms (regenerate the lockfile from scratch)`,
      ).toEqual([]);
    });
  }

  it('brings Node 24 where the system Node may be too old, never as a plain dependency', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const runtimes = Object.entries(pkg.optionalDependencies ?? {}).filter(([name]) =>
      NATIVE_FAMILIES['Node.js 24 (the project’s own)']?.test(name),
    );
    expect(runtimes.length).toBe(PLATFORMS.length);
    for (const [, version] of runtimes) expect(version).toMatch(/^24\.\d+\.\d+$/);
    const plain = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) =>
      /^node-(bin-)?(darwin|linux|win)-/.test(name),
    );
    expect(plain, 'a per-platform Node as a plain dependency fails to install elsewhere').toEqual([]);
  });
});

/** Offline: a dry run reads only the lockfile, so it proves the lockfile, not the registry. */
describe('a clean install for another platform (npm ci --dry-run --offline)', () => {
  const project = mkdtempSync(join(tmpdir(), 'install-platforms-'));
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(file, join(project, file));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** The npm that runs this test (npm sets npm_execpath), else the one on PATH. */
  const npm = async (args: string[]) => {
    const cli = process.env.npm_execpath;
    const [command, prefix] = cli?.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
    const { stdout } = await promisify(execFile)(command, [...prefix, ...args], {
      cwd: project,
      encoding: 'utf8',
      shell: command === 'npm' && process.platform === 'win32',
      env: { ...process.env, npm_config_loglevel: 'warn' },
    });
    return stdout;
  };

  for (const platform of PLATFORMS) {
    it(`${platform.os}-${platform.cpu} gets its own Node and binaries and no other platform's`, async () => {
      const output = await npm([
        'ci',
        '--dry-run',
        '--offline',
        '--ignore-scripts',
        `--os=${platform.os}`,
        `--cpu=${platform.cpu}`,
      ]);
      const added = [...output.matchAll(/^add (\S+) (\S+)$/gm)].map(([, name]) => name ?? '');
      const natives = added.filter((name) => Object.values(NATIVE_FAMILIES).some((pattern) => pattern.test(name)));
      const runtime = natives.filter((name) => NATIVE_FAMILIES['Node.js 24 (the project’s own)']?.test(name));
      expect(runtime).toHaveLength(1);
      for (const pattern of Object.values(NATIVE_FAMILIES)) {
        expect(
          natives.some((name) => pattern.test(name)),
          `a package matching ${pattern}`,
        ).toBe(true);
      }
      const osWords = { darwin: /darwin|mac/, win32: /win/, linux: /linux/ }[platform.os];
      const foreign = natives.filter((name) => !osWords.test(name) || !name.includes(platform.cpu));
      expect(foreign, 'binaries for another platform').toEqual([]);
    });
  }
});
