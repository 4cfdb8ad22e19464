import type { Mermaid } from 'mermaid';
import { mermaidConfig } from '../config/mermaid-theme.ts';
import type { ThemeName } from '../config/palette.ts';
import { diagramTitle } from './diagrams.ts';

const RENDER_DELAY_MS = 250;
let mermaidLoading: Promise<Mermaid> | undefined;
let renderCount = 0;

/**
 * Opens a diagram's source beside a live preview. Mermaid is downloaded now, on first use, and
 * runs with `securityLevel: 'strict'` (from the shared theme configuration). Each edit re-renders
 * after a short pause; a syntax error is shown inline while the last good drawing stays; *Reset*
 * restores the published source; a theme change re-renders in the new colours.
 */
export async function openEditor(figure: HTMLElement, trigger: HTMLElement): Promise<void> {
  const original = figure.dataset.diagramSource ?? '';
  const title = diagramTitle(figure);

  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog diagram-dialog--edit';
  dialog.setAttribute('aria-label', `Edit diagram: ${title}`);
  dialog.innerHTML = `
    <div class="diagram-dialog__bar">
      <h2 class="diagram-dialog__title"></h2>
      <div class="diagram-dialog__actions">
        <button type="button" data-action="reset">Reset</button>
        <button type="button" data-action="close">Close</button>
      </div>
    </div>
    <div class="diagram-editor">
      <label class="diagram-editor__source">
        <span>Mermaid source</span>
        <textarea spellcheck="false" autocapitalize="off" autocomplete="off"></textarea>
      </label>
      <div class="diagram-editor__preview">
        <p class="diagram-editor__status" role="status" aria-live="polite">Loading Mermaid…</p>
        <div class="diagram-editor__canvas" role="img" aria-label="Live preview of the edited diagram"></div>
      </div>
    </div>`;
  (dialog.querySelector('.diagram-dialog__title') as HTMLElement).textContent = `Edit: ${title}`;
  const textarea = dialog.querySelector('textarea') as HTMLTextAreaElement;
  const status = dialog.querySelector('.diagram-editor__status') as HTMLElement;
  const canvas = dialog.querySelector('.diagram-editor__canvas') as HTMLElement;
  textarea.value = original;

  const showStatus = (message: string, isError = false) => {
    status.textContent = message;
    status.classList.toggle('diagram-editor__status--error', isError);
  };

  let latest = 0;
  const render = async () => {
    const attempt = ++latest;
    const mermaid = await loadMermaid();
    const result = await renderSource(mermaid, textarea.value);
    if (attempt !== latest) return;
    if ('error' in result) {
      showStatus(`Syntax error: ${result.error}`, true);
      return;
    }
    canvas.innerHTML = result.svg;
    showStatus('Preview up to date.');
  };

  let timer: number | undefined;
  textarea.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void render(), RENDER_DELAY_MS);
  });

  dialog.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action;
    if (action === 'reset') {
      textarea.value = original;
      void render();
    } else if (action === 'close') {
      dialog.close();
    }
  });

  const themeWatcher = new MutationObserver(() => void render());
  themeWatcher.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  dialog.addEventListener('close', () => {
    window.clearTimeout(timer);
    themeWatcher.disconnect();
    dialog.remove();
    trigger.focus();
  });

  document.body.append(dialog);
  dialog.showModal();
  textarea.focus();
  try {
    await render();
  } catch (error) {
    showStatus(`The live preview could not start: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

function loadMermaid(): Promise<Mermaid> {
  mermaidLoading ??= import('mermaid').then((module) => module.default);
  return mermaidLoading;
}

function currentTheme(): ThemeName {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/** Renders one source; Mermaid's own error message comes back instead of a thrown error. */
async function renderSource(mermaid: Mermaid, source: string): Promise<{ svg: string } | { error: string }> {
  const id = `diagram-edit-${++renderCount}`;
  try {
    mermaid.initialize(mermaidConfig(currentTheme()));
    await mermaid.parse(source);
    const { svg } = await mermaid.render(id, source);
    return { svg };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    // Mermaid leaves its scratch element behind when a render fails.
    document.getElementById(`d${id}`)?.remove();
  }
}
