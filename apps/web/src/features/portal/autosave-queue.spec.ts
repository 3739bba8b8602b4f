import { describe, expect, it } from 'vitest';
import { parsePending, type AnswerBody, type Pending } from './autosave';
import { AutosaveQueue, type AutosaveDeps, type ServerState } from './autosave-queue';

class HttpFailure extends Error {
  constructor(
    readonly statusCode: number,
    readonly code?: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(`HTTP ${statusCode}`);
  }
}

type SaveResult = { version: number } | HttpFailure;

/** A fake server and clock: saves answer from a script, timers run when the test says so. */
function setup(initial: ServerState, restored: Pending = {}) {
  const calls: { version: number; answers: Record<string, AnswerBody>; keepalive: boolean }[] = [];
  const script: SaveResult[] = [];
  const timers: { fn: () => void; at: number }[] = [];
  let now = 0;
  let stored: string | null = null;
  let server: ServerState | null = initial;
  const stops: string[] = [];
  const deps: AutosaveDeps = {
    async save(version, answers, { keepalive }) {
      calls.push({ version, answers, keepalive });
      const next = script.shift() ?? { version: version + 1 };
      if (next instanceof HttpFailure) throw next;
      return next;
    },
    reload: async () => server,
    persist: (s) => (stored = s),
    setTimer: (fn, ms) => {
      const t = { fn, at: now + ms };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => timers.splice(timers.indexOf(t as (typeof timers)[number]) >>> 0, 1),
    onUpdate: () => {},
    onStop: (reason, code) => stops.push(code ? `${reason}:${code}` : reason),
    now: () => now,
    random: () => 0.5,
  };
  const queue = new AutosaveQueue(initial, deps, restored);
  /** Moves the clock on, firing due timers and letting their saves settle. */
  async function advance(ms: number) {
    now += ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers.splice(timers.indexOf(due), 1);
      due.fn();
      await settle();
    }
    await settle();
  }
  return {
    queue,
    calls,
    script,
    stops,
    advance,
    stored: () => parsePending(stored),
    setServer: (s: ServerState | null) => (server = s),
    nextTimer: () => Math.min(...timers.map((t) => t.at)) - now,
  };
}

