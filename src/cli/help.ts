export const HELP = `driftless: immutability auditor for Infrastructure-as-Code (Terraform, CloudFormation, Pulumi TypeScript)

Usage:
  driftless scan [paths...] [options]   scan files or directories (default: .)
  driftless rules [--rules DIR]...      list the rule pack
  driftless explain ID [--rules DIR]... show a rule's documentation
  driftless test-rules [RULES_DIR] [--fixtures DIR]
                                        run rules on their fixtures (<fixtures>/<ID>/*) and compare
                                        with the "# expect: ID" comments in them (default fixtures:
                                        RULES_DIR/fixtures; no RULES_DIR: the built-in pack)
  driftless --help | --version

Scan options:
  --format text|sarif|json   output format; repeat for several reports in one run (default: text)
  --output FILE              where the i-th --format goes; a format without --output goes to stdout
                             (only one may); "-" means stdout
  --fail-on LEVEL            error|warning|note|none: exit 1 when a finding is at or above LEVEL
                             (default: error)
  --rules DIR                also load rule files from DIR (repeatable)
  --root DIR                 repository root that reported paths are relative to
                             (default: the enclosing git repository, else the current directory)
  --report-unknown           also report findings that depend on values unknown statically (as notes)
  --var NAME=VALUE           a Terraform root-module variable, as terraform plan -var (repeatable)
  --var-file FILE            a Terraform variables file, as terraform plan -var-file (repeatable);
                             --var and --var-file apply in command-line order, after the files
                             Terraform loads by itself (terraform.tfvars, *.auto.tfvars)

Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or rule-loading error
`;
