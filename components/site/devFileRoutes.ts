/**
 * `astro dev` only: with trailingSlash 'always', the dev server refuses a
 * dynamic route's file name without a trailing slash (a lesson's
 * `lessons/<slug>.ipynb`), which the build writes as a file and every static
 * host serves. This integration adds the slash to such requests before the
 * dev server's check, so the lesson's notebook link works while authoring.
 */
import type { AstroIntegration } from 'astro';

/** The file routes the site builds from dynamic routes: their extensions. */
const FILE_ROUTE = /\.ipynb(?=\?|$)/;

export function devFileRoutes(): AstroIntegration {
  return {
    name: 'course:dev-file-routes',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Unshifted after Astro's own middlewares are installed, so this runs before its trailing-slash check.
        server.middlewares.stack.unshift({
          route: '',
          handle: (req: { url?: string }, _res: unknown, next: () => void) => {
            if (req.url && FILE_ROUTE.test(req.url)) req.url = req.url.replace(FILE_ROUTE, '.ipynb/');
            next();
          },
        });
      },
    },
  };
}
