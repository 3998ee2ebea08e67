// A seller's own account, end to end in headless Chromium:
// - an admin makes a one-use reset link for a seller in Ajustes (sent on WhatsApp);
//   the seller opens it signed out, a short password is named in place, a good one
//   signs them in; their other browser is signed out;
// - the seller changes their password in Ajustes (the wrong current one is named),
//   then signs out on every device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, newContext, hydrated, viewports, shotsDir, demoLogin, pageErrors, passwordLogin } from './harness.mjs';

const app = useApp();

for (const vp of viewports) {
  test(`an admin's reset link, a password change and signing out everywhere (${vp.name})`, async () => {
    const admin = await newContext(app.browser, vp);
    const page = await admin.newPage();
    const errors = pageErrors(page);
    await demoLogin(page, app.server.base + '/ajustes');
    await page.locator('#team').waitFor();
    // A seller joins the demo team (through the API, as the invitation page would).
    const invite = await page.request.post(app.server.base + '/api/team/invites', { data: { email: '' } });
    assert.equal(invite.status(), 200);
    const token = (await invite.json()).path.split('/').pop();
    const email = `sara.${vp.name}@demo.co`;
    const old = await newContext(app.browser, vp);
    const joined = await old.request.post(`${app.server.base}/api/invites/${token}/accept`, {
      data: { input: { name: 'Sara Ruiz', email, password: 'clave vieja de sara' } },
    });
    assert.equal(joined.status(), 200);

    // The admin makes her a reset link.
    await page.reload();
    await hydrated(page);
    const row = page.locator(`#team-members li[data-email="${email}"]`);
    await row.locator('.reset-link').click();
    const url = await row.locator('.reset-url').inputValue();
    assert.match(url, /\/restablecer\/[0-9a-f]{64}$/);
    const wa = await row.locator('a.wa').getAttribute('href');
    assert.ok(decodeURIComponent(wa).includes(url) && decodeURIComponent(wa).includes('Sara'), 'WhatsApp carries the link to Sara');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${vp.name}-reset-link.png`) });

    // Sara opens it signed out.
    const fresh = await newContext(app.browser, vp);
    const sara = await fresh.newPage();
    sara.on('pageerror', (e) => errors.push(String(e)));
    await sara.goto(url);
    await hydrated(sara);
    await sara.locator('#reset-title').waitFor();
    assert.match(await sara.locator('.login-card').textContent(), /Sara Ruiz, en Agencia Demo/);
    await sara.fill('#reset-form input[name=password]', 'corta');
    await sara.click('#reset-submit');
    await sara.locator('#reset-form .field-error', { hasText: 'Mínimo 10' }).waitFor();
    await sara.screenshot({ path: join(shotsDir, `${vp.name}-reset-page.png`) });
    await sara.fill('#reset-form input[name=password]', 'la nueva clave de sara');
    await sara.click('#reset-submit');
    await sara.locator('#logout').waitFor();
    assert.equal(new URL(sara.url()).pathname, '/', 'the link leaves the address bar');
    // Her other browser's session ended; the old password no longer works.
    const stale = await old.request.get(app.server.base + '/api/clients');
    assert.equal(stale.status(), 401);
    // The link is spent.
    const spent = await newContext(app.browser, vp);
    const again = await spent.newPage();
    await again.goto(url);
    await hydrated(again);
    await again.locator('#reset-gone').waitFor();

    // She changes it herself in Ajustes.
    await sara.goto(app.server.base + '/ajustes');
    await hydrated(sara);
    const card = sara.locator('#account');
    await card.locator('input[name=current-password]').fill('no es esta');
    await card.locator('input[name=new-password]').fill('otra clave para sara');
    await sara.click('#change-password');
    await card.locator('.field-error', { hasText: 'No es tu contraseña actual' }).waitFor();
    await card.locator('input[name=current-password]').fill('la nueva clave de sara');
    await sara.click('#change-password');
    await sara.locator('#password-changed').waitFor();
    await card.scrollIntoViewIfNeeded();
    await sara.screenshot({ path: join(shotsDir, `${vp.name}-account.png`) });
    // And signs out on every device.
    await sara.click('#logout-everywhere');
    await sara.locator('input[name=email]').waitFor();
    await passwordLogin(sara, email, 'otra clave para sara');
    await sara.locator('#logout').waitFor();

    assert.deepEqual(errors, []);
    for (const c of [admin, old, fresh, spent]) await c.close();
  });
}
