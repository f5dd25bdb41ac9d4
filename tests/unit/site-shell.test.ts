import { describe, expect, it } from 'vitest';
import { assetHref, lessonHref, normaliseBase, pageHref } from '../../components/site/paths';
import { neighbours, sortByOrder } from '../../components/site/lessons';
import { buildToc } from '../../components/site/toc';
import { referenceAnchor, sortPapers } from '../../components/site/papers';

describe('site paths honour the base path', () => {
  it('normalises any spelling of the base to /x/', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('course')).toBe('/course/');
    expect(normaliseBase('/course')).toBe('/course/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });

  it('gives page links a trailing slash and asset links none', () => {
    expect(pageHref('', '/')).toBe('/');
    expect(pageHref('', '/course')).toBe('/course/');
    expect(lessonHref('minimax-game', '/course/')).toBe('/course/lessons/minimax-game/');
    expect(lessonHref('minimax-game', '/')).toBe('/lessons/minimax-game/');
    expect(pageHref('/lessons/', '/course/')).toBe('/course/lessons/');
    expect(assetHref('/favicon.svg', '/course')).toBe('/course/favicon.svg');
    expect(assetHref('favicon.svg', '/')).toBe('/favicon.svg');
  });
});

describe('lesson order', () => {
  const lesson = (id: string, order: number) => ({ id, data: { order, title: id } });
  const sorted = sortByOrder([lesson('dcgan', 3), lesson('minimax', 2), lesson('intro', 1)]);

  it('sorts by the order field', () => {
    expect(sorted.map((l) => l.id)).toEqual(['intro', 'minimax', 'dcgan']);
  });

  it('finds previous and next, and none past either end', () => {
    expect(neighbours(sorted, 'minimax')).toEqual({ prev: sorted[0], next: sorted[2] });
    expect(neighbours(sorted, 'intro').prev).toBeUndefined();
    expect(neighbours(sorted, 'dcgan').next).toBeUndefined();
    expect(neighbours(sorted, 'missing')).toEqual({});
  });
});

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 3, slug: 'orphan', text: 'Orphan' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'orphan', text: 'Orphan', children: [] },
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('references', () => {
  it('makes anchors without dots and lists papers by year', () => {
    expect(referenceAnchor('1406.2661')).toBe('ref-1406-2661');
    const papers = sortPapers([
      { authors: 'Kahng et al.', year: 2018, title: 'GAN Lab', arxiv: '1809.01587' },
      { authors: 'Goodfellow et al.', year: 2014, title: 'GAN', arxiv: '1406.2661' },
    ]);
    expect(papers.map((p) => p.year)).toEqual([2014, 2018]);
  });
});
