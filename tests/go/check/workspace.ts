import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { GoBlock } from '../../../src/lib/go-blocks.ts';

/** The module path of the workspace (tests/go/go.mod declares it): block `x` is package `examples/x`. */
export const EXAMPLES_MODULE = 'examples';
/** The file each block is written to inside its package directory. */
export const BLOCK_FILE = 'block.go';
/** A second file in each package main: it sets the GODEBUG defaults, see {@link godebugFile}. */
export const GODEBUG_FILE = 'zz_godebug.go';

/** A complete block placed in the workspace as its own package. */
export interface PlacedBlock {
  block: GoBlock;
  /** Package directory, named after page and line: `kafka_consumers_ordering_mdx_L65`. */
  id: string;
  importPath: string;
}

export function placeBlocks(blocks: readonly GoBlock[], docsDir: string): PlacedBlock[] {
  return blocks
    .filter((block) => !block.fragment)
    .map((block) => {
      const page = relative(docsDir, block.file).replace(/[^A-Za-z0-9]+/g, '_');
      const id = `${page}_L${block.line}`;
      return { block, id, importPath: `${EXAMPLES_MODULE}/${id}` };
    });
}

/**
 * GOPATH mode (used when no module proxy answers) gives a package main the GODEBUG defaults of
 * Go 1.20, so `http.ServeMux` would ignore method and wildcard patterns. A reader builds the block
 * in a module whose go line is the workspace's, so the check sets that version's defaults itself.
 */
export function godebugFile(goMod: string): string {
  const version = /^go\s+(\S+)/m.exec(goMod)?.[1];
  if (!version) throw new Error('tests/go/go.mod has no go line');
  return `// Written by the Go check: the GODEBUG defaults of the module's go line, in any build mode.\n//go:debug default=go${version}\n\npackage main\n`;
}

/**
 * Writes the workspace module: tests/go/go.mod at its root and one package directory per block.
 * Directories of blocks that no longer exist are removed; go.sum (module mode) is kept.
 */
export async function writeWorkspace(moduleDir: string, placed: readonly PlacedBlock[], goMod: string): Promise<void> {
  await mkdir(moduleDir, { recursive: true });
  const current = new Set(placed.map(({ id }) => id));
  for (const entry of await readdir(moduleDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) await rm(join(moduleDir, entry.name), { recursive: true });
  }
  await writeFile(join(moduleDir, 'go.mod'), goMod);
  const godebug = godebugFile(goMod);
  for (const { id, block } of placed) {
    await mkdir(join(moduleDir, id), { recursive: true });
    await writeFile(join(moduleDir, id, BLOCK_FILE), block.code.endsWith('\n') ? block.code : `${block.code}\n`);
    const godebugPath = join(moduleDir, id, GODEBUG_FILE);
    if (/^package\s+main\b/m.test(block.code)) await writeFile(godebugPath, godebug);
    else await rm(godebugPath, { force: true });
  }
}
