import {
  isCommitSha,
  isExactVersion,
  parseModuleSource
} from "./chunk-AA6DXPFO.js";
import {
  describeValue,
  getPath,
  isUnknown,
  isValueMap,
  locate,
  originsOnPath,
  unknown
} from "./chunk-YEWZ7O2E.js";

// src/engine/load.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { LineCounter, parseDocument } from "yaml";

// src/docs/rules-doc.ts
import { readFileSync } from "node:fs";
var RULES_DOC_PATH = "docs/rules.md";
function ruleAnchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
}
function ruleDocPath(id) {
  return `${RULES_DOC_PATH}#${ruleAnchor(id)}`;
}
var repositoryCache;
function repositoryUrl() {
  if (repositoryCache !== void 0) return repositoryCache;
  repositoryCache = null;
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    repositoryCache = normaliseRepository(typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url);
  } catch {
    repositoryCache = null;
  }
  return repositoryCache;
}
function normaliseRepository(repository) {
  if (!repository) return null;
  const text = repository.trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text);
  if (shorthand) {
    const host = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" }[shorthand[1] ?? "github"];
    return `https://${host}/${shorthand[2]}/${shorthand[3]}`;
  }
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(text);
  if (url) return `https://${url[1]}/${url[2]}`;
  const scp = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(text);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return null;
}
function defaultHelpUri(id, repository = repositoryUrl()) {
  if (!repository) return void 0;
  return `${repository}/blob/HEAD/${ruleDocPath(id)}`;
}

