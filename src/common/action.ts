// Runs an action entry with the error policy of DESIGN.md: a ConfigurationError is the user's to
// fix (one error line naming input, value and fix; exit 1; no stack), anything else is ours
// (message as error, stack in the debug log; exit 1).
import { ConfigurationError } from './errors.js';
import type { ActionIO } from './io.js';

export async function runAction(io: ActionIO, main: (io: ActionIO) => Promise<number>): Promise<number> {
  try {
    return await main(io);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.annotate('error', e.message);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      io.annotate('error', `unexpected failure: ${err.message}. Please report it with the debug log (re-run with debug logging).`);
      io.debug(err.stack ?? String(err));
    }
    return 1;
  }
}
