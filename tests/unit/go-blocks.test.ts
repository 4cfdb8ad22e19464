import { describe, expect, it } from 'vitest';
import { collectGoBlocks, startsWithPackage } from '../../src/lib/go-blocks.ts';
import { expectedOutput, hasMisplacedOutput, outputMatches } from '../../src/lib/go-expected-output.ts';
import { newestClaimedGo } from '../../src/lib/go-version-claims.ts';

/**
 * The Go blocks' model: which blocks there are and how their fences mark them, what they say
 * they print, which Go the pages claim. Compiling and running them is `npm run test:go`.
 */
const blocks = await collectGoBlocks(process.cwd());

describe('Go code blocks', () => {
  it('are found on the site, each with its page and line', () => {
    expect(blocks.length).toBeGreaterThan(50);
    for (const block of blocks) expect(block.where).toBe(`${block.file}:${block.line}`);
  });

  it('are whole files unless marked as fragments', () => {
    const unmarked = blocks
      .filter((block) => !block.fragment && !startsWithPackage(block.code))
      .map((block) => block.where);
    expect(unmarked, 'start with a package clause, or mark the block ```go fragment').toEqual([]);
  });

  it('are not marked both fragment and run', () => {
    expect(blocks.filter((block) => block.fragment && block.run).map((block) => block.where)).toEqual([]);
  });

  it('carry an // Output: comment only as their last comment', () => {
    expect(blocks.filter((block) => hasMisplacedOutput(block.code)).map((block) => block.where)).toEqual([]);
  });
});

describe('expected output', () => {
  const program = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("a")\n\tfmt.Println("b")\n}\n';

  it('is read from the closing // Output: comment, like a Go example', () => {
    expect(expectedOutput(`${program}\n// Output:\n// a\n// b\n`)).toEqual({ text: 'a\nb', unordered: false });
    expect(expectedOutput(`${program}\n// Output: a\n`)).toEqual({ text: 'a', unordered: false });
    expect(expectedOutput(`${program}\n// Unordered output:\n// b\n// a\n`)).toEqual({ text: 'b\na', unordered: true });
    expect(expectedOutput(program)).toBeUndefined();
  });

  it('keeps indentation after the one space that follows //', () => {
    expect(expectedOutput('package main\n\n// Output:\n// x\n//   indented\n')?.text).toBe('x\n  indented');
  });

  it('is not read from a comment with code after it', () => {
    const misplaced = `package main\n\n// Output:\n// a\n${program.slice('package main\n'.length)}`;
    expect(expectedOutput(misplaced)).toBeUndefined();
    expect(hasMisplacedOutput(misplaced)).toBe(true);
  });

  it('is compared trimmed, and sorted by line when unordered', () => {
    expect(outputMatches({ text: 'a\nb', unordered: false }, 'a\nb\n')).toBe(true);
    expect(outputMatches({ text: 'a\nb', unordered: false }, 'b\na\n')).toBe(false);
    expect(outputMatches({ text: 'a\nb', unordered: true }, 'b\na\n')).toBe(true);
    expect(outputMatches({ text: 'a', unordered: false }, 'a\nextra\n')).toBe(false);
  });
});

describe('the Go version the pages claim', () => {
  it('is the newest "Go 1.NN" of any page’s versions', async () => {
    const claim = await newestClaimedGo(process.cwd());
    expect(claim.minor).toBeGreaterThanOrEqual(27);
    expect(claim.version).toBe(`1.${claim.minor}`);
    expect(claim.claimedBy).toMatch(/^src\/content\/docs\/.+\.mdx$/);
  });
});
