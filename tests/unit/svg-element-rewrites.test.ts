import { readFileSync } from 'node:fs';
import { type CustomPlugin, optimize } from 'svgo';
import { describe, expect, it } from 'vitest';
import { dropSizelessRects } from '../../src/build/svg-drop-sizeless-rects.ts';
import { hoistSingleRow } from '../../src/build/svg-hoist-single-row.ts';
import { mergeGroupChains } from '../../src/build/svg-merge-group-chains.ts';
import { ELEMENT_REWRITES, optimiseDiagramSvg } from '../../src/build/svg-optimise.ts';
import { styleRules } from '../../src/build/svg-style-selection.ts';
import { mergeThemeDrawings } from '../../src/build/svg-theme-merge.ts';
import { unwrapBareGroups } from '../../src/build/svg-unwrap-bare-groups.ts';
import { unwrapDefinitions } from '../../src/build/svg-unwrap-definitions.ts';
import { DIAGRAM_FIXTURE_ID as id } from '../support/draw-diagram-fixtures.ts';
import { allMarks, selectionByRule } from './svg-drawn-content.ts';

/** Real Mermaid drawings (`tests/support/draw-diagram-fixtures.ts`), merged and optimised as before these rewrites. */
const KINDS = ['flowchart', 'sequence', 'state'] as const;
type Kind = (typeof KINDS)[number];
const fixture = (name: Kind, theme: string) =>
  readFileSync(new URL(`../fixtures/diagrams/${name}.${theme}.svg`, import.meta.url), 'utf8').trim();
const drawnWithoutRewrites = (name: Kind): string => {
  const merged = mergeThemeDrawings(fixture(name, 'light'), fixture(name, 'dark'));
  if ('mismatch' in merged) throw new Error(merged.mismatch);
  return optimiseDiagramSvg(merged.svg, id, []);
};

/** One plugin through SVGO, nothing else. */
const through = (svg: string, ...plugins: CustomPlugin[]) => optimize(svg, { plugins }).data;

const count = (svg: string, pattern: RegExp = /<[a-zA-Z][\w-]*[\s/>]/g) => svg.match(pattern)?.length ?? 0;

/** Draws the same marks, and every rule of its style selects elements that draw what they drew. */
function expectSameDrawing(before: string, after: string): void {
  expect(allMarks(after)).toEqual(allMarks(before));
  expect(selectionByRule(after)).toEqual(selectionByRule(before));
}

describe('the drawn-content check the rewrites are tested with', () => {
  it('notices a mark that moved and a rule that selects something else', () => {
    const before = `<svg xmlns="http://www.w3.org/2000/svg" id="x"><style>#x .a text{fill:red}</style><g class="a"><text x="1">A</text></g><text x="2">B</text></svg>`;
    expect(() => expectSameDrawing(before, before.replace('x="2"', 'x="3"'))).toThrow();
    expect(() => expectSameDrawing(before, before.replace('<g class="a">', '<g>'))).toThrow();
    expectSameDrawing(before, before);
  });
});

describe('styleRules', () => {
  it('reads the style rules, inside @media too, and leaves out @keyframes and comments', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[@keyframes dash{to{stroke-dashoffset:0}}/* a{} */#d .label text{fill:red}@media print{#d rect{stroke:none}}]]></style></svg>`;
    let rules: ReturnType<typeof styleRules> = [];
    const read: CustomPlugin = {
      name: 'read',
      fn: (root) => {
        rules = styleRules(root);
        return null;
      },
    };
    through(svg, read);
    expect(rules).toEqual([
      { selectors: '#d .label text', declarations: 'fill:red' },
      { selectors: '#d rect', declarations: 'stroke:none' },
    ]);
  });
});

