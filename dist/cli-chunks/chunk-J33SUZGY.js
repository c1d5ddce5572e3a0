import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/markdown.ts
init_define_ACTION_META();
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var plain = (s) => s.replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;");
function link(text, url) {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  return `[${text}](${url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

export {
  cell,
  plain,
  link
};
