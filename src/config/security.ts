import type { AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy of every page, as Astro's CSP support renders it: a `<meta>` with
 * the hashes of that page's inline scripts, so no script runs unless the build put it there.
 * Nothing loads from another origin. Styles keep 'unsafe-inline' because Expressive Code and the
 * drawn diagrams carry style attributes; scripts never do. 'wasm-unsafe-eval' lets Pagefind run
 * its WebAssembly search. The same policy goes out as an HTTP header through `_headers`.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"];

export const security: NonNullable<AstroUserConfig['security']> = {
  csp: {
    directives: CSP_DIRECTIVES as NonNullable<
      Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']
    >,
    scriptDirective: { resources: SCRIPT_SOURCES },
    styleDirective: { resources: STYLE_SOURCES },
  },
};
