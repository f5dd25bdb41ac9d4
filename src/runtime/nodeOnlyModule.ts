/**
 * Stands in, in the browser, for Node-only packages that tfjs-core reaches
 * only when it runs in Node (node-fetch). The production bundle drops them
 * through tfjs-core's "browser" field; the dev server's dependency
 * pre-bundling does not, and node-fetch's CommonJS imports then stop the
 * training worker from loading (see astro.config.mjs).
 */
export default {};
