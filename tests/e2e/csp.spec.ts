import { expect, referencePage, searchFor, test } from './fixtures.ts';

/**
 * The site under its production Content-Security-Policy header (from `_headers`, served by the
 * test server) with the features that are most likely to need an exception: search (Pagefind
 * runs WebAssembly), the live diagram editor (Mermaid in the browser), copy link and redirects.
 * The fixture fails the test on any CSP violation or console error.
 */
test('the policy is strict: no unsafe-inline scripts, nothing from another origin', async ({ request }) => {
  const response = await request.get(referencePage.path);
  const policy = response.headers()['content-security-policy'] ?? '';
  const scriptSources = (/script-src ([^;]*)/.exec(policy)?.[1] ?? '').split(/\s+/);
  expect(scriptSources).toContain("'self'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(scriptSources.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/https?:/);
  expect(await response.text()).toContain('<meta http-equiv="content-security-policy"');
});

test('search, the diagram editor and copy link work under the policy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(referencePage.path);

  await page.keyboard.press('Control+k');
  const results = await searchFor(page, 'partition key');
  await expect(results.locator('a[data-result="0"]')).toBeVisible();
  await page.keyboard.press('Escape');

  await page
    .getByRole('button', { name: /^Edit diagram/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: /^Edit diagram/ }).getByRole('status')).toHaveText(
    'Preview up to date.',
  );
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: `Copy link to “${referencePage.question}”` }).click();
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
});

test('a short link redirects under the policy', async ({ page }) => {
  await page.goto(`/a/${referencePage.answerId}/`);
  await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);
});
