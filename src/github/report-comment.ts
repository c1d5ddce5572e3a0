// A report as one pull-request comment, on a runner: the pull request comes from the event file
// (GITHUB_EVENT_PATH), the API and repository from the runner's variables.
import { readFile } from 'node:fs/promises';
import type { ActionIO } from '../common/io.js';
import { pullRequestNumber, restComments, upsertComment } from './comment.js';

/**
 * With a token, on a pull request: the report as one comment, updated in place on re-runs. A
 * comment that cannot be written is a warning, not a failed step.
 */
export async function commentOnPullRequest(io: ActionIO, token: string, key: string, md: string): Promise<void> {
  if (!token) return;
  const env = io.env;
  let event: unknown = null;
  try {
    event = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) : null;
  } catch {
    // No readable event: not a pull request as far as we can tell.
  }
  const pr = pullRequestNumber(event);
  if (!pr || !env.GITHUB_REPOSITORY) {
    io.info('github-token is set but this run is not about a pull request: no comment.');
    return;
  }
  // GitHub refuses bodies over 65536 characters; the folded details go first.
  const body = md.length > 60_000 ? `${md.split('<details>')[0]}\n\n(The full report is too long for a comment: see the job summary.)` : md;
  try {
    const api = restComments(env.GITHUB_API_URL || 'https://api.github.com', env.GITHUB_REPOSITORY, pr, token);
    const done = await upsertComment(api, key, body);
    io.info(`Pull request #${pr}: comment ${done.id} ${done.action}.`);
  } catch (e) {
    io.warning(`Could not comment on pull request #${pr}: ${(e as Error).message}`);
  }
}
