// One pull-request comment per purpose, updated in place on re-runs: found by a hidden marker in
// its body, created when there is none. The REST calls sit behind a small interface so the
// upsert rule is tested without GitHub; restComments() is the client for the real API.
import { ServiceError } from '../common/errors.js';
import { fetchWithRetry } from '../common/http.js';

export interface IssueComments {
  /** Every comment of the issue or pull request (all pages). */
  list(): Promise<{ id: number; body: string }[]>;
  create(body: string): Promise<{ id: number }>;
  update(id: number, body: string): Promise<{ id: number }>;
}

/** The marker that identifies our comment; invisible in rendered Markdown. */
export const marker = (key: string) => `<!-- model-cd:${key} -->`;

/** Creates the comment, or updates the one a previous run wrote; returns its id and what happened. */
export async function upsertComment(api: IssueComments, key: string, body: string): Promise<{ id: number; action: 'created' | 'updated' }> {
  const tag = marker(key);
  const full = `${tag}\n${body}`;
  const mine = (await api.list()).filter((c) => c.body.startsWith(tag));
  // The newest, if earlier runs raced and left two.
  const existing = mine.sort((a, b) => b.id - a.id)[0];
  if (existing) return { id: (await api.update(existing.id, full)).id, action: 'updated' };
  return { id: (await api.create(full)).id, action: 'created' };
}

/** The pull request a workflow run is about, from the event payload; null outside pull requests. */
export function pullRequestNumber(event: unknown): number | null {
  const e = event as { pull_request?: { number?: unknown }; issue?: { number?: unknown; pull_request?: unknown } } | null;
  const n = e?.pull_request?.number ?? (e?.issue?.pull_request ? e.issue.number : undefined);
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The REST API (GITHUB_API_URL) for one issue's comments, authenticated with `token`. */
export function restComments(apiUrl: string, repository: string, issue: number, token: string): IssueComments {
  const base = `${apiUrl.replace(/\/+$/, '')}/repos/${repository}/issues`;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'content-type': 'application/json' };
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetchWithRetry(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }, { attempts: method === 'POST' ? 1 : 3, timeoutMs: 30_000 });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      const hint = res.status === 403 || res.status === 404 ? ' Give the job `permissions: pull-requests: write` and pass `github-token: ${{ github.token }}`.' : '';
      throw new ServiceError(`GitHub answered ${method} ${url.replace(apiUrl, '')} with HTTP ${res.status} (${text.slice(0, 160).replace(/\s+/g, ' ')}).${hint}`, res.status);
    }
    return (await res.json()) as T;
  };
  return {
    async list() {
      const out: { id: number; body: string }[] = [];
      for (let page = 1; page <= 50; page++) {
        const batch = await call<{ id: number; body?: string | null }[]>('GET', `${base}/${issue}/comments?per_page=100&page=${page}`);
        out.push(...batch.map((c) => ({ id: c.id, body: c.body ?? '' })));
        if (batch.length < 100) break;
      }
      return out;
    },
    create: (body) => call<{ id: number }>('POST', `${base}/${issue}/comments`, { body }),
    update: (id, body) => call<{ id: number }>('PATCH', `${base}/comments/${id}`, { body }),
  };
}
