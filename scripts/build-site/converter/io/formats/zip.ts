// A zip archive checked before any library inflates it: docx and xlsx
// readers (mammoth, exceljs) inflate every entry into memory, so a zip bomb
// (a few kB that inflate to gigabytes, or a million entries) would take the
// ingest down. Every entry is inflated here once, as a stream, counting
// bytes, and the archive is refused as soon as a bound is passed.
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Most entries an archive may hold. */
  entries: number;
  /** Most bytes all its entries may inflate to. */
  bytes: number;
}

/** A docx or xlsx of hundreds of pages inflates to a few tens of MB; these leave room. */
export const ZIP_LIMITS: ZipLimits = { entries: 5_000, bytes: 200_000_000 };

/** Null when the archive is within the limits; otherwise what is wrong with it. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<string | null> {
  return new Promise((resolve) => {
    let entries = 0;
    let inflated = 0;
    let settled = false;
    const done = (problem: string | null, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zip?.close();
      resolve(problem);
    };
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return done(`not a readable zip archive (${error?.message ?? 'no archive'}): the file is truncated or corrupt`);
      if (zip.entryCount > limits.entries) return done(`holds ${zip.entryCount} entries (at most ${limits.entries}): refused as a possible zip bomb`, zip);
      zip.on('error', (e: Error) => done(`not a readable zip archive (${e.message}): the file is truncated or corrupt`, zip));
      zip.on('end', () => done(null, zip));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > limits.entries) return done(`holds more than ${limits.entries} entries: refused as a possible zip bomb`, zip);
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        if (inflated + entry.uncompressedSize > limits.bytes) {
          return done(
            `would inflate to more than ${limits.bytes / 1e6} MB (${entry.fileName} alone declares ${(entry.uncompressedSize / 1e6).toFixed(0)} MB): refused as a possible zip bomb`,
            zip,
          );
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return done(`entry ${entry.fileName} cannot be read (${streamError?.message}): the file is truncated or corrupt`, zip);
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > limits.bytes) {
              stream.destroy();
              done(`inflates to more than ${limits.bytes / 1e6} MB: refused as a possible zip bomb`, zip);
            }
          });
          stream.on('error', (e: Error) => done(`entry ${entry.fileName} cannot be inflated (${e.message}): the file is truncated or corrupt`, zip));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}

/** The named entries of an archive already checked by checkZip, inflated; a missing one is absent from the map. */
export function readZipEntries(bytes: Uint8Array, names: string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const found = new Map<string, Buffer>();
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no archive'));
      zip.on('error', reject);
      zip.on('end', () => resolve(found));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!names.includes(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const parts: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => parts.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
