import type { Finding, Level, RelatedLocation } from "../model/finding.js";
import { GATE_KINDS, locate, type Resource } from "../model/resource.js";
import { findingDigest, fingerprint, formatPath } from "./fingerprint.js";
import { compileBinding, compileCondition, Layered, parseReference, recordView, resolveReference, Scope, type Bindings, type Evidence } from "./conditions.js";
import type { Truth } from "./logic.js";
import { consolidate, decisionOf, dedupe, unitOf, findingName, isCallOrigin, oneNotePerDecision, provenance, relatedOrigins, render, unknownNote } from "./findings.js";
import { parsePath, resolveSteps, type Located } from "./path.js";
import { RelationIndex, type Edge } from "./relations.js";
import type { Check, Rule } from "./rule.js";
import { recordMatcher, recordsRead, RuleIndex, toList, type RecordKey } from "./selection.js";

export { nativeName } from "./findings.js";

export interface EvaluateOptions {
  /** Emit findings whose outcome hinges on an unknown value, at level note. */
  reportUnknown?: boolean;
}

/**
 * Runs the rules over the records: selection (which checks apply to each record, by type),
 * conditions (three-valued, over the record, its items and its related records), findings
 * (located, named, explained, then one per rule, resource and element).
 */
export function evaluate(resources: readonly Resource[], rules: readonly Rule[], options: EvaluateOptions = {}): Finding[] {
  const evaluation = new Evaluation(rules, options, options.reportUnknown ? definitionsWithInstances(resources) : undefined);
  evaluation.add(resources);
  return evaluation.finish();
}

/**
 * `evaluate` a batch at a time, so a large scan need not hold every record at once: `add` the
 * records of whole units (relations are within a unit, and a unit's records must come in one
 * batch), in the order `evaluate` would see them; facts may come with any batch (`facts`) and
 * keep the places they would have after every record. `finish` gives what `evaluate` gives for
 * all of them.
 */
export class Evaluation {
  private readonly enabled: Rule[];
  private readonly index: RuleIndex;
  private readonly needsRelations: boolean;
  private readonly ruleOrder: Map<Rule, number>;
  private readonly ordered: { finding: Finding; rule: number; check: number; resource: number }[] = [];
  private records = 0;
  private facts = 0;
  /** Whether the rules read records of a format, kind and type (see `recordsRead`). */
  readonly reads: (record: RecordKey) => boolean;

  /**
   * `definitions`: the span keys of definitions that were also evaluated for a caller (only
   * `reportUnknown` reads them, and it needs every record's: see `definitionsWithInstances`).
   */
  constructor(
    rules: readonly Rule[],
    private readonly options: EvaluateOptions = {},
    private readonly definitions: Set<string> = new Set<string>(),
  ) {
    this.enabled = rules.filter((r) => r.checks.length > 0);
    this.index = new RuleIndex(this.enabled);
    this.needsRelations = this.enabled.some((r) => r.checks.some((c) => c.related));
    this.ruleOrder = new Map(this.enabled.map((r, i) => [r, i]));
    this.reads = recordsRead(this.enabled, this.index);
  }

  /** Evaluates a batch: scanned records (and facts, which are placed after all records). */
  add(resources: readonly Resource[]): void {
    const context: CheckContext = {
      options: this.options,
      evaluatedForCallers: this.definitions,
      relations: this.needsRelations ? new RelationIndex(resources) : undefined,
    };
    for (const resource of resources) {
      // Facts come after every scanned record in `evaluate`'s list: they keep that place here.
      const place = resource.kind === "fact" ? FACTS_FROM + this.facts++ : this.records++;
      for (const { rule, check, each } of this.index.select(resource)) {
        const checkIndex = rule.checks.indexOf(check);
        for (const finding of runCheck(rule, check, resource, each, context)) {
          this.ordered.push({ finding, rule: this.ruleOrder.get(rule)!, check: checkIndex, resource: place });
        }
      }
    }
  }

  finish(): Finding[] {
    // The order findings had when rules ran one after another: it decides which duplicate keeps
    // the plain fingerprint and which note stays, so it must not depend on the index.
    this.ordered.sort((a, b) => a.rule - b.rule || a.check - b.check || a.resource - b.resource);
    const findings = this.ordered.map((o) => o.finding);
    return dedupe(consolidate(oneNotePerDecision(findings, this.enabled), this.enabled));
  }
}

/** Where facts' places start: after any number of scanned records a run can hold. */
const FACTS_FROM = 2 ** 40;

interface CheckContext {
  options: EvaluateOptions;
  /** Definitions (module resources, component bodies) that were also evaluated for a caller. */
  evaluatedForCallers: Set<string>;
  relations: RelationIndex | undefined;
}

