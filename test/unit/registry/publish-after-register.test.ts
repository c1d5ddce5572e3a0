// When the alias move that follows a registration fails (someone moved the alias between the
// early guard check and the write), the error and the summary say exactly what was written.
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../src/common/errors.js';
import { afterRegistering, checkExpectedPrevious } from '../../../src/registry/s3registry/publish.js';
import { publishFailureSummary } from '../../../src/registry/s3registry/summary.js';

describe('a failed alias move after registering', () => {
  it('names the registered version and how to promote it, instead of "Nothing was changed"', async () => {
    const move = async () => checkExpectedPrevious('fraud', 'champion', 4, 3);
    const e = await afterRegistering('fraud', 5, 's3://models/reg/fraud/versions/5/files/', 'champion', move).catch((x: unknown) => x);
    expect((e as Error).message).toBe(
      'alias champion of fraud points to version 4, but `expected-previous-version` expects it to point to version 3: it was moved since that was read. ' +
        'Version 5 of fraud was registered (s3://models/reg/fraud/versions/5/files/), but alias champion was not moved to it: promote it with `version: 5` and `alias: champion` once you have decided.',
    );
    const summary = publishFailureSummary('fraud', e);
    expect(summary).toContain('Version 5 was registered (`s3://models/reg/fraud/versions/5/files/`); the alias was not moved.');
    expect(summary).not.toContain('No new version');
  });

  it('keeps other failures of the move, with the same account of what was written', async () => {
    const e = await afterRegistering('fraud', 2, 'models:/fraud/2', 'prod', async () => {
      throw new ServiceError('the tracking server refused the alias (HTTP 403).', 403);
    }).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/^the tracking server refused the alias \(HTTP 403\)\. Version 2 of fraud was registered \(models:\/fraud\/2\), but alias prod was not moved/);
  });

  it('lets a bug through as itself', async () => {
    const bug = new TypeError('x is undefined');
    await expect(afterRegistering('fraud', 2, 'u', 'prod', async () => Promise.reject(bug))).rejects.toBe(bug);
  });

  it('says nothing was written when nothing was', () => {
    expect(publishFailureSummary('fraud', new ServiceError('no such bucket'))).toContain('No new version or alias move is visible');
  });
});
