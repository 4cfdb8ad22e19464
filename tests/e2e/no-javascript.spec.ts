import { devices } from '@playwright/test';
import { expect, referencePage, test } from './fixtures.ts';

/** The handbook with JavaScript off: text, code, diagrams and navigation all still work. */
test.use({ javaScriptEnabled: false });

test('a reader navigates from the home page to an answer and reads it, without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: referencePage.sectionLabel }).click();
  await page.getByRole('link', { name: referencePage.question }).click();
  await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);

  await expect(page.getByRole('heading', { level: 2, name: referencePage.question })).toBeVisible();
  await expect(page.getByText('Use the identifier of the thing whose events must stay in sequence')).toBeVisible();
  await expect(page.locator('pre[data-language="go"]').first()).toContainText('kgo.NewClient(');
  await expect(page.getByRole('img', { name: 'Keys map related events to one partition' })).toBeVisible();
  await expect(page.locator('.diagram__toolbar')).toHaveCount(0);
});

test('the sidebar, pagination and answer links work without JavaScript on a desktop', async ({ page }) => {
  await page.goto(referencePage.path);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  // Another section is one link to its overview; there, the sidebar lists that section's pages.
  await expect(sidebar.getByRole('link', { name: 'Replication and the ISR' })).toHaveCount(0);
  await sidebar.getByRole('link', { name: 'Kafka fundamentals', exact: true }).click();
  await expect(page).toHaveURL('/kafka/fundamentals/');
  await sidebar.getByRole('link', { name: 'Replication and the ISR' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Replication');
  await page.getByRole('link', { name: 'isr', exact: true }).first().click();
  await expect(page).toHaveURL('/tags/isr/');
  await page.goBack();
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).not.toHaveURL(/replication-and-isr/);
});

test('the search page says that search needs JavaScript and links every section', async ({ page }) => {
  await page.goto('/search/?q=kafka');
  await expect(page.getByText('Search runs in your browser and needs JavaScript, which is off.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Kafka fundamentals' })).toHaveAttribute(
    'href',
    '/kafka/fundamentals/',
  );
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toBeHidden();
});

test('My answers says that stars need JavaScript and offers practice and the level pages', async ({ page }) => {
  await page.goto('/my-answers/');
  await expect(page.getByText('Stars need JavaScript, which is off. They are kept in this browser only')).toBeVisible();
  await expect(page.getByText('Loading your starred answers')).toBeHidden();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'the practice page' })).toHaveAttribute('href', '/practice/');
  await main.getByRole('link', { name: 'Advanced answers' }).click();
  await expect(page).toHaveURL('/levels/advanced/');
});

test.describe('on a phone', () => {
  test.use({ viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true, javaScriptEnabled: false });

  test('the menu opens without JavaScript (a declarative popover)', async ({ page }) => {
    await page.goto(referencePage.path);
    await page.getByRole('button', { name: 'Menu' }).click();
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar).toBeVisible();
    await sidebar.getByRole('link', { name: 'Go runtime', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go runtime');
  });

  test('short links and glossary work without JavaScript', async ({ page }) => {
    await page.goto(`/a/${referencePage.answerId}/`);
    await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);
    await page.goto('/glossary/');
    await page.getByRole('link', { name: 'EOS' }).click();
    await expect(page).toHaveURL('/glossary/#eos');
  });
});

test('the practice page says what practice mode needs and lists every question with its link', async ({ page }) => {
  await page.goto('/practice/?tags=kafka&level=advanced');
  // Playwright's text locators skip <noscript>, where this text is; roles and hasText do not.
  const main = page.getByRole('main');
  await expect(
    main.getByRole('paragraph').filter({ hasText: 'Practice mode needs JavaScript, which is off.' }),
  ).toBeVisible();
  await expect(main.getByRole('link', { name: referencePage.question })).toHaveAttribute(
    'href',
    `${referencePage.path}#${referencePage.answerId}`,
  );
  await expect(page.getByRole('heading', { level: 2, name: referencePage.sectionLabel })).toBeVisible();
  await expect(main.getByRole('link', { name: 'by tag' })).toHaveAttribute('href', '/tags/');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
});
