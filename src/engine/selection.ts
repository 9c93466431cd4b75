import { GATE_KINDS, type Resource } from "../model/resource.js";
import type { Value } from "../model/value.js";
import type { Check, Rule, Selector } from "./rule.js";

/** A check's selector, ready to match: each path list is what to iterate on a match. */
interface CompiledSelector {
  matches: (resource: RecordKey) => boolean;
  each: string[] | undefined;
  /** Exact types this selector can match (undefined: any type, or a glob). */
  exactTypes: string[] | undefined;
}

/** One check with its compiled selectors. */
export interface CompiledCheck {
  rule: Rule;
  check: Check;
  selectors: CompiledSelector[];
}

/** The checks that apply to one resource, each with the paths to iterate (none: the resource itself). */
export interface Selected {
  rule: Rule;
  check: Check;
  each: string[] | undefined;
}

/**
 * Rules indexed by the types their selectors name, so that selecting the checks for a resource
 * looks at the checks for its type (and the few with globs or no type), not at every check; the
 * result for each format, kind and type is kept, so selection runs once per kind of record, not
 * once per record and rule.
 * `$sets.NAME` and `$params.NAME` in a selector's `type` expand to the set's or parameter's list.
 */
export class RuleIndex {
  private readonly byType = new Map<string, CompiledCheck[]>();
  private readonly anyType: CompiledCheck[] = [];
  private readonly order = new Map<CompiledCheck, number>();

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) {
      for (const check of rule.checks) {
        const compiled: CompiledCheck = {
          rule,
          check,
          selectors: [check.select].flat().map((s) => compileSelector(s, check, rule)),
        };
        this.order.set(compiled, this.order.size);
        const exact = compiled.selectors.every((s) => s.exactTypes !== undefined);
        if (!exact) {
          this.anyType.push(compiled);
          continue;
        }
        for (const type of new Set(compiled.selectors.flatMap((s) => s.exactTypes!))) {
          const list = this.byType.get(type);
          if (list) list.push(compiled);
          else this.byType.set(type, [compiled]);
        }
      }
    }
  }

  /** Whether some check selects records of this format, kind and type (see `recordsRead`). */
  selects(record: RecordKey): boolean {
    return this.select(record).length > 0;
  }

  /** Selections by format, kind and types: a selector reads nothing else, so each is worked out once. */
  private readonly cache = new Map<string, Selected[]>();

  /** The checks selecting `resource`, in rule-file order. The list is shared: do not modify it. */
  select(resource: RecordKey): Selected[] {
    const key = `${resource.format}\u0000${resource.kind}\u0000${resource.type}\u0000${resource.canonicalType}`;
    let selected = this.cache.get(key);
    if (!selected) {
      selected = this.selectUncached(resource);
      this.cache.set(key, selected);
    }
    return selected;
  }

  private selectUncached(resource: RecordKey): Selected[] {
    const candidates = new Set<CompiledCheck>([...(this.byType.get(resource.canonicalType) ?? []), ...(this.byType.get(resource.type) ?? []), ...this.anyType]);
    const out: { selected: Selected; order: number }[] = [];
    for (const compiled of candidates) {
      const matching = compiled.selectors.filter((s) => s.matches(resource));
      if (matching.length === 0) continue;
      const paths = [...new Set(matching.flatMap((s) => s.each ?? []))];
      out.push({ selected: { rule: compiled.rule, check: compiled.check, each: paths.length > 0 ? paths : undefined }, order: this.order.get(compiled)! });
    }
    return out.sort((a, b) => a.order - b.order).map((o) => o.selected);
  }
}

function compileSelector(selector: Selector, check: Check, rule: Rule): CompiledSelector {
  const typeNames = expand(toList(selector.type), rule);
  const each = selector.each ?? check.each;
  // The matcher is made when a record of one of its types first comes: a scan meets few types.
  let matcher: ((record: RecordKey) => boolean) | undefined;
  return {
    matches: (record) => (matcher ??= typeMatcher(selector, typeNames))(record),
    each: each === undefined ? undefined : [each].flat(),
    exactTypes: typeNames.length > 0 && typeNames.every((t) => !/[*?]/.test(t)) ? typeNames : undefined,
  };
}

/** What a selector reads of a record to match it. */
export type RecordKey = Pick<Resource, "format" | "kind" | "type" | "canonicalType">;

/**
 * Whether some check of `rules` selects, or relates to, records of this format, kind and type:
 * records for which it answers false add no finding, so a scan may leave them out (see
 * `RecordNeeds` in scanners/source.ts). Answers are kept per format, kind and type.
 */
export function recordsRead(rules: readonly Rule[], index: RuleIndex = new RuleIndex(rules)): (record: RecordKey) => boolean {
  const relations = rules.flatMap((rule) =>
    rule.checks.flatMap((check) => Object.values(check.related ?? {}).map((relation) => recordMatcher("references" in relation ? relation.references : relation["referenced-by"], rule))),
  );
  const known = new Map<string, boolean>();
  return (record) => {
    const key = `${record.format}\u0000${record.kind}\u0000${record.type}\u0000${record.canonicalType}`;
    let read = known.get(key);
    if (read === undefined) known.set(key, (read = index.selects(record) || relations.some((matches) => matches(record))));
    return read;
  };
}

/**
 * Matches a record against a selector's or a relation's narrowing (format, kind, type globs with
 * `$sets`/`$params`). Without a kind, the gate's records (`GATE_KINDS`) do not match.
 */
export function recordMatcher(selector: Pick<Selector, "format" | "kind" | "type">, rule: Rule): (resource: RecordKey) => boolean {
  return typeMatcher(selector, expand(toList(selector.type), rule));
}

/** `recordMatcher` for a selector whose types are already expanded. */
function typeMatcher(selector: Pick<Selector, "format" | "kind">, types: string[]): (resource: RecordKey) => boolean {
  const formats = toList(selector.format);
  const kinds = toList(selector.kind);
  // Most types are exact names: a set lookup, with regular expressions for the globs only.
  const exact = new Set(types.filter((t) => !/[*?]/.test(t)));
  const patterns = types.filter((t) => /[*?]/.test(t)).map(globToRegex);
  return (resource) =>
    (formats.length === 0 || formats.includes(resource.format)) &&
    (kinds.length === 0 ? !GATE_KINDS.has(resource.kind) : kinds.includes(resource.kind)) &&
    (types.length === 0 || exact.has(resource.canonicalType) || exact.has(resource.type) || patterns.some((re) => re.test(resource.canonicalType) || re.test(resource.type)));
}

/** Type names with `$sets.NAME` / `$params.NAME` entries replaced by the strings they hold. */
function expand(types: string[], rule: Rule): string[] {
  return types.flatMap((t) => {
    const set = /^\$sets\.([\w-]+)$/.exec(t);
    if (set) return strings(rule.sets[set[1]!]);
    const param = /^\$params\.([\w-]+)$/.exec(t);
    if (param) return strings(rule.paramValues[param[1]!]);
    return [t];
  });
}

function strings(value: Value | Value[] | undefined): string[] {
  return (Array.isArray(value) ? value : []).filter((v): v is string => typeof v === "string");
}

export function toList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function globToRegex(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}