/** Where a record's definition is written: instances of one definition share it. */
function spanKey(resource: Resource): string {
  return `${resource.file}\u0000${resource.range.start.line}:${resource.range.start.column}`;
}

function definitionsWithInstances(resources: readonly Resource[]): Set<string> {
  const out = new Set<string>();
  for (const r of resources) if (r.scopes) out.add(spanKey(r));
  return out;
}

function runCheck(rule: Rule, check: Check, resource: Resource, each: string[] | undefined, context: CheckContext): Finding[] {
  const { options } = context;
  const hasInstances = context.evaluatedForCallers.size > 0 && context.evaluatedForCallers.has(spanKey(resource));
  const prepared = prepare(check);
  let base: Bindings = new Layered(ruleBindings(rule), recordBindings(resource));
  if (check.related) {
    const withRelated = new Scope(base);
    for (const [name, relation] of Object.entries(check.related)) withRelated.set(name, relatedRecords(resource, relation, rule, context.relations!));
    base = withRelated;
  }
  const items: (Located | undefined)[] = each ? eachItems(each, base) : [undefined];
  const findings: Finding[] = [];
  for (const item of items) {
    const scope = new Scope(base);
    if (item) {
      scope.set(prepared.as, item);
      // The key or index the item was found under (`/etc/cfn/cfn-hup.conf` in a files map).
      scope.set("key", { value: item.path.at(-1) ?? null, path: [], underUnknown: false });
    }
    for (const [name, binding] of prepared.lets) scope.set(name, binding(scope));
    const truth = prepared.when ? prepared.when(scope) : true;
    if (truth === false || (truth === "unknown" && !options.reportUnknown)) continue;
    // A definition on its own knows nothing of what its callers pass; their evaluations say it.
    if (truth === "unknown" && hasInstances && !resource.scopes && scope.undecidedValues().every((u) => u.input)) continue;
    const at = check.at ? resolveReference(check.at, scope) : item;
    const path = at && at.path.length > 0 && !at.foreign ? at.path : [];
    const { origins, written } = relatedOrigins(resource, path, scope.touched);
    const calls = origins.filter(isCallOrigin);
    // The module's own code, fetched from elsewhere: only what the caller passes in is ours to report.
    if (resource.remoteModule && calls.length === 0) continue;
    const name = findingName(resource, calls, origins);
    const level: Level = truth === "unknown" ? "note" : rule.level;
    let message = render(check.message, scope, name, resource.format);
    message += provenance(calls, written, at?.value);
    if (truth === "unknown") message += unknownNote(scope.undecidedValues());
    if (resource.note) message += resource.note;
    const pathText = formatPath(resource.element ?? path);
    let file = resource.file;
    let range = path.length > 0 ? locate(resource, path) : resource.header;
    const related: RelatedLocation[] = [...origins.map((o) => ({ file: o.file, range: o.range, message: o.message })), ...scope.evidence.map(evidenceLocation), ...(resource.related ?? [])];
    if (resource.remoteModule) {
      // Point at the caller's argument, in the repository; the module's line becomes related.
      const outermost = [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0]!;
      related.unshift({ file, range, message: `where ${name} uses the value, in the module's copy` });
      const own = related.findIndex((r) => r.file === outermost.file && r.range === outermost.range);
      if (own >= 0) related.splice(own, 1);
      file = outermost.file;
      range = outermost.range;
    }
    const finding: Finding = {
      ruleId: rule.id,
      level,
      message,
      file,
      range,
      resource: name,
      path: pathText,
      // The reported file (the caller's, for a remote module's record), so that a baseline entry's
      // fingerprint can be checked against its own file, rule, resource and path.
      fingerprint: fingerprint(rule.id, file, name, pathText),
      // What a baseline compares besides the fingerprint: everything the check looked at, so a
      // wider exposure of the same element (port 22 to 0-65535) is a new finding.
      valueDigest: findingDigest({
        value: at?.value,
        element: item?.value,
        // A fact's or a gate record's attributes are the thing itself: a plan that now resizes
        // to another size is another change, even though the rule read only its action.
        record: resource.kind === "fact" || GATE_KINDS.has(resource.kind) ? resource.attributes : undefined,
        read: scope.reads,
      }),
    };
    if (truth === "unknown") {
      finding.unknownValue = true;
      decisionOf.set(finding, scope.undecidedValues().map((u) => u.$unknown).sort().join("\u0001"));
    }
    if (related.length > 0) finding.related = related;
    if (resource.unit !== undefined) unitOf.set(finding, resource.unit);
    findings.push(finding);
  }
  return findings;
}

/** A check's parts compiled to functions of the scope, once per check. */
interface PreparedCheck {
  as: string;
  lets: [string, (scope: Scope) => Located][];
  when: ((scope: Scope) => Truth) | undefined;
}

