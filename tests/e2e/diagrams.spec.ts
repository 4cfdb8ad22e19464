import { expect, referencePage, test } from './fixtures.ts';

const diagramTitle = 'Keys map related events to one partition';

test('diagrams are in the HTML as accessible SVG, with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto(referencePage.path);
  const image = page.getByRole('img', { name: diagramTitle });
  await expect(image).toBeVisible();
  await expect(image).toHaveAccessibleDescription(/Three events for order 42 share a key/);
  await expect(page.locator('figure[data-diagram] figcaption')).toHaveText('Same key, same partition, same order');
  await context.close();
});

test('a page with a diagram loads no Mermaid code until the reader edits the diagram', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto(referencePage.path);
  await page.waitForLoadState('networkidle');
  const mermaidLike = (url: string) => /mermaid|elk|cytoscape|katex|dagre/i.test(url);
  expect(scripts.filter(mermaidLike)).toEqual([]);

  await page.getByRole('button', { name: `Edit diagram: ${diagramTitle}` }).click();
  await expect(page.getByRole('status')).toHaveText('Preview up to date.');
  expect(scripts.some(mermaidLike)).toBe(true);
});

test('a diagram node links to an answer, and the link is also listed as text', async ({ page }) => {
  await page.goto(referencePage.path);
  const figure = page.locator('figure[data-diagram]').first();
  const target = `${referencePage.path}#kafka-ordering-keys`;
  await expect(figure.locator(`[data-variant="dark"] svg a[*|href="${target}"]`)).toHaveCount(1);
  await figure.getByRole('link', { name: 'Choosing a partition key' }).click();
  await expect(page).toHaveURL(target);
});

test('expand opens a zoomable view by keyboard, and Escape returns focus to the button', async ({ page }) => {
  await page.goto(referencePage.path);
  const expand = page.getByRole('button', { name: `Expand diagram: ${diagramTitle}` });
  await expand.focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: `Diagram: ${diagramTitle}` });
  await expect(dialog).toBeVisible();
  const canvas = dialog.locator('.diagram-dialog__content');
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await canvas.getAttribute('style')) ?? '')?.[1]);
  const fitted = await scale();
  await page.keyboard.press('+');
  expect(await scale()).toBeCloseTo(fitted * 1.25, 5);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(await scale()).toBeCloseTo(fitted / 1.25, 5);
  await dialog.getByRole('button', { name: 'Zoom in' }).click();
  expect(await scale()).toBeCloseTo(fitted, 5);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(expand).toBeFocused();
});

test('the wheel zooms around the pointer and a drag pans the expanded diagram', async ({ page }) => {
  await page.goto(referencePage.path);
  await page.getByRole('button', { name: `Expand diagram: ${diagramTitle}` }).click();
  const viewport = page.getByRole('group', { name: /zoom/ });
  const canvas = page.locator('.diagram-dialog__content');
  const transform = async () => (await canvas.getAttribute('style')) ?? '';
  const box = await viewport.boundingBox();
  if (!box) throw new Error('The zoom viewport has no box.');

  const before = await transform();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(transform).not.toBe(before);

  const zoomed = await transform();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
  await page.mouse.up();
  await expect.poll(transform).not.toBe(zoomed);
});

test('edit re-renders as the reader types, shows a syntax error inline, and resets', async ({ page }) => {
  await page.goto(referencePage.path);
  await page.getByRole('button', { name: `Edit diagram: ${diagramTitle}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit diagram: ${diagramTitle}` });
  const status = dialog.getByRole('status');
  await expect(status).toHaveText('Preview up to date.');

  const source = dialog.getByRole('textbox', { name: 'Mermaid source' });
  await source.press('End');
  await source.press('ControlOrMeta+End');
  await source.pressSequentially('\n  P1 --> Audit["Audit log"]');
  const preview = dialog.locator('.diagram-editor__canvas');
  await expect(preview).toContainText('Audit log');

  await source.pressSequentially('\n  Audit -->');
  await expect(status).toContainText('Syntax error: Parse error');
  await expect(preview).toContainText('Audit log');

  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(status).toHaveText('Preview up to date.');
  await expect(preview).not.toContainText('Audit log');
  await expect(source).toHaveValue(/click P1/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
