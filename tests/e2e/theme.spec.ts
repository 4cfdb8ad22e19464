import { expect, referencePage, test } from './fixtures.ts';

test('the theme toggle switches the page and its diagrams between dark and light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(referencePage.path);
  const figure = page.locator('figure[data-diagram]').first();
  const lightSvg = figure.locator('[data-variant="light"] svg');
  const darkSvg = figure.locator('[data-variant="dark"] svg');
  await expect(darkSvg).toBeVisible();
  await expect(lightSvg).toBeHidden();

  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(lightSvg).toBeVisible();
  await expect(darkSvg).toBeHidden();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(lightSvg).toBeVisible();
});
