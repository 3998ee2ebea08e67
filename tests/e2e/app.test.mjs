// Walking skeleton, end to end: the served app hydrates, a seller enters the demo,
// creates a client through the UI (after a refused negative value), and the client
// is still there after a reload. At phone and desktop sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors } from './harness.mjs';

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
