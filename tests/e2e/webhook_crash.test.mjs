// A WhatsApp webhook acknowledged is a webhook kept: the server is killed (SIGKILL, no
// shutdown) right after it answered 200, restarted on the same on-disk database, and
// the message is then in the client's chat. The real server binary, the default
// embedded engine (SurrealKV), a local stand-in for Meta's Graph API number check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './harness.mjs';

const SECRET = 'crash-app-secret';
const NUMBER_ID = '106540352242922';
const TOKEN = 'EAAGcrashTokenForTheLocalGraph000001';

test('a webhook answered 200 survives a kill -9 right after', async () => {
  const graph = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ display_phone_number: '+57 300 1110000', verified_name: 'Agencia', id: NUMBER_ID }));
  });
  await new Promise((r) => graph.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(join(tmpdir(), 'tsy-crash-'));
  const env = {
    TSY_DATABASE_URL: `surrealkv://${join(dir, 'db')}`,
    TSY_DEMO: '0',
    TSY_COOKIE_SECURE: '0',
    TSY_WA_APP_SECRET: SECRET,
    TSY_WA_VERIFY_TOKEN: 'crash',
    TSY_WA_TOKEN_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    TSY_WA_GRAPH_URL: `http://127.0.0.1:${graph.address().port}/v23.0`,
  };
  let server = await startServer(env);
  try {
    const post = async (path, body, cookie) => {
      const r = await fetch(server.base + path, {
        method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body),
      });
      assert.equal(r.status, 200, `${path}: ${await r.clone().text()}`);
      return r;
    };
    const signup = await post('/api/session/signup', { input: {
      workspace: 'Agencia Crash', name: 'Vale', email: 'vale@crash.co', password: 'una clave larga',
      currency: 'COP', calling_code: '57', tz_offset_minutes: -300,
    } });
    const cookie = signup.headers.get('set-cookie').split(';')[0];
    await post('/api/whatsapp/connect', { input: { phone_number_id: NUMBER_ID, waba_id: '102290129340398', access_token: TOKEN } }, cookie);

    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '573001110000', phone_number_id: NUMBER_ID },
      contacts: [{ profile: { name: 'Rosa Díaz' }, wa_id: '573207778899' }],
      messages: [{ from: '573207778899', id: 'wamid.crash-1', timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: '¿Siguen haciendo páginas? Necesito una' } }],
    } }] }] });
    const sig = 'sha256=' + createHmac('sha256', SECRET).update(body).digest('hex');
    const r = await fetch(server.base + '/webhooks/whatsapp', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig }, body,
    });
    assert.equal(r.status, 200);
    await server.kill();
    // The same database, a new process: the stored event is processed at start.
    server = await startServer(env);
    const login = await fetch(server.base + '/api/session/login', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'vale@crash.co', password: 'una clave larga' }),
    });
    assert.equal(login.status, 200);
    const session = login.headers.get('set-cookie').split(';')[0];
    let rosa;
    for (let i = 0; i < 100 && !rosa; i++) {
      const list = await (await fetch(server.base + '/api/clients', { headers: { cookie: session } })).json();
      rosa = list.find((c) => c.phone === '+573207778899');
      if (!rosa) await new Promise((res) => setTimeout(res, 100));
    }
    assert.ok(rosa, 'the lead is there after the restart');
    const page = await (await fetch(`${server.base}/api/clients/${rosa.id}/messages`, { headers: { cookie: session } })).json();
    assert.deepEqual(page.messages.map((m) => m.text), ['¿Siguen haciendo páginas? Necesito una']);
  } finally {
    server.stop();
    graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
