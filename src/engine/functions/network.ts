import { isUnknown, type Value } from "../../model/value.js";
import type { RuleFunction } from "./index.js";
import { protocolClass, normaliseProtocol, parsePortRange, parsePortList, rangeCoversPorts, isAnywhere, isInternet, parsePrefix, prefixContains, type WantedPort } from "../../model/network.js";

export { protocolClass, normaliseProtocol, parsePortRange, parsePortList, rangeCoversPorts, isAnywhere, isInternet, parsePrefix, prefixContains };


export function parseWantedPort(spec: Value | undefined): WantedPort | null {
  if (typeof spec === "number") return { port: spec, protocol: "tcp", text: `${spec}/tcp` };
  if (typeof spec !== "string") return null;
  const match = /^\s*(\d+)\s*(?:\/\s*([a-z0-9]+))?\s*$/i.exec(spec);
  if (!match) return null;
  const protocol = normaliseProtocol(match[2] ?? "tcp");
  return { port: Number(match[1]), protocol, text: `${match[1]}/${protocol}` };
}

/**
 * Which of the wanted ports an ingress rule lets through, as text (`22/tcp, 3389/udp`), or ""
 * when none. `protocol` is a normalised protocol (`all` reaches every wanted port); `ports` is a
 * list of `[low, high]` ranges in which an Unknown entry stands for ports not known statically
 * (one whose `decoded` is a `[low, high]` pair may only be those ports).
 * Unknown when no wanted port is certainly reached but an unknown protocol or range could reach one.
 */
export function portsReached(protocol: Value | undefined, ports: Value | undefined, wanted: Value | undefined): Value {
  const wants = (Array.isArray(wanted) ? wanted : [wanted]).map(parseWantedPort).filter((w): w is WantedPort => w !== null);
  if (isUnknown(protocol)) return protocol;
  if (typeof protocol !== "string" && typeof protocol !== "number") return "";
  const proto = normaliseProtocol(protocol);
  const relevant = wants.filter((w) => proto === "all" || w.protocol === proto);
  if (relevant.length === 0) return "";
  if (isUnknown(ports)) return ports;
  if (!Array.isArray(ports)) return "";
  let undecided: Value | null = null;
  const reached: string[] = [];
  for (const want of relevant) {
    let hit = false;
    for (const entry of ports) {
      if (isUnknown(entry)) {
        // An unknown span that says which ports it may be (`decoded: [low, high]`) decides nothing elsewhere.
        const span = entry.decoded;
        const outside = Array.isArray(span) && typeof span[0] === "number" && typeof span[1] === "number" && (want.port < span[0] || want.port > span[1]);
        if (!outside) undecided ??= entry;
        continue;
      }
      if (Array.isArray(entry) && typeof entry[0] === "number" && typeof entry[1] === "number" && want.port >= entry[0] && want.port <= entry[1]) hit = true;
    }
    if (hit && !reached.includes(want.text)) reached.push(want.text);
  }
  if (reached.length > 0) return reached.join(", ");
  return undecided ?? "";
}

/** Library functions of the network rules (ACC-001, ACC-002), over `ingress_rule` facts. */
export const NETWORK_FUNCTIONS: Record<string, RuleFunction> = {
  portsReached: {
    description:
      "Which of the wanted ports (`22/tcp`, `3389/udp`) an ingress rule lets through, given its normalised protocol and its `[low, high]` port ranges (an `ingress_rule` fact's `protocol` and `ports`): the reached ones as text (`22/tcp, 3389/tcp`), or \"\" when none. Protocol `all` reaches every wanted port. Unknown when none is certainly reached but an unknown protocol or port range could reach one.",
    params: ["protocol", "ports", "wanted"],
    seesUnknown: true,
    run: (protocol, ports, wanted) => portsReached(protocol, ports, wanted),
  },
};
