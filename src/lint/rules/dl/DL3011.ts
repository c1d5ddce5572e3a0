import { eachInstruction, type Rule } from '../../rule.js';

// language-docker reads ports as Haskell `Int`: a number past 2^63 wraps, and hadolint compares the wrapped value.
const validPort = (digits: string) => BigInt.asIntN(64, BigInt(digits)) <= 65535n;

/** A port or numeric range of EXPOSE; ports or ranges with a variable are not checked. */
function validSpec(word: string): boolean {
  const m = /^(\d+)(?:-(\d+))?(?:\/(?:tcp|udp))?$/i.exec(word);
  if (!m) return true;
  return validPort(m[1] as string) && (m[2] === undefined || validPort(m[2]));
}

export const DL3011: Rule = {
  code: 'DL3011',
  severity: 'error',
  message: 'Valid UNIX ports range from 0 to 65535',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'EXPOSE' || inst.args.split(/\s+/).filter(Boolean).every(validSpec), { onbuild: false }),
};
