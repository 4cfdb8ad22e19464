/**
 * One answer as Markdown, cut out of its page's Markdown copy (`…/page/index.md`, see
 * src/build/markdown-copies.ts) rather than carried in every page: the copy is fetched, same
 * origin, the first time a reader asks for it. In the copy each answer opens with
 * `## Question {#id}` and runs to the next heading of level 1 or 2 outside a code block.
 */
export interface AnswerMarkdown {
  /** The question, as Markdown. */
  question: string;
  /** Everything under the question: the short answer first, then the details. */
  body: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SECTION_HEADING = /^#{1,2} /;

/** The answer `id` of a page's Markdown copy, or undefined when the copy has no such answer. */
export function sliceAnswer(pageMarkdown: string, id: string): AnswerMarkdown | undefined {
  const lines = pageMarkdown.split('\n');
  const suffix = ` {#${id}}`;
  let fence: string | undefined;
  let start = -1;
  let end = lines.length;
  for (const [index, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (!SECTION_HEADING.test(line)) continue;
    if (start !== -1) {
      end = index;
      break;
    }
    if (line.startsWith('## ') && line.endsWith(suffix)) start = index;
  }
  if (start === -1) return undefined;
  const heading = lines[start] ?? '';
  return {
    question: heading.slice(3, -suffix.length).trim(),
    body: lines
      .slice(start + 1, end)
      .join('\n')
      .trim(),
  };
}

/** "Copy answer as Markdown": the question, the short answer (the first paragraph) and the permanent link. */
export function shortAnswerMarkdown(answer: AnswerMarkdown, link: string): string {
  const shortAnswer = answer.body.split(/\n[ \t]*\n/)[0] ?? '';
  return `## ${answer.question}\n\n${shortAnswer}\n\nPermanent link: ${link}\n`;
}

/** "Copy full answer": the question, the whole answer (code, tables, diagram sources) and the permanent link. */
export function fullAnswerMarkdown(answer: AnswerMarkdown, link: string): string {
  return `## ${answer.question}\n\n${answer.body}\n\nPermanent link: ${link}\n`;
}

let pageMarkdown: Promise<string> | undefined;

/** Where the current page's Markdown copy is: `…/page/index.md`, however the page's address ends. */
export function pageMarkdownUrl(): string {
  const path = location.pathname.replace(/index\.html$/, '');
  return new URL(`${path.endsWith('/') ? path : `${path}/`}index.md`, location.origin).href;
}

/** The current page's Markdown copy, fetched once; a failed fetch is tried again next time. */
export function fetchPageMarkdown(): Promise<string> {
  pageMarkdown ??= fetch(pageMarkdownUrl()).then((response) => {
    if (!response.ok) throw new Error(`The page's Markdown copy answered ${response.status}.`);
    return response.text();
  });
  pageMarkdown.catch(() => {
    pageMarkdown = undefined;
  });
  return pageMarkdown;
}
