import { readFileSync } from 'node:fs';
import { devices, type Page } from '@playwright/test';
import { storeStatusMessage } from '../../src/client/practice/local-store.ts';
import type { PracticeCard, PracticeData } from '../../src/lib/practice-cards.ts';
import { setTheme, violations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/**
 * Practice mode against the build: decks from addresses, the card flow by mouse and keyboard, a
 * schedule that outlives a reload and comes due with the clock, export and import, renamed ids,
 * blocked storage, Back from a full answer, and axe mid-session.
 */
const data = JSON.parse(readFileSync('dist/practice/cards.json', 'utf8')) as PracticeData;
const cardsWhere = (keep: (card: PracticeCard) => boolean) => data.cards.filter(keep);
const kafkaAdvanced = cardsWhere((card) => card.tags.includes('kafka') && card.level === 'advanced');
/** A small deck: the answers tagged `errgroup`. */
const small = cardsWhere((card) => card.tags.includes('errgroup'));

const question = (page: Page, card: PracticeCard) => page.getByRole('heading', { level: 2, name: card.question });
const counts = (page: Page, due: number, fresh: number, total: number) =>
  page.getByText(`${due} due today · ${fresh} new · ${total} cards`);
const answerRegion = (page: Page) => page.getByRole('region', { name: 'Answer' });
const status = (page: Page) => page.getByRole('status');
/** A grade button, named by its grade and the interval it would give ("Good 10 min"). */
const grade = (page: Page, label: string) => page.getByRole('button', { name: new RegExp(`^${label} `) });

test('while the cards load, Show answer and Star are disabled; once loaded, they work', async ({ page }) => {
  let release = () => {};
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/practice/cards.json', async (route) => {
    await loaded;
    await route.continue();
  });
  await page.goto('/practice/?tags=errgroup');
  await expect(page.getByRole('heading', { level: 2, name: 'Loading the cards…' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Star' })).toBeDisabled();
  release();
  await expect(question(page, small[0] as PracticeCard)).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(answerRegion(page)).toBeVisible();
});

test('a deck from its address holds exactly its cards; an unknown tag is named and the nearest offered', async ({
  page,
}) => {
  expect(kafkaAdvanced.length).toBeGreaterThan(5);
  await page.goto('/practice/?tags=kafka&level=advanced');
  await expect(page.getByRole('heading', { level: 2, name: 'Advanced · tag: kafka' })).toBeVisible();
  await expect(counts(page, 0, kafkaAdvanced.length, kafkaAdvanced.length)).toBeVisible();
  await expect(question(page, kafkaAdvanced[0] as PracticeCard)).toBeVisible();

  // Revealing moves nothing: the answer was laid out, unseen, when its card showed.
  const boxes = () =>
    Promise.all(
      // The grades are unseen before the reveal, so they are found by their markup, not their role.
      [page.locator('[data-grades]'), page.getByRole('heading', { name: 'Your progress', exact: true })].map(
        // Where on the page, not in the viewport: revealing may scroll the answer into view.
        (locator) =>
          locator.evaluate((element) => {
            const { top, left, width, height } = element.getBoundingClientRect();
            return { top: top + window.scrollY, left: left + window.scrollX, width, height };
          }),
      ),
    );
  const before = await boxes();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(answerRegion(page)).toBeVisible();
  expect(await boxes()).toEqual(before);

  // An area stays one value when the deck is sent again from the form.
  await page.goto('/practice/?section=kafka');
  await page.getByText('Choose the deck').click();
  await expect(page.getByRole('checkbox', { name: 'All of Kafka and messaging' })).toBeChecked();
  await page.getByRole('button', { name: 'Show this deck' }).click();
  await expect(page).toHaveURL('/practice/?section=kafka');

  await page.goto('/practice/?tag=kafak&levels=advanced');
  await expect(page.getByText('No tag “kafak”. Did you mean')).toBeVisible();
  await expect(page.getByText('This deck has no cards')).toBeVisible();
  await page.getByRole('link', { name: 'kafka', exact: true }).click();
  await expect(page).toHaveURL('/practice/?level=advanced&tags=kafka');
  await expect(counts(page, 0, kafkaAdvanced.length, kafkaAdvanced.length)).toBeVisible();
});

test('keyboard only: Space reveals, 1–4 grade, s stars; the schedule survives a reload and comes due with the clock', async ({
  page,
}) => {
  expect(small.length).toBeGreaterThanOrEqual(2);
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await page.goto('/practice/?tags=errgroup');
  const [first, second] = small as [PracticeCard, PracticeCard];
  await expect(question(page, first)).toBeVisible();
  await expect(counts(page, 0, small.length, small.length)).toBeVisible();

  await page.keyboard.press('Space');
  await expect(answerRegion(page)).toContainText(first.summary.slice(0, 60));
  await expect(answerRegion(page)).toBeFocused();
  // Space revealed instead of scrolling a screenful: the question is still in view.
  await expect(question(page, first)).toBeInViewport();
  await expect(grade(page, 'Again')).toHaveAccessibleName('Again 1 min');
  await expect(grade(page, 'Good')).toHaveAccessibleName('Good 10 min');

  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveText('Starred: it is in My answers.');
  await page.keyboard.press('3');
  await expect(status(page)).toHaveText(`Good — next review in 10 minutes. 1 due, ${small.length - 1} new.`);
  await expect(question(page, second)).toBeVisible();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();

  // Easy sends every other card days away.
  for (let left = small.length - 1; left > 0; left -= 1) {
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  // The card graded Good is still learning, so it comes back in this session. Tab reaches the
  // full answer's link, then the grades.
  await expect(question(page, first)).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Read the full answer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(grade(page, 'Again')).toBeFocused();
  await page.keyboard.press('4');
  await expect(page.getByText(/^Done for now — next review in \d+ days?\.$/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/^Done for now/)).toBeVisible();
  await expect(counts(page, 0, 0, small.length)).toBeVisible();
  await expect(page.getByRole('row', { name: /^(Basic|Intermediate|Advanced|Scenario) / }).first()).toBeVisible();

  await page.clock.setSystemTime(new Date('2026-06-02T09:00:00'));
  await page.reload();
  await expect(counts(page, small.length, 0, small.length)).toBeVisible();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});

test('Back from the full answer shows the same card, answer open', async ({ page }) => {
  await page.goto('/practice/?tags=kafka&level=advanced');
  const [, second] = kafkaAdvanced as [PracticeCard, PracticeCard];
  await page.getByRole('button', { name: /Show answer/ }).click();
  await grade(page, 'Hard').click();
  await expect(question(page, second)).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('link', { name: 'Read the full answer' }).click();
  await expect(page).toHaveURL(`/${second.page}/#${second.id}`);
  await page.goBack();
  await expect(question(page, second)).toBeVisible();
  await expect(answerRegion(page)).toContainText(second.summary.slice(0, 60));
});

test('export, then import on a fresh browser; a file that is not an export is refused and changes nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/practice/?tags=errgroup');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await grade(page, 'Easy').click();
  await page.getByRole('button', { name: 'Star' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^backend-handbook-practice-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'backend-handbook-practice', version: 1 });
  expect(Object.keys(exported.progress)).toEqual([small[0]?.id]);

  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  try {
    const other = await fresh.newPage();
    // The fixture watches `page` only: this browser's errors are collected here.
    const errors: string[] = [];
    other.on('pageerror', (error) => errors.push(error.message));
    other.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await other.goto('/practice/?tags=errgroup');
    await expect(counts(other, 0, small.length, small.length)).toBeVisible();
    const fileInput = other.getByLabel('Progress file to import');
    await fileInput.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...exported, version: 7 })),
    });
    await expect(status(other)).toHaveText(/^Nothing was imported from notes\.json: The file is version 7;/);
    await expect(counts(other, 0, small.length, small.length)).toBeVisible();

    await fileInput.setInputFiles(await download.path());
    await expect(status(other)).toHaveText(/^Imported .*: 1 card taken from the file \(newer there\), 1 new star\.$/);
    await expect(counts(other, 0, small.length - 1, small.length)).toBeVisible();
    expect(await other.evaluate(() => localStorage.getItem('backend-handbook:progress:v1'))).toBe(
      JSON.stringify(exported.progress),
    );
    expect(errors, 'errors in the second browser').toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a renamed answer keeps its stored state; reset forgets progress and keeps stars', async ({ page }) => {
  const renamed = data.cards.find((card) => card.id === 'k8s-headless-grpc') as PracticeCard;
  expect(data.renamed['ms-grpc-kubernetes-load-balancing']).toBe(renamed.id);
  const sectionCards = cardsWhere((card) => card.section === renamed.section);
  const sectionLabel = data.sections.find((section) => section.directory === renamed.section)?.label ?? '';
  const studied = {
    due: '2099-01-01T00:00:00.000Z',
    stability: 30,
    difficulty: 5,
    elapsed_days: 3,
    scheduled_days: 30,
    learning_steps: 0,
    reps: 4,
    lapses: 0,
    state: 2,
    last_review: '2026-01-01T00:00:00.000Z',
  };
  await page.addInitScript(
    (seed) => {
      localStorage.setItem('backend-handbook:progress:v1', seed);
    },
    JSON.stringify({ 'ms-grpc-kubernetes-load-balancing': studied }),
  );
  await page.goto(`/practice/?section=${renamed.section}`);
  await expect(counts(page, 0, sectionCards.length - 1, sectionCards.length)).toBeVisible();
  await expect(page.getByRole('row', { name: sectionLabel })).toContainText(`1 / ${sectionCards.length}`);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('backend-handbook:progress:v1') ?? '{}'));
  expect(stored).toEqual({ [renamed.id]: studied });

  await page.getByRole('button', { name: 'Star' }).click();
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toContainText('Your starred answers are kept.');
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(status(page)).toHaveText('Progress reset: every card is new again. Your stars are kept.');
  await expect(counts(page, 0, sectionCards.length, sectionCards.length)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('backend-handbook:stars:v1'))).toContain(sectionCards[0]?.id);
});

