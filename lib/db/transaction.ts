/**
 * Runs work inside a readwrite transaction so that it is all or nothing: if the
 * work throws (a record fails validation, a lookup fails), the transaction is
 * aborted and nothing it wrote is kept. Without this, writes queued before the
 * error would still commit when the transaction goes idle.
 */
export async function allOrNothing<T>(tx: { abort(): void; done: Promise<void> }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    throw error;
  }
}
