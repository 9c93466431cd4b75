import { createRequire } from 'node:module';
import { an as printParseErrorCode } from './core-Cp4Gwmxr.js';

const require$1 = createRequire(import.meta.url);

// src/model/json-input.ts
function jsonDepth(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
function jsonErrorMessage(error) {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `Invalid JSON: ${words.replace(/^invalid symbol$/, "unexpected character")}`;
}

export { jsonErrorMessage as a, jsonDepth as j };
