/**
 * Runs work inside a readwrite transaction so that it is all or nothing: if the
 * work throws (a record fails validation, a lookup fails), the transaction is
 * aborted and nothing it wrote is kept. Without this, writes queued before the
 * error would still commit when the transaction goes idle.
 */
export async function allOrNothing<T>(tx: { abort(): void; done: Promise<void> }, work: () => Promise<T>): Promise<T> {
  // A failed request rejects `done` at once, while `work` may still wait for a
  // request that fails only when the abort lands: mark it handled now (it is
  // still awaited below) so that window is not an unhandled rejection.
  tx.done.catch(() => undefined);
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    throw error;
  }
}
