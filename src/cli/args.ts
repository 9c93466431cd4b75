import { CliError } from "./io.js";

export interface OptionSpec {
  /** Takes a value (`--format sarif` / `--format=sarif`); repeatable ones collect into a list. */
  value: boolean;
  repeatable?: boolean;
  /** Allowed values, checked here so the message can list them. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  /** Flags as true; single-valued options as the last string; repeatable ones as string[]. */
  options: Record<string, string | string[] | true>;
  /** Every option that took a value, in command-line order (where the order of different options matters). */
  ordered: { name: string; value: string }[];
}

/**
 * A small GNU-style parser: `--name value`, `--name=value`, `--` ends options, `-h`/`-v` aliases.
 * Unknown options and missing values are CliErrors naming the problem.
 */
export function parseArgs(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs["options"] = {};
  const ordered: ParsedArgs["ordered"] = [];
  const aliases: Record<string, string> = { "-h": "--help", "-V": "--version" };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    arg = aliases[arg] ?? arg;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--/, "");
    // Own keys only: `--constructor` must not find Object.prototype's.
    const spec = arg.startsWith("--") && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new CliError(`unknown option ${eq >= 0 ? arg.slice(0, eq) : arg} (see driftless --help)`);
    if (!spec.value) {
      if (eq >= 0) throw new CliError(`option --${name} does not take a value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2)) {
        throw new CliError(`option --${name} needs a value${spec.choices ? ` (${spec.choices.join(", ")})` : ""}`);
      }
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new CliError(`invalid value for --${name}: ${JSON.stringify(value)} (expected one of ${spec.choices.join(", ")})`);
    }
    ordered.push({ name, value });
    if (spec.repeatable) {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      options[name] = value;
    }
  }
  return { positionals, options, ordered };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.options[name];
  return typeof v === "string" ? v : undefined;
}

export function listOption(parsed: ParsedArgs, name: string): string[] {
  const v = parsed.options[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.options[name] === true;
}
