/** The course's name and pitch, used by the header, titles and home page. */
export const COURSE_NAME = 'GANs in your browser';
export const COURSE_TAGLINE =
  'A hands-on course on generative adversarial networks. Every cell trains a real model in your own browser: no GPU, no install, no server.';

/** "<page> · <course>", or just the course name for the home page. */
export function pageTitle(page?: string): string {
  return page ? `${page} · ${COURSE_NAME}` : COURSE_NAME;
}
