import { describe, expect, it } from 'vitest';
import { blockFailure, toPagePositions } from '../go/check/block-messages.ts';
import { isStandard, loadLibraries, moduleOf, parseRequires } from '../go/check/libraries.ts';
import { placeBlocks } from '../go/check/workspace.ts';

/** The Go check's own model, without Go: its data files, block naming and message mapping. */
const libraries = loadLibraries(process.cwd());

describe('tests/go/libraries.json and tests/go/go.mod', () => {
  it('name the same modules (generated code is in no go.mod)', () => {
    const published = [...libraries.modules].filter(([, source]) => !('generated' in source)).map(([module]) => module);
    expect(published.sort()).toEqual([...libraries.required.keys()].sort());
  });

  it('give each Debian package one version', () => {
    const versions = new Map<string, Set<string>>();
    for (const source of libraries.modules.values()) {
      if (!('debian' in source)) continue;
      versions.set(source.debian, (versions.get(source.debian) ?? new Set()).add(source.debianVersion));
    }
    expect([...versions].filter(([, seen]) => seen.size > 1)).toEqual([]);
  });
});

describe('module lookup', () => {
  const modules = new Map([
    ['github.com/twmb/franz-go', 1],
    ['github.com/twmb/franz-go/pkg/kadm', 2],
  ]);

  it('finds the longest listed module an import path is in', () => {
    expect(moduleOf('github.com/twmb/franz-go/pkg/kgo', modules)).toBe('github.com/twmb/franz-go');
    expect(moduleOf('github.com/twmb/franz-go/pkg/kadm', modules)).toBe('github.com/twmb/franz-go/pkg/kadm');
    expect(moduleOf('github.com/twmb/franz-golang', modules)).toBeUndefined();
  });

  it('tells the standard library by the missing dot in its first element', () => {
    expect(isStandard('net/http')).toBe(true);
    expect(isStandard('golang.org/x/sync/errgroup')).toBe(false);
  });

  it('reads require lines, in blocks and single', () => {
    const required = parseRequires(
      'module m\n\nrequire a.b/c v1.0.0 // why\n\nrequire (\n\tx.y/z v0.2.0\n\t// note\n)\n',
    );
    expect([...required]).toEqual([
      ['x.y/z', 'v0.2.0'],
      ['a.b/c', 'v1.0.0'],
    ]);
  });
});

describe('block packages and messages', () => {
  const block = {
    where: 'src/content/docs/kafka/consumers/ordering.mdx:42',
    file: 'src/content/docs/kafka/consumers/ordering.mdx',
    line: 42,
    code: 'package main\n\nfunc main() {\n\tx := 1\n}',
    fragment: false,
    run: false,
  };
  const [placed] = placeBlocks([block], 'src/content/docs');

  it('are named after page and line', () => {
    expect(placed).toMatchObject({
      id: 'kafka_consumers_ordering_mdx_L42',
      importPath: 'examples/kafka_consumers_ordering_mdx_L42',
    });
  });

  it('point into the page, whatever path the tool printed', () => {
    if (!placed) throw new Error('no block placed');
    expect(toPagePositions('kafka_consumers_ordering_mdx_L42/block.go:4:2: declared and not used: x', placed)).toBe(
      'src/content/docs/kafka/consumers/ordering.mdx:46:2: declared and not used: x',
    );
    expect(
      toPagePositions('      /cache/w/src/examples/kafka_consumers_ordering_mdx_L42/block.go:4 +0x3c', placed),
    ).toBe('      src/content/docs/kafka/consumers/ordering.mdx:46 +0x3c');
    expect(blockFailure(placed, 'it does not compile', 'x')).toBe(
      'src/content/docs/kafka/consumers/ordering.mdx:42: it does not compile\n    x\n  the block begins:\n' +
        '    │ package main\n    │ \n    │ func main() {\n    │ \tx := 1\n    │ }',
    );
  });
});
