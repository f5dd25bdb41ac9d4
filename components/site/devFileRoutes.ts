/**
 * `astro dev` only: with trailingSlash 'always', the dev server refuses a
 * dynamic route's file name without a trailing slash (a lesson's
 * `lessons/<slug>.ipynb`: the route's pattern ends in a slash), which the
 * build writes as a file and every static host serves. This integration adds
 * the slash to such requests before routing, so the lesson's notebook link
 * and the code views' source tabs work while authoring.
 */
import type { AstroIntegration } from 'astro';

/** The files the site builds from dynamic routes: lesson notebooks and the code views' source tabs. */
const FILE_ROUTE = /(\.ipynb|\/code-source\/[A-Za-z0-9-]+\.html)(?=\?|$)/;

export function devFileRoutes(): AstroIntegration {
  return {
    name: 'course:dev-file-routes',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Runs before Astro's route matching, whose pattern for a dynamic route wants the slash
        // (its trailing-slash middleware lets names with an extension through).
        server.middlewares.stack.unshift({
          route: '',
          handle: (req: { url?: string }, _res: unknown, next: () => void) => {
            if (req.url && FILE_ROUTE.test(req.url)) req.url = req.url.replace(FILE_ROUTE, '$1/');
            next();
          },
        });
      },
    },
  };
}
