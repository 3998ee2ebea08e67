// Starts the real built server (embedded in-memory SurrealDB, demo data) on a free port
// and Debian's headless Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const shotsDir = process.env.TSY_UPDATE_SCREENSHOTS
  ? join(here, '..', '..', 'docs', 'screenshots')
  : join(here, 'artifacts');
mkdirSync(shotsDir, { recursive: true });

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(extraEnv = {}) {
  const bin = process.env.TSY_SERVER_BIN;
  if (!bin) throw new Error('TSY_SERVER_BIN is not set (run scripts/test.sh)');
  const port = await freePort();
  const proc = spawn(bin, [], {
    env: {
      ...process.env,
      IP: '127.0.0.1',
      PORT: String(port),
      TSY_DATABASE_URL: 'mem://',
      TSY_DEMO: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const r = await fetch(base + '/');
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) { proc.kill(); throw new Error(`server did not start:\n${log}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    stop: () => proc.kill('SIGTERM'),
    // No shutdown at all (a crash); resolves once the process is gone.
    kill: () => new Promise((r) => { proc.once('exit', r); proc.kill('SIGKILL'); }),
    log: () => log,
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/// Waits until the WASM client has hydrated the server-rendered page.
export async function hydrated(page) {
  await page.waitForSelector('html[data-hydrated="1"]', { timeout: 60_000 });
}

export const viewports = [
  { name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false },
];

/// One built server and one browser for the test file: started before its tests, stopped
/// after. Read `app.server` / `app.browser` inside tests.
/// The server and a browser for a test file; `env` (or a function returning it, run
/// first) adds server environment variables.
export function useApp(env = {}) {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startServer(typeof env === 'function' ? await env() : env);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/// A fresh browser context at a viewport, as a Colombian Spanish-speaking seller.
/// A fresh browser profile at `vp`'s size; `extra` adds Playwright context options
/// (e.g. `timezoneId`).
export function newContext(browser, vp, extra = {}) {
  return browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    isMobile: vp.isMobile,
    hasTouch: vp.hasTouch,
    locale: 'es-CO',
    ...extra,
  });
}

/// Collects the page's uncaught errors (tests assert there are none).
export function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/// Opens `url`, waits for hydration and taps "Probar la demo" on the login screen.
/// Fills the login form on screen and sends it (the caller waits for what follows).
export async function passwordLogin(page, email, password) {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('form button[type=submit]');
}

export async function demoLogin(page, url) {
  await page.goto(url);
  await hydrated(page);
  await page.click('#demo-login');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/// The page's WCAG 2 A/AA violations (axe-core), one line each with up to three elements.
export async function audit(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary || '').split('\n').slice(1, 2).join(' ').trim()}`),
    }));
  });
  return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).join(' | ')}`);
}
