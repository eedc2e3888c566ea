import { describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.js';
import { queueImport } from './import-queue.js';

// The queue keys on the store object only; these tests never touch a database.
const fakeStore = (): Store => ({ location: ':memory:' }) as unknown as Store;

describe('queueImport', () => {
  it('runs one import at a time on a store, in the order they arrived', async () => {
    const store = fakeStore();
    const events: string[] = [];
    let running = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      events.push(`start ${name} (${running} running)`);
      await new Promise((done) => setTimeout(done, ms));
      running -= 1;
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      queueImport(store, task('a', 20)),
      queueImport(store, task('b', 1)),
      queueImport(store, task('c', 5)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual([
      'start a (1 running)',
      'end a',
      'start b (1 running)',
      'end b',
      'start c (1 running)',
      'end c',
    ]);
  });

  it('goes on after a failed import, which only its caller sees', async () => {
    const store = fakeStore();
    const failed = queueImport(store, () => Promise.reject(new Error('bad zip')));
    const next = queueImport(store, () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('bad zip');
    await expect(next).resolves.toBe('ok');
  });

  it('lets imports into different stores run side by side', async () => {
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 10));
      running -= 1;
    };
    await Promise.all([queueImport(fakeStore(), task), queueImport(fakeStore(), task)]);
    expect(most).toBe(2);
  });
});
