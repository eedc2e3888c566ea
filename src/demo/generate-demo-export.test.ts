import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../core/app-error.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import { generateDemoExport, writeDemoExport, type DemoSummary } from './generate-demo-export.js';
import { classifyTitle } from './test-support/title-class.js';

type Row = Record<string, string>;

async function unzip(zip: Buffer): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, opened) =>
      error || !opened ? reject(error ?? new Error('no zip')) : resolve(opened),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    archive.on('entry', (entry: yauzl.Entry) => {
      archive.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('no stream'));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          archive.readEntry();
        });
      });
    });
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.readEntry();
  });
  return files;
}

function headerOf(text: string, line = 0): string {
  return text.split('\n')[line] ?? '';
}

function rowsOf(text: string, fromLine = 1): Row[] {
  return parse<Row>(text, { columns: true, from_line: fromLine });
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseDayMonthYear(text: string): number {
  const [day, month, year] = text.split(' ');
  return Date.UTC(Number(year), MONTHS.indexOf(month ?? ''), Number(day));
}

describe('generateDemoExport at the default size', () => {
  let zip: Buffer;
  let fileName: string;
  let summary: DemoSummary;
  let files: Map<string, string>;
  let connections: Row[];
  let messages: Row[];
  let ownerName: string;
  const exportMs = Date.UTC(2026, 10, 1);

  beforeAll(async () => {
    ({ zip, fileName, summary } = await generateDemoExport());
    files = await unzip(zip);
    connections = rowsOf(files.get('Connections.csv') ?? '', 4);
    messages = rowsOf(files.get('messages.csv') ?? '');
    const profile = rowsOf(files.get('Profile.csv') ?? '')[0];
    ownerName = `${profile?.['First Name'] ?? ''} ${profile?.['Last Name'] ?? ''}`;
  });

  it('gives the same bytes for the same seed and different bytes for another seed', async () => {
    const again = await generateDemoExport({ seed: 42 });
    expect(again.zip.equals(zip)).toBe(true);
    const other = await generateDemoExport({ seed: 7 });
    expect(other.zip.equals(zip)).toBe(false);
    const otherConnections = rowsOf((await unzip(other.zip)).get('Connections.csv') ?? '', 4);
    expect(otherConnections[0]?.URL).not.toBe(connections[0]?.URL);
  });

  it('names the archive like LinkedIn and holds the files of a Complete export', () => {
    expect(fileName).toBe('Complete_LinkedInDataExport_11-01-2026.zip');
    expect([...files.keys()].sort()).toEqual(
      [
        'Company Follows.csv',
        'Connections.csv',
        'Education.csv',
        'Email Addresses.csv',
        'Endorsement_Received_Info.csv',
        'Events.csv',
        'Invitations.csv',
        'Job Seeker Preferences.csv',
        'Jobs/Saved Jobs.csv',
        'PhoneNumbers.csv',
        'Positions.csv',
        'Profile.csv',
        'Recommendations_Given.csv',
        'Recommendations_Received.csv',
        'Shares.csv',
        'Skills.csv',
        'messages.csv',
      ].sort(),
    );
  });

  it('writes every file with the header docs/formats.md gives, UTF-8 without a BOM, LF line ends', () => {
    const expected: Record<string, string> = {
      'messages.csv':
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT',
      'Invitations.csv': 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
      'Endorsement_Received_Info.csv':
        'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
      'Recommendations_Received.csv':
        'First Name,Last Name,Company,Job Title,Text,Creation Date,Status',
      'Recommendations_Given.csv':
        'First Name,Last Name,Company,Job Title,Text,Creation Date,Status',
      'Company Follows.csv': 'Organization,Followed On',
      'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On',
      'Education.csv': 'School Name,Start Date,End Date,Notes,Degree Name,Activities',
      'Profile.csv':
        'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
      'Email Addresses.csv': 'Email Address,Confirmed,Primary,Updated On',
      'Skills.csv': 'Name',
      'Events.csv': 'Event Name,Event Time,Status,External Url',
      'Jobs/Saved Jobs.csv': 'Saved Date,Job Url,Job Title,Company Name',
      'PhoneNumbers.csv': 'Extension,Number,Type',
      'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
    };
    for (const [path, header] of Object.entries(expected)) {
      expect(headerOf(files.get(path) ?? ''), path).toBe(header);
    }
    const connectionsText = files.get('Connections.csv') ?? '';
    expect(connectionsText.split('\n').slice(0, 4)).toEqual([
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ]);
    // docs/formats.md lists the 2018 columns and notes 2024 has more before the last two.
    const preferences = headerOf(files.get('Job Seeker Preferences.csv') ?? '');
    expect(
      preferences.startsWith(
        'Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,Open To Recruiters,Dream Companies,Profile Shared With Job Poster,Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,Job Seeker Activity Level,',
      ),
    ).toBe(true);
    expect(preferences.endsWith(',Open Candidate Visibility,Job Seeking Urgency Level')).toBe(true);
    for (const [path, text] of files) {
      expect(text.charCodeAt(0), path).not.toBe(0xfeff);
      expect(text.includes('\r'), path).toBe(false);
      expect(text.endsWith('\n'), path).toBe(true);
    }
  });

  it('lists about 1,500 connections newest first with DD Mon YYYY dates', () => {
    expect(connections).toHaveLength(1500);
    const days = connections.map((c) => c['Connected On'] ?? '');
    for (const day of days) expect(day).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/);
    const instants = days.map(parseDayMonthYear);
    for (let i = 1; i < instants.length; i++) {
      expect(instants[i] ?? 0).toBeLessThanOrEqual(instants[i - 1] ?? 0);
    }
    expect(instants[0] ?? Infinity).toBeLessThan(exportMs);
    // Over ten years of a career.
    const years = (instants[0] ?? 0) - (instants[instants.length - 1] ?? 0);
    expect(years / (365 * 86_400_000)).toBeGreaterThan(10);
  });

  it('grows faster every year, as a real 2024 export did (56, 335, 564, 1,292, 1,514)', () => {
    const perYear = new Map<number, number>();
    for (const c of connections) {
      const year = Number((c['Connected On'] ?? '').slice(-4));
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    const fullYears = [2021, 2022, 2023, 2024, 2025].map((year) => perYear.get(year) ?? 0);
    for (let i = 1; i < fullYears.length; i++) {
      expect(fullYears[i] ?? 0).toBeGreaterThan(fullYears[i - 1] ?? 0);
    }
    // 2026 is partial (to November 1st): compare the daily rate.
    const rate2026 = (perYear.get(2026) ?? 0) / 304;
    expect(rate2026).toBeGreaterThan((perYear.get(2025) ?? 0) / 365);
    expect(fullYears[4] ?? 0).toBeGreaterThan(3 * (fullYears[1] ?? 0));
  });

  it('has 1.2 % rows blank except Connected On and 1.2 % with an email at reserved domains', () => {
    const blank = connections.filter(
      (c) => !c['First Name'] && !c['Last Name'] && !c.URL && !c.Company && !c.Position,
    );
    expect(share(blank.length, connections.length)).toBeCloseTo(0.012, 3);
    const emails = connections.map((c) => c['Email Address'] ?? '').filter((e) => e !== '');
    expect(share(emails.length, connections.length)).toBeCloseTo(0.012, 3);
    for (const email of emails) expect(email).toMatch(/@(example\.(com|org|net)|[a-z]+\.example)$/);
    expect(summary.blankConnections).toBe(blank.length);
  });

  it('writes LinkedIn profile URLs, some with non-ASCII slugs, raw or percent-encoded', () => {
    const urls = connections.map((c) => c.URL ?? '').filter((u) => u !== '');
    for (const url of urls) expect(url.startsWith('https://www.linkedin.com/in/')).toBe(true);
    expect(new Set(urls.map((u) => normaliseProfileUrl(u))).size).toBe(urls.length);
    const decoded = urls.map((u) => decodeURIComponent(u));
    expect(decoded.some((u) => /[^\x20-\x7e]/.test(u))).toBe(true);
    expect(urls.some((u) => /%[0-9A-F]{2}/.test(u))).toBe(true);
  });

  it('quotes credentials in last names and commas in companies and titles', () => {
    const text = files.get('Connections.csv') ?? '';
    const withCredentials = connections.filter((c) => (c['Last Name'] ?? '').includes(', '));
    expect(withCredentials.length).toBeGreaterThan(10);
    for (const c of withCredentials.slice(0, 5))
      expect(text).toContain(`"${c['Last Name'] ?? ''}"`);
    expect(connections.some((c) => (c.Company ?? '').includes(','))).toBe(true);
    expect(connections.some((c) => (c.Position ?? '').includes(','))).toBe(true);
  });

  it("has a long tail of companies whose head is the owner's employers and rivals", () => {
    const counts = new Map<string, number>();
    for (const c of connections) {
      if (c.Company) counts.set(c.Company, (counts.get(c.Company) ?? 0) + 1);
    }
    const withCompany = [...counts.values()].reduce((a, b) => a + b, 0);
    const sizes = [...counts.values()].sort((a, b) => b - a);
    const top10 = sizes.slice(0, 10).reduce((a, b) => a + b, 0);
    expect(share(top10, withCompany)).toBeGreaterThan(0.04);
    expect(share(top10, withCompany)).toBeLessThan(0.1);
    expect(share(sizes.filter((n) => n === 1).length, counts.size)).toBeGreaterThan(0.5);
    expect(share(counts.size, withCompany)).toBeGreaterThan(0.55);
    const employers = new Set(
      rowsOf(files.get('Positions.csv') ?? '').map((p) => p['Company Name']),
    );
    const head = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(head.filter(([name]) => employers.has(name)).length).toBeGreaterThanOrEqual(2);
  });

  it('mixes titles like a real network: recruiters, executives, directors, managers, students', () => {
    const titles = connections.map((c) => c.Position ?? '').filter((t) => t !== '');
    const counts = new Map<string, number>();
    for (const title of titles) {
      const cls = classifyTitle(title);
      counts.set(cls, (counts.get(cls) ?? 0) + 1);
    }
    const shareOf = (cls: string): number => share(counts.get(cls) ?? 0, titles.length);
    expect(shareOf('recruiting')).toBeGreaterThan(0.052);
    expect(shareOf('recruiting')).toBeLessThan(0.072);
    expect(shareOf('executive')).toBeGreaterThan(0.063);
    expect(shareOf('executive')).toBeLessThan(0.083);
    expect(shareOf('vp-director')).toBeGreaterThan(0.042);
    expect(shareOf('vp-director')).toBeLessThan(0.062);
    expect(shareOf('manager')).toBeGreaterThan(0.068);
    expect(shareOf('manager')).toBeLessThan(0.098);
    expect(shareOf('student')).toBeGreaterThan(0.016);
    expect(shareOf('student')).toBeLessThan(0.036);
    expect(titles.some((t) => t.startsWith('Sr. '))).toBe(true);
    expect(titles.some((t) => /\bVP\b/.test(t))).toBe(true);
    expect(titles.some((t) => /\bC[TEFO]O\b/.test(t))).toBe(true);
    expect(titles.some((t) => /\bMgr\b/.test(t))).toBe(true);
    expect(titles.some((t) => /Staff|Principal|Lead/.test(t))).toBe(true);
    expect(
      titles.some((t) =>
        /Directora|Geschäftsführer|Responsable|Ingeniera|Développeur|Softwareentwickl/.test(t),
      ),
    ).toBe(true);
  });

  it('messages about 10 % of connections, the owner sending two thirds of messages', () => {
    const sent = messages.filter((m) => m['IS MESSAGE DRAFT'] !== 'Yes');
    const connectionUrls = new Set(
      connections.map((c) => normaliseProfileUrl(c.URL ?? '')).filter((u) => u !== undefined),
    );
    const messaged = new Set<string>();
    for (const m of sent) {
      const urls = [
        m['SENDER PROFILE URL'] ?? '',
        ...(m['RECIPIENT PROFILE URLS'] ?? '').split(','),
      ];
      for (const url of urls) {
        const key = normaliseProfileUrl(url);
        if (key && connectionUrls.has(key)) messaged.add(key);
      }
    }
    expect(share(messaged.size, connections.length)).toBeGreaterThan(0.08);
    expect(share(messaged.size, connections.length)).toBeLessThan(0.12);
    const byOwner = messages.filter((m) => m.FROM === ownerName).length;
    expect(share(byOwner, messages.length)).toBeGreaterThan(0.61);
    expect(share(byOwner, messages.length)).toBeLessThan(0.71);
    const empty = messages.filter((m) => (m.CONTENT ?? '') === '').length;
    expect(share(empty, messages.length)).toBeGreaterThan(0.22);
    expect(share(empty, messages.length)).toBeLessThan(0.32);
    expect(messages).toHaveLength(Math.round((1500 * 2143) / 3761));
  });

  it('has heavy-tailed threads: median 2 messages, a long tail, the closest ties the busiest', () => {
    const perConversation = new Map<string, number>();
    for (const m of messages) {
      const id = m['CONVERSATION ID'] ?? '';
      perConversation.set(id, (perConversation.get(id) ?? 0) + 1);
    }
    const lengths = [...perConversation.values()].sort((a, b) => a - b);
    const at = (q: number): number => lengths[Math.floor(q * (lengths.length - 1))] ?? 0;
    expect(at(0.5)).toBe(2);
    expect(at(0.9)).toBeGreaterThanOrEqual(6);
    expect(at(0.9)).toBeLessThanOrEqual(14);
    expect(lengths[lengths.length - 1] ?? 0).toBeGreaterThan(40);
    // People at the owner's employers are far more often written to than the rest.
    const employers = new Set(
      rowsOf(files.get('Positions.csv') ?? '').map((p) => p['Company Name']),
    );
    const participants = new Set(
      messages.flatMap((m) => [
        m['SENDER PROFILE URL'] ?? '',
        ...(m['RECIPIENT PROFILE URLS'] ?? '').split(','),
      ]),
    );
    const named = connections.filter((c) => c.URL);
    const isMessaged = (c: Row): boolean => participants.has(decodeURIComponent(c.URL ?? ''));
    const colleagues = named.filter((c) => employers.has(c.Company ?? ''));
    const others = named.filter((c) => !employers.has(c.Company ?? ''));
    expect(share(colleagues.filter(isMessaged).length, colleagues.length)).toBeGreaterThan(
      2 * share(others.filter(isMessaged).length, others.length),
    );
  });

  it('keeps the quirks importers must survive: drafts, sponsored InMail, groups, commas in names', () => {
    expect(messages.filter((m) => m['IS MESSAGE DRAFT'] === 'Yes')).toHaveLength(12);
    const sponsored = messages.filter((m) => m['SENDER PROFILE URL'] === '');
    expect(sponsored.length).toBeGreaterThanOrEqual(2);
    for (const m of sponsored) {
      expect(m.CONTENT).toContain('<p class="spinmail-quill-editor__spin-break">');
      expect(m.CONTENT).toContain('%FIRSTNAME%');
    }
    expect(messages.some((m) => (m['RECIPIENT PROFILE URLS'] ?? '').split(',').length >= 2)).toBe(
      true,
    );
    expect(
      messages.some((m) => /, (Ph\.?D\.?|MBA|PMP|CPA|MSc|CFA|CISSP|MD|P\.Eng\.)/.test(m.TO ?? '')),
    ).toBe(true);
    for (const m of messages) {
      expect(m.DATE).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      expect(Date.parse((m.DATE ?? '').replace(' UTC', 'Z').replace(' ', 'T'))).toBeLessThan(
        exportMs,
      );
      expect(['INBOX', 'ARCHIVE']).toContain(m.FOLDER);
      expect(Buffer.from((m['CONVERSATION ID'] ?? '').slice(2), 'base64').toString()).toMatch(
        /^[0-9a-f]{36}_\d{3}$/,
      );
    }
  });

  it('has six months of invitations, nearly all outgoing, a few with a note', () => {
    const invitations = rowsOf(files.get('Invitations.csv') ?? '');
    const outgoing = invitations.filter((i) => i.Direction === 'OUTGOING');
    // docs/demo-data.md scaled: 1,545 outgoing and 51 incoming for 3,761 connections.
    expect(outgoing).toHaveLength(Math.round((1500 * 1545) / 3761));
    expect(share(outgoing.length, invitations.length)).toBeGreaterThan(0.95);
    const notes = invitations.filter((i) => (i.Message ?? '') !== '');
    expect(share(notes.length, invitations.length)).toBeGreaterThan(0.007);
    expect(share(notes.length, invitations.length)).toBeLessThan(0.025);
    for (const i of invitations) {
      expect(i['Sent At']).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
      const [month, day, year] = (i['Sent At'] ?? '').split(',')[0]?.split('/').map(Number) ?? [];
      const sent = Date.UTC(2000 + (year ?? 0), (month ?? 1) - 1, day ?? 1);
      expect(exportMs - sent).toBeLessThanOrEqual(183 * 86_400_000);
      expect(sent).toBeLessThan(exportMs);
    }
  });

  it("tells a coherent owner story in the owner's own files", () => {
    const positions = rowsOf(files.get('Positions.csv') ?? '');
    expect(positions.length).toBeGreaterThanOrEqual(5);
    expect(positions.filter((p) => p['Finished On'] === '')).toHaveLength(1);
    expect(positions[0]?.['Finished On']).toBe('');
    for (const p of positions) expect(p['Started On']).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    expect(new Set(positions.map((p) => p['Company Name'])).size).toBeGreaterThanOrEqual(4);
    const education = rowsOf(files.get('Education.csv') ?? '');
    expect(education).toHaveLength(1);
    expect(education[0]?.['End Date']).toMatch(/^\d{4}$/);
    const profile = rowsOf(files.get('Profile.csv') ?? '')[0];
    expect(profile?.Headline).not.toBe('');
    expect(profile?.Industry).not.toBe('');
    expect(profile?.['Geo Location']).not.toBe('');
    expect(profile?.['Birth Date']).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
    const emails = rowsOf(files.get('Email Addresses.csv') ?? '');
    expect(emails.filter((e) => e.Primary === 'Yes')).toHaveLength(1);
    expect(rowsOf(files.get('PhoneNumbers.csv') ?? '')[0]?.Number).toMatch(
      /^\+(1 \d{3} 555 01\d{2}|44 7700 900\d{3})$/,
    );
    expect(rowsOf(files.get('Skills.csv') ?? '').length).toBeGreaterThan(10);
  });

  it('states goals that point at companies in the network', () => {
    const preferences = rowsOf(files.get('Job Seeker Preferences.csv') ?? '')[0];
    expect(preferences?.['Job Seeking Urgency Level']).toBe('ACTIVELY_SEEKING');
    expect(preferences?.['Open To Recruiters']).toBe('Yes');
    expect(preferences?.['Job Titles']).toContain(' | ');
    const dream = (preferences?.['Dream Companies'] ?? '').split(' | ');
    expect(dream).toHaveLength(5);
    const companies = new Set(connections.map((c) => c.Company));
    for (const company of dream) expect(companies.has(company)).toBe(true);
    const saved = rowsOf(files.get('Jobs/Saved Jobs.csv') ?? '');
    expect(saved).toHaveLength(39);
    expect(
      share(saved.filter((j) => companies.has(j['Company Name'])).length, saved.length),
    ).toBeGreaterThan(0.5);
    for (const job of saved)
      expect(job['Job Url']).toMatch(/^https:\/\/www\.linkedin\.com\/jobs\/view\/\d{10}$/);
    const follows = rowsOf(files.get('Company Follows.csv') ?? '');
    expect(follows).toHaveLength(18);
    for (const f of follows)
      expect(f['Followed On']).toMatch(
        /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/,
      );
  });

  it('writes endorsements, recommendations, events and shares in their own date formats', () => {
    const endorsements = rowsOf(files.get('Endorsement_Received_Info.csv') ?? '');
    expect(endorsements.length).toBeGreaterThan(20);
    for (const e of endorsements) {
      expect(e['Endorsement Date']).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      expect(e['Endorser Public Url']).toMatch(/^www\.linkedin\.com\/in\//);
    }
    for (const path of ['Recommendations_Received.csv', 'Recommendations_Given.csv']) {
      const recommendations = rowsOf(files.get(path) ?? '');
      expect(recommendations.length).toBeGreaterThan(0);
      for (const r of recommendations) {
        expect(r['Creation Date']).toMatch(/^\d{2}\/\d{2}\/\d{2}, \d{2}:\d{2} (AM|PM)$/);
      }
    }
    const events = rowsOf(files.get('Events.csv') ?? '');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e['Event Time']).toMatch(
        /^[A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} (AM|PM) - [A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} (AM|PM)$/,
      );
    }
    const shares = rowsOf(files.get('Shares.csv') ?? '');
    expect(shares.length).toBeGreaterThanOrEqual(5);
    for (const s of shares) {
      expect(s.Date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(s.ShareLink).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn%3Ali%3A/);
    }
  });

  it('reports counts that match the files', () => {
    expect(summary.connections).toBe(connections.length);
    expect(summary.messages).toBe(messages.length);
    expect(summary.drafts).toBe(12);
    expect(summary.invitations).toBe(rowsOf(files.get('Invitations.csv') ?? '').length);
    expect(summary.files.find((f) => f.path === 'messages.csv')?.rows).toBe(messages.length);
  });
});

