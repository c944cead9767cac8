/**
 * The service worker's source: precache every file of this build under a cache named by its content
 * hash, drop older digimat caches, and answer from the cache first so the site works offline.
 */
export function serviceWorkerSource(cacheName: string, urls: readonly string[]): string {
  return `// Generated at build time. Cache: ${cacheName}
const CACHE = ${JSON.stringify(cacheName)};
const URLS = ${JSON.stringify(urls)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS.map((u) => new URL(u, self.registration.scope).href))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('digimat-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        const url = new URL(request.url);
        if (request.mode === 'navigate' && !url.pathname.endsWith('/')) {
          const dir = await cache.match(url.pathname + '/', { ignoreSearch: true });
          if (dir) return dir;
        }
        throw error;
      }
    }),
  );
});
`;
}

/**
 * The service worker the dev server writes: it caches nothing and clears the caches a built site's
 * worker left on this address, so every request, live reloads included, reaches the dev server.
 */
export function devServiceWorkerSource(): string {
  return `// digimat serve: no offline cache while the site is being edited.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('digimat-')).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
`;
}
