// The installable app and team accounts, end to end in headless Chromium:
// - an agency signs up (its admin), invites a seller by link from Ajustes; the seller
//   joins in another browser, signs out and back in with their own password; the admin
//   revokes an unused invitation and takes the seller off the team (signed out at once);
//   the workspace's clock is the sign-up browser's zone, and moves to the admin's
//   other device's zone when asked;
// - with the service worker in control, the app reloads offline: the last data it saw
//   is on screen, it says it is offline, and the client still hydrates;
// - a WhatsApp export shared to the app (the manifest's share target) opens the import
//   flow with the chat read;
// - one seller's data never reaches the next: seller A's session expires, seller B
//   signs in on the same phone and goes offline: nothing of A's is there;
// - no page scrolls sideways at 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors, passwordLogin } from './harness.mjs';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'whatsapp');
const app = useApp();
const phone = viewports.find((v) => v.name === 'phone');

/// Waits until the service worker controls the page (after its first activation).
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await hydrated(page);
  }
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
}

for (const vp of viewports) {
  test(`sign up, invite a seller, the seller joins and signs in (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp, { timezoneId: 'America/Santiago' });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(app.server.base + '/');
    await hydrated(page);
    assert.equal(await page.getAttribute('link[rel=manifest]', 'href'), '/manifest.webmanifest');
    await page.click('#show-signup');
    const form = page.locator('#signup-form');
    await form.locator('input[name=workspace]').fill(`Agencia Sol ${vp.name}`);
    await form.locator('input[name=name]').fill('Laura');
    await form.locator('input[name=email]').fill(`laura.${vp.name}@sol.co`);
    await form.locator('input[name=password]').fill('corta');
    await page.click('#signup-submit');
    await form.locator('.field-error[data-field=password]', { hasText: 'Mínimo 10' }).waitFor();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-signup.png`) });
    await form.locator('input[name=password]').fill('una clave larga');
    await page.click('#signup-submit');
    await page.locator('#logout').waitFor();
    assert.match(await page.locator('.topbar').textContent(), new RegExp(`Agencia Sol ${vp.name}`));

    await page.goto(app.server.base + '/ajustes');
    await hydrated(page);
    // The sign-up took the browser's zone: Chile's clock, daylight saving included.
    await page.locator('#zone-now', { hasText: /siguen America\/Santiago \(UTC-0[34]:00\)/ }).waitFor();
    assert.equal(await page.locator('#zone-use').count(), 0, 'nothing to switch to on the same zone');
    await page.click('#create-invite');
    const link = await page.locator('#invite-link').inputValue();
    assert.match(link, /\/invitacion\/[0-9a-f]{64}$/);
    const wa = await page.locator('#invite-made a.wa').getAttribute('href');
    assert.ok(decodeURIComponent(wa).endsWith(link), 'the WhatsApp message carries the link');
    await page.locator('#team').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-team.png`) });

    const other = await newContext(app.browser, vp);
    const seller = await other.newPage();
    seller.on('pageerror', (e) => errors.push(String(e)));
    await seller.goto(link);
    await hydrated(seller);
    await seller.locator('#invite-title', { hasText: `Únete a Agencia Sol ${vp.name}` }).waitFor();
    await seller.fill('#accept-form input[name=name]', 'Pablo');
    await seller.fill('#accept-form input[name=email]', `pablo.${vp.name}@sol.co`);
    await seller.fill('#accept-form input[name=password]', 'clave del vendedor');
    await seller.click('#accept-submit');
    await seller.locator('#logout').waitFor();
    await seller.click('#logout');
    await seller.locator('#show-signup').waitFor();
    await passwordLogin(seller, `pablo.${vp.name}@sol.co`, 'clave del vendedor');
    await seller.locator('#logout').waitFor();
    // The link is spent.
    const third = await other.newPage();
    await third.goto(link);
    await hydrated(third);
    await third.locator('#logout, #invite-signed-in').first().waitFor();
    await other.clearCookies();
    await third.goto(link);
    await hydrated(third);
    await third.locator('#invite-gone').waitFor();

    await page.reload();
    await hydrated(page);
    await page.locator('#team-members', { hasText: 'Pablo' }).waitFor();

    // A second invitation, revoked from the list: the link is dead at once.
    await page.fill('#invite-form input[name=invite-email]', `eva.${vp.name}@sol.co`);
    await page.click('#create-invite');
    const revoked = await page.locator('#invite-link').inputValue();
    const pending = page.locator('#invite-list li', { hasText: `eva.${vp.name}@sol.co` });
    await pending.waitFor();
    await pending.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-team-invites.png`) });
    await pending.getByRole('button', { name: 'Anular' }).click();
    await page.locator('#invite-list').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#invite-made').count(), 0, 'the revoked link is no longer offered');
    const dead = await other.newPage();
    await dead.goto(revoked);
    await hydrated(dead);
    await dead.locator('#invite-gone').waitFor();

    // Pablo signs in again; the admin takes him off the team (asked twice) and his
    // open app is signed out.
    const pablo = await other.newPage();
    await pablo.goto(app.server.base + '/');
    await hydrated(pablo);
    await passwordLogin(pablo, `pablo.${vp.name}@sol.co`, 'clave del vendedor');
    await pablo.locator('#logout').waitFor();
    const row = page.locator('#team-members li', { hasText: 'Pablo' });
    await row.getByRole('button', { name: 'Quitar del equipo' }).click();
    await row.getByText('¿Quitar a Pablo?').waitFor();
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-team-remove.png`) });
    await row.locator('button.danger').click();
    await page.locator('#team-notice', { hasText: 'Pablo ya no está en el equipo. Ahora tienes 0 clientes suyos.' }).waitFor();
    await page.locator('#team-members li', { hasText: 'Pablo' }).waitFor({ state: 'detached' });
    await pablo.reload();
    await hydrated(pablo);
    await pablo.locator('#show-signup').waitFor();
    await passwordLogin(pablo, `pablo.${vp.name}@sol.co`, 'clave del vendedor');
    await pablo.locator('.form-error', { hasText: 'Correo o contraseña incorrectos.' }).waitFor();

    // The admin signs in from a phone in Lima and moves the workspace's clock there.
    const lima = await newContext(app.browser, vp, { timezoneId: 'America/Lima' });
    const limaPage = await lima.newPage();
    limaPage.on('pageerror', (e) => errors.push(String(e)));
    await limaPage.goto(app.server.base + '/');
    await hydrated(limaPage);
    await passwordLogin(limaPage, `laura.${vp.name}@sol.co`, 'una clave larga');
    await limaPage.locator('#logout').waitFor();
    await limaPage.goto(app.server.base + '/ajustes');
    await hydrated(limaPage);
    await limaPage.locator('#zone-use', { hasText: 'Usar la de este dispositivo: America/Lima' }).click();
    await limaPage.locator('#zone-now', { hasText: 'siguen America/Lima (UTC-05:00)' }).waitFor();
    await limaPage.locator('#zone-use').waitFor({ state: 'detached' });
    await limaPage.locator('#zone').scrollIntoViewIfNeeded();
    await limaPage.screenshot({ path: join(shotsDir, `${vp.name}-zone.png`) });
    await lima.close();
    assert.deepEqual(errors, []);
    await other.close();
    await context.close();
  });
}

/// Signs into the demo on Finanzas and reloads it once under the service worker, so
/// the worker has kept what the seller saw.
async function financeSeenUnderWorker(page) {
  await demoLogin(page, app.server.base + '/finanzas');
  await page.locator('#cash-today').waitFor();
  await controlled(page);
  await page.reload();
  await hydrated(page);
}

for (const vp of viewports) {
test(`offline, the app reloads with the last data it saw and says so (${vp.name})`, async () => {
  const context = await newContext(app.browser, vp);
  const page = await context.newPage();
  const errors = pageErrors(page);
  // Seen once online under the worker: this is what it keeps.
  await financeSeenUnderWorker(page);
  const cash = await page.locator('#cash-today').textContent();
  assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('offline'))));

  await context.setOffline(true);
  await page.reload();
  await hydrated(page);
  assert.equal(await page.locator('#cash-today').textContent(), cash, 'the last cash figure seen');
  assert.match(await page.locator('#renewals').textContent(), /Marta Gómez/);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('offline')));
  const banner = await page.evaluate(() => getComputedStyle(document.body, '::before').content);
  assert.match(banner, /Sin conexión/);
  await page.screenshot({ path: join(shotsDir, `${vp.name}-offline.png`) });
  // Back online, the banner goes.
  await context.setOffline(false);
  await page.waitForFunction(() => !document.documentElement.classList.contains('offline'));
  assert.deepEqual(errors, []);
  await context.close();
});
}

test('after seller A\'s session expires and seller B signs in, offline shows nothing of A\'s (phone)', async () => {
  // Seller B's agency, made through the API as its sign-up form would.
  const signup = await fetch(app.server.base + '/api/session/signup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input: {
      workspace: 'Agencia Bruma', name: 'Bruno', email: 'bruno@bruma.co', password: 'la clave de bruno',
      currency: 'COP', calling_code: '57', tz_offset_minutes: -300,
    } }),
  });
  assert.equal(signup.status, 200);
  const context = await newContext(app.browser, phone);
  const page = await context.newPage();
  const errors = pageErrors(page);
  await financeSeenUnderWorker(page);
  assert.match(await page.locator('#renewals').textContent(), /Marta Gómez/, "A's data, cached by the worker");
  // A's session ends on the server (expired): the browser still sends a cookie that
  // names no live session.
  const [cookie] = await context.cookies();
  await context.addCookies([{ ...cookie, value: 'f'.repeat(64) }]);
  await page.reload();
  await hydrated(page);
  await page.locator('input[name=email]').waitFor();
  // Seller B signs in on the same phone and opens Finanzas once online.
  await passwordLogin(page, 'bruno@bruma.co', 'la clave de bruno');
  await page.locator('#cash-today').waitFor();
  await page.goto(app.server.base + '/finanzas');
  await hydrated(page);
  await page.locator('#cash-today').waitFor();
  const dataCaches = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('tsy-data-')));
  assert.equal(dataCaches.length, 1, `one seller's cache: ${dataCaches}`);
  await context.setOffline(true);
  for (const path of ['/finanzas', '/clientes', '/']) {
    await page.goto(app.server.base + path).catch(() => {});
    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, /Marta Gómez|Agencia Demo|Valentina/, `nothing of A's at ${path} offline`);
  }
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a WhatsApp export shared to the app opens the import with the chat read (phone)', async () => {
  const context = await newContext(app.browser, phone);
  const page = await context.newPage();
  await demoLogin(page, app.server.base + '/clientes');
  await page.waitForSelector('#client-list li');
  await controlled(page);
  // What the phone's share sheet does: a multipart POST to the manifest's action.
  await page.evaluate(() => {
    const f = document.createElement('form');
    f.method = 'POST';
    f.action = '/compartir';
    f.enctype = 'multipart/form-data';
    f.id = 'share-sim';
    const i = document.createElement('input');
    i.type = 'file';
    i.name = 'chat';
    f.appendChild(i);
    document.body.appendChild(f);
  });
  await page.setInputFiles('#share-sim input', {
    name: 'WhatsApp Chat with Ana Torres.zip',
    mimeType: 'application/zip',
    buffer: readFileSync(join(corpus, 'android_es_with_media.zip')),
  });
  await Promise.all([page.waitForURL(/\/clientes/), page.evaluate(() => document.getElementById('share-sim').submit())]);
  await hydrated(page);
  await page.locator('#import-preview').waitFor();
  assert.equal(await page.inputValue('#chat-import input[name=name]'), 'Ana Torres');
  assert.equal(new URL(page.url()).search, '', 'the share marker is cleared');
  assert.ok(!(await page.evaluate(async () => (await caches.keys()).includes('tsy-share'))), 'the shared file is not kept');
  await page.screenshot({ path: join(shotsDir, `${phone.name}-shared-chat.png`) });
  await context.close();
});

test('no page scrolls sideways at 360 px; touch targets are 44 px', async () => {
  const context = await newContext(app.browser, { ...phone, width: 360, height: 740 });
  const page = await context.newPage();
  await demoLogin(page, app.server.base + '/');
  await page.locator('#logout').waitFor();
  for (const path of ['/', '/clientes', '/clientes/demo5', '/finanzas', '/medallas', '/ajustes']) {
    await page.goto(app.server.base + path);
    await hydrated(page);
    await page.waitForTimeout(300);
    const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(wide <= 360, `${path} is ${wide}px wide`);
    // Every button, button-like link and form control is at least 44 px tall.
    const small = await page.evaluate(() => [...document.querySelectorAll('button, a.btn, select, input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), nav a')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => [e.id || e.name || e.textContent.trim().slice(0, 30), Math.round(e.getBoundingClientRect().height)])
      .filter(([, h]) => h < 44));
    assert.deepEqual(small, [], `${path}: touch targets under 44 px`);
  }
  await context.close();
});