// src/engine/functions/attribute-path.ts
function attributePathSegments(path2) {
  const segments = [];
  const re = /([^.[\]"']+)|\[\s*(?:"([^"]*)"|'([^']*)'|(\d+|\*))\s*\]/g;
  let match;
  while ((match = re.exec(path2)) !== null) {
    if (match[1] !== void 0) segments.push(snakeCase(match[1].trim()));
    else if (match[4] !== void 0) segments.push("*");
    else segments.push(match[2] ?? match[3] ?? "");
  }
  return segments.filter((s) => s !== "");
}
function snakeCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function pathWithin(path2, patterns) {
  const segments = attributePathSegments(path2);
  return patterns.some((pattern) => {
    const wanted = attributePathSegments(pattern);
    return wanted.length > 0 && prefixMatches(wanted, segments);
  });
}
function prefixMatches(wanted, segments) {
  if (wanted.length === 0) return true;
  const [head, ...rest] = wanted;
  if (head === "*") {
    if (segments[0] === "*") return prefixMatches(rest, segments.slice(1));
    return prefixMatches(rest, segments);
  }
  return segments[0] === head && prefixMatches(rest, segments.slice(1));
}

// src/engine/functions/image.ts
var DIGEST = /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
function parseImageReference(reference) {
  const text = reference.trim();
  if (text === "" || /\s/.test(text)) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return null;
  let rest = text;
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry = null;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return null;
  }
  if (rest === "") return null;
  const digestValid = digest !== null && DIGEST.test(digest);
  return { registry, repository: rest, tag, digest, digestValid, digestMalformed: digest !== null && !digestValid };
}

// src/engine/functions/npm-range.ts
function isOpenEndedRange(spec) {
  const text = spec.trim();
  if (/^(file:|link:|workspace:|npm:|git\+|git:|github:|https?:|[\w.-]+\/[\w.-]+(#.*)?$)/.test(text)) return false;
  if (/^[A-Za-z][\w.-]*$/.test(text) && !/^v?\d/.test(text) && !/^[xX*]$/.test(text)) return true;
  return text.split("||").some((alternative) => alternativeIsOpen(alternative.trim()));
}
function alternativeIsOpen(alternative) {
  if (alternative === "" || /^[*xX](\.[*xX]){0,2}$/.test(alternative)) return true;
  if (/\s-\s/.test(alternative)) return false;
  const comparators = alternative.replace(/([<>]=?|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
  const hasUpper = comparators.some((c) => /^(<|<=|\^|~|=)?\s*v?\d/.test(c) && !/^>/.test(c));
  const hasLower = comparators.some((c) => /^>=?/.test(c));
  return hasLower && !hasUpper;
}

// src/model/network.ts
var ALL_PROTOCOLS = /* @__PURE__ */ new Set(["-1", "all", "*", "any"]);
var TCP = /* @__PURE__ */ new Set(["tcp", "6"]);
function protocolClass(protocol) {
  const p = String(protocol).trim().toLowerCase();
  if (ALL_PROTOCOLS.has(p)) return "all";
  if (TCP.has(p)) return "tcp";
  return "other";
}
var PROTOCOL_NUMBERS = { "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6", "132": "sctp", "50": "esp", "51": "ah" };
function normaliseProtocol(protocol) {
  const p = String(protocol).trim().toLowerCase();
  if (ALL_PROTOCOLS.has(p)) return "all";
  if (p === "icmpv6" || p === "ipv6-icmp") return "icmpv6";
  return PROTOCOL_NUMBERS[p] ?? p;
}
function parsePortRange(value) {
  const text = String(value).trim();
  if (text === "*") return [0, 65535];
  const single = /^\d+$/.exec(text);
  if (single) return [Number(text), Number(text)];
  const span = /^(\d+)\s*-\s*(\d+)$/.exec(text);
  if (span) return [Number(span[1]), Number(span[2])];
  return null;
}
function parsePortList(value) {
  return String(value).split(",").map((part) => parsePortRange(part)).filter((r) => r !== null);
}
function rangeCoversPorts(protocol, from, to, ports) {
  const cls = protocolClass(protocol);
  if (cls === "other") return false;
  if (cls === "all" || from === null || to === null) return ports.length > 0;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  return ports.some((port) => port >= low && port <= high);
}
function isAnywhere(cidr) {
  const text = cidr.trim().toLowerCase();
  if (text === "*" || text === "internet" || text === "any") return true;
  const match = /^([0-9a-f.:]+)\/(\d+)$/.exec(text);
  return match !== null && Number(match[2]) === 0;
}
function isInternet(source) {
  const text = source.trim().toLowerCase();
  return text === "0.0.0.0" || isAnywhere(text);
}
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n << 8n | BigInt(Number(p)), 0n);
}
function parseIpv6(text) {
  if (!/^[0-9a-f:]+$/i.test(text) || (text.match(/::/g)?.length ?? 0) > 1) return null;
  const [head, tail] = text.includes("::") ? text.split("::") : [text, void 0];
  const groups = (s) => s ? s.split(":") : [];
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === void 0 ? left.length !== 8 : missing < 1) return null;
  const all = [...left, ...Array(tail === void 0 ? 0 : missing).fill("0"), ...right];
  if (all.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.reduce((n, g) => n << 16n | BigInt(parseInt(g, 16)), 0n);
}
function parsePrefix(text) {
  const [address = "", lengthText] = text.trim().toLowerCase().split("/");
  const v4 = parseIpv4(address);
  const family = v4 !== null ? 4 : parseIpv6(address) !== null ? 6 : null;
  if (family === null) return null;
  const max = family === 4 ? 32 : 128;
  const length = lengthText === void 0 ? max : /^\d+$/.test(lengthText) ? Number(lengthText) : -1;
  if (length < 0 || length > max) return null;
  return { family, bits: v4 ?? parseIpv6(address), length };
}
function prefixContains(outer, inner) {
  const o = outer.trim().toLowerCase();
  const i = inner.trim().toLowerCase();
  if (o === "*" || o === "any" || o === i) return true;
  const po = parsePrefix(o === "0.0.0.0" ? "0.0.0.0/0" : o);
  const pi = parsePrefix(i === "0.0.0.0" ? "0.0.0.0/0" : i);
  if (!po || !pi) return null;
  if (po.family !== pi.family || po.length > pi.length) return false;
  const shift = BigInt((po.family === 4 ? 32 : 128) - po.length);
  return po.bits >> shift === pi.bits >> shift;
}

// src/engine/functions/network.ts
function parseWantedPort(spec) {
  if (typeof spec === "number") return { port: spec, protocol: "tcp", text: `${spec}/tcp` };
  if (typeof spec !== "string") return null;
  const match = /^\s*(\d+)\s*(?:\/\s*([a-z0-9]+))?\s*$/i.exec(spec);
  if (!match) return null;
  const protocol = normaliseProtocol(match[2] ?? "tcp");
  return { port: Number(match[1]), protocol, text: `${match[1]}/${protocol}` };
}
function portsReached(protocol, ports, wanted) {
  const wants = (Array.isArray(wanted) ? wanted : [wanted]).map(parseWantedPort).filter((w) => w !== null);
  if (isUnknown(protocol)) return protocol;
  if (typeof protocol !== "string" && typeof protocol !== "number") return "";
  const proto = normaliseProtocol(protocol);
  const relevant = wants.filter((w) => proto === "all" || w.protocol === proto);
  if (relevant.length === 0) return "";
  if (isUnknown(ports)) return ports;
  if (!Array.isArray(ports)) return "";
  let undecided = null;
  const reached = [];
  for (const want of relevant) {
    let hit = false;
    for (const entry of ports) {
      if (isUnknown(entry)) {
        const span = entry.decoded;
        const outside = Array.isArray(span) && typeof span[0] === "number" && typeof span[1] === "number" && (want.port < span[0] || want.port > span[1]);
        if (!outside) undecided ??= entry;
        continue;
      }
      if (Array.isArray(entry) && typeof entry[0] === "number" && typeof entry[1] === "number" && want.port >= entry[0] && want.port <= entry[1]) hit = true;
    }
    if (hit && !reached.includes(want.text)) reached.push(want.text);
  }
  if (reached.length > 0) return reached.join(", ");
  return undecided ?? "";
}
var NETWORK_FUNCTIONS = {
  portsReached: {
    description: 'Which of the wanted ports (`22/tcp`, `3389/udp`) an ingress rule lets through, given its normalised protocol and its `[low, high]` port ranges (an `ingress_rule` fact\'s `protocol` and `ports`): the reached ones as text (`22/tcp, 3389/tcp`), or "" when none. Protocol `all` reaches every wanted port. Unknown when none is certainly reached but an unknown protocol or port range could reach one.',
    params: ["protocol", "ports", "wanted"],
    seesUnknown: true,
    run: (protocol, ports, wanted) => portsReached(protocol, ports, wanted)
  }
};

// src/engine/functions/rnp.ts
var RNP_FUNCTIONS = {
  hasContent: {
    description: 'True when a value is set and not empty (not null, "", [] or {}). An expression that is not known statically counts as set, as `present` does (a script built with `templatefile`, a reference to another resource), except an input of a definition (a variable with no value here): that stays unknown, for its callers\' evaluations to decide.',
    params: ["value"],
    seesUnknown: true,
    run: (value) => {
      if (value === void 0 || value === null) return false;
      if (isUnknown(value)) return value.input ? value : true;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === "string") return value.length > 0;
      if (isValueMap(value)) return Object.keys(value).length > 0;
      return true;
    }
  },
  isPublishedVersion: {
    description: 'True when a Lambda function version is a literal published version number (`"3"`, 3), false for `$LATEST` and for an expression over another record of the configuration (an unpublished function\'s `version` is `$LATEST`); an expression over inputs only (`var.version`) stays unknown.',
    params: ["version"],
    seesUnknown: true,
    run: (version) => {
      if (typeof version === "number") return Number.isInteger(version) && version > 0;
      if (typeof version === "string") return /^\s*[1-9]\d*\s*$/.test(version);
      if (isUnknown(version)) return version.refs?.length ? false : version;
      return false;
    }
  }
};

// src/engine/functions/nondeterministic.ts
var NONDETERMINISTIC_FUNCTIONS = {
  nondeterministic: {
    description: 'The first call that gives a different value on every run (`timestamp()`, `uuid()`, `bcrypt()`, `Date.now()`, `new Date()`, `Math.random()`, `crypto.randomUUID()`) that a value is built from, looking inside maps, lists and encoded payloads (`jsonencode`, `JSON.stringify`); null when there is none. `path` is where the value sits (an attribute name) and `ignored` the resource\'s ignore_changes list: parts of the value under an ignored path (`tags`, `tags["Created"]`, `all`, `*`) do not count. Unknown when only an unknown ignore list could make the call not count.',
    params: ["value", "path", "ignored"],
    seesUnknown: true,
    run: (value, path2, ignored) => {
      const patterns = ignorePatterns(ignored);
      const root = typeof path2 === "string" ? attributePathSegments(path2).filter((s) => s !== "*").map(normalise) : [];
      let found = null;
      const visit = (v, at, depth) => {
        if (v === void 0 || v === null || typeof v !== "object" || depth > 64) return false;
        if (patterns !== "unknown" && patterns.some((p) => covers(p, at))) return false;
        if (isUnknown(v)) {
          if (v.nondeterministic !== void 0) {
            found = v.nondeterministic;
            return true;
          }
          return v.decoded !== void 0 && !v.partial ? visit(v.decoded, at, depth + 1) : false;
        }
        if (Array.isArray(v)) return v.some((item) => visit(item, at, depth + 1));
        if (isValueMap(v)) return Object.entries(v).some(([k, item]) => visit(item, [...at, normalise(k)], depth + 1));
        return false;
      };
      visit(value, root, 0);
      if (found === null) return null;
      if (patterns === "unknown") return { $unknown: "ignore_changes", reason: "the ignore_changes list is not known statically" };
      return found;
    }
  },
  nativeAttributeName: {
    description: "An attribute name as its format spells it: the snake_case name of a Pulumi bridged resource's attribute becomes camelCase (`force_destroy` → `forceDestroy`); Terraform and CloudFormation names are unchanged.",
    params: ["name", "format"],
    run: (name, format) => {
      if (typeof name !== "string") return null;
      return format === "pulumi" ? name.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase()) : name;
    }
  }
};
function ignorePatterns(ignored) {
  if (ignored === void 0 || ignored === null) return [];
  if (isUnknown(ignored)) return "unknown";
  const entries = Array.isArray(ignored) ? ignored : [ignored];
  const out = [];
  for (const entry of entries) {
    if (isUnknown(entry)) return "unknown";
    if (typeof entry !== "string") continue;
    if (entry === "*" || entry === "all") return [[]];
    out.push(attributePathSegments(entry).map(normalise).filter((s) => s !== "*"));
  }
  return out;
}
function normalise(segment) {
  return segment === "*" ? segment : segment.toLowerCase().replace(/_/g, "");
}
function covers(pattern, at) {
  if (pattern.length > at.length) return false;
  return pattern.every((segment, i) => segment === at[i]);
}

// src/engine/functions/key-value.ts
var KEY_VALUE_FUNCTIONS = {
  keyValue: {
    description: 'The value of the entry whose key is `key` in a list of key/value objects (`[{ Key: deletion_protection.enabled, Value: "true" }]`), by default with the fields `Key` and `Value`; null when no entry has the key. Unknown when the list, or the key of an entry that could match, is not known statically.',
    params: ["list", "key", "keyField", "valueField"],
    seesUnknown: true,
    run: (list, key, keyField, valueField) => {
      const k = typeof keyField === "string" ? keyField : "Key";
      const v = typeof valueField === "string" ? valueField : "Value";
      if (list === void 0 || list === null) return null;
      if (isUnknown(list)) return list;
      if (!Array.isArray(list) || typeof key !== "string") return null;
      let undecided;
      for (const entry of list) {
        if (isUnknown(entry)) {
          undecided ??= entry;
          continue;
        }
        if (!isValueMap(entry)) continue;
        const name = entry[k];
        if (isUnknown(name)) {
          undecided ??= name;
          continue;
        }
        if (name === key) return entry[v] ?? null;
      }
      return undecided ?? null;
    }
  }
};

// src/engine/functions/script.ts
import { gunzipSync } from "node:zlib";
var MAX_DEPTH = 16;
function scriptText(value) {
  let current = value;
  let from;
  for (let depth = 0; depth < MAX_DEPTH && current !== void 0 && isUnknown(current); depth++) {
    from ??= current;
    current = current.decoded;
  }
  if (typeof current !== "string") return void 0;
  const text = decodeBase64Literal(current) ?? current;
  return from ? { text, from } : { text };
}
function decodeBase64Literal(text) {
  const compact = text.replace(/\s+/g, "");
  if (compact.length < 12 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return void 0;
  if (/^[A-Za-z]+$/.test(compact) && !/[A-Z]/.test(compact.slice(1))) return void 0;
  let bytes = Buffer.from(compact, "base64");
  if (bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: 4 * 1024 * 1024 });
    } catch {
      return void 0;
    }
  }
  const decoded = bytes.toString("utf8");
  if (decoded.includes("�")) return void 0;
  const printable = decoded.replace(/[^\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]/g, "").length;
  return printable >= decoded.length * 0.95 && /\s/.test(decoded) ? decoded : void 0;
}
function commandLines(text) {
  const unified = text.replace(/\r\n?/g, "\n").replace(/<#[\s\S]*?#>/g, " ").replace(/\\\n/g, " ");
  const lines = [];
  for (const raw of unified.split("\n")) {
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#") || /^(rem\s|::)/i.test(trimmed)) continue;
    lines.push({ text: withoutTrailingComment(raw) });
  }
  return lines;
}
function withoutTrailingComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === "#" && i > 0 && /\s/.test(line[i - 1])) return line.slice(0, i);
  }
  return line;
}
function listForm(line) {
  if (!/^\s*-\s*\[/.test(line)) return line;
  return line.replace(/[[\],]/g, " ").replace(/["']/g, "");
}
var PRINTS = /^(?:sudo\s+)?(?:echo|printf|logger|Write-Host|Write-Output|Write-Verbose)\b/i;
function commandAt(line, start, end) {
  const before = line.slice(0, start);
  const separators = [...before.matchAll(/&&|\|\||[;|(`{]/g)];
  const last = separators.at(-1);
  const from = last ? last.index + last[0].length : 0;
  const rest = line.slice(end);
  const stop = /\s*(?:&&|\|\||;|\|)/.exec(rest);
  let command = (line.slice(from, end) + (stop ? rest.slice(0, stop.index) : rest)).replace(/\s+/g, " ").trim();
  command = command.replace(/^-\s+/, "").replace(/^(?:then|do|else)\s+/, "").replace(/^(["'])([\w-]+)\1:/, "$2:");
  if (PRINTS.test(command)) return void 0;
  while (command.endsWith(")") && command.split(")").length > command.split("(").length) command = command.slice(0, -1).trim();
  for (const quote of ['"', "'"]) {
    if ((command.split(quote).length - 1) % 2 === 1) command = command.endsWith(quote) ? command.slice(0, -1).trim() : command.startsWith(quote) ? command.slice(1).trim() : command;
  }
  return command.length > 100 ? `${command.slice(0, 99)}…` : command;
}
var PLACEHOLDER_AT_COMMAND = /(?:^|&&|\|\||[;|(`]|\b(?:then|do|else|sudo))\s*(?:-\s+)?["']?\$\{/;
var regexCache = /* @__PURE__ */ new Map();
function regex(source) {
  let re = regexCache.get(source);
  if (!re) regexCache.set(source, re = source.startsWith("(?i)") ? new RegExp(source.slice(4), "gi") : new RegExp(source, "g"));
  return re;
}
var asStrings = (v) => (v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v]).filter((p) => typeof p === "string");
function firstCommand(script, patterns, unless) {
  if (script === void 0 || script === null) return null;
  const visible = scriptText(script);
  if (!visible) return isUnknown(script) ? briefly(script) : null;
  const wanted = asStrings(patterns).map(regex);
  const excluded = asStrings(unless).map((source) => new RegExp(regex(source).source, regex(source).flags.replace("g", "")));
  const lines = commandLines(visible.text);
  for (const line of lines) {
    for (const form of [listForm(line.text)]) {
      let best;
      for (const re of wanted) {
        for (const m of form.matchAll(re)) {
          const end = m.index + m[0].length;
          const command = commandAt(form, m.index, end);
          if (command === void 0 || excluded.some((x) => x.test(command))) continue;
          if (!best || m.index < best.start || m.index === best.start && end > best.end) best = { start: m.index, end, command };
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
function briefly(script) {
  const firstLine = script.$unknown.split(/\r?\n/)[0].trim();
  const text = firstLine.length > 60 || firstLine.length < script.$unknown.trim().length ? `${firstLine.slice(0, 60)}…` : firstLine;
  return unknown(text, { reason: script.reason ?? "the script is not known statically" });
}
function visibleText(script) {
  if (script === void 0 || script === null) return null;
  const visible = scriptText(script);
  if (visible) return visible.text;
  return isUnknown(script) ? script : null;
}
var SCRIPT_FUNCTIONS = {
  firstCommand: {
    description: "The first command of a boot script (user data, startup script, custom data; decoded from base64, gzip, templates and Fn::Sub text) that one of the regular expressions matches (per line, comments removed; a leading `(?i)` ignores case) and none of the `unless` expressions matches: the command as written, up to the next `&&`, `;` or `|`. Null when nothing matches; Unknown when nothing visible matches but an unknown part stands where a command could.",
    params: ["script", "patterns", "unless"],
    seesUnknown: true,
    run: (script, patterns, unless) => {
      if (isUnknown(patterns) || isUnknown(unless)) return isUnknown(patterns) ? patterns : unless;
      return firstCommand(script, patterns, unless);
    }
  },
  scriptText: {
    description: "The known text of a boot script, decoded from base64 (or gzip+base64), templates and Fn::Sub; Unknown when none of it is known.",
    params: ["script"],
    seesUnknown: true,
    run: (script) => visibleText(script)
  }
};

// src/engine/functions/pin.ts
var asList = (v) => v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v];
function visibleText2(value) {
  if (typeof value === "string") return value;
  if (value !== void 0 && isUnknown(value) && typeof value.decoded === "string") return value.decoded;
  return void 0;
}
function constraintBounded(text) {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 1 && parts[0] === "") return false;
  let bounded = false;
  for (const part of parts) {
    const m = /^(~>|>=|<=|!=|=|>|<)?\s*v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(part);
    if (!m) return void 0;
    const op = m[1] ?? "=";
    if (op === "~>" || op === "=" || op === "<" || op === "<=") bounded = true;
  }
  return bounded;
}
function filterValues(lists, names) {
  const values = [];
  let unknownSeen = null;
  for (const list of lists) {
    if (list !== void 0 && isUnknown(list)) {
      unknownSeen ??= list;
      continue;
    }
    for (const filter of asList(list)) {
      if (isUnknown(filter)) {
        unknownSeen ??= filter;
        continue;
      }
      if (!isValueMap(filter)) continue;
      const name = filter.name;
      if (name !== void 0 && isUnknown(name)) {
        unknownSeen ??= name;
        continue;
      }
      if (typeof name !== "string" || !names.has(name)) continue;
      const v = filter.values;
      if (v !== void 0 && isUnknown(v)) {
        unknownSeen ??= v;
        continue;
      }
      values.push(asList(v));
    }
  }
  return { values, unknownSeen };
}
var REGION_METADATA = "/aws/service/global-infrastructure/";
var HASH_RUN = /[0-9a-fA-F]{32,}/;
var HASH_CALL = /\b(?:file)?(?:base64)?(?:md5|sha1|sha256|sha512)\s*\(/;
function contentAddressed(value) {
  const text = visibleText2(value);
  if (text !== void 0) {
    const path2 = text.split(/[?#]/)[0];
    if (HASH_RUN.test(path2.slice(path2.lastIndexOf("/") + 1))) return true;
  }
  if (value !== void 0 && isUnknown(value)) return HASH_CALL.test(value.$unknown) || text !== void 0 && HASH_CALL.test(text);
  return false;
}
var PIN_FUNCTIONS = {
  hasKey: {
    description: "True when a map has the key.",
    params: ["map", "key"],
    run: (map, key) => typeof key === "string" && isValueMap(map) && Object.prototype.hasOwnProperty.call(map, key)
  },
  missingKeys: {
    description: `The keys of a map that another map lacks, joined with ", " in the first map's order ("" when none): providers used but not required.`,
    params: ["map", "declared"],
    run: (map, declared) => {
      if (!isValueMap(map)) return "";
      const have = isValueMap(declared) ? declared : {};
      return Object.keys(map).filter((k) => !Object.prototype.hasOwnProperty.call(have, k)).join(", ");
    }
  },
  isOpenEndedConstraint: {
    description: "True when a Terraform version constraint has no upper bound: empty, or only `>`, `>=` and `!=` parts (`>= 5.0`). `~>`, `=`, a bare version, `<` and `<=` bound it. False for text that is no constraint.",
    params: ["constraint"],
    run: (constraint) => typeof constraint === "string" && constraintBounded(constraint) === false
  },
  amiFilterPins: {
    description: "True when AMI lookup filters select one image whatever is published later: an `image-id` filter, or a `name` filter whose values have no wildcard (`*`, `?`). Takes the filter lists (Terraform `filter`, Pulumi `filters`).",
    params: ["...filters"],
    seesUnknown: true,
    run: (...lists) => {
      const ids = filterValues(lists, /* @__PURE__ */ new Set(["image-id"]));
      if (ids.values.some((v) => v.length > 0 && v.every((x) => typeof x === "string"))) return true;
      const names = filterValues(lists, /* @__PURE__ */ new Set(["name"]));
      for (const v of names.values) {
        if (v.some(isUnknown)) return v.find(isUnknown);
        if (v.length > 0 && v.every((x) => typeof x === "string" && !/[*?]/.test(x))) return true;
      }
      return ids.unknownSeen ?? names.unknownSeen ?? false;
    }
  },
  amiTrustedFilter: {
    description: "True when AMI lookup filters restrict the owner (`owner-id` or `owner-alias` with values) or name one image (`image-id`, unique and immutable). Takes the filter lists (Terraform `filter`, Pulumi `filters`).",
    params: ["...filters"],
    seesUnknown: true,
    run: (...lists) => {
      const found = filterValues(lists, /* @__PURE__ */ new Set(["owner-id", "owner-alias", "image-id"]));
      for (const v of found.values) {
        if (v.length > 0 && v.some((x) => !isUnknown(x))) return true;
        if (v.some(isUnknown)) return v.find(isUnknown);
      }
      return found.unknownSeen ?? false;
    }
  },
  contentAddressed: {
    description: "True when an object key or URL names its content: a run of 32+ hex digits in its last path segment (what `aws cloudformation package` and `sam package` upload), or a key computed with a hash function (`filemd5(...)`). Never unknown: a key that is not visible is not content-addressed as far as the code shows.",
    params: ["keyOrUrl"],
    seesUnknown: true,
    run: (value) => contentAddressed(value)
  },
  unversionedObjectUrl: {
    description: "True when a value is a remote object URL (`s3://`, `https://`, or text starting with a substituted base such as `${TemplatesBase}/x.yaml`) without a `versionId=` query and not content-addressed. False for a local path (packaged by `aws cloudformation package` / `sam package`). Unknown when the text is not visible, or a substitution in the query could carry the version.",
    params: ["url"],
    seesUnknown: true,
    run: (value) => {
      const text = visibleText2(value);
      if (text === void 0) return value !== void 0 && isUnknown(value) ? value : false;
      if (/[?&]versionId=/.test(text)) return false;
      const remote = /^(?:s3|https?):\/\//i.test(text) || /^\$\{[^}]+\}/.test(text);
      if (!remote) return false;
      if (contentAddressed(value)) return false;
      const query = text.indexOf("?");
      if (query >= 0 && /\$\{[^}]*\}/.test(text.slice(query))) return unknown(text, { reason: "a substitution in the URL's query may carry the version" });
      return true;
    }
  },
  ssmLatestParameter: {
    description: "The name of the first AWS public SSM parameter that a value's visible text resolves without a version (`{{resolve:ssm:/aws/service/...}}`, such as the latest Amazon Linux AMI), else null. A `:version` pins it; region and service metadata (`/aws/service/global-infrastructure/...`) does not count.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => {
      const text = visibleText2(value);
      if (text === void 0) return null;
      for (const m of text.matchAll(/\{\{resolve:ssm:(\/aws\/service\/(?:\$\{[^}]*\}|[^:}])*)(:\d+)?\}\}/g)) {
        if (m[2] === void 0 && !m[1].startsWith(REGION_METADATA)) return m[1];
      }
      return null;
    }
  },
  ssmLatestPublicParameter: {
    description: 'True when an SSM parameter name (Terraform `data "aws_ssm_parameter"`, Pulumi `aws.ssm.getParameter`) is an AWS public parameter (`/aws/service/...`) without a `:version` selector. Region and service metadata (`/aws/service/global-infrastructure/...`) does not count.',
    params: ["name"],
    run: (name) => typeof name === "string" && /^\/aws\/service\/[^:]*$/.test(name) && !name.startsWith(REGION_METADATA)
  }
};

// src/engine/functions/visible-text.ts
var MAX_DEPTH2 = 16;
function visibleText3(value) {
  let current = value;
  for (let depth = 0; depth < MAX_DEPTH2 && current !== void 0 && isUnknown(current); depth++) current = current.decoded;
  return typeof current === "string" ? current : value;
}
var VISIBLE_TEXT_FUNCTIONS = {
  visibleText: {
    description: "The statically visible text of a value: a string as it is, or the text at the end of an Unknown's `decoded` chain through any number of layers (a Pulumi `.apply` callback returning a template); the value itself when no text is visible.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => visibleText3(value)
  }
};

// src/engine/functions/index.ts
var asList2 = (v) => v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v];
var asNumber = (v) => {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
};
var FUNCTIONS = {
  image: {
    description: "Parses a container image reference into { registry, repository, tag, digest, hasTag, hasDigest }; null when it is not one. Template placeholders (`${AWS::Region}`, `${repo.repositoryUrl}`) may stand for the registry or name; one in the tag or digest makes the result unknown.",
    params: ["reference"],
    run: (reference) => {
      if (typeof reference !== "string") return null;
      let count = 0;
      const masked = reference.replace(/\$\{[^}]*\}/g, () => `xplaceholder${count++}x`);
      const parsed = parseImageReference(masked);
      const hidden = /xplaceholder\d+x/;
      const lastSegment = parsed?.repository.slice(parsed.repository.lastIndexOf("/") + 1) ?? "";
      const mayHideTag = parsed !== null && parsed.tag === null && parsed.digest === null && hidden.test(lastSegment);
      if (parsed && (hidden.test(parsed.tag ?? "") || hidden.test(parsed.digest ?? "") || mayHideTag)) {
        return unknown(reference, { reason: "the image tag or digest is substituted" });
      }
      if (!parsed) return null;
      return { ...parsed, hasTag: parsed.tag !== null, hasDigest: parsed.digestValid };
    }
  },
  moduleSource: {
    description: "Parses a Terraform module source address into { kind, remote, ref, refKind }.",
    params: ["source"],
    run: (source) => typeof source === "string" ? { ...parseModuleSource(source) } : null
  },
  isCommitSha: {
    description: "True when the text is a full 40- or 64-hex commit id.",
    params: ["ref"],
    run: (ref) => typeof ref === "string" && isCommitSha(ref)
  },
  isExactVersion: {
    description: "True when a version constraint names one exact version rather than a range.",
    params: ["constraint"],
    run: (constraint) => typeof constraint === "string" && isExactVersion(constraint)
  },
  portsCovered: {
    description: "True when an ingress rule's protocol and port range reach any of the given ports. Ports may be numbers or range strings (`20-25`, `*`); a missing range means all ports.",
    params: ["protocol", "fromPort", "toPort", "ports"],
    run: (protocol, from, to, ports) => {
      if (protocol === void 0 || protocol === null || typeof protocol === "boolean" || typeof protocol === "object") return false;
      let low = asNumber(from);
      let high = asNumber(to);
      if (typeof from === "string" && low === null) {
        const span = parsePortRange(from);
        if (span) [low, high] = span;
      }
      const wanted = asList2(ports).map(asNumber).filter((p) => p !== null);
      return rangeCoversPorts(protocol, low, high ?? low, wanted);
    }
  },
  portSpecCovers: {
    description: "True when any port spec (`22`, `20-25`, `*`, or a list of them) includes one of the ports.",
    params: ["specs", "ports"],
    seesUnknown: true,
    run: (specs, ports) => {
      const wanted = asList2(ports).map(asNumber).filter((p) => p !== null);
      let sawUnknown = false;
      for (const spec of asList2(specs)) {
        if (isUnknown(spec)) {
          sawUnknown = true;
          continue;
        }
        if (typeof spec !== "string" && typeof spec !== "number") continue;
        const span = parsePortRange(spec);
        if (span && wanted.some((p) => p >= span[0] && p <= span[1])) return true;
      }
      return sawUnknown ? { $unknown: "port list" } : false;
    }
  },
  anyAnywhere: {
    description: "True when any argument (a CIDR or a list of CIDRs) matches every address (0.0.0.0/0, ::/0). Unknown when only unknown entries could.",
    params: ["...cidrs"],
    seesUnknown: true,
    run: (...lists) => {
      let sawUnknown = null;
      for (const entry of lists.flatMap(asList2)) {
        if (isUnknown(entry)) sawUnknown ??= entry;
        else if (typeof entry === "string" && isAnywhere(entry)) return true;
      }
      return sawUnknown ?? false;
    }
  },
  nonEmpty: {
    description: "True when the value is a non-empty list, map or string, or `true`.",
    params: ["value"],
    run: (value) => {
      if (value === void 0 || value === null || value === false) return false;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === "string") return value.length > 0;
      if (isValueMap(value)) return Object.keys(value).length > 0;
      return true;
    }
  },
  pathWithin: {
    description: 'True when an attribute path (`tags["x"]`, `scaling_config[0].desired_size`) is one of, or lies inside one of, the patterns.',
    params: ["path", "patterns"],
    run: (path2, patterns) => typeof path2 === "string" && pathWithin(path2, asList2(patterns).filter((p) => typeof p === "string"))
  },
  ownedElsewhere: {
    description: "True when an ignored attribute path of a resource of `type` is managed by one of the `related` records (a relation's list): `owners` maps a type to { attribute path: [owner types] } (an ASG's `target_group_arns` and an `aws_autoscaling_traffic_source_attachment` that refers to it).",
    params: ["path", "type", "related", "owners"],
    run: (path2, type, related, owners) => {
      if (typeof path2 !== "string" || typeof type !== "string" || !isValueMap(owners)) return false;
      const table = owners[type];
      if (!isValueMap(table)) return false;
      const present = new Set(
        asList2(related).map((view) => isValueMap(view) && isValueMap(view.resource) ? view.resource.canonicalType : void 0).filter((t) => typeof t === "string")
      );
      return Object.entries(table).some(([attribute, types]) => pathWithin(path2, [attribute]) && asList2(types).some((t) => typeof t === "string" && present.has(t)));
    }
  },
  pathMentions: {
    description: "True when any segment of an attribute path (`spec[0].template[0].metadata[0].labels`) is one of the names: a map such as `labels` at any depth, or anything inside one.",
    params: ["path", "names"],
    run: (path2, names) => {
      if (typeof path2 !== "string") return false;
      const wanted = new Set(asList2(names).filter((n) => typeof n === "string"));
      return attributePathSegments(path2).some((segment) => wanted.has(segment));
    }
  },
  attributePath: {
    description: "Normalises an attribute path to dotted snake_case segments (`scalingConfig[0].desiredSize` → `scaling_config.*.desired_size`).",
    params: ["path"],
    run: (path2) => typeof path2 === "string" ? attributePathSegments(path2).join(".") : null
  },
  keysMatch: {
    description: "True when any key of a map, at any depth, matches the regular expression.",
    params: ["value", "pattern"],
    run: (value, pattern) => typeof pattern === "string" && anyKeyMatches(value, new RegExp(pattern))
  },
  isOpenEndedRange: {
    description: "True when an npm version range has no upper bound: `*`, `x`, empty, a dist-tag such as `latest`, or an alternative of only `>`/`>=` comparators (`>=3.0.0`, `^1 || >=2`).",
    params: ["range"],
    run: (range) => typeof range === "string" && isOpenEndedRange(range)
  },
  lower: {
    description: "Lower-cases a string.",
    params: ["text"],
    run: (text) => typeof text === "string" ? text.toLowerCase() : text
  },
  ...RNP_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...NONDETERMINISTIC_FUNCTIONS,
  ...KEY_VALUE_FUNCTIONS,
  ...SCRIPT_FUNCTIONS,
  ...PIN_FUNCTIONS,
  ...VISIBLE_TEXT_FUNCTIONS
};
function anyKeyMatches(value, pattern, depth = 0) {
  if (depth > 64 || value === void 0 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => anyKeyMatches(v, pattern, depth + 1));
  if (isUnknown(value)) return false;
  return Object.entries(value).some(([k, v]) => pattern.test(k) || anyKeyMatches(v, pattern, depth + 1));
}
function callFunction(name, args) {
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`unknown function ${name}`);
  if (!fn.seesUnknown) {
    const unknownArg = args.find((a) => isUnknown(a));
    if (unknownArg !== void 0) return unknownArg;
  }
  return fn.run(...args);
}

// src/engine/path.ts
var PathSyntaxError = class extends Error {
};
var cache = /* @__PURE__ */ new Map();
function parsePath(text) {
  const cached = cache.get(text);
  if (cached) return cached;
  const steps = [];
  let i = 0;
  const fail = (why) => {
    throw new PathSyntaxError(`invalid path "${text}" at character ${i + 1}: ${why}`);
  };
  const readName = () => {
    const match = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i));
    if (!match) return fail("expected a name");
    i += match[0].length;
    return match[0];
  };
  steps.push({ kind: "key", key: readName() });
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      i++;
      if (text[i] === "*") {
        i++;
        steps.push({ kind: "wildcard" });
      } else steps.push({ kind: "key", key: readName() });
    } else if (c === "[") {
      const close = text.indexOf("]", i);
      if (close < 0) fail("missing ]");
      const inner = text.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === "*") steps.push({ kind: "wildcard" });
      else if (/^\d+$/.test(inner)) steps.push({ kind: "index", index: Number(inner) });
      else if (/^"[^"]*"$|^'[^']*'$/.test(inner)) steps.push({ kind: "key", key: inner.slice(1, -1) });
      else fail(`unsupported index [${inner}]`);
    } else if (c === "|") {
      i++;
      const name = readName();
      if (name !== "json" && name !== "text") fail(`unknown decoder |${name} (known: json, text)`);
      steps.push({ kind: "decode", decoder: name });
    } else fail(`unexpected "${c}"`);
  }
  cache.set(text, steps);
  return steps;
}
function decodeJson(value) {
  if (value === void 0) return void 0;
  if (isUnknown(value)) return value.decoded !== void 0 ? value.decoded : value;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return void 0;
  }
}
function decodeText(value) {
  let current = value;
  for (let depth = 0; depth < 16 && current !== void 0 && isUnknown(current); depth++) {
    if (typeof current.decoded === "string") return current.decoded;
    if (current.decoded === void 0 || !isUnknown(current.decoded)) break;
    current = current.decoded;
  }
  return value;
}
function resolveSteps(start, steps) {
  let current = [start];
  for (const step of steps) {
    const next = [];
    for (const here of current) {
      const { value } = here;
      const carry = { ...here.foreign ? { foreign: here.foreign } : {}, ...here.constant ? { constant: true } : {} };
      if (step.kind === "decode") {
        const decoded = step.decoder === "json" ? decodeJson(value) : decodeText(value);
        next.push(decoded !== value && isUnknown(value) ? { ...here, value: decoded, decodedFrom: value } : { ...here, value: decoded });
        continue;
      }
      if (value === void 0 || value === null) {
        if (step.kind !== "wildcard") next.push({ ...here, value: void 0, path: [...here.path, stepSegment(step)] });
        continue;
      }
      if (isUnknown(value)) {
        next.push({ value, path: step.kind === "wildcard" ? here.path : [...here.path, stepSegment(step)], underUnknown: true, ...carry });
        continue;
      }
      if (step.kind === "wildcard") {
        if (Array.isArray(value)) value.forEach((v, index) => next.push(here.elements?.[index] ?? { value: v, path: [...here.path, index], underUnknown: here.underUnknown, ...carry }));
        else if (typeof value === "object") for (const [k, v] of Object.entries(value)) next.push({ value: v, path: [...here.path, k], underUnknown: here.underUnknown, ...carry });
        continue;
      }
      const segment = stepSegment(step);
      if (typeof segment === "number" && here.elements?.[segment]) {
        next.push(here.elements[segment]);
        continue;
      }
      next.push({ value: getPath(value, [segment]), path: [...here.path, segment], underUnknown: here.underUnknown, ...carry });
    }
    current = next;
  }
  return current;
}
function stepSegment(step) {
  if (step.kind === "key") return step.key;
  if (step.kind === "index") return step.index;
  return "*";
}

