import { isUnknown, unknown, type Unknown, type Value } from "../../model/value.js";

/**
 * Boot scripts (user data, startup scripts, custom data) as rules read them: the text a machine
 * will run, decoded from what the code writes (`base64encode(...)`, `filebase64(...)`,
 * `templatefile(...)`, `Fn::Base64` + `Fn::Sub`, `Buffer.from(s).toString("base64")`, a literal
 * base64 or gzip+base64 string), and the first command line in it that a rule's patterns match.
 */

type Arg = Value | undefined;

/** The visible text of a script, and the Unknown it was read from (when it was not all known). */
interface ScriptText {
  text: string;
  from?: Unknown;
}

const MAX_DEPTH = 16;

/**
 * The text a script value holds: a string as written (a base64 literal decoded), or the
 * `decoded` payload of an encoding or template Unknown, through any number of layers
 * (`base64encode(templatefile(...))`). Undefined when nothing of the text is known.
 */
export function scriptText(value: Arg): ScriptText | undefined {
  let current: Arg = value;
  let from: Unknown | undefined;
  for (let depth = 0; depth < MAX_DEPTH && current !== undefined && isUnknown(current); depth++) {
    from ??= current;
    current = current.decoded;
  }
  if (typeof current !== "string") return undefined;
  const text = decodeBase64Literal(current) ?? current;
  return from ? { text, from } : { text };
}

/**
 * A string that is all base64 (user data is often written pre-encoded) decoded to the text it
 * carries, gunzipped when it is gzip data; undefined when it is not base64 text.
 */
function decodeBase64Literal(text: string): string | undefined {
  const compact = text.replace(/\s+/g, "");
  if (compact.length < 12 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  // Words and identifiers are base64 too; real encoded data has digits or mixed case runs.
  if (/^[A-Za-z]+$/.test(compact) && !/[A-Z]/.test(compact.slice(1))) return undefined;
  let bytes = Buffer.from(compact, "base64");
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      // zlib loads only for a gzipped script (most runs have none).
      bytes = process.getBuiltinModule("node:zlib").gunzipSync(bytes, { maxOutputLength: 4 * 1024 * 1024 });
    } catch {
      return undefined;
    }
  }
  const decoded = bytes.toString("utf8");
  if (decoded.includes("\uFFFD")) return undefined;
  const printable = decoded.replace(/[^\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]/g, "").length;
  return printable >= decoded.length * 0.95 && /\s/.test(decoded) ? decoded : undefined;
}

/** A command line as the patterns see it: the raw line (column 0 kept) and its number. */
interface Line {
  text: string;
}

/**
 * The lines of a script that run something: continuation lines joined, comment lines (`#`,
 * PowerShell `<# ... #>`, batch `REM` / `::`) and trailing `# comments` removed. The first line
 * (`#!/bin/bash`, `#cloud-config`) is a comment too.
 */
function commandLines(text: string): Line[] {
  let lines = linesCache.get(text);
  if (!lines) {
    // Several rules read the same user data (packages, downloads, in-place changes): split it once.
    if (linesCache.size >= LINES_CACHE_SIZE) linesCache.clear();
    linesCache.set(text, (lines = splitCommandLines(text)));
  }
  return lines;
}

const LINES_CACHE_SIZE = 256;
const linesCache = new Map<string, Line[]>();

function splitCommandLines(text: string): Line[] {
  const unified = text
    .replace(/\r\n?/g, "\n")
    .replace(/<#[\s\S]*?#>/g, " ")
    .replace(/\\\n/g, " ");
  const lines: Line[] = [];
  for (const raw of unified.split("\n")) {
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#") || /^(rem\s|::)/i.test(trimmed)) continue;
    lines.push({ text: withoutTrailingComment(raw) });
  }
  return lines;
}

/** A line without its trailing `# comment` (a `#` after whitespace, outside quotes). */
function withoutTrailingComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === "#" && i > 0 && /\s/.test(line[i - 1]!)) return line.slice(0, i);
  }
  return line;
}

/**
 * A cloud-init list-form command (`- [ apt-get, install, -y, nginx ]`) read as the command it
 * runs; other lines as they are.
 */
