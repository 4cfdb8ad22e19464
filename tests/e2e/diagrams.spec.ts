import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devices } from '@playwright/test';
import { expect, expectFindInPageReaches, nextFrames, referencePage, test } from './fixtures.ts';

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
  await expect(figure.locator(`.diagram__drawing svg a[*|href="${target}"]`)).toHaveCount(1);
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

/** The page with the most diagrams (the one `npm run bench` measures), and its last answer. */
const diagramHeaviestPage = {
  path: '/distributed/coordination/distributed-locks-and-redlock/',
  lastAnswerId: 'dlock-etcd-mutex',
};

test('every diagram in the build is one SVG, whatever the theme', () => {
  const figures = builtPages().flatMap((html) => [...html.matchAll(/<figure class="diagram"[\s\S]*?<\/figure>/g)]);
  expect(figures.length).toBeGreaterThan(100);
  const svgCounts = figures.map(([figure]) => figure.match(/<svg\b/g)?.length ?? 0);
  expect(new Set(svgCounts)).toEqual(new Set([1]));
  expect(figures.filter(([figure]) => figure.includes('data-variant'))).toEqual([]);
});

test('an expanded diagram is a copy with its own ids, in the colours of the page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(referencePage.path);
  await page.getByRole('button', { name: `Expand diagram: ${diagramTitle}` }).click();
  const dialog = page.getByRole('dialog', { name: `Diagram: ${diagramTitle}` });
  const copy = dialog.locator('svg[role="img"]');
  await expect(copy).toBeVisible();
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
  expect(duplicateIds).toEqual([]);
  const fills = await page.evaluate(() =>
    [...document.querySelectorAll('svg[role="img"] .node rect')].map((rect) => getComputedStyle(rect).fill),
  );
  expect(new Set(fills).size).toBe(1);
});

test('a link to the last answer below the diagrams lands on it: their boxes keep their size unrendered', async ({
  page,
}) => {
  await page.goto(`${diagramHeaviestPage.path}#${diagramHeaviestPage.lastAnswerId}`);
  await page.waitForLoadState('networkidle');
  await nextFrames(page);
  const heading = page.locator(`h2#${diagramHeaviestPage.lastAnswerId}`);
  const box = await heading.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top, bottom, viewport: window.innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.viewport);

  // The drawings above were skipped; drawn, they take exactly the room their boxes held.
  const documentTop = () => heading.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const skippedTop = await documentTop();
  await page.locator('.diagram__drawing').evaluateAll((boxes) => {
    for (const drawing of boxes) (drawing as HTMLElement).style.contentVisibility = 'visible';
  });
  await nextFrames(page);
  expect(await documentTop()).toBeCloseTo(skippedTop, 0);
});

test('a drawing off screen is skipped until needed, in a box of its drawn size', async ({ page }) => {
  await page.goto(diagramHeaviestPage.path);
  const drawings = page.locator('.diagram__drawing');
  const sizes = await drawings.evaluateAll((boxes) =>
    boxes.map((box) => {
      const svg = box.querySelector('svg') as SVGSVGElement;
      const { width, height } = svg.viewBox.baseVal;
      return { box: box.getBoundingClientRect().height, drawn: (box.clientWidth * height) / width };
    }),
  );
  expect(sizes.length).toBeGreaterThan(2);
  for (const { box, drawn } of sizes) expect(box).toBeCloseTo(drawn, 0);
  expect(await drawings.last().evaluate((box) => getComputedStyle(box).contentVisibility)).toBe('auto');

  await page.emulateMedia({ media: 'print' });
  expect(await drawings.last().evaluate((box) => getComputedStyle(box).contentVisibility)).toBe('visible');
});

test("find in page reaches a drawing's words while the drawing is still skipped", async ({ page }) => {
  await page.goto(diagramHeaviestPage.path);
  await expectFindInPageReaches(page.locator('.diagram__drawing').last(), 'text, tspan', 5);
});

test.describe('on a phone', () => {
  test.use({ viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true });

  test('a wide diagram keeps a readable size and its canvas scrolls sideways, unclipped', async ({ page }) => {
    await page.goto(diagramHeaviestPage.path);
    const canvas = page.locator('.diagram__canvas').first();
    await canvas.scrollIntoViewIfNeeded();
    const layout = await canvas.evaluate((element) => {
      const drawing = element.querySelector('.diagram__drawing') as HTMLElement;
      const svg = drawing.querySelector('svg') as SVGSVGElement;
      return {
        scrolls: element.scrollWidth > element.clientWidth,
        drawingHeight: drawing.getBoundingClientRect().height,
        svgHeight: svg.getBoundingClientRect().height,
        svgWidth: svg.getBoundingClientRect().width,
        naturalWidth: svg.viewBox.baseVal.width,
      };
    });
    expect(layout.scrolls).toBe(true);
    expect(layout.svgWidth).toBeCloseTo(layout.naturalWidth * 0.7, 0);
    expect(layout.drawingHeight).toBeCloseTo(layout.svgHeight, 0);
  });
});

function builtPages(): string[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => readFileSync(join('dist', file), 'utf8'));
}
