/**
 * Static paths of the `[...lang]` routes: one page per built language
 * (COURSE_LANGS), English without a prefix; and each language's lessons in
 * course order.
 */
import { getCollection } from 'astro:content';
import { sortByOrder } from '../../components/site/lessons';
import { builtLangs, langParam, LESSON_COLLECTIONS, type Lang } from './langs';

export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return builtLangs().map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

export async function lessonsIn(lang: Lang) {
  return sortByOrder(await getCollection(LESSON_COLLECTIONS[lang]));
}
