import { chromium } from 'playwright-core';
const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-CO', deviceScaleFactor: 2 });
const page = await ctx.newPage();
await page.goto(base + '/'); await page.waitForSelector('html[data-hydrated="1"]');
await page.click('#demo-login'); await page.waitForSelector('#logout');
for (const path of (process.env.PATHS || '/').split(',')) {
  await ctx.addInitScript(() => { window.__ls = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ls.push({ t: Math.round(e.startTime), v: e.value, rec: e.hadRecentInput, src: e.sources.map((s) => (s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true }); });
  await page.goto(base + path); await page.waitForSelector('html[data-hydrated="1"]'); await page.waitForTimeout(2500);
  console.log(path, JSON.stringify(await page.evaluate(() => window.__ls), null, 0));
}
await browser.close();
