import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  LineIndex,
  range
} from "./chunk-2CLBPXII.js";

// src/discover/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
function problem(repoPath, message) {
  return { diagnostic: { file: repoPath, range: range(1, 1, 1, 2), severity: "error", message, notScanned: true } };
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lossyDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 192) === 128;
    if (!valid) break;
    i += length;
  }
  const prefix = lossyDecoder.decode(bytes.subarray(0, i));
  const lines = new LineIndex(prefix + " ");
  return lines.positionAt(prefix.length);
}
function wideEncoding(bytes) {
  const [a, b, c, d] = bytes;
  if (a === 255 && b === 254 && c === 0 && d === 0) return { name: "UTF-32LE", bom: 4 };
  if (a === 0 && b === 0 && c === 254 && d === 255) return { name: "UTF-32BE", bom: 4 };
  if (a === 255 && b === 254) return { name: "UTF-16LE", bom: 2 };
  if (a === 254 && b === 255) return { name: "UTF-16BE", bom: 2 };
  return void 0;
}
function decodeMarkedWide(bytes) {
  const wide = wideEncoding(bytes);
  return wide ? decodeWide(bytes, wide) : void 0;
}
var UTF8_ONLY = [
  { format: "Terraform", suffixes: [".tf", ".tfvars", ".tf.json", ".tfvars.json"], source: "HCL native syntax specification: source files are UTF-8" },
  { format: "JSON", suffixes: [".json"], source: "RFC 8259 §8.1: JSON exchanged between systems is UTF-8" }
];
function decodeWide(bytes, wide, fatal = true) {
  const body = bytes.subarray(wide.bom);
  try {
    if (wide.name === "UTF-16LE") return new TextDecoder("utf-16le", { fatal }).decode(body);
    if (wide.name === "UTF-16BE") return new TextDecoder("utf-16be", { fatal }).decode(body);
    if (fatal && body.length % 4 !== 0) return void 0;
    const parts = [];
    for (let i = 0; i + 4 <= body.length; i += 4) {
      const cp = wide.name === "UTF-32LE" ? body.readUInt32LE(i) : body.readUInt32BE(i);
      const valid = cp <= 1114111 && (cp < 55296 || cp > 57343);
      if (!valid && fatal) return void 0;
      parts.push(valid ? String.fromCodePoint(cp) : "�");
    }
    return parts.join("");
  } catch {
    return void 0;
  }
}
function readSource(absolutePath, repoPath, maxBytes = MAX_FILE_BYTES) {
  let bytes;
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!info.isFile()) return problem(repoPath, `not a regular file (${specialKind(info)}) and was not scanned; IaC files are regular files`);
    if (info.size > maxBytes) return tooLarge(repoPath, info.size, maxBytes);
    bytes = readOpenFile(fd, info.size, maxBytes);
  } catch (error) {
    const code = error.code ?? "";
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : code === "ENOENT" ? "file disappeared while scanning" : code === "ENXIO" ? "not a regular file (a socket, or a pipe with nothing behind it)" : error.message;
    return problem(repoPath, `cannot read file (${reason}); make it readable or exclude it from the scan`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (bytes.length > maxBytes) return tooLarge(repoPath, void 0, maxBytes);
  const wide = wideEncoding(bytes);
  if (wide) {
    const lower = repoPath.toLowerCase();
    const refusedBy = UTF8_ONLY.find((f) => f.suffixes.some((x) => lower.endsWith(x)));
    if (refusedBy) {
      return problem(repoPath, `file is ${wide.name} (with a byte order mark), and ${refusedBy.format} reads only UTF-8 (${refusedBy.source}); it was not scanned: re-save it as UTF-8`);
    }
    const decoded = decodeWide(bytes, wide);
    if (decoded === void 0) return problem(repoPath, `file starts with a ${wide.name} byte order mark but is not valid ${wide.name}; it was not scanned: re-save it as UTF-8`);
    return { file: { path: repoPath, absolutePath, text: decoded } };
  }
  if (bytes.includes(0)) {
    if (looksUtf16(bytes)) return problem(repoPath, "file looks like UTF-16 without a byte order mark (every other byte is NUL) and was not scanned; re-save it as UTF-8");
    return problem(repoPath, "file looks binary (contains a NUL byte) and was not scanned; IaC files must be UTF-8 text");
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      diagnostic: {
        file: repoPath,
        range: { start: at, end: { line: at.line, column: at.column + 1 } },
        notScanned: true,
        severity: "error",
        message: `file is not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column}) and was not scanned; re-save it with UTF-8 encoding`
      }
    };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { file: { path: repoPath, absolutePath, text } };
}
function looksUtf16(bytes) {
  const n = Math.min(bytes.length - bytes.length % 2, 512);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return even === pairs && odd === 0 || odd === pairs && even === 0;
}
function specialKind(info) {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a file";
}
function sizeOver(size, limit) {
  return formatBytes(size) === formatBytes(limit) ? `${size} bytes` : formatBytes(size);
}
function tooLarge(repoPath, size, maxBytes) {
  const what = size === void 0 ? "file is over" : `file is ${sizeOver(size, maxBytes)}, over`;
  return problem(repoPath, `${what} the ${formatBytes(maxBytes)} limit and was not scanned; split it, exclude it if it is generated, or raise the limit with --max-file-size`);
}
function readOpenFile(fd, size, maxBytes) {
  let buffer = Buffer.allocUnsafe(size > 0 ? size : 64 * 1024);
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      if (length > maxBytes) break;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (size > 0 && length >= size) break;
  }
  return buffer.subarray(0, length);
}
var PEEK_BYTES = 256 * 1024;
function peekText(absolutePath) {
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return void 0;
    const buffer = Buffer.alloc(PEEK_BYTES);
    const bytesRead = readSync(fd, buffer, 0, PEEK_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const wide = wideEncoding(bytes);
    const decoded = wide ? decodeWide(bytes, wide, false) : void 0;
    return (decoded ?? lossyDecoder.decode(bytes)).replace(/\0/g, " ");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

export {
  MAX_FILE_BYTES,
  formatBytes,
  decodeMarkedWide,
  readSource,
  specialKind,
  sizeOver,
  peekText
};
