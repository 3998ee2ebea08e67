import { chromium } from 'playwright-core';
const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const vp of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
const ctx = await browser.newContext({ viewport: vp, locale: 'es-CO' });
const page = await ctx.newPage();
await page.goto(base + '/'); await page.waitForSelector('html[data-hydrated="1"]');
await page.click('#demo-login'); await page.waitForSelector('#logout');
for (const h of ['/clientes/demo1','/clientes/demo2','/clientes/demo4','/clientes/demo6']) {
  await page.goto(base + h); await page.waitForSelector('html[data-hydrated="1"]');
  const early = await page.evaluate(() => { const a = document.querySelector('.assistant').getBoundingClientRect(); return [Math.round(a.top), Math.round(a.height)]; });
  await page.waitForTimeout(2000);
  const late = await page.evaluate(() => { const a = document.querySelector('.assistant').getBoundingClientRect(); const c = document.querySelector('.chat-card')?.getBoundingClientRect(); return [Math.round(a.top), Math.round(a.height), c && Math.round(c.top), c && Math.round(c.left)]; });
  console.log(vp.width, h, early, late);
}
await page.goto(base + '/clientes/demo2'); await page.waitForTimeout(1500); await page.screenshot({ path: `/tmp/card-${vp.width}.png` });
await ctx.close();
}
await browser.close();
