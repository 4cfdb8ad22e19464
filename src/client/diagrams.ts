/**
 * Diagram behaviour in the browser.
 *
 * Diagrams arrive as static SVG drawn at build time, one per diagram, coloured for the current
 * theme by custom properties its own style sets: switching theme needs no script and never
 * re-renders. This module only adds the toolbar. Its two tools load their code on first use:
 * *Expand* (a full-screen view with pan and zoom) and *Edit* (the source beside a live preview;
 * Mermaid itself is downloaded only then).
 * On a page without diagrams it does nothing.
 */
export function enhanceDiagrams(root: ParentNode): void {
  const figures = root.querySelectorAll<HTMLElement>('figure[data-diagram]:not([data-enhanced])');
  for (const figure of figures) {
    figure.dataset.enhanced = '';
    figure.prepend(toolbar(figure));
  }
}

function toolbar(figure: HTMLElement): HTMLElement {
  const title = diagramTitle(figure);
  const bar = document.createElement('div');
  bar.className = 'diagram__toolbar not-content';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', `Diagram tools: ${title}`);
  bar.append(
    button('Expand', `Expand diagram: ${title}`, EXPAND_ICON, async (trigger) => {
      const { openZoomView } = await import('./diagram-zoom.ts');
      openZoomView(figure, trigger);
    }),
    button('Edit', `Edit diagram: ${title}`, EDIT_ICON, async (trigger) => {
      const { openEditor } = await import('./diagram-editor.ts');
      await openEditor(figure, trigger);
    }),
  );
  return bar;
}

function button(
  text: string,
  label: string,
  icon: string,
  onActivate: (trigger: HTMLButtonElement) => Promise<void> | void,
): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'diagram__tool';
  element.setAttribute('aria-label', label);
  element.innerHTML = `${icon}<span>${text}</span>`;
  element.addEventListener('click', () => {
    void onActivate(element);
  });
  return element;
}

/** The diagram's accessible name, as its visible SVG announces it. */
export function diagramTitle(figure: HTMLElement): string {
  const svgTitle = figure.querySelector('.diagram__drawing svg > title')?.textContent?.trim();
  return svgTitle || figure.querySelector('figcaption')?.textContent?.trim() || 'diagram';
}

/** The diagram's drawing (one SVG, whatever the theme). */
export function visibleSvg(figure: HTMLElement): SVGSVGElement | null {
  return figure.querySelector<SVGSVGElement>('.diagram__drawing svg');
}

const EXPAND_ICON =
  '<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 3h6v6M9 21H3v-6M21 3l-7 7M3 21l7-7"/></svg>';
const EDIT_ICON =
  '<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>';
