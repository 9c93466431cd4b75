import { createRequire } from 'node:module';
import { require_dist } from './chunk-J5YEBKFN.js';
import { L as LineIndex, A as isCalendarDate, M as MARKER, D as isValueMap, F as locate } from './core-Cp4Gwmxr.js';
import { __toESM } from './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

// src/suppress/comments.ts
var import_yaml = __toESM(require_dist(), 1);
function commentSyntax(path, text) {
  if (/\.(tf|tfvars|hcl)$/i.test(path)) return "hcl";
  if (/\.(ts|mts|cts)$/i.test(path)) return "typescript";
  if (/\.(ya?ml)$/i.test(path)) return "yaml";
  if (/\.template$/i.test(path)) return /^\s*[{[]/.test(text) ? "none" : "yaml";
  return "none";
}
function findComments(syntax, text) {
  switch (syntax) {
    case "hcl":
      return cLike(text, true);
    case "typescript":
      return cLike(text, false);
    case "yaml":
      return yamlComments(text);
    case "none":
      return [];
  }
}
function precededByCode(lines, offset, line) {
  return lines.text.slice(lines.offsetAt({ line, column: 1 }), offset).trim() !== "";
}
function cLike(text, hcl) {
  const lines = new LineIndex(text, { loneCr: !hcl });
  const out = [];
  const braceStack = [];
  let i = 0;
  let lastSignificant = "";
  const n = text.length;
  const push = (start, end, body) => {
    const { line, column } = lines.positionAt(start);
    out.push({ line, column, text: body, trailing: precededByCode(lines, start, line), endLine: lines.positionAt(Math.max(start, end - 1)).line });
  };
  const skipString = (quote) => {
    while (i < n) {
      const c = text[i];
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === quote) {
        i++;
        return;
      }
      if (hcl && c === "$" && text[i + 1] === "{" && quote === '"') {
        i += 2;
        braceStack.push("template");
        return;
      }
      if (!hcl && quote === "`" && c === "$" && text[i + 1] === "{") {
        i += 2;
        braceStack.push("template");
        return;
      }
      if (c === "\n" && quote !== "`" && !hcl) return;
      i++;
    }
  };
  let resumeQuote = [];
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "#" && hcl) {
      const end = lineEnd(text, i, hcl);
      const stop = end < 0 ? n : end;
      push(i, stop, text.slice(i + 1, stop));
      i = stop;
      continue;
    }
    if (c === "/" && next === "/") {
      const end = lineEnd(text, i, hcl);
      const stop = end < 0 ? n : end;
      push(i, stop, text.slice(i + 2, stop));
      i = stop;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      push(i, stop, text.slice(i + 2, end < 0 ? n : end));
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      if (hcl && c !== '"') {
        i++;
        continue;
      }
      i++;
      resumeQuote.push(c);
      skipString(c);
      if (braceStack.at(-1) !== "template" || text.slice(i - 2, i) !== "${") resumeQuote.pop();
      lastSignificant = "a";
      continue;
    }
    if (hcl && c === "<" && next === "<") {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m) {
        const marker = m[1];
        const closing = new RegExp(`^[ \\t]*${marker}[ \\t]*\\r?$`, "m");
        const bodyStart = i + m[0].length;
        const rest = text.slice(bodyStart);
        const found = closing.exec(rest);
        i = found ? bodyStart + found.index + found[0].length : n;
        lastSignificant = "a";
        continue;
      }
    }
    if (!hcl && c === "/" && regexAllowedAfter(lastSignificant)) {
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== "\n") {
        const d = text[j];
        if (d === "\\") j += 2;
        else {
          if (d === "[") inClass = true;
          else if (d === "]") inClass = false;
          else if (d === "/" && !inClass) break;
          j++;
        }
      }
      i = j + 1;
      lastSignificant = "a";
      continue;
    }
    if (c === "{") braceStack.push("code");
    if (c === "}") {
      const top = braceStack.pop();
      if (top === "template") {
        const quote = resumeQuote.pop() ?? (hcl ? '"' : "`");
        i++;
        resumeQuote.push(quote);
        skipString(quote);
        if (braceStack.at(-1) !== "template" || text.slice(i - 2, i) !== "${") resumeQuote.pop();
        lastSignificant = "a";
        continue;
      }
    }
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return out;
}
function lineEnd(text, from, hcl) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && (!hcl || text.charCodeAt(i + 1) === 10)) return i;
  }
  return -1;
}
function regexAllowedAfter(previous) {
  return previous === "" || "(,=:[!&|?{};+-*%<>~^".includes(previous);
}
function yamlComments(text) {
  const lines = new LineIndex(text);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (node, depth) => {
    if (depth > 200 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x, depth + 1);
      return;
    }
    const token = node;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string" && !seen.has(token.offset)) {
      seen.add(token.offset);
      const { line, column } = lines.positionAt(token.offset);
      out.push({ line, column, text: token.source.slice(1), trailing: precededByCode(lines, token.offset, line), endLine: line });
      return;
    }
    for (const value of Object.values(node)) if (value !== null && typeof value === "object") visit(value, depth + 1);
  };
  for (const token of new import_yaml.Parser().parse(text)) visit(token, 0);
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/suppress/inline.ts
var ID = /^[A-Z][A-Z0-9]*-\d{3}$/;
function parseDirective(body) {
  const dash = body.indexOf("--");
  const head = (dash >= 0 ? body.slice(0, dash) : body).trim();
  const reason = dash >= 0 ? body.slice(dash + 2).replace(/\*\/\s*$/, "").trim() : "";
  const lateExpiry = /(^|\s)expires=\S*/i.exec(reason);
  const ids = [];
  let expires;
  let problem;
  for (const word of head.split(/[\s,]+/).filter(Boolean)) {
    const exp = /^expires=(.*)$/i.exec(word);
    if (exp) {
      expires = exp[1];
      if (!isCalendarDate(expires)) problem = `expires=${expires} is not a date; write expires=YYYY-MM-DD`;
    } else if (ID.test(word)) ids.push(word);
    else problem ??= `"${word}" is not a rule ID; write driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason`;
  }
  if (ids.length === 0) problem ??= "names no rule; write driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason";
  if (lateExpiry) problem ??= `has ${lateExpiry[0].trim()} after "--", where it is part of the reason and never applies; write it before "--"`;
  if (reason.includes("driftless:ignore")) problem ??= "holds a second driftless:ignore in its reason; write one suppression per comment";
  return { ids, reason, ...expires !== void 0 ? { expires } : {}, ...problem ? { problem } : {} };
}
function commentSuppressions(path, text) {
  if (!text.includes(MARKER)) return [];
  const out = [];
  const comments = findComments(commentSyntax(path, text), text);
  const codeLines = nextCodeLine(text, comments);
  for (const comment of comments) {
    const at = comment.text.indexOf(MARKER);
    if (at < 0) continue;
    if (comment.text.slice(0, at).replace(/[\s*]/g, "") !== "") continue;
    const directive = parseDirective(comment.text.slice(at + MARKER.length).replace(/\s*\n\s*\*(?!\/)/g, " "));
    out.push({
      file: path,
      line: comment.line,
      column: comment.column,
      ...directive,
      target: comment.trailing ? { kind: "line", line: comment.line, trailing: true } : { kind: "line", line: codeLines(comment.endLine), trailing: false }
    });
  }
  return out;
}
function nextCodeLine(text, comments) {
  const lines = new LineIndex(text);
  const commentOnly = /* @__PURE__ */ new Set();
  for (const c of comments) if (!c.trailing) for (let l = c.line; l <= c.endLine; l++) commentOnly.add(l);
  return (after) => {
    for (let l = after + 1; l <= lines.lineCount; l++) {
      if (lines.lineText(l).trim() === "" || commentOnly.has(l)) continue;
      return l;
    }
    return after + 1;
  };
}
function metadataSuppressions(records) {
  const out = [];
  for (const r of records) {
    if (r.format !== "cloudformation" || r.kind !== "resource") continue;
    const metadata = r.options.metadata;
    const driftless = isValueMap(metadata) ? metadata.driftless : void 0;
    if (driftless === void 0) continue;
    const at = locate(r, ["options", "metadata", "driftless"]);
    if (!isValueMap(driftless) || driftless.ignore === void 0 || Object.keys(driftless).some((k) => k !== "ignore")) {
      const key = isValueMap(driftless) ? Object.keys(driftless).find((k) => k !== "ignore") : void 0;
      out.push({
        file: r.file,
        line: at.start.line,
        column: at.start.column,
        ids: [],
        reason: "",
        problem: key !== void 0 ? `has the unknown key ${JSON.stringify(key)} under Metadata.driftless (it holds ignore: a list of { id, reason, expires })` : "holds no ignore list: write Metadata.driftless.ignore as a list of { id, reason, expires }",
        target: { kind: "resource", name: r.name }
      });
      if (!isValueMap(driftless) || driftless.ignore === void 0) continue;
    }
    const list = Array.isArray(driftless.ignore) ? driftless.ignore : [driftless.ignore];
    list.forEach((entry, i) => {
      const where = locate(r, ["options", "metadata", "driftless", "ignore", i]);
      const base = { file: r.file, line: where.start.line, column: where.start.column, target: { kind: "resource", name: r.name } };
      if (!isValueMap(entry)) {
        out.push({ ...base, ids: [], reason: "", problem: "is not a map: each Metadata.driftless.ignore entry holds id, reason and optional expires" });
        return;
      }
      const ids = [entry.id ?? entry.ids].flat().filter((x) => typeof x === "string");
      const bad = ids.find((id) => !ID.test(id));
      const expires = typeof entry.expires === "string" ? entry.expires : entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : entry.expires === void 0 ? void 0 : String(entry.expires);
      let problem;
      const unknownKey = Object.keys(entry).find((k) => !["id", "ids", "reason", "expires"].includes(k));
      if (unknownKey !== void 0) problem = `has the unknown key ${JSON.stringify(unknownKey)} (an entry holds id, reason and expires), so it is not applied`;
      else if (ids.length === 0) problem = "names no rule; give id: RULE-ID";
      else if (bad) problem = `"${bad}" is not a rule ID`;
      if (expires !== void 0 && !isCalendarDate(expires)) problem ??= `expires ${expires} is not a date (YYYY-MM-DD)`;
      out.push({
        ...base,
        ids: ids.filter((id) => ID.test(id)),
        reason: typeof entry.reason === "string" ? entry.reason.trim() : "",
        ...expires !== void 0 ? { expires } : {},
        ...problem ? { problem } : {}
      });
    });
  }
  return out;
}

export { MARKER, commentSuppressions, metadataSuppressions, parseDirective };
