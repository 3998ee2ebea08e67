// Issue 19: how soon the first LLM draft reaches the card, against a local server that
// speaks the OpenAI Chat Completions streaming protocol at a set pace (first token after
// TSY_BENCH_FIRST_TOKEN_MS, then TSY_BENCH_TPS tokens a second of about 4 characters).
// For each turn: the time from the card's request to the endpoint's first token, to the
// first sentence the endpoint completed, and to the first draft text the card receives
// (the guarded first sentence); the app's own share is the last minus the second.
// Each of the demo chat's five style readings is a separate turn (the cache is per turn),
// and the server restarts for each round (a fresh in-memory database).
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { events } from './api.mjs';

const bundle = process.env.TSY_BUNDLE;
const rounds = Number(process.env.TSY_BENCH_ROUNDS || 6);
const firstTokenMs = Number(process.env.TSY_BENCH_FIRST_TOKEN_MS || 300);
const tps = Number(process.env.TSY_BENCH_TPS || 40);
const DRAFT = '¡Hola Ana! Sí, la sesión de fotos la hacemos en tu local, así tus productos se ven como son. '
  + 'Sobre la entrega, te confirmo la fecha exacta hoy mismo. ¿Te parece si lo vemos en una llamada corta?';

let current = null; // timings of the request in flight
const llm = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => { raw += c; });
  req.on('end', async () => {
    const body = JSON.parse(raw || '{}');
    if (!body.stream) {
      res.writeHead(500).end('{}');
      return;
    }
    const asked = body.messages[1].content.split('PRINCIPLES')[1].split('\n')
      .filter((l) => l.startsWith('### ')).map((l) => l.slice(4).trim());
    const answer = asked.map((k) => `### ${k}\n${DRAFT}\n`).join('');
    const tokens = answer.match(/[\s\S]{1,4}/g);
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    await new Promise((r) => setTimeout(r, firstTokenMs));
    let sent = '';
    for (const [i, t] of tokens.entries()) {
      const chunk = { id: 'b', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: t }, finish_reason: null }] };
      res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      sent += t;
      if (i === 0 && current) current.firstToken = performance.now();
      if (current && !current.firstSentence && /[.!?]\s/.test(sent.split('\n').slice(1).join('\n'))) {
        current.firstSentence = performance.now();
      }
      await new Promise((r) => setTimeout(r, 1000 / tps));
    }
    res.end('data: [DONE]\n\n');
  });
});
await new Promise((r) => llm.listen(0, '127.0.0.1', r));
const llmUrl = `http://127.0.0.1:${llm.address().port}/v1`;

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

async function startServer() {
  const port = await freePort();
  const proc = spawn(`${bundle}/server`, [], {
    cwd: bundle,
    env: {
      ...process.env, IP: '127.0.0.1', PORT: String(port), TSY_DATABASE_URL: 'mem://', TSY_DEMO: '1',
      TSY_COOKIE_SECURE: '0', TSY_LLM_BASE_URL: llmUrl, TSY_LLM_MODEL: 'bench', TSY_LLM_RETRIES: '0',
      TSY_LLM_DAILY_CALLS: '1000',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(base + '/')).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => proc.kill() };
}

const samples = [];
for (let round = 0; round < rounds; round++) {
  const srv = await startServer();
  const login = await fetch(srv.base + '/api/session/demo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const post = (path, body) => fetch(srv.base + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  await post('/api/workspace/llm-sharing', { allowed: true });
  for (const style of ['', 'analytical', 'driver', 'amiable', 'expressive']) {
    current = {};
    const t0 = performance.now();
    const res = await fetch(`${srv.base}/api/clients/demo1/drafts${style ? `?style=${style}` : ''}`, { headers: { cookie } });
    let first = null;
    for await (const e of events(res.body)) {
      if (first === null && (e.writing || e.draft)) first = performance.now();
    }
    if (first !== null && current.firstToken) {
      samples.push({
        firstToken: current.firstToken - t0,
        firstSentence: current.firstSentence - t0,
        visible: first - t0,
      });
    }
  }
  srv.stop();
}
llm.close();

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const col = (k) => samples.map((s) => s[k]);
const over = samples.map((s) => s.visible - s.firstToken);
const app = samples.map((s) => s.visible - s.firstSentence);
const f = (x) => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  turns: samples.length,
  endpoint: { first_token_ms: firstTokenMs, tokens_per_s: tps },
  first_token_p50_ms: f(pct(col('firstToken'), 0.5)),
  first_sentence_p50_ms: f(pct(col('firstSentence'), 0.5)),
  first_visible_p50_ms: f(pct(col('visible'), 0.5)),
  first_visible_p95_ms: f(pct(col('visible'), 0.95)),
  visible_after_first_token_p50_ms: f(pct(over, 0.5)),
  visible_after_first_token_p95_ms: f(pct(over, 0.95)),
  app_share_p50_ms: f(pct(app, 0.5)),
  app_share_p95_ms: f(pct(app, 0.95)),
}));
