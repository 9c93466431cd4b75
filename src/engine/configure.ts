import type { Level } from "../model/finding.js";
import type { Value } from "../model/value.js";
import { paramProblem } from "./load.js";
import type { Rule } from "./rule.js";

/** How one rule runs in this scan: configuration (`rules:` in .driftless.yaml) over its defaults. */
export interface RuleSetting {
  enabled?: boolean;
  level?: Level;
  /** Parameter values by name; each is validated against the parameter's JSON Schema. */
  params?: Record<string, Value>;
}

export interface RuleSettings {
  /** Per rule ID. */
  rules?: Record<string, RuleSetting>;
  /** `--rule`: only these run (a rule disabled by default runs when named). */
  only?: string[];
  /** `--skip-rule`: these do not run. */
  skip?: string[];
}

/**
 * A problem with the settings, located by what it concerns: `rules.ID.params.NAME`,
 * `--rule`, … The CLI adds the file and line.
 */
export class RuleSettingError extends Error {
  override name = "RuleSettingError";
  constructor(
    /** `rules`, `--rule` or `--skip-rule`. */
    readonly source: "rules" | "--rule" | "--skip-rule",
    /** Path segments inside the source (`["PIN-005", "params", "allowed"]`). */
    readonly path: string[],
    message: string,
  ) {
    super(message);
  }
}

/** Rules the parse-problem and suppression reports are made by: they run unless skipped by name. */
const ALWAYS_ON = new Set(["IAC-000", "IAC-001"]);

/**
 * The rules of this scan: every rule of the pack with its setting applied (a copy; the pack is
 * not changed). `enabled` reflects whether it runs. Throws RuleSettingError for an unknown rule
 * ID, an unknown parameter or a value its schema rejects.
 */
export function configureRules(pack: readonly Rule[], settings: RuleSettings): Rule[] {
  const known = new Map(pack.map((r) => [r.id, r]));
  const unknownId = (source: RuleSettingError["source"], id: string, path: string[]): RuleSettingError =>
    new RuleSettingError(source, path, `unknown rule ID ${id}${suggestion(id, [...known.keys()])} (driftless rules lists them)`);
  for (const id of settings.only ?? []) if (!known.has(id)) throw unknownId("--rule", id, [id]);
  for (const id of settings.skip ?? []) if (!known.has(id)) throw unknownId("--skip-rule", id, [id]);
  for (const id of Object.keys(settings.rules ?? {})) if (!known.has(id)) throw unknownId("rules", id, [id]);
  const both = (settings.only ?? []).find((id) => (settings.skip ?? []).includes(id));
  if (both) throw new RuleSettingError("--skip-rule", [both], `${both} is also named by --rule; name it in one of them`);

  const only = settings.only?.length ? new Set(settings.only) : undefined;
  const skip = new Set(settings.skip ?? []);
  return pack.map((rule) => {
    const setting = settings.rules?.[rule.id] ?? {};
    const paramValues = { ...rule.paramValues };
    for (const [name, value] of Object.entries(setting.params ?? {})) {
      const param = rule.params[name];
      if (!param) {
        const declared = Object.keys(rule.params);
        throw new RuleSettingError("rules", [rule.id, "params", name], `${rule.id} has no parameter ${name} (${declared.length ? `it has ${declared.join(", ")}` : "it has none"})`);
      }
      const problem = paramProblem(param.schema, value);
      if (problem) throw new RuleSettingError("rules", [rule.id, "params", name], `${rule.id} parameter ${name}: ${problem}`);
      paramValues[name] = value;
    }
    let enabled = setting.enabled ?? rule.enabled;
    if (only) enabled = only.has(rule.id) || (ALWAYS_ON.has(rule.id) && setting.enabled !== false);
    if (skip.has(rule.id)) enabled = false;
    return { ...rule, enabled, level: setting.level ?? rule.level, paramValues };
  });
}

function suggestion(id: string, known: string[]): string {
  const upper = id.toUpperCase();
  const close = known.find((k) => k === upper || k.replace("-", "") === upper.replace(/[-_ ]/g, ""));
  return close ? ` (did you mean ${close}?)` : "";
}
