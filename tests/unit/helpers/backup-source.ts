/** A backup file in memory, delivered as a stream in chunks of the given sizes (so lines and characters are cut across them). */
import type { BackupSource } from '../../../lib/import-export/backup-reader';

export function backupSourceOf(bytes: Uint8Array, options: { chunkSizes?: readonly number[]; wholeText?: 'allowed' | 'refused' } = {}): BackupSource {
  const sizes = options.chunkSizes?.length ? options.chunkSizes : [65_536];
  return {
    size: bytes.length,
    text: () =>
      options.wholeText === 'refused'
        ? Promise.reject(new Error('the backup was read whole instead of streamed'))
        : Promise.resolve(new TextDecoder().decode(bytes)),
    stream: () =>
      new ReadableStream<Uint8Array<ArrayBuffer>>({
        start(controller) {
          for (let at = 0, k = 0; at < bytes.length; k++) {
            const size = sizes[k % sizes.length] ?? 65_536;
            controller.enqueue(bytes.slice(at, at + size));
            at += size;
          }
          controller.close();
        },
      }),
  };
}
