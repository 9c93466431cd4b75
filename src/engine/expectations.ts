import type { Finding } from "../model/finding.js";

/**
 * Expected findings written inside fixtures, Semgrep-style: a comment `# expect: PIN-005`
 * (or `// expect: PIN-005, PIN-006`) states that the next code line holds those findings.
 * JSON has no comments, so a JSON fixture takes a sidecar `<file>.expect` with lines
 * `PIN-005 12`. Keeping the truth beside the code it describes stops the two drifting apart.
 */
export interface Expectation {
  ruleId: string;
  line: number;
  /** The file the finding is expected in (fixtures that are folders); absent: the fixture file itself. */
  file?: string;
}

const MARKER = /^\s*(?:#|\/\/)\s*expect:\s*([A-Z][A-Z0-9]*-\d{3,}(?:\s*,\s*[A-Z][A-Z0-9]*-\d{3,})*)\s*$/;
const COMMENT_ONLY = /^\s*(?:#|\/\/)/;

export function inlineExpectations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expectations: Expectation[] = [];
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (marker) {
      pending.push(...marker[1]!.split(",").map((id) => id.trim()));
      return;
    }
    if (pending.length === 0 || line.trim() === "" || COMMENT_ONLY.test(line)) return;
    for (const ruleId of pending) expectations.push({ ruleId, line: index + 1 });
    pending = [];
  });
  return expectations;
}

/**
 * Lines `RULE-ID LINE`, or `RULE-ID FILE:LINE` for a finding in another file of a folder fixture
 * (FILE relative to the sidecar's folder, forward slashes; e.g. a Pulumi project's finding in
 * `package.json`).
 */
export function sidecarExpectations(text: string): Expectation[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const match = /^([A-Z][A-Z0-9]*-\d{3,})\s+(?:(\S+):)?(\d+)$/.exec(line);
      if (!match) throw new Error(`bad expectation line "${line}": write "RULE-ID LINE" or "RULE-ID FILE:LINE"`);
      const expectation: Expectation = { ruleId: match[1]!, line: Number(match[3]) };
      if (match[2] !== undefined) expectation.file = match[2];
      return expectation;
    });
}

export interface ExpectationReport {
  missing: Expectation[];
  unexpected: Finding[];
}

/** Compares as multisets of (file, rule, line): two findings on one line need two expectations. */
export function compareExpectations(expected: Expectation[], findings: Finding[]): ExpectationReport {
  const remaining = [...expected];
  const unexpected: Finding[] = [];
  for (const finding of findings) {
    const index = remaining.findIndex((e) => e.ruleId === finding.ruleId && e.line === finding.range.start.line && (e.file === undefined || e.file === finding.file));
    if (index >= 0) remaining.splice(index, 1);
    else unexpected.push(finding);
  }
  return { missing: remaining, unexpected };
}
