import { pageAnnouncer, TOAST_MS } from './announcer.ts';
import { peekStarred, peekStudied } from './practice/peek.ts';

/**
 * A star button beside every answer's copy-link button, adding it to "My answers", and a quiet
 * check after the questions the reader has graded in practice. On load they are only read
 * (peek.ts); the code that writes loads on the first click. `renamed` (retired id → id now, for
 * answers on this page) lets a star stored under an old id show on its answer. Both take no room
 * in the heading's layout and the star is drawn by CSS (see answers.css), so adding them after
 * load moves nothing.
 */
export function enhanceAnswerStars(root: ParentNode, renamed: Readonly<Record<string, string>>): void {
  const headings = root.querySelectorAll<HTMLHeadingElement>('h2[data-answer][id]');
  if (headings.length === 0) return;
  const starred = peekStarred(renamed);
  const studied = peekStudied(renamed);
  for (const heading of headings) {
    const wrapper = heading.closest('.sl-heading-wrapper');
    if (!wrapper || wrapper.querySelector('.answer-star')) continue;
    const button = starButton(heading, starred.has(heading.id), renamed);
    if (studied.has(heading.id)) heading.after(studiedMark());
    wrapper.append(button);
  }
}

function starButton(
  heading: HTMLHeadingElement,
  starred: boolean,
  renamed: Readonly<Record<string, string>>,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'answer-star';
  // The name stays; the pressed state says whether it is starred.
  button.setAttribute('aria-label', `Star “${heading.textContent?.trim() ?? heading.id}”`);
  button.setAttribute('aria-pressed', String(starred));
  button.addEventListener('click', async () => {
    const { setAnswerStar } = await import('./practice/star-toggle.ts');
    // The state the reader sees decides, even if another tab changed the star since.
    const now = setAnswerStar(heading.id, button.getAttribute('aria-pressed') !== 'true', renamed);
    button.setAttribute('aria-pressed', String(now.starred));
    const done = now.starred ? 'Added to My answers' : 'Removed from My answers';
    // Blocked or full storage: the star holds for this visit, and the reader is told it will not be kept.
    if (now.warning) pageAnnouncer()(`${done}. ${now.warning}`, 4 * TOAST_MS);
    else pageAnnouncer()(done);
  });
  return button;
}

/** The check itself is drawn by CSS; screen readers hear the words once, after the question. */
function studiedMark(): HTMLSpanElement {
  const mark = document.createElement('span');
  mark.className = 'answer-studied';
  mark.innerHTML = '<span class="sr-only">Studied in practice</span>';
  return mark;
}
