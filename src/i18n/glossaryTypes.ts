/** One entry of the bilingual glossary (용어집): a term in both languages, its symbol, and where a lesson explains it. */
export interface GlossaryTerm {
  id: string;
  ko: string;
  en: string;
  symbol?: string /* TeX */;
  lesson: string /* slug */;
  section: string /* English heading id in that lesson */;
  koDefinition: string;
  enDefinition: string;
}
