import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixturePath } from '../support/fixture-project.ts';

/** The dev-server fixture: a copy of the site with one question page, served by `astro dev`. */
export const DEV_FIXTURE = 'dev-server';
export const DEV_PORT = Number(process.env.DEV_E2E_PORT ?? 4331);

export const devPage = {
  file: 'kafka/consumers/dev-page.mdx',
  path: '/kafka/consumers/dev-page/',
  answerId: 'dev-answer',
  question: 'What does the dev server show?',
  diagramTitle: 'Writer to reader',
};

export const devPageSource = `---
title: The dev page
description: A page the dev-server tests edit while the server runs.
sidebar:
  order: 1
---

## ${devPage.question} :answer{#${devPage.answerId} level=basic tags="fixture"}

The page as it is now: every save shows up in the browser.

\`\`\`mermaid
flowchart LR
  accTitle: ${devPage.diagramTitle}
  accDescr: The writer saves, the reader sees the change.
  W[Writer] --> R[Reader]
\`\`\`

## Is there a second answer? :answer{#dev-second level=basic tags="fixture"}

Yes, so that an id can collide with it.
`;

const pageFile = () => join(fixturePath(DEV_FIXTURE), 'src/content/docs', devPage.file);

/** Rewrites the dev page; the running server picks the change up. */
export async function editDevPage(change: (source: string) => string): Promise<void> {
  await writeFile(pageFile(), change(await readFile(pageFile(), 'utf8')));
}

export async function restoreDevPage(): Promise<void> {
  await writeFile(pageFile(), devPageSource);
}
