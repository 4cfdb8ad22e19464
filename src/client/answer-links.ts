import { pageAnnouncer } from './announcer.ts';
import { SHARE_MENU_ID, type ShareMenuOptions, shareMenu } from './answer-share-menu.ts';

export type AnswerLinkOptions = ShareMenuOptions;

/**
 * A copy-link button beside every question, opening the page's one answer menu (full link, short
 * link, the answer as Markdown, "Suggest a fix": see answer-share-menu.ts) for that answer.
 * Copying is announced in the page's live region ("Link copied"), shown as a toast. The button
 * takes no room in the heading's layout and draws its icon in CSS (see answers.css), so adding it
 * after load moves nothing and costs one element.
 */
export function enhanceAnswerLinks(root: ParentNode, options: AnswerLinkOptions): void {
  const headings = root.querySelectorAll<HTMLHeadingElement>('h2[data-answer][id]');
  if (headings.length === 0) return;
  // Made now, not on the first copy: a live region must exist before it speaks to be heard.
  const menu = shareMenu(options, pageAnnouncer());
  for (const heading of headings) {
    const wrapper = heading.closest('.sl-heading-wrapper') ?? heading;
    if (wrapper.querySelector('.answer-share')) continue;
    const trigger = document.createElement('button');
    trigger.type = 'button';
    trigger.className = 'answer-share';
    trigger.setAttribute('aria-label', `Copy link to “${heading.textContent?.trim() ?? heading.id}”`);
    trigger.setAttribute('aria-expanded', 'false');
    trigger.setAttribute('aria-controls', SHARE_MENU_ID);
    trigger.setAttribute('popovertarget', SHARE_MENU_ID);
    trigger.addEventListener('click', (event) => menu.claim(trigger, heading, event));
    wrapper.append(trigger);
  }
}
