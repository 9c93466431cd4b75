import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { LineIndex, range, type Position } from "../model/position.js";
import type { Diagnostic } from "../model/resource.js";
import type { SourceFile } from "../scanners/source.js";

/** Files larger than this are not parsed (generated or vendored data, not hand-written IaC). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { file: SourceFile; diagnostic?: undefined } | { file?: undefined; diagnostic: Diagnostic };

function problem(repoPath: string, message: string): ReadResult {
  return { diagnostic: { file: repoPath, range: range(1, 1, 1, 2), severity: "error", message, notScanned: true } };
}

/** "5 MB", "512 KB", "1.5 MB": a byte count as people read it (binary units, as the limit is given). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** The position of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): Position {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (!valid) break;
    i += length;
  }
  // The prefix before it is valid, so its decoding gives the line and UTF-16 column.
  const prefix = lossyDecoder.decode(bytes.subarray(0, i));
  const lines = new LineIndex(prefix + " ");
  return lines.positionAt(prefix.length);
}

/** A UTF-16 or UTF-32 encoding, recognised by its byte order mark. */
interface WideEncoding {
  name: "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE";
  bom: number;
}

/** The encoding a byte order mark announces, when it is not UTF-8's (UTF-32LE's mark starts like UTF-16LE's, so it is tested first). */
function wideEncoding(bytes: Uint8Array): WideEncoding | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { name: "UTF-32LE", bom: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { name: "UTF-32BE", bom: 4 };
  if (a === 0xff && b === 0xfe) return { name: "UTF-16LE", bom: 2 };
  if (a === 0xfe && b === 0xff) return { name: "UTF-16BE", bom: 2 };
  return undefined;
}

/**
 * The text of a file that starts with a UTF-16 or UTF-32 byte order mark, decoded strictly;
 * undefined for any other file, or when its bytes are not valid in the encoding it announces.
 */
export function decodeMarkedWide(bytes: Buffer): string | undefined {
  const wide = wideEncoding(bytes);
  return wide ? decodeWide(bytes, wide) : undefined;
}

/**
 * Formats whose own specification allows only UTF-8; the others driftless reads (YAML 1.2 §5.2
 * allows UTF-16 and UTF-32 with a byte order mark, and the TypeScript compiler reads UTF-16 with
 * one) are decoded.
 */
const UTF8_ONLY = [
  { format: "Terraform", suffixes: [".tf", ".tfvars", ".tf.json", ".tfvars.json"], source: "HCL native syntax specification: source files are UTF-8" },
  { format: "JSON", suffixes: [".json"], source: "RFC 8259 §8.1: JSON exchanged between systems is UTF-8" },
] as const;

/**
 * The text of a UTF-16/32 file after its byte order mark. Strict (`fatal`): undefined when the
 * bytes are not valid in it; lenient (for sniffing): invalid units become U+FFFD.
 */
function decodeWide(bytes: Buffer, wide: WideEncoding, fatal = true): string | undefined {
  const body = bytes.subarray(wide.bom);
  try {
    if (wide.name === "UTF-16LE") return new TextDecoder("utf-16le", { fatal }).decode(body);
    if (wide.name === "UTF-16BE") return new TextDecoder("utf-16be", { fatal }).decode(body);
    // No TextDecoder for UTF-32: code points by hand; surrogates and values past U+10FFFF are invalid.
    if (fatal && body.length % 4 !== 0) return undefined;
    const parts: string[] = [];
    for (let i = 0; i + 4 <= body.length; i += 4) {
      const cp = wide.name === "UTF-32LE" ? body.readUInt32LE(i) : body.readUInt32BE(i);
      const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
      if (!valid && fatal) return undefined;
      parts.push(valid ? String.fromCodePoint(cp) : "\ufffd");
    }
    return parts.join("");
  } catch {
    return undefined;
  }
}

/**
 * Reads and decodes one file for the scanners: strips a UTF-8 BOM, and turns binary content,
 * invalid UTF-8, oversized and unreadable files into a Diagnostic (reported as IAC-000)
 * instead of an exception. Synchronous: a scan reads thousands of small files, and a chain of
 * asynchronous calls per file costs more than it overlaps.
 */
