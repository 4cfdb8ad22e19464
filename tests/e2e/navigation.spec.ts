import { expect, referencePage, test } from './fixtures.ts';

test('a reader goes from the home page to a section and on to one answer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: referencePage.sectionLabel }).click();
  await expect(page).toHaveURL(referencePage.sectionPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(referencePage.sectionLabel);

  await page.getByRole('link', { name: referencePage.question }).click();
  await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);
  await expect(page.getByRole('heading', { level: 2, name: referencePage.question })).toBeInViewport();
});

test('a link to page#id opens with that answer at the top of the viewport, below the header', async ({ page }) => {
  await page.goto(`${referencePage.path}#${referencePage.answerId}`);
  const heading = page.getByRole('heading', { level: 2, name: referencePage.question });
  await expect(heading).toHaveAttribute('id', referencePage.answerId);
  await expect(heading).toBeInViewport();

  const headerBottom = await page.locator('header.header').evaluate((header) => header.getBoundingClientRect().bottom);
  const headingTop = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
  expect(headingTop - headerBottom).toBeLessThan(120);
});

test('on a desktop, the table of contents is at the right edge even before the main pane arrives', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(referencePage.path);
  const contents = page
    .getByRole('complementary')
    .filter({ has: page.getByRole('heading', { name: 'Questions on this page' }) });
  const rightEdge = () => contents.evaluate((aside) => Math.round(aside.getBoundingClientRect().right));
  expect(await rightEdge()).toBe(1280);
  // The state of a page painted while still arriving: the table of contents comes first in the
  // HTML, so for a moment it is there and the main pane is not.
  await page.locator('.main-pane').evaluate((pane) => pane.remove());
  expect(await rightEdge()).toBe(1280);
});

test('the page shows each answer’s level and tags under its question', async ({ page }) => {
  await page.goto(referencePage.path);
  const heading = page.getByRole('heading', { level: 2, name: referencePage.question });
  await expect(heading).toHaveAttribute('data-level', 'intermediate');
  // Starlight wraps each h2 with its anchor link; the meta line follows that wrapper.
  const meta = page.locator(`.sl-heading-wrapper:has(#${referencePage.answerId}) + .answer-meta`);
  await expect(meta).toContainText('intermediate');
  await expect(meta).toContainText('message-keys');
});

test('an unknown address shows the handbook’s own 404 page', async ({ page, problems }) => {
  problems.expectedStatusErrors = 1;
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');
});
