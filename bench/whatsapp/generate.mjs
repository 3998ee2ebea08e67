// Writes a deterministic, realistic WhatsApp export of N messages: mostly short lines,
// some multi-line, media, deleted and system messages. Layouts: `android` (Spanish, 24 h,
// day first: `12/11/24, 09:00 - `) or `ios-dotted` (`[12/11/24 09.00.00] `, CRLF).
// Usage: node generate.mjs <out-file> [messages=40000] [layout=android]
import { writeFileSync } from 'node:fs';

const out = process.argv[2];
const n = Number(process.argv[3] ?? 40000);
const layout = process.argv[4] ?? 'android';
if (!['android', 'ios-dotted'].includes(layout)) throw new Error(`unknown layout ${layout}`);
const ios = layout === 'ios-dotted';
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const people = ['Ana Torres', 'Valentina'];
const lines = [
  'Hola, ¿cuánto cuesta una página web?', '¡Hola! Depende de lo que necesites 😊',
  '¿Incluye hosting y dominio?', 'Sí, el primer año va incluido', 'Perfecto, lo pienso y te aviso',
  'Te envío la propuesta en PDF', '¿Se puede pagar en dos cuotas?', 'Claro: 50 % al inicio y 50 % a la entrega',
  'Gracias!', 'Ok', '¿Para cuándo estaría lista?', 'En 15 días hábiles desde el primer pago',
];
const nl = ios ? '\r\n' : '\n';
const parts = [ios
  ? '[12/11/24 09.00.00] Panadería: \u200eLos mensajes y las llamadas están cifrados de extremo a extremo.'
  : '12/11/24, 09:00 - Los mensajes y las llamadas están cifrados de extremo a extremo.'];
let t = Date.UTC(2024, 0, 1, 8, 0);
const pad = (x) => String(x).padStart(2, '0');
for (let i = 1; i < n; i++) {
  t += Math.floor(rand() * 600_000);
  const d = new Date(t);
  const day = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${String(d.getUTCFullYear()).slice(2)}`;
  const stamp = ios
    ? `[${day} ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}]`
    : `${day}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} -`;
  const who = pick(people);
  const r = rand();
  let text;
  if (r < 0.05) text = '<Multimedia omitido>';
  else if (r < 0.07) text = 'Se eliminó este mensaje';
  else if (r < 0.17) text = [pick(lines), pick(lines), '', pick(lines)].join(nl);
  else text = pick(lines);
  parts.push(`${stamp} ${who}: ${text}`);
}
writeFileSync(out, parts.join(nl) + nl);
console.error(`wrote ${n} messages to ${out}`);