function listForm(line: string): string {
  if (!/^\s*-\s*\[/.test(line)) return line;
  return line.replace(/[[\],]/g, " ").replace(/["']/g, "");
}

/** Commands whose arguments are text, not commands: `echo "apt-get install"` installs nothing. */
const PRINTS = /^(?:sudo\s+)?(?:echo|printf|logger|Write-Host|Write-Output|Write-Verbose)\b/i;

/**
 * The simple command that a pattern matched, as written: from the start of that command (after
 * the previous `&&`, `||`, `;`, `|`, `(`) to the next one after the match, one line, quotes
 * balanced, at most 100 characters. Undefined when that command only prints the text.
 */
function commandAt(line: string, start: number, end: number): string | undefined {
  const before = line.slice(0, start);
  const separators = [...before.matchAll(/&&|\|\||[;|(`{]/g)];
  const last = separators.at(-1);
  const from = last ? last.index! + last[0].length : 0;
  const rest = line.slice(end);
  const stop = /\s*(?:&&|\|\||;|\|)/.exec(rest);
  let command = (line.slice(from, end) + (stop ? rest.slice(0, stop.index) : rest)).replace(/\s+/g, " ").trim();
  command = command
    .replace(/^-\s+/, "")
    .replace(/^(?:then|do|else)\s+/, "")
    .replace(/^(["'])([\w-]+)\1:/, "$2:");
  if (PRINTS.test(command)) return undefined;
  // A command written inside `$( ... )` or `( ... )` ends before the closing parenthesis.
  while (command.endsWith(")") && command.split(")").length > command.split("(").length) command = command.slice(0, -1).trim();
  for (const quote of ['"', "'"]) {
    if ((command.split(quote).length - 1) % 2 === 1) command = command.endsWith(quote) ? command.slice(0, -1).trim() : command.startsWith(quote) ? command.slice(1).trim() : command;
  }
  return command.length > 100 ? `${command.slice(0, 99)}…` : command;
}

/**
 * A `${...}` placeholder standing where a command would (at the start of a line, or after
 * `&&`, `||`, `;`, `|`, `then`, `do`, `sudo`): what it stands for could be any command.
 */
const PLACEHOLDER_AT_COMMAND = /(?:^|&&|\|\||[;|(`]|\b(?:then|do|else|sudo))\s*(?:-\s+)?["']?\$\{/;

const regexCache = new Map<string, RegExp>();
/** A pattern as rules write it: case-sensitive (shell commands are), unless it starts with `(?i)`. */
function regex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) regexCache.set(source, (re = source.startsWith("(?i)") ? new RegExp(source.slice(4), "gi") : new RegExp(source, "g")));
  return re;
}

const testRegexCache = new Map<string, RegExp>();
/** A pattern for `test()`: as `regex` gives it, without the global flag (which would make test() stateful). */
function testRegex(source: string): RegExp {
  let re = testRegexCache.get(source);
  if (!re) {
    const global = regex(source);
    testRegexCache.set(source, (re = new RegExp(global.source, global.flags.replace("g", ""))));
  }
  return re;
}

const asStrings = (v: Arg): string[] =>
  (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]).filter((p): p is string => typeof p === "string");

/**
 * The first command line of a script that one of `patterns` (regular expressions, matched on
 * each command line, comments removed; `(?i)` at the start makes one case-insensitive) matches and none of `unless`
 * matches (tested on the command found): the command as written, from where the pattern matched
 * to the end of that command (`apt-get install -y nginx` out of
 * `apt-get update && apt-get install -y nginx && systemctl start nginx`). Null when the script is
 * known and nothing matches; Unknown when nothing visible matches but a part that is not known
 * stands where a command could (a whole script from a variable, `${var.extra_commands}` on its
 * own line).
 */
export function firstCommand(script: Arg, patterns: Arg, unless?: Arg): Value {
  if (script === undefined || script === null) return null;
  const visible = scriptText(script);
  if (!visible) return isUnknown(script) ? briefly(script) : null;
  const wanted = asStrings(patterns).map(regex);
  const excluded = asStrings(unless).map(testRegex);
  const lines = commandLines(visible.text);
  for (const line of lines) {
    for (const form of [listForm(line.text)]) {
      // The match that starts first wins; of two starting together, the longer one.
      let best: { start: number; end: number; command: string } | undefined;
      for (const re of wanted) {
        // exec on the shared global expression rather than matchAll, which copies it per call.
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(form)) !== null) {
          // An empty match would be found again at the same place: step past it as matchAll does.
          if (m[0] === "") re.lastIndex = m.index + 1;
          const end = m.index + m[0].length;
          const command = commandAt(form, m.index, end);
          if (command === undefined || excluded.some((x) => x.test(command))) continue;
          if (!best || m.index < best.start || (m.index === best.start && end > best.end)) best = { start: m.index, end, command };
          break;
        }
      }
      if (best) return best.command;
    }
  }
  if (!visible.from) return null;
  for (const line of lines) {
    if (PLACEHOLDER_AT_COMMAND.test(line.text.trim())) {
      const placeholder = /\$\{[^}]*\}/.exec(line.text)?.[0] ?? visible.from.$unknown;
      return unknown(placeholder, { reason: `${visible.from.reason ?? "part of the script is not known statically"} (what ${placeholder} runs is not known)` });
    }
  }
  return null;
}

/**
 * A script that is not known at all, named by the first line of its expression (a message shows
 * `pulumi.all([...]).apply(…)`, not the whole program text), with the reason it is unknown.
 */
function briefly(script: Unknown): Unknown {
  const firstLine = script.$unknown.split(/\r?\n/)[0]!.trim();
  const text = firstLine.length > 60 || firstLine.length < script.$unknown.trim().length ? `${firstLine.slice(0, 60)}…` : firstLine;
  return unknown(text, { reason: script.reason ?? "the script is not known statically" });
}

/** The known text of a script (decoded as `firstCommand` reads it), or Unknown / null. */
function visibleText(script: Arg): Value {
  if (script === undefined || script === null) return null;
  const visible = scriptText(script);
  if (visible) return visible.text;
  return isUnknown(script) ? script : null;
}

export const SCRIPT_FUNCTIONS = {
  firstCommand: {
    description:
      "The first command of a boot script (user data, startup script, custom data; decoded from base64, gzip, templates and Fn::Sub text) that one of the regular expressions matches (per line, comments removed; a leading `(?i)` ignores case) and none of the `unless` expressions matches: the command as written, up to the next `&&`, `;` or `|`. Null when nothing matches; Unknown when nothing visible matches but an unknown part stands where a command could.",
    params: ["script", "patterns", "unless"],
    seesUnknown: true,
    run: (script: Arg, patterns: Arg, unless?: Arg): Arg => {
      if (isUnknown(patterns) || isUnknown(unless)) return isUnknown(patterns) ? patterns : unless;
      return firstCommand(script, patterns, unless);
    },
  },
  scriptText: {
    description: "The known text of a boot script, decoded from base64 (or gzip+base64), templates and Fn::Sub; Unknown when none of it is known.",
    params: ["script"],
    seesUnknown: true,
    run: (script: Arg): Arg => visibleText(script),
  },
};
