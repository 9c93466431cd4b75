import type { Resource, ResourceKind } from "../model/resource.js";
import { deriveIngressRules } from "./ingress.js";

/**
 * Derived facts: records of kind `fact` that say once what several resource shapes mean, so a
 * rule about the meaning is written once (Trivy's adapters are the model). Each deriver reads
 * scanned records (never syntax) and returns new records whose `source` tree points at the
 * elements they were derived from, so findings on a fact land on the original lines.
 */
export type FactDeriver = (resources: readonly Resource[]) => Resource[];

const DERIVERS: FactDeriver[] = [deriveIngressRules];

/** The record kinds the derivers read: a scan that derives facts must make these records. */
export const FACT_SOURCES: readonly ResourceKind[] = ["resource"];

/** Every fact the registered derivers draw from the scanned records, in deriver order. */
export function deriveFacts(resources: readonly Resource[]): Resource[] {
  return DERIVERS.flatMap((derive) => derive(resources));
}
