// The update-in-place rule of pull-request comments, against an in-memory stand-in for the
// issue-comments API (the seam restComments() implements over GitHub's REST API).
import { describe, expect, it } from 'vitest';
import { marker, pullRequestNumber, upsertComment, type IssueComments } from '../../../src/github/comment.js';

function memory(initial: { id: number; body: string }[] = []): IssueComments & { comments: { id: number; body: string }[] } {
  const comments = [...initial];
  let next = 100;
  return {
    comments,
    list: async () => comments.map((c) => ({ ...c })),
    create: async (body) => {
      const c = { id: next++, body };
      comments.push(c);
      return { id: c.id };
    },
    update: async (id, body) => {
      const c = comments.find((x) => x.id === id);
      if (!c) throw new Error(`no comment ${id}`);
      c.body = body;
      return { id };
    },
  };
}

describe('upsertComment', () => {
  it('creates the comment once, then updates that one on every re-run', async () => {
    const api = memory([{ id: 1, body: 'a human wrote this' }]);
    expect(await upsertComment(api, 'test-model', 'first')).toEqual({ id: 100, action: 'created' });
    expect(await upsertComment(api, 'test-model', 'second')).toEqual({ id: 100, action: 'updated' });
    expect(api.comments).toEqual([
      { id: 1, body: 'a human wrote this' },
      { id: 100, body: `${marker('test-model')}\nsecond` },
    ]);
  });

  it('keeps comments of other keys apart, and updates the newest of ours when two exist', async () => {
    const api = memory([
      { id: 5, body: `${marker('test-model')}\nold` },
      { id: 9, body: `${marker('test-model')}\nnewer` },
      { id: 7, body: `${marker('check-drift')}\ndrift` },
      { id: 8, body: `quoting ${marker('test-model')} is not ours` },
    ]);
    expect(await upsertComment(api, 'test-model', 'now')).toEqual({ id: 9, action: 'updated' });
    expect(api.comments.find((c) => c.id === 7)?.body).toBe(`${marker('check-drift')}\ndrift`);
    expect(api.comments.find((c) => c.id === 5)?.body).toBe(`${marker('test-model')}\nold`);
  });
});

describe('pullRequestNumber', () => {
  it('reads pull_request events and comments on pull requests, nothing else', () => {
    expect(pullRequestNumber({ pull_request: { number: 42 } })).toBe(42);
    expect(pullRequestNumber({ issue: { number: 7, pull_request: {} } })).toBe(7);
    expect(pullRequestNumber({ issue: { number: 7 } })).toBeNull();
    expect(pullRequestNumber({ ref: 'refs/heads/main' })).toBeNull();
    expect(pullRequestNumber(null)).toBeNull();
    expect(pullRequestNumber({ pull_request: { number: '42' } })).toBeNull();
  });
});
