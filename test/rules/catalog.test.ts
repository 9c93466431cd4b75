import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/engine/index.js";

/**
 * The catalog (../shared/RULES.md, copied here so the check runs on a clean clone): every ID
 * with its level, security-severity and formats. RNP-009 and DRF-005 ship disabled.
 */
const CATALOG: [id: string, level: string, securitySeverity: string, formats: string[]][] = [
  ["PIN-001", "error", "7.0", ["terraform"]],
  ["PIN-002", "warning", "5.0", ["terraform"]],
  ["PIN-003", "warning", "5.0", ["terraform", "pulumi"]],
  ["PIN-004", "warning", "4.0", ["terraform", "pulumi"]],
  ["PIN-005", "error", "7.0", ["terraform", "cloudformation", "pulumi"]],
  ["PIN-006", "warning", "5.5", ["terraform", "cloudformation", "pulumi"]],
  ["PIN-007", "warning", "6.0", ["terraform", "cloudformation", "pulumi"]],
  ["PIN-008", "error", "8.0", ["terraform", "pulumi"]],
  ["PIN-009", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["PIN-010", "warning", "5.0", ["terraform", "cloudformation"]],
  ["RNP-001", "error", "8.0", ["terraform", "pulumi"]],
  ["RNP-002", "warning", "5.0", ["terraform", "pulumi"]],
  ["RNP-003", "warning", "5.5", ["terraform", "cloudformation", "pulumi"]],
  ["RNP-004", "warning", "4.0", ["terraform", "cloudformation", "pulumi"]],
  ["RNP-005", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["RNP-006", "note", "3.0", ["terraform", "pulumi"]],
  ["RNP-007", "warning", "4.0", ["terraform", "cloudformation", "pulumi"]],
  ["RNP-008", "warning", "4.0", ["terraform", "cloudformation"]],
  ["RNP-009", "note", "2.0", ["terraform", "cloudformation", "pulumi"]],
  ["DRF-001", "error", "7.0", ["terraform", "pulumi"]],
  ["DRF-002", "warning", "5.0", ["terraform", "pulumi"]],
  ["DRF-003", "warning", "4.0", ["terraform", "pulumi"]],
  ["DRF-004", "warning", "4.0", ["terraform"]],
  ["DRF-005", "note", "2.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-001", "error", "8.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-002", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-003", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-004", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-005", "error", "7.0", ["cloudformation"]],
  ["ACC-006", "warning", "5.0", ["cloudformation"]],
  ["ACC-007", "warning", "6.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-008", "error", "7.0", ["terraform", "cloudformation", "pulumi"]],
  ["ACC-009", "warning", "6.0", ["terraform", "pulumi"]],
  ["ACC-010", "warning", "6.0", ["terraform", "cloudformation", "pulumi"]],
  ["ART-001", "error", "7.5", ["terraform", "cloudformation", "pulumi"]],
  ["ART-002", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["ART-003", "note", "3.0", ["terraform", "cloudformation", "pulumi"]],
  ["ART-004", "warning", "5.0", ["terraform", "cloudformation", "pulumi"]],
  ["DAT-001", "warning", "6.0", ["cloudformation"]],
  ["DAT-002", "warning", "5.0", ["cloudformation"]],
  ["DAT-003", "warning", "6.0", ["terraform", "cloudformation", "pulumi"]],
  ["DAT-004", "warning", "5.0", ["pulumi"]],
  ["CHG-001", "error", "7.0", ["terraform", "cloudformation", "pulumi"]],
  ["CHG-002", "error", "7.0", ["terraform", "cloudformation", "pulumi"]],
  ["CHG-003", "warning", "6.0", ["terraform", "cloudformation", "pulumi"]],
  ["CHG-004", "warning", "5.0", ["terraform", "pulumi"]],
];
const DISABLED = new Set(["RNP-009", "DRF-005"]);

describe("the built-in pack is the catalog", async () => {
  const rules = await loadRules();
  it("has every catalog rule, and nothing else but driftless's own IAC-000 (parse) and IAC-001 (suppressions)", () => {
    expect(rules.map((r) => r.id).filter((id) => !id.startsWith("IAC-")).sort()).toEqual(CATALOG.map(([id]) => id).sort());
  });
  it.each(CATALOG)("%s has the catalog's level, security-severity, formats and enabled state", (id, level, securitySeverity, formats) => {
    const rule = rules.find((r) => r.id === id)!;
    expect({ level: rule.level, securitySeverity: rule.securitySeverity, formats: [...rule.formats].sort(), enabled: rule.enabled }).toEqual({
      level,
      securitySeverity,
      formats: [...formats].sort(),
      enabled: !DISABLED.has(id),
    });
  });
});
