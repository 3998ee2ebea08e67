// The app on an emulated mid-range phone on a mobile network, in headless Chromium
// through the DevTools protocol: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x
// slower, 390x844 (the usual mobile lab profile). Run by bench/mobile.sh against a
// release server; prints one JSON object.
//
// Pages (Hoy, a client card, Finanzas), cold (fresh profile, nothing cached) and repeat
// (service worker in control): first contentful paint, largest contentful paint, time
// until the client has hydrated, layout shift, bytes on the wire by type.
// Interactions under the same CPU slowdown (network not throttled: they measure the
// phone, not the link): the Zen switch, opening the card of a client with a
// 5,000-message chat, typing in the client search over 5,000 clients, scrolling the
// timeline; each from the input event to the next frame showing its result, with the
// long tasks (over 50 ms) counted.
//
// TSY_BENCH_BASE: the server. TSY_BENCH_RUNS: runs per cold/repeat case (default 5).
// TSY_BENCH_PAGES_ONLY=1: only the pages of `/` (for the floor app, bench/wasm-floor).
// TSY_BENCH_THROTTLE=0: no emulation (a quick check of the script on a debug build).
// TSY_BENCH_ONLY=pages|interactions: one half of it. TSY_BENCH_SEED_ONLY=1: seed, print
// the session cookie and the long chat's card, and stop (to look at a case by hand).
import { chromium } from 'playwright-core';
// Run from tests/e2e (bench/mobile.sh copies it there, beside playwright-core).
import * as api from '../../bench/api.mjs';

const base = process.env.TSY_BENCH_BASE;
const runs = Number(process.env.TSY_BENCH_RUNS || 5);
const floorOnly = process.env.TSY_BENCH_PAGES_ONLY === '1';
const clients = Number(process.env.TSY_BENCH_CLIENTS || 5000);
const messages = Number(process.env.TSY_BENCH_MESSAGES || 5000);
const PROFILE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpu: 4,
};
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-CO', deviceScaleFactor: 2 };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

// ---- Seeding: an agency with 5,000 clients, one of them with a 5,000-message chat,
// made through the API as its forms would.
const post = (path, body, cookie) => api.post(base, path, body, { cookie });

