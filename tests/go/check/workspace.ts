import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { GoBlock } from '../../../src/lib/go-blocks.ts';

/** The module path of the workspace (tests/go/go.mod declares it): block `x` is package `examples/x`. */
export const EXAMPLES_MODULE = 'examples';
/** The file each block is written to inside its package directory. */
export const BLOCK_FILE = 'block.go';

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
  for (const { id, block } of placed) {
    await mkdir(join(moduleDir, id), { recursive: true });
    await writeFile(join(moduleDir, id, BLOCK_FILE), block.code.endsWith('\n') ? block.code : `${block.code}\n`);
  }
}
