// What the bench scripts share: calls to the app's API, as its forms make them.

import { Worker } from 'node:worker_threads';

// POSTs `body` as JSON to `base + path`, with the session `cookie` and, behind a trusted
// proxy hop, from address `from`; throws on any answer but 200.
export async function post(base, path, body, { cookie, from } = {}) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

// Signs up the agency `workspace` (COP, Bogotá) with its admin Vale at `email`; returns
// the session cookie.
export async function signUp(base, workspace, email, { from } = {}) {
  const res = await post(base, '/api/session/signup', { input: {
    workspace, name: 'Vale', email, password: 'la clave de bench',
    currency: 'COP', calling_code: '57', tz_offset_minutes: -300,
  } }, { from });
  return res.headers.get('set-cookie').split(';')[0];
}

// A seller's page reading its client list (`GET /api/clients`) every 50 ms, from a thread
// of its own: the time a bench script spends on its own event loop (encoding uploads,
// sending webhooks) is not counted as the server's. `stop()` ends it and resolves to
// each read's milliseconds, in order.
export function readClientList(base, cookie) {
  const thread = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    let on = true;
    parentPort.on('message', () => { on = false; });
    (async () => {
      const lat = [];
      while (on) {
        const t = performance.now();
        const res = await fetch(workerData.base + '/api/clients', { headers: { cookie: workerData.cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error('read ' + res.status);
        lat.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      parentPort.postMessage(lat);
    })();
  `, { eval: true, workerData: { base, cookie } });
  const done = new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  return {
    async stop() {
      thread.postMessage('stop');
      const lat = await done;
      await thread.terminate();
      return lat;
    },
  };
}

// The events of a server-sent event stream (`res.body` of a fetch), each `data:` payload
// parsed as JSON, as they arrive; ends with the stream.
export async function* events(body) {
  const decoder = new TextDecoder();
  let buf = '';
  for await (const chunk of body) {
    buf += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buf.indexOf('\n\n')) >= 0) {
      const data = buf.slice(0, end).split('\n').find((l) => l.startsWith('data:'));
      buf = buf.slice(end + 2);
      if (data) yield JSON.parse(data.slice(5));
    }
  }
}

// A card open on client `clientId`, from a thread of its own: it listens to the chat
// change stream as the app does and, on each change of this client, reads the card's
// newest messages again (one read at a time; changes meanwhile make one more read).
// `stop()` resolves to { events, seen }: the absolute time (ms, `performance.timeOrigin`
// based, comparable across threads) of each change event for the client, and of the
// first read that showed each message key.
export function watchCard(base, cookie, clientId) {
  const thread = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    const { base, cookie, clientId } = workerData;
    const now = () => performance.timeOrigin + performance.now();
    const events = [];
    const seen = {};
    let reading = false, again = false, on = true;
    async function read() {
      if (reading) { again = true; return; }
      reading = true;
      do {
        again = false;
        const res = await fetch(base + '/api/clients/' + clientId + '/messages', { headers: { cookie } });
        const page = await res.json();
        const at = now();
        for (const m of page.messages || []) if (!(m.key in seen)) seen[m.key] = at;
      } while (again && on);
      reading = false;
    }
    const ctl = new AbortController();
    parentPort.on('message', () => { on = false; ctl.abort(); parentPort.postMessage({ events, seen }); });
    (async () => {
      const { events: changes } = await import(workerData.api);
      const stream = await fetch(base + '/api/live/chats', { headers: { cookie }, signal: ctl.signal });
      parentPort.postMessage('open');
      try {
        for await (const change of changes(stream.body)) {
          if (change.client_id === clientId) {
            events.push(now());
            read();
          }
        }
      } catch (e) { if (on) throw e; }
    })();
  `, { eval: true, workerData: { base, cookie, clientId, api: import.meta.url } });
  const opened = new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  return {
    opened,
    async stop() {
      const result = new Promise((resolve) => thread.once('message', resolve));
      thread.postMessage('stop');
      const r = await result;
      await thread.terminate();
      return r;
    },
  };
}