function chatExport(n) {
  // Android layout, the seller "Vale" and the client "Ana", a few messages a day.
  const lines = [];
  const start = Date.UTC(2025, 0, 1, 13, 0);
  const said = [
    'Hola, quería saber el precio de la página web para mi tienda',
    'Claro, el plan Tienda cuesta $1.800.000 e incluye dominio y hosting el primer año',
    '¿Y en cuánto tiempo la tienen lista?',
    'En 15 días hábiles desde que nos envías los textos y las fotos',
    'Perfecto, lo hablo con mi socio y te cuento',
    '<Multimedia omitido>',
  ];
  for (let i = 0; i < n; i++) {
    const t = new Date(start + i * 47 * 60_000);
    const d = `${t.getUTCDate()}/${t.getUTCMonth() + 1}/${String(t.getUTCFullYear()).slice(2)}`;
    const h = `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
    lines.push(`${d}, ${h} - ${i % 2 ? 'Vale' : 'Ana'}: ${said[i % said.length]} (${i})`);
  }
  return lines.join('\n') + '\n';
}

// Names as an agency's list has them (repeated ones too), without ñ so that the
// bench can fold them like the app does.
const FIRST = ['María', 'José', 'Luis', 'Ana', 'Carlos', 'Lucía', 'Jorge', 'Sofía', 'Andrés', 'Valentina',
  'Martín', 'Camila', 'Diego', 'Isabel', 'Pedro', 'Martina', 'Julián', 'Paula', 'Raúl', 'Elena'];
const LAST = ['Gómez', 'Rodríguez', 'Martínez', 'López', 'García', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores',
  'Rivera', 'Díaz', 'Morales', 'Ortiz', 'Castro', 'Vargas', 'Rojas', 'Herrera', 'Medina', 'Aguilar', 'Suárez',
  'Mendoza', 'Silva', 'Cruz', 'Reyes'];
const TRADE = ['Panadería', 'Ferretería', 'Óptica', 'Floristería', 'Taller', 'Consultorio', 'Tienda', 'Estudio'];
const clientName = {
  name: (i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
  business: (i) => `${TRADE[i % TRADE.length]} ${LAST[(i * 7) % LAST.length]}`,
};
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
// How many clients a query matches (name or business, folded), as the app counts them.
const matching = (query) => {
  let n = 0;
  for (let i = 0; i < clients; i++) {
    if (fold(clientName.name(i)).includes(query) || fold(clientName.business(i)).includes(query)) n++;
  }
  return n + (fold('Ana Chat Largo').includes(query) ? 1 : 0);
  // (The seller herself is not a client; the bench's phones never match a word.)
};

async function seed() {
  const cookie = await api.signUp(base, 'Agencia Bench', 'vale@bench.co');
  const stages = ['Lead', 'Contacted', 'Proposal', 'Negotiation'];
  const { name, business } = clientName;
  let next = 0;
  const worker = async () => {
    while (next < clients) {
      const i = next++;
      await post('/api/clients', { input: {
        name: name(i), phone: `300 ${String(1_000_000 + i).slice(1, 4)} ${String(1_000_000 + i).slice(4)}`,
        business: business(i), stage: stages[i % stages.length], deal_value_minor: (1 + (i % 30)) * 10_000_000,
        next_follow_up: null, notes: '', tags: [],
      } }, cookie);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  const imported = await post('/api/chats/import', {
    request: { client_id: null, new_client: { name: 'Ana Chat Largo', phone: '310 555 0199' }, me: 'Vale', text: chatExport(messages), date_order: null },
  }, cookie);
  const report = await imported.json();
  return { cookie, card: `/clientes/${report.client_id}` };
}

// ---- Measuring.
const probe = () => {
  window.__tsy = { hydrated: null, lcp: 0, cls: 0, long: [] };
  new MutationObserver((_, obs) => {
    if (document.documentElement.dataset.hydrated === '1') {
      window.__tsy.hydrated = performance.now();
      obs.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__tsy.lcp = Math.max(window.__tsy.lcp, e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.__tsy.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__tsy.long.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const emulate = process.env.TSY_BENCH_THROTTLE !== '0';
async function throttle(page, network) {
  if (!emulate) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latency,
      downloadThroughput: PROFILE.downloadThroughput,
      uploadThroughput: PROFILE.uploadThroughput,
    });
  }
}

const kind = (url, initiator) => {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.startsWith('/api/')) return 'api';
  if (initiator === 'navigation') return 'html';
  return 'other';
};

async function measurePage(page) {
  await page.waitForFunction(() => window.__tsy?.hydrated !== null, null, { timeout: 120_000 });
  // Let late paints and shifts land (LCP settles at the first input or after load).
  await page.waitForTimeout(1500);
  return page.evaluate((kindSrc) => {
    const kind = eval(kindSrc);
    const bytes = {};
    const nav = performance.getEntriesByType('navigation')[0];
    for (const e of [nav, ...performance.getEntriesByType('resource')]) {
      const k = kind(e.name, e.initiatorType);
      bytes[k] = (bytes[k] || 0) + (e.transferSize || 0);
    }
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: window.__tsy.lcp || null,
      hydrated: window.__tsy.hydrated,
      cls: window.__tsy.cls,
      bytes,
    };
  }, kind.toString());
}

async function pageRuns(path, state) {
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ ...phone, storageState: state, serviceWorkers: 'block' });
    await ctx.addInitScript(probe);
    const page = await ctx.newPage();
    await throttle(page, true);
    await page.goto(base + path, { timeout: 120_000 });
    cold.push(await measurePage(page));
    await ctx.close();
  }
  const repeat = [];
  {
    const ctx = await browser.newContext({ ...phone, storageState: state });
    await ctx.addInitScript(probe);
    const page = await ctx.newPage();
    await throttle(page, true);
    await page.goto(base + path, { timeout: 120_000 });
    await measurePage(page);
    // The app's service worker takes over; the floor has none (its repeat visit is the
    // HTTP cache alone).
    await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 5000))]));
    for (let i = 0; i < runs; i++) {
      await page.reload({ timeout: 120_000 });
      repeat.push(await measurePage(page));
    }
    await ctx.close();
  }
  return { cold: summary(cold), repeat: summary(repeat) };
}

const q = (xs, p) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const r0 = (x) => (x === null ? null : Math.round(x));
function summary(rs) {
  const med = (f) => r0(q(rs.map(f), 0.5));
  const bytes = {};
  for (const k of new Set(rs.flatMap((r) => Object.keys(r.bytes)))) bytes[k] = med((r) => r.bytes[k] || 0);
  return {
    fcp: med((r) => r.fcp), lcp: med((r) => r.lcp), hydrated: med((r) => r.hydrated),
    hydrated_max: r0(Math.max(...rs.map((r) => r.hydrated))),
    cls: Math.round(Math.max(...rs.map((r) => r.cls)) * 1000) / 1000,
    bytes,
  };
}

// Arms a watch in the page: resolves with the time from the next `eventType` event
// (its timestamp) to the frame after `done()` first holds; long tasks in between.
async function arm(page, eventType, doneSrc) {
  await page.evaluate(([eventType, doneSrc]) => {
    const done = eval(doneSrc);
    const longBefore = window.__tsy.long.length;
    window.__watch = new Promise((resolve) => {
      let t0 = null;
      addEventListener(eventType, (e) => { t0 ??= e.timeStamp; }, { capture: true, once: true });
      const check = () => {
        if (t0 === null || !done()) return;
        obs.disconnect();
        requestAnimationFrame(() => setTimeout(() => {
          const long = window.__tsy.long.slice(longBefore).filter((l) => l.at + l.ms >= t0);
          resolve({ ms: performance.now() - t0, long: long.map((l) => Math.round(l.ms)) });
        }, 0));
      };
      const obs = new MutationObserver(check);
      obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      addEventListener(eventType, () => setTimeout(check, 0), { capture: true, once: true });
    });
  }, [eventType, doneSrc]);
}
const settle = (page) => page.evaluate(() => window.__watch);

async function interactions(state, card) {
  const ctx = await browser.newContext({ ...phone, storageState: state, serviceWorkers: 'block' });
  await ctx.addInitScript(probe);
  const page = await ctx.newPage();
  await throttle(page, false);
  const out = { zen: [], open_card: [], search_key: [], scroll: null };

  // Zen, on Hoy: on and off, a few times.
  await page.goto(base + '/');
  await page.waitForFunction(() => window.__tsy.hydrated !== null);
  await page.locator('#zen-toggle').waitFor();
  for (let i = 0; i < 6; i++) {
    const on = i % 2 === 0;
    await arm(page, 'click', `() => document.documentElement.classList.contains('zen') === ${on}`);
    await page.click('#zen-toggle');
    out.zen.push(await settle(page));
  }

  // Search over 5,000 clients: each keystroke to the filtered list on screen.
  await page.goto(base + '/clientes');
  await page.waitForFunction(() => window.__tsy.hydrated !== null);
  await page.locator('#client-list li').first().waitFor();
  const search = page.locator('input[type=search]');
  await search.focus();
  // Names as a seller types them; each keystroke measured while it changes how many
  // clients match (the watch tells one list from the next by that count).
  const words = ['gomez', 'suarez', 'rodriguez', 'medina'];
  for (const word of words) {
    let last = matching('');
    for (let i = 0; i < word.length; i++) {
      const want = matching(word.slice(0, i + 1));
      if (want === last) break;
      last = want;
      // The list on screen is that search's: its first page, and the count of all.
      const done = want > 40
        ? `() => document.querySelector('.list-more')?.textContent.includes('de ${want} clientes')`
        : `() => !document.querySelector('.list-more') && document.querySelectorAll('#client-list li').length === ${want}`;
      await arm(page, 'input', done);
      await page.keyboard.type(word[i]);
      out.search_key.push(await settle(page));
    }
    await search.fill('');
    await page.waitForFunction((n) => document.querySelector('.list-more')?.textContent.includes(`de ${n} clientes`), matching(''));
  }

  // Opening the card of the client with the long chat, from the list (in-app navigation).
  for (let i = 0; i < 3; i++) {
    await search.fill('Ana Chat');
    await page.locator('#client-list a.client-main', { hasText: 'Ana Chat Largo' }).waitFor();
    await arm(page, 'click', `() => document.querySelector('#timeline .day') !== null && document.querySelector('#card-name') !== null`);
    await page.click('#client-list a.client-main');
    out.open_card.push(await settle(page));
    await page.goBack();
    await page.locator('input[type=search]').waitFor();
  }

  // Scrolling the timeline up through the history (older days load as it goes).
  await page.goto(base + card);
  await page.waitForFunction(() => window.__tsy.hydrated !== null);
  await page.locator('#timeline .day').first().waitFor();
  await page.waitForTimeout(500);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const longBefore = await page.evaluate(() => window.__tsy.long.length);
  const daysBefore = await page.locator('#timeline .day').count();
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1000);
  const long = await page.evaluate((n) => window.__tsy.long.slice(n).map((l) => Math.round(l.ms)), longBefore);
  out.scroll = { days_before: daysBefore, days_after: await page.locator('#timeline .day').count(), long_tasks: long.length, longest: long.length ? Math.max(...long) : 0 };
  await ctx.close();

  const sum = (xs) => ({
    p50: r0(q(xs.map((x) => x.ms), 0.5)),
    max: r0(Math.max(...xs.map((x) => x.ms))),
    long_tasks: xs.reduce((n, x) => n + x.long.length, 0),
    longest_task: Math.max(0, ...xs.flatMap((x) => x.long)),
  });
  return { zen: sum(out.zen), search_key: sum(out.search_key), open_card: sum(out.open_card), scroll: out.scroll };
}

let state;
let result;
if (floorOnly) {
  state = undefined;
  result = { profile: PROFILE, runs, pages: { home: await pageRuns('/', state) } };
} else {
  const t0 = Date.now();
  const { cookie, card } = await seed();
  const seeded_s = Math.round((Date.now() - t0) / 100) / 10;
  if (process.env.TSY_BENCH_SEED_ONLY === '1') {
    console.log(JSON.stringify({ cookie, card, seeded_s }));
    process.exit(0);
  }
  const [name, value] = cookie.split('=');
  const u = new URL(base);
  state = { cookies: [{ name, value, domain: u.hostname, path: '/', httpOnly: true, secure: false, sameSite: 'Lax', expires: -1 }], origins: [] };
  const only = process.env.TSY_BENCH_ONLY;
  result = { profile: PROFILE, runs, clients, messages, seeded_s };
  if (only !== 'interactions') {
    result.pages = { hoy: await pageRuns('/', state), card: await pageRuns(card, state), finanzas: await pageRuns('/finanzas', state) };
  }
  if (only !== 'pages') result.interactions = await interactions(state, card);
}
await browser.close();
console.log(JSON.stringify(result, null, 1));
