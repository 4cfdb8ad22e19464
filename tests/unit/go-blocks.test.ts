import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveGofmt } from '../../src/build/go-toolchain.ts';
import { collectGoBlocks, type GoBlock, startsWithPackage } from '../../src/lib/go-blocks.ts';

/**
 * Every Go block on the site parses: whole files with `gofmt -e file.go`, blocks marked
 * ```go fragment from stdin, where gofmt also accepts a list of declarations or statements.
 */
const gofmt = resolveGofmt();
const scratch = mkdtempSync(join(tmpdir(), 'go-blocks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function syntaxError(block: Pick<GoBlock, 'code' | 'fragment'>): string | undefined {
  try {
    if (block.fragment) {
      execFileSync(gofmt, ['-e'], { input: block.code, stdio: ['pipe', 'ignore', 'pipe'] });
    } else {
      const file = join(scratch, 'block.go');
      writeFileSync(file, block.code);
      execFileSync(gofmt, ['-e', '-l', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim();
  }
}

const blocks = await collectGoBlocks(process.cwd());

describe('Go code blocks', () => {
  it('are found on the site', () => {
    expect(blocks.length).toBeGreaterThan(50);
  });

  it('are whole files unless marked as fragments', () => {
    const unmarked = blocks
      .filter((block) => !block.fragment && !startsWithPackage(block.code))
      .map((block) => block.where);
    expect(unmarked, 'start with a package clause, or mark the block ```go fragment').toEqual([]);
  });

  it('all parse with gofmt -e', () => {
    const broken = blocks.flatMap((block) => {
      const error = syntaxError(block);
      return error ? [`${block.where}: ${error}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('the check catches a syntax error, in a file and in a fragment', () => {
    expect(syntaxError({ code: 'package main\n\nfunc main() {\n\tx := \n}\n', fragment: false })).toMatch(
      /expected operand/,
    );
    expect(syntaxError({ code: 'if x {\n\treturn\n', fragment: true })).toBeDefined();
    expect(syntaxError({ code: 'x := 1\nfmt.Println(x)\n', fragment: true })).toBeUndefined();
  });
});
