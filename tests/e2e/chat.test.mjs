// Chat import and the client card, end to end in headless Chromium: a seller creates a
// client from a WhatsApp .zip export (name guessed, "me" guessed), sees the card with
// reply stats and the timeline, is told which line of a bad newer export fails (and
// nothing changes), and edits stage and tags. At phone and desktop sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, hydrated, viewports, shotsDir } from './harness.mjs';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'whatsapp');
let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

for (const vp of viewports) {
  test(`new client from a chat export, card, failing line, edit (${vp.name})`, async () => {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      isMobile: vp.isMobile,
      hasTouch: vp.hasTouch,
      locale: 'es-CO',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const shot = (name) => page.screenshot({ path: join(shotsDir, `${vp.name}-${name}.png`) });

    await page.goto(server.base + '/clientes');
    await hydrated(page);
    await page.click('#demo-login');
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
    assert.match(await preview.textContent(), /1 archivos multimedia/);
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
    // The last message in the corpus is the client's: it is waiting for us.
    await page.locator('#waiting').waitFor();
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
