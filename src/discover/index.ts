export { classify, candidatePatterns, FILE_KINDS, kindRule, needsContent, NOT_TEMPLATES, type FileKind, type FileKindRule } from "./classify.js";
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
export { findRepositoryRoot } from "./root.js";
