export { classify, candidatePatterns, FILE_KINDS, kindRule, kindRules, LOCK_FILE_NAMES, needsContent, NOT_TEMPLATES, type FileKind, type FileKindRule } from "./classify.js";
export { looksLikeCloudFormation } from "./sniff.js";
export {
  discover,
  toRepoPath,
  UsageError,
  SKIPPED_DIRECTORIES,
  type DiscoveredFile,
  type DiscoverOptions,
  type DiscoverResult,
} from "./discover.js";
export { readSource, peekText, MAX_FILE_BYTES, type ReadResult } from "./read.js";
export { findRepositoryRoot, repositoryRootOf } from "./root.js";
export { createReader, isRefusal, type Reader, type Refusal, type DirectoryEntry } from "./reader.js";
export { formUnits, isAutoVarFile, unitPaths, type Unit, type UnitFile, type UnitPlan, type TerraformUnit, type CloudFormationUnit, type PulumiUnit } from "./units.js";
