/**
 * The part of search every page loads: the button and the shortcuts (Ctrl/⌘+K and `/`) open the
 * dialog, Escape and the backdrop close it, and focus returns to the button. The search itself
 * (engine, glossary, results) is imported on first use, so pages pay for it only when asked.
 */
export function initSearch(root: HTMLElement, base: string): void {
  const trigger = root.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = root.querySelector<HTMLDialogElement>('dialog');
  if (!trigger || !dialog) return;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  let controller: Promise<typeof import('./dialog.ts')> | undefined;
  const load = () => {
    controller ??= import('./dialog.ts').then((module) => {
      module.attachSearch(dialog, base);
      return module;
    });
    return controller;
  };

  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    input?.focus();
    input?.select();
    void load();
  };

  trigger.addEventListener('click', open);
  for (const warmUp of ['pointerenter', 'focus'] as const) {
    trigger.addEventListener(warmUp, () => void load().then((module) => module.warmSearch(base)), { once: true });
  }
  trigger.disabled = false;
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => trigger.focus());
  // A click on the backdrop (outside the panel) closes; a chosen result closes before navigating.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
    if ((event.target as HTMLElement).closest('a[href]')) dialog.close();
  });
  // A search input would spend the first Escape on clearing itself: Escape always closes here.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });

  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    } else if (event.key === '/' && !dialog.open && !isTyping(event.target)) {
      event.preventDefault();
      open();
    }
  });
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))
  );
}
