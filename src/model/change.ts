import type { Range } from "./position.js";
import type { Format } from "./resource.js";
import type { Value } from "./value.js";

/**
 * The files a deployment pipeline already produces that say what a deployment will change, or
 * how the real infrastructure differs from the code:
 * - `terraform-plan`: `terraform show -json PLANFILE` (also of `terraform plan -refresh-only`),
 *   https://developer.hashicorp.com/terraform/internals/json-format;
 * - `cloudformation-change-set`: `aws cloudformation describe-change-set --output json`;
 * - `cloudformation-drift`: `aws cloudformation describe-stack-resource-drifts --output json`;
 * - `pulumi-preview`: `pulumi preview --json`;
 * - `pulumi-refresh`: `pulumi refresh --preview-only --json` (the same document shape as a
 *   preview; its steps say how the live resources differ from the state).
 */
export type ChangeInput = "terraform-plan" | "cloudformation-change-set" | "cloudformation-drift" | "pulumi-preview" | "pulumi-refresh";

export const CHANGE_INPUTS: readonly ChangeInput[] = ["terraform-plan", "cloudformation-change-set", "cloudformation-drift", "pulumi-preview", "pulumi-refresh"];

/**
 * What will happen to one resource, in one vocabulary for the three tools: Terraform's own
 * action words (`create`, `read`, `update`, `delete`, `no-op`, and `forget` since 1.7),
 * CloudFormation's `Add`/`Modify`/`Remove`/`Import`/`Dynamic` and Pulumi's step operations
 * mapped onto them. A replacement is `replace`; `order` says which half runs first.
 */
export type ChangeAction = "create" | "read" | "update" | "replace" | "delete" | "no-op" | "import" | "forget";

/** One resource's planned change, or its drift (`kind: "drift"`), as read from an input file. */
export interface Change {
  input: ChangeInput;
  /** The tool whose code the resource is written in. */
  format: Format;
  /** `change`: what applying the plan will do; `drift`: how the real resource already differs from the code. */
  kind: "change" | "drift";
  /**
   * The tool's own address: Terraform `module.a.module.b.aws_instance.x[0]`, a CloudFormation
   * logical ID, a Pulumi URN.
   */
  address: string;
  /** Native type: `aws_instance`, `AWS::EC2::Instance`, `aws:ec2/instance:Instance`. */
  type: string;
  action: ChangeAction;
  /**
   * For a replacement: `delete-first` when the old resource is deleted before its replacement
   * exists (Terraform's default `["delete", "create"]`, Pulumi's `deleteBeforeReplace`);
   * `create-first` otherwise (Terraform `create_before_destroy`, Pulumi's default,
   * CloudFormation always). Absent when the tool leaves it open.
   */
  order?: "delete-first" | "create-first";
  /** CloudFormation `Replacement: Conditional`: the resource may be replaced, decided at apply time. */
  conditional?: boolean;
  /** Top-level attribute paths the change (or drift) touches, as the tool names them, sorted. */
  changed: string[];
  /**
   * Whether the input says which attributes differ (a plan's before and after, a drift result's
   * `PropertyDifferences`, a step's diff): when it does, an empty `changed` means nothing
   * differs but empty settings; when not, the attributes are just not named.
   */
  named: boolean;
  /**
   * The attribute paths that force the replacement (`replace_paths`, `replaceReasons`,
   * `RequiresRecreation: Always`, and `Conditionally` for a conditional replacement).
   */
  replacedBy: string[];
  /** Why, in the tool's words (`replace_because_cannot_update`, `DirectModification`), when it says. */
  reason?: string;
  /**
   * CloudFormation's `PolicyAction` for a replaced or removed resource (`ReplaceAndDelete`,
   * `ReplaceAndRetain`, `ReplaceAndSnapshot`, `Delete`, `Retain`, `Snapshot`).
   */
  policyAction?: string;
  /**
   * CloudFormation: the change set of a nested stack (`AWS::CloudFormation::Stack` with its own
   * `ChangeSetId`, from a change set made with `--include-nested-stacks`): the nested stack's
   * resource changes are in that change set, not in this one.
   */
  nestedChangeSet?: string;
  /** For drift: `MODIFIED` or `DELETED` (CloudFormation's words; Terraform and Pulumi map onto them). */
  driftStatus?: "MODIFIED" | "DELETED";
  before?: Value;
  after?: Value;
  /** Terraform `after_unknown`: which parts of `after` are known only after apply. */
  afterUnknown?: Value;
  /** The input file (repository-relative) and where in it this change is written. */
  file: string;
  range: Range;
  /** The JSON path of the change in the input file: `resource_changes[3]`, `Changes[0].ResourceChange`. */
  jsonPath: string;
  /** What the input says about where the resource is defined, for mapping it back to source. */
  hints: ChangeHints;
}

export interface ChangeHints {
  /** Terraform: the module calls down to the resource (`["a", "b"]` for `module.a.module.b.…`). */
  modules?: string[];
  /** Terraform: the resource's address inside its module (`aws_instance.x[0]`). */
  local?: string;
  /** CloudFormation: the logical ID; Pulumi: the resource name in the URN. */
  name?: string;
  /** CloudFormation: the stack name or ID. */
  stack?: string;
  /** Pulumi: the project and stack named in the URN, and the types of the parents (components). */
  project?: string;
  pulumiStack?: string;
  parentTypes?: string[];
}
