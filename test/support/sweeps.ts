import type { Level } from "../../src/model/finding.js";
import type { SweepDocument, SweepFinding, SweepRepository, SweepRule } from "../../src/model/sweep.js";
import { compareDocuments, sweepDocument } from "../../src/report/documents.js";

/** Rules as a sweep document lists them, one per family the sample documents use. */
export const SAMPLE_RULES: SweepRule[] = [
  { id: "PIN-001", title: "Module source not pinned to an immutable ref", level: "error", family: "PIN" },
  { id: "PIN-005", title: "Container image tag floating", level: "error", family: "PIN" },
  { id: "PIN-006", title: "Container image not pinned by digest", level: "warning", family: "PIN" },
  { id: "RNP-006", title: "Replacement is destroy-then-create", level: "note", family: "RNP" },
  { id: "DRF-002", title: "Resource ignores drift in lifecycle", level: "warning", family: "DRF" },
  { id: "ACC-007", title: "Provisioner runs commands on the host", level: "error", family: "ACC" },
  { id: "IAC-000", title: "File could not be parsed", level: "error", family: "IAC" },
];

const LEVEL_OF = new Map(SAMPLE_RULES.map((r) => [r.id, r.level]));

/** A finding of `ruleId` at `file:line`, its fingerprint made from rule, file and resource. */
export function sampleFinding(ruleId: string, file: string, line: number, resource: string, extra: Partial<SweepFinding> = {}): SweepFinding {
  return {
    ruleId,
    level: (LEVEL_OF.get(ruleId) ?? "warning") as Level,
    message: `${resource || file}: ${ruleId} applies here`,
    file,
    line,
    column: 3,
    resource,
    fingerprint: `${ruleId}|${file}|${resource}`,
    suppressed: false,
    ...extra,
  };
}

/** A scanned repository with a commit, branch and GitHub remote. */
export function repository(name: string, findings: SweepFinding[], extra: Partial<SweepRepository> = {}): SweepRepository {
  return {
    name,
    path: `checkouts/${name}`,
    status: "scanned",
    commit: "0123456789abcdef0123456789abcdef01234567",
    branch: "refs/heads/main",
    remoteUrl: `https://github.com/acme/${name}`,
    filesScanned: 10 + findings.length,
    findings,
    ...extra,
  };
}

function payments(withOld: boolean): SweepFinding[] {
  const now = [
    sampleFinding("PIN-001", "modules.tf", 4, 'module.vpc'),
    sampleFinding("PIN-001", "modules.tf", 12, 'module.eks'),
    sampleFinding("PIN-005", "services/api.tf", 20, "aws_ecs_task_definition.api"),
    sampleFinding("PIN-005", "services/worker.tf", 8, "aws_ecs_task_definition.worker"),
    sampleFinding("PIN-006", "services/api.tf", 21, "aws_ecs_task_definition.api"),
    sampleFinding("DRF-002", "db.tf", 30, "aws_db_instance.main"),
    sampleFinding("RNP-006", "lb.tf", 5, "aws_lb.public"),
    sampleFinding("ACC-007", "bootstrap.tf", 9, "null_resource.bootstrap"),
    sampleFinding("PIN-006", "services/batch.tf", 3, "aws_batch_job_definition.nightly", { suppressed: true, justification: "vendor image, digest pinned upstream" }),
  ];
  return withOld ? [...now.slice(0, 6), sampleFinding("PIN-005", "services/legacy.tf", 14, "aws_ecs_task_definition.legacy"), sampleFinding("DRF-002", "cache.tf", 2, "aws_elasticache_cluster.main")] : now;
}

function network(): SweepFinding[] {
  return [
    sampleFinding("PIN-001", "main.tf", 1, "module.transit"),
    sampleFinding("RNP-006", "subnets.tf", 40, "aws_subnet.private[0]"),
    sampleFinding("RNP-006", "subnets.tf", 52, "aws_subnet.private[1]"),
    sampleFinding("DRF-002", "routes.tf", 7, "aws_route_table.main"),
  ];
}

function platform(withNew: boolean): SweepFinding[] {
  return [
    sampleFinding("PIN-005", "stacks/app.yaml", 18, "AppTask"),
    sampleFinding("IAC-000", "stacks/broken.yaml", 3, "", { message: "did not find expected key" }),
    ...(withNew ? [sampleFinding("ACC-007", "stacks/app.yaml", 44, "AppInstance"), sampleFinding("PIN-006", "stacks/app.yaml", 19, "AppTask")] : []),
  ];
}

/**
 * A sweep of five repositories as a security team sees one: findings of several families and
 * levels, a suppressed one, a cached repository, a clean one and one that failed, compared with a
 * previous sweep (new, fixed and still open findings).
 */
export function sampleSweep(): SweepDocument {
  const previous = sweepDocument(
    "driftless 0.1.0",
    "2025-03-01T08:00:00.000Z",
    [repository("payments-infra", payments(true)), repository("network", network()), repository("platform-stacks", platform(false)), repository("clean-service", [])],
    SAMPLE_RULES,
  );
  const current = sweepDocument(
    "driftless 0.1.0",
    "2025-03-08T08:00:00.000Z",
    [
      repository("payments-infra", payments(false)),
      repository("network", network(), { status: "cached", durationMs: 0 }),
      repository("platform-stacks", platform(true), { remoteUrl: undefined, commit: undefined, branch: undefined }),
      repository("clean-service", []),
      repository("legacy-monolith", [], { status: "failed", reason: "not a git repository: clone it again or remove it from the list", commit: undefined, branch: undefined, filesScanned: 0 }),
    ],
    SAMPLE_RULES,
  );
  return compareDocuments(current, previous);
}
