// First contentful paint and time to interactive (the WASM client hydrated) of the
// dashboard ("Hoy", signed in to the demo) at phone size, on localhost, in headless
// Chromium. Cold: a fresh browser context each run (nothing cached). Warm: reloads in
// one context with the service worker in control. Prints one JSON line.
import { chromium } from 'playwright-core';

const base = process.env.TSY_BENCH_BASE;
const runs = Number(process.env.TSY_BENCH_RUNS || 15);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-CO' };

// Sign in once; every run reuses the session cookie.
const login = await browser.newContext(phone);
const lp = await login.newPage();
await lp.goto(base + '/');
await lp.waitForSelector('html[data-hydrated="1"]');
await lp.click('#demo-login');
await lp.waitForSelector('#logout');
const state = await login.storageState();
await login.close();

// Time of the first paint with content, and of hydration (a MutationObserver set up
// before any script of the page runs).
const probe = () => {
  window.__tsyHydrated = null;
  new MutationObserver((_, obs) => {
    if (document.documentElement.dataset.hydrated === '1') {
      window.__tsyHydrated = performance.now();
      obs.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
};
async function measure(page) {
  await page.waitForFunction(() => window.__tsyHydrated !== null, null, { timeout: 60_000 });
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    tti: window.__tsyHydrated,
  }));
}

const cold = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ ...phone, storageState: state, serviceWorkers: 'block' });
  await ctx.addInitScript(probe);
  const page = await ctx.newPage();
  await page.goto(base + '/');
  cold.push(await measure(page));
  await ctx.close();
}
const warm = [];
{
  const ctx = await browser.newContext({ ...phone, storageState: state });
  await ctx.addInitScript(probe);
  const page = await ctx.newPage();
  await page.goto(base + '/');
  await measure(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (let i = 0; i < runs; i++) {
    await page.reload();
    warm.push(await measure(page));
  }
  await ctx.close();
}
await browser.close();

const q = (xs, p) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]);
};
const sum = (rs) => ({
  fcp_p50: q(rs.map((r) => r.fcp), 0.5), fcp_p95: q(rs.map((r) => r.fcp), 0.95),
  tti_p50: q(rs.map((r) => r.tti), 0.5), tti_p95: q(rs.map((r) => r.tti), 0.95),
});
console.log(JSON.stringify({ runs, cold: sum(cold), warm: sum(warm) }));