async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('AutosaveQueue', () => {
  it('debounces edits into one save and keeps them on the device until saved', async () => {
    const t = setup({ version: 3, answers: {} });
    t.queue.change('Q1', { value: 'yes' });
    await t.advance(500);
    t.queue.change('Q2', { value: 7 });
    expect(t.stored()).toEqual({ Q1: { value: 'yes' }, Q2: { value: 7 } });
    await t.advance(799);
    expect(t.calls).toHaveLength(0);
    await t.advance(1);
    expect(t.calls).toEqual([
      { version: 3, answers: { Q1: { value: 'yes' }, Q2: { value: 7 } }, keepalive: false },
    ]);
    expect(t.queue.status).toBe('saved');
    expect(t.queue.server.version).toBe(4);
    expect(t.stored()).toEqual({});
  });

  it('retries with growing delays while offline, then saves', async () => {
    const t = setup({ version: 1, answers: {} });
    t.script.push(new HttpFailure(0), new HttpFailure(503));
    t.queue.change('Q1', { value: 'a' });
    await t.advance(800);
    expect(t.queue.status).toBe('offline');
    expect(t.nextTimer()).toBe(1000);
    await t.advance(1000);
    expect(t.queue.status).toBe('retrying');
    expect(t.nextTimer()).toBe(2000);
    expect(t.stored()).toEqual({ Q1: { value: 'a' } });
    await t.advance(2000);
    expect(t.queue.status).toBe('saved');
    expect(t.calls).toHaveLength(3);
    expect(t.stored()).toEqual({});
  });

  it('saves at once when the network comes back', async () => {
    const t = setup({ version: 1, answers: {} });
    t.script.push(new HttpFailure(0));
    t.queue.change('Q1', { value: 'a' });
    await t.advance(800);
    t.queue.retryNow();
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.queue.status).toBe('saved');
  });

  it('on a stale version reloads, re-applies local changes on top and saves again', async () => {
    const t = setup({ version: 1, answers: { Q1: { value: 'x' } } });
    t.script.push(new HttpFailure(409, 'STALE_VERSION'));
    t.setServer({
      version: 5,
      answers: { Q1: { value: 'x', comment: 'colleague' }, Q2: { value: 'theirs' } },
    });
    t.queue.change('Q1', { value: 'mine' });
    await t.advance(800);
    expect(t.calls.map((c) => c.version)).toEqual([1, 5]);
    expect(t.calls[1].answers).toEqual({ Q1: { value: 'mine', comment: 'colleague' } });
    expect(t.queue.answers).toEqual({
      Q1: { value: 'mine', comment: 'colleague' },
      Q2: { value: 'theirs' },
    });
    expect(t.queue.status).toBe('saved');
    expect(t.queue.conflictResolved).toBe(true);
  });

  it('backs off after repeated conflicts instead of ping-ponging', async () => {
    const t = setup({ version: 1, answers: {} });
    for (let i = 0; i < 4; i++) t.script.push(new HttpFailure(409, 'STALE_VERSION'));
    t.setServer({ version: 9, answers: {} });
    t.queue.change('Q1', { value: 'a' });
    await t.advance(800);
    expect(t.calls).toHaveLength(4);
    expect(t.queue.status).toBe('conflict');
    expect(t.stored()).toEqual({ Q1: { value: 'a' } });
    await t.advance(t.nextTimer());
    expect(t.queue.status).toBe('saved');
  });

  it('stops and forgets local changes once the response is submitted elsewhere', async () => {
    const t = setup({ version: 1, answers: {} });
    t.script.push(new HttpFailure(409, 'ALREADY_SUBMITTED'));
    t.queue.change('Q1', { value: 'a' });
    await t.advance(800);
    expect(t.queue.status).toBe('readonly');
    expect(t.stops).toEqual(['readonly:ALREADY_SUBMITTED']);
    expect(t.stored()).toEqual({});
    t.queue.change('Q1', { value: 'b' });
    await t.advance(5000);
    expect(t.calls).toHaveLength(1);
  });

  it('sets aside answers the server refuses and saves the rest', async () => {
    const t = setup({ version: 1, answers: {} });
    t.script.push(
      new HttpFailure(400, 'VALIDATION_FAILED', [{ path: 'answers.Q2', message: 'bad' }]),
    );
    t.queue.change('Q1', { value: 'a' });
    t.queue.change('Q2', { value: 'zzz' });
    await t.advance(800);
    expect(t.calls[1].answers).toEqual({ Q1: { value: 'a' } });
    expect(t.queue.rejected).toEqual({ Q2: { value: 'zzz' } });
    expect(t.queue.answers.Q2).toEqual({ value: 'zzz' });
    t.queue.change('Q2', { comment: 'fixed' });
    await t.advance(800);
    expect(t.calls[2].answers).toEqual({ Q2: { value: 'zzz', comment: 'fixed' } });
  });

  it('re-applies changes left on the device by an earlier visit, skipping those already saved', async () => {
    const t = setup(
      { version: 2, answers: { Q1: { value: 'a' } } },
      { Q1: { value: 'a' }, Q2: { value: 'b' } },
    );
    expect(t.queue.restored).toBe(1);
    await t.advance(0);
    expect(t.calls).toEqual([{ version: 2, answers: { Q2: { value: 'b' } }, keepalive: false }]);
  });

  it('confirms a carried-over answer by saving the same value', async () => {
    const t = setup({ version: 1, answers: { Q1: { value: 'yes', needsConfirmation: true } } });
    t.queue.change('Q1', { value: 'yes' });
    expect(t.queue.answers.Q1.needsConfirmation).toBeUndefined();
    await t.advance(800);
    expect(t.calls[0].answers).toEqual({ Q1: { value: 'yes' } });
  });

  it('keeps edits made while a save is out for the next save', async () => {
    const t = setup({ version: 1, answers: {} });
    t.queue.change('Q1', { value: 'a' });
    const flushing = t.queue.flush({ all: false });
    t.queue.change('Q1', { value: 'ab' });
    await flushing;
    expect(t.queue.unsaved).toBe(1);
    await t.advance(800);
    expect(t.calls.map((c) => c.answers.Q1.value)).toEqual(['a', 'ab']);
    expect(t.queue.unsaved).toBe(0);
  });

  it('flushes everything with keepalive when the page goes away', async () => {
    const t = setup({ version: 1, answers: {} });
    t.queue.change('Q1', { value: 'a' });
    expect(await t.queue.flush({ all: true, keepalive: true })).toBe(true);
    expect(t.calls[0].keepalive).toBe(true);
  });
});
