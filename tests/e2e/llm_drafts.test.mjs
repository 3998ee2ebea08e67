// LLM-written drafts on the card, end to end: against a local server speaking the OpenAI
// Chat Completions protocol (streamed), an admin lets the workspace share chats with the
// AI, and Ana's waiting questions get drafts written by the AI, each labelled; a draft
// that promises a discount the agency never offered is refused and its template stays,
// with a note. Phone and desktop (the second reads the first one's cached turn).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { useApp, newContext, viewports, shotsDir, demoLogin, pageErrors, audit } from './harness.mjs';

const GOOD = '¡Hola Ana! Sí, la sesión de fotos la hacemos en tu local, así tus productos se ven como son. '
  + 'Sobre la entrega, te confirmo la fecha exacta hoy mismo. ¿Te parece?';
const BAD = 'Ana, te hago un 40 % de descuento si confirmas hoy.';
let draftCalls = 0;

// The Chat Completions endpoint: the analysis request (JSON schema) gets a valid reading;
// the drafts request (`stream: true`) gets server-sent chunks, one draft per principle it
// asked for: the first grounded, the second with an invented discount.
async function llm() {
  const srv = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', async () => {
      const body = JSON.parse(raw || '{}');
      if (!body.stream) {
        const content = JSON.stringify({ style: 'amiable', confidence: 0.6, evidence: [], probability: 55, signals: [], objections: [] });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
        return;
      }
      draftCalls += 1;
      const asked = body.messages[1].content.split('PRINCIPLES')[1].split('\n')
        .filter((l) => l.startsWith('### ')).map((l) => l.slice(4).trim());
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const answer = asked.map((k, i) => `### ${k}\n${i === 1 ? BAD : GOOD}\n`).join('');
      for (let i = 0; i < answer.length; i += 9) {
        const chunk = { id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: answer.slice(i, i + 9) }, finish_reason: null }] };
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        await new Promise((r) => setTimeout(r, 5));
      }
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  srv.unref();
  return `http://127.0.0.1:${srv.address().port}/v1`;
}

const app = useApp(async () => ({
  TSY_LLM_BASE_URL: await llm(),
  TSY_LLM_MODEL: 'e2e-model',
}));

viewports.forEach((vp) => {
  test(`the AI writes the drafts, labelled, and a refused one keeps its template (${vp.name})`, async () => {
    const context = await newContext(app.browser, vp);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await demoLogin(page, app.server.base + '/clientes/demo1');
    await page.locator('#scripts').waitFor();
    const allow = page.locator('#allow-llm');
    if (!(await allow.isChecked())) {
      await allow.check();
    }
    // The AI's drafts replace the templates as they arrive.
    const ai = page.locator('#scripts .script [data-engine=llm]');
    await ai.first().waitFor();
    const cards = page.locator('#scripts .script');
    const first = cards.nth(0);
    assert.equal(await first.locator('textarea').inputValue(), GOOD);
    assert.match(await first.locator('.engine-tag').textContent(), /Escrito por la IA/);
    // The second draft promised a discount nobody offered: refused, the template stays.
    const second = cards.nth(1);
    await second.locator('.ai-refused').waitFor();
    assert.equal(await second.locator('[data-engine]').getAttribute('data-engine'), 'template');
    const template = await second.locator('textarea').inputValue();
    assert.ok(!template.includes('40 %') && template.length > 20, template);
    await page.locator('#ai-writing').waitFor({ state: 'detached' });
    assert.equal(draftCalls, 1, 'one call for this turn, whichever screen opens it');
    await page.locator('#scripts').evaluate((e) => e.scrollIntoView());
    // The labels and the refusal note are readable too.
    assert.deepEqual(await audit(page), []);
    await page.screenshot({ path: join(shotsDir, `${vp.name}-llm-drafts.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
