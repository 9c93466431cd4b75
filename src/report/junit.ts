/**
 * JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins `junit`).
 *
 * Layout: one `<testsuite>` per rule, one `<testcase>` per finding.
 * - GitLab's test report shows a case's `classname` as its "Suite" and `name` as its "Name", and
 *   ignores `<testsuite name>` (GitLab unit test reports documentation; gitlab-org/gitlab#299086).
 *   With the rule ID as `classname`, the report reads as "which policy failed where", and one
 *   click on a suite lists every place a rule fails. Jenkins groups cases the same way by
 *   `classname` (its package/class tree), so both views agree.
 * - GitLab compares a merge request's report with the target branch's by case identity, and
 *   keeps only the first of two cases with the same name. A case's name is therefore built like
 *   the finding's fingerprint (rule, file, resource, attribute path) with no line number: a
 *   finding that moved down a few lines is the same test, not "fixed" plus "newly failed"; the
 *   line lives in the failure text. The rule ID leads the name because the merge-request widget
 *   lists failed cases by name alone.
 * - A suite per file would scatter one rule's findings over many suites and repeat the path in
 *   suite and case; rules are what a reader acts on.
 *
 * Each open finding is a `<failure type=LEVEL message=MESSAGE>` whose text gives
 * `file:line:col`, the level, rule and title, the message and the related locations. A suppressed
 * finding is a `<skipped message=JUSTIFICATION>`. Counts (`tests`, `failures`, `errors`,
 * `skipped`) are those of the cases inside. A scan with no findings writes one passing case, so
 * the report is never empty. The shape follows the JUnit schema that Jenkins' xUnit plugin
 * publishes (junit-10.xsd), which the tests validate against: it has no `file` attribute on
 * cases and no `skipped` on `<testsuites>`, so neither is written.
 *
 * The XML is built with fast-xml-parser's XMLBuilder, which escapes `& < > " '`. What no escape
 * can carry (XML 1.0 forbids most C0 controls, lone surrogates, U+FFFE/U+FFFF) is replaced with a
 * visible `\u{…}` first, so a hostile message cannot break the document.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding } from "../model/finding.js";
import { levelRank } from "../model/finding.js";
import { mergeRuns, type ReportOptions, type ReportRun } from "./context.js";

/** Characters XML 1.0 allows (its `Char` production, §2.2); everything else is replaced. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe to hand to the XML builder: characters XML cannot hold become `\u{1b}`. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Attribute text on one line: XML parsers turn a raw line break in an attribute into a space anyway. */
function attribute(text: string): string {
  return xmlSafe(text).replace(/\r\n?|\n/g, " ");
}

function location(file: string, f: { range: Finding["range"] }): string {
  return `${file}:${f.range.start.line}:${f.range.start.column}`;
}

/** The case name: rule, file, resource and attribute path (no line, see the module comment). */
function caseName(f: Finding): string {
  const parts = [f.ruleId, f.file];
  if (f.resource) parts.push(f.resource);
  if (f.path) parts.push(f.path);
  return parts.join(" ");
}

function failureText(f: Finding, rule: RuleMeta | undefined): string {
  const lines = [`${location(f.file, f)}: ${f.level} ${f.ruleId}${rule ? ` (${rule.title})` : ""}`, f.message];
  for (const r of f.related ?? []) lines.push(`related: ${location(r.file, r)} ${r.message}`);
  if (rule?.helpUri) lines.push(`help: ${rule.helpUri}`);
  return lines.join("\n");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `<testsuites>` with one `<testsuite>` per rule that has findings (most severe level first,
 * then rule ID), suppressed findings included as skipped cases whatever `includeSuppressed` says
 * (they are part of the test count, not failures). Paths carry each run's prefix when several
 * repositories were scanned.
 */
export function toJunit(runs: readonly ReportRun[], rules: readonly RuleMeta[], options: ReportOptions): string {
  const { findings, filesScanned } = mergeRuns(runs);
  const ruleById = new Map(rules.map((r) => [r.id, r]));

  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const worst = (list: Finding[]) => Math.max(...list.filter((f) => !f.suppression).map((f) => levelRank(f.level)), 0);
  const ruleIds = [...byRule.keys()].sort((a, b) => worst(byRule.get(b)!) - worst(byRule.get(a)!) || compare(a, b));

  const usedNames = new Set<string>();
  const uniqueName = (name: string): string => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name} #${n}`;
    usedNames.add(candidate);
    return candidate;
  };

  let tests = 0;
  let failures = 0;
  const suites = ruleIds.map((ruleId) => {
    const rule = ruleById.get(ruleId);
    const list = byRule
      .get(ruleId)!
      .sort((a, b) => compare(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
    const cases = list.map((f) => {
      const testcase: Record<string, unknown> = { "@_name": attribute(uniqueName(caseName(f))), "@_classname": attribute(ruleId) };
      if (f.suppression) {
        testcase.skipped = {
          "@_message": attribute(f.suppression.justification),
          "#text": xmlSafe(`${location(f.file, f)}: suppressed (${f.suppression.kind}) at ${f.suppression.file}:${f.suppression.line}: ${f.suppression.justification}\n${f.message}`),
        };
      } else {
        testcase.failure = { "@_type": f.level, "@_message": attribute(f.message), "#text": xmlSafe(failureText(f, rule)) };
      }
      return testcase;
    });
    const skipped = list.filter((f) => f.suppression).length;
    tests += list.length;
    failures += list.length - skipped;
    return {
      "@_name": attribute(rule ? `${ruleId}: ${rule.title}` : ruleId),
      "@_tests": String(list.length),
      "@_failures": String(list.length - skipped),
      "@_errors": "0",
      "@_skipped": String(skipped),
      testcase: cases,
    };
  });

  if (suites.length === 0) {
    tests = 1;
    suites.push({
      "@_name": "driftless",
      "@_tests": "1",
      "@_failures": "0",
      "@_errors": "0",
      "@_skipped": "0",
      testcase: [{ "@_name": `no findings in ${filesScanned} file${filesScanned === 1 ? "" : "s"} scanned`, "@_classname": "driftless" }],
    });
  }

  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    indentBy: "  ",
    // The default writes an attribute whose value is "true" as a bare name, which is not XML.
    suppressBooleanAttributes: false,
    suppressEmptyNode: true,
  });
  const body = builder.build({
    testsuites: {
      "@_name": attribute(`driftless ${options.toolVersion}`),
      "@_tests": String(tests),
      "@_failures": String(failures),
      "@_errors": "0",
      testsuite: suites,
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.trimEnd()}\n`;
}
