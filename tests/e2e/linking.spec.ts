import type { Page } from '@playwright/test';
import { collectAnswers } from '../../src/lib/collect-answers.ts';
import { singleAnswerTags, tagRedirects, tagsWithPages } from '../../src/lib/tag-vocabulary.ts';
import { expect, referencePage, test } from './fixtures.ts';

const answers = await collectAnswers(process.cwd());
const question = referencePage.question;

test('copy link copies the absolute page#id URL and announces it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(referencePage.path);
  const trigger = page.getByRole('button', { name: `Copy link to “${question}”` });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${referencePage.path}#${referencePage.answerId}`,
  );
  await expect(trigger).toBeFocused();
});

test('copy link also offers the short link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(referencePage.path);
  await page.getByRole('button', { name: `Copy link to “${question}”` }).click();
  await page.getByRole('button', { name: /Copy short link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Short link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/a/${referencePage.answerId}/`);
});

test('the page has one menu: opened from another question, it moves there and acts on that answer', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(referencePage.path);
  const first = page.getByRole('button', { name: 'Copy link to “How does Kafka guarantee message ordering?”' });
  const trigger = page.getByRole('button', { name: `Copy link to “${question}”` });
  const shortLink = page.getByRole('button', { name: /Copy short link/ });
  await first.click();
  await expect(shortLink).toContainText('/a/kafka-ordering/');
  // The first menu still open, the next question's button is reached and pressed.
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  await expect(shortLink).toContainText(`/a/${referencePage.answerId}/`);
  await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
  await expect(page.locator('.answer-share__menu')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${referencePage.path}#${referencePage.answerId}`,
  );
  await expect(trigger).toBeFocused();
});

test('the copy button is hidden until the question is hovered or the button is focused', async ({ page }) => {
  await page.goto(referencePage.path);
  const trigger = page.getByRole('button', { name: `Copy link to “${question}”` });
  await expect(trigger).toHaveCSS('opacity', '0');
  await page.getByRole('heading', { name: question }).hover();
  await expect(trigger).toHaveCSS('opacity', '1');
});

test('arriving on an answer highlights it, and still marks it with reduced motion', async ({ page }) => {
  await page.goto(`${referencePage.path}#${referencePage.answerId}`);
  const wrapper = page.locator(`.sl-heading-wrapper:has(> #${referencePage.answerId})`);
  await expect(wrapper).toHaveCSS('animation-name', 'answer-arrival');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(wrapper).toHaveCSS('animation-name', 'none');
  await expect(wrapper).not.toHaveCSS('box-shadow', 'none');
});

test('every short link unfurls as its question and points at its answer in the markup', async ({ request }) => {
  // A bound per answer, not a speed target: the work grows with the handbook.
  test.setTimeout(60_000 + answers.length * 10_000);
  expect(answers.length).toBeGreaterThan(200);
  for (const answer of answers) {
    const html = await (await request.get(`/a/${answer.id}/`)).text();
    const head = readHead(html);
    expect(head.title).toBe(`${answer.question} | Backend Handbook`);
    expect(head.meta['og:title']).toBe(answer.question);
    expect(head.meta['og:description']).toBe(answer.summary);
    expect(head.meta.description).toBe(answer.summary);
    expect(head.canonical).toMatch(new RegExp(`^https?://[^/]+/${answer.page}/#${answer.id}$`));
    // The three ways a short link forwards (script, meta refresh, a link to click) name one target.
    expect(redirectTargets(html), answer.id).toEqual(Array(3).fill(`/${answer.page}/#${answer.id}`));
  }
});

// Every short link is the same template with its own target (checked in full above), so following
// the redirect in a browser is checked on one answer per area rather than on all of them.
const followed = [...Map.groupBy(answers, (answer) => answer.page.split('/')[0]).values()].map(
  (group) => group[Math.floor(group.length / 2)],
);

test(`short links forward, with and without JavaScript (${followed.length} answers, one per area)`, async ({
  page,
  browser,
  baseURL,
}) => {
  const withoutScript = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const noScriptPage = await withoutScript.newPage();
  // Only the address a redirect reaches matters here: answer pages are served as stubs, fast.
  for (const context of [page.context(), withoutScript]) await context.route(isAnswerPage, serveStub);
  for (const answer of followed) {
    if (!answer) continue;
    // waitForURL follows the redirect as it happens (an assertion would poll with back-off).
    const target = `/${answer.page}/#${answer.id}`;
    await page.goto(`/a/${answer.id}/`, { waitUntil: 'commit' });
    await page.waitForURL(target);
    await noScriptPage.goto(`/a/${answer.id}/`, { waitUntil: 'commit' });
    await noScriptPage.waitForURL(target);
  }
  await withoutScript.close();
});

test('a short link keeps a fragment of its own', async ({ page }) => {
  await page.goto(`/a/kafka-ordering/#kafka-ordering-keys`);
  await expect(page).toHaveURL(`${referencePage.path}#kafka-ordering-keys`);
});

test('an old #id on a page forwards to where the answer lives now, and so does its short link', async ({ page }) => {
  // ms-grpc-kubernetes-load-balancing was merged into k8s-headless-grpc (see the registry's "renamed").
  const now = '/distributed/cloud-native/kubernetes-service-discovery/#k8s-headless-grpc';
  await page.goto('/microservices/communication/service-discovery/#ms-grpc-kubernetes-load-balancing');
  await expect(page).toHaveURL(now);
  await page.goto('/a/ms-grpc-kubernetes-load-balancing/');
  await expect(page).toHaveURL(now);
});

