/// <reference types="astro/client" />
// (so `tsc` resolves astro:content even before `astro sync` generates .astro/)
/**
 * One lesson collection per language: the English lessons are the .mdx files
 * directly in ./lessons, each other language's in ./lessons/<lang>/ under the
 * same file names (src/i18n/langs.ts LESSON_COLLECTIONS names them). An
 * entry's id (from the file name) becomes the URL slug, the same in every
 * edition.
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

const lessonSchema = z.object({
  title: z.string(),
  /** Position in the course; lessons are listed and linked in this order. */
  order: z.number(),
  /** One or two sentences for the home page and the page description. */
  summary: z.string(),
  /** Minutes to read the lesson and run its cells. */
  minutes: z.number().int().positive(),
  papers: z.array(paper).default([]),
});

/** `*.mdx`, not `**`: the sub-folders of ./lessons are the other editions. */
const lessons = defineCollection({ loader: glob({ pattern: '*.mdx', base: './lessons' }), schema: lessonSchema });
const lessonsKo = defineCollection({ loader: glob({ pattern: '*.mdx', base: './lessons/ko' }), schema: lessonSchema });

export const collections = { lessons, lessonsKo };
