import type { Reader } from "../../src/discover/index.js";

/** A reader that counts the reads of each file (read and readInside), to check what a scan reads twice. */
export function countingReader(reader: Reader): { reader: Reader; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const count = (path: string): void => void reads.set(path, (reads.get(path) ?? 0) + 1);
  return {
    reads,
    reader: {
      root: reader.root,
      repoPath: (p) => reader.repoPath(p),
      read: (p) => (count(p), reader.read(p)),
      readInside: (p) => (count(p), reader.readInside(p)),
      existsInside: (p) => reader.existsInside(p),
      listInside: (p) => reader.listInside(p),
      refusal: (p) => reader.refusal(p),
      forget: (p) => reader.forget(p),
    },
  };
}
