/**
 * `npm run bench:uploads`: eight members upload a 200 MiB file each, all at once, to
 * `weakties serve --multi-user` on loopback, and the server's resident memory is sampled from
 * /proc the whole time. The floor is the issue's: under 1 GB (1024 MiB) at the peak, where
 * buffering whole uploads took four of them from 0.5 GB to 3.5 GB. Each file is plain text that
 * is no export, so the server receives and stores all of it, reads its head, and answers 415:
 * the figure is the upload path's, not an importer's.
 *
 * The server runs in its own process (serve-for-bench.ts); both share the machine's cores.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  acceptInvitation,
  inviteUser,
  issueSetupLink,
  setUpOrganisation,
} from '../services/accounts-service.js';
import { openSqliteStore } from '../services/store-access.js';

const UPLOADS = 8;
const FILE_MIB = 200;
const FLOOR_MIB = 1024;
const SAMPLE_MS = 50;
const PASSWORD = 'bench password that is long enough';
const BENCH_PASSWORD_COST = { log2N: 10, r: 8, p: 1 };
const BOUNDARY = 'weakties-bench-upload';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'weakties-bench-uploads-'));

function rssMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function writePayload(path: string): Promise<void> {
  const line = Buffer.from('weakties bench upload payload, not an export of any kind\n');
  const block = Buffer.alloc(1024 ** 2);
  for (let at = 0; at < block.length; at += line.length) line.copy(block, at);
  const file = await open(path, 'w');
  for (let i = 0; i < FILE_MIB; i += 1) await file.write(block);
  await file.close();
}

async function* multipartBody(path: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="payload.txt"\r\n` +
      'Content-Type: text/plain\r\n\r\n',
  );
  for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
}

async function main(): Promise<void> {
  const storeDir = join(work, 'store');
  const store = await openSqliteStore({ dir: storeDir });
  const facts = () => ({ now: new Date(), ip: '127.0.0.1' });
  const settings = { passwordCost: BENCH_PASSWORD_COST };
  const { token } = await issueSetupLink(store, new Date());
  const admin = await setUpOrganisation(
    store,
    {
      token,
      organisation: 'Bench Career Centre',
      name: 'Bench Admin',
      email: 'admin@bench.test',
      password: PASSWORD,
    },
    facts(),
    settings,
  );
  const members: { cookie: string; csrf: string }[] = [];
  for (let i = 0; i < UPLOADS; i += 1) {
    const invitation = await inviteUser(
      store,
      admin.user,
      { role: 'member', email: `uploader${i}@bench.test` },
      facts(),
    );
    const session = await acceptInvitation(
      store,
      invitation.token,
      { name: `Uploader ${i}`, password: PASSWORD },
      facts(),
      settings,
    );
    members.push({ cookie: `weakties-session=${session.sessionId}`, csrf: session.csrfToken });
  }
  await store.close();
  const payload = join(work, 'payload.txt');
  await writePayload(payload);

  const child = spawn(process.execPath, [join(here, 'serve-for-bench.js'), storeDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let url = '';
    for await (const line of createInterface({ input: child.stdout })) {
      url = (JSON.parse(line) as { url: string }).url.replace(/\/$/, '');
      break;
    }
    const pid = child.pid ?? 0;
    const before = rssMiB(pid, 'VmRSS');
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMiB(pid, 'VmRSS'));
    }, SAMPLE_MS);
    const started = performance.now();
    const statuses = await Promise.all(
      members.map(async (member) => {
        const response = await fetch(`${url}/api/imports`, {
          method: 'POST',
          headers: {
            cookie: member.cookie,
            'x-csrf-token': member.csrf,
            'x-weakties-request': '1',
            'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          },
          body: Readable.toWeb(Readable.from(multipartBody(payload))) as ReadableStream,
          duplex: 'half',
        } as RequestInit);
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (statuses.some((s) => s !== 415)) {
      throw new Error(
        `expected every upload to be received and answered 415, got ${statuses.join(', ')}`,
      );
    }
    clearInterval(sampler);
    peak = Math.max(peak, rssMiB(pid, 'VmHWM'));
    const answers = [...new Set(statuses)].map(
      (s) => `${statuses.filter((t) => t === s).length} x ${s}`,
    );
    console.log(`weakties upload memory (${UPLOADS} members at once, ${FILE_MIB} MiB each)`);
    console.log(`  answers: ${answers.join(', ')} (415: received whole, then not an export)`);
    console.log(
      `  sent ${UPLOADS * FILE_MIB} MiB in ${seconds.toFixed(1)} s (${((UPLOADS * FILE_MIB) / seconds).toFixed(0)} MiB/s)`,
    );
    console.log(`  server RSS before: ${before.toFixed(0)} MiB`);
    console.log(
      `  server RSS peak:   ${peak.toFixed(0)} MiB   floor: under ${FLOOR_MIB} MiB   ${peak < FLOOR_MIB ? 'within' : 'OVER'}`,
    );
  } finally {
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
