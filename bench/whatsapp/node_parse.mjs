// Times the npm package whatsapp-chat-parser on the same file. Prints JSON.
// Usage: node node_parse.mjs <file> [runs=15]
import { readFileSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';

const text = readFileSync(process.argv[2], 'utf8');
const runs = Number(process.argv[3] ?? 15);
let count = 0;
parseString(text); // warm-up (JIT)
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  count = parseString(text).length;
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ parser: 'whatsapp-chat-parser 4.0.2 (node ' + process.version + ')', messages: count, median_ms: times[Math.floor(runs / 2)], min_ms: times[0] }));
