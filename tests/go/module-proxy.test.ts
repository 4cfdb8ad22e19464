import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../src/lib/collect-answers.ts';
import { collectGoBlocks } from '../../src/lib/go-blocks.ts';
import { checkGoBlocks } from './check/check-blocks.ts';
import { writeFileModuleProxy } from './support/file-module-proxy.ts';

/**
 * Where a module proxy answers, the check builds in module mode from tests/go/go.mod, also for
 * modules Debian lacks; without it, those blocks are not compiled. Proven with a small project
 * whose go.mod and libraries.json name one module, served by a proxy in a directory
 * (GOPROXY=file://…) that only this test knows.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const project = join(root, 'node_modules/.cache/backend-handbook/go-module-proxy-fixture');
const proxy = join(project, 'proxy');
const PAGE = `---
title: A page whose block needs a module from the proxy
versions:
  - Go 1.27
---

\`\`\`go
package main

import (
	"fmt"

	"example.com/greeting"
)

func main() {
	fmt.Println(greeting.Hello("proxy"))
}

// Output:
// hello, proxy
\`\`\`
`;
const saved = { ...process.env };

beforeAll(async () => {
  await rm(project, { recursive: true, force: true });
  const files: Record<string, string> = {
    [`${DOCS_DIR}/greeting.mdx`]: PAGE,
    'tests/go/go.mod': 'module examples\n\ngo 1.27\n\nrequire example.com/greeting v1.2.0\n',
    'tests/go/libraries.json': JSON.stringify({
      modules: { 'example.com/greeting': { unavailable: 'a fixture module, served only by this test’s proxy' } },
    }),
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(project, path)), { recursive: true });
    await writeFile(join(project, path), text);
  }
  await writeFileModuleProxy(proxy, 'example.com/greeting', 'v1.2.0', {
    'go.mod': 'module example.com/greeting\n\ngo 1.22\n',
    'greeting.go':
      'package greeting\n\n// Hello greets name.\nfunc Hello(name string) string { return "hello, " + name }\n',
  });
  Object.assign(process.env, { GOPROXY: pathToFileURL(proxy).href, GOSUMDB: 'off' });
});

afterAll(async () => {
  process.env = saved;
  await rm(project, { recursive: true, force: true });
});

async function check(libraries: 'proxy' | 'debian') {
  process.env.BACKEND_HANDBOOK_GO_LIBRARIES = libraries;
  const report = await checkGoBlocks({
    root: project,
    blocks: await collectGoBlocks(project),
    docsDir: DOCS_DIR,
    workspace: libraries,
  });
  const [outcome] = report.blocks;
  if (!outcome) throw new Error('the fixture page has no block');
  return { report, outcome };
}

describe('libraries from a module proxy', () => {
  it('compile, vet and run a block in module mode, at the version go.mod pins', async () => {
    const { report, outcome } = await check('proxy');
    expect(report.libraries).toMatch(/^module mode, resolved by the module proxy file:\/\//);
    expect(report.libraryVersions).toEqual(['example.com/greeting v1.2.0']);
    expect(outcome.failures).toEqual([]);
    expect(outcome).toMatchObject({ vetted: true, built: true, ran: true, expected: { text: 'hello, proxy' } });
  });

  it('without the proxy, the same block is reported as not compiled', async () => {
    const { outcome } = await check('debian');
    expect(outcome.notCompiled).toEqual({
      module: 'example.com/greeting',
      reason: 'unavailable without the module proxy: a fixture module, served only by this test’s proxy',
    });
    expect(outcome.vetted).toBe(false);
  });
});
