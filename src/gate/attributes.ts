/** What gate rules read on a change record (`$attributes.…`), made from a Change. */
import type { Change } from "../model/change.js";
import type { Value, ValueMap } from "../model/value.js";

/**
 * A change record's attributes:
 * - `input` (`terraform-plan`, …), `address` (Terraform address, logical ID, URN), `mapped`
 *   (whether the resource was found in the scanned code);
 * - `action` (`create`, `read`, `update`, `replace`, `delete`, `no-op`, `import`, `forget`),
 *   `order` (`delete-first` / `create-first` for a replacement, else null), `conditional`
 *   (CloudFormation `Replacement: Conditional`);
 * - `changed` and `replacedBy` (attribute paths, sorted; for drift on a resource found in the
 *   code, only the attributes the code sets: a computed attribute that moved is not drift from
 *   the code), `named` (whether the input named any attribute at all), and their readable forms
 *   `changedText` / `replacedByText` (`instance_type, tags`; a phrase saying the input does
 *   not name them when none);
 * - `reason` (`action_reason`, `ChangeSource`), `policyAction` (CloudFormation), `driftStatus`
 *   (`MODIFIED` / `DELETED` for drift), each null when the input does not say;
 * - `before`, `after`, `afterUnknown` as the input wrote them (null when absent).
 */
export function changeAttributes(change: Change, mapped: boolean, changed: string[] = change.changed): ValueMap {
  return {
    input: change.input,
    address: change.address,
    mapped,
    action: change.action,
    order: change.order ?? null,
    conditional: change.conditional ?? false,
    changed,
    named: change.named,
    changedText: changed.length > 0 ? changed.join(", ") : "attributes the input does not name",
    replacedBy: change.replacedBy,
    replacedByText: change.replacedBy.length > 0 ? change.replacedBy.join(", ") : "a change the input does not name",
    reason: change.reason ?? null,
    policyAction: change.policyAction ?? null,
    driftStatus: change.driftStatus ?? null,
    before: (change.before ?? null) as Value,
    after: (change.after ?? null) as Value,
    afterUnknown: (change.afterUnknown ?? null) as Value,
  };
}
