import { QUERY_SETS, readQuerySet, runQueries, scoreQueries } from '../support/search-quality.ts';
import { expect, referencePage, resultsFor, searchBox, searchDialog, searchFor, test } from './fixtures.ts';

test('a concept search lists answers: the question as title, the short answer below, linking to #id', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search answers' }).click();
  const results = await searchFor(page, 'partition key');
  const first = results.getByRole('link').filter({ hasText: referencePage.question }).first();
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
  const results = await searchFor(page, 'ISR');
  await expect(results.locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-isr$/);
  await page.keyboard.press('ArrowDown');
  await expect(results.locator('a[data-result="0"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
});

test('Enter opens the first answer', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const results = await searchFor(page, 'what is the ISR');
  await expect(results.locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-isr$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kafka\/fundamentals\/replication-and-isr\/#kafka-isr$/);
});

test('an acronym shows its glossary definition above the answers', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const results = await searchFor(page, 'EOS');
  const card = searchDialog(page).getByRole('region', { name: 'Glossary: EOS' });
  await expect(card).toContainText('exactly-once semantics');
  await expect(card.getByRole('link')).toHaveAttribute('href', '/glossary/#eos');
  await expect(results.locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-exactly-once$/);
});

test('filters narrow results by level, section and tag', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = searchDialog(page);

  await searchBox(page).fill('kafka consumer');
  await selectStartingWith(dialog.getByRole('combobox', { name: 'Level' }), 'basic (');
  const basicLevels = resultsFor(page, 'kafka consumer', { level: 'basic' }).locator('.answer-level');
  await expect(basicLevels.first()).toBeVisible();
  expect(new Set(await basicLevels.allTextContents())).toEqual(new Set(['basic']));

  await searchBox(page).fill('');
  await dialog.getByRole('combobox', { name: 'Level' }).selectOption('');
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption('isr');
  const taggedLinks = resultsFor(page, '', { tag: 'isr' }).locator('a[data-result]');
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
  const sectionLinks = resultsFor(page, 'kafka', { section: 'Observability' }).locator('a[data-result]');
  await expect(sectionLinks.first()).toBeVisible();
  for (const href of await sectionLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/distributed\/observability\//);
  }
});

test('a search with no results suggests glossary terms and sections', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'jaegar');
  const dialog = searchDialog(page);
  await expect(dialog.getByRole('status')).toHaveText('No answers for “jaegar”.');
  await dialog.getByRole('button', { name: 'Jaeger' }).click();
  await expect(searchBox(page)).toHaveValue('Jaeger');
  await expect(resultsFor(page, 'Jaeger').locator('a[data-result]').first()).toBeVisible();

  await searchFor(page, 'qwxyz');
  await expect(dialog.getByRole('link', { name: 'Operating Kafka' })).toHaveAttribute('href', '/kafka/operations/');
  await expect(dialog.getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/glossary/');
});

for (const set of QUERY_SETS) {
  test(`the ${set.name} query set finds an expected answer in the top three at least 90% of the time`, async ({
    page,
  }) => {
    const queries = await readQuerySet(set.file);
    // A bound for a stuck search, not a speed target: it grows with the query set.
    test.setTimeout(60_000 + queries.length * 30_000);
    await page.goto('/');
    const scores = scoreQueries(await runQueries(page, queries));
    const misses = scores.misses.map((miss) => `${miss.query} → ${miss.ranked.slice(0, 3).join(', ')}`);
    expect(scores.hitAt3, `hit@3 over ${scores.queries} queries; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
      0.9,
    );
  });
}

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
