import { chromium } from 'playwright-core';
const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-CO', deviceScaleFactor: 2 });
await ctx.addInitScript(() => { window.__ls = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ls.push({ t: Math.round(e.startTime), v: Math.round(e.value*1000)/1000, src: e.sources.map((s) => (s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true }); });
const page = await ctx.newPage();
await page.goto(base + '/'); await page.waitForSelector('html[data-hydrated="1"]');
await page.click('#demo-login'); await page.waitForSelector('#logout');
await page.goto(base + '/clientes'); await page.waitForSelector('html[data-hydrated="1"]');
const hrefs = await page.locator('#client-list a.client-main').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
for (const h of hrefs.slice(0, 4)) {
  await page.goto(base + h); await page.waitForSelector('html[data-hydrated="1"]'); await page.waitForTimeout(2500);
  console.log(h, JSON.stringify(await page.evaluate(() => window.__ls)));
}
await browser.close();
