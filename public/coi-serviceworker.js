// Cross-origin isolation for static hosts that cannot set headers.
//
// TensorFlow.js's wasm backend trains on several threads only when the page
// is cross-origin isolated (SharedArrayBuffer), which needs the response
// headers COOP: same-origin and COEP: require-corp. Where the host sets them
// (docs/hosting.md), this worker is never registered. Elsewhere it re-serves
// the site's own responses with those headers added. It caches nothing and
// passes every request through unchanged.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Only this site's own files; a request the browser cannot replay is left alone.
  if (new URL(request.url).origin !== self.location.origin) return;
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  event.respondWith(
    fetch(request).then((response) => {
      if (response.status === 0 || response.type === 'opaqueredirect') return response;
      const headers = new Headers(response.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'same-origin');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }),
  );
});
