import { type Announce, TOAST_MS } from './announcer.ts';
import {
  fetchPageMarkdown,
  fullAnswerMarkdown,
  pageMarkdownUrl,
  shortAnswerMarkdown,
  sliceAnswer,
} from './answer-markdown.ts';
import { copyLater, copyText } from './clipboard.ts';
import { type FixTarget, suggestFixUrl } from './suggest-fix.ts';

/** The id every copy-link button names in `popovertarget` and `aria-controls`. */
export const SHARE_MENU_ID = 'answer-share-menu';

export interface ShareMenuOptions {
  /** The site's base path. */
  base: string;
  /** Where "Suggest a fix" leads; without it the menu has no such item. */
  fixTarget?: FixTarget | undefined;
}

export interface ShareMenu {
  /**
   * Points the menu at the answer of `trigger` (a copy-link button whose `popovertarget` is
   * SHARE_MENU_ID). Called from the button's click, before the browser toggles the popover.
   */
  claim(trigger: HTMLButtonElement, heading: HTMLHeadingElement, event: Event): void;
}

/** The answer the menu currently acts on, and the button that opened it. */
interface Owner {
  trigger: HTMLButtonElement;
  id: string;
  question: string;
  shortUrl: string;
}

/**
 * The page's one answer menu: full link, short link, the answer as Markdown (short or in full)
 * and, where the site knows its repository, "Suggest a fix". It is built on the first click of a
 * copy-link button (until then the buttons' `aria-controls` name a menu not yet there, which ARIA
 * allows while they are collapsed) and then moved to sit right after whichever button claims it,
 * so its place in the tab order and its `aria-expanded` partner are those of a menu of that
 * answer's own.
 * Input: the base path, the fix target and the page's announcer. Output: the menu's `claim`.
 */
export function shareMenu(options: ShareMenuOptions, announce: Announce): ShareMenu {
  let menu: HTMLElement | undefined;
  let owner: Owner | undefined;
  return {
    claim(trigger, heading, event) {
      // Its own answer: the button's popovertarget opens or closes it as usual.
      if (owner?.trigger === trigger) return;
      menu ??= buildMenu(() => owner, options.fixTarget !== undefined, announce);
      const wasOpen = menu.matches(':popover-open');
      // Open for another answer, the button would close it: it moves to this answer instead.
      if (wasOpen) {
        event.preventDefault();
        menu.hidePopover();
      }
      owner?.trigger.setAttribute('aria-expanded', 'false');
      owner = ownerOf(trigger, heading, options.base);
      fill(menu, owner, options.fixTarget);
      trigger.after(menu);
      if (wasOpen) menu.showPopover({ source: trigger });
    },
  };
}

function ownerOf(trigger: HTMLButtonElement, heading: HTMLHeadingElement, base: string): Owner {
  const id = heading.id;
  return {
    trigger,
    id,
    question: heading.textContent?.trim() ?? id,
    shortUrl: new URL(`${base}a/${id}/`, location.origin).href,
  };
}

function buildMenu(current: () => Owner | undefined, withFix: boolean, announce: Announce): HTMLElement {
  const menu = document.createElement('div');
  menu.id = SHARE_MENU_ID;
  menu.className = 'answer-share__menu not-content';
  menu.popover = 'auto';
  menu.innerHTML = `
    <button type="button" data-link="full">Copy link</button>
    <button type="button" data-link="short">Copy short link <span class="answer-share__short"></span></button>
    <button type="button" data-markdown="short">Copy answer as Markdown</button>
    <button type="button" data-markdown="full">Copy full answer</button>`;
  if (withFix) {
    const suggest = document.createElement('a');
    suggest.textContent = 'Suggest a fix';
    menu.append(suggest);
  }

  menu.addEventListener('toggle', () => {
    const owner = current();
    if (!owner) return;
    // The state now rather than the event's: a move from one answer to another hides and shows at once.
    const open = menu.matches(':popover-open');
    owner.trigger.setAttribute('aria-expanded', String(open));
    if (open) {
      placeBelow(menu, owner.trigger);
      menu.querySelector('button')?.focus();
    } else if (menu.contains(document.activeElement) || document.activeElement === document.body) {
      owner.trigger.focus();
    }
  });
  menu.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest('button');
    const owner = current();
    if (!button || !owner) return;
    const { id, shortUrl } = owner;
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
  return menu;
}

/** What differs between answers: the short link shown, and where "Suggest a fix" leads. */
function fill(menu: HTMLElement, { id, question, shortUrl }: Owner, fixTarget: FixTarget | undefined): void {
  (menu.querySelector('.answer-share__short') as HTMLElement).textContent = shortUrl.replace(/^https?:\/\//, '');
  const suggest = menu.querySelector('a');
  if (suggest && fixTarget) suggest.href = suggestFixUrl(fixTarget, { id, question, permanentLink: shortUrl });
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
