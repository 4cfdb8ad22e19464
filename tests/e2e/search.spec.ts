import { expect, referencePage, test } from './fixtures.ts';

test('searching for a concept returns a result that links to the answer’s #id', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search answers' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('partition key');
  const result = dialog.locator(`a[href$="${referencePage.path}#${referencePage.answerId}"]`).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);
});

test('the index holds a diagram’s caption and description, never its source or SVG text', async ({ page }) => {
  await page.goto(referencePage.path);
  // Pagefind's own API, as the search dialog uses it: the indexed text of the reference page.
  const indexed = await page.evaluate(async (path) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search('ordering');
    for (const result of search.results) {
      const data = await result.data();
      if (new URL(data.url, location.origin).pathname === path) return data.content as string;
    }
    return '';
  }, referencePage.path);

  expect(indexed).toContain('Same key, same partition, same order');
  expect(indexed).toContain('Three events for order 42 share a key');
  expect(indexed).not.toContain('accTitle');
  expect(indexed).not.toContain('flowchart');
  expect(indexed).not.toContain('Consumer B');
});