const preparedChecks = new WeakMap<Check, PreparedCheck>();

function prepare(check: Check): PreparedCheck {
  let prepared = preparedChecks.get(check);
  if (!prepared) {
    prepared = {
      as: check.as ?? "item",
      lets: Object.entries(check.let ?? {}).map(([name, binding]) => [name, compileBinding(binding)]),
      when: check.when ? compileCondition(check.when) : undefined,
    };
    preparedChecks.set(check, prepared);
  }
  return prepared;
}

const ruleScopes = new WeakMap<Rule, ReadonlyMap<string, Located>>();

/** `params` and `sets`: the rule's own values, the same for every record. */
function ruleBindings(rule: Rule): ReadonlyMap<string, Located> {
  let map = ruleScopes.get(rule);
  if (!map) {
    map = new Map<string, Located>([
      ["params", { value: rule.paramValues, path: [], underUnknown: false, constant: true }],
      ["sets", { value: rule.sets as Record<string, never>, path: [], underUnknown: false, constant: true }],
    ]);
    ruleScopes.set(rule, map);
  }
  return map;
}

/**
 * A relation's narrowing, made ready once per rule and selector: keyed by the rule too, since a
 * configured copy of a rule shares its checks but may expand `$params` to other types.
 */
const narrowings = new WeakMap<Rule, WeakMap<object, { matches: (resource: Resource) => boolean; via: ReturnType<typeof parsePath>[] }>>();

/** A related record as a related location: where it refers to the selected record, else its header. */
function evidenceLocation(e: Evidence): RelatedLocation {
  const range = e.path && e.path.length > 0 ? locate(e.record, e.path) : e.record.header;
  return { file: e.record.file, range, message: e.path && e.path.length > 0 ? `${e.record.name} refers to it here` : `${e.record.name}, which it refers to` };
}

/** A relation's records, bound as a list of record views (see `recordView`). */
function relatedRecords(resource: Resource, relation: NonNullable<Check["related"]>[string], rule: Rule, index: RelationIndex): Located {
  const incoming = "referenced-by" in relation;
  const selector = incoming ? relation["referenced-by"] : relation.references;
  let ofRule = narrowings.get(rule);
  if (!ofRule) narrowings.set(rule, (ofRule = new WeakMap()));
  let narrowing = ofRule.get(selector);
  if (!narrowing) ofRule.set(selector, (narrowing = { matches: recordMatcher(selector, rule), via: toList(selector.via).map(parsePath) }));
  const { matches, via } = narrowing;
  const edges: readonly Edge[] = incoming ? index.referencedBy(resource) : index.references(resource);
  const elements: Located[] = [];
  const seen = new Set<Resource>();
  for (const edge of edges) {
    const other = incoming ? edge.from : edge.to;
    if (seen.has(other) || !matches(other)) continue;
    if (via.length > 0 && !via.some((steps) => underPath(edge.path, steps))) continue;
    seen.add(other);
    elements.push(recordView(other, incoming ? edge.path : undefined));
  }
  return { value: elements.map((e) => e.value!), path: [], underUnknown: false, constant: true, elements };
}

/** True when a reference's path lies under a `via` path (`attributes.launch_template[*].id`). */
function underPath(path: readonly (string | number)[], steps: ReturnType<typeof parsePath>): boolean {
  if (steps.length > path.length) return false;
  return steps.every((step, i) => {
    const segment = path[i];
    if (step.kind === "wildcard") return true;
    if (step.kind === "index") return segment === step.index;
    if (step.kind === "key") return segment === step.key;
    return false;
  });
}

function eachItems(paths: string[], scope: Bindings): Located[] {
  return paths.flatMap((path) => {
    const { head, rest } = parseReference(path);
    const start = head !== undefined ? scope.get(head) : undefined;
    if (!start) return [];
    return resolveSteps(start, rest).filter((located) => located.value !== undefined);
  });
}

const bindings = new WeakMap<Resource, ReadonlyMap<string, Located>>();

/** What every check on a record starts from (`attributes`, `options`, `resource`), made once per record. */
function recordBindings(resource: Resource): ReadonlyMap<string, Located> {
  let map = bindings.get(resource);
  if (!map) {
    map = new Map<string, Located>([
      ["attributes", { value: resource.attributes, path: ["attributes"], underUnknown: false }],
      ["options", { value: resource.options, path: ["options"], underUnknown: false }],
      [
        "resource",
        {
          value: { type: resource.type, canonicalType: resource.canonicalType, name: resource.name, kind: resource.kind, file: resource.file, format: resource.format },
          path: [],
          underUnknown: false,
        },
      ],
    ]);
    bindings.set(resource, map);
  }
  return map;
}
