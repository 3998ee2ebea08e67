// Readable on a phone in daylight: an automated WCAG 2 A/AA audit (axe-core, run inside
// the page) of every main screen and a client card, at phone and desktop sizes, in the
// light of day (the default theme). Any violation fails, named with its elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useApp, newContext, viewports, hydrated } from './harness.mjs';

const app = useApp();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const screens = [
  ['Hoy', '/'],
  ['Clientes', '/clientes'],
  ['Ficha de cliente', '/clientes/demo1'],
  ['Finanzas', '/finanzas'],
  ['Medallas', '/medallas'],
  ['Ajustes', '/ajustes'],
];

/// The page's WCAG 2 A/AA violations, one line each with up to three elements.
async function audit(page) {
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
    for (const [name, path] of screens) {
      await page.goto(app.server.base + path);
      await hydrated(page);
      // Let entry animations (progress bars, counters) settle before colours are read.
      await page.waitForTimeout(800);
      for (const line of await audit(page)) found.push(`${name}: ${line}`);
    }
    assert.ok(found.length === 0, `accessibility violations:\n${found.join('\n')}`);
    await context.close();
  });
}