test('blocked storage is reported, and practice still works for the visit', async ({ page }) => {
  // Storage that refuses the handbook's every write, as Safari's private windows refused all. Only
  // the handbook's keys: Starlight's theme scripts use storage unguarded, and a storage that throws
  // for them fails those first. The store's unit tests cover a localStorage getter that throws.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('backend-handbook:')) throw new DOMException('The operation is insecure.', 'SecurityError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/practice/?tags=errgroup');
  await expect(page.getByText(storeStatusMessage('blocked') ?? '')).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await grade(page, 'Good').click();
  await expect(status(page)).toHaveText(/^Good — next review in 10 minutes\./);
  await expect(counts(page, 1, small.length - 1, small.length)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('backend-handbook:progress:v1'))).toBeNull();
});

for (const [screen, options] of [
  ['desktop', { viewport: devices['Desktop Chrome'].viewport }],
  ['phone', { viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(screen, () => {
    test.use(options);
    test(`axe finds nothing mid-session with the answer shown, light and dark (${screen})`, async ({ page }) => {
      await page.goto('/practice/?section=kafka');
      await page.getByRole('button', { name: /Show answer/ }).click();
      await grade(page, 'Good').click();
      await page.getByRole('button', { name: 'Star' }).click();
      await page.getByRole('button', { name: /Show answer/ }).click();
      await expect(answerRegion(page)).toBeVisible();
      for (const theme of ['dark', 'light'] as const) {
        await setTheme(page, theme);
        expect.soft(await violations(page), theme).toEqual([]);
      }
    });
  });
}
