/// <reference types="astro/client" />
// (so `tsc` resolves astro:content even before `astro sync` generates .astro/)
/**
 * The lessons collection: every .mdx file under the top-level ./lessons
 * folder. Its entry id (from the file name) becomes the URL slug.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const paper = z.object({
  /** As cited, e.g. "Goodfellow et al." */
  authors: z.string(),
  year: z.number().int(),
  title: z.string(),
  /** arXiv identifier without the prefix, e.g. "1406.2661". */
  arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id such as 1406.2661'),
});

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './lessons' }),
  schema: z.object({
    title: z.string(),
    /** Position in the course; lessons are listed and linked in this order. */
    order: z.number(),
    /** One or two sentences for the home page and the page description. */
    summary: z.string(),
    /** Minutes to read the lesson and run its cells. */
    minutes: z.number().int().positive(),
    papers: z.array(paper).default([]),
  }),
});

export const collections = { lessons };
