import { devices, type Locator, type Page } from '@playwright/test';
import { setTheme, violations } from './axe.ts';
import { expect, referencePage, test } from './fixtures.ts';

/** Stars on answers, the "studied" check, and the starred list at /my-answers/. */
const starButton = (page: Page, question: string) => page.getByRole('button', { name: `Star “${question}”` });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

const STARS = 'backend-handbook:stars:v1';
const PROGRESS = 'backend-handbook:progress:v1';

/** A card graded once in practice, as practice mode stores it. */
const studiedCard = {
  due: '2030-01-01T00:00:00.000Z',
  stability: 2.3,
  difficulty: 5.1,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: '2026-12-01T10:00:00.000Z',
};

// ms-grpc-kubernetes-load-balancing was merged into k8s-headless-grpc (the registry's "renamed").
const merged = {
  oldId: 'ms-grpc-kubernetes-load-balancing',
  path: '/distributed/cloud-native/kubernetes-service-discovery/',
  id: 'k8s-headless-grpc',
  question: 'How do you load-balance gRPC between Go services on Kubernetes?',
};

/** Stores stars and progress as this browser would have them, then reloads the page to read them. */
async function seed(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, values);
  await page.reload();
}

test('a star on an answer is kept, listed in My answers with its link, and unstarred there', async ({ page }) => {
  await page.goto(referencePage.path);
  const star = starButton(page, referencePage.question);
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page, 'Added to My answers')).toBeVisible();
  await page.reload();
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/my-answers/');
  await expect(page.getByText('1 starred answer, newest star first.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Practice these' })).toHaveAttribute('href', '/practice/?starred=1');
  await page.getByRole('link', { name: referencePage.question }).click();
  await expect(page).toHaveURL(`${referencePage.path}#${referencePage.answerId}`);
  await page.goBack();

  await page.getByRole('button', { name: `Unstar “${referencePage.question}”` }).click();
  await expect(status(page, 'Removed from My answers. 0 starred answers.')).toBeAttached();
  await expect(page.getByRole('link', { name: referencePage.question })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No starred answers yet' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Practice these' })).toBeHidden();
  await page.goto(referencePage.path);
  await expect(star).toHaveAttribute('aria-pressed', 'false');
});

test('the star is reached with Tab after the copy-link button and toggled with Enter and Space', async ({ page }) => {
  await page.goto(referencePage.path);
  await page.getByRole('button', { name: `Copy link to “${referencePage.question}”` }).focus();
  await page.keyboard.press('Tab');
  const star = starButton(page, referencePage.question);
  await expect(star).toBeFocused();
  await expect(star).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await expect(status(page, 'Removed from My answers')).toBeVisible();
});

test('the copy-link and star icons take their button’s colour, the system’s in forced colours; a star that is on is filled', async ({
  page,
}) => {
  /** The icon is the button's ::before: a mask over a background of the button's text colour. */
  const icon = (button: Locator) =>
    button.evaluate((element) => ({
      colour: getComputedStyle(element, '::before').backgroundColor,
      mask: getComputedStyle(element, '::before').maskImage,
      text: getComputedStyle(element).color,
    }));
  await page.goto(referencePage.path);
  const share = page.getByRole('button', { name: `Copy link to “${referencePage.question}”` });
  const star = starButton(page, referencePage.question);
  const outline = (await icon(star)).mask;
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  expect((await icon(star)).mask).not.toBe(outline);
  // High contrast overrides backgrounds with the canvas colour: the icons must not turn into it.
  for (const forcedColors of ['none', 'active'] as const) {
    await page.emulateMedia({ forcedColors });
    for (const button of [share, star]) {
      const { colour, mask, text } = await icon(button);
      expect(mask, forcedColors).not.toBe('none');
      expect(colour, forcedColors).toBe(text);
    }
  }
});

test('studied answers get a check; a star stored under a retired id shows on the answer that replaced it', async ({
  page,
}) => {
  await page.goto(referencePage.path);
  await seed(page, {
    [STARS]: { [merged.oldId]: '2026-12-01T09:00:00.000Z' },
    [PROGRESS]: { [referencePage.answerId]: studiedCard, 'kafka-ordering': { ...studiedCard, reps: 0 } },
  });
  const answer = page.locator('.sl-heading-wrapper', {
    has: page.getByRole('heading', { name: referencePage.question }),
  });
  await expect(answer.getByText('Studied in practice')).toHaveCount(1);
  // Only the graded answer: one with a stored but never graded card (reps 0) has none.
  await expect(page.getByText('Studied in practice')).toHaveCount(1);

  await page.goto(merged.path);
  await expect(starButton(page, merged.question)).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/my-answers/');
  await expect(page.getByRole('link', { name: merged.question })).toHaveAttribute(
    'href',
    `${merged.path}#${merged.id}`,
  );
  expect(await page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}')), STARS)).toEqual([
    merged.id,
  ]);
});

test('with storage blocked, a star works for the visit and says it will not be kept', async ({ page }) => {
  // Storage that refuses the handbook's every write, as Safari's private windows refused all. Only
  // the handbook's keys: Starlight's theme picker writes its own on every load, unguarded, and a
  // storage that throws for it (or a localStorage getter that throws) fails that script first.
  // The store's and the peek's unit tests cover a getter that throws.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('backend-handbook:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(referencePage.path);
  const star = starButton(page, referencePage.question);
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page, /^Added to My answers\. .*lasts only until you leave or reload this page/)).toBeVisible();
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'false');

  await page.goto('/my-answers/');
  await expect(page.getByText(/does not let the handbook store anything/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No starred answers yet' })).toBeVisible();
});

for (const [device, use] of Object.entries({
  desktop: { viewport: devices['Desktop Chrome'].viewport },
  phone: { viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true },
})) {
  test.describe(device, () => {
    test.use(use);

    test(`axe finds nothing on starred and studied answers and on My answers, light and dark (${device})`, async ({
      page,
    }) => {
      await page.goto(referencePage.path);
      await seed(page, {
        [STARS]: { [referencePage.answerId]: '2026-12-01T10:00:00.000Z', 'kafka-ordering': '2026-12-01T11:00:00.000Z' },
        [PROGRESS]: {
          [referencePage.answerId]: studiedCard,
          'kafka-ordering': { ...studiedCard, due: '2026-01-01T00:00:00.000Z' },
        },
      });
      await expect(page.getByText('Studied in practice')).toHaveCount(2);
      for (const path of [referencePage.path, '/my-answers/']) {
        if (path !== referencePage.path) await page.goto(path);
        await expect(page.locator('.answer-star, .my-answers__item').first()).toBeVisible();
        for (const theme of ['light', 'dark'] as const) {
          await setTheme(page, theme);
          expect.soft(await violations(page), `${path} in ${theme}`).toEqual([]);
        }
      }
      await expect(page.getByText('Due for review')).toBeVisible();
    });
  });
}
