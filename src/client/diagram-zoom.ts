import { diagramTitle, visibleSvg } from './diagrams.ts';
import { fitView, panBy, type View, zoomAt } from './pan-zoom.ts';

const ZOOM_STEP = 1.25;
const PAN_STEP = 60;

/**
 * Opens a diagram full screen in a modal dialog: wheel or pinch to zoom around the pointer, drag
 * to pan, buttons for both, and the keyboard (+, −, 0, arrow keys). Escape closes it and focus
 * returns to the button that opened it.
 */
export function openZoomView(figure: HTMLElement, trigger: HTMLElement): void {
  const source = visibleSvg(figure);
  if (!source) return;
  const title = diagramTitle(figure);

  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog diagram-dialog--zoom';
  dialog.setAttribute('aria-label', `Diagram: ${title}`);
  dialog.innerHTML = `
    <div class="diagram-dialog__bar">
      <h2 class="diagram-dialog__title"></h2>
      <div class="diagram-dialog__actions">
        <button type="button" data-action="zoom-in" aria-label="Zoom in">+</button>
        <button type="button" data-action="zoom-out" aria-label="Zoom out">−</button>
        <button type="button" data-action="reset">Fit</button>
        <button type="button" data-action="close">Close</button>
      </div>
    </div>
    <div class="diagram-dialog__viewport" tabindex="0" role="group"
      aria-roledescription="zoomable diagram"
      aria-label="Use plus and minus to zoom, arrow keys to pan, 0 to fit">
      <div class="diagram-dialog__content"></div>
    </div>`;
  (dialog.querySelector('.diagram-dialog__title') as HTMLElement).textContent = title;
  const viewport = dialog.querySelector('.diagram-dialog__viewport') as HTMLElement;
  const content = dialog.querySelector('.diagram-dialog__content') as HTMLElement;
  content.append(copyWithFreshIds(source, 'zoom'));

  const size = () => source.viewBox.baseVal ?? { width: source.clientWidth, height: source.clientHeight };
  let view: View = { scale: 1, x: 0, y: 0 };
  const apply = (next: View) => {
    view = next;
    content.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
  };
  const fitToViewport = () => {
    const { width, height } = size();
    content.style.width = `${width}px`;
    content.style.height = `${height}px`;
    apply(fitView({ width, height }, { width: viewport.clientWidth, height: viewport.clientHeight }));
  };
  const centre = () => ({ x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 });
  const zoomBy = (factor: number) => apply(zoomAt(view, factor, centre().x, centre().y));

  dialog.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action;
    if (action === 'zoom-in') zoomBy(ZOOM_STEP);
    else if (action === 'zoom-out') zoomBy(1 / ZOOM_STEP);
    else if (action === 'reset') fitToViewport();
    else if (action === 'close') dialog.close();
  });

  viewport.addEventListener('keydown', (event) => {
    const moves: Record<string, () => void> = {
      '+': () => zoomBy(ZOOM_STEP),
      '=': () => zoomBy(ZOOM_STEP),
      '-': () => zoomBy(1 / ZOOM_STEP),
      '0': fitToViewport,
      ArrowLeft: () => apply(panBy(view, PAN_STEP, 0)),
      ArrowRight: () => apply(panBy(view, -PAN_STEP, 0)),
      ArrowUp: () => apply(panBy(view, 0, PAN_STEP)),
      ArrowDown: () => apply(panBy(view, 0, -PAN_STEP)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  });

  viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      apply(zoomAt(view, Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top));
    },
    { passive: false },
  );

  trackPointers(viewport, {
    onPan: (dx, dy) => apply(panBy(view, dx, dy)),
    onPinch: (factor, x, y) => apply(zoomAt(view, factor, x, y)),
  });

  dialog.addEventListener('close', () => {
    dialog.remove();
    trigger.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  fitToViewport();
  viewport.focus();
}

/** A copy of the SVG whose ids (and references to them) cannot clash with the original's. */
export function copyWithFreshIds(svg: SVGSVGElement, suffix: string): SVGSVGElement {
  const prefix = svg.id;
  const holder = document.createElement('div');
  holder.innerHTML = svg.outerHTML.replaceAll(prefix, `${prefix}-${suffix}`);
  const copy = holder.firstElementChild as SVGSVGElement;
  copy.removeAttribute('style');
  copy.setAttribute('width', String(svg.viewBox.baseVal?.width || svg.clientWidth));
  copy.setAttribute('height', String(svg.viewBox.baseVal?.height || svg.clientHeight));
  return copy;
}

/** One pointer drags; two pointers pinch. Pointer capture keeps a drag alive outside the box. */
function trackPointers(
  element: HTMLElement,
  handlers: { onPan: (dx: number, dy: number) => void; onPinch: (factor: number, x: number, y: number) => void },
): void {
  const pointers = new Map<number, { x: number; y: number }>();
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  element.addEventListener('pointerdown', (event) => {
    element.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  element.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const before = spread();
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      handlers.onPan(event.clientX - last.x, event.clientY - last.y);
    } else if (pointers.size === 2 && before > 0) {
      const box = element.getBoundingClientRect();
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      handlers.onPinch(spread() / before, (a.x + b.x) / 2 - box.left, (a.y + b.y) / 2 - box.top);
    }
  });
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
  };
  element.addEventListener('pointerup', release);
  element.addEventListener('pointercancel', release);
}
