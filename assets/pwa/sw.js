// TuSitioYa OS service worker. Served at /sw.js by the server, which replaces the
// version below with one that changes with every build, so a new build installs a new
// worker and takes over on the next load.
//
// - Hashed assets (/assets/*, names change with their content): cache first.
// - Everything else of ours that is a GET (pages, the wasm client, /api/* reads):
//   network first, the last good answer kept for when there is no network. Pages are
//   server-rendered with their data inside, so a page opened offline shows the last
//   data it saw; the page itself says it is offline.
// - POST /compartir (the share target): the shared file is kept and the import flow
//   opens to read it.
const VERSION = '__TSY_VERSION__';
const SHELL = 'tsy-shell-' + VERSION;
const DATA = 'tsy-data';
const SHARE = 'tsy-share';
// Always kept; the client's JS, CSS and wasm are found in the start page at install.
const PRECACHE = ['/manifest.webmanifest', '/icons/icon-192.png'];
// A page that does not answer in this long on a bad connection comes from the cache.
const PAGE_TIMEOUT_MS = 4000;

// The app shell: what the start page loads (hashed names in release builds), and the
// wasm its JS names. A failed fetch leaves that file to the first online visit.
async function precache() {
  const shell = await caches.open(SHELL);
  const urls = new Set(PRECACHE);
  const page = await fetch('/', { credentials: 'same-origin' });
  if (page.ok) {
    const html = await page.clone().text();
    await (await caches.open(DATA)).put('/', page);
    for (const m of html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css|wasm|png))"/g)) urls.add(new URL(m[1], self.location.origin).pathname);
  }
  for (const u of [...urls].filter((u) => u.endsWith('.js'))) {
    try {
      const js = await (await fetch(u)).text();
      for (const m of js.matchAll(/["'](\/[^"']+\.wasm)["']/g)) urls.add(new URL(m[1], self.location.origin).pathname);
    } catch (e) { /* fetched at the first online visit instead */ }
  }
  await Promise.all([...urls].map((u) => shell.add(u).catch(() => {})));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().catch(() => {}).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tsy-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Logging out forgets every cached page and answer of that seller.
self.addEventListener('message', (event) => {
  if (event.data === 'forget') {
    event.waitUntil(caches.delete(DATA));
  }
});

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

async function networkFirst(request, cacheName, ms) {
  const cache = await caches.open(cacheName);
  try {
    const fetched = fetch(request);
    const response = await (ms ? Promise.race([fetched, timeout(ms)]) : fetched);
    if (response.ok && response.type === 'basic') {
      cache.put(request, response.clone());
    }
    return response;
  } catch (err) {
    const hit = (await cache.match(request)) || (await caches.match(request));
    if (hit) return hit;
    if (request.mode === 'navigate') {
      return (await caches.match('/')) || offlinePage();
    }
    throw err;
  }
}

function offlinePage() {
  return new Response(
    '<!DOCTYPE html><html lang="es"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
      '<title>Sin conexión</title><body style="font-family:system-ui;padding:24px">' +
      '<h1>Sin conexión</h1><p>Esta página todavía no estaba guardada en el teléfono. ' +
      '<a href="/">Abrir Hoy</a></p></body></html>',
    { headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) (await caches.open(SHELL)).put(request, response.clone());
  return response;
}

async function share(request) {
  const form = await request.formData();
  const file = form.getAll('chat').find((f) => f && typeof f === 'object');
  if (file) {
    const cache = await caches.open(SHARE);
    await cache.put('/compartir/archivo', new Response(file, {
      headers: { 'x-file-name': encodeURIComponent(file.name || 'chat.txt') },
    }));
  }
  return Response.redirect('/clientes?compartido=1', 303);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/compartir') {
    event.respondWith(share(request));
    return;
  }
  if (request.method !== 'GET') return;
  // The live cash stream and downloads are never cached.
  if (url.pathname === '/api/finance/live' || url.pathname.endsWith('.csv') || url.pathname === '/sw.js') return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  const isPage = request.mode === 'navigate';
  const ours = isPage || url.pathname.startsWith('/api/') ? DATA : SHELL;
  event.respondWith(networkFirst(request, ours, isPage ? PAGE_TIMEOUT_MS : 0));
});
