import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { areas } from '../../src/config/sections.ts';
import { directorySize, timeBuild } from './build.ts';

export interface ScaleFigures {
  generatedPages: number;
  totalPages: number;
  buildSeconds: number;
  indexSeconds: number;
  distBytes: number;
  indexBytes: number;
  indexFiles: number;
}

const LEVELS = ['basic', 'intermediate', 'advanced', 'scenario'];
const TOPICS = ['replication', 'ordering', 'caching', 'consensus', 'retries', 'profiling', 'deployment', 'tracing'];

/** One generated question page: three answers, a Go block, a table, a link to a real answer. */
function generatedPage(index: number): string {
  const id = String(index).padStart(4, '0');
  const topic = TOPICS[index % TOPICS.length] ?? 'topic';
  const answer = (
    n: number,
  ) => `## How does generated topic ${id} handle case ${n}? :answer{#scale-${id}-${n} level=${LEVELS[(index + n) % 4]} tags="scale ${topic}"}

Generated topic ${id} handles case ${n} by applying ${topic} rules in a fixed order, so the result is predictable.

The detail explains the trade-offs of ${topic} for case ${n}, with a table and code, as a real answer would. See [how Kafka orders messages](/kafka/consumers/ordering/#kafka-ordering).

| Setting | Effect |
| --- | --- |
| \`${topic}.enabled\` | Turns ${topic} on for case ${n}. |
| \`${topic}.limit\` | Caps how much ${topic} work runs at once. |

\`\`\`go
package main

import "fmt"

func main() {
	fmt.Println("topic ${id}, case ${n}")
}
\`\`\`
`;
  return `---
title: Generated topic ${id}
description: A generated page of the scale benchmark about ${topic}.
sidebar:
  order: ${100 + index}
---

${[1, 2, 3].map(answer).join('\n')}`;
}

/**
 * Copies the site into `.fixture-builds/scale`, adds `count` generated question pages across the
 * sections, builds it (search index included) and reports how long and how big.
 */
export async function runScale(root: string, count: number): Promise<ScaleFigures> {
  const project = join(root, '.fixture-builds', 'scale');
  await rm(project, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src']) {
    await cp(join(root, entry), join(project, entry), { recursive: true });
  }
  const sections = areas.flatMap((area) => area.sections);
  for (let index = 0; index < count; index += 1) {
    const section = sections[index % sections.length];
    if (!section) continue;
    await writeFile(
      join(project, 'src/content/docs', section.directory, `generated-${index}.mdx`),
      generatedPage(index),
    );
  }
  const build = await timeBuild(project);
  const dist = await directorySize(join(project, 'dist'));
  const index = await directorySize(join(project, 'dist', 'pagefind'));
  await rm(project, { recursive: true, force: true });
  return {
    generatedPages: count,
    totalPages: build.pages,
    buildSeconds: build.seconds,
    indexSeconds: build.indexSeconds,
    distBytes: dist.bytes,
    indexBytes: index.bytes,
    indexFiles: index.files,
  };
}
