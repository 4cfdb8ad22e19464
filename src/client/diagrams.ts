/**
 * Diagram behaviour in the browser. Diagrams arrive as static SVG (one per theme, switched by
 * CSS), so this module adds only what needs script: the toolbar. It does nothing on a page
 * without diagrams.
 */
export function enhanceDiagrams(root: ParentNode): void {
  const figures = root.querySelectorAll<HTMLElement>('figure[data-diagram]');
  for (const figure of figures) figure.dataset.enhanced = '';
}
