// WhatsApp arriving live, end to end: an admin connects the agency's number in Ajustes
// (checked against a local stand-in for Meta's Graph API), then a signed webhook shaped
// like Meta's makes the message appear in the client's open card and brings the client
// to the top of Hoy, without a reload. Phone and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors } from './harness.mjs';

const SECRET = 'e2e-app-secret';
const NUMBER_ID = '106540352242922';
const TOKEN = 'EAAGe2eTokenForTheLocalGraph0001';

// Meta's Graph API for one number and one token: `GET /{phone-number-id}` and the
// messages endpoint.
// What the app posted to the messages endpoint, in order.
const posted = [];

async function graph() {
  let sent = 0;
  const srv = createServer((req, res) => {
    if (req.method === 'POST' && req.url === `/v23.0/${NUMBER_ID}/messages` && req.headers.authorization === `Bearer ${TOKEN}`) {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        posted.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: 'x', wa_id: 'x' }], messages: [{ id: `wamid.e2e-sent-${++sent}` }] }));
      });
      return;
    }
    const ok = req.headers.authorization === `Bearer ${TOKEN}` && req.url.startsWith(`/v23.0/${NUMBER_ID}?`);
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok
      ? { verified_name: 'Agencia Demo', display_phone_number: '+57 300 1110000', id: NUMBER_ID }
      : { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } }));
  });
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  // Never what keeps the test process alive once the tests are done.
  srv.unref();
  return `http://127.0.0.1:${srv.address().port}/v23.0`;
}

const app = useApp(async () => ({
  TSY_WA_APP_SECRET: SECRET,
  TSY_WA_VERIFY_TOKEN: 'e2e-verify',
  TSY_WA_TOKEN_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  TSY_WA_GRAPH_URL: await graph(),
}));

async function webhook(from, name, id, text) {
  await signed({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '573001110000', phone_number_id: NUMBER_ID },
    contacts: [{ profile: { name }, wa_id: from }],
    messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
  });
}

async function signed(value) {
  const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '102290129340398', changes: [{ field: 'messages', value }] }] });
  const sig = 'sha256=' + createHmac('sha256', SECRET).update(body).digest('hex');
  const r = await fetch(app.server.base + '/webhooks/whatsapp', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig }, body,
  });
  assert.equal(r.status, 200);
}

let connected = false;