describe('dropSizelessRects', () => {
  it('drops the rects Mermaid leaves without a size in node labels, and draws the same', () => {
    const before = drawnWithoutRewrites('flowchart');
    const after = through(before, dropSizelessRects);
    const sizeless = /<rect(?![^>]*\swidth=)[^>]*>/g;
    expect(count(before, sizeless)).toBeGreaterThan(3);
    expect(count(after, sizeless)).toBe(0);
    expect(count(after)).toBe(count(before) - count(before, sizeless));
    expectSameDrawing(before, after);
  });

  it('keeps a rect that CSS may size, one with an id and one with a title', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" id="x"><style>#x .sized{width:10px;height:10px}</style><rect class="sized"/><rect id="target"/><rect><title>t</title></rect><rect style="height:4px"/><rect width="0" height="5"/><rect/></svg>`;
    const after = through(svg, dropSizelessRects);
    expect(after).toContain('<rect class="sized"/>');
    expect(after).toContain('<rect id="target"/>');
    expect(after).toContain('<title>t</title>');
    expect(after).toContain('<rect style="height:4px"/>');
    expect(count(after, /<rect/g)).toBe(4);
  });
});

describe('hoistSingleRow', () => {
  it("gives a flowchart's one-row texts their row's position and words", () => {
    const before = drawnWithoutRewrites('flowchart');
    const after = through(before, hoistSingleRow);
    expect(count(after, /<tspan\b/g)).toBeLessThan(count(before, /<tspan\b/g));
    expect(after).not.toMatch(/<text\b[^>]*>(<tspan\b[^>]*>[^<]*<\/tspan>)<\/text>/);
    expect(after).toContain('<text y="-.1em" text-anchor="middle" x="0" dy="1.1em">hash(key)</text>');
    expectSameDrawing(before, after);
  });

  it('hoists a sequence note (styled alike with its row) but not an actor (its row has a rule of its own)', () => {
    const before = drawnWithoutRewrites('sequence');
    const after = through(before, hoistSingleRow);
    expect(before).toMatch(/text\.actor>tspan/);
    expect(after).toMatch(/<text\b[^>]*class="noteText"[^>]*>long GC pause<\/text>/);
    const actorRows = (svg: string) => count(svg, /<text\b[^>]*class="actor[^"]*"[^>]*><tspan\b/g);
    expect(actorRows(before)).toBeGreaterThan(0);
    expect(actorRows(after)).toBe(actorRows(before));
    expectSameDrawing(before, after);
  });

  it('keeps a row with positions per character or attributes of its own', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" id="x"><text><tspan x="1 2 3">abc</tspan></text><text><tspan x="1" font-weight="bold">b</tspan></text><text y="5"><tspan dy="1em">ok</tspan></text></svg>`;
    const after = through(svg, hoistSingleRow);
    expect(count(after, /<tspan\b/g)).toBe(2);
    expect(after).toContain('<text y="5" dy="1em">ok</text>');
  });
});

describe('unwrapBareGroups', () => {
  it.each(KINDS)('puts the children of attribute-less groups in their place in the %s drawing', (name) => {
    const before = drawnWithoutRewrites(name);
    const after = through(before, unwrapBareGroups);
    expect(count(before, /<g>/g)).toBeGreaterThan(0);
    expect(count(after, /<g>/g)).toBe(0);
    expectSameDrawing(before, after);
  });

  it('keeps a group a rule selects through, and still unwraps the others', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" id="x"><style>#x .a>rect{fill:red}</style><g class="a"><g><rect class="r" width="1" height="1"/></g></g><g><rect class="s" width="1" height="1"/></g></svg>`;
    const after = through(svg, unwrapBareGroups);
    expect(after).toContain('<g class="a"><g><rect class="r"');
    expect(after).toContain('</g></g><rect class="s"');
    expectSameDrawing(svg, after);
  });
});

