/*@GENERATED@*/

// Ashraf Explorer service worker (template; scripts/post-build.mjs writes dist/sw.js from it).
//
// - One cache per build, named after the scope and the build VERSION (a hash of every file), so a
//   new deploy is installed whole next to the old one and replaces it in one step: never the old
//   index.html with the new WASM or the other way round.
// - Every precached file is fetched with its SRI digest, so a deploy that changes while this
//   worker installs makes the install fail instead of caching a mix of two builds.
// - Navigations inside the scope get the cached index.html (the app reads the route from the
//   URL), so deep links work offline too.
// - A new worker waits until the page asks it to take over (message SKIP_WAITING, sent by
//   boot.js when the user accepts the update); on activation the old build's cache is deleted.

const SCOPE = self.registration.scope; // e.g. https://example.org/ashraf-explorer/
const PREFIX = `ashraf-explorer:${new URL(SCOPE).pathname}:`;
const CACHE = PREFIX + VERSION;
const SHELL = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(PRECACHE.map((e) => new URL(e.url, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await cache.addAll(
          PRECACHE.map(
            (e) => new Request(new URL(e.url, SCOPE), { cache: 'no-cache', integrity: e.integrity }),
          ),
        );
      } catch (err) {
        // Leave nothing half-filled behind; the browser retries on the next visit.
        await caches.delete(CACHE);
        throw err;
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
  else if (data.type === 'VERSION' && event.ports && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION, cache: CACHE });
  }
});

async function fromCache(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url, { ignoreVary: true });
}

async function handle(request) {
  const url = new URL(request.url);
  url.hash = '';
  const key = url.search === '' ? url.href : null;
  if (request.mode === 'navigate') {
    // A precached file opened directly (e.g. data/corpus.json) is that file; anything else in the
    // scope is a route of the app.
    const direct = PRECACHED.has(url.origin + url.pathname) && url.href !== SCOPE
      ? await fromCache(url.origin + url.pathname)
      : undefined;
    if (direct) return direct;
    const shell = await fromCache(SHELL);
    if (shell) return shell;
    return fetch(request);
  }
  if (key && PRECACHED.has(key)) {
    const hit = await fromCache(key);
    if (hit) return hit;
  }
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (!request.url.startsWith(SCOPE)) return; // other origins and paths: not ours
  event.respondWith(handle(request));
});
