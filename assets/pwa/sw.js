// TuSitioYa OS service worker. Served at /sw.js by the server, which replaces the
// version below with one that changes with every build, so a new build installs a new
// worker and takes over on the next load.
//
// - Hashed assets (/assets/*, names change with their content): cache first.
// - Everything else of ours that is a GET (pages, the wasm client, /api/* reads):
//   network first, the last good answer kept for when there is no network. Pages are
//   server-rendered with their data inside, so a page opened offline shows the last
//   data it saw; the page itself says it is offline.
// - POST /compartir (the share target): the shared file is kept (10 minutes at most)
//   and the import flow opens to read it; reading it deletes it (and the page ignores
//   a file older than 10 minutes).
//
// One seller's data never reaches another: every page and /api/* answer says whose
// session it was made for (X-Tsy-Seller: an opaque key, or "none"). Answers are kept
// in that seller's own cache ('tsy-data-<key>'); when the key changes (another seller,
// a new login) or the server answers "none" or 401 (signed out, expired, removed),
// every other seller's cache is deleted before anything is kept, and offline answers
// come only from the current seller's cache.
const VERSION = '__TSY_VERSION__';
const SHELL = 'tsy-shell-' + VERSION;
const DATA_PREFIX = 'tsy-data-';
const SHARE = 'tsy-share';
const META = 'tsy-meta';
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
    await keep('/', page);
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

// The seller whose answers are cached now ('' for nobody), kept across restarts of
// the worker.
let current = null;
async function currentSeller() {
  if (current === null) {
    const hit = await (await caches.open(META)).match('/seller');
    current = hit ? await hit.text() : '';
  }
  return current;
}

// Makes `key` the current seller: every other seller's cache goes first. A change from
// one seller to another (not from nobody, i.e. a login after sharing) also drops a
// file shared before.
async function switchSeller(key) {
  const was = await currentSeller();
  if (was === key) return;
  current = key;
  await (await caches.open(META)).put('/seller', new Response(key));
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(DATA_PREFIX) && n !== DATA_PREFIX + key).map((n) => caches.delete(n)));
  if (was !== '') await caches.delete(SHARE);
}

// Keeps a page or API answer for offline use, in its seller's cache; an answer for
// nobody (or a refusal) drops everything instead. Resolves once the seller switch is
// done (what must precede any offline read); the write itself goes on in the
// background, off the answer's path.
async function keep(request, response) {
  const seller = response.headers.get('x-tsy-seller');
  if (response.status === 401 || seller === 'none') {
    await switchSeller('');
    return;
  }
  if (!seller || !response.ok || response.type !== 'basic') return;
  await switchSeller(seller);
  caches.open(DATA_PREFIX + seller).then((c) => c.put(request, response)).catch(() => {});
}

// Logging out forgets every cached page and answer, and any shared file.
self.addEventListener('message', (event) => {
  if (event.data === 'forget') {
    event.waitUntil(switchSeller('').then(() => caches.delete(SHARE)));
  }
});

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

// Pages and API reads: the network, else (offline) the current seller's last answer.
async function networkFirstData(request, ms) {
  try {
    const fetched = fetch(request);
    const response = await (ms ? Promise.race([fetched, timeout(ms)]) : fetched);
    await keep(request, response.clone());
    return response;
  } catch (err) {
    const seller = await currentSeller();
    const data = seller ? await caches.open(DATA_PREFIX + seller) : null;
    const hit = data && (await data.match(request));
    if (hit) return hit;
    if (request.mode === 'navigate') {
      return (data && (await data.match('/'))) || offlinePage();
    }
    throw err;
  }
}

// The wasm client and other files of the build: the network, else the shell cache.
async function networkFirstShell(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  } catch (err) {
    const hit = await cache.match(request);
    if (hit) return hit;
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
  const hit = await (await caches.open(SHELL)).match(request);
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
      headers: {
        'x-file-name': encodeURIComponent(file.name || 'chat.txt'),
        'x-shared-at': String(Date.now()),
      },
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
  // The live streams (cash, chats) and downloads are never cached.
  if (url.pathname === '__TSY_LIVE_PATH__' || url.pathname === '__TSY_CHATS_PATH__' || url.pathname.endsWith('.csv') || url.pathname === '/sw.js') return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  const isPage = request.mode === 'navigate';
  if (isPage || url.pathname.startsWith('/api/')) {
    event.respondWith(networkFirstData(request, isPage ? PAGE_TIMEOUT_MS : 0));
  } else {
    event.respondWith(networkFirstShell(request));
  }
});
