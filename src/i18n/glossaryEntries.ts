/**
 * The glossary as a page shows it: terms sorted in the page's language, each
 * with its symbol rendered by KaTeX (at build time; no math JavaScript is
 * shipped) and the lesson section that explains it. A term that names a
 * lesson or section the edition does not have fails the build.
 */
import katex from 'katex';
import type { Lang } from './langs';
import type { GlossaryTerm } from './glossaryTypes';

export interface LessonSections {
  id: string;
  title: string;
  /** Heading id -> heading text, in the page's language. */
  sections: Map<string, string>;
}

export interface GlossaryEntry {
  id: string;
  /** The term in the page's language, then in the other. */
  term: string;
  other: string;
  symbolHtml?: string;
  definition: string;
  lesson: { id: string; title: string };
  section: { id: string; text: string };
}

export function glossaryEntries(terms: readonly GlossaryTerm[], lang: Lang, lessons: readonly LessonSections[]): GlossaryEntry[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const t of terms) {
    if (seen.has(t.id)) problems.push(`term id '${t.id}' is used twice`);
    seen.add(t.id);
    const lesson = lessons.find((l) => l.id === t.lesson);
    const sectionText = lesson?.sections.get(t.section);
    if (!lesson) problems.push(`'${t.id}': no lesson '${t.lesson}' in the ${lang} edition`);
    else if (sectionText === undefined) problems.push(`'${t.id}': lesson '${t.lesson}' (${lang}) has no section #${t.section}`);
    let symbolHtml: string | undefined;
    if (t.symbol) {
      try {
        symbolHtml = katex.renderToString(t.symbol, { throwOnError: true, output: 'htmlAndMathml' });
      } catch (error) {
        problems.push(`'${t.id}': symbol ${JSON.stringify(t.symbol)} is not valid TeX (${(error as Error).message})`);
      }
    }
    if (!lesson || sectionText === undefined) continue;
    entries.push({
      id: t.id,
      term: lang === 'ko' ? t.ko : t.en,
      other: lang === 'ko' ? t.en : t.ko,
      symbolHtml,
      definition: lang === 'ko' ? t.koDefinition : t.enDefinition,
      lesson: { id: lesson.id, title: lesson.title },
      section: { id: t.section, text: sectionText },
    });
  }
  if (problems.length > 0) throw new Error(`src/i18n/glossary.ts:\n  ${problems.join('\n  ')}`);
  return entries.sort((a, b) => a.term.localeCompare(b.term, lang));
}
