// WhatsApp webhook ingestion (issue 17): signed Cloud API `messages` webhooks posted at
// TSY_BENCH_RATE per second (default 1000) for TSY_BENCH_SECONDS (default 60), one
// message per body from TSY_BENCH_CONTACTS numbers (default 300), over TSY_BENCH_CONNS
// keep-alive connections (default 32). Reports the acknowledgement latency (p50, p99,
// max), the rate achieved, how long processing took to catch up, whether every message
// is in the chats afterwards, for one probe message a second the time from its webhook
// to its chat's change event and to the message shown by a card open on that client
// (its newest messages read again on each change, from a thread of its own), and a
// seller's interactive reads (the client list every 50 ms) during the load.
// Run by bench/webhook.sh, which starts a release server with TSY_WA_* set; a local
// stand-in for Meta's Graph API answers the number check.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import * as api from './api.mjs';

const base = process.env.TSY_BENCH_BASE;
const secret = process.env.TSY_WA_APP_SECRET;
const rate = Number(process.env.TSY_BENCH_RATE || 1000);
const seconds = Number(process.env.TSY_BENCH_SECONDS || 60);
const contacts = Number(process.env.TSY_BENCH_CONTACTS || 300);
const conns = Number(process.env.TSY_BENCH_CONNS || 32);
const NUMBER_ID = '106540352242922';
const TOKEN = 'EAAGbenchTokenForTheLocalGraph000001';

const post = (path, body, cookie) => api.post(base, path, body, { cookie });

// The agency, and its number connected through Ajustes' server function.
const cookie = await api.signUp(base, 'Agencia Webhook', 'vale@webhook.co');
await post('/api/whatsapp/connect', { input: { phone_number_id: NUMBER_ID, waba_id: '102290129340398', access_token: TOKEN } }, cookie);

// The chats' change events, as an open page hears them.
const changes = [];
const stream = await fetch(base + '/api/live/chats', { headers: { cookie } });
(async () => {
  for await (const change of api.events(stream.body)) changes.push({ at: performance.now(), client: change.client_id });
})();

let seq = 0;
function body(from, text) {
  const id = `wamid.bench-${seq++}`;
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '573001110000', phone_number_id: NUMBER_ID },
      contacts: [{ profile: { name: `Cliente ${from.slice(-4)}` }, wa_id: from }],
      messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: `mensaje ${id}: hola, ¿cuánto cuesta la página?` } }],
    } }] }],
  });
}
async function send(b) {
  const sig = 'sha256=' + createHmac('sha256', secret).update(b).digest('hex');
  const t0 = performance.now();
  const r = await fetch(base + '/webhooks/whatsapp', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig }, body: b,
  });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`webhook: ${r.status}`);
  return performance.now() - t0;
}

// The probe's client exists before the load, so its change events can be told apart.
const PROBE = '573990000000';
await send(body(PROBE, 'primer mensaje'));
let probeClient = null;
for (let i = 0; i < 200 && !probeClient; i++) {
  probeClient = changes.find(() => true)?.client ?? null;
  await new Promise((r) => setTimeout(r, 25));
}
if (!probeClient) throw new Error('no change event for the probe');
const card = api.watchCard(base, cookie, probeClient);
await card.opened;

// The load: a schedule of `rate` bodies a second, sent by `conns` workers.
const total = rate * seconds;
// Messages sent per number, and the number of the last webhook scheduled.
const sentBy = new Map([[PROBE, 1]]);
let lastSender = null;
const acks = [];
const probes = [];
const start = performance.now();
let next = 0;
async function worker() {
  for (;;) {
    const i = next++;
    if (i >= total) return;
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const isProbe = i % rate === 0;
    const from = isProbe ? PROBE : `5731${String(10_000_000 + (i % contacts)).slice(1)}`;
    const key = `wa:wamid.bench-${seq}`;
    sentBy.set(from, (sentBy.get(from) ?? 0) + 1);
    if (i === total - 1) lastSender = from;
    const b = body(from, '');
    const sentAt = performance.now();
    acks.push(await send(b));
    if (isProbe) probes.push({ sentAt, abs: performance.timeOrigin + sentAt, key });
  }
}
// A seller's page reading its client list every 50 ms during the load (from a thread of
// its own: this script's event loop is busy sending): the live feed must not starve it.
const reading = api.readClientList(base, cookie);
await Promise.all(Array.from({ length: conns }, worker));
const sendSeconds = (performance.now() - start) / 1000;
const reads = await reading.stop();

// Processing catching up: the last webhook sent merged into its chat (events are
// processed oldest first), read from that one card every 250 ms; then every message in
// the chats, counted once over all the cards.
const expected = total + 1;
const caughtUpFrom = performance.now();
const clients = await (await fetch(base + '/api/clients', { headers: { cookie } })).json();
const lastFrom = `+${lastSender}`;
const last = clients.find((c) => c.phone === lastFrom);
for (;;) {
  const c = last && await (await fetch(`${base}/api/clients/${last.id}`, { headers: { cookie } })).json();
  if ((c?.chat?.stats?.messages ?? 0) >= sentBy.get(lastSender) || performance.now() - caughtUpFrom > 600_000) break;
  await new Promise((r) => setTimeout(r, 250));
}
const catchUp = (performance.now() - caughtUpFrom) / 1000;
// The last pass may still be merging other chats: counted again until all are in (or a
// minute has passed, and what is missing is reported lost).
let counted = 0;
for (const countFrom = performance.now(); ;) {
  counted = 0;
  for (const c of await (await fetch(base + '/api/clients', { headers: { cookie } })).json()) {
    const card = await (await fetch(`${base}/api/clients/${c.id}`, { headers: { cookie } })).json();
    counted += card.chat?.stats?.messages ?? 0;
  }
  if (counted >= expected || performance.now() - countFrom > 60_000) break;
  await new Promise((r) => setTimeout(r, 1000));
}
const opened = await card.stop();

// Webhook to change event, for each probe: the first probe event after it was sent
// (as the open card's thread heard it).
const evented = probes.map((p) => {
  const e = opened.events.find((at) => at >= p.abs);
  return e ? e - p.abs : null;
}).filter((x) => x !== null);
// Webhook to the message in the open card; a probe never shown counts as lost.
const shown = probes.map((p) => (p.key in opened.seen ? opened.seen[p.key] - p.abs : Infinity));

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10 : null;
};
console.log(JSON.stringify({
  rate_target: rate, seconds, contacts, conns,
  sent: acks.length, rate_achieved: Math.round(acks.length / sendSeconds),
  ack_ms: { p50: q(acks, 0.5), p99: q(acks, 0.99), max: q(acks, 1) },
  reads_during_load_ms: { reads: reads.length, p50: q(reads, 0.5), p99: q(reads, 0.99), max: q(reads, 1) },
  messages_expected: expected, messages_stored: counted, lost: Math.max(0, expected - counted),
  catch_up_s: Math.round(catchUp * 10) / 10,
  change_event_ms: { probes: evented.length, p50: q(evented, 0.5), p95: q(evented, 0.95), max: q(evented, 1) },
  shown_in_open_card_ms: { probes: shown.length, never: shown.filter((x) => x === Infinity).length, p50: q(shown, 0.5), p95: q(shown, 0.95), max: q(shown, 1) },
}, null, 1));
process.exit(0);
