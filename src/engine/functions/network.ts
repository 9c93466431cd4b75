/** Port and address arithmetic for ingress rules across providers. */

/** Protocol spellings that mean "every protocol" (AWS -1/all, Azure *, GCP all). */
const ALL_PROTOCOLS = new Set(["-1", "all", "*", "any"]);
const TCP = new Set(["tcp", "6"]);

export type ProtocolClass = "all" | "tcp" | "other";

export function protocolClass(protocol: string | number): ProtocolClass {
  const p = String(protocol).trim().toLowerCase();
  if (ALL_PROTOCOLS.has(p)) return "all";
  if (TCP.has(p)) return "tcp";
  return "other";
}

/** Parses `22`, `"22"`, `"20-25"`, `"*"` (Azure) into an inclusive range. */
export function parsePortRange(value: string | number): [number, number] | null {
  const text = String(value).trim();
  if (text === "*" ) return [0, 65535];
  const single = /^\d+$/.exec(text);
  if (single) return [Number(text), Number(text)];
  const span = /^(\d+)\s*-\s*(\d+)$/.exec(text);
  if (span) return [Number(span[1]), Number(span[2])];
  return null;
}

/**
 * True when traffic on the protocol and port range reaches any of the ports. For "all"
 * protocols, the port range is ignored (AWS ignores from/to for protocol -1). A from/to pair
 * of 0/0 with TCP is port 0 literally, which AWS rejects; a missing range means all ports.
 */
export function rangeCoversPorts(protocol: string | number, from: number | null, to: number | null, ports: number[]): boolean {
  const cls = protocolClass(protocol);
  if (cls === "other") return false;
  if (cls === "all" || from === null || to === null) return ports.length > 0;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  return ports.some((port) => port >= low && port <= high);
}

/** A CIDR that matches every address: prefix length 0 in IPv4 or IPv6. */
export function isAnywhere(cidr: string): boolean {
  const text = cidr.trim().toLowerCase();
  if (text === "*" || text === "internet" || text === "any") return true; // Azure service tags / wildcards
  const match = /^([0-9a-f.:]+)\/(\d+)$/.exec(text);
  return match !== null && Number(match[2]) === 0;
}
