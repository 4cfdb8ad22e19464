/**
 * The site's colours, in one place for the two things that need them: `src/styles/theme.css`
 * (Starlight's custom properties, checked against this file by a unit test) and the Mermaid
 * themes the diagrams are rendered with at build time, so diagrams match the pages around them.
 */
export const palette = {
  light: {
    background: '#ffffff',
    surface: '#f3f5f8',
    text: '#1d2028',
    muted: '#545861',
    hairline: '#d9dce3',
    accent: '#007595',
    accentLow: '#d7f4fb',
    accentHigh: '#003d4f',
  },
  dark: {
    background: '#17181c',
    surface: '#23262f',
    text: '#e6e8ef',
    muted: '#a0a4ae',
    hairline: '#3a3d47',
    accent: '#2cc6e8',
    accentLow: '#0d3a47',
    accentHigh: '#b5ecf8',
  },
} as const;

export type ThemeName = keyof typeof palette;
export const THEMES = Object.keys(palette) as ThemeName[];

/** Starlight's system font stack: diagrams are measured and drawn in the font the page uses. */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
