/** Child process of bench-mail: one streaming read of an mbox (or a plain read), as JSON. */
import { createReadStream } from 'node:fs';
import { streamMailFiles } from '../importers/mbox/read-mail-files.js';

const [path, mode] = process.argv.slice(2);
if (!path) throw new Error('usage: read-mail-once <mbox> stream|read');
const started = performance.now();
let messages = 0;
if (mode === 'read') {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) void chunk;
} else {
  // The owner's address, as an import passes it from the LinkedIn profile (one pass, no guessing).
  await streamMailFiles([path], {
    ownerEmails: ['cora.diaz@example.com'],
    onRecord: () => {
      messages += 1;
    },
  });
}
const wallMs = performance.now() - started;
console.log(JSON.stringify({ wallMs, maxRssMb: process.resourceUsage().maxRSS / 1024, messages }));
