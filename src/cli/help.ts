export const HELP = `driftless: immutability auditor for Infrastructure-as-Code (Terraform, CloudFormation, Pulumi TypeScript)

Usage:
  driftless scan [paths...] [options]   scan files or directories (default: .); plans, change
                                        sets and previews found there are gated too
  driftless gate <inputs...> [options]  the change gate: check Terraform JSON plans, CloudFormation
                                        change sets and drift results, Pulumi previews and refresh
                                        previews (any file name; told by content), with findings
                                        mapped back to the code (scan options apply too)
  driftless rules [--rules DIR]...      list the rule pack
  driftless explain ID [--rules DIR]... show a rule's documentation
  driftless test-rules [RULES_DIR] [--fixtures DIR]
                                        run rules on their fixtures (<fixtures>/<ID>/*) and compare
                                        with the "# expect: ID" comments in them (default fixtures:
                                        RULES_DIR/fixtures; no RULES_DIR: the built-in pack)
  driftless init [--output FILE] [--force]
                                        write a commented starter .driftless.yaml
  driftless sweep <folder | listing> --output-dir DIR [options]
                                        scan many repositories (the subfolders of a folder, or
                                        the paths a file lists one per line), each as its own root
                                        with its own .driftless.yaml: DIR gets repositories/NAME.sarif
                                        and .json, sweep.json (all of them) and report.html
  driftless report merge <reports.json...> [--format html|json] [--output FILE]
                                        JSON reports (scan --format json, sweep.json) as one
                                        HTML report or aggregate (--compare, --link-template too)
  driftless --help | --version

Scan options:
  --format FORMAT            text|sarif|json|markdown|junit|html; repeat for several reports in
                             one run (default: text)
  --output FILE              where the i-th --format goes; a format without --output goes to stdout
                             (only one may); "-" means stdout; an --output without its --format
                             takes it from the extension (.sarif, .json, .md, .xml, .txt, .html)
  --fail-on LEVEL            error|warning|note|none: exit 1 when an unsuppressed finding is at or
                             above LEVEL (default: the config's fail-on, else error)
  --config FILE              settings file (default: .driftless.yaml at the repository root)
  --rule ID[,ID...]          run only these rules (repeatable; a rule disabled by default runs too)
  --skip-rule ID[,ID...]     do not run these rules (repeatable)
  --exclude GLOB             leave out files matching GLOB, relative to the repository root
                             (repeatable; added to the config's exclude)
  --rules DIR                also load rule files from DIR (repeatable)
  --root DIR                 repository root that reported paths are relative to
                             (default: each path's enclosing git repository, else the current
                             directory; several repositories give one SARIF run each)
  --no-inline-suppressions   ignore driftless:ignore comments and Metadata.driftless.ignore
  --sarif-include-suppressed keep suppressed findings in SARIF, with their suppressions
  --category NAME            SARIF automationDetails.id, to keep uploads of several analyses apart
  --baseline FILE            report (and fail on) only findings that FILE does not hold
  --write-baseline FILE      write every current unsuppressed finding to FILE (folders created),
                             replacing only the entries of the files this scan reports on (the
                             named files, or everything under the scanned folders); report as
                             usual; exit 0 unless a finding it cannot hold (IAC-000, IAC-001) is
                             at or above --fail-on
  --update-baseline FILE     as --baseline FILE, then drop from FILE the entries of the files this
                             scan reports on that no longer occur (new findings are reported, not
                             added); one baseline option at a time
  --quiet                    text: only the findings (no summary); no notices on stderr
  --color, --no-color        force colours on or off (default: on a terminal; FORCE_COLOR and
                             NO_COLOR are honoured)
  --report-unknown           also report findings that depend on values unknown statically (as notes)
  --max-file-size SIZE       refuse files larger than SIZE unread (default 5MB; units KB, MB, GB)
  --strict                   exit 1 when an IaC file was not analysed at all (refused, unreadable,
                             too large, binary, undecodable), whatever --fail-on says
  --var NAME=VALUE           a Terraform root-module variable, as terraform plan -var (repeatable)
  --var-file FILE            a Terraform variables file, as terraform plan -var-file (repeatable);
                             --var and --var-file apply in command-line order, after the files
                             Terraform loads by itself (terraform.tfvars, *.auto.tfvars)

  --compare FILE             HTML report: new, fixed and still open findings against an earlier
                             JSON report (scan --format json, or a sweep's sweep.json)
  --link-template TEMPLATE   HTML report: each finding's link, e.g.
                             https://github.com/acme/{repository}/blob/{commit}/{file}#L{line}
                             ({repository} {remote} {commit} {branch} {file} {line} {column});
                             default: the file's path relative to the report

Sweep options (and --compare, --link-template, --quiet, and, passed to every repository's scan,
--rules, --rule, --skip-rule, --exclude, --max-file-size, --report-unknown,
--no-inline-suppressions):
  --output-dir DIR           where the reports go (required)
  --fail-on LEVEL            error|warning|note|none: exit 1 when an unsuppressed finding of any
                             repository is at or above LEVEL (default none)
  --concurrency N            repositories scanned at a time (default: the number of cores)
  --timeout SECONDS          stop a repository's scan after SECONDS (default 600, at most 2147483);
                             it is recorded as failed and the sweep goes on
  --no-cache                 scan every repository; by default one whose HEAD commit, origin remote,
                             configuration (and the rule folders it names) and the sweep's options
                             are as at the last sweep into DIR is not scanned again, until a
                             suppression its reports applied expires (uncommitted edits do not
                             count: commit, or --no-cache)
  --strict                   exit 1 when a repository could not be swept, whatever --fail-on says
  A repository that cannot be swept (missing, unreadable, not a git checkout, a broken
  .driftless.yaml, a crash) is recorded in sweep.json with its reason; the others go on.
  Options passed to every scan are checked first: a bad one stops the sweep (exit 2).

Report merge options (and --compare, --link-template):
  --format FORMAT            html (default) or json (the merged aggregate, as sweep.json)
  --output FILE              where it goes (default: stdout; a .json name means --format json)
  Each scan --format json report is named after its file (acme.infra.json → acme.infra); a
  sweep.json brings its repositories with their names. A sweep's findings link to their files
  when those are on this machine; others link through --link-template, or show as text.

Gate options:
  --source DIR               the code the inputs' addresses are mapped into (default: the
                             repository that holds the first input, else the one the command
                             runs in)
  --project DIR              the Terraform root module or Pulumi project the inputs are for, when
                             an address is defined in several (default for Terraform: the folder
                             the plan is in)
  --template FILE            the CloudFormation template a change set or drift result is for,
                             when a logical ID is defined in several
  The gate reads its inputs up to 256MB unless --max-file-size says otherwise.
  Inputs: terraform show -json PLANFILE (also of terraform plan -refresh-only);
  aws cloudformation describe-change-set --output json; aws cloudformation
  describe-stack-resource-drifts --output json; pulumi preview --json; pulumi refresh
  --preview-only --json.

Suppressions: a comment "driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason" on the line
above a block (the whole block; on a module call, what the call causes) or above or at the end
of an attribute line (that attribute); CloudFormation JSON and YAML also accept
Metadata: { driftless: { ignore: [ { id, reason, expires } ] } } on a resource. One without a
reason, with an unknown ID, past its expiry or matching nothing is reported as IAC-001.

Baselines: an entry holds a finding with the same rule, file, resource address (module instance
included), attribute path and values the rule looked at (the offending value, the whole element:
ports, protocol and sources of an ingress rule); line numbers do not count. A changed value or a
move to another file is a new finding. Entries name their repository relative to the baseline
file's folder. Parse errors (IAC-000) and IAC-001 are never baselined.

Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or rule-loading error
  3  internal error (a bug in driftless: please report it)
`;

