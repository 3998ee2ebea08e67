// Finances end to end in headless Chromium: a payment recorded on a client card ticks up
// "Cobrado hoy" in another open finance page (server-sent events, no reload); an amount
// above the debt is refused next to the field until marked as credit; Zen hides the
// figures. Phone and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir } from './harness.mjs';

const app = useApp();
const digits = (s) => Number(s.replace(/\D/g, ''));

for (const vp of viewports) {
  test(`a payment ticks up the live cash in another page (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const board = await context.newPage();
    const errors = [];
    board.on('pageerror', (e) => errors.push(String(e)));
    await board.goto(app.server.base + '/finanzas');
    await hydrated(board);
    await board.click('#demo-login');
    await board.locator('#cash-today[data-live="1"]').waitFor();
    const before = digits(await board.locator('#cash-today').textContent());
    assert.match(await board.locator('#renewals').textContent(), /Marta Gómez/);
    const remind = await board.locator('#renewals a.wa').first().getAttribute('href');
    assert.match(decodeURIComponent(remind), /^https:\/\/wa\.me\/573012223344\?text=Hola Marta, te recuerdo que el hosting de tu página se renueva el/);
    await board.screenshot({ path: join(shotsDir, `${vp.name}-finance.png`), fullPage: true });

    const card = await context.newPage();
    card.on('pageerror', (e) => errors.push(String(e)));
    await card.goto(app.server.base + '/clientes/demo5');
    await hydrated(card);
    const form = card.locator('#payment-form');
    await form.waitFor();
    const pending = digits(await card.locator('#money-pending').textContent());

    // More than owed: refused in place, nothing recorded.
    await form.locator('input[name=pay-amount]').fill('9.000.000');
    await form.locator('#save-payment').click();
    await form.locator('.field-error[data-field=pay-amount]', { hasText: 'saldo a favor' }).waitFor();
    assert.ok(await form.locator('#pay-credit').isVisible(), 'offers to keep it as credit');
    assert.equal(digits(await card.locator('#money-pending').textContent()), pending);

    await form.locator('input[name=pay-amount]').fill('100.000');
    await form.locator('input[name=pay-reference]').fill('Nequi 998');
    await form.locator('#save-payment').click();
    await form.locator('#payment-saved').waitFor();
    await card.waitForFunction(() => Number(document.documentElement.dataset.confetti) >= 1);
    await card.waitForFunction((p) => Number(document.getElementById('money-pending').textContent.replace(/\D/g, '')) === p - 100000, pending);
    await card.locator('#money').scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(shotsDir, `${vp.name}-client-money.png`) });

    // The other page heard it: no reload, the figure reaches its new value.
    await board.waitForFunction(
      (want) => Number(document.getElementById('cash-today').textContent.replace(/\D/g, '')) === want,
      before + 100000,
    );

    // Zen hides the figures.
    await board.click('#zen-toggle');
    assert.ok(await board.locator('.finance').isHidden());
    assert.ok(await board.locator('.zen-only').isVisible());
    await board.click('#zen-toggle');
    assert.deepEqual(errors, [], 'no uncaught errors in the pages');
    await context.close();
  });
}
