/**
 * The shape of a glossary entry (src/i18n/glossary.ts). The glossary pages
 * (<base>glossary/ and <base>ko/glossary/) list every term in both languages
 * with its symbol, and link it to the lesson section that explains it.
 */
export interface GlossaryTerm {
  /** Stable, lower-case, hyphenated: the term's anchor on both glossary pages. */
  id: string;
  /** The Korean term as the lessons use it, e.g. '판별자'. */
  ko: string;
  /** The English term, e.g. 'discriminator'. */
  en: string;
  /** TeX of the symbol the formulas use, e.g. 'D' or '\\mathbf{z}'; rendered with KaTeX at build time. */
  symbol?: string;
  /** Slug of the lesson that explains the term (its file name in lessons/). */
  lesson: string;
  /** English heading id of the section there, e.g. 'two-players'; the Korean lesson has the same ids. */
  section: string;
  /** One or two Korean sentences. */
  koDefinition: string;
  /** One or two English sentences. */
  enDefinition: string;
}
