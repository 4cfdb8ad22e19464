import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../src/lib/collect-answers.ts';
import { collectGoBlocks } from '../../src/lib/go-blocks.ts';
import { checkGoBlocks, type GoCheckReport } from './check/check-blocks.ts';
import { formatSummary } from './check/summary.ts';

/**
 * Every Go block of the site, checked as readers will use it: complete blocks compile, pass
 * `go vet` and, when they end on their own, run under the race detector with the output they
 * promise; fragments parse. See tests/go/check/check-blocks.ts for how, and the README for why.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const baseline = (
  JSON.parse(readFileSync(new URL('not-compiled-baseline.json', import.meta.url), 'utf8')) as {
    notCompiled: number;
  }
).notCompiled;
let report: GoCheckReport;

beforeAll(async () => {
  report = await checkGoBlocks({ root, blocks: await collectGoBlocks(root), docsDir: DOCS_DIR, workspace: 'site' });
  console.log(formatSummary(report));
});

describe('the Go blocks of the site', () => {
  it('are found', () => {
    expect(report.blocks.length).toBeGreaterThan(50);
  });

  it('import only modules that tests/go/libraries.json and tests/go/go.mod list', () => {
    expect(report.unlisted).toEqual([]);
  });

  it('fragments parse with gofmt -e', () => {
    const failures = report.fragments.flatMap((fragment) => (fragment.failure ? [fragment.failure] : []));
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  });

  it('compile, pass go vet, and run under -race with the output they promise', () => {
    const failures = report.blocks.flatMap((outcome) => outcome.failures);
    if (failures.length > 0) throw new Error(`${failures.length} failure(s):\n\n${failures.join('\n\n')}`);
  });

  it(`leave no more than ${baseline} blocks uncompiled for want of their libraries`, () => {
    const notCompiled = report.blocks.filter((outcome) => outcome.notCompiled).length;
    if (notCompiled < baseline) {
      console.log(
        `Only ${notCompiled} blocks were not compiled: lower tests/go/not-compiled-baseline.json to ${notCompiled}.`,
      );
    }
    expect(
      notCompiled,
      'blocks not compiled (listed above): more than tests/go/not-compiled-baseline.json allows',
    ).toBeLessThanOrEqual(baseline);
  });
});
