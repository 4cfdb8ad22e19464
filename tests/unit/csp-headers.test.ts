import { describe, expect, it } from 'vitest';
import { completeMetaPolicy, fillScriptHashes, inlineScriptHashes } from '../../src/build/csp-headers.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

const page = `<html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-known'; style-src 'self'">
<script>console.log(1)</script>
<script type="module">import('x')</script>
<script type="application/json" id="data">{"a":1}</script>
<script src="/external.js"></script>
</head></html>`;

describe('inline script hashes for the Content-Security-Policy', () => {
  it('hashes scripts a browser executes, not data blocks or external files', () => {
    expect(inlineScriptHashes(page)).toEqual([
      "'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='",
      "'sha256-LosV8lqrt8HI4Bsvtgaaj0JsbKGdQ3tL3QVYgNKbOog='",
    ]);
  });

  it('completes a page’s meta policy with the hashes Astro left out', () => {
    const completed = completeMetaPolicy(page);
    expect(completed).toContain(
      "script-src 'self' 'sha256-known' 'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=' 'sha256-LosV8lqrt8HI4Bsvtgaaj0JsbKGdQ3tL3QVYgNKbOog=' ; style-src",
    );
    expect(completeMetaPolicy(completed)).toBe(completed);
  });

  it('fills the _headers placeholder and refuses a file without one', () => {
    const headers = "/*\n  Content-Security-Policy: script-src 'self' INLINE_SCRIPT_HASHES; style-src 'self'\n";
    expect(fillScriptHashes(headers, ["'sha256-a'", "'sha256-b'"])).toContain(
      "script-src 'self' 'sha256-a' 'sha256-b';",
    );
    expect(() => fillScriptHashes('/*\n  X-Frame-Options: DENY\n', [])).toThrow(/INLINE_SCRIPT_HASHES/);
  });
});

describe('_headers parsing (the test server applies the production headers)', () => {
  const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'

/_astro/*
  Cache-Control: immutable
`);

  it('applies every block whose path matches', () => {
    expect(headersFor(rules, '/kafka/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'self'",
    });
    expect(headersFor(rules, '/_astro/app.js')['Cache-Control']).toBe('immutable');
  });
});
