// Chat import and the client card, end to end in headless Chromium: a seller creates a
// client from a WhatsApp .zip export (name guessed, "me" guessed), sees the card with
// reply stats and the timeline, is told which line of a bad newer export fails (and
// nothing changes), and edits stage and tags. At phone and desktop sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors } from './harness.mjs';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'whatsapp');
const app = useApp();

for (const vp of viewports) {
  test(`new client from a chat export, card, failing line, edit (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    const shot = (name) => page.screenshot({ path: join(shotsDir, `${vp.name}-${name}.png`) });

    await demoLogin(page, app.server.base + '/clientes');
    await page.waitForSelector('#client-list li');
    await page.click('#new-from-chat');
    // The .zip as Android names it; the chat inside is "Chat de WhatsApp con Ana Torres.txt".
    await page.setInputFiles('#chat-file', {
      name: 'WhatsApp Chat with Ana Torres.zip',
      mimeType: 'application/zip',
      buffer: readFileSync(join(corpus, 'android_es_with_media.zip')),
    });
    const preview = page.locator('#import-preview');
    await preview.waitFor();
    const chatLines = readFileSync(join(corpus, 'android_es_24h.txt'), 'utf8');
    assert.match(await preview.textContent(), /\d+ mensajes/);
    assert.match(await preview.textContent(), /Archivos multimedia en el \.zip \(no se suben\): 1/);
    assert.equal(await page.inputValue('#chat-import input[name=name]'), 'Ana Torres', 'name guessed');
    assert.ok(await page.isChecked('input[name=me][value="Valentina"]'), 'seller guessed as me');
    await shot('import-preview');

    // A bad phone is refused next to the field; the picked chat is kept.
    await page.fill('#chat-import input[name=phone]', '12');
    await page.click('#import-submit');
    await page.locator('#chat-import .field-error[data-field=phone]').waitFor();
    await page.fill('#chat-import input[name=phone]', `300 555 ${vp.name === 'phone' ? '1001' : '1002'}`);
    await page.click('#import-submit');

    await page.waitForURL(/\/clientes\/[a-z0-9]+$/);
    await page.locator('#card-name', { hasText: 'Ana Torres' }).waitFor();
    await page.locator('#timeline .msg.me').first().waitFor();
    assert.ok(await page.locator('#timeline .msg.client').count() > 0);
    assert.ok(await page.locator('#timeline .msg.system').count() > 0, 'encryption notice');
    const count = Number(await page.locator('#message-count').textContent());
    assert.ok(count >= 8, `message count ${count}`);
    await page.locator('#latency').waitFor();
    // The last message in the corpus (Nov 2024) is the client's: unanswered since then.
    assert.match(await page.locator('#chat-stats').textContent(), /Sin respuesta desde el\s*1[34] nov 2024/);
    await shot('client-card');

    // A newer export with a message stamped in the future: refused, line named.
    await page.click('#open-import');
    const broken = chatLines + '13/11/24, 10:00 - Ana Torres: ¿Y el hosting?\n01/01/39, 10:01 - Ana Torres: futuro\n';
    const badLine = broken.trimEnd().split('\n').length;
    await page.setInputFiles('#chat-file', {
      name: 'WhatsApp Chat with Ana Torres.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(broken, 'utf8'),
    });
    await page.locator('#import-preview').waitFor();
    await page.click('#import-submit');
    const alert = page.locator('#chat-import .form-error');
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(`Línea ${badLine}: la fecha está en el futuro`));
    await shot('import-failing-line');
    await page.reload();
    await hydrated(page);
    assert.equal(Number(await page.locator('#message-count').textContent()), count, 'nothing imported');

    // Edit stage and tags from the card.
    await page.click('#edit-client');
    await page.selectOption('#client-form select[name=stage]', 'negotiation');
    await page.fill('#client-form input[name=tags]', 'panadería, vip');
    await page.fill('#client-form input[name=deal_value]', '2.500.000');
    await page.click('#save-client');
    await page.locator('#card-tags', { hasText: '#vip' }).waitFor();
    assert.match(await page.locator('#card-deal').textContent(), /\$ 2\.500\.000/);
    assert.match(await page.locator('.client-head').textContent(), /Negociación/);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    await context.close();
  });
}

for (const vp of viewports) {
  test(`the demo client's card: waiting time, reply time, timeline (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    await demoLogin(page, app.server.base + '/clientes');
    await page.locator('#client-list li', { hasText: 'Panadería La Espiga' }).locator('a.client-main').click();
    await page.waitForURL(/\/clientes\/demo1$/);
    await page.locator('#timeline .msg.client').last().waitFor();
    // Seeded: Ana's question came 2 h ago; four answered turns with a 24 min median.
    assert.match(await page.locator('#waiting').textContent(), /^2 h( \d+ min)?$/);
    assert.equal(await page.locator('#latency').textContent(), '24 min');
    // The timeline opens on the newest message, like WhatsApp.
    await page.waitForFunction(() => {
      const t = document.getElementById('timeline');
      return t.scrollTop > 0 && t.scrollTop + t.clientHeight >= t.scrollHeight - 2;
    });
    assert.match(await page.locator('#timeline .msg').last().textContent(), /para cuándo estaría lista/);
    await page.locator('#chat-stats').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-demo-card.png`) });

    // The assistant: probability, objections with handling, a style the seller corrects.
    await page.locator('#probability').waitFor();
    assert.match(await page.locator('#probability').textContent(), /^\d{1,3} %$/);
    assert.match(await page.locator('#objections').textContent(), /Precio/);
    assert.match(await page.locator('#style').textContent(), /no es un diagnóstico psicológico/);
    await page.selectOption('#style-override', 'driver');
    await page.locator('#style', { hasText: 'corregido por ti' }).waitFor();
    await page.reload();
    await hydrated(page);
    await page.locator('#style', { hasText: 'Decidido' }).waitFor();
    assert.match(await page.locator('#style').textContent(), /corregido por ti/, 'the correction sticks');
    await page.locator('#assistant').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-assistant.png`) });
    await page.selectOption('#style-override', '');
    await page.locator('#style', { hasText: 'confianza' }).waitFor();
    await context.close();
  });
}