/**
 * The help of one command: its usage lines, its own options section (`Sweep options:`), and
 * the lines of the scan options it shares (`--compare`), in HELP's words.
 */
export function commandHelp(command: "sweep" | "report"): string {
  const lines = HELP.split("\n");
  const usageStart = lines.findIndex((l) => l.startsWith(`  driftless ${command} `));
  const usageEnd = lines.findIndex((l, i) => i > usageStart && (l.startsWith("  driftless ") || l === ""));
  const usage = lines.slice(usageStart, usageEnd);
  const optionLines = (heading: string): string[] => {
    const start = lines.findIndex((l) => l.startsWith(heading));
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && l === "");
    return lines.slice(start, end < 0 ? undefined : end);
  };
  /** An option's entry among the scan options: its line and the indented lines under it. */
  const shared = (name: string): string[] => {
    const start = lines.findIndex((l) => l.startsWith(`  --${name} `));
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && !/^ {29}\S/.test(l));
    return lines.slice(start, end);
  };
  const own = optionLines(command === "sweep" ? "Sweep options" : "Report merge options");
  const common = [...["compare", "link-template"], ...(command === "sweep" ? ["rules", "rule", "skip-rule", "exclude", "max-file-size", "report-unknown", "no-inline-suppressions"] : [])];
  const commonLines = common.flatMap(shared);
  return [
    "Usage:",
    ...usage,
    "",
    ...(own.length ? [...own, ""] : []),
    ...(commonLines.length ? ["Shared with scan:", ...commonLines, ""] : []),
    ...optionLines("Exit codes"),
    "",
    "driftless --help lists every command and option.",
    "",
  ].join("\n");
}
