import { readQuerySet, runQueries, scoreQueries } from '../support/search-quality.ts';
import { expect, referencePage, test } from './fixtures.ts';

const searchDialog = (page: import('@playwright/test').Page) => page.getByRole('dialog', { name: 'Search answers' });
const searchBox = (page: import('@playwright/test').Page) =>
  searchDialog(page).getByRole('searchbox', { name: 'Search answers' });

test('a concept search lists answers: the question as title, the short answer below, linking to #id', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search answers' }).click();
  await searchBox(page).fill('partition key');
  const first = searchDialog(page).getByRole('link').filter({ hasText: referencePage.question }).first();
  await expect(first).toHaveAttribute('href', `${referencePage.path}#${referencePage.answerId}`);
  await expect(first).toContainText('Use the identifier of the thing whose events must stay in sequence');
  await first.click();
  await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);
  await expect(searchDialog(page)).toBeHidden();
});

test('the dialog opens with Ctrl+K and with /, closes with Escape, and gives focus back', async ({ page }) => {
  await page.goto(referencePage.path);
  const trigger = page.getByRole('button', { name: 'Search answers' });
  await expect(trigger).toBeEnabled();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();

  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill('ISR');
  await expect(searchDialog(page).locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-isr$/);
  await page.keyboard.press('ArrowDown');
  await expect(searchDialog(page).locator('a[data-result="0"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
});

test('Enter opens the first answer', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchBox(page).fill('what is the ISR');
  await expect(searchDialog(page).locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-isr$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kafka\/fundamentals\/replication-and-isr\/#kafka-isr$/);
});

test('an acronym shows its glossary definition above the answers', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchBox(page).fill('EOS');
  const card = searchDialog(page).getByRole('region', { name: 'Glossary: EOS' });
  await expect(card).toContainText('exactly-once semantics');
  await expect(card.getByRole('link')).toHaveAttribute('href', '/glossary/#eos');
  await expect(searchDialog(page).locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-exactly-once$/);
});

test('filters narrow results by level, section and tag', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = searchDialog(page);
  // Waits for the render that answers exactly this query and these filters, never an older one.
  const resultsFor = (query: string, filters: Record<string, string>) =>
    dialog.locator(
      `ol[data-search-results][data-query="${query}"][data-filters="${new URLSearchParams(filters).toString()}"]`,
    );

  await searchBox(page).fill('kafka consumer');
  await selectStartingWith(dialog.getByRole('combobox', { name: 'Level' }), 'basic (');
  const basicLevels = resultsFor('kafka consumer', { level: 'basic' }).locator('.answer-level');
  await expect(basicLevels.first()).toBeVisible();
  expect(new Set(await basicLevels.allTextContents())).toEqual(new Set(['basic']));

  await searchBox(page).fill('');
  await dialog.getByRole('combobox', { name: 'Level' }).selectOption('');
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption('isr');
  const taggedLinks = resultsFor('', { tag: 'isr' }).locator('a[data-result]');
  await expect(taggedLinks.first()).toBeVisible();
  const taggedHrefs = await taggedLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await page.goto('/tags/isr/');
  const tagPageHrefs = await page
    .getByRole('main')
    .locator('a[href*="/#"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(taggedHrefs.length).toBeGreaterThan(0);
  expect(new Set(taggedHrefs)).toEqual(new Set(tagPageHrefs));

  await page.keyboard.press('Control+k');
  await selectStartingWith(dialog.getByRole('combobox', { name: 'Section' }), 'Observability (');
  await searchBox(page).fill('kafka');
  const sectionLinks = resultsFor('kafka', { section: 'Observability' }).locator('a[data-result]');
  await expect(sectionLinks.first()).toBeVisible();
  for (const href of await sectionLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/distributed\/observability\//);
  }
});

test('a search with no results suggests glossary terms and sections', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchBox(page).fill('jaegar');
  const dialog = searchDialog(page);
  await expect(dialog.getByRole('status')).toHaveText('No answers for “jaegar”.');
  await dialog.getByRole('button', { name: 'Jaeger' }).click();
  await expect(searchBox(page)).toHaveValue('Jaeger');
  await expect(dialog.locator('a[data-result]').first()).toBeVisible();

  await searchBox(page).fill('qwxyz');
  await expect(dialog.getByRole('link', { name: 'Operating Kafka' })).toHaveAttribute('href', '/kafka/operations/');
  await expect(dialog.getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/glossary/');
});

test('the measured query set finds the expected answer in the top three at least 90% of the time', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const queries = [
    ...(await readQuerySet('tests/fixtures/search-queries.json')),
    ...(await readQuerySet('tests/fixtures/search-queries-blind.json')),
  ];
  const scores = scoreQueries(await runQueries(page, queries));
  const misses = scores.misses.map((miss) => `${miss.query} → ${miss.ranked.slice(0, 3).join(', ')}`);
  expect(scores.hitAt3, `hit@3 over ${scores.queries} queries; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
    0.9,
  );
});

test('an answer’s index record holds its text, diagram caption and description, never diagram source', async ({
  page,
}) => {
  await page.goto(referencePage.path);
  const content = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search(null, { filters: { answer: 'kafka-ordering' } });
    return (await search.results[0].data()).content as string;
  });
  expect(content).toContain('How does Kafka guarantee message ordering?');
  expect(content).toContain('Same key, same partition, same order');
  expect(content).toContain('Three events for order 42 share a key');
  expect(content).not.toContain('accTitle');
  expect(content).not.toContain('flowchart');
  expect(content).not.toContain('Consumer B');
  expect(content).not.toContain('Related answers');
});

/** Picks the option whose label starts with `prefix` (labels end with a live count). */
async function selectStartingWith(select: import('@playwright/test').Locator, prefix: string): Promise<void> {
  // The options arrive with the index's filter counts, after the dialog opens.
  await expect(select.locator('option').filter({ hasText: prefix })).not.toHaveCount(0);
  const labels = await select.locator('option').allInnerTexts();
  const label = labels.find((text) => text.startsWith(prefix));
  if (!label) throw new Error(`No option starting with "${prefix}" in ${labels.join(', ')}`);
  await select.selectOption({ label });
}
