import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Rule } from "../../src/engine/rule.js";
import type { Finding } from "../../src/model/finding.js";
import { range } from "../../src/model/position.js";
import type { Reader, Unit } from "../../src/discover/index.js";
import type { Diagnostic, Resource, ScanResult } from "../../src/model/resource.js";
import { scanSafely } from "../../src/scanners/index.js";
import { runScan, type PipelineDeps } from "../../src/pipeline.js";
import { makeRule } from "../support/factories.js";
import { tempDir, writeTree } from "../support/tmp.js";

function fakeResource(file: string, line: number): Resource {
  const r = range(line, 1, line + 2, 2);
  return {
    format: "terraform", kind: "resource", type: "aws_instance", canonicalType: "aws_instance", name: `aws_instance.l${line}`,
    file, range: r, header: range(line, 1, line, 30), attributes: {}, options: {}, source: { range: r },
  };
}

function fakeDeps(rules: Rule[]): PipelineDeps & { ranRules: string[] } {
  const deps = {
    ranRules: [] as string[],
    async loadRules() {
      return rules;
    },
    evaluate(resources: Resource[], active: Rule[]): Finding[] {
      deps.ranRules = active.map((r) => r.id);
      return resources.map((res) => ({
        ruleId: "RUL-002", level: "warning" as const, message: `found ${res.name}`, file: res.file, range: res.header,
        resource: res.name, path: "", fingerprint: `${res.file}#${res.name}`,
      }));
    },
    diagnosticFinding(d: Diagnostic): Finding {
      return { ruleId: "IAC-000", level: d.severity, message: d.message, file: d.file, range: d.range, resource: "", path: "", fingerprint: `iac:${d.file}` };
    },
    /** Reads each file of each unit through the reader; one guarded scan per file. */
    async scanUnits(units: readonly Unit[], reader: Reader): Promise<ScanResult> {
      const result: ScanResult = { resources: [], diagnostics: [] };
      for (const unit of units) {
        const files = unit.kind === "terraform" ? [...unit.files, ...unit.varFiles] : unit.kind === "cloudformation" || unit.kind === "changes" ? [unit.file] : unit.files;
        for (const f of files) {
          const scanned = await scanSafely(f.path, async () => {
            const read = reader.read(f.absolutePath);
            if (!read.file) return { resources: [], diagnostics: [read.diagnostic] };
            const file = read.file;
            if (file.text.includes("CRASH")) throw new Error("boom");
            if (file.text.includes("SYNTAX")) return { resources: [], diagnostics: [{ file: file.path, range: range(2, 4, 2, 5), severity: "error" as const, message: "unexpected }" }] };
            return { resources: [fakeResource(file.path, 7), fakeResource(file.path, 1)], diagnostics: [] };
          });
          result.resources.push(...scanned.resources);
          result.diagnostics.push(...scanned.diagnostics);
        }
      }
      return result;
    },
  };
  return deps;
}

describe("runScan", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeTree(dir, {
      "b.tf": "ok",
      "a.tf": "SYNTAX",
      "c/crash.tf": "CRASH",
      "c/bin.tf": new Uint8Array([1, 0, 2]),
      "terraform.tfvars": "ok",
      "prod.tfvars": "not loaded by Terraform unless named with --var-file",
      "notes.md": "ignored",
    });
  });

  it("scans every file, keeps going after failures, and sorts findings", async () => {
    const rules = [makeRule({ id: "IAC-000" }), makeRule({ id: "RUL-001", enabled: false }), makeRule({ id: "RUL-002" })];
    const deps = fakeDeps(rules);
    const outcome = await runScan({ paths: ["."], root: dir, cwd: dir }, deps);
    // Five files found; c/bin.tf is binary, so not analysed, and not counted as scanned.
    expect(outcome.filesScanned).toBe(4);
    expect(outcome.rules.map((r) => r.id)).toEqual(["IAC-000", "RUL-002"]);
    expect(deps.ranRules).toEqual(["IAC-000", "RUL-002"]);
    expect(outcome.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`)).toEqual([
      "a.tf:2:4 IAC-000",
      "b.tf:1:1 RUL-002",
      "b.tf:7:1 RUL-002",
      "c/bin.tf:1:1 IAC-000",
      "c/crash.tf:1:1 IAC-000",
      "terraform.tfvars:1:1 RUL-002",
      "terraform.tfvars:7:1 RUL-002",
    ]);
    const crash = outcome.findings.find((f) => f.file === "c/crash.tf")!;
    expect(crash.message).toContain("boom");
    expect(outcome.diagnostics).toHaveLength(3);
  });

  it("passes --rules directories and --report-unknown through", async () => {
    let seen: unknown;
    let unknownSeen: unknown;
    const deps = fakeDeps([]);
    deps.loadRules = async (options) => ((seen = options), []);
    const evaluate = deps.evaluate;
    deps.evaluate = (resources, rules, options) => ((unknownSeen = options?.reportUnknown), evaluate(resources, rules));
    await runScan({ paths: [join(dir, "b.tf")], root: dir, rulesDirs: ["/x"], reportUnknown: true }, deps);
    expect(seen).toEqual({ extraDirs: ["/x"] });
    expect(unknownSeen).toBe(true);
  });
});
