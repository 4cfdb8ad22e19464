/**
 * Pan and zoom arithmetic for the expanded-diagram view, kept free of the DOM so it can be
 * reasoned about (and tested) on its own. A view is a scale plus a translation in pixels.
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 8;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms by `factor` keeping the point (px, py) of the viewport fixed under the pointer. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clampScale(view.scale * factor);
  const applied = scale / view.scale;
  return { scale, x: px - (px - view.x) * applied, y: py - (py - view.y) * applied };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The view that shows the whole content, centred, at most at its natural size. */
export function fitView(content: { width: number; height: number }, viewport: { width: number; height: number }): View {
  const scale = clampScale(Math.min(1, viewport.width / content.width, viewport.height / content.height) * 0.95);
  return {
    scale,
    x: (viewport.width - content.width * scale) / 2,
    y: (viewport.height - content.height * scale) / 2,
  };
}