export function readSource(absolutePath: string, repoPath: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // One open, one fstat of the open file, its reads, one close: the size limit is checked on
    // the file actually read, without a separate stat by path (and readFileSync's own fstat).
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever. It
    // changes nothing for a regular file.
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!info.isFile()) return problem(repoPath, `not a regular file (${specialKind(info)}) and was not scanned; IaC files are regular files`);
    // Checked before reading: a 50 MB file costs one fstat, not 50 MB of memory.
    if (info.size > maxBytes) return tooLarge(repoPath, info.size, maxBytes);
    bytes = readOpenFile(fd, info.size, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a directory"
          : code === "ENOENT"
            ? "file disappeared while scanning"
            : code === "ENXIO"
              ? "not a regular file (a socket, or a pipe with nothing behind it)"
              : (error as Error).message;
    return problem(repoPath, `cannot read file (${reason}); make it readable or exclude it from the scan`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.length > maxBytes) return tooLarge(repoPath, undefined, maxBytes);
  const wide = wideEncoding(bytes);
  if (wide) {
    const lower = repoPath.toLowerCase();
    const refusedBy = UTF8_ONLY.find((f) => f.suffixes.some((x) => lower.endsWith(x)));
    if (refusedBy) {
      return problem(repoPath, `file is ${wide.name} (with a byte order mark), and ${refusedBy.format} reads only UTF-8 (${refusedBy.source}); it was not scanned: re-save it as UTF-8`);
    }
    const decoded = decodeWide(bytes, wide);
    if (decoded === undefined) return problem(repoPath, `file starts with a ${wide.name} byte order mark but is not valid ${wide.name}; it was not scanned: re-save it as UTF-8`);
    return { file: { path: repoPath, absolutePath, text: decoded } };
  }
  if (bytes.includes(0)) {
    if (looksUtf16(bytes)) return problem(repoPath, "file looks like UTF-16 without a byte order mark (every other byte is NUL) and was not scanned; re-save it as UTF-8");
    return problem(repoPath, "file looks binary (contains a NUL byte) and was not scanned; IaC files must be UTF-8 text");
  }
  let text: string;
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
        message: `file is not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column}) and was not scanned; re-save it with UTF-8 encoding`,
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { file: { path: repoPath, absolutePath, text } };
}

/** ASCII text in UTF-16 without a mark: NUL in every even (big-endian) or every odd (little-endian) byte of the start. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return (even === pairs && odd === 0) || (odd === pairs && even === 0);
}

/** What a file that is not a regular file is, in words. */
export function specialKind(info: Stats): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a file";
}

/**
 * A size next to the limit it is over: rounded, unless it would then read the same as the limit
 * ("5 MB, over the 5 MB limit"), when it is given in bytes.
 */
export function sizeOver(size: number, limit: number): string {
  return formatBytes(size) === formatBytes(limit) ? `${size} bytes` : formatBytes(size);
}

function tooLarge(repoPath: string, size: number | undefined, maxBytes: number): ReadResult {
  const what = size === undefined ? "file is over" : `file is ${sizeOver(size, maxBytes)}, over`;
  return problem(repoPath, `${what} the ${formatBytes(maxBytes)} limit and was not scanned; split it, exclude it if it is generated, or raise the limit with --max-file-size`);
}

/**
 * The content of an open file whose fstat said `size` bytes: those bytes, or for a file that
 * reports size 0 (a special file) everything up to its end, stopping one byte past the limit,
 * which the caller then reports as too large.
 */
function readOpenFile(fd: number, size: number, maxBytes: number): Buffer {
  let buffer = Buffer.allocUnsafe(size > 0 ? size : 64 * 1024);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) break;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    // Like readFileSync: a regular file is read up to the size fstat gave, saving the read
    // that would only report its end.
    if (size > 0 && length >= size) break;
  }
  return buffer.subarray(0, length);
}

/** Bytes read by `peekText`. */
export const PEEK_BYTES = 256 * 1024;

/**
 * The start of a file decoded leniently (invalid bytes replaced, NULs kept out), for content
 * sniffing of files `readSource` refuses; undefined when the file cannot be read at all.
 */
export function peekText(absolutePath: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(PEEK_BYTES);
    const bytesRead = readSync(fd, buffer, 0, PEEK_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const wide = wideEncoding(bytes);
    // A UTF-16/32 file is sniffed on its text, leniently decoded.
    const decoded = wide ? decodeWide(bytes, wide, false) : undefined;
    return (decoded ?? lossyDecoder.decode(bytes)).replace(/\0/g, " ");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
