// Readable on a phone in daylight: an automated WCAG 2 A/AA audit (axe-core, run inside
// the page) of every main screen and a client card, at phone and desktop sizes, in the
// light of day (the default theme). Any violation fails, named with its elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newContext, viewports, hydrated, audit } from './harness.mjs';

const app = useApp();

const screens = [
  // Name, path, and what must be on screen before the audit (parts loaded after the page).
  ['Hoy', '/', '#conversion-summary'],
  ['Clientes', '/clientes', null],
  ['Ficha de cliente', '/clientes/demo1', '#scripts'],
  ['Finanzas', '/finanzas', null],
  ['Medallas', '/medallas', '#what-works'],
  ['Ajustes', '/ajustes', null],
];

for (const vp of viewports) {
  test(`every main screen passes a WCAG 2 A/AA audit (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const found = [];
    await page.goto(app.server.base + '/');
    await hydrated(page);
    for (const line of await audit(page)) found.push(`Entrar: ${line}`);
    await page.click('#demo-login');
    await page.waitForSelector('a[href="/finanzas"]');
    for (const [name, path, part] of screens) {
      await page.goto(app.server.base + path);
      await hydrated(page);
      if (part) await page.locator(part).waitFor();
      // Let entry animations (progress bars, counters) settle before colours are read.
      await page.waitForTimeout(800);
      for (const line of await audit(page)) found.push(`${name}: ${line}`);
    }
    assert.ok(found.length === 0, `accessibility violations:\n${found.join('\n')}`);
    await context.close();
  });
}
