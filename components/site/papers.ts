/**
 * How a lesson's frontmatter papers become a reference list and in-text
 * anchors. Links point at arxiv.org/abs, a page the reader chooses to open;
 * nothing is fetched from there.
 */

export interface Paper {
  authors: string;
  year: number;
  title: string;
  arxiv: string;
}

export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The id of a reference's list item, so prose can link to `#ref-1406-2661`. */
export function referenceAnchor(id: string): string {
  return `ref-${id.replace(/\./g, '-')}`;
}

/** References are listed by year, then first author, as most papers do. */
export function sortPapers(papers: readonly Paper[]): Paper[] {
  return [...papers].sort((a, b) => a.year - b.year || a.authors.localeCompare(b.authors));
}
