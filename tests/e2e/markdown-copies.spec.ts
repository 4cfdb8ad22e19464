import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readBuildRecord } from '../../src/build/build-record.ts';
import { ROOT_BUILD } from '../support/builds.ts';
import { expect, referencePage, test } from './fixtures.ts';

/**
 * Every page's Markdown copy (`…/index.md`), `/llms.txt` and `/llms-full.txt`, and what the
 * answer menu does with them: copy an answer as Markdown, short or in full. "Edit this page" and
 * "Suggest a fix" are checked against the REPO_URL this build recorded: `npm test` builds the
 * site with one (tests/run-all.ts), a plain `npm run build` has none, and then neither shows.
 * The base-path build never has one (base-path.spec.ts).
 */
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
/** Pages generated from the answers (tags, levels, glossary, search, practice, My answers): no MDX source, no Markdown copy. */
const GENERATED_LISTING = /^\/((tags|levels)\/([a-z0-9-]+\/)?|glossary\/|search\/|practice\/|my-answers\/)$/;
const llms = readFileSync('dist/llms.txt', 'utf8');
const { repoUrl } = readBuildRecord(ROOT_BUILD.dir, 'npm run build');
const listedCopies = [...llms.matchAll(/^- \[.+?\]\(([^)]+)\)/gm)].map(([, url]) => new URL(url ?? '').pathname);

/** An answer with a code block, a table and a diagram, and the question after it on its page. */
const outbox = {
  path: '/microservices/data/outbox/',
  id: 'ms-outbox',
  question: 'How do you update a database and publish an event reliably?',
};

test('llms.txt lists a Markdown copy of every content page of the sitemap, and nothing else has one', () => {
  expect(llms).toMatch(/^# Backend Handbook\n\n> .+\n/);
  const contentPages = sitemapPaths.filter((path) => !GENERATED_LISTING.test(path));
  expect(contentPages.length).toBeGreaterThan(150);
  expect(listedCopies.map((path) => path.replace(/index\.md$/, '')).sort()).toEqual(contentPages.sort());
  // Short links, moved pages and generated listings have none: the copies on disk are exactly those listed.
  const onDisk = (readdirSync('dist', { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.md'))
    .map((file) => `/${file.split('\\').join('/')}`);
  expect(onDisk.sort()).toEqual([...listedCopies].sort());
  const full = readFileSync('dist/llms-full.txt', 'utf8');
  for (const path of listedCopies) {
    const copy = readFileSync(`dist${path}`, 'utf8');
    expect(copy, path).toMatch(/^# \S/);
    // Outside code, where authors may write anything: no MDX or directive syntax, no relative link.
    const prose = copy.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/`[^`\n]+`/g, '');
    expect(prose, path).not.toMatch(/:answer\{|^:::|<[A-Z][A-Za-z]+|^import |\]\((\/|#|\.)/m);
    expect(full, path).toContain(copy.trim());
  }
});

test('neither the Markdown copies nor the llms files are in the sitemap or the search index', () => {
  expect(sitemapPaths.filter((path) => /\.(md|txt)$/.test(path))).toEqual([]);
  const fragments = readdirSync('dist/pagefind/fragment');
  expect(fragments.length).toBeGreaterThan(400);
  const urls = fragments.map((name) => {
    const json = gunzipSync(readFileSync(`dist/pagefind/fragment/${name}`)).toString('utf8');
    return (JSON.parse(json.slice(json.indexOf('{'))) as { url: string }).url;
  });
  expect(urls.filter((url) => !/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/.test(url))).toEqual([]);
});

test('an answer copies as Markdown, short and in full, from the page copy fetched once', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.md')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(outbox.path);
  const questions = (await page.locator('h2[data-answer]').allTextContents()).map((text) => text.trim());
  const next = questions[questions.indexOf(outbox.question) + 1];
  const openMenu = () => page.getByRole('button', { name: `Copy link to “${outbox.question}”` }).click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const permanentLink = `Permanent link: ${baseURL}/a/${outbox.id}/\n`;

  await openMenu();
  expect(fetched).toEqual([]);
  await page.getByRole('button', { name: 'Copy answer as Markdown' }).click();
  await expect(page.getByRole('status')).toHaveText('Answer copied as Markdown');
  const short = await clipboard();
  expect(short.startsWith(`## ${outbox.question}\n\nUse a **transactional outbox**:`)).toBe(true);
  expect(short.endsWith(`at-least-once** delivery.\n\n${permanentLink}`)).toBe(true);
  expect(short.split('\n\n')).toHaveLength(3);

  await openMenu();
  await page.getByRole('button', { name: 'Copy full answer' }).click();
  await expect(page.getByRole('status')).toHaveText('Full answer copied as Markdown');
  const full = await clipboard();
  expect(full.startsWith(short.replace(permanentLink, ''))).toBe(true);
  expect(full).toContain(
    '\n| Commit, then publish | Process crashes, broker down | Order exists, nobody hears about it |\n',
  );
  expect(full).toMatch(
    /\n```mermaid\nflowchart LR\n[\s\S]*\n {2}click R "https?:\/\/[^"]+\/microservices\/data\/outbox\/#ms-outbox-relay"/,
  );
  expect(full).toContain('\n```go\npackage orders\n');
  expect(full).toContain('\treturn tx.Commit() // order and event become visible together\n}\n```\n');
  expect(full.endsWith(permanentLink)).toBe(true);
  expect(next).toBeTruthy();
  expect(full).not.toContain(`## ${next}`);
  expect(fetched).toEqual([`${outbox.path}index.md`]);
});

test('Edit this page and Suggest a fix lead to the page source and a prefilled issue, when the build had REPO_URL', async ({
  page,
  baseURL,
}) => {
  await page.goto(referencePage.path);
  const edit = page.getByRole('link', { name: 'Edit this page' });
  await page.getByRole('button', { name: `Copy link to “${referencePage.question}”` }).click();
  await expect(page.getByRole('button', { name: 'Copy full answer' })).toBeVisible();
  const suggestLink = page.getByRole('link', { name: 'Suggest a fix' });
  if (!repoUrl) {
    // Built without REPO_URL (a plain `npm run build`): no repository, no links to one.
    await expect(edit).toHaveCount(0);
    await expect(suggestLink).toHaveCount(0);
    return;
  }
  const source = 'src/content/docs/kafka/consumers/ordering.mdx';
  await expect(edit).toHaveAttribute('href', `${repoUrl}/edit/main/${source}`);
  const suggest = new URL((await suggestLink.getAttribute('href')) ?? '');
  expect(`${suggest.origin}${suggest.pathname}`).toBe(`${repoUrl}/issues/new`);
  expect(suggest.searchParams.get('title')).toBe(`Fix: ${referencePage.question} (${referencePage.answerId})`);
  const body = suggest.searchParams.get('body') ?? '';
  expect(body).toContain(`Answer: \`${referencePage.answerId}\``);
  expect(body).toContain(`Permanent link: ${baseURL}/a/${referencePage.answerId}/`);
  expect(body).toContain(`Source: ${repoUrl}/blob/main/${source}`);
  expect(existsSync(source)).toBe(true);
});
