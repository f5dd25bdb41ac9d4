/**
 * The on-page table of contents: h2 entries with their h3 children, built
 * from the headings Astro's render() returns for an MDX entry.
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Keeps h2 and h3 only (h1 is the page title; deeper levels clutter a side
 * menu). An h3 before the first h2 becomes a top-level entry rather than
 * being dropped.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const entry: TocEntry = { slug, text, children: [] };
    if (depth === 2) {
      toc.push(entry);
    } else if (depth === 3) {
      const parent = toc[toc.length - 1];
      if (parent) parent.children.push(entry);
      else toc.push(entry);
    }
  }
  return toc;
}
