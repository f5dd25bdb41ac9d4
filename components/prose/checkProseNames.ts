/**
 * A remark plugin (astro.config.mjs) that checks every prose component in an
 * MDX lesson before the page renders: `<PresetName kind="gan1d" id="x" />`
 * with no preset "x" stops the build with the lesson's file and the id, in
 * English whatever the lesson's language (the message is for its author).
 */
import { LANGS } from '../../src/i18n/langs';
import { PROSE_COMPONENTS, ProseNameError, proseText, type ProseComponent, type ProseProps } from './cellNames';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

function isProseComponent(name: string | null | undefined): name is ProseComponent {
  return !!name && Object.hasOwn(PROSE_COMPONENTS, name);
}

/** Every problem with the prose components in an MDX tree, as "file:line: message" lines. */
export function proseNameProblems(tree: Node, file: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && isProseComponent(node.name)) {
      const where = `${file}:${node.position?.start.line ?? '?'}`;
      const props: ProseProps = {};
      let literal = true;
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
        if (typeof attr.value !== 'string') literal = false;
        else if (attr.name === 'kind' || attr.name === 'id' || attr.name === 'param' || attr.name === 'metric') props[attr.name] = attr.value;
      }
      const missing = PROSE_COMPONENTS[node.name].filter((key) => props[key] === undefined);
      if (!literal) problems.push(`${where}: <${node.name}> takes plain string props (kind="…"), so the build can check them`);
      else if (missing.length) problems.push(`${where}: <${node.name}> needs ${missing.join(', ')}`);
      else {
        try {
          for (const lang of LANGS) proseText(node.name, props, lang);
        } catch (error) {
          if (!(error instanceof ProseNameError)) throw error;
          problems.push(`${where}: <${node.name}>: ${error.message}`);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/** The plugin: fails the file's compilation with every problem found in it. */
export default function remarkCheckProseNames() {
  return (tree: Node, vfile: { path?: string; cwd?: string }) => {
    const path = vfile.path ?? '(unknown file)';
    const file = vfile.cwd && path.startsWith(vfile.cwd + '/') ? path.slice(vfile.cwd.length + 1) : path;
    const problems = proseNameProblems(tree, file);
    if (problems.length) throw new Error(`A lesson names a preset, control or default its cell does not have:\n${problems.join('\n')}`);
  };
}
