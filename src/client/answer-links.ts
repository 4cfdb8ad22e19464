import { type Announce, pageAnnouncer, TOAST_MS } from './announcer.ts';
import {
  fetchPageMarkdown,
  fullAnswerMarkdown,
  pageMarkdownUrl,
  shortAnswerMarkdown,
  sliceAnswer,
} from './answer-markdown.ts';
import { type FixTarget, suggestFixUrl } from './suggest-fix.ts';

export interface AnswerLinkOptions {
  /** The site's base path. */
  base: string;
  /** Where "Suggest a fix" leads; without it the menu has no such item. */
  fixTarget?: FixTarget | undefined;
}

/**
 * The menu of every answer: a button beside the question opens a small menu offering the full
 * link (`…/page/#id`), the short one (`…/a/id/`), the answer as Markdown (short or in full, cut
 * from the page's Markdown copy) and, where the site knows its repository, "Suggest a fix".
 * Copying is announced in the page's live region ("Link copied"), shown as a toast. The button takes
 * no room in the heading's layout and draws its icon in CSS (see answers.css), so adding it after
 * load moves nothing.
 */
export function enhanceAnswerLinks(root: ParentNode, options: AnswerLinkOptions): void {
  const headings = root.querySelectorAll<HTMLHeadingElement>('h2[data-answer][id]');
  if (headings.length === 0) return;
  const announce = pageAnnouncer();
  for (const heading of headings) {
    const wrapper = heading.closest('.sl-heading-wrapper') ?? heading;
    if (wrapper.querySelector('.answer-share')) continue;
    wrapper.append(...shareControls(heading, options, announce));
  }
}

function shareControls(
  heading: HTMLHeadingElement,
  { base, fixTarget }: AnswerLinkOptions,
  announce: Announce,
): HTMLElement[] {
  const id = heading.id;
  const question = heading.textContent?.trim() ?? id;
  const menuId = `share-${id}`;

  const trigger = document.createElement('button');
  trigger.type = 'button';
  trigger.className = 'answer-share';
  trigger.setAttribute('aria-label', `Copy link to “${question}”`);
  trigger.setAttribute('aria-expanded', 'false');
  trigger.setAttribute('aria-controls', menuId);
  trigger.setAttribute('popovertarget', menuId);

  const menu = document.createElement('div');
  menu.id = menuId;
  menu.className = 'answer-share__menu not-content';
  menu.popover = 'auto';
  menu.innerHTML = `
    <button type="button" data-link="full">Copy link</button>
    <button type="button" data-link="short">Copy short link <span class="answer-share__short"></span></button>
    <button type="button" data-markdown="short">Copy answer as Markdown</button>
    <button type="button" data-markdown="full">Copy full answer</button>`;
  const shortUrl = new URL(`${base}a/${id}/`, location.origin).href;
  (menu.querySelector('.answer-share__short') as HTMLElement).textContent = shortUrl.replace(/^https?:\/\//, '');
  if (fixTarget) {
    const suggest = document.createElement('a');
    suggest.href = suggestFixUrl(fixTarget, { id, question, permanentLink: shortUrl });
    suggest.textContent = 'Suggest a fix';
    menu.append(suggest);
  }

  menu.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    trigger.setAttribute('aria-expanded', String(open));
    if (open) {
      placeBelow(menu, trigger);
      menu.querySelector('button')?.focus();
    } else if (menu.contains(document.activeElement) || document.activeElement === document.body) {
      trigger.focus();
    }
  });
  menu.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const { link, markdown } = button.dataset;
    if (markdown) {
      // Started before the fetch, within the click, so the browser lets the clipboard wait for it.
      const copying = copyLater(fetchPageMarkdown().then((page) => answerText(page, id, markdown, shortUrl)));
      menu.hidePopover();
      if (await copying) announce(markdown === 'full' ? 'Full answer copied as Markdown' : 'Answer copied as Markdown');
      // As with a link, the reader is told where to get the text by hand.
      else announce(`Could not copy the answer. It is in this page's Markdown: ${pageMarkdownUrl()}`, 4 * TOAST_MS);
      return;
    }
    if (!link) return;
    const url = link === 'short' ? shortUrl : fullUrl(id);
    const copied = await copyText(url);
    menu.hidePopover();
    if (!copied) announce(`Copy this link: ${url}`, 4 * TOAST_MS);
    else announce(link === 'short' ? 'Short link copied' : 'Link copied');
  });
  return [trigger, menu];
}

function answerText(page: string, id: string, kind: string, permanentLink: string): string {
  const answer = sliceAnswer(page, id);
  if (!answer) throw new Error(`The page's Markdown copy has no answer "${id}".`);
  return kind === 'full' ? fullAnswerMarkdown(answer, permanentLink) : shortAnswerMarkdown(answer, permanentLink);
}

function fullUrl(id: string): string {
  const url = new URL(location.href);
  url.hash = id;
  url.search = '';
  return url.href;
}

/** Popovers open in the top layer, away from their button: put this one just under it. */
function placeBelow(menu: HTMLElement, trigger: HTMLElement): void {
  const box = trigger.getBoundingClientRect();
  const left = Math.min(box.left, window.innerWidth - menu.offsetWidth - 8);
  menu.style.top = `${box.bottom + 6}px`;
  menu.style.left = `${Math.max(8, left)}px`;
}

/** The async clipboard exists on https and localhost; elsewhere the reader gets the URL to copy. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies text that is still being fetched. A clipboard item may hold a promise, so the write
 * starts within the reader's click (Safari allows no other way); where clipboard items are
 * missing, the text is written once it arrives.
 */
async function copyLater(text: Promise<string>): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'undefined') return await copyText(await text);
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    return true;
  } catch {
    return false;
  }
}
