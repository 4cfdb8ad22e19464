import type { MermaidConfig } from 'mermaid';
import { FONT_FAMILY, palette, type ThemeName } from './palette.ts';

/**
 * The Mermaid configuration for one site theme. The build renders every diagram with it twice
 * (light and dark, then merges the two into one SVG) and the live editor uses it too, so an
 * edited diagram looks like the original.
 * `securityLevel: 'strict'` keeps diagram text from running script; `htmlLabels: false` draws
 * labels as SVG text, which cannot be clipped when a reader's font is wider than the build's.
 */
export function mermaidConfig(theme: ThemeName): MermaidConfig {
  const colors = palette[theme];
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    htmlLabels: false,
    theme: 'base',
    look: 'classic',
    // Some shapes are drawn by rough.js even in the classic look: a fixed seed draws them the same
    // in both themes, so the light and dark drawings can be merged into one SVG.
    handDrawnSeed: 1,
    darkMode: theme === 'dark',
    fontFamily: FONT_FAMILY,
    themeVariables: {
      darkMode: theme === 'dark',
      fontFamily: FONT_FAMILY,
      fontSize: '15px',
      background: colors.background,
      primaryColor: colors.accentLow,
      primaryTextColor: colors.text,
      primaryBorderColor: colors.accent,
      secondaryColor: colors.surface,
      secondaryTextColor: colors.text,
      secondaryBorderColor: colors.muted,
      tertiaryColor: colors.background,
      tertiaryTextColor: colors.text,
      tertiaryBorderColor: colors.hairline,
      lineColor: colors.muted,
      textColor: colors.text,
      mainBkg: colors.accentLow,
      nodeBorder: colors.accent,
      clusterBkg: colors.surface,
      clusterBorder: colors.hairline,
      edgeLabelBackground: colors.background,
      noteBkgColor: colors.surface,
      noteTextColor: colors.text,
      noteBorderColor: colors.muted,
      actorBkg: colors.accentLow,
      actorBorder: colors.accent,
      actorTextColor: colors.text,
      signalColor: colors.text,
      signalTextColor: colors.text,
      labelBoxBkgColor: colors.surface,
      labelTextColor: colors.text,
      loopTextColor: colors.text,
      activationBkgColor: colors.surface,
      activationBorderColor: colors.muted,
    },
  };
}
