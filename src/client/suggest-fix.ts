/** Where an answer's "Suggest a fix" leads: the repository's issue form, and the answer's source file. */
export interface FixTarget {
  /** `https://github.com/owner/name/issues/new` */
  issueUrl: string;
  /** The page's `.mdx` file in the repository. */
  sourceUrl: string;
}

/**
 * A new-issue address with the title and body filled in, naming the answer by its question, id
 * and permanent link, so whoever triages it finds the text without asking.
 */
export function suggestFixUrl(
  target: FixTarget,
  answer: { id: string; question: string; permanentLink: string },
): string {
  const url = new URL(target.issueUrl);
  url.searchParams.set('title', `Fix: ${answer.question} (${answer.id})`);
  url.searchParams.set(
    'body',
    [
      `Answer: \`${answer.id}\`, “${answer.question}”`,
      `Permanent link: ${answer.permanentLink}`,
      `Source: ${target.sourceUrl}`,
      '',
      'What is wrong or missing, and what should it say? A source (official documentation) helps.',
      '',
    ].join('\n'),
  );
  return url.href;
}
