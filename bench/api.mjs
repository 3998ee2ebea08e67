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
