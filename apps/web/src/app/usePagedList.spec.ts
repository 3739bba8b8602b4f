import { describe, expect, it } from 'vitest';
import { usePagedList } from './usePagedList';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('usePagedList', () => {
  it('keeps only the newest page when requests overlap', async () => {
    const calls: { page: number; signal: AbortSignal; d: ReturnType<typeof deferred<string>> }[] = [];
    const paged = usePagedList((page: number, signal) => {
      const d = deferred<string>();
      calls.push({ page, signal, d });
      return d.promise;
    });
    const first = paged.loadList(1);
    const second = paged.loadList(2);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(paged.listLoading.value).toBe(true);
    calls[1]!.d.resolve('page 2');
    await second;
    calls[0]!.d.resolve('page 1');
    await first;
    expect(paged.list.value).toBe('page 2');
    expect(paged.listLoading.value).toBe(false);
  });

  it('passes errors of the current request on, and swallows those of a cancelled one', async () => {
    const calls: ReturnType<typeof deferred<string>>[] = [];
    const paged = usePagedList(() => {
      const d = deferred<string>();
      calls.push(d);
      return d.promise;
    });
    const first = paged.loadList(1);
    const second = paged.loadList(2);
    calls[0]!.reject(new DOMException('aborted', 'AbortError'));
    await expect(first).resolves.toBeUndefined();
    calls[1]!.reject(new Error('boom'));
    await expect(second).rejects.toThrow('boom');
    expect(paged.listLoading.value).toBe(false);
    expect(paged.list.value).toBeNull();
  });
});
