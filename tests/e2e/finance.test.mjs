// Finances end to end in headless Chromium: a payment recorded on a client card ticks up
// "Cobrado hoy" in another open finance page (server-sent events, no reload); an amount
// above the debt is refused next to the field until marked as credit; Zen hides the
// figures. Phone and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors } from './harness.mjs';

const app = useApp();
const digits = (s) => Number(s.replace(/\D/g, ''));

for (const vp of viewports) {
  test(`a payment ticks up the live cash in another page (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const board = await context.newPage();
    const errors = pageErrors(board);
    await demoLogin(board, app.server.base + '/finanzas');
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

// A CSV of payments: a file with problems lists them by line and records nothing; the
// fixed file records every row and the cash figure moves. Then a service is paused and
// cancelled on the client card. Phone size (the seller's usual screen).
test('a payments CSV imports whole or not at all; a service pauses and cancels (phone)', async () => {
  const vp = viewports.find((v) => v.name === 'phone');
  const context = await newContext(app.browser, vp);
  const page = await context.newPage();
  const errors = pageErrors(page);
  await demoLogin(page, app.server.base + '/finanzas');
  await page.locator('#cash-today[data-live="1"]').waitFor();
  const before = digits(await page.locator('#cash-today').textContent());
  // Today in the demo workspace (UTC-5), as a spreadsheet in Colombia writes it.
  const d = new Date(Date.now() - 5 * 3600e3);
  const today = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  // Windows-1252, as Excel in Spanish saves "CSV": é is one byte.
  const latin1 = (s) => Buffer.from(s, 'latin1');

  const input = page.locator('#payments-file');
  await input.setInputFiles({
    name: 'pagos.csv',
    mimeType: 'text/csv',
    buffer: latin1(`Fecha;Teléfono;Monto;Medio\r\n${today};3012223344;200.000;Nequi\r\n${today};3000000000;50.000;efectivo\r\n${today};3012223344;-5;efectivo\r\n`),
  });
  await page.locator('#import-ready', { hasText: '3 pagos listos' }).waitFor();
  await page.click('#import-payments');
  const list = page.locator('#import-errors');
  await list.waitFor();
  assert.deepEqual(await list.locator('li').allTextContents(), [
    'Línea 3 · telefono: Ningún cliente tiene este teléfono. Créalo primero.',
    'Línea 4 · monto: El valor no puede ser negativo.',
  ]);
  assert.match(await page.locator('#payments-import .form-error').textContent(), /No se importó nada: 2 problemas/);
  assert.equal(await page.locator('#import-payments').count(), 0, 'the refused file is not offered again');
  await page.evaluate(() => document.getElementById('payments-import').scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(shotsDir, `${vp.name}-payments-import-errors.png`) });
  assert.equal(digits(await page.locator('#cash-today').textContent()), before, 'nothing recorded');

  await input.setInputFiles({
    name: 'pagos-corregido.csv',
    mimeType: 'text/csv',
    buffer: latin1(`Fecha;Teléfono;Monto;Medio\r\n${today};3012223344;200.000;Nequi\r\n${today};3012223344;50.000;efectivo\r\n`),
  });
  await page.click('#import-payments');
  await page.locator('#import-done', { hasText: '2 pagos importados' }).waitFor();
  await page.waitForFunction(
    (want) => Number(document.getElementById('cash-today').textContent.replace(/\D/g, '')) === want,
    before + 250000,
  );

  await page.goto(app.server.base + '/clientes/demo5');
  await hydrated(page);
  const hosting = page.locator('#services li.service', { hasText: 'Hosting' });
  await page.locator('#services').scrollIntoViewIfNeeded();
  await hosting.getByRole('button', { name: 'Pausar' }).click();
  await page.locator('#services li[data-status=paused]', { hasText: 'pausado' }).waitFor();
  await page.locator('#services li[data-status=paused]').getByRole('button', { name: 'Cancelar servicio' }).click();
  await page.locator('#services', { hasText: 'No se podrá reanudar' }).waitFor();
  await page.locator('#services .btn.danger').click();
  await page.locator('#services li[data-status=cancelled]', { hasText: 'cancelado' }).waitFor();
  assert.equal(await page.locator('#services li[data-status=cancelled] button').count(), 0, 'a cancelled service offers nothing to resume');
  assert.deepEqual(errors, []);
  await context.close();
});
