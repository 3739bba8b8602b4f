import { describe, expect, it } from 'vitest';
import {
  addChange,
  applyPending,
  backoffDelay,
  classifyFailure,
  type FailureLike,
  debounceDelay,
  invalidQuestionIds,
  linkTag,
  mergePending,
  parsePending,
  prunePending,
  serializePending,
  storageKey,
  toRequest,
  withoutSent,
} from './autosave';

describe('pending changes', () => {
  it('keeps the fields of earlier changes that a later one does not touch', () => {
    let p = addChange({}, 'Q1', { value: 'yes' });
    p = addChange(p, 'Q1', { comment: 'since 2020' });
    p = addChange(p, 'Q1', { value: 'no' });
    expect(p).toEqual({ Q1: { value: 'no', comment: 'since 2020' } });
  });

  it('merges field by field, the newer set winning', () => {
    const merged = mergePending(
      { Q1: { value: 'a', comment: 'x' }, Q2: { value: 1 } },
      { Q1: { value: 'b' }, Q3: { value: null } },
    );
    expect(merged).toEqual({
      Q1: { value: 'b', comment: 'x' },
      Q2: { value: 1 },
      Q3: { value: null },
    });
  });

  it('shows pending changes over the server answers and drops the confirmation flag', () => {
    const server = {
      Q1: { value: 'yes', comment: 'old', needsConfirmation: true },
      Q2: { value: 3 },
    };
    const view = applyPending(server, { Q1: { value: 'yes' }, Q2: { comment: 'per site' } });
    expect(view).toEqual({
      Q1: { value: 'yes', comment: 'old' },
      Q2: { value: 3, comment: 'per site' },
    });
  });

  it('sends whole answers, filling untouched fields from the server (a colleague’s comment survives)', () => {
    const server = { Q1: { value: 'yes', comment: 'by Sato' }, Q2: { value: ['a'] } };
    expect(
      toRequest(server, { Q1: { value: 'no' }, Q2: { comment: '' }, Q3: { comment: 'n/a' } }),
    ).toEqual({
      Q1: { value: 'no', comment: 'by Sato' },
      Q2: { value: ['a'] },
      Q3: { value: null, comment: 'n/a' },
    });
  });

  it('clears an answer with null', () => {
    expect(toRequest({ Q1: { value: 'yes' } }, { Q1: { value: null } })).toEqual({
      Q1: { value: null },
    });
  });
});

describe('prunePending', () => {
  it('drops changes the server already has, arrays compared by content', () => {
    const server = { Q1: { value: ['a', 'b'] }, Q2: { value: 'x', comment: 'c' } };
    expect(
      prunePending(server, {
        Q1: { value: ['a', 'b'] },
        Q2: { value: 'y', comment: 'c' },
        Q3: { value: null, comment: '' },
      }),
    ).toEqual({
      Q2: { value: 'y' },
    });
  });

  it('keeps saving the same value of a carried-over answer: that is how it is confirmed', () => {
    const server = { Q1: { value: 'yes', needsConfirmation: true } };
    expect(prunePending(server, { Q1: { value: 'yes' } })).toEqual({ Q1: { value: 'yes' } });
  });
});

describe('withoutSent', () => {
  it('removes what was saved and keeps what was typed while the request was out', () => {
    const sent = { Q1: { value: 'a' }, Q2: { value: 'b', comment: 'c' } };
    const now = { Q1: { value: 'a2' }, Q2: { value: 'b', comment: 'c' }, Q3: { value: 1 } };
    expect(withoutSent(now, sent)).toEqual({ Q1: { value: 'a2' }, Q3: { value: 1 } });
  });
});

describe('re-applying after a conflict (409)', () => {
  it('lays local changes on the reloaded answers: theirs stay where we changed nothing', () => {
    const reloaded = { Q1: { value: 'theirs' }, Q2: { value: 'theirs', comment: 'their note' } };
    const pending = prunePending(reloaded, { Q2: { value: 'mine' }, Q3: { value: 5 } });
    expect(toRequest(reloaded, pending)).toEqual({
      Q2: { value: 'mine', comment: 'their note' },
      Q3: { value: 5 },
    });
    expect(applyPending(reloaded, pending).Q1).toEqual({ value: 'theirs' });
  });

  it('sends nothing when the other save already holds the same answers', () => {
    const reloaded = { Q1: { value: 'yes' } };
    expect(prunePending(reloaded, { Q1: { value: 'yes' } })).toEqual({});
  });
});

describe('classifyFailure', () => {
  it.each([
    [{ statusCode: 0 }, 'retry'],
    [{ statusCode: 502 }, 'retry'],
    [{ statusCode: 503 }, 'retry'],
    [{ statusCode: 429 }, 'retry'],
    [{ statusCode: 409, code: 'STALE_VERSION' }, 'rebase'],
    [{ statusCode: 409, code: 'ALREADY_SUBMITTED' }, 'readonly'],
    [{ statusCode: 409, code: 'CAMPAIGN_CLOSED' }, 'readonly'],
    [{ statusCode: 404 }, 'gone'],
    [{ statusCode: 400, issues: [{ path: 'answers.LAB-03' }] }, 'invalid'],
    [{ statusCode: 400 }, 'stop'],
    [{ statusCode: 413 }, 'stop'],
  ] as [FailureLike, string][])('%j → %s', (failure, action) => {
    expect(classifyFailure(failure)).toBe(action);
  });

  it('reads question ids from issue paths', () => {
    expect(
      invalidQuestionIds({
        statusCode: 400,
        issues: [{ path: 'answers.LAB-03' }, { path: 'GEN-01' }, { path: 'answers.LAB-03' }],
      }),
    ).toEqual(['LAB-03', 'GEN-01']);
  });
});

describe('timing', () => {
  it('backs off exponentially up to 30 s, with jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => backoffDelay(n, mid))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(backoffDelay(1, () => 0)).toBe(800);
    expect(backoffDelay(1, () => 1)).toBe(1200);
  });

  it('debounces 800 ms but never holds a change longer than 5 s', () => {
    expect(debounceDelay(1_000, 1_000)).toBe(800);
    expect(debounceDelay(5_500, 1_000)).toBe(500);
    expect(debounceDelay(9_000, 1_000)).toBe(0);
  });
});

describe('the device copy', () => {
  it('round-trips and is gone when nothing is pending', () => {
    const p = { Q1: { value: ['a'] }, Q2: { comment: 'x' }, Q3: { value: null } };
    expect(parsePending(serializePending(p))).toEqual(p);
    expect(serializePending({})).toBeNull();
  });

  it('ignores anything malformed rather than sending it', () => {
    expect(parsePending('{')).toEqual({});
    expect(parsePending(JSON.stringify({ v: 99, pending: { Q1: { value: 'a' } } }))).toEqual({});
    expect(
      parsePending(
        JSON.stringify({
          v: 1,
          pending: { Q1: { value: { evil: 1 } }, Q2: 'x', Q3: { value: [1] }, Q4: { value: 2 } },
        }),
      ),
    ).toEqual({
      Q4: { value: 2 },
    });
  });

  it('is keyed by campaign and a tag of the link, never the token itself', () => {
    const token = 'eqFOUkQcrhQ8WFc7e7cKMpm4TvILvL8UO3H9AUvMYRI';
    const key = storageKey('c-1', linkTag(token));
    expect(key).not.toContain(token);
    expect(linkTag(token)).toBe(linkTag(token));
    expect(linkTag(token)).not.toBe(linkTag(`${token.slice(0, -1)}J`));
  });
});
