import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { areas, sectionOf, sections } from '../config/sections.ts';
import { flattenAnswers, type PageRecord } from '../lib/collect-answers.ts';
import type { ComponentMarkdown } from '../plugins/remark-copy-components.ts';

/**
 * What the site's MDX components stand for in a page's Markdown copy, built from the same
 * content as the components themselves: a section index lists the section's pages and their
 * questions, the home overview lists the sections by area. Links are site-relative here; the
 * copy makes them absolute.
 */
export function componentMarkdown(getPages: () => Promise<readonly PageRecord[]>): ComponentMarkdown {
  return {
    SectionIndex: async (page) => {
      const section = sectionOf(`${page}/`);
      const pages = (await getPages()).filter((record) => section && record.page.startsWith(`${section.directory}/`));
      return pages.flatMap((record): RootContent[] => [
        { type: 'heading', depth: 2, children: [link(record.title, `/${record.page}/`)] },
        ...(record.description ? [paragraph([text(record.description)])] : []),
        list(record.answers.map((answer) => [link(answer.question, `/${record.page}/#${answer.id}`)])),
      ]);
    },
    HomeOverview: async () => {
      const pages = await getPages();
      return [
        paragraph([
          text(
            `${flattenAnswers(pages).length} answers on ${pages.length} pages in ${sections.length} sections, each with a permanent link. Come in by `,
          ),
          link('level', '/levels/'),
          text(', by '),
          link('tag', '/tags/'),
          text(' or through the '),
          link('glossary', '/glossary/'),
          text('.'),
        ]),
        ...areas.flatMap((area): RootContent[] => [
          { type: 'heading', depth: 2, children: [text(area.label)] },
          list(
            area.sections.map((section) => [
              link(section.label, `/${section.directory}/`),
              text(`: ${section.summary}`),
            ]),
          ),
        ]),
      ];
    },
  };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function link(label: string, url: string): PhrasingContent {
  return { type: 'link', url, children: [text(label)] };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function list(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(children)] })),
  };
}