test('each tag page lists exactly the answers with that tag', async ({ request }) => {
  test.setTimeout(60_000 + tagsWithPages(answers).length * 10_000);
  for (const { tag, answers: tagged } of tagsWithPages(answers)) {
    const html = await (await request.get(`/tags/${tag}/`)).text();
    const listed = [...html.matchAll(/<li><a href="\/([^"#]+)\/#([^"]+)">/g)].map(
      ([, pagePath, id]) => `${pagePath}#${id}`,
    );
    expect(listed.sort(), `tag ${tag}`).toEqual(tagged.map((answer) => `${answer.page}#${answer.id}`).sort());
  }
});

test('the address of a tag without a page forwards: to its one answer, or to the tag it was merged into', async ({
  request,
}) => {
  const redirects = tagRedirects(answers);
  test.setTimeout(60_000 + redirects.length * 10_000);
  expect(redirects).toContainEqual({ tag: 'vector-clock', target: 'tags/vector-clocks/' });
  for (const { tag, target } of redirects) {
    const html = await (await request.get(`/tags/${tag}/`)).text();
    expect(html, `tag ${tag}`).toContain(`<meta http-equiv="refresh" content="0; url=/${target}">`);
  }
});

test('the tag index links every tag page and every one-answer concept to its answer; answers show only tags with pages', async ({
  page,
}) => {
  await page.goto('/tags/');
  // Read once and compared whole: one query per tag would make the test's length grow with the handbook.
  const links = await linksIn(page);
  for (const { tag } of tagsWithPages(answers)) expect(links, tag).toContainEqual({ name: tag, href: `/tags/${tag}/` });
  for (const { tag, answer } of singleAnswerTags(answers)) {
    expect(links, tag).toContainEqual({ name: tag, href: `/${answer.page}/#${answer.id}` });
  }
  await page.goto(referencePage.path);
  const meta = page.locator(`.sl-heading-wrapper:has(#${referencePage.answerId}) + .answer-meta`);
  const withPages = new Set(tagsWithPages(answers).map(({ tag }) => tag));
  const reference = answers.find((answer) => answer.id === referencePage.answerId);
  await expect(meta.getByRole('link')).toHaveText([
    reference?.level ?? '',
    ...(reference?.tags.filter((tag) => withPages.has(tag)) ?? []),
  ]);
  await meta.getByRole('link', { name: 'message-keys', exact: true }).click();
  await expect(page).toHaveURL('/tags/message-keys/');
  await expect(page.getByRole('link', { name: question })).toBeVisible();
});

test('each level page lists the answers of that level', async ({ page }) => {
  const basic = answers.filter((answer) => answer.level === 'basic');
  await page.goto('/levels/basic/');
  const listed = new Set((await linksIn(page)).map((link) => link.name));
  expect(basic.length).toBeGreaterThan(10);
  for (const answer of basic) expect(listed, answer.id).toContain(answer.question);
  const others = answers.filter((answer) => answer.level !== 'basic');
  for (const answer of others) expect(listed.has(answer.question), answer.id).toBe(false);
});

test('every answer ends with two to five related answers', async ({ page }) => {
  await page.goto(referencePage.path);
  const blocks = page.locator('.answer-related');
  await expect(blocks).toHaveCount(answers.filter((answer) => answer.page === 'kafka/consumers/ordering').length);
  for (const block of await blocks.all()) {
    const links = await block.getByRole('link').count();
    expect(links).toBeGreaterThanOrEqual(2);
    expect(links).toBeLessThanOrEqual(5);
  }
});

/** The visible links of the page's main content, by accessible name (their text) and target. */
async function linksIn(page: Page): Promise<Array<{ name: string; href: string | null }>> {
  await expect(page.getByRole('main')).toBeVisible();
  return page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) =>
      links
        .filter((link) => link.checkVisibility())
        .map((link) => ({ name: (link.textContent ?? '').trim(), href: link.getAttribute('href') })),
    );
}

function isAnswerPage(url: URL): boolean {
  return url.pathname.endsWith('/') && !url.pathname.startsWith('/a/');
}

async function serveStub(route: import('@playwright/test').Route): Promise<void> {
  if (route.request().resourceType() !== 'document') return route.continue();
  return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Answer page</title>' });
}

/** The head tags a chat app reads when it unfurls a link: title, meta name/property, canonical. */
function readHead(html: string): { title: string; meta: Record<string, string>; canonical: string } {
  const meta: Record<string, string> = {};
  for (const [, key = '', content = ''] of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
    meta[key] = decodeEntities(content);
  }
  return {
    title: decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    meta,
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '',
  };
}

/** Where the short-link page sends a reader: its redirect script's target, its meta refresh and its fallback link. */
function redirectTargets(html: string): string[] {
  const script = /<script type="application\/json" id="redirect-data">([^<]+)<\/script>/.exec(html)?.[1];
  return [
    script ? (JSON.parse(script) as { target: string }).target : '',
    /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1] ?? '',
    /<body>[\s\S]*?<a href="([^"]+)">/.exec(html)?.[1] ?? '',
  ].map(decodeEntities);
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? entity;
  });
}
