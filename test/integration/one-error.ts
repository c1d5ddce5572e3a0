// What a user must see when a step fails for a reason outside our code: exit 1, exactly one
// `::error::`, no stack trace and no "unexpected failure". Returns that error's message.
import { expect } from 'vitest';
import type { StepResult } from '../harness.js';

export function oneError(r: StepResult): string {
  expect(r.exitCode, r.stdout + r.stderr).toBe(1);
  const said = r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
  expect(said, r.stdout).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |TypeError|unexpected failure/);
  return said[0] as string;
}