describe('unwrapDefinitions', () => {
  it('lets a sequence marker stand without its <defs>', () => {
    const before = drawnWithoutRewrites('sequence');
    const after = through(before, unwrapDefinitions);
    expect(before).toMatch(/<defs><marker\b/);
    expect(after).not.toContain('<defs');
    expect(after).toMatch(/<marker id="[^"]*-arrowhead"/);
    expectSameDrawing(before, after);
  });

  it('keeps the <defs> of a state diagram, whose style selects markers through it', () => {
    const before = drawnWithoutRewrites('state');
    expect(before).toMatch(/ defs \[id\$=-barbEnd\]/);
    expect(through(before, unwrapDefinitions)).toContain('<defs>');
  });

  it('keeps a <defs> that holds something drawn where it stands', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><defs><rect id="r" width="1" height="1"/></defs></svg>`;
    expect(through(svg, unwrapDefinitions)).toContain('<defs>');
  });
});

describe('mergeGroupChains', () => {
  it("makes a flowchart edge label's three groups one", () => {
    const before = through(drawnWithoutRewrites('flowchart'), dropSizelessRects, hoistSingleRow, unwrapBareGroups);
    const after = through(before, mergeGroupChains);
    expect(before).toMatch(/<g class="edgeLabel"><g class="label"><g transform="[^"]+">/);
    expect(after).toMatch(/<g class="edgeLabel label" transform="translate\([^"]+\)"><rect\b/);
    expect(count(after, /<g\b/g)).toBeLessThan(count(before, /<g\b/g));
    expectSameDrawing(before, after);
  });

  it('keeps edge label and label apart in a state diagram, whose style selects `.edgeLabel .label text`', () => {
    const before = drawnWithoutRewrites('state');
    const after = through(before, mergeGroupChains);
    expect(before).toMatch(/\.edgeLabel \.label text/);
    expect(after).toMatch(/<g class="edgeLabel"><g class="label" transform="[^"]+">/);
    expectSameDrawing(before, after);
  });

  it('keeps apart groups that rules style with the same property, or with one that acts on the whole group', () => {
    const svg = (rules: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" id="x"><style>${rules}</style><g class="a"><g class="b"><rect width="1" height="1"/></g></g></svg>`;
    const merged = '<g class="a b">';
    expect(through(svg('#x .a{fill:red}#x .b{stroke:blue}'), mergeGroupChains)).toContain(merged);
    expect(through(svg('#x .a{fill:red}#x .b{fill:blue}'), mergeGroupChains)).not.toContain(merged);
    expect(through(svg('#x .b{opacity:.5}'), mergeGroupChains)).not.toContain(merged);
  });
});

describe('all element rewrites in the optimiser', () => {
  const accessible = (svg: string) => ({
    root: /^<svg[^>]*>/.exec(svg)?.[0],
    title: /<title\b[\s\S]*?<\/title>/.exec(svg)?.[0],
    desc: /<desc\b[\s\S]*?<\/desc>/.exec(svg)?.[0],
    links: svg.match(/<a\s[^>]*>/g) ?? [],
  });

  it.each(KINDS)(
    'draw the %s diagram the same with fewer elements, keeping what assistive technology reads',
    (name) => {
      const before = drawnWithoutRewrites(name);
      const merged = mergeThemeDrawings(fixture(name, 'light'), fixture(name, 'dark'));
      if ('mismatch' in merged) throw new Error(merged.mismatch);
      const after = optimiseDiagramSvg(merged.svg, id);
      expectSameDrawing(before, after);
      expect(accessible(after)).toEqual(accessible(before));
      expect(count(after)).toBeLessThan(count(before) * 0.8);
    },
  );

  it('runs in the order the optimiser documents', () => {
    expect(ELEMENT_REWRITES.map((plugin) => plugin.name)).toEqual([
      'dropSizelessRects',
      'hoistSingleRow',
      'unwrapBareGroups',
      'unwrapDefinitions',
      'mergeGroupChains',
    ]);
  });

  it('give the element counts of the three fixture diagrams', () => {
    const counts = Object.fromEntries(
      KINDS.map((name) => {
        const merged = mergeThemeDrawings(fixture(name, 'light'), fixture(name, 'dark'));
        if ('mismatch' in merged) throw new Error(merged.mismatch);
        return [name, `${count(drawnWithoutRewrites(name))} → ${count(optimiseDiagramSvg(merged.svg, id))}`];
      }),
    );
    expect(counts).toMatchSnapshot();
  });
});
