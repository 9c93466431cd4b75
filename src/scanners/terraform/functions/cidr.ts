/**
 * Terraform's IP network functions, after Terraform's ipaddr (Go 1.16 net: IPv4 octets may
 * have leading zeros) and go-cidr. IPv4-mapped IPv6 prefixes (::ffff:a.b.c.d), which Go
 * treats as IPv4 in some places and IPv6 in others, give an unknown result.
 */
import { unknown } from "../../../model/value.js";
import { builtin, type Call, type TerraformFunction } from "./core.js";

interface Network {
  bits: 32 | 128;
  ip: bigint; // the network address (host bits cleared)
  prefix: number;
}

/** Go's dtoi: decimal digits at the start of s (value, length); undefined when none or too big. */
function dtoi(s: string): [number, number] | undefined {
  const m = /^[0-9]+/.exec(s);
  if (!m) return undefined;
  const n = Number(m[0]);
  return n >= 0xffffff ? undefined : [n, m[0].length];
}

function parseIPv4(s: string): bigint | undefined {
  let value = 0n;
  for (let i = 0; i < 4; i++) {
    if (i > 0) {
      if (s[0] !== ".") return undefined;
      s = s.slice(1);
    }
    const d = dtoi(s);
    if (!d || d[0] > 0xff) return undefined;
    value = (value << 8n) | BigInt(d[0]);
    s = s.slice(d[1]);
  }
  return s.length === 0 ? value : undefined;
}

/** Go's parseIPv6 (RFC 4291 and 5952, with an optional trailing dotted IPv4 part). */
function parseIPv6(s: string): bigint | undefined {
  const groups: number[] = []; // 16-bit groups before expansion
  let ellipsis = -1;
  if (s.startsWith("::")) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === "") return 0n;
  }
  while (groups.length < 8) {
    const m = /^[0-9A-Fa-f]+/.exec(s);
    if (!m || parseInt(m[0], 16) > 0xffff) return undefined;
    if (s[m[0].length] === ".") {
      if (ellipsis < 0 && groups.length !== 6) return undefined;
      if (groups.length > 6) return undefined;
      const v4 = parseIPv4(s);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      s = "";
      break;
    }
    groups.push(parseInt(m[0], 16));
    s = s.slice(m[0].length);
    if (s === "") break;
    if (s[0] !== ":" || s.length === 1) return undefined;
    s = s.slice(1);
    if (s[0] === ":") {
      if (ellipsis >= 0) return undefined;
      ellipsis = groups.length;
      s = s.slice(1);
      if (s === "") break;
    }
  }
  if (s.length !== 0) return undefined;
  if (groups.length < 8) {
    if (ellipsis < 0) return undefined;
    groups.splice(ellipsis, 0, ...new Array<number>(8 - groups.length).fill(0));
  } else if (ellipsis >= 0) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

const maskOf = (bits: number, prefix: number): bigint => ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
const allOnes = (bits: number): bigint => (1n << BigInt(bits)) - 1n;
const isMapped = (n: Network): boolean => n.bits === 128 && n.ip >> 32n === 0xffffn;

/** ipaddr.ParseCIDR: the network of "address/prefix", or an error worded as Terraform does. */
function parseCidr(call: Call, s: string, argIndex?: number): Network {
  const slash = s.indexOf("/");
  let net: Network | undefined;
  if (slash >= 0) {
    const [addr, len] = [s.slice(0, slash), s.slice(slash + 1)];
    let bits: 32 | 128 = 32;
    let ip = parseIPv4(addr);
    if (ip === undefined) {
      bits = 128;
      ip = parseIPv6(addr);
    }
    const d = dtoi(len);
    if (ip !== undefined && d && d[1] === len.length && d[0] <= bits) net = { bits, ip: ip & maskOf(bits, d[0]), prefix: d[0] };
  }
  if (!net) {
    const message = `invalid CIDR expression: invalid CIDR address: ${s}`;
    throw argIndex === undefined ? call.fail(message) : call.argError(argIndex, message);
  }
  if (isMapped(net)) {
    call.propagate(unknown(`${call.fn}(…)`, { reason: `IPv4-mapped IPv6 prefix ${s} is not evaluated statically` }));
  }
  return net;
}

/** Go's net.IP String(): dotted IPv4; IPv6 lower-case with the longest run (≥ 2) of zero groups as "::". */
function ipString(bits: number, ip: bigint): string {
  if (bits === 32 || ip >> 32n === 0xffffn) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip >> s) & 0xffn)).join(".");
  }
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) => Number((ip >> s) & 0xffffn));
  let [e0, e1] = [-1, -1];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j > i && j - i > e1 - e0) [e0, e1] = [i, j];
    if (j > i) i = j;
  }
  if (e1 - e0 <= 1) [e0, e1] = [-1, -1];
  const hex = (from: number, to: number) => groups.slice(from, to).map((g) => g.toString(16)).join(":");
  return e0 < 0 ? hex(0, 8) : `${hex(0, e0)}::${hex(e1, 8)}`;
}

