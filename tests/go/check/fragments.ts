import type { GoToolchain } from '../../../src/build/go-toolchain.ts';
import type { GoBlock } from '../../../src/lib/go-blocks.ts';
import { runCommand } from './go-command.ts';

export interface FragmentOutcome {
  block: GoBlock;
  failure?: string;
}

/** Fragments are only parsed: from stdin, gofmt also accepts a list of declarations or statements. */
export async function parseFragments(toolchain: GoToolchain, blocks: readonly GoBlock[]): Promise<FragmentOutcome[]> {
  const outcomes: FragmentOutcome[] = [];
  for (const block of blocks) {
    const result = await runCommand(toolchain.gofmt, ['-e'], {
      cwd: process.cwd(),
      env: process.env,
      input: block.code,
    });
    outcomes.push(
      result.code === 0
        ? { block }
        : { block, failure: `${block.where}: gofmt -e cannot parse this fragment\n    ${result.stderr.trim()}` },
    );
  }
  return outcomes;
}
