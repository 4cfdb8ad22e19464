/** What a block says it prints: its closing `// Output:` comment, as in Go's testable examples. */
export interface ExpectedOutput {
  text: string;
  /** `// Unordered output:`: the same lines in any order (goroutines print as they finish). */
  unordered: boolean;
}

const HEADER = /^\s*\/\/\s*(Unordered output|Output):(.*)$/i;

/**
 * The expected output of a block, if its last comment starts with `Output:` or `Unordered output:`.
 * As in Go, the text is the comment's lines without `//` and one space, and blank lines around it
 * do not count. Only a comment that ends the block counts: one followed by code is a mistake.
 */
export function expectedOutput(code: string): ExpectedOutput | undefined {
  const lines = code.trimEnd().split('\n');
  const start = lines.findLastIndex((line) => HEADER.test(line));
  if (start < 0 || !lines.slice(start + 1).every((line) => /^\s*\/\//.test(line))) return undefined;
  const [, kind = '', first = ''] = HEADER.exec(lines[start] ?? '') ?? [];
  const rest = lines.slice(start + 1).map((line) => line.replace(/^\s*\/\/ ?/, ''));
  return { text: [first.replace(/^ /, ''), ...rest].join('\n').trim(), unordered: /^unordered/i.test(kind) };
}

/** An `Output:` comment with code after it: Go would not read it, so neither does the check. */
export function hasMisplacedOutput(code: string): boolean {
  return code.split('\n').some((line) => HEADER.test(line)) && expectedOutput(code) === undefined;
}

/** Compares like `go test` compares an example: trimmed, and sorted by line when unordered. */
export function outputMatches(expected: ExpectedOutput, actual: string): boolean {
  const normalise = (text: string) => {
    const trimmed = text.replaceAll('\r\n', '\n').trim();
    return expected.unordered ? trimmed.split('\n').sort().join('\n') : trimmed;
  };
  return normalise(actual) === normalise(expected.text);
}
