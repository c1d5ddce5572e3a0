// model-cd's own rules for ML serving images (MCD codes), in code order.
import type { Rule } from '../../rule.js';
import { MCD1001 } from './MCD1001.js';
import { MCD1002 } from './MCD1002.js';
import { MCD1003 } from './MCD1003.js';
import { MCD1004 } from './MCD1004.js';
import { MCD1005 } from './MCD1005.js';
import { MCD1006 } from './MCD1006.js';

export const mlRules: Rule[] = [MCD1001, MCD1002, MCD1003, MCD1004, MCD1005, MCD1006];
