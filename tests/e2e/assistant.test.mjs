// The closing assistant reads what the client decided, end to end in headless Chromium: a
// client who says they paid gets the outcome quoted, an onboarding draft with no urgency
// and a button that marks the deal won (with the celebration); a client who asked not to
// be written to gets no drafts; a chat with only emoji says there is not enough to read
// instead of a number. Phone and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, viewports, shotsDir, demoLogin, pageErrors } from './harness.mjs';

const app = useApp();

/** An Android export stamped yesterday (workspace time), one line per [time, author, text]. */
function exportOf(lines) {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  const day = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCFullYear()).slice(2)}`;
  return lines.map(([time, author, text]) => `${day}, ${time} - ${author}: ${text}\n`).join('');
}

async function importChat(page, name, phone, text) {
  // In-app navigation, as a seller moves between cards.
  await page.click('a.nav-item[href="/clientes"]');
  await page.waitForURL(/\/clientes$/);
  await page.click('#new-from-chat');
  await page.setInputFiles('#chat-file', {
    name: `WhatsApp Chat with ${name}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8'),
  });
  await page.locator('#import-preview').waitFor();
  await page.fill('#chat-import input[name=phone]', phone);
  await page.click('#import-submit');
  await page.waitForURL(/\/clientes\/[a-z0-9]+$/);
  await page.locator('#card-name', { hasText: name }).waitFor();
  await page.locator('#scripts').waitFor();
}

viewports.forEach((vp, n) => {
  test(`the assistant follows the client's decision (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoLogin(page, app.server.base + '/');

    // Paid: quoted, no urgency, one tap to mark the deal won.
    await importChat(page, `Lucía Paz ${n}`, `300 555 31${n}0`, exportOf([
      ['10:00', `Lucía Paz ${n}`, '¿cuánto cuesta la tienda para mis velas?'],
      ['10:05', 'Valentina', 'La tienda te queda en $1.800.000 con dominio'],
      ['11:30', `Lucía Paz ${n}`, 'listo ya pagamos, gracias de corazón 💖'],
    ]));
    const outcome = page.locator('#outcome');
    await outcome.waitFor();
    assert.match(await outcome.textContent(), /Dice que ya pagó.*listo ya pagamos/s);
    assert.match(await page.locator('#moment').textContent(), /Dice que pagó/);
    const principles = await page.locator('#scripts .script').evaluateAll((s) => s.map((e) => e.dataset.principle));
    assert.ok(principles.length >= 3, `${principles}`);
    assert.ok(!principles.includes('scarcity') && !principles.includes('social_proof'), `${principles}`);
    assert.match(await page.locator('#scripts .script textarea').first().inputValue(), /Recibido/);
    assert.ok(Number((await page.locator('#probability').textContent()).replace(/\D/g, '')) >= 90);
    await page.locator('#assistant').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: join(shotsDir, `${vp.name}-assistant-paid.png`) });
    await page.click('#outcome-mark-won');
    await page.locator('#celebration').waitFor();
    await page.click('#celebration-close');
    await page.locator('.client-head', { hasText: 'Ganado' }).waitFor();
    await page.locator('#mark-won').waitFor({ state: 'detached' });
    await page.locator('#outcome-mark-won').waitFor({ state: 'detached' });

    // Asked to stop: the card says so and offers nothing to send.
    await importChat(page, `Raúl Gil ${n}`, `300 555 32${n}0`, exportOf([
      ['09:00', 'Valentina', 'Hola, ¿te interesa una página web para tu negocio?'],
      ['12:00', `Raúl Gil ${n}`, 'no me escriban más por favor'],
    ]));
    await page.locator('#do-not-contact').waitFor();
    assert.equal(await page.locator('#scripts .script').count(), 0);
    assert.match(await page.locator('#outcome').textContent(), /Pidió no recibir más mensajes/);

    // Only emoji: not enough to read, no confident number.
    await importChat(page, `Sofía Luz ${n}`, `300 555 33${n}0`, exportOf([
      ['08:00', 'Valentina', 'Hola Sofía, te paso la propuesta'],
      ['08:30', `Sofía Luz ${n}`, '😍😍🔥'],
      ['08:31', `Sofía Luz ${n}`, '👍'],
    ]));
    await page.locator('#not-enough').waitFor();
    await page.locator('#assistant').evaluate((e) => e.scrollIntoView());
    assert.equal(await page.locator('#probability').count(), 0);
    await page.screenshot({ path: join(shotsDir, `${vp.name}-assistant-not-enough.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
