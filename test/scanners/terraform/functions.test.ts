import { beforeAll, describe, expect, it } from "vitest";
import { isUnknown, unknown, type Unknown, type Value } from "../../../src/model/value.js";
import { containsUnknown, EvalError, TERRAFORM_FUNCTIONS, toTerraformString } from "../../../src/scanners/terraform/functions.js";
import { loadRe2 } from "../../../src/scanners/terraform/functions/re2-module.js";
import { loadYaml } from "../../../src/scanners/terraform/functions/yaml-module.js";

// A scan loads yaml and re2js when a file names their functions; calling the functions directly, so do we.
beforeAll(async () => {
  await loadYaml();
  await loadRe2();
});

function call(name: string, ...args: Value[]): Value {
  const fn = TERRAFORM_FUNCTIONS[name];
  if (!fn) throw new Error(`no built-in named ${name}`);
  return fn(args);
}

/** An unknown argument (a variable without a value). */
const U: Unknown = unknown("var.x", { reason: "variable without default" });
/** A second one, to tell which unknown came through. */
const V: Unknown = unknown("var.y");

// Results from the Terraform documentation's examples (and Terraform's own tests) unless noted.
const KNOWN: Array<[string, Value[], Value]> = [
  // strings
  ["chomp", ["hello\n"], "hello"],
  ["chomp", ["hello\r\n"], "hello"],
  ["chomp", ["hello\n\n"], "hello"],
  ["endswith", ["hello world", "world"], true],
  ["endswith", ["hello world", "hello"], false],
  ["indent", [2, "[\n  foo,\n  bar,\n]\n"], "[\n    foo,\n    bar,\n  ]\n  "],
  ["join", ["-", ["foo", "bar", "baz"]], "foo-bar-baz"],
  ["join", [", ", ["foo"]], "foo"],
  ["join", [",", ["a"], [1, true]], "a,1,true"],
  ["lower", ["HELLO"], "hello"],
  ["lower", ["АЛЛО!"], "алло!"],
  ["upper", ["hello"], "HELLO"],
  ["upper", ["алло!"], "АЛЛО!"],
  ["upper", ["straße"], "STRAßE"], // Go maps code point by code point; ß has no single upper case
  ["split", [",", "foo"], ["foo"]],
  ["split", [",", "foo,bar,baz"], ["foo", "bar", "baz"]],
  ["split", [",", ""], [""]],
  ["split", ["", "ab"], ["a", "b"]],
  ["startswith", ["hello world", "hello"], true],
  ["startswith", ["hello world", "world"], false],
  ["strcontains", ["hello world", "wor"], true],
  ["strcontains", ["hello world", "wod"], false],
  ["strrev", ["hello"], "olleh"],
  ["strrev", ["a ☃"], "☃ a"],
  ["substr", ["hello world", 1, 4], "ello"],
  ["substr", ["🤔🤷", 0, 1], "🤔"],
  ["substr", ["hello world", -5, -1], "world"],
  ["substr", ["hello world", 6, 10], "world"],
  ["substr", ["hello", 10, 2], ""],
  ["substr", ["hello", 1, 0], ""],
  ["title", ["hello world"], "Hello World"],
  ["title", ["hello wORLD_x-y"], "Hello WORLD_x-Y"],
  ["trim", ["?!hello?!", "!?"], "hello"],
  ["trim", ["foobar", "far"], "oob"],
  ["trim", ["   hello! world.!  ", "! "], "hello! world."],
  ["trimprefix", ["helloworld", "hello"], "world"],
  ["trimprefix", ["helloworld", "cat"], "helloworld"],
  ["trimsuffix", ["helloworld", "world"], "hello"],
  ["trimspace", ["  hello\n\n"], "hello"],
  ["trimspace", ["\u00a0 x \u3000"], "x"],
  // format
  ["format", ["Hello, %s!", "Ander"], "Hello, Ander!"],
  ["format", ["There are %d lights", 4], "There are 4 lights"],
  ["format", ["%#v", "hello"], '"hello"'],
  ["format", ["%#v", true], "true"],
  ["format", ["%#v", 1], "1"],
  ["format", ["%#v", { a: 1 }], '{"a":1}'],
  ["format", ["%#v", [true]], "[true]"],
  ["format", ["%#v", null], "null"],
  ["format", ["%v|%v|%v|%v", "s", 2, true, ["x"]], 's|2|true|["x"]'],
  ["format", ["%v %v", 1234567, 0.0001], "1.234567e+06 0.0001"], // %v of a number is Go's %g
  ["format", ["%s %s", 1.5, false], "1.5 false"],
  ["format", ["100%% %s", "sure"], "100% sure"],
  ["format", ["%[2]d things %[1]s", 1, 10], "10 things 1"],
  ["format", ["%[2]s %s", "a", "b", "c"], "b c"], // an explicit index moves the next implicit one
  ["format", ["%t", "false"], "false"],
  ["format", ["%10s|%-10s|", "hello", "hello"], "     hello|hello     |"],
  ["format", ["%4s", "💃🏿"], "   💃🏿"], // width counts characters (grapheme clusters)
  ["format", ["%.2s %4.2s %.2q", "hello", "hello", "hello"], 'he   he "he"'],
  ["format", ["%q", "a<b\n"], '"a\\u003cb\\n"'],
  ["format", ["%+d|% d|%5d|%-5d|%05d", 10, 10, 10, 10, 10], "+10| 10|   10|10   |00010"],
  ["format", ["%b %o %x %X %#x", 5, 9, 254, 254, 254], "101 11 fe FE 0xfe"],
  ["format", ["%f|%.2f|%+f|% f|%8.3f|%08.3f", 10, 3.14159, 10, -10, 3.14159, -3.14159], "10.000000|3.14|+10.000000|-10.000000|   3.142|-003.142"],
  ["format", ["%.1f", "1.06"], "1.1"],
  ["format", ["%.0f %.0f %.1f %.0e", 2.5, 3.5, 0.25, 15], "2 4 0.2 2e+01"], // exact halves round to even
  ["format", ["%.20f", 0.1], "0.10000000000000000000"], // Terraform's 512-bit number, not a float64
  ["format", ["%.3f", -0.0004], "-0.000"],
  ["format", ["%e %E", 1000, 1000], "1.000000e+03 1.000000E+03"],
  ["format", ["%g %G %g", 1000, "0.00000000000000000000001", 1e21], "1000 1E-23 1e+21"],
  ["format", ["%.3g", 3.14159], "3.14"],
  ["format", ["%d", "7"], "7"],
  ["formatlist", ["Hello, %s!", ["Valentina", "Ander", "Olivia", "Sam"]], ["Hello, Valentina!", "Hello, Ander!", "Hello, Olivia!", "Hello, Sam!"]],
  ["formatlist", ["%s, %s!", "Salutations", ["Valentina", "Ander"]], ["Salutations, Valentina!", "Salutations, Ander!"]],
  ["formatlist", ["%s=%s", ["a", "b"], ["1", "2"]], ["a=1", "b=2"]],
  ["formatlist", ["%s", []], []],
  ["formatlist", ["x"], ["x"]],
  // regular expressions
  ["regex", ["[a-z]+", "53453453.345345aaabbbccc23454"], "aaabbbccc"],
  ["regex", ["(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01"], ["2019", "02", "01"]],
  ["regex", ["^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/"], { authority: "terraform.io", scheme: "https" }],
  ["regex", ["(a)|(b)", "b"], [null, "b"]],
  ["regex", ["(?P<b>x)(?P<a>y)?", "x"], { a: null, b: "x" }],
  ["regex", ["(?i)abc", "xABC"], "ABC"],
  ["regex", ["\\Qa.b\\E", "xa.by"], "a.b"],
  ["regex", ["[[:digit:]]+", "ab12"], "12"],
  ["regex", ["\\pL+", "12ab"], "ab"],
  ["regex", ["a.c", "a\rc"], "a\rc"], // Go's `.` matches \r
  ["regex", ["a{", "a{"], "a{"], // RE2 reads a brace that is no repetition literally
  ["regex", ["\\s+", "a\u00a0 \tb"], " \t"], // RE2's \s is ASCII space only
  ["regex", ["(?m)^b$", "a\nb\nc"], "b"],
  ["regexall", ["[a-z]+", "1234abcd5678efgh9"], ["abcd", "efgh"]],
  ["regexall", ["[a-z]+", "123456789"], []],
  ["regexall", ["a*", "baaab"], ["", "aaa", ""]], // Go skips an empty match right after a match
  ["regexall", ["(\\w)=(\\d)", "a=1 b=2"], [["a", "1"], ["b", "2"]]],
  ["replace", ["1 + 2 + 3", "+", "-"], "1 - 2 - 3"],
  ["replace", ["hello world", "/w.*d/", "everybody"], "hello everybody"],
  ["replace", ["abc", "/(b)/", "$1x${1}y"], "abyc"], // $1x names group "1x", which does not exist
  ["replace", ["a-b-c", "/(?P<x>-)/", "[${x}]"], "a[-]b[-]c"],
  ["replace", ["a-b", "/-/", "$$"], "a$b"],
  ["replace", ["abc", "/x*/", "-"], "-a-b-c-"],
  ["replace", ["aaa", "/a*/", "X"], "X"],
  ["replace", ["abc", "", "-"], "-a-b-c-"],
  ["replace", ["a/b", "/", "-"], "a-b"], // a lone slash is plain text
  // collections
  ["alltrue", [["true", true]], true],
  ["alltrue", [[true, false]], false],
  ["alltrue", [[]], true],
  ["anytrue", [["true"]], true],
  ["anytrue", [[true, false]], true],
  ["anytrue", [[]], false],
  ["chunklist", [["a", "b", "c", "d", "e"], 2], [["a", "b"], ["c", "d"], ["e"]]],
  ["chunklist", [["a", "b", "c", "d", "e"], 1], [["a"], ["b"], ["c"], ["d"], ["e"]]],
  ["chunklist", [["a", "b"], 0], [["a", "b"]]],
  ["coalesce", ["a", "b"], "a"],
  ["coalesce", ["", "b"], "b"],
  ["coalesce", [1, 2], 1],
  ["coalesce", [null, 1, "a"], "1"], // arguments unify to string
  ["coalescelist", [["a", "b"], ["c", "d"]], ["a", "b"]],
  ["coalescelist", [[], ["c", "d"]], ["c", "d"]],
  ["compact", [["a", "", "b", null, "c"]], ["a", "b", "c"]],
  ["concat", [["a", ""], ["b", "c"]], ["a", "", "b", "c"]],
  ["contains", [["a", "b", "c"], "a"], true],
  ["contains", [["a", "b", "c"], "d"], false],
  ["contains", [["1"], 1], false], // no conversion in comparisons
  ["contains", [[{ a: [1] }], { a: [1] }], true],
  ["distinct", [["a", "b", "a", "c", "d", "b"]], ["a", "b", "c", "d"]],
  ["distinct", [["1", 1]], ["1"]], // the list's elements unify to string first
  ["element", [["a", "b", "c"], 1], "b"],
  ["element", [["a", "b", "c"], 3], "a"],
  ["element", [["a", "b", "c"], -1], "c"],
  ["flatten", [[["a", "b"], [], ["c"]]], ["a", "b", "c"]],
  ["flatten", [[[["a", "b"], []], ["c"]]], ["a", "b", "c"]],
  ["flatten", [[{ a: [1] }, null]], [{ a: [1] }, null]],
  ["index", [["a", "b", "c"], "b"], 1],
  ["keys", [{ a: 1, c: 2, d: 3 }], ["a", "c", "d"]],
  ["keys", [{ b: 1, B: 2, a: 3 }], ["B", "a", "b"]],
  ["length", [[]], 0],
  ["length", [["a", "b"]], 2],
  ["length", [{ a: "b" }], 1],
  ["length", ["hello"], 5],
  ["length", ["👾🕹️"], 2],
  ["lookup", [{ a: "ay", b: "bee" }, "a", "what?"], "ay"],
  ["lookup", [{ a: "ay", b: "bee" }, "c", "what?"], "what?"],
  ["lookup", [{ a: "ay" }, "a"], "ay"],
  ["matchkeys", [["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"]], ["i-abc", "i-def"]],
  ["matchkeys", [["a", "b"], [1, 2], ["2"]], ["b"]],
  ["merge", [{ a: "b", c: "d" }, { e: "f", c: "z" }], { a: "b", c: "z", e: "f" }],
  ["merge", [{ a: "b" }, { a: [1, 2], c: "z" }, { d: 3 }], { a: [1, 2], c: "z", d: 3 }],
  ["merge", [null, { a: 1 }], { a: 1 }],
  ["merge", [], {}],
  ["one", [[]], null],
  ["one", [["hello"]], "hello"],
  ["reverse", [[1, 2, 3]], [3, 2, 1]],
  ["slice", [["a", "b", "c", "d"], 1, 3], ["b", "c"]],
  ["slice", [["a"], 1, 1], []],
  ["sort", [["e", "d", "a", "x"]], ["a", "d", "e", "x"]],
  ["sort", [[10, 9, "a"]], ["10", "9", "a"]],
  ["sort", [["\u{1F600}", "\uFF5E"]], ["\uFF5E", "\u{1F600}"]], // code point order, not UTF-16
  ["transpose", [{ a: ["1", "2"], b: ["2", "3"] }], { "1": ["a"], "2": ["a", "b"], "3": ["b"] }],
  ["values", [{ a: 3, c: 2, d: 1 }], [3, 2, 1]],
  ["zipmap", [["a", "b"], [1, 2]], { a: 1, b: 2 }],
  ["zipmap", [[], []], {}],
  // sets
  ["setintersection", [["a", "b"], ["b", "c"], ["b", "d"]], ["b"]],
  ["setproduct", [["development", "staging", "production"], ["app1", "app2"]], [
    ["development", "app1"], ["development", "app2"], ["staging", "app1"], ["staging", "app2"], ["production", "app1"], ["production", "app2"],
  ]],
  ["setproduct", [[], ["a"]], []],
  ["setsubtract", [["a", "b", "c"], ["a", "c"]], ["b"]],
  ["setunion", [["a", "b"], ["b", "c"], ["d"]], ["a", "b", "c", "d"]],
  ["setunion", [[3, 1], [2]], [1, 2, 3]],
  ["setunion", [["b"], [1]], ["1", "b"]],
  // numbers
  ["abs", [23], 23],
  ["abs", [0], 0],
  ["abs", [-12.4], 12.4],
  ["ceil", [5], 5],
  ["ceil", [5.1], 6],
  ["floor", [5], 5],
  ["floor", [4.9], 4],
  ["floor", ["4.9"], 4],
  ["log", [50, 10], 1.6989700043360185],
  ["log", [16, 2], 4],
  ["max", [12, 54, 3], 54],
  ["min", [12, 54, 3], 3],
  ["min", ["12", 54], 12],
  ["parseint", ["100", 10], 100],
  ["parseint", ["FF", 16], 255],
  ["parseint", ["-10", 16], -16],
  ["parseint", ["1011111011101111", 2], 48879],
  ["parseint", ["aA", 62], 656],
  ["pow", [3, 2], 9],
  ["pow", [4, 0], 1],
  ["range", [3], [0, 1, 2]],
  ["range", [1, 4], [1, 2, 3]],
  ["range", [1, 8, 2], [1, 3, 5, 7]],
  ["range", [1, 4, 0.5], [1, 1.5, 2, 2.5, 3, 3.5]],
  ["range", [4, 1], [4, 3, 2]],
  ["range", [10, 5, -2], [10, 8, 6]],
  ["range", [-3], [0, -1, -2]],
  ["range", [0], []],
  ["range", [0, 0.3, 0.1], [0, 0.1, 0.2]], // decimal arithmetic, as Terraform's big floats
  ["signum", [-13], -1],
  ["signum", [0], 0],
  ["signum", [344], 1],
  ["sum", [[10, 13, 6, 4.5]], 33.5],
  ["sum", [[0.1, 0.2]], 0.3],
  ["sum", [["1", 2]], 3],
  // conversions
  ["tobool", [true], true],
  ["tobool", ["true"], true],
  ["tobool", [null], null],
  ["tobool", ["0"], false], // cty's string-to-bool conversion also accepts "1" and "0"
  ["tolist", [["a", "b", "c"]], ["a", "b", "c"]],
  ["tolist", [["a", "b", 3]], ["a", "b", "3"]],
  ["tolist", [null], null],
  ["tomap", [{ a: 1, b: 2 }], { a: 1, b: 2 }],
  ["tomap", [{ a: "foo", b: true }], { a: "foo", b: "true" }],
  ["tonumber", [1], 1],
  ["tonumber", ["1"], 1],
  ["tonumber", ["-1.5e3"], -1500],
  ["tonumber", [null], null],
  ["toset", [["a", "b", "c"]], ["a", "b", "c"]],
  ["toset", [["a", "b", 3]], ["3", "a", "b"]],
  ["toset", [["c", "b", "b"]], ["b", "c"]],
  ["toset", [[10, 2, 2]], [2, 10]],
  ["tostring", ["hello"], "hello"],
  ["tostring", [1], "1"],
  ["tostring", [true], "true"],
  ["tostring", [null], null],
  ["sensitive", [{ a: 1 }], { a: 1 }],
  ["nonsensitive", ["x"], "x"],
  // encoding
  ["base64encode", ["Hello World"], { $unknown: "base64encode(…)", decoded: "Hello World", reason: "base64 encoding" }], // the text is "SGVsbG8gV29ybGQ="; rules read the payload
  ["base64decode", ["SGVsbG8gV29ybGQ="], "Hello World"],
  ["base64decode", ["SGVs\nbG8="], "Hello"], // Go's decoder skips line breaks
  ["jsondecode", ['{"hello": "world"}'], { hello: "world" }],
  ["jsondecode", ["true"], true],
  ["jsondecode", ['{"__proto__": 1}'], JSON.parse('{"__proto__": 1}') as Value],
  ["jsonencode", [{ hello: "world" }], '{"hello":"world"}'],
  ["jsonencode", [{ b: '<a href="x">&</a>', a: [1, 1.5, true, null, "\u2028"] }], '{"a":[1,1.5,true,null,"\\u2028"],"b":"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"}'],
  ["jsonencode", [1e21], "1000000000000000000000"],
  ["jsonencode", [null], "null"],
  ["urlencode", ["Hello World!"], "Hello+World%21"],
  ["urlencode", ["☃"], "%E2%98%83"],
  ["urlencode", ["a-b_c.d~e*f'g(h)"], "a-b_c.d~e%2Af%27g%28h%29"],
  ["yamldecode", ["hello: world"], { hello: "world" }],
  ["yamldecode", ["true"], true],
  ["yamldecode", ["{a: &foo [1, 2, 3], b: *foo}"], { a: [1, 2, 3], b: [1, 2, 3] }],
  ["yamldecode", ["---"], null],
  ["yamldecode", ["a: aa\n<<:\n  b: bb\n"], { a: "aa", b: "bb" }],
  ["yamlencode", [{ a: "b", c: "d" }], '"a": "b"\n"c": "d"\n'],
  ["yamlencode", [{ foo: [1, 2, 3], bar: "baz" }], '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
  ["yamlencode", [{ foo: [1, { a: "b", c: "d" }, 3], bar: "baz" }], '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'],
  ["yamlencode", [true], "true\n...\n"],
  ["yamlencode", [null], "null\n...\n"],
  ["yamlencode", [""], '""\n'],
  ["yamlencode", ["hello\nworld"], "|-\n  hello\n  world\n"],
  ["yamlencode", [{}], "{}\n"],
  ["yamlencode", [["b"]], '- "b"\n'],
  ["yamlencode", [{ s: "x\ny\n" }], '"s": |\n  x\n  y\n'],
  // hashes
  ["md5", ["hello world"], "5eb63bbbe01eeed093cb22bb8f5acdc3"],
  ["sha1", ["hello world"], "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"],
  ["sha256", ["hello world"], "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"],
  ["sha512", ["hello world"], "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"],
  ["base64sha256", ["hello world"], "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="],
  ["base64sha512", ["hello world"], "MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="],
  // IP networks
  ["cidrhost", ["10.12.112.0/20", 16], "10.12.112.16"],
  ["cidrhost", ["10.12.112.0/20", 268], "10.12.113.12"],
  ["cidrhost", ["fd00:fd12:3456:7890:00a2::/72", 34], "fd00:fd12:3456:7890::22"],
  ["cidrhost", ["10.0.0.0/30", -1], "10.0.0.3"],
  ["cidrhost", ["010.1.2.0/24", 5], "10.1.2.5"], // leading zeros are decimal (Terraform's Go 1.16 parser)
  ["cidrnetmask", ["172.16.0.0/12"], "255.240.0.0"],
  ["cidrsubnet", ["172.16.0.0/12", 4, 2], "172.18.0.0/16"],
  ["cidrsubnet", ["10.1.2.0/24", 4, 15], "10.1.2.240/28"],
  ["cidrsubnet", ["fd00:fd12:3456:7890::/56", 16, 162], "fd00:fd12:3456:7800:a200::/72"],
  ["cidrsubnet", ["10.1.2.3/16", 8, 1], "10.1.1.0/24"], // host bits of the prefix are cleared
  ["cidrsubnets", ["10.1.0.0/16", 4, 4, 8, 4], ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]],
  ["cidrsubnets", ["fd00:fd12:3456:7890::/56", 16, 16, 16, 32], [
    "fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88",
  ]],
  ["cidrsubnets", ["10.0.0.0/8"], []],
];

