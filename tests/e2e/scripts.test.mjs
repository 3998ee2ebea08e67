// The closing assistant's ready replies, end to end in headless Chromium: drafts for the
// demo client's moment (with her name and the workspace's real slots), edited and sent
// through a wa.me link or copied, each send logged; the settings screen that backs them
// (a bad price is named in place, scarcity disappears with the slots). Phone and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors } from './harness.mjs';

const app = useApp();

async function demoCard(page) {
  await demoLogin(page, app.server.base + '/clientes/demo1');
  await page.locator('#scripts .script').first().waitFor();
}

for (const vp of viewports) {
  test(`ready replies: edit, send on WhatsApp, copy, logged (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.base });
    // wa.me is outside this machine: answer it locally and keep the URL it was asked for.
    const opened = [];
    await context.route('https://wa.me/**', (route) => {
      opened.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>WhatsApp</p>' });
    });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoCard(page);

    const scripts = page.locator('#scripts .script');
    const n = await scripts.count();
    assert.ok(n >= 3, `${n} drafts`);
    assert.match(await page.locator('#moment').textContent(), /espera tu respuesta/);
    const principles = [];
    for (let i = 0; i < n; i++) {
      const s = scripts.nth(i);
      principles.push(await s.getAttribute('data-principle'));
      assert.match(await s.locator('textarea').inputValue(), /^(¡Hola|Hola) Ana/, 'uses her name');
    }
    assert.equal(new Set(principles).size, n, `one principle each: ${principles}`);
    const scarcity = page.locator('#scripts .script[data-principle=scarcity] textarea');
    assert.match(await scarcity.inputValue(), /Me quedan 2 cupos para iniciar proyectos hasta el \d+ de \w+/);
    // Her last question was when the page would be ready: the matching plan answers it.
    assert.match(await scripts.first().locator('textarea').inputValue(), /queda listo en \d+ días hábiles/);
    await page.locator('#scripts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-scripts.png`) });

    // Edit the first draft, then send it: WhatsApp opens with exactly that text.
    const first = scripts.first();
    const edited = (await first.locator('textarea').inputValue()) + '\nUn abrazo, Valentina';
    await first.locator('textarea').fill(edited);
    // Other tests share the demo workspace: count this test's touches from here.
    const touches = () => page.locator('#touches li').count();
    const waitTouches = (n) => page.waitForFunction((n) => document.querySelectorAll('#touches li').length >= n, n);
    const before = await touches();
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      first.locator('a.send').click(),
    ]);
    await popup.waitForLoadState();
    await popup.close();
    assert.equal(opened.length, 1, 'one wa.me request');
    const url = new URL(opened[0]);
    assert.equal(url.pathname, '/573001234567', 'digits only, with the country code');
    assert.equal(url.searchParams.get('text'), edited);
    await waitTouches(before + 1);
    assert.match(await page.locator('#touches li').first().textContent(), /WhatsApp · Valentina/);

    // Copy the second draft: it lands on the clipboard and is logged too.
    const second = scripts.nth(1);
    await second.locator('button.copy').click();
    await second.locator('[role=status]', { hasText: 'Copiado' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await second.locator('textarea').inputValue());
    await waitTouches(before + 2);
    assert.match(await page.locator('#touches li').first().textContent(), /copiado/);

    // The log is on the server: it survives a reload, newest first.
    await page.reload();
    await hydrated(page);
    await waitTouches(Math.min(before + 2, 5));
    assert.match(await page.locator('#touches li').first().textContent(), /copiado · Valentina/);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    await context.close();
  });
}

for (const vp of viewports) {
  test(`settings back the replies: bad price named, no slots no scarcity (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoCard(page);
    await page.click('a.nav-item[href="/ajustes"]');
    await page.waitForURL(/\/ajustes$/);
    const form = page.locator('#facts-form');
    await form.locator('input[name=offer-name-0]').waitFor();
    assert.equal(await form.locator('.offer-row').count(), 3, 'the demo plans');
    await page.screenshot({ path: join(shotsDir, `${vp.name}-settings.png`), fullPage: true });

    // A price that is not an amount is named next to it; what was typed stays.
    const slots = await form.locator('input[name=slots_left]').inputValue();
    const until = await form.locator('input[name=slots_until]').inputValue();
    await form.locator('input[name=offer-price-1]').fill('mucho');
    await form.locator('input[name=slots_left]').fill('');
    await form.locator('input[name=slots_until]').fill('');
    await page.click('#save-facts');
    await form.locator('.field-error[data-field=offer-price-1]').waitFor();
    assert.equal(await form.locator('input[name=offer-price-1]').inputValue(), 'mucho');
    assert.equal(await form.locator('input[name=slots_left]').inputValue(), '');
    await form.locator('input[name=offer-price-1]').fill('1.800.000');
    await page.click('#save-facts');
    await page.locator('#facts-saved').waitFor();
    assert.equal(await form.locator('.field-error').count(), 0);

    // Without slots, no draft claims scarcity.
    await page.goto(app.server.base + '/clientes/demo1');
    await hydrated(page);
    await page.locator('#scripts .script').first().waitFor();
    assert.equal(await page.locator('#scripts .script[data-principle=scarcity]').count(), 0);

    // Put the slots back for the other tests.
    await page.goto(app.server.base + '/ajustes');
    await hydrated(page);
    await form.locator('input[name=slots_left]').fill(slots);
    await form.locator('input[name=slots_until]').fill(until);
    await page.click('#save-facts');
    await page.locator('#facts-saved').waitFor();
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    await context.close();
  });
}