for (const vp of viewports) {
  test(`an unknown layout names its line; ambiguous dates are the seller's choice (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoLogin(page, app.server.base + '/clientes');
    await page.waitForSelector('#client-list li');
    await page.click('#new-from-chat');
    const pick = (name, text) => page.setInputFiles('#chat-file', {
      name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8'),
    });

    // A layout no phone writes: the seller sees the line to send to support.
    await pick('rara.txt', 'Chat con Marta\n2024|05|03 10:00 ~ Marta: hola\n');
    const problem = page.locator('#chat-import .form-error');
    await problem.waitFor();
    assert.match(await problem.textContent(), /La línea 2 parece un mensaje .*«2024\|05\|03 10:00 ~ Marta: hola»/);

    // 3 to 9 May, or 5 March to 5 September: the file cannot tell, so the seller picks.
    const phoneNo = vp.name === 'phone' ? '3005552001' : '3005552002';
    await pick('WhatsApp Chat with Marta Ruiz.txt',
      '03/05/24, 10:00 - Valentina: Hola Marta, te comparto la propuesta\n' +
      '06/05/24, 10:00 - Marta Ruiz: Gracias, la reviso\n' +
      '09/05/24, 18:30 - Marta Ruiz: ¿Incluye el dominio?\n');
    const order = page.locator('#date-order');
    await order.waitFor();
    assert.equal(await order.locator('input[name=date-order]').count(), 2);
    assert.ok(await page.isChecked('input[name=date-order][value=DayMonthYear]'), 'day first is the likelier reading');
    assert.match(await order.textContent(), /Día\/mes: Del 3 may 2024 al 9 may 2024/);
    assert.match(await order.textContent(), /Mes\/día: Del 5 mar 2024 al 5 sept 2024/);
    await page.click('input[name=date-order][value=MonthDayYear]');
    await page.locator('#import-preview p', { hasText: 'Del 5 mar 2024 al 5 sept 2024' }).waitFor();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-import-date-order.png`) });
    await page.fill('#chat-import input[name=phone]', phoneNo);
    await page.click('#import-submit');

    await page.waitForURL(/\/clientes\/[a-z0-9]+$/);
    await page.locator('#card-name', { hasText: 'Marta Ruiz' }).waitFor();
    await page.locator('#chat-stats').waitFor();
    // Marta's waiting turn began with her 06/05 message: 5 June under the month/day reading
    // (day/month would have said 6 May).
    assert.match(await page.locator('#chat-stats').textContent(), /Sin respuesta desde el\s*5 jun 2024/);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    await context.close();
  });
}