// Messages are Terraform's diagnostic details for the same call.
const ERRORS: Array<[string, Value[], string]> = [
  ["upper", [], 'Function "upper" expects 1 argument(s). Missing value for "str".'],
  ["upper", ["a", "b"], 'Function "upper" expects only 1 argument(s).'],
  ["format", [], 'Function "format" expects at least 1 argument(s). Missing value for "format".'],
  ["upper", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["upper", [["a"]], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["chomp", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["endswith", ["a", ["b"]], 'Invalid value for "suffix" parameter: string required, but have tuple.'],
  ["indent", ["x", "y"], 'Invalid value for "spaces" parameter: a number is required.'],
  ["lower", [{}], 'Invalid value for "str" parameter: string required, but have object.'],
  ["split", [null, "a"], 'Invalid value for "separator" parameter: argument must not be null.'],
  ["startswith", [["a"], "a"], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["strcontains", ["a", null], 'Invalid value for "substr" parameter: argument must not be null.'],
  ["strrev", [[]], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["title", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["trim", ["a"], 'Function "trim" expects 2 argument(s). Missing value for "cutset".'],
  ["trimprefix", ["a", {}], 'Invalid value for "prefix" parameter: string required, but have object.'],
  ["trimsuffix", [null, "a"], 'Invalid value for "str" parameter: argument must not be null.'],
  ["trimspace", [[" a "]], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["format", ["%s %s", "a"], 'Call to function "format" failed: not enough arguments for "%s" at 3: need index 2 but have 1 total.'],
  ["format", ["%[2]s %s", "a", "b"], 'Call to function "format" failed: not enough arguments for "%s" at 6: need index 3 but have 2 total.'],
  ["format", ["%[3]s", true, true], 'Call to function "format" failed: not enough arguments for "%[3]s" at 0: need index 3 but have 2 total.'],
  ["format", ["no verbs", 10], 'Call to function "format" failed: too many arguments; no verbs in format string.'],
  ["format", ["only one %d", 10, 11], 'Call to function "format" failed: too many arguments; only 1 used by format string.'],
  ["format", ["%z", 10], `Call to function "format" failed: unsupported format verb 'z' in "%z" at offset 0.`],
  ["format", ["%☠", 10], `Call to function "format" failed: unrecognized format character '☠' at offset 1.`],
  ["format", ["%[0]s", 1], `Call to function "format" failed: unrecognized format character '0' at offset 2.`],
  ["format", ["%d", true], 'Call to function "format" failed: unsupported value for "%d" at 0: number required, but have bool.'],
  ["format", ["%d", 1.5], 'Call to function "format" failed: unsupported value for "%d" at 0: an integer is required.'],
  ["format", ["%d", "x"], 'Call to function "format" failed: unsupported value for "%d" at 0: a number is required.'],
  ["format", ["%#v", [Infinity]], 'Call to function "format" failed: unsupported value for "%#v" at 0: cannot serialize infinity as JSON.'],
  ["format", ["%s", null], 'Call to function "format" failed: unsupported value for "%s" at 0: null value cannot be formatted.'],
  ["format", ["%s", [1]], 'Call to function "format" failed: unsupported value for "%s" at 0: string required, but have tuple.'],
  ["format", ["%t", "yes"], 'Call to function "format" failed: unsupported value for "%t" at 0: a bool is required.'],
  ["format", ["abc %", 1], 'Call to function "format" failed: invalid format string starting at offset 5.'],
  ["formatlist", ["%s %s", ["a", "b"], ["c"]], 'Invalid value for "args" parameter: argument 2 has length 1, which is inconsistent with argument 1 of length 2.'],
  ["formatlist", ["%d", ["a"]], 'Call to function "formatlist" failed: error on format iteration 0: unsupported value for "%d" at 0: a number is required.'],
  ["join", [","], 'Call to function "join" failed: at least one list is required.'],
  ["join", [",", ["a", null]], 'Invalid value for "lists" parameter: element 1 is null; cannot concatenate null values.'],
  ["join", [",", ["a"], [null]], 'Invalid value for "lists" parameter: element 0 of list 2 is null; cannot concatenate null values.'],
  ["join", [",", "a"], 'Invalid value for "lists" parameter: list of string required, but have string.'],
  ["substr", ["abc", 1.5, 1], 'Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'],
  ["regex", ["[a-z]+", "53453453.34534523454"], 'Call to function "regex" failed: pattern did not match any part of the given string.'],
  ["regex", ["(?P<x>a)(b)", "ab"], 'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.'],
  ["regex", ["(?=a)", "a"], 'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?=.'],
  ["regex", ["a\\1", "a"], 'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\1.'],
  ["regexall", ["[a", "a"], 'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ] in [a.'],
  ["replace", ["x", "/[a/", "y"], 'Call to function "replace" failed: error parsing regexp: missing closing ]: `[a`.'],
  ["alltrue", [["yes"]], 'Invalid value for "list" parameter: a bool is required.'],
  ["anytrue", [[true, ["x"]]], 'Invalid value for "list" parameter: element 1: bool required, but have tuple.'],
  ["join", [",", [["a"]]], 'Invalid value for "lists" parameter: element 0: string required, but have tuple.'],
  ["chunklist", [["a"], -1], 'Call to function "chunklist" failed: the size argument must be positive.'],
  ["coalesce", [null, ""], 'Call to function "coalesce" failed: no non-null, non-empty-string arguments.'],
  ["coalesce", ["a", ["b"]], 'Call to function "coalesce" failed: all arguments must have the same type.'],
  ["coalescelist", [[], null], 'Call to function "coalescelist" failed: no non-null arguments.'],
  ["coalescelist", ["a"], 'Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples.'],
  ["compact", ["a"], 'Invalid value for "list" parameter: list of string required, but have string.'],
  ["concat", [["a"], "b"], 'Invalid value for "seqs" parameter: all arguments must be lists or tuples; got string.'],
  ["contains", ["abc", "a"], 'Call to function "contains" failed: argument must be list, tuple, or set.'],
  ["distinct", [["a", ["b"]]], 'Invalid value for "list" parameter: all list elements must have the same type.'],
  ["element", [[], 0], 'Call to function "element" failed: cannot use element function with an empty list.'],
  ["element", [["a"], 0.5], 'Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'],
  ["flatten", ["a"], 'Call to function "flatten" failed: can only flatten lists, sets and tuples.'],
  ["index", [["a"], "b"], 'Call to function "index" failed: item not found.'],
  ["index", [[], "b"], 'Call to function "index" failed: cannot search an empty list.'],
  ["keys", [["a"]], 'Invalid value for "inputMap" parameter: must have map or object type.'],
  ["length", [5], 'Call to function "length" failed: argument must be a string, a collection type, or a structural type.'],
  ["lookup", [{ a: 1 }, "b"], 'Call to function "lookup" failed: lookup failed to find key "b".'],
  ["lookup", [null, "b"], 'Invalid value for "inputMap" parameter: argument must not be null.'],
  ["lookup", [["a"], "b"], 'Invalid value for "inputMap" parameter: lookup() requires a map as the first argument.'],
  ["lookup", [{}, "a", 1, 2], 'Call to function "lookup" failed: lookup() takes two or three arguments, got 4.'],
  ["matchkeys", [["a"], ["x", "y"], ["x"]], 'Call to function "matchkeys" failed: length of keys and values should be equal.'],
  ["merge", [{ a: 1 }, "b"], 'Call to function "merge" failed: arguments must be maps or objects, got "string".'],
  ["one", [["a", "b"]], 'Invalid value for "list" parameter: must be a list, set, or tuple value with either zero or one elements.'],
  ["reverse", ["ab"], 'Invalid value for "list" parameter: can only reverse list or tuple values, not string.'],
  ["slice", [["a", "b"], 1, 3], 'Invalid value for "end_index" parameter: end index must not be greater than the length of the list.'],
  ["slice", [["a", "b"], -1, 1], 'Invalid value for "start_index" parameter: start index must not be less than zero.'],
  ["slice", [["a", "b"], 2, 1], 'Invalid value for "start_index" parameter: start index must not be greater than end index.'],
  ["sort", [["a", null]], 'Call to function "sort" failed: given list element 1 is null; a null string cannot be sorted.'],
  ["transpose", [{ a: ["x", null] }], 'Call to function "transpose" failed: input list must not contain null string.'],
  ["values", ["a"], 'Call to function "values" failed: values() requires a map as the first argument.'],
  ["zipmap", [["a", "b"], [1]], 'Call to function "zipmap" failed: number of keys (2) does not match number of values (1).'],
  ["setproduct", [["a"]], 'Call to function "setproduct" failed: at least two arguments are required.'],
  ["setunion", [["a"], [["b"]]], 'Call to function "setunion" failed: given sets must all have compatible element types.'],
  ["setintersection", ["a", ["b"]], 'Invalid value for "first_set" parameter: set of dynamic required, but have string.'],
  ["setsubtract", [["a"], "b"], 'Invalid value for "b" parameter: set of dynamic required, but have string.'],
  ["abs", ["x"], 'Invalid value for "num" parameter: a number is required.'],
  ["ceil", [true], 'Invalid value for "num" parameter: number required, but have bool.'],
  ["floor", [null], 'Invalid value for "num" parameter: argument must not be null.'],
  ["pow", [-8, 0.5], 'Call to function "pow" failed: result is not a number.'],
  ["log", [-1, 10], 'Call to function "log" failed: result is not a number.'],
  ["max", [], 'Call to function "max" failed: must pass at least one number.'],
  ["min", ["x"], 'Invalid value for "numbers" parameter: a number is required.'],
  ["parseint", ["12", 2], 'Invalid value for "number" parameter: cannot parse "12" as a base 2 integer.'],
  ["parseint", ["12", 63], 'Invalid value for "base" parameter: base must be a whole number between 2 and 62 inclusive.'],
  ["parseint", [12, 10], 'Invalid value for "number" parameter: first argument must be a string, not number.'],
  ["range", [1, 2, 0], 'Invalid value for "params" parameter: step must not be zero.'],
  ["range", [5, 1, 1], 'Invalid value for "params" parameter: end must be greater than start when step is positive.'],
  ["range", [0, 2000], 'Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step.'],
  ["range", [], 'Call to function "range" failed: must have one, two, or three arguments.'],
  ["signum", [0.5], 'Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'],
  ["sum", [[]], 'Invalid value for "list" parameter: cannot sum an empty list.'],
  ["sum", [["a"]], 'Invalid value for "list" parameter: argument must be list, set, or tuple of number values.'],
  ["tobool", ["no"], 'Invalid value for "v" parameter: cannot convert "no" to bool; only the strings "true" or "false" are allowed.'],
  ["tobool", [1], 'Invalid value for "v" parameter: cannot convert number to bool.'],
  ["tolist", [["a", ["b"]]], 'Invalid value for "v" parameter: cannot convert tuple to list of any single type.'],
  ["tolist", ["a"], 'Invalid value for "v" parameter: cannot convert string to list of any single type.'],
  ["tomap", [{ a: "x", b: ["y"] }], 'Invalid value for "v" parameter: cannot convert object to map of any single type.'],
  ["tonumber", ["no"], 'Invalid value for "v" parameter: cannot convert "no" to number; given string must be a decimal representation of a number.'],
  ["toset", [{ a: 1 }], 'Invalid value for "v" parameter: cannot convert object to set of any single type.'],
  ["tostring", [[]], 'Invalid value for "v" parameter: cannot convert tuple to string.'],
  ["sensitive", [], 'Function "sensitive" expects 1 argument(s). Missing value for "value".'],
  ["nonsensitive", ["a", "b"], 'Function "nonsensitive" expects only 1 argument(s).'],
  ["base64encode", [[1]], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["urlencode", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["yamlencode", [], 'Function "yamlencode" expects 1 argument(s). Missing value for "value".'],
  ["md5", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["sha1", [[]], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["sha256", [{}], 'Invalid value for "str" parameter: string required, but have object.'],
  ["sha512", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["base64sha256", [[]], 'Invalid value for "str" parameter: string required, but have tuple.'],
  ["base64sha512", [null], 'Invalid value for "str" parameter: argument must not be null.'],
  ["base64decode", ["SGVsbG8gV29ybGQ"], 'Call to function "base64decode" failed: failed to decode base64 data "SGVsbG8gV29ybGQ".'],
  ["base64decode", ["/w=="], 'Call to function "base64decode" failed: the result of decoding the provided string is not valid UTF-8.'],
  ["jsondecode", ['{"a":1,"a":2}'], 'Call to function "jsondecode" failed: duplicate "a" property in JSON object.'],
  ["jsonencode", [{ a: Infinity }], 'Call to function "jsonencode" failed: cannot serialize infinity as JSON.'],
  ["yamldecode", ["a: 1\n---\nb: 2"], 'Call to function "yamldecode" failed: only a single document is allowed.'],
  ["yamldecode", [""], 'Call to function "yamldecode" failed: missing start of document.'],
  ["yamldecode", ["{a: &foo [1, *foo, 3]}"], 'Call to function "yamldecode" failed: cannot refer to an anchor from inside its own definition.'],
  ["cidrhost", ["10.0.0.0/30", 5], 'Call to function "cidrhost" failed: prefix of 30 does not accommodate a host numbered 5.'],
  ["cidrhost", ["10.0.0.0", 1], 'Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0.'],
  ["cidrhost", ["10.0.0.256/8", 1], 'Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.256/8.'],
  ["cidrnetmask", ["fd00::/56"], 'Call to function "cidrnetmask" failed: IPv6 addresses cannot have a netmask: fd00::/56.'],
  ["cidrsubnet", ["10.0.0.0/30", 4, 0], 'Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 30 by 4.'],
  ["cidrsubnet", ["10.0.0.0/24", 2, 4], 'Call to function "cidrsubnet" failed: prefix extension of 2 does not accommodate a subnet numbered 4.'],
  ["cidrsubnets", ["10.0.0.0/30", 1, 1, 1], 'Invalid value for "newbits" parameter: not enough remaining address space for a subnet with a prefix of 31 bits after 10.0.0.2/31.'],
  ["cidrsubnets", ["10.0.0.0/24", 0], 'Invalid value for "newbits" parameter: must extend prefix by at least one bit.'],
  ["cidrsubnets", ["10.0.0.0/24", 9], 'Invalid value for "newbits" parameter: would extend prefix to 33 bits, which is too long for an IPv4 address.'],
  ["cidrsubnets", ["x", 1], 'Invalid value for "prefix" parameter: invalid CIDR expression: invalid CIDR address: x.'],
];

// The call's result is unknown as a whole; `same` means the unknown argument itself comes back.
const WHOLLY_UNKNOWN: Array<[string, Value[], "same" | "new"]> = [
  ["upper", [U], "same"],
  ["lower", [U], "same"],
  ["title", [U], "same"],
  ["chomp", [U], "same"],
  ["indent", [U, "x"], "same"],
  ["strrev", [U], "same"],
  ["trim", [U, "a"], "same"],
  ["trimprefix", ["a", U], "same"],
  ["trimsuffix", [U, "a"], "same"],
  ["trimspace", [U], "same"],
  ["endswith", ["a", U], "same"],
  ["strcontains", [U, "a"], "same"],
  ["join", [",", ["a", U]], "new"],
  ["join", [U, ["a"]], "same"],
  ["split", [",", U], "same"],
  ["format", ["%s", U], "same"],
  ["format", ["%v", [U]], "new"],
  ["format", [U, "a"], "same"],
  ["formatlist", ["%s", U], "same"],
  ["substr", ["abc", U, 1], "same"],
  ["startswith", [U, "a"], "same"],
  ["regex", ["a", U], "same"],
  ["regex", [U, "a"], "same"],
  ["regexall", ["(?i:a)", "A"], "new"], // valid RE2 without a faithful translation
  ["replace", [U, "a", "b"], "same"],
  ["length", [U], "same"],
  ["keys", [U], "same"],
  ["values", [U], "same"],
  ["lookup", [U, "a"], "same"],
  ["lookup", [{ a: 1 }, U], "same"],
  ["element", [["a"], U], "same"],
  ["element", [U, 0], "same"],
  ["concat", [["a"], U], "same"],
  ["merge", [{ a: 1 }, U], "same"],
  ["coalesce", [U, "a"], "same"],
  ["coalesce", [null, "", U, "a"], "same"],
  ["coalescelist", [U, ["a"]], "same"],
  ["contains", [U, "a"], "same"],
  ["contains", [["a"], U], "same"],
  ["contains", [["a", U], "b"], "new"],
  ["index", [["a", U], "b"], "new"],
  ["compact", [["a", U]], "new"],
  ["distinct", [["a", U]], "new"],
  ["sort", [["b", U]], "new"],
  ["flatten", [[["a"], U]], "new"],
  ["zipmap", [["a", U], [1, 2]], "new"],
  ["slice", [U, 0, 1], "same"],
  ["one", [U], "same"],
  ["alltrue", [[true, U]], "new"],
  ["anytrue", [[false, U]], "new"],
  ["transpose", [{ a: [U] }], "new"],
  ["matchkeys", [["a"], [U], ["x"]], "new"],
  ["setunion", [["a"], [U]], "new"],
  ["setintersection", [U, ["a"]], "same"],
  ["setproduct", [U, ["a"]], "same"],
  ["setsubtract", [["a"], [U]], "new"],
  ["abs", [U], "same"],
  ["ceil", [U], "same"],
  ["floor", [U], "same"],
  ["log", [U, 2], "same"],
  ["min", [U], "same"],
  ["parseint", [U, 10], "same"],
  ["pow", [2, U], "same"],
  ["signum", [U], "same"],
  ["tobool", [U], "same"],
  ["tonumber", [U], "same"],
  ["urlencode", [U], "same"],
  ["yamlencode", [U], "same"],
  ["md5", [U], "same"],
  ["sha1", [U], "same"],
  ["sha512", [U], "same"],
  ["base64sha256", [U], "same"],
  ["base64sha512", [U], "same"],
  ["cidrnetmask", [U], "same"],
  ["cidrsubnets", ["10.0.0.0/8", U], "same"],
  ["sum", [[1, U]], "new"],
  ["range", [U], "same"],
  ["max", [1, U], "same"],
  ["tostring", [U], "same"],
  ["tolist", [U], "same"],
  ["toset", [["a", U]], "new"],
  ["jsonencode", [U], "same"],
  ["jsondecode", [U], "same"],
  ["yamldecode", [U], "same"],
  ["base64decode", [U], "same"],
  ["base64encode", [U], "same"],
  ["sha256", [U], "same"],
  ["cidrsubnet", [U, 4, 1], "same"],
  ["cidrhost", ["::ffff:10.0.0.0/104", 1], "new"], // IPv4-mapped IPv6: not evaluated statically
];

// Partial knowledge that Terraform keeps: the result is known, with unknowns only where they were moved.
const PARTIAL: Array<[string, Value[], Value]> = [
  ["length", [["a", U]], 2],
  ["length", [{ a: U }], 1],
  ["keys", [{ b: U, a: 1 }], ["a", "b"]],
  ["values", [{ b: U, a: 1 }], [1, U]],
  ["concat", [["a"], [U]], ["a", U]],
  ["merge", [{ a: U }, { b: 1 }], { a: U, b: 1 }],
  ["merge", [{ a: U }, { a: 1 }], { a: 1 }],
  ["flatten", [[["a"], [{ k: U }]]], ["a", { k: U }]],
  ["zipmap", [["a", "b"], [U, 1]], { a: U, b: 1 }],
  ["tolist", [["a", U]], ["a", U]],
  ["tomap", [{ a: U, b: "x" }], { a: U, b: "x" }],
  ["slice", [[U, "b", "c"], 1, 3], ["b", "c"]],
  ["slice", [[U, "b"], 0, 1], [U]],
  ["reverse", [[U, "b"]], ["b", U]],
  ["element", [[U, "b"], 1], "b"],
  ["element", [[U, "b"], 0], U],
  ["lookup", [{ a: U, b: "x" }, "b"], "x"],
  ["lookup", [{ a: U }, "a"], U],
  ["lookup", [{ a: U }, "b", V], V],
  ["coalesce", ["a", U], "a"],
  ["coalesce", [null, "", "b", U], "b"],
  ["coalescelist", [["a"], U], ["a"]],
  ["contains", [["a", U], "a"], true],
  ["contains", [[], U], false],
  ["index", [["b", U], "b"], 0],
  ["anytrue", [[U, true]], true],
  ["alltrue", [[false, U]], false],
  ["chunklist", [[U, "a", "b"], 2], [[U, "a"], ["b"]]],
  ["setproduct", [["a"], [U]], [["a", U]]],
  ["one", [[U]], U],
  ["nonsensitive", [U], U],
  ["sensitive", [U], U],
  ["startswith", [U, ""], true],
  ["matchkeys", [[U], ["a"], []], []],
];

describe("TERRAFORM_FUNCTIONS", () => {
  it("has the pure built-ins and none that need context or are non-deterministic", () => {
    const names = Object.keys(TERRAFORM_FUNCTIONS);
    expect(names).toEqual(expect.arrayContaining(["format", "jsonencode", "cidrsubnet", "tolist", "merge", "regexall", "yamldecode"]));
    for (const absent of ["file", "templatefile", "filebase64", "fileexists", "templatestring", "try", "can", "timestamp", "uuid", "bcrypt"]) {
      expect(names).not.toContain(absent);
    }
  });

  it.each([
    ["a known-value case", KNOWN],
    ["an error case", ERRORS],
    ["an unknown-propagation case", [...WHOLLY_UNKNOWN, ...PARTIAL]],
  ] as Array<[string, Array<[string, ...unknown[]]>]>)("has %s for every function", (_, table) => {
    const covered = new Set(table.map(([name]) => name));
    expect(Object.keys(TERRAFORM_FUNCTIONS).filter((n) => !covered.has(n))).toEqual([]);
  });

  it("does not take a prototype property for a function", () => {
    expect(TERRAFORM_FUNCTIONS["toString"]).toBeUndefined();
    expect(TERRAFORM_FUNCTIONS["constructor"]).toBeUndefined();
  });
});

describe("known values", () => {
  it.each(KNOWN)("%s(%j) = %j", (name, args, expected) => {
    expect(call(name, ...args)).toEqual(expected);
  });

  it("decodes a JSON __proto__ key as an ordinary key", () => {
    const v = call("jsondecode", '{"__proto__": {"x": 1}}') as Record<string, Value>;
    expect(Object.keys(v)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });
});

describe("errors", () => {
  it.each(ERRORS)("%s(%j) fails", (name, args, message) => {
    let error: unknown;
    try {
      call(name, ...args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EvalError);
    expect((error as Error).message).toBe(message);
  });
});

describe("unknown propagation", () => {
  it.each(WHOLLY_UNKNOWN)("%s(%j) is unknown", (name, args, which) => {
    const result = call(name, ...args);
    expect(isUnknown(result)).toBe(true);
    if (which === "same") expect(result).toBe(U);
    else {
      expect(result).not.toBe(U);
      expect((result as Unknown).reason).toEqual(expect.any(String));
      expect((result as Unknown).decoded).toBeUndefined();
    }
  });

  it.each(PARTIAL)("%s(%j) keeps what is known", (name, args, expected) => {
    expect(call(name, ...args)).toEqual(expected);
  });

  it("names the unknown part in the reason", () => {
    expect(call("join", ",", ["a", U])).toEqual({ $unknown: "join(…)", reason: "an element of list 1 is unknown (var.x)" });
  });

  it("keeps the other iterations of formatlist", () => {
    const result = call("formatlist", "%s!", ["a", U, "c"]) as Value[];
    expect(result[0]).toBe("a!");
    expect(isUnknown(result[1]!)).toBe(true);
    expect(result[2]).toBe("c!");
  });

  it("does not pass an encoding's payload on to a function of the encoded text", () => {
    const encoded = unknown("base64encode(local.script)", { decoded: "#!/bin/sh", reason: "base64 encoding" });
    expect(call("upper", encoded)).toEqual({ $unknown: "base64encode(local.script)", reason: "base64 encoding" });
    expect(call("tostring", encoded)).toBe(encoded);
  });
});

describe("encodings carry their payload", () => {
  it("base64encode returns an unknown whose decoded value is the text", () => {
    expect(call("base64encode", "Hello World")).toEqual({ $unknown: "base64encode(…)", decoded: "Hello World", reason: "base64 encoding" });
    expect(call("base64encode", 12)).toMatchObject({ decoded: "12" });
  });

  it("base64encode of an encoding passes the payload on, and base64decode returns it", () => {
    const inner = unknown("templatefile(...)", { decoded: "echo hi" });
    expect(call("base64encode", inner)).toMatchObject({ decoded: "echo hi" });
    expect(call("base64decode", call("base64encode", "#!/bin/bash\nyum update"))).toBe("#!/bin/bash\nyum update");
  });

  it.each([
    ["jsonencode", "JSON"],
    ["yamlencode", "YAML"],
  ])("%s of a value with unknown parts is unknown with the value as payload, which the decoder returns", (encoder, format) => {
    const value = { Statement: [{ Effect: "Allow", Resource: U }] };
    const encoded = call(encoder, value);
    expect(encoded).toEqual({ $unknown: `${encoder}(…)`, decoded: value, reason: `${format} encoding of a value with unknown parts` });
    expect(call(encoder.replace("encode", "decode"), encoded)).toEqual(value);
  });

  it("jsondecode reads the payload through base64", () => {
    const value = { a: U };
    const wrapped = call("base64encode", call("jsonencode", value));
    expect(call("base64decode", wrapped)).toMatchObject({ decoded: value });
    expect(call("jsondecode", call("base64decode", wrapped))).toEqual(value);
  });

  describe("a partly known string (decoded is its visible text, not a payload)", () => {
    const script = unknown('"#!/bin/sh\ncurl ${var.url}"', { decoded: "#!/bin/sh\ncurl ${var.url}", reason: "variable without default", partial: true });

    it("base64encode takes the partly known string as its payload, and base64decode gives it back", () => {
      const encoded = call("base64encode", script);
      expect(encoded).toEqual({ $unknown: "base64encode(…)", decoded: script, reason: "base64 encoding" });
      expect(call("base64decode", encoded)).toBe(script);
    });

    it.each(["base64decode", "jsondecode", "yamldecode", "upper", "sha256"])("%s of it is a plain unknown", (name) => {
      expect(call(name, script)).toEqual({ $unknown: script.$unknown, reason: "variable without default" });
    });

    it("tostring keeps it as it is", () => {
      expect(call("tostring", script)).toBe(script);
    });
  });

  it("jsonencode and jsondecode round-trip known values", () => {
    const value = { b: [1, 2.5, "x<y"], a: { nested: true, empty: null } };
    const text = call("jsonencode", value);
    expect(text).toBe('{"a":{"empty":null,"nested":true},"b":[1,2.5,"x\\u003cy"]}');
    expect(call("jsondecode", text)).toEqual(value);
  });
});

describe("toTerraformString", () => {
  it.each([
    ["hello", "hello"],
    [1, "1"],
    [-1.5, "-1.5"],
    [0.1, "0.1"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [true, "true"],
    [false, "false"],
  ] as Array<[Value, string]>)("%j → %j", (v, s) => {
    expect(toTerraformString(v)).toBe(s);
  });

  it.each([null, [], {}] as Value[])("%j is an EvalError", (v) => {
    expect(() => toTerraformString(v)).toThrow(EvalError);
  });

  it("refuses an unknown instead of treating it as a string", () => {
    expect(() => toTerraformString(U)).toThrow(TypeError);
  });
});

describe("containsUnknown", () => {
  it.each([
    [U, true],
    [[1, [2, { a: U }]], true],
    [{ a: { b: [V] } }, true],
    [{ a: [1, "x", null, { b: true }] }, false],
    [null, false],
    ["x", false],
  ] as Array<[Value, boolean]>)("%j → %s", (v, expected) => {
    expect(containsUnknown(v)).toBe(expected);
  });
});

describe("regular expressions that would backtrack exponentially in JavaScript run on RE2's engine", () => {
  it("give Terraform's results, in linear time", () => {
    const started = performance.now();
    expect(call("regex", "^([a-z]+[.])+[a-z]+$", "a.b.c")).toEqual(["b."]);
    expect(call("replace", "aaaa!", "/(a|aa)+/", "b")).toBe("b!");
    expect(call("regexall", "(x+x+)+y", "xxxy zz xxy")).toEqual([["xxx"], ["xx"]]);
    expect(call("regexall", "(?P<run>(?:é|😀)+)+!", "é😀é! 😀!")).toEqual([{ run: "é😀é" }, { run: "😀" }]);
    expect(call("replace", `${"a".repeat(5000)}!`, "/(a+)+$/", "b")).toBe(`${"a".repeat(5000)}!`);
    expect(call("regexall", "(a*)*b", "a".repeat(5000))).toEqual([]);
    expect(() => call("regex", "(a+)+$", `${"a".repeat(5000)}!`)).toThrow(EvalError);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

