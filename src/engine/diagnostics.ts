import type { Finding } from "../model/finding.js";
import type { Diagnostic } from "../model/resource.js";
import { fingerprint } from "./fingerprint.js";

export const PARSE_RULE_ID = "IAC-000";

/** A file that could not be read or parsed becomes a finding, so it is never a silent skip. */
export function diagnosticFinding(diagnostic: Diagnostic): Finding {
  const finding: Finding = {
    ruleId: PARSE_RULE_ID,
    level: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    range: diagnostic.range,
    resource: "",
    path: "",
    // Parse errors have no resource to anchor on; the message keeps it stable while lines move.
    fingerprint: fingerprint(PARSE_RULE_ID, diagnostic.file, "", diagnostic.message),
  };
  if (diagnostic.related?.length) finding.related = diagnostic.related.map((r) => ({ file: r.file, range: r.range, message: r.message }));
  return finding;
}
