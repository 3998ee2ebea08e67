// Heavy work never stalls the seller (issue 18): TSY_BENCH_IMPORTS (default 8) imports
// of a generated 40k-message export at once, while one seller's page reads its client
// list (`GET /api/clients`) every 50 ms. Reports how long the imports took, whether
// all succeeded, the interactive reads' p50/p95/p99/max during the imports, and the
// server's peak memory (VmHWM of TSY_BENCH_PID). Run by bench/import_load.sh.
import { readFileSync } from 'node:fs';
import * as api from './api.mjs';

const base = process.env.TSY_BENCH_BASE;
const pid = process.env.TSY_BENCH_PID;
const imports = Number(process.env.TSY_BENCH_IMPORTS || 8);
const text = readFileSync(process.env.TSY_BENCH_CHAT, 'utf8');

// Each importing seller has an account of their own (imports are capped per seller),
// signed up from an address of their own (sign-ups are limited per address; the
// script runs the server behind one trusted proxy hop); the reading seller too.
let next = 0;
const seller = (i) => api.signUp(base, `Agencia ${i}`, `vale${i}@import.co`, { from: `10.18.0.${++next}` });
const post = (path, body, cookie) => api.post(base, path, body, { cookie });
const reader = await seller('reader');
const importers = await Promise.all([...Array(imports).keys()].map(seller));
// The reader's list has some clients.
for (let i = 0; i < 30; i++) {
  await post('/api/clients', { input: { name: `Cliente ${i}`, phone: `300 100 ${String(1000 + i)}`, business: '',
    stage: 'Lead', deal_value_minor: 0, next_follow_up: null, notes: '' } }, reader);
}

const status = () => readFileSync(`/proc/${pid}/status`, 'utf8');
const kb = (field) => Number(status().match(new RegExp(`${field}:\\s+(\\d+)`))[1]);
const rssBefore = kb('VmRSS');

// The page has shown its list once before the imports start (a cold first read is not
// what the imports cost).
const cold = performance.now();
await (await fetch(base + '/api/clients', { headers: { cookie: reader } })).arrayBuffer();
const coldMs = performance.now() - cold;

// The reading seller is another device: its reads run on a thread of their own, so the
// time this script spends encoding the uploads (8 x 3 MB of JSON on its one event loop)
// is not counted as the server's.
const reading = api.readClientList(base, reader);
// Its first read is under way before the uploads start.
await new Promise((r) => setTimeout(r, 20));
const t0 = performance.now();
const results = await Promise.all(importers.map(async (cookie, i) => {
  try {
    const res = await post('/api/chats/import', { request: {
      client_id: null, new_client: { name: 'Ana Torres', phone: `300 555 ${String(1000 + i)}` }, me: 'Valentina', text,
    } }, cookie);
    await res.arrayBuffer();
    return true;
  } catch (e) {
    console.error(e.message);
    return false;
  }
}));
const seconds = (performance.now() - t0) / 1000;
const lat = await reading.stop();
if (process.env.TSY_BENCH_TRACE) console.error(lat.map((x) => x.toFixed(0)).join(" "));
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))];
console.log(JSON.stringify({
  imports, messages_each: text.split('\n').length, ok: results.filter(Boolean).length, seconds: +seconds.toFixed(1),
  cold_read_ms: +coldMs.toFixed(1), reads: lat.length, p50_ms: +pct(0.5).toFixed(1), p95_ms: +pct(0.95).toFixed(1), p99_ms: +pct(0.99).toFixed(1), max_ms: +lat[lat.length - 1].toFixed(1),
  rss_before_mb: Math.round(rssBefore / 1024), peak_rss_mb: Math.round(kb('VmHWM') / 1024),
}));
