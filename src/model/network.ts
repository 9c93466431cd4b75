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

/** IANA protocol numbers that the providers accept in place of names. */
const PROTOCOL_NUMBERS: Record<string, string> = { "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6", "132": "sctp", "50": "esp", "51": "ah" };

/**
 * One spelling per protocol: `tcp`, `udp`, `icmp`, `icmpv6`, `all` (AWS `-1`/`all`, Azure `*`/`Any`,
 * GCP `all`), or the lower-cased text for any other protocol. Numbers map to names (`6` → `tcp`).
 */
export function normaliseProtocol(protocol: string | number): string {
  const p = String(protocol).trim().toLowerCase();
  if (ALL_PROTOCOLS.has(p)) return "all";
  if (p === "icmpv6" || p === "ipv6-icmp") return "icmpv6";
  return PROTOCOL_NUMBERS[p] ?? p;
}

/** Parses `22`, `"22"`, `"20-25"`, `"*"` (Azure) into an inclusive range. */
export function parsePortRange(value: string | number): [number, number] | null {
  const text = String(value).trim();
  if (text === "*") return [0, 65535];
  const single = /^\d+$/.exec(text);
  if (single) return [Number(text), Number(text)];
  const span = /^(\d+)\s*-\s*(\d+)$/.exec(text);
  if (span) return [Number(span[1]), Number(span[2])];
  return null;
}

/**
 * Parses a port specification that may hold several parts (`"22,24"`, `"22, 3389"`,
 * `"20-25,80"`): each comma-separated part that is a port, a range or `*`. Parts that are
 * neither are left out (the provider rejects them).
 */
export function parsePortList(value: string | number): [number, number][] {
  return String(value)
    .split(",")
    .map((part) => parsePortRange(part))
    .filter((r): r is [number, number] => r !== null);
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

/**
 * A source address that stands for the whole internet: a prefix of length 0 (`0.0.0.0/0`,
 * `::/0`), Azure's `*`, `0.0.0.0`, `Internet` and `Any` (case-insensitive).
 */
export function isInternet(source: string): boolean {
  const text = source.trim().toLowerCase();
  return text === "0.0.0.0" || isAnywhere(text);
}

/** An address prefix as a family, a number and a prefix length; null when it is not one. */
interface Prefix {
  family: 4 | 6;
  bits: bigint;
  length: number;
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => (n << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-f:]+$/i.test(text) || (text.match(/::/g)?.length ?? 0) > 1) return null;
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const groups = (s: string | undefined): string[] => (s ? s.split(":") : []);
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 1) return null;
  const all = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (all.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** `10.0.0.0/8`, `10.1.2.3` (a /32), `::/0`, `2001:db8::/32`. */
export function parsePrefix(text: string): Prefix | null {
  const [address = "", lengthText] = text.trim().toLowerCase().split("/");
  const v4 = parseIpv4(address);
  const family: 4 | 6 | null = v4 !== null ? 4 : parseIpv6(address) !== null ? 6 : null;
  if (family === null) return null;
  const max = family === 4 ? 32 : 128;
  const length = lengthText === undefined ? max : /^\d+$/.test(lengthText) ? Number(lengthText) : -1;
  if (length < 0 || length > max) return null;
  return { family, bits: (v4 ?? parseIpv6(address))!, length };
}

/**
 * True when the prefixes together hold every address of one family: `0.0.0.0/1` and
 * `128.0.0.0/1` are the whole IPv4 internet as much as `0.0.0.0/0` is. Entries that are not
 * address prefixes are ignored.
 */
export function prefixesCoverAll(prefixes: readonly string[]): boolean {
  for (const family of [4, 6] as const) {
    const max = family === 4 ? 32 : 128;
    const spans = prefixes
      .map((text) => parsePrefix(text.trim() === "0.0.0.0" ? "0.0.0.0/0" : text))
      .filter((p): p is Prefix => p !== null && p.family === family)
      .map((p) => {
        const size = 1n << BigInt(max - p.length);
        const start = (p.bits >> BigInt(max - p.length)) << BigInt(max - p.length);
        return [start, start + size - 1n] as const;
      })
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let next = 0n;
    for (const [start, end] of spans) {
      if (start > next) break;
      if (end + 1n > next) next = end + 1n;
    }
    if (spans.length > 0 && next >= 1n << BigInt(max)) return true;
  }
  return false;
}

/**
 * True when every address of `inner` lies in `outer` (same family); `*` and `Any` contain
 * everything; null when either is not an address prefix (a service tag, a word) and they differ.
 */
export function prefixContains(outer: string, inner: string): boolean | null {
  const o = outer.trim().toLowerCase();
  const i = inner.trim().toLowerCase();
  if (o === "*" || o === "any" || o === i) return true;
  const po = parsePrefix(o === "0.0.0.0" ? "0.0.0.0/0" : o);
  const pi = parsePrefix(i === "0.0.0.0" ? "0.0.0.0/0" : i);
  if (!po || !pi) return null;
  if (po.family !== pi.family || po.length > pi.length) return false;
  const shift = BigInt((po.family === 4 ? 32 : 128) - po.length);
  return po.bits >> shift === pi.bits >> shift;
}

/** `22/tcp`, `3389/udp`, `22` (TCP): a port a rule wants to know about. */
export interface WantedPort {
  port: number;
  protocol: string;
  text: string;
}
