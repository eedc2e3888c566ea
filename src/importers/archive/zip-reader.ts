/**
 * Reads entries of an untrusted zip (the LinkedIn export as downloaded, a WhatsApp chat zip) with
 * bounds (docs/architecture.md, "bound sizes on input (zip entries, line lengths, file counts)"):
 * entry count, declared and real size per entry, total bytes read and compression ratio.
 * yauzl's validateEntrySizes makes an entry that inflates to more than it declared fail.
 *
 * A zip that is truncated, corrupt or hostile (a zip bomb) throws one AppError naming the archive,
 * so nothing of it is imported: once an archive lies about one entry, none of it is trusted.
 * An entry that is merely unreadable (encrypted, an exotic compression method) is reported by
 * `isReadable` and left to the caller.
 */
import yauzl from 'yauzl';
import { AppError } from '../../core/app-error.js';

export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio accepted for entries above `ratioCheckFromBytes`. */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

/**
 * Design choices (issue 3, "Bad input"): a 2024 export has about 45 files and its largest CSV is
 * tens of MB, so 10,000 entries, 1 GiB per entry and 4 GiB in all are generous. CSV text deflates
 * about 5-20 to 1; deflate cannot exceed about 1,032 to 1, so a ratio over 200 on an entry above
 * 16 MiB is a bomb, not an export.
 */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 4 * 1024 ** 3,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 16 * 1024 ** 2,
};

export interface ZipEntryInfo {
  /** Path inside the archive, with `/` separators. */
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** False for encrypted entries and compression methods yauzl cannot inflate. */
  isReadable: boolean;
}

export interface OpenedZip {
  /** The archive's name as the user gave it, used in every message. */
  readonly label: string;
  /** Files only; folder entries are left out. */
  readonly entries: readonly ZipEntryInfo[];
  read(entry: ZipEntryInfo): Promise<Uint8Array>;
  close(): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GiB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/** Opens a zip from a path or from bytes; throws AppError when it is not a readable zip. */
export async function openZip(
  source: string | Uint8Array,
  label: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<OpenedZip> {
  const options: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    zip =
      typeof source === 'string'
        ? await yauzl.openPromise(source, options)
        : await yauzl.fromBufferPromise(
            Buffer.from(source.buffer, source.byteOffset, source.byteLength),
            options,
          );
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `${label} is not a readable zip archive (is the download complete?): ${describe(error)}`,
    );
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new AppError(
      'too-large',
      `${label} lists ${zip.entryCount.toLocaleString('en-US')} entries, more than the ${limits.maxEntries.toLocaleString('en-US')} weakties reads from one archive; nothing was imported from it.`,
    );
  }

  const byName = new Map<string, yauzl.Entry>();
  const entries: ZipEntryInfo[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      byName.set(entry.fileName, entry);
      entries.push({
        name: entry.fileName,
        uncompressedSize: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        isReadable: !entry.isEncrypted() && entry.canDecodeFileData(),
      });
    }
  } catch (error) {
    zip.close();
    throw new AppError(
      'invalid-input',
      `${label} is damaged or truncated: ${describe(error)}; nothing was imported from it.`,
    );
  }

  let totalRead = 0;
  const tooLarge = (name: string, why: string): AppError =>
    new AppError(
      'too-large',
      `${label}: ${name} ${why}; this looks like a zip bomb, so nothing was imported from ${label}.`,
    );

  return {
    label,
    entries,
    close: () => zip.close(),
    async read(info: ZipEntryInfo): Promise<Uint8Array> {
      const entry = byName.get(info.name);
      if (!entry) throw new Error(`no entry ${info.name} in ${label}`);
      const size = entry.uncompressedSize;
      if (size > limits.maxEntryBytes) {
        throw tooLarge(
          info.name,
          `would unpack to ${sizeText(size)}, more than the ${sizeText(limits.maxEntryBytes)} allowed per file`,
        );
      }
      if (totalRead + size > limits.maxTotalBytes) {
        throw tooLarge(
          info.name,
          `would bring the total unpacked to over ${sizeText(limits.maxTotalBytes)}`,
        );
      }
      if (
        size >= limits.ratioCheckFromBytes &&
        size > entry.compressedSize * limits.maxCompressionRatio
      ) {
        throw tooLarge(
          info.name,
          `unpacks ${Math.round(size / Math.max(1, entry.compressedSize))} times larger than it is packed`,
        );
      }
      const out = new Uint8Array(size);
      let offset = 0;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream) {
          if (!(chunk instanceof Uint8Array) || offset + chunk.length > size) {
            stream.destroy();
            throw tooLarge(
              info.name,
              `holds more than the ${size.toLocaleString('en-US')} bytes it declares`,
            );
          }
          out.set(chunk, offset);
          offset += chunk.length;
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        const message = describe(error);
        if (/too many bytes/i.test(message)) {
          throw tooLarge(
            info.name,
            `holds more than the ${size.toLocaleString('en-US')} bytes it declares`,
          );
        }
        throw new AppError(
          'invalid-input',
          `${label}: ${info.name} could not be unpacked (${message}); nothing was imported from ${label}.`,
        );
      }
      if (offset !== size) {
        throw new AppError(
          'invalid-input',
          `${label}: ${info.name} is shorter than it declares; nothing was imported from ${label}.`,
        );
      }
      totalRead += size;
      return out;
    },
  };
}