const networkString = (n: Network): string => `${ipString(n.bits, n.ip)}/${n.prefix}`;

/** A whole-number argument as a bigint (gocty into *big.Int). */
function bigArg(call: Call, i: number): bigint {
  const n = call.number(i);
  if (!Number.isInteger(n)) throw call.fail("value must be a whole number");
  return BigInt(n);
}

/** go-cidr's NextSubnet: the subnet of the given prefix length right after `current`, and whether it wrapped. */
function nextSubnet(current: Network, prefix: number): [Network, boolean] {
  const bits = current.bits;
  const last = current.ip | (~maskOf(bits, current.prefix) & allOnes(bits));
  const subnetLast = (last & maskOf(bits, prefix)) | (~maskOf(bits, prefix) & allOnes(bits));
  const next = (subnetLast + 1n) & allOnes(bits);
  return [{ bits, ip: next & maskOf(bits, prefix), prefix }, next === 0n];
}

export const CIDR_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** cidrhost(prefix, hostnum): the host's address; a negative hostnum counts back from the last address. */
  builtin("cidrhost", { params: ["prefix", "hostnum"] }, (call) => {
    let num = bigArg(call, 1);
    const net = parseCidr(call, call.string(0));
    const hostBits = BigInt(net.bits - net.prefix);
    const maxHost = (1n << hostBits) - 1n;
    let magnitude = num;
    if (num < 0n) {
      magnitude = -num - 1n;
      num = maxHost - magnitude;
    }
    if (magnitude > maxHost) throw call.fail(`prefix of ${net.prefix} does not accommodate a host numbered ${num}`);
    return ipString(net.bits, net.ip | num);
  }),

  /** cidrnetmask(prefix): the IPv4 netmask in dotted form. */
  builtin("cidrnetmask", { params: ["prefix"] }, (call) => {
    const s = call.string(0);
    const net = parseCidr(call, s);
    if (net.bits !== 32) throw call.fail(`IPv6 addresses cannot have a netmask: ${s}`);
    return ipString(32, maskOf(32, net.prefix));
  }),

  /** cidrsubnet(prefix, newbits, netnum): the netnum'th subnet with a prefix newbits longer. */
  builtin("cidrsubnet", { params: ["prefix", "newbits", "netnum"] }, (call) => {
    const newbits = call.int(1);
    const num = bigArg(call, 2);
    const net = parseCidr(call, call.string(0));
    const prefix = net.prefix + newbits;
    if (prefix > net.bits) throw call.fail(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
    if (prefix < 0) throw call.fail(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
    const maxNum = newbits >= 64 || newbits < 0 ? (1n << 64n) - 1n : (1n << BigInt(newbits)) - 1n;
    // Go reads a negative netnum as garbage bits; refusing it is the honest answer.
    if (num < 0n || num > maxNum) throw call.fail(`prefix extension of ${newbits} does not accommodate a subnet numbered ${num}`);
    return networkString({ bits: net.bits, ip: net.ip | (num << BigInt(net.bits - prefix)), prefix });
  }),

  /** cidrsubnets(prefix, newbits...): consecutive subnets with the given extra prefix bits, packed in order. */
  builtin("cidrsubnets", { params: ["prefix"], variadic: "newbits" }, (call) => {
    const net = parseCidr(call, call.string(0), 0);
    if (call.args.length === 1) return [];
    const firstLength = call.int(1, (m) => call.argError(1, m)) + net.prefix;
    // go-cidr's PreviousSubnet: the subnet of the first length just before the network.
    const all = allOnes(net.bits);
    const firstMask = firstLength <= net.bits ? maskOf(net.bits, firstLength) : all;
    let current: Network = { bits: net.bits, ip: ((net.ip - 1n) & all) & firstMask, prefix: Math.min(firstLength, net.bits) };
    const out: string[] = [];
    for (let i = 1; i < call.args.length; i++) {
      let length = call.int(i, (m) => call.argError(i, m));
      if (length < 1) throw call.argError(i, "must extend prefix by at least one bit");
      if (length > 32) throw call.argError(i, "may not extend prefix by more than 32 bits");
      length += net.prefix;
      if (length > net.bits) {
        throw call.argError(i, `would extend prefix to ${length} bits, which is too long for an ${net.bits === 32 ? "IPv4" : "IPv6"} address`);
      }
      const [next, rollover] = nextSubnet(current, length);
      if (rollover || (next.ip & maskOf(net.bits, net.prefix)) !== net.ip) {
        throw call.argError(i, `not enough remaining address space for a subnet with a prefix of ${length} bits after ${networkString(current)}`);
      }
      current = next;
      out.push(networkString(current));
    }
    return out;
  }),
];
