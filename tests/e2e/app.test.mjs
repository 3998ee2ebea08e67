// Walking skeleton, end to end: the served app hydrates, a seller enters the demo,
// creates a client through the UI (after a refused negative value), and the client
// is still there after a reload. At phone and desktop sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors, passwordLogin } from './harness.mjs';

const app = useApp();

for (const vp of viewports) {
  test(`create a client through the UI and see it after reload (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    const shot = (name) => page.screenshot({ path: join(shotsDir, `${vp.name}-${name}.png`) });

    await page.goto(app.server.base + '/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Probar la demo' }).waitFor();
    await shot('login');

    await page.click('#demo-login');
    await page.getByRole('heading', { name: /Hola, Valentina/ }).waitFor();
    await shot('today');

    await page.getByRole('link', { name: 'Clientes' }).click();
    await page.waitForSelector('#client-list li');
    const before = await page.locator('#client-list li').count();
    assert.ok(before >= 8, `seeded clients shown, got ${before}`);
    await shot('clients');

    const name = `Rosa Díaz ${vp.name}`;
    await page.click('#new-client');
    await page.fill('input[name=name]', name);
    await page.fill('input[name=phone]', '310 555 0101');
    await page.fill('input[name=business]', 'Floristería Rosa');
    await page.fill('input[name=deal_value]', '-5');
    await page.click('#save-client');
    const dealError = page.locator('.field-error[data-field=deal_value]');
    await dealError.waitFor();
    assert.match(await dealError.textContent(), /no puede ser negativo/);
    assert.equal(await page.inputValue('input[name=name]'), name, 'typed data kept');
    await shot('client-form-error');

    await page.fill('input[name=deal_value]', '1.200.000');
    await page.click('#save-client');
    await page.locator('.flash').waitFor();
    assert.match(await page.locator('.flash').textContent(), /Cliente guardado/);
    await page.locator('#client-list li', { hasText: name }).waitFor();
    assert.equal(await page.locator('#client-list li').count(), before + 1);
    assert.match(await page.locator('#client-list li', { hasText: name }).textContent(), /\$ 1\.200\.000/);

    await page.reload();
    await hydrated(page);
    await page.locator('#client-list li', { hasText: name }).waitFor();
    await shot('clients-after-reload');

    // No horizontal scroll on the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    await context.close();
  });
}

test('language switch turns the UI to English and back', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await demoLogin(page, app.server.base + '/');
  await page.getByRole('heading', { name: /Hola/ }).waitFor();
  await page.click('#lang-switch');
  await page.getByRole('heading', { name: /Hi, Valentina/ }).waitFor();
  await page.getByRole('link', { name: 'Clients' }).waitFor();
  await page.click('#lang-switch');
  await page.getByRole('heading', { name: /Hola, Valentina/ }).waitFor();
  await context.close();
});

test('a long client list draws a page at a time and the search goes over all of it (phone)', async () => {
  // An agency with 45 clients, made through the API as its forms would.
  const api = async (path, body, cookie) => {
    const res = await fetch(app.server.base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return res;
  };
  const signup = await api('/api/session/signup', { input: {
    workspace: 'Agencia Larga', name: 'Lola', email: 'lola@larga.co', password: 'la clave de lola',
    currency: 'COP', calling_code: '57', tz_offset_minutes: -300,
  } });
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const pad = (i) => String(i).padStart(2, '0');
  for (let i = 1; i <= 45; i++) {
    await api('/api/clients', { input: {
      name: `Cliente ${pad(i)}`, phone: `300 111 22${pad(i)}`, business: i === 33 ? 'Ópticas Núñez' : '',
      stage: 'Lead', deal_value_minor: 0, next_follow_up: null, notes: '', tags: [],
    } }, cookie);
  }
  const context = await newContext(app.browser, viewports[0]);
  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.goto(app.server.base + '/clientes');
  await hydrated(page);
  await passwordLogin(page, 'lola@larga.co', 'la clave de lola');
  await page.getByRole('link', { name: 'Clientes' }).click();
  await page.locator('#show-more').waitFor();
  const rows = () => page.locator('#client-list li').count();
  assert.equal(await rows(), 40, 'a first page');
  assert.match(await page.locator('.list-more').textContent(), /Mostrando 40 de 45 clientes/);
  assert.equal(await page.locator('#show-more').textContent(), 'Ver 5 más');
  await page.click('#show-more');
  await page.waitForFunction(() => document.querySelectorAll('#client-list li').length === 45);
  assert.equal(await page.locator('#show-more').count(), 0, 'nothing more to show');
  // The search reaches past the first page: accents and case folded, phone digits.
  await page.fill('input[type=search]', 'opticas nunez');
  await page.waitForFunction(() => document.querySelectorAll('#client-list li').length === 1);
  assert.match(await page.locator('#client-list li').textContent(), /Cliente 33/);
  await page.fill('input[type=search]', '300 111 2244');
  await page.waitForFunction(() => document.querySelectorAll('#client-list li').length === 1);
  assert.match(await page.locator('#client-list li').textContent(), /Cliente 44/);
  await page.fill('input[type=search]', 'zzz');
  await page.getByText('Ningún cliente coincide con la búsqueda.').waitFor();
  await page.fill('input[type=search]', '');
  await page.waitForFunction(() => document.querySelectorAll('#client-list li').length === 40);
  await page.screenshot({ path: join(shotsDir, 'phone-clients-long.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});
