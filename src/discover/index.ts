export { classify, candidatePatterns, FILE_KINDS, type FileKind, type FileKindRule } from "./classify.js";
export {
  discover,
  toRepoPath,
  UsageError,
  SKIPPED_DIRECTORIES,
  type DiscoveredFile,
  type DiscoverOptions,
  type DiscoverResult,
} from "./discover.js";
export { readSource, MAX_FILE_BYTES, type ReadResult } from "./read.js";
export { findRepositoryRoot } from "./root.js";
