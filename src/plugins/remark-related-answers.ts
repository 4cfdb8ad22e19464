import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { AnswerRecord } from '../lib/answer-model.ts';
import type { LocatedAnswer } from '../lib/collect-answers.ts';
import { withBase } from '../lib/paths.ts';

export interface RelatedAnswersOptions {
  /** Every answer on the site (the page being built included). */
  getAnswers: () => Promise<readonly LocatedAnswer[]>;
  base?: string;
  /** Answers listed under each answer: the author's picks first, then the closest by tags. */
  minimum?: number;
  maximum?: number;
}

/**
 * Ends every answer with links to related answers: those its author named in `related="…"`,
 * then those sharing its rarest tags (a tag on every Kafka answer says less than `isr`). Runs
 * after `remarkAnswerHeadings`, which records the page's answers.
 *
 * For an answer `kafka-isr` tagged `kafka replication isr`, it inserts before the next question:
 * ```html
 * <div class="answer-related" data-pagefind-ignore>
 *   <p class="answer-related__title">Related answers</p>
 *   <ul><li><a href="/kafka/fundamentals/replication/#kafka-acks">What does acks=all guarantee?</a></li>…</ul>
 * </div>
 * ```
 * A `related` id that is not an answer anywhere stops the build, naming file and line.
 */
export function remarkRelatedAnswers({ getAnswers, base = '/', minimum = 3, maximum = 5 }: RelatedAnswersOptions) {
  return () => async (tree: Root, file: VFile) => {
    const pageAnswers = (file.data.astro?.frontmatter?.answers ?? []) as AnswerRecord[];
    if (pageAnswers.length === 0) return;
    const all = await getAnswers();
    const byId = new Map(all.map((answer) => [answer.id, answer]));
    const rarity = tagRarity(all);

    for (const answer of [...pageAnswers].reverse()) {
      for (const id of answer.related) {
        if (!byId.has(id)) {
          file.fail(`Related id "${id}" of "${answer.id}" is not an answer anywhere on the site.`, {
            line: answer.line,
            column: 1,
          });
        }
      }
      const picks = relatedTo(answer, all, byId, rarity, { minimum, maximum });
      if (picks.length === 0) continue;
      tree.children.splice(endOfAnswer(tree, answer.id), 0, relatedBlock(picks, base));
    }
  };
}

function relatedTo(
  answer: AnswerRecord,
  all: readonly LocatedAnswer[],
  byId: ReadonlyMap<string, LocatedAnswer>,
  rarity: ReadonlyMap<string, number>,
  { minimum, maximum }: { minimum: number; maximum: number },
): LocatedAnswer[] {
  const chosen = answer.related.map((id) => byId.get(id)).filter((found) => found !== undefined);
  const wanted = Math.min(maximum, Math.max(minimum, chosen.length));
  const home = byId.get(answer.id)?.page;
  const scored = all
    .filter((other) => other.id !== answer.id && !answer.related.includes(other.id))
    .map((other) => {
      const shared = other.tags.filter((tag) => answer.tags.includes(tag));
      const score = shared.reduce((sum, tag) => sum + (rarity.get(tag) ?? 0), 0);
      // Answers on the same page are a scroll away; prefer showing the reader somewhere new.
      return { other, score: other.page === home ? score * 0.6 : score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.id.localeCompare(b.other.id));
  return [...chosen, ...scored.map(({ other }) => other)].slice(0, wanted);
}

/** log(N / answers with the tag): the information a shared tag carries. */
function tagRarity(all: readonly LocatedAnswer[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of all) for (const tag of answer.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return new Map([...counts].map(([tag, count]) => [tag, Math.log((all.length + 1) / count)]));
}

/** Index of the node after the answer's last block: the next h2, or the end of the page. */
function endOfAnswer(tree: Root, id: string): number {
  const start = tree.children.findIndex((node) => isHeadingWithId(node, id));
  const next = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= 2);
  return next === -1 ? tree.children.length : next;
}

function isHeadingWithId(node: RootContent, id: string): boolean {
  return node.type === 'heading' && node.data?.hProperties?.id === id;
}

function relatedBlock(picks: readonly LocatedAnswer[], base: string): Paragraph {
  const items: ListItem[] = picks.map((pick) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: withBase(`/${pick.page}/#${pick.id}`, base),
            children: [{ type: 'text', value: pick.question }],
          },
        ],
      },
    ],
  }));
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  return {
    type: 'paragraph',
    data: { hName: 'div', hProperties: { className: ['answer-related'], 'data-pagefind-ignore': '' } },
    children: [
      {
        type: 'strong',
        data: { hName: 'p', hProperties: { className: ['answer-related__title'] } },
        children: [{ type: 'text', value: 'Related answers' }],
      },
      // A block list inside the wrapper: mdast has no such node, and to-hast does not mind.
      list as unknown as Paragraph['children'][number],
    ],
  };
}