for (const vp of viewports) {
  test(`a WhatsApp message arrives live in the open card and on Hoy (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoLogin(page, app.server.base + '/ajustes');
    const card = page.locator('#whatsapp');
    await card.waitFor();
    if (!connected) {
      // A wrong token: Meta's refusal, said next to the field; nothing connected.
      const form = card.locator('#wa-connect');
      await form.locator('input[name=phone_number_id]').fill(NUMBER_ID);
      await form.locator('input[name=waba_id]').fill('102290129340398');
      await form.locator('input[name=access_token]').fill('EAAGwrongwrongwrongwrongwrong');
      await form.locator('button[type=submit]').click();
      await card.locator('.field-error', { hasText: 'Meta rechazó' }).waitFor();
      assert.equal(await card.locator('.wa-number').count(), 0);
      await form.locator('input[name=access_token]').fill(TOKEN);
      await form.locator('button[type=submit]').click();
      await card.locator('.wa-number', { hasText: '+57 300 1110000' }).waitFor();
      assert.equal(await form.locator('input[name=access_token]').inputValue(), '', 'the token leaves the page');
      connected = true;
    }
    await card.screenshot({ path: join(shotsDir, `${vp.name}-whatsapp-settings.png`) });

    // Carlos Méndez (demo2, +573104567890) writes while his card is open.
    await page.goto(app.server.base + '/clientes/demo2');
    await hydrated(page);
    await page.locator('#card-name').waitFor();
    const text = `Hola, ¿me mandas la propuesta? (${vp.name})`;
    await webhook('573104567890', 'Carlos M', `wamid.e2e-${vp.name}-1`, text);
    await page.locator('#timeline .msg.client', { hasText: text }).waitFor({ timeout: 5000 });
    // The assistant reads the chat that just began.
    await page.locator('#assistant').locator('#probability, #not-enough').first().waitFor({ timeout: 5000 });
    // The seller answers from the card: sent through the API, in the chat with a tick;
    // Meta's "read" status turns it into read ticks.
    const answer = `¡Hola Carlos! Ya te la envío (${vp.name})`;
    await page.locator('#composer textarea').fill(answer);
    await page.locator('#compose-send').click();
    const mine = page.locator('#timeline .msg.me', { hasText: answer });
    await mine.locator('.ticks').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#composer textarea').inputValue(), '');
    const wamid = await (async () => {
      const r = await page.evaluate(async (id) => (await (await fetch(`/api/clients/${id}/messages`)).json()).messages.at(-1).key, 'demo2');
      return r.replace(/^wa:/, '');
    })();
    await signed({
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '573001110000', phone_number_id: NUMBER_ID },
      statuses: [{ id: wamid, status: 'read', timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: '573104567890' }],
    });
    await mine.locator('.ticks.read').waitFor({ timeout: 5000 });
    await page.locator('.chat-card').screenshot({ path: join(shotsDir, `${vp.name}-card-composer.png`) });
    await page.screenshot({ path: join(shotsDir, `${vp.name}-card-live.png`) });

    // A new number writes: a new lead, on Hoy's queue at once.
    await page.goto(app.server.base + '/');
    await hydrated(page);
    const next = page.locator('#next-client');
    await next.waitFor();
    const before = await page.locator('#next-position').textContent();
    const lead = `Lucía Prueba ${vp.name}`;
    await webhook(vp.name === 'phone' ? '573119990001' : '573119990002', lead, `wamid.e2e-${vp.name}-2`, 'hola, me interesa una página');
    await page.waitForFunction((b) => document.querySelector('#next-position')?.textContent !== b, before, { timeout: 5000 });
    // Carlos says he paid: he goes to the top, with why.
    await webhook('573104567890', 'Carlos M', `wamid.e2e-${vp.name}-3`, 'Listo, ya hice la transferencia del anticipo, te mando el comprobante');
    await page.locator('#next-name', { hasText: 'Carlos Méndez' }).waitFor({ timeout: 5000 }).catch(async () => {
      throw new Error(`not first on Hoy: ${await next.textContent()}`);
    });
    assert.match(await page.locator('#next-reason').textContent(), /Carlos te escribió hace/);
    await page.screenshot({ path: join(shotsDir, `${vp.name}-hoy-live.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

let templated = false;

for (const vp of viewports) {
  test(`outside the 24 h window the card sends the approved template; unanswered chats on the title (${vp.name})`, async () => {
    assert.ok(connected, 'the number was connected by the test above');
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoLogin(page, app.server.base + '/ajustes');
    const form = page.locator('#wa-template');
    await form.waitFor();
    if (!templated) {
      // A language Meta has no code for: said next to the field; then the real one.
      await form.locator('input[name=template_name]').fill('retomar_conversacion');
      await form.locator('input[name=template_language]').fill('español');
      await form.locator('textarea[name=template_body]').fill('Hola {{1}}, soy {{2}} de la agencia. ¿Retomamos tu página web?');
      await form.locator('button[type=submit]').click();
      await form.locator('.field-error', { hasText: 'código de idioma' }).waitFor();
      await form.locator('input[name=template_language]').fill('es_MX');
      await form.locator('button[type=submit]').click();
      await form.locator('#wa-template-saved').waitFor();
      templated = true;
    }
    await form.screenshot({ path: join(shotsDir, `${vp.name}-whatsapp-template.png`) });

    // Unanswered chats (Carlos and the new lead of the test above) are on the title; a
    // new number writing adds one, live.
    await page.waitForFunction(() => /^\(\d+\) /.test(document.title), null, { timeout: 5000 });
    const count = () => page.evaluate(() => Number(/^\((\d+)\)/.exec(document.title)?.[1] ?? 0));
    const before = await count();
    await webhook(vp.name === 'phone' ? '573119990011' : '573119990012', `Nuevo ${vp.name}`, `wamid.e2e-${vp.name}-badge`, 'hola, ¿hacen tiendas?');
    await page.waitForFunction((n) => document.title.startsWith(`(${n}) `), before + 1, { timeout: 5000 });

    // Lucía Ramírez (demo3) never wrote on WhatsApp: her window is closed, and her card
    // offers the template as she will read it.
    await page.goto(app.server.base + '/clientes/demo3');
    await hydrated(page);
    const offer = page.locator('#template-offer');
    await offer.locator('.template-preview', { hasText: 'Hola Lucía, soy Valentina de la agencia. ¿Retomamos tu página web?' }).waitFor();
    await page.locator('.chat-card').screenshot({ path: join(shotsDir, `${vp.name}-card-template.png`) });
    const sentBefore = posted.length;
    const ours = page.locator('#timeline .msg.me', { hasText: 'Hola Lucía, soy Valentina' });
    const shown = await ours.count();
    await offer.locator('#template-send').click();
    await ours.nth(shown).locator('.ticks').waitFor({ timeout: 5000 });
    assert.equal(posted.length, sentBefore + 1, 'one message to Meta');
    const out = posted.at(-1);
    assert.equal(out.type, 'template');
    assert.equal(out.to, '573157894561');
    assert.deepEqual(out.template.language, { policy: 'deterministic', code: 'es_MX' });
    assert.deepEqual(out.template.components[0].parameters.map((p) => p.text), ['Lucía', 'Valentina']);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