// src/engine/load.ts
var RuleLoadError = class extends Error {
  constructor(file, line, detail) {
    super(`${file}${line ? `:${line}` : ""}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.name = "RuleLoadError";
  }
  file;
  line;
  detail;
};
var BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
var validator;
function schemaValidator() {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync2(path.join(BUILTIN_RULES_DIR, "schema.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: true, strictTuples: false });
  const addFormats = addFormatsModule;
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}
async function loadRules(options = {}) {
  const dirs = [...options.builtIn === false ? [] : [BUILTIN_RULES_DIR], ...options.extraDirs ?? []];
  const rules = [];
  const byId = /* @__PURE__ */ new Map();
  const sets = {};
  for (const dir of dirs) Object.assign(sets, await loadSets(dir, sets));
  for (const dir of dirs) {
    let entries;
    try {
      entries = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
    } catch (error) {
      throw new RuleLoadError(dir, void 0, `cannot read rule directory (${error.code ?? String(error)}); pass an existing directory to --rules`);
    }
    for (const name of entries) {
      const file = path.join(dir, name);
      const rule = parseRuleFile(file, await readFile(file, "utf8"), sets);
      if (!rule.helpUri && dir === BUILTIN_RULES_DIR) {
        const uri = defaultHelpUri(rule.id);
        if (uri) rule.helpUri = uri;
      }
      const previous = byId.get(rule.id);
      if (previous) throw new RuleLoadError(file, void 0, `rule id ${rule.id} is already defined in ${previous}; give the rule a unique id`);
      byId.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}
async function loadSets(dir, known) {
  const setsDir = path.join(dir, "sets");
  let entries;
  try {
    entries = (await readdir(setsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return {};
  }
  const out = {};
  for (const name of entries) {
    const file = path.join(setsDir, name);
    const lineCounter = new LineCounter();
    const document = parseDocument(await readFile(file, "utf8"), { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
      const error = document.errors[0];
      throw new RuleLoadError(file, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split("\n")[0]}`);
    }
    const data = document.toJS();
    const expected = name.replace(/\.ya?ml$/, "");
    if (!data || typeof data !== "object") throw new RuleLoadError(file, 1, "a set file holds name, description and values");
    const extra = Object.keys(data).find((k) => !["name", "description", "values"].includes(k));
    if (extra) throw new RuleLoadError(file, 1, `unknown key "${extra}" (a set holds name, description and values)`);
    if (data.name !== expected) throw new RuleLoadError(file, 1, `name must be "${expected}", the file's name`);
    if (typeof data.description !== "string" || data.description.trim() === "") throw new RuleLoadError(file, 1, "description is required: say what the set holds and where its entries come from");
    if (!Array.isArray(data.values) || data.values.length === 0 || !data.values.every((v) => typeof v === "string" || typeof v === "number")) {
      throw new RuleLoadError(file, 1, "values must be a non-empty list of strings or numbers");
    }
    if (known[expected] || out[expected]) throw new RuleLoadError(file, 1, `set ${expected} is already defined; give it another name`);
    out[expected] = data.values;
  }
  return out;
}
function paramProblem(schema, value) {
  const validate = paramValidator(schema);
  if (validate(value)) return void 0;
  const error = validate.errors?.[0];
  return error ? `${error.instancePath || "value"} ${describeError(error)}` : "is invalid";
}
var paramValidators = /* @__PURE__ */ new Map();
function paramValidator(schema) {
  const key = JSON.stringify(schema);
  let v = paramValidators.get(key);
  if (!v) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    addFormatsModule(ajv);
    v = ajv.compile(schema);
    paramValidators.set(key, v);
  }
  return v;
}
function parseRuleFile(file, text, sets = {}) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new RuleLoadError(file, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const data = document.toJS();
  const lineOf = (instancePath) => {
    const segments = instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"));
    for (let n = segments.length; n >= 0; n--) {
      const node = document.getIn(segments.slice(0, n), true);
      if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const validate = schemaValidator();
  if (!validate(data)) {
    const error = mostSpecific(validate.errors ?? []);
    const extra = error.keyword === "additionalProperties" ? `/${error.params.additionalProperty}` : "";
    throw new RuleLoadError(file, lineOf(error.instancePath + extra), `${error.instancePath || "(top)"} ${describeError(error)}`);
  }
  const raw = data;
  const rule = {
    id: raw.id,
    title: raw.title,
    level: raw.level,
    securitySeverity: raw["security-severity"],
    precision: raw.precision ?? "high",
    tags: raw.tags,
    formats: raw.formats,
    enabled: raw.enabled ?? true,
    description: raw.description.trim(),
    remediation: raw.remediation.trim(),
    examples: raw.examples ?? {},
    references: raw.references ?? [],
    sourceFile: file,
    checks: raw.checks,
    params: {},
    paramValues: {},
    sets,
    onePer: raw["one-per"] ?? "element"
  };
  for (const [name, spec] of Object.entries(raw.params ?? {})) {
    let value = spec.default;
    const setRef = typeof value === "string" ? /^\$sets\.([\w-]+)$/.exec(value) : null;
    if (setRef) {
      if (!sets[setRef[1]]) throw new RuleLoadError(file, lineOf(`/params/${name}/default`), `params.${name}: unknown set ${setRef[1]} (known: ${Object.keys(sets).join(", ") || "none"})`);
      value = sets[setRef[1]];
    }
    let problem;
    try {
      problem = paramProblem(spec.schema, value);
    } catch (error) {
      throw new RuleLoadError(file, lineOf(`/params/${name}/schema`), `params.${name}.schema is not a valid JSON Schema: ${error.message}`);
    }
    if (problem) throw new RuleLoadError(file, lineOf(`/params/${name}/default`), `params.${name}.default ${problem}`);
    rule.params[name] = { description: spec.description, schema: spec.schema, default: value };
    rule.paramValues[name] = value;
  }
  if (raw["help-uri"]) rule.helpUri = raw["help-uri"];
  if (Number(rule.securitySeverity) <= 0) throw new RuleLoadError(file, lineOf("/security-severity"), "security-severity must be greater than 0");
  rule.checks.forEach((check, index) => {
    const problem = checkProblem(check, rule);
    if (problem) {
      const key = /^(select|each|let\.[\w-]+|related\.[\w-]+|when|at|message)\b/.exec(problem)?.[1];
      const where = key === void 0 ? "" : `/${key.replace(".", "/")}`;
      throw new RuleLoadError(file, lineOf(`/checks/${index}${where}`), `/checks/${index} ${problem}`);
    }
  });
  return rule;
}
function checkProblem(check, rule) {
  const bound = /* @__PURE__ */ new Set(["attributes", "options", "resource", "params", "sets"]);
  const namedValue = (text) => {
    const set = /^\$sets\.([\w-]+)/.exec(text);
    if (set && !rule.sets[set[1]]) return `unknown set ${set[1]} (known: ${Object.keys(rule.sets).join(", ") || "none"})`;
    const param = /^\$params\.([\w-]+)/.exec(text);
    if (param && !(param[1] in rule.paramValues)) return `unknown parameter ${param[1]} (declared: ${Object.keys(rule.paramValues).join(", ") || "none"})`;
    return void 0;
  };
  try {
    for (const selector of [check.select].flat()) {
      for (const type of [selector.type ?? []].flat()) {
        const p = namedValue(type);
        if (p) return `select.type: ${p}`;
      }
    }
    for (const [name, relation] of Object.entries(check.related ?? {})) {
      const selector = "referenced-by" in relation ? relation["referenced-by"] : relation.references;
      for (const type of [selector.type ?? []].flat()) {
        const p = namedValue(type);
        if (p) return `related.${name}.type: ${p}`;
      }
      for (const via of [selector.via ?? []].flat()) {
        const head = parsePath(via)[0];
        if (head?.kind !== "key" || head.key !== "attributes") return `related.${name}.via "${via}" must start with attributes`;
      }
      bound.add(name);
    }
    const selectors = [check.select].flat();
    for (const each of [check.each ?? [], ...selectors.map((s) => s.each ?? [])].flat()) {
      const head = parsePath(each)[0];
      if (head?.kind !== "key" || !bound.has(head.key)) return `each path "${each}" must start with attributes or options`;
    }
    if (check.each || selectors.some((s) => s.each)) {
      bound.add(check.as ?? "item");
      bound.add("key");
    }
    const refProblem = (value) => {
      if (typeof value === "string" && value.startsWith("$") && !value.startsWith("$$")) {
        const head = parsePath(value.slice(1))[0];
        if (head?.kind !== "key" || !bound.has(head.key)) return `reference ${value} names nothing bound here (bound: ${[...bound].join(", ")})`;
        return namedValue(value);
      } else if (Array.isArray(value)) {
        for (const v of value) {
          const p = refProblem(v);
          if (p) return p;
        }
      } else if (value !== null && typeof value === "object") {
        const call = value.call;
        if (typeof call === "string" && !FUNCTIONS[call]) return `unknown function ${call} (known: ${Object.keys(FUNCTIONS).join(", ")})`;
        const quantified = ["some", "none", "every"].find((q) => q in value);
        if (quantified) {
          const q = value;
          const p = refProblem(q[quantified]);
          if (p) return p;
          const name = q.as ?? "item";
          const had = bound.has(name);
          bound.add(name);
          const inner = q.when === void 0 ? void 0 : refProblem(q.when);
          if (!had) bound.delete(name);
          return inner;
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === "as") continue;
          const p = refProblem(v);
          if (p) return p;
        }
      }
      return void 0;
    };
    for (const [name, binding] of Object.entries(check.let ?? {})) {
      const p = refProblem(binding);
      if (p) return `let.${name}: ${p}`;
      bound.add(name);
    }
    const conditionProblem = refProblem(check.when);
    if (conditionProblem) return `when: ${conditionProblem}`;
    if (check.at) {
      const p = refProblem(check.at);
      if (p) return `at: ${p}`;
    }
    for (const placeholder of check.message.matchAll(/\{([A-Za-z_$][\w$.\[\]"*|-]*)\}/g)) {
      const name = placeholder[1];
      if (name !== "name") {
        const p = refProblem(`$${name}`);
        if (p) return `message: ${p}`;
      }
    }
  } catch (error) {
    if (error instanceof PathSyntaxError) return error.message;
    throw error;
  }
  return void 0;
}
function mostSpecific(errors) {
  const useful = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "if");
  const pool = useful.length > 0 ? useful : errors;
  const rank = (e) => e.instancePath.length * 2 + (e.keyword === "additionalProperties" ? 1 : 0);
  return pool.reduce((best, e) => rank(e) > rank(best) ? e : best, pool[0]);
}
function describeError(error) {
  if (error.keyword === "additionalProperties") return `has unknown property "${error.params.additionalProperty}"`;
  if (error.keyword === "enum") return `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return error.message ?? "is invalid";
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, file, resource, path2) {
  return createHash("sha256").update([ruleId, file, resource, path2].join("\0")).digest("hex").slice(0, 32);
}
function formatPath(path2) {
  let text = "";
  for (const segment of path2) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}
var NO_VALUE_DIGEST = "none";
function valueDigest(value) {
  if (value === void 0) return NO_VALUE_DIGEST;
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 16);
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isUnknown(value)) return `{"$unknown":${JSON.stringify(value.$unknown)}}`;
  const keys = Object.keys(value).filter((k) => value[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}

// src/engine/logic.ts
function and(values) {
  let result = true;
  for (const v of values) {
    if (v === false) return false;
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function or(values) {
  let result = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function not(value) {
  return value === "unknown" ? value : !value;
}

// src/engine/conditions.ts
var Scope = class _Scope extends Map {
  touched = [];
  unknowns = [];
  /** Unknown values read through a decoder (`|text` of a partly known image reference). */
  decoded = [];
  /** Related records that decided the outcome (matched by `some`, examined by `none`/`every`). */
  evidence = [];
  /** Notes an unknown value that made a condition undecidable; returns "unknown". */
  undecided(value) {
    if (value !== void 0 && isUnknown(value) && !this.unknowns.includes(value)) this.unknowns.push(value);
    return "unknown";
  }
  /**
   * What the undecided conditions hinged on, as written: a library function's Unknown (an image
   * whose tag is substituted) stands for the value it was given, whose reason says more.
   */
  undecidedValues() {
    if (this.decoded.length === 0) return this.unknowns;
    const shown = new Set(this.decoded.map((d) => typeof d.decoded === "string" ? d.decoded : d.$unknown));
    return [...this.decoded, ...this.unknowns.filter((u) => !shown.has(u.$unknown) && !this.decoded.includes(u))];
  }
  /** A child scope for a quantifier's element: same bindings and the same records of what was read. */
  child() {
    const c = new _Scope(this);
    Object.assign(c, { touched: this.touched, unknowns: this.unknowns, decoded: this.decoded, evidence: this.evidence });
    return c;
  }
};
function recordView(record, edgePath) {
  const value = {
    attributes: record.attributes,
    options: record.options,
    resource: { type: record.type, canonicalType: record.canonicalType, name: record.name, kind: record.kind, file: record.file, format: record.format }
  };
  if (edgePath) value.via = formatPath(edgePath);
  return { value, path: [], underUnknown: false, foreign: { record, ...edgePath ? { path: edgePath } : {} } };
}
function bind(binding, scope) {
  if (binding !== null && typeof binding === "object" && !Array.isArray(binding) && "call" in binding && typeof binding.call === "string") {
    const args = binding.args.map((arg) => operand(arg, scope).value);
    return { value: callFunction(binding.call, args), path: [], underUnknown: false };
  }
  return operand(binding, scope);
}
function operand(value, scope) {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return { value: value.slice(1), path: [], underUnknown: false };
    const found = resolveReference(value.slice(1), scope);
    if (found.path.length > 0 && !found.foreign && !found.constant) scope.touched.push(found.path);
    if (found.decodedFrom && !scope.decoded.includes(found.decodedFrom)) scope.decoded.push(found.decodedFrom);
    return found;
  }
  if (Array.isArray(value)) {
    return { value: value.map((v) => operand(v, scope).value ?? null), path: [], underUnknown: false };
  }
  return { value, path: [], underUnknown: false };
}
function resolveReference(reference, scope) {
  const steps = parsePath(reference.replace(/^\$/, ""));
  const [head, ...rest] = steps;
  const start = head && head.kind === "key" ? scope.get(head.key) : void 0;
  if (!start) return { value: void 0, path: [], underUnknown: false };
  const [first] = resolveSteps(start, rest);
  return first ?? { ...start, value: void 0 };
}
function test(condition, scope) {
  if ("all" in condition) return and(condition.all.map((c) => test(c, scope)));
  if ("any" in condition) return or(condition.any.map((c) => test(c, scope)));
  if ("not" in condition) return not(test(condition.not, scope));
  if ("some" in condition || "none" in condition || "every" in condition) return quantify(condition, scope);
  if ("present" in condition) {
    const found = operand(condition.present, scope);
    if (found.value === void 0 || found.value === null) return found.underUnknown ? scope.undecided(found.value) : false;
    return true;
  }
  if ("absent" in condition) {
    const found = operand(condition.absent, scope);
    if (found.value === void 0 || found.value === null) return found.underUnknown ? scope.undecided(found.value) : true;
    return false;
  }
  if ("equals" in condition) {
    const [a, b] = condition.equals.map((o) => operand(o, scope).value);
    if (isUnknown(a) || isUnknown(b)) return scope.undecided(isUnknown(a) ? a : b);
    return looselyEqual(a, b);
  }
  if ("in" in condition) {
    const needle = operand(condition.in[0], scope).value;
    const haystack = operand(condition.in[1], scope).value;
    if (isUnknown(needle) || isUnknown(haystack)) return scope.undecided(isUnknown(needle) ? needle : haystack);
    const list = Array.isArray(haystack) ? haystack : haystack === void 0 || haystack === null ? [] : [haystack];
    return or(list.map((entry) => isUnknown(entry) ? scope.undecided(entry) : looselyEqual(needle, entry)));
  }
  if ("matches" in condition) {
    const value = operand(condition.matches[0], scope).value;
    if (isUnknown(value)) return scope.undecided(value);
    return typeof value === "string" && compiledRegex(condition.matches[1]).test(value);
  }
  if ("truthy" in condition) {
    const value = operand(condition.truthy, scope).value;
    if (isUnknown(value)) return scope.undecided(value);
    return value === true || value === "true";
  }
  const result = callFunction(condition.call, condition.args.map((a) => operand(a, scope).value));
  if (isUnknown(result)) return scope.undecided(result);
  return result === true;
}
function quantify(condition, scope) {
  const [quantifier, reference] = "some" in condition ? ["some", condition.some] : "none" in condition ? ["none", condition.none] : ["every", condition.every];
  const found = operand(reference, scope);
  if (isUnknown(found.value)) return scope.undecided(found.value);
  const elements = found.elements ?? (Array.isArray(found.value) ? found.value.map((v, i) => ({ ...found, value: v, path: [...found.path, i] })) : []);
  const results = [];
  const matched = [];
  for (const element of elements) {
    let truth = true;
    if (condition.when) {
      const inner = scope.child();
      inner.set(condition.as ?? "item", element);
      truth = test(condition.when, inner);
    }
    results.push(truth);
    if (truth === true) matched.push(element);
  }
  const evidenceOf = (list) => {
    for (const e of list) if (e.foreign && !scope.evidence.some((x) => x.record === e.foreign.record)) scope.evidence.push(e.foreign);
  };
  if (quantifier === "some") {
    const truth = or(results);
    if (truth === true) evidenceOf(matched);
    return truth;
  }
  evidenceOf(elements);
  return quantifier === "none" ? not(or(results)) : and(results);
}
var regexCache2 = /* @__PURE__ */ new Map();
function compiledRegex(source) {
  let re = regexCache2.get(source);
  if (!re) regexCache2.set(source, re = new RegExp(source));
  return re;
}
function looselyEqual(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a === null || b === null) return false;
  const scalar = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

// src/model/finding.ts
var LEVELS = ["error", "warning", "note"];
function levelRank(level) {
  return level === "error" ? 3 : level === "warning" ? 2 : level === "note" ? 1 : 0;
}

// src/engine/relations.ts
var NOT_RECORDS = /* @__PURE__ */ new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);
var TERRAFORM_REF = /(?<![\w.\]"'-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;
var CFN_REF = /(?:\bRef\b["']?\s*:?\s*["']?|\bGetAtt\b["']?\s*:?\s*\[?\s*["']?|\$\{)([A-Za-z0-9]+)/g;
var RelationIndex = class {
  outgoing = /* @__PURE__ */ new Map();
  incoming = /* @__PURE__ */ new Map();
  constructor(resources) {
    const units = /* @__PURE__ */ new Map();
    for (const r of resources) {
      if (r.kind === "fact" || r.unit === void 0) continue;
      let list = units.get(r.unit);
      if (!list) units.set(r.unit, list = []);
      list.push(r);
    }
    for (const records of units.values()) this.indexUnit(records);
  }
  /** Records `record` refers to (optionally only through paths under `via`). */
  references(record) {
    return this.outgoing.get(record) ?? [];
  }
  /** Records that refer to `record`. */
  referencedBy(record) {
    return this.incoming.get(record) ?? [];
  }
  indexUnit(records) {
    const byKey = /* @__PURE__ */ new Map();
    for (const r of records) {
      const key = recordKey(r);
      const list = byKey.get(key);
      if (list) list.push(r);
      else byKey.set(key, [r]);
    }
    for (const from of records) {
      const seen = /* @__PURE__ */ new Map();
      const visit = (value, path2, depth) => {
        if (value === void 0 || value === null || depth > 64) return;
        if (isUnknown(value)) {
          for (const ref of referencesIn(from, value)) {
            for (const to of byKey.get(ref) ?? []) {
              if (to === from) continue;
              const at = path2.join("");
              let targets = seen.get(at);
              if (!targets) seen.set(at, targets = /* @__PURE__ */ new Set());
              if (targets.has(to)) continue;
              targets.add(to);
              const edge = { from, to, path: path2 };
              push(this.outgoing, from, edge);
              push(this.incoming, to, edge);
            }
          }
          if (value.decoded !== void 0 && typeof value.decoded === "object") visit(value.decoded, path2, depth + 1);
          return;
        }
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path2, i], depth + 1));
        else if (isValueMap(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path2, k], depth + 1);
      };
      visit(from.attributes, ["attributes"], 0);
    }
  }
};
function push(map, key, edge) {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
function recordKey(r) {
  return r.format === "terraform" ? withoutInstanceKeys(r.name) : r.name;
}
function withoutInstanceKeys(address) {
  return address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g, "");
}
function referencesIn(from, value) {
  const texts = [value.$unknown, ...typeof value.decoded === "string" ? [value.decoded] : []];
  const out = /* @__PURE__ */ new Set();
  if (from.format === "terraform") {
    const prefix = /^((?:module\.[^.]+\.)*)/.exec(withoutInstanceKeys(from.name))[1];
    for (const ref of value.refs ?? []) out.add(prefix + ref);
    for (const text of texts) {
      for (const m of text.matchAll(TERRAFORM_REF)) {
        const ref = m[1];
        const root = ref.slice(0, ref.indexOf("."));
        if (!NOT_RECORDS.has(root)) out.add(prefix + ref);
      }
    }
  } else if (from.format === "cloudformation") {
    for (const ref of value.refs ?? []) out.add(ref);
    for (const text of texts) for (const m of text.matchAll(CFN_REF)) if (!m[1].startsWith("AWS")) out.add(m[1]);
  } else {
    for (const ref of value.refs ?? []) out.add(ref);
  }
  return [...out];
}

// src/engine/findings.ts
function isCallOrigin(o) {
  return o.kind === "module-argument" || o.kind === "call-argument";
}
function findingName(resource, calls, origins) {
  const scopes = resource.scopes;
  let name = resource.name;
  if (scopes && scopes.length > 0) name = calls.length === 0 ? scopes[scopes.length - 1] : scopes[Math.min(...calls.map((o) => o.depth ?? 0))] ?? resource.name;
  return resource.format !== "terraform" || origins.some((o) => o.kind === "instance-key") ? name : withoutInstanceKeys(name);
}
function provenance(calls, written, value) {
  const parts = [];
  if (calls.length > 0) {
    const chain = [];
    for (const o of [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))) {
      if (!chain.some((c) => c.depth === o.depth && c.call === o.call)) chain.push(o);
    }
    parts.push(`via ${chain.map((o) => `${o.call ?? "a call"} (${o.file}:${o.range.start.line})`).join(" → ")}`);
  }
  const where = (o) => `${o.file}:${o.range.start.line} (${o.message})`;
  if (written.length === 1 && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    parts.push(`${typeof value === "string" ? JSON.stringify(value) : String(value)} from ${where(written[0])}`);
  } else if (written.length > 0) {
    parts.push(`${written.length === 1 ? "value" : "values"} from ${written.slice(0, 3).map(where).join(", ")}`);
  }
  return parts.length > 0 ? ` — ${parts.join("; ")}` : "";
}
function unknownNote(unknowns) {
  const reasons = [...new Set(unknowns.map((u) => u.reason ?? `${u.$unknown.trim()} is not known statically`))];
  if (reasons.length === 0) return " (the value is not known statically; verify it)";
  return ` (not known statically: ${reasons.slice(0, 3).join("; ")}; verify it)`;
}
function oneNotePerDecision(findings, rules) {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const severity = new Map(rules.map((r) => [r.id, levelRank(r.level)]));
  const best = /* @__PURE__ */ new Map();
  const key = (f) => `${f.file}\0${f.resource}\0${f.range.start.line}:${f.range.start.column}\0${decisionOf.get(f) ?? ""}`;
  for (const f of findings) {
    if (!f.unknownValue) continue;
    const k = key(f);
    const current = best.get(k);
    if (!current || (severity.get(f.ruleId) ?? 0) > (severity.get(current.ruleId) ?? 0) || (severity.get(f.ruleId) ?? 0) === (severity.get(current.ruleId) ?? 0) && (order.get(f.ruleId) ?? 0) < (order.get(current.ruleId) ?? 0)) {
      best.set(k, f);
    }
  }
  return findings.filter((f) => !f.unknownValue || best.get(key(f)) === f);
}
var unitOf = /* @__PURE__ */ new WeakMap();
var decisionOf = /* @__PURE__ */ new WeakMap();
function relatedOrigins(resource, path2, touched) {
  const origins = [];
  const written = [];
  const add = (list) => {
    for (const origin of list) if (!origins.some((o) => sameOrigin(o, origin))) origins.push(origin);
  };
  const writtenEnd = (list) => {
    const chain = list?.filter((o) => o.kind !== "instance-key") ?? [];
    const end = chain.at(-1);
    if (!end || isCallOrigin(end) || written.some((o) => sameOrigin(o, end))) return;
    if (end.kind === "local" && chain.some((o) => o !== end && !isCallOrigin(o))) return;
    written.push(end);
  };
  const visit = (p, below, named) => {
    if (p.length === 0) return;
    const { along, inside: inside2 } = originsOnPath(resource, p, below);
    along.forEach(add);
    inside2.forEach(add);
    if (!named) return;
    if (inside2.length > 0) inside2.forEach(writtenEnd);
    else writtenEnd(along.at(-1));
  };
  visit(path2, false, true);
  const inside = (t) => path2.length > 0 && t.length >= path2.length && path2.every((s, i) => t[i] === s);
  for (const t of touched) visit(t, true, inside(t));
  return { origins, written };
}
function sameOrigin(a, b) {
  return a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column;
}
function render(template, scope, name, format) {
  return template.replace(/("?)\{(@?[A-Za-z_$][\w$.\[\]"*|-]*)\}("?)/g, (_all, open, reference, close) => {
    if (reference === "name") return `${open}${name}${close}`;
    if (reference.startsWith("@")) return `${open}${nativeName(reference.slice(1), format)}${close}`;
    const value = resolveReference(reference, scope).value;
    if (value !== void 0 && isUnknown(value) && open && close) return display(value);
    return `${open}${display(value)}${close}`;
  });
}
function nativeName(path2, format) {
  const plain = path2.replace(/\[(?:\d+|\*)\]/g, "");
  if (format !== "pulumi") return plain;
  return plain.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
function display(value) {
  if (typeof value === "string") return oneLine(value);
  if (value !== void 0 && isUnknown(value)) return oneLine(value.$unknown);
  return describeValue(value);
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.file}\0${f.range.start.line}:${f.range.start.column}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = counts.get(f.fingerprint) ?? 0;
    counts.set(f.fingerprint, n + 1);
    out.push(n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n}` });
  }
  return out;
}
function consolidate(findings, rules) {
  const perResource = new Set(rules.filter((r) => r.onePer === "resource").map((r) => r.id));
  const kept = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const where = perResource.has(f.ruleId) && f.resource !== "" ? "" : `${f.file}\0${f.range.start.line}:${f.range.start.column}${f.unknownValue ? `\0${f.path}` : ""}`;
    const key = `${f.ruleId}\0${unitOf.get(f) ?? ""}\0${f.resource}\0${where}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, f);
      out.push(f);
      continue;
    }
    if (first.unknownValue && !f.unknownValue) {
      out[out.indexOf(first)] = f;
      kept.set(key, f);
      continue;
    }
    if (f.unknownValue && !first.unknownValue) continue;
    const samePlace = f.file === first.file && f.range.start.line === first.range.start.line && f.range.start.column === first.range.start.column;
    const related = [...first.related ?? []];
    if (!samePlace && !related.some((r) => r.file === f.file && r.range.start.line === f.range.start.line && r.range.start.column === f.range.start.column)) {
      related.push({ file: f.file, range: f.range, message: f.message });
    }
    for (const r of f.related ?? []) if (!related.some((x) => x.file === r.file && x.range.start.line === r.range.start.line && x.range.start.column === r.range.start.column)) related.push(r);
    const message = samePlace && f.path !== first.path && !first.message.includes(f.message) ? `${first.message} ${f.message}` : first.message;
    const merged = { ...first, message, ...related.length > 0 ? { related } : {} };
    out[out.indexOf(first)] = merged;
    kept.set(key, merged);
  }
  return out;
}

// src/engine/selection.ts
var RuleIndex = class {
  byType = /* @__PURE__ */ new Map();
  anyType = [];
  order = /* @__PURE__ */ new Map();
  constructor(rules) {
    for (const rule of rules) {
      for (const check of rule.checks) {
        const compiled = {
          rule,
          check,
          selectors: [check.select].flat().map((s) => compileSelector(s, check, rule))
        };
        this.order.set(compiled, this.order.size);
        const exact = compiled.selectors.every((s) => s.exactTypes !== void 0);
        if (!exact) {
          this.anyType.push(compiled);
          continue;
        }
        for (const type of new Set(compiled.selectors.flatMap((s) => s.exactTypes))) {
          const list = this.byType.get(type);
          if (list) list.push(compiled);
          else this.byType.set(type, [compiled]);
        }
      }
    }
  }
  /** The checks selecting `resource`, in rule-file order. */
  select(resource) {
    const candidates = /* @__PURE__ */ new Set([...this.byType.get(resource.canonicalType) ?? [], ...this.byType.get(resource.type) ?? [], ...this.anyType]);
    const out = [];
    for (const compiled of candidates) {
      const matching = compiled.selectors.filter((s) => s.matches(resource));
      if (matching.length === 0) continue;
      const paths = [...new Set(matching.flatMap((s) => s.each ?? []))];
      out.push({ selected: { rule: compiled.rule, check: compiled.check, each: paths.length > 0 ? paths : void 0 }, order: this.order.get(compiled) });
    }
    return out.sort((a, b) => a.order - b.order).map((o) => o.selected);
  }
};
function compileSelector(selector, check, rule) {
  const formats = toList(selector.format);
  const kinds = toList(selector.kind);
  const typeNames = expand(toList(selector.type), rule);
  const patterns = typeNames.map(globToRegex);
  const each = selector.each ?? check.each;
  return {
    matches: (resource) => (formats.length === 0 || formats.includes(resource.format)) && (kinds.length === 0 || kinds.includes(resource.kind)) && (patterns.length === 0 || patterns.some((re) => re.test(resource.canonicalType) || re.test(resource.type))),
    each: each === void 0 ? void 0 : [each].flat(),
    exactTypes: typeNames.length > 0 && typeNames.every((t) => !/[*?]/.test(t)) ? typeNames : void 0
  };
}
function recordMatcher(selector, rule) {
  const formats = toList(selector.format);
  const kinds = toList(selector.kind);
  const patterns = expand(toList(selector.type), rule).map(globToRegex);
  return (resource) => (formats.length === 0 || formats.includes(resource.format)) && (kinds.length === 0 || kinds.includes(resource.kind)) && (patterns.length === 0 || patterns.some((re) => re.test(resource.canonicalType) || re.test(resource.type)));
}
function expand(types, rule) {
  return types.flatMap((t) => {
    const set = /^\$sets\.([\w-]+)$/.exec(t);
    if (set) return strings(rule.sets[set[1]]);
    const param = /^\$params\.([\w-]+)$/.exec(t);
    if (param) return strings(rule.paramValues[param[1]]);
    return [t];
  });
}
function strings(value) {
  return (Array.isArray(value) ? value : []).filter((v) => typeof v === "string");
}
function toList(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function globToRegex(glob) {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

// src/engine/evaluate.ts
function evaluate(resources, rules, options = {}) {
  const enabled = rules.filter((r) => r.checks.length > 0);
  const index = new RuleIndex(enabled);
  const needsRelations = enabled.some((r) => r.checks.some((c) => c.related));
  const context = {
    options,
    evaluatedForCallers: options.reportUnknown ? definitionsWithInstances(resources) : /* @__PURE__ */ new Set(),
    relations: needsRelations ? new RelationIndex(resources) : void 0
  };
  const ruleOrder = new Map(enabled.map((r, i) => [r, i]));
  const ordered = [];
  resources.forEach((resource, resourceIndex) => {
    for (const { rule, check, each } of index.select(resource)) {
      const checkIndex = rule.checks.indexOf(check);
      for (const finding of runCheck(rule, check, resource, each, context)) {
        ordered.push({ finding, rule: ruleOrder.get(rule), check: checkIndex, resource: resourceIndex });
      }
    }
  });
  ordered.sort((a, b) => a.rule - b.rule || a.check - b.check || a.resource - b.resource);
  const findings = ordered.map((o) => o.finding);
  return dedupe(consolidate(oneNotePerDecision(findings, enabled), enabled));
}
function spanKey(resource) {
  return `${resource.file}\0${resource.range.start.line}:${resource.range.start.column}`;
}
function definitionsWithInstances(resources) {
  const out = /* @__PURE__ */ new Set();
  for (const r of resources) if (r.scopes) out.add(spanKey(r));
  return out;
}
function runCheck(rule, check, resource, each, context) {
  const { options } = context;
  const hasInstances = context.evaluatedForCallers.has(spanKey(resource));
  const base = /* @__PURE__ */ new Map([
    ["attributes", { value: resource.attributes, path: ["attributes"], underUnknown: false }],
    ["options", { value: resource.options, path: ["options"], underUnknown: false }],
    [
      "resource",
      {
        value: { type: resource.type, canonicalType: resource.canonicalType, name: resource.name, kind: resource.kind, file: resource.file, format: resource.format },
        path: [],
        underUnknown: false
      }
    ],
    ["params", { value: rule.paramValues, path: [], underUnknown: false, constant: true }],
    ["sets", { value: rule.sets, path: [], underUnknown: false, constant: true }]
  ]);
  for (const [name, relation] of Object.entries(check.related ?? {})) base.set(name, relatedRecords(resource, relation, rule, context.relations));
  const items = each ? eachItems(each, base) : [void 0];
  const findings = [];
  for (const item of items) {
    const scope = new Scope(base);
    if (item) {
      scope.set(check.as ?? "item", item);
      scope.set("key", { value: item.path.at(-1) ?? null, path: [], underUnknown: false });
    }
    for (const [name2, binding] of Object.entries(check.let ?? {})) scope.set(name2, bind(binding, scope));
    const truth = check.when ? test(check.when, scope) : true;
    if (truth === false || truth === "unknown" && !options.reportUnknown) continue;
    if (truth === "unknown" && hasInstances && !resource.scopes && scope.undecidedValues().every((u) => u.input)) continue;
    const at = check.at ? resolveReference(check.at, scope) : item;
    const path2 = at && at.path.length > 0 && !at.foreign ? at.path : [];
    const { origins, written } = relatedOrigins(resource, path2, scope.touched);
    const calls = origins.filter(isCallOrigin);
    if (resource.remoteModule && calls.length === 0) continue;
    const name = findingName(resource, calls, origins);
    const level = truth === "unknown" ? "note" : rule.level;
    let message = render(check.message, scope, name, resource.format);
    message += provenance(calls, written, at?.value);
    if (truth === "unknown") message += unknownNote(scope.undecidedValues());
    const pathText = formatPath(resource.element ?? path2);
    let file = resource.file;
    let range = path2.length > 0 ? locate(resource, path2) : resource.header;
    const related = [...origins.map((o) => ({ file: o.file, range: o.range, message: o.message })), ...scope.evidence.map(evidenceLocation)];
    if (resource.remoteModule) {
      const outermost = [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0];
      related.unshift({ file, range, message: `where ${name} uses the value, in the module's copy` });
      const own = related.findIndex((r) => r.file === outermost.file && r.range === outermost.range);
      if (own >= 0) related.splice(own, 1);
      file = outermost.file;
      range = outermost.range;
    }
    const finding = {
      ruleId: rule.id,
      level,
      message,
      file,
      range,
      resource: name,
      path: pathText,
      fingerprint: fingerprint(rule.id, resource.file, name, pathText),
      // What a baseline compares besides the fingerprint: a new offending value is a new finding.
      valueDigest: valueDigest(at?.value)
    };
    if (truth === "unknown") {
      finding.unknownValue = true;
      decisionOf.set(finding, scope.undecidedValues().map((u) => u.$unknown).sort().join(""));
    }
    if (related.length > 0) finding.related = related;
    if (resource.unit !== void 0) unitOf.set(finding, resource.unit);
    findings.push(finding);
  }
  return findings;
}
function evidenceLocation(e) {
  const range = e.path && e.path.length > 0 ? locate(e.record, e.path) : e.record.header;
  return { file: e.record.file, range, message: e.path && e.path.length > 0 ? `${e.record.name} refers to it here` : `${e.record.name}, which it refers to` };
}
function relatedRecords(resource, relation, rule, index) {
  const incoming = "referenced-by" in relation;
  const selector = incoming ? relation["referenced-by"] : relation.references;
  const matches = recordMatcher(selector, rule);
  const via = toList(selector.via).map(parsePath);
  const edges = incoming ? index.referencedBy(resource) : index.references(resource);
  const elements = [];
  const seen = /* @__PURE__ */ new Set();
  for (const edge of edges) {
    const other = incoming ? edge.from : edge.to;
    if (seen.has(other) || !matches(other)) continue;
    if (via.length > 0 && !via.some((steps) => underPath(edge.path, steps))) continue;
    seen.add(other);
    elements.push(recordView(other, incoming ? edge.path : void 0));
  }
  return { value: elements.map((e) => e.value), path: [], underUnknown: false, constant: true, elements };
}
function underPath(path2, steps) {
  if (steps.length > path2.length) return false;
  return steps.every((step, i) => {
    const segment = path2[i];
    if (step.kind === "wildcard") return true;
    if (step.kind === "index") return segment === step.index;
    if (step.kind === "key") return segment === step.key;
    return false;
  });
}
function eachItems(paths, scope) {
  return paths.flatMap((path2) => {
    const steps = parsePath(path2);
    const [head, ...rest] = steps;
    const start = head && head.kind === "key" ? scope.get(head.key) : void 0;
    if (!start) return [];
    return resolveSteps(start, rest).filter((located) => located.value !== void 0);
  });
}

// src/engine/diagnostics.ts
var PARSE_RULE_ID = "IAC-000";
function diagnosticFinding(diagnostic) {
  const finding = {
    ruleId: PARSE_RULE_ID,
    level: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    range: diagnostic.range,
    resource: "",
    path: "",
    // Parse errors have no resource to anchor on; the message keeps it stable while lines move.
    fingerprint: fingerprint(PARSE_RULE_ID, diagnostic.file, "", diagnostic.message)
  };
  if (diagnostic.related?.length) finding.related = diagnostic.related.map((r) => ({ file: r.file, range: r.range, message: r.message }));
  return finding;
}

export {
  ruleDocPath,
  normaliseProtocol,
  parsePortList,
  isInternet,
  prefixContains,
  RuleLoadError,
  BUILTIN_RULES_DIR,
  loadRules,
  paramProblem,
  parseRuleFile,
  fingerprint,
  NO_VALUE_DIGEST,
  LEVELS,
  levelRank,
  evaluate,
  PARSE_RULE_ID,
  diagnosticFinding
};
