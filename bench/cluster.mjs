// Live across instances (issue 18): two release app servers on one SurrealDB server. A
// seller's payment is recorded through server A once a second; a Finanzas page open on
// server B hears "Cobrado hoy" move. Reports, over TSY_BENCH_RUNS payments (default
// 30), the time from sending the payment to A to B's event (p50, p95, max), the same
// for a page on A itself, and A's acknowledgement (B usually hears before the seller's
// own request returns). Run by bench/cluster.sh.
import * as api from './api.mjs';

const [a, b] = [process.env.TSY_BENCH_A, process.env.TSY_BENCH_B];
const runs = Number(process.env.TSY_BENCH_RUNS || 30);

const post = (base, path, body, cookie) => api.post(base, path, body, { cookie });

// The agency signs up on A; its session works on B too (sessions live in the database).
const cookie = await api.signUp(a, 'Agencia Cluster', 'vale@cluster.co');
const client = await (await post(a, '/api/clients', { input: { name: 'Marta', phone: '300 222 3344', business: '',
  stage: 'Lead', deal_value_minor: 100_000_000_00, next_follow_up: null, notes: '' } }, cookie)).json();
await post(a, `/api/clients/${client.id}/won`, {}, cookie);

// A live Finanzas stream: records when each "Cobrado hoy" arrives; `until` waits for one.
async function listen(base) {
  const res = await fetch(base + '/api/finance/live', { headers: { cookie } });
  const waiting = [];
  (async () => {
    for await (const cash of api.events(res.body)) waiting.push([performance.now(), cash.today.minor]);
  })();
  return {
    // The first event after `since` showing more than `above`.
    async until(since, above) {
      for (;;) {
        const hit = waiting.find(([t, v]) => t >= since && v > above);
        if (hit) return hit[0];
        await new Promise((r) => setTimeout(r, 1));
      }
    },
  };
}
const onB = await listen(b);
const onA = await listen(a);
await new Promise((r) => setTimeout(r, 500));

const toB = [], toA = [], ack = [];
let today = 0;
for (let i = 0; i < runs; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const sent = performance.now();
  await post(a, `/api/clients/${client.id}/payments`, { input: { amount: '1.000', on: '', method: 'Cash', reference: `live ${i}`, as_credit: false } }, cookie);
  const acked = performance.now();
  const [tb, ta] = await Promise.all([onB.until(sent, today), onA.until(sent, today)]);
  today += 100_000;
  toB.push(tb - sent);
  toA.push(ta - sent);
  ack.push(acked - sent);
}
const stats = (xs) => {
  xs.sort((x, y) => x - y);
  const p = (q) => +xs[Math.min(xs.length - 1, Math.floor(xs.length * q))].toFixed(1);
  return { p50_ms: p(0.5), p95_ms: p(0.95), max_ms: +xs[xs.length - 1].toFixed(1) };
};
console.log(JSON.stringify({ payments: runs, sent_to_b: stats(toB), sent_to_a: stats(toA), ack_on_a: stats(ack) }));
process.exit(0);
