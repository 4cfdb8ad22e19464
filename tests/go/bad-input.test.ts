import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectGoBlocks } from '../../src/lib/go-blocks.ts';
import { type BlockOutcome, checkGoBlocks, type GoCheckReport } from './check/check-blocks.ts';
import { formatSummary } from './check/summary.ts';

/**
 * Each kind of bad Go block fails the check with the page and line, the Go tool's own message,
 * and the block's first lines; the pages are synthetic, in tests/go/fixtures/bad-input. Each
 * fixture's fence is on line 9, so line n of a block is line 9 + n of its page.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'tests/go/fixtures/bad-input';
let report: GoCheckReport;

beforeAll(async () => {
  report = await checkGoBlocks({
    root,
    blocks: await collectGoBlocks(root, FIXTURES),
    docsDir: FIXTURES,
    workspace: 'bad-input',
    // Long enough for a -race binary to start on a loaded machine (3 s failed good fixtures at load 60);
    // short enough that the never-ending fixture does not cost the full site limit.
    runTimeLimitMs: 20_000,
  });
  console.log(formatSummary(report));
});

function outcomeOf(page: string): BlockOutcome {
  const outcome = report.blocks.find((candidate) => candidate.placed.block.file === `${FIXTURES}/${page}`);
  if (!outcome) throw new Error(`No complete block on ${page}`);
  return outcome;
}

function failureOf(page: string): string {
  return outcomeOf(page).failures.join('\n');
}

describe('a bad Go block fails the check, naming page and line, with the tool’s message and the block', () => {
  it('a compile error', () => {
    const failure = failureOf('compile-error.mdx');
    expect(failure).toContain(`${FIXTURES}/compile-error.mdx:9: it does not compile`);
    expect(failure).toContain(`${FIXTURES}/compile-error.mdx:16:14: undefined: totl`);
    expect(failure).toContain(`${FIXTURES}/compile-error.mdx:15:2: declared and not used: total`);
    expect(failure).toContain('│ package main\n    │ \n    │ import "fmt"');
  });

  it('a package main that does not link', () => {
    const failure = failureOf('no-main.mdx');
    expect(failure).toContain(`${FIXTURES}/no-main.mdx:9: it does not compile`);
    expect(failure).toContain('function main is undeclared in the main package');
    expect(outcomeOf('no-main.mdx').built).toBe(false);
  });

  it('a go vet finding', () => {
    const failure = failureOf('vet-finding.mdx');
    expect(failure).toContain(`${FIXTURES}/vet-finding.mdx:9: go vet (printf)`);
    expect(failure).toMatch(/vet-finding\.mdx:16:20: fmt\.Printf format %d has arg name of wrong type string/);
    expect(failure).toContain('│ package main');
    expect(outcomeOf('vet-finding.mdx').vetted).toBe(true);
  });

  it('a data race, found by running the block under -race', () => {
    const failure = failureOf('data-race.mdx');
    expect(failure).toContain(`${FIXTURES}/data-race.mdx:9: the race detector found a data race`);
    expect(failure).toContain('WARNING: DATA RACE');
    expect(failure).toMatch(/data-race\.mdx:22\b/); // count++, in the race report’s stack
    expect(failure).toContain('│ package main');
  });

  it('output that differs from the // Output: comment', () => {
    const failure = failureOf('wrong-output.mdx');
    expect(failure).toContain(`${FIXTURES}/wrong-output.mdx:9: its output differs from its // Output: comment`);
    expect(failure).toMatch(/got:\n\s+2\n\s+want:\n\s+3/);
    expect(failure).toContain('│ package main');
  });

  it('a block marked to run that does not end in time', () => {
    expect(failureOf('never-ends.mdx')).toContain(`${FIXTURES}/never-ends.mdx:9: it did not end within 20 s`);
  });

  it('a fragment gofmt cannot parse', () => {
    const failures = report.fragments.flatMap((fragment) => (fragment.failure ? [fragment.failure] : []));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(`${FIXTURES}/broken-fragment.mdx:9: gofmt -e cannot parse this fragment`);
    expect(failures[0]).toMatch(/expected '}'/);
  });
});

describe('a block whose library is unavailable is reported, never passed', () => {
  it('generated code: not compiled, with the module and the reason', () => {
    const outcome = outcomeOf('unavailable-module.mdx');
    expect(outcome.notCompiled).toEqual({
      module: 'example.com/shop/gen/productv1',
      reason: expect.stringMatching(/^generated code: /),
    });
    expect(outcome.vetted).toBe(false);
    expect(formatSummary(report)).toMatch(/not compiled \(1\), example\.com\/shop\/gen\/productv1: generated code/);
  });

  it('a module missing from tests/go/libraries.json: not compiled, and listed as unlisted', () => {
    expect(outcomeOf('unlisted-module.mdx').notCompiled?.reason).toMatch(/not listed in tests\/go\/libraries\.json/);
    expect(report.unlisted).toEqual(['github.com/nobody/unlisted']);
  });
});

describe('correct blocks pass', () => {
  it('compile, vet, run under -race and match their unordered output; fragments parse', () => {
    const outcome = outcomeOf('correct.mdx');
    expect(outcome.failures).toEqual([]);
    expect(outcome).toMatchObject({ vetted: true, built: true, ran: true, expected: { unordered: true } });
    expect(report.fragments.filter((fragment) => fragment.block.file.endsWith('correct.mdx'))).toEqual([
      { block: expect.objectContaining({ fragment: true }) },
    ]);
  });

  it('run with the GODEBUG defaults of the go line, also in GOPATH mode (Go 1.22 ServeMux patterns)', () => {
    const outcome = outcomeOf('current-defaults.mdx');
    expect(outcome.failures).toEqual([]);
    expect(outcome).toMatchObject({ built: true, ran: true });
  });
});
