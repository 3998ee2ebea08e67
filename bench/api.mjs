// What the bench scripts share: calls to the app's API, as its forms make them.

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
