// Preloaded (`node --import`) into a driftless process by test/robustness/no-escape.test.ts:
// every way to open a connection, resolve a name or start a process is replaced by one that
// records the attempt in $NO_ESCAPE_LOG and throws. Worker threads (hcl2json's) stay allowed:
// they are driftless's own code, and this preload runs in them too (execArgv is inherited).
import childProcess from "node:child_process";
import dgram from "node:dgram";
import dns from "node:dns";
import { appendFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";
import tls from "node:tls";

const log = process.env.NO_ESCAPE_LOG;
if (!log) throw new Error("no-escape.mjs: set NO_ESCAPE_LOG to the file that records attempts");

function forbid(target, names, label) {
  for (const name of names) {
    if (typeof target[name] !== "function") continue;
    target[name] = function forbidden() {
      appendFileSync(log, `${label}.${name} ${JSON.stringify([...arguments].filter((a) => typeof a !== "function")).slice(0, 300)}\n`);
      throw new Error(`no-escape: ${label}.${name} is not allowed during a scan`);
    };
  }
}

forbid(childProcess, ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"], "child_process");
forbid(net, ["connect", "createConnection"], "net");
forbid(net.Socket.prototype, ["connect"], "net.Socket");
forbid(tls, ["connect"], "tls");
forbid(dgram, ["createSocket"], "dgram");
forbid(http, ["request", "get"], "http");
forbid(https, ["request", "get"], "https");
forbid(http2, ["connect"], "http2");
forbid(dns, ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveMx", "resolveNs", "resolveTxt", "resolveSrv", "reverse"], "dns");
forbid(dns.promises, ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"], "dns.promises");
forbid(globalThis, ["fetch"], "globalThis");
forbid(process, ["dlopen"], "process");
syncBuiltinESMExports();