describe('demo export options', () => {
  it('dates the export and its archive name from exportDate, and keeps everything before it', async () => {
    const { fileName, zip } = await generateDemoExport({
      connections: 200,
      exportDate: '2025-03-15',
    });
    expect(fileName).toBe('Complete_LinkedInDataExport_03-15-2025.zip');
    const files = await unzip(zip);
    const first = rowsOf(files.get('Connections.csv') ?? '', 4)[0];
    expect(parseDayMonthYear(first?.['Connected On'] ?? '')).toBeLessThan(Date.UTC(2025, 2, 15));
    // Messages scale with connections when not given: 2,143 per 3,761.
    expect(rowsOf(files.get('messages.csv') ?? '')).toHaveLength(Math.round((200 * 2143) / 3761));
  });

  it('rejects options out of bounds as invalid input', async () => {
    for (const bad of [
      { connections: 30_001 },
      { connections: 2.5 },
      { messages: -1 },
      { exportDate: '2026-02-30' },
      { seed: Number.NaN },
    ]) {
      const error: unknown = await generateDemoExport(bad).catch((e: unknown) => e);
      expect(isAppError(error) && error.code === 'invalid-input', JSON.stringify(bad)).toBe(true);
    }
  });

  it('writes the zip into a directory and returns its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weakties-demo-'));
    try {
      const path = await writeDemoExport(join(dir, 'nested'), { connections: 50 });
      expect(path).toBe(join(dir, 'nested', 'Complete_LinkedInDataExport_11-01-2026.zip'));
      const { zip } = await generateDemoExport({ connections: 50 });
      expect((await readFile(path)).equals(zip)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
