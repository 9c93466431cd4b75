import { createRequire } from 'node:module';
import { B as BUILTIN_RULES_DIR, a as RuleLoadError, Z as useParamValidator, _ as mostSpecific, $ as parsePath, a0 as FUNCTIONS, a1 as PathSyntaxError } from './core-Cp4Gwmxr.js';
import { require_dist } from './chunk-J5YEBKFN.js';
import { r as require_ajv, a as require_codegen } from './chunk-cFW8D4GL.js';
import { __commonJS, __toESM } from './chunk-WV4KQOO6.js';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const require$1 = createRequire(import.meta.url);

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/engine/rule-file.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var import_yaml = __toESM(require_dist(), 1);
var validator;
function schemaValidator() {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(path.join(BUILTIN_RULES_DIR, "schema.json"), "utf8"));
  const ajv = new import_ajv.Ajv({ allErrors: true, strict: true, useDefaults: true, strictTuples: false });
  const addFormats = import_ajv_formats.default;
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}
async function loadSets(dir, known) {
  const setsDir = path.join(dir, "sets");
  let entries;
  try {
    entries = (await readdir(setsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return {};
  }
  const out = {};
  for (const name of entries) {
    const file = path.join(setsDir, name);
    const lineCounter = new import_yaml.LineCounter();
    const document = (0, import_yaml.parseDocument)(await readFile(file, "utf8"), { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
      const error = document.errors[0];
      throw new RuleLoadError(file, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split("\n")[0]}`);
    }
    const data = document.toJS();
    const expected = name.replace(/\.ya?ml$/, "");
    if (!data || typeof data !== "object") throw new RuleLoadError(file, 1, "a set file holds name, description and values");
    const extra = Object.keys(data).find((k) => !["name", "description", "values"].includes(k));
    if (extra) throw new RuleLoadError(file, 1, `unknown key "${extra}" (a set holds name, description and values)`);
    if (data.name !== expected) throw new RuleLoadError(file, 1, `name must be "${expected}", the file's name`);
    if (typeof data.description !== "string" || data.description.trim() === "") throw new RuleLoadError(file, 1, "description is required: say what the set holds and where its entries come from");
    if (!Array.isArray(data.values) || data.values.length === 0 || !data.values.every((v) => typeof v === "string" || typeof v === "number")) {
      throw new RuleLoadError(file, 1, "values must be a non-empty list of strings or numbers");
    }
    if (known[expected] || out[expected]) throw new RuleLoadError(file, 1, `set ${expected} is already defined; give it another name`);
    out[expected] = data.values;
  }
  return out;
}
function schemaProblem(validate, value) {
  if (validate(value)) return void 0;
  const error = validate.errors?.[0];
  return error ? `${error.instancePath || "value"} ${describeError(error)}` : "is invalid";
}
var paramValidators = /* @__PURE__ */ new Map();
function paramValidator(schema) {
  const key = JSON.stringify(schema);
  let v = paramValidators.get(key);
  if (!v) {
    const ajv = new import_ajv.Ajv({ allErrors: false, strict: false });
    (0, import_ajv_formats.default)(ajv);
    v = ajv.compile(schema);
    paramValidators.set(key, v);
  }
  return v;
}
function parseRuleFile(file, text, sets = {}) {
  useParamValidator(paramValidator);
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new RuleLoadError(file, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const data = document.toJS();
  const lineOf = (instancePath) => {
    const segments = instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"));
    for (let n = segments.length; n >= 0; n--) {
      const node = document.getIn(segments.slice(0, n), true);
      if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const validate = schemaValidator();
  if (!validate(data)) {
    const error = mostSpecific(validate.errors ?? []);
    const extra = error.keyword === "additionalProperties" ? `/${error.params.additionalProperty}` : "";
    throw new RuleLoadError(file, lineOf(error.instancePath + extra), `${error.instancePath || "(top)"} ${describeError(error)}`);
  }
  const raw = data;
  const rule = {
    id: raw.id,
    title: raw.title,
    level: raw.level,
    securitySeverity: raw["security-severity"],
    precision: raw.precision ?? "high",
    tags: raw.tags,
    formats: raw.formats,
    enabled: raw.enabled ?? true,
    description: raw.description.trim(),
    remediation: raw.remediation.trim(),
    examples: raw.examples ?? {},
    references: raw.references ?? [],
    sourceFile: file,
    checks: raw.checks,
    params: {},
    paramValues: {},
    sets,
    onePer: raw["one-per"] ?? "element"
  };
  for (const [name, spec] of Object.entries(raw.params ?? {})) {
    let value = spec.default;
    const setRef = typeof value === "string" ? /^\$sets\.([\w-]+)$/.exec(value) : null;
    if (setRef) {
      if (!sets[setRef[1]]) throw new RuleLoadError(file, lineOf(`/params/${name}/default`), `params.${name}: unknown set ${setRef[1]} (known: ${Object.keys(sets).join(", ") || "none"})`);
      value = sets[setRef[1]];
    }
    let problem;
    try {
      problem = schemaProblem(paramValidator(spec.schema), value);
    } catch (error) {
      throw new RuleLoadError(file, lineOf(`/params/${name}/schema`), `params.${name}.schema is not a valid JSON Schema: ${error.message}`);
    }
    if (problem) throw new RuleLoadError(file, lineOf(`/params/${name}/default`), `params.${name}.default ${problem}`);
    rule.params[name] = { description: spec.description, schema: spec.schema, default: value };
    rule.paramValues[name] = value;
  }
  if (raw["help-uri"]) rule.helpUri = raw["help-uri"];
  if (Number(rule.securitySeverity) <= 0) throw new RuleLoadError(file, lineOf("/security-severity"), "security-severity must be greater than 0");
  rule.checks.forEach((check, index) => {
    const problem = checkProblem(check, rule);
    if (problem) {
      const key = /^(select|each|let\.[\w-]+|related\.[\w-]+|when|at|message)\b/.exec(problem)?.[1];
      const where = key === void 0 ? "" : `/${key.replace(".", "/")}`;
      throw new RuleLoadError(file, lineOf(`/checks/${index}${where}`), `/checks/${index} ${problem}`);
    }
  });
  return rule;
}
function checkProblem(check, rule) {
  const bound = /* @__PURE__ */ new Set(["attributes", "options", "resource", "params", "sets"]);
  const namedValue = (text) => {
    const set = /^\$sets\.([\w-]+)/.exec(text);
    if (set && !rule.sets[set[1]]) return `unknown set ${set[1]} (known: ${Object.keys(rule.sets).join(", ") || "none"})`;
    const param = /^\$params\.([\w-]+)/.exec(text);
    if (param && !(param[1] in rule.paramValues)) return `unknown parameter ${param[1]} (declared: ${Object.keys(rule.paramValues).join(", ") || "none"})`;
    return void 0;
  };
  try {
    for (const selector of [check.select].flat()) {
      for (const type of [selector.type ?? []].flat()) {
        const p = namedValue(type);
        if (p) return `select.type: ${p}`;
      }
    }
    for (const [name, relation] of Object.entries(check.related ?? {})) {
      const selector = "referenced-by" in relation ? relation["referenced-by"] : relation.references;
      for (const type of [selector.type ?? []].flat()) {
        const p = namedValue(type);
        if (p) return `related.${name}.type: ${p}`;
      }
      for (const via of [selector.via ?? []].flat()) {
        const head = parsePath(via)[0];
        if (head?.kind !== "key" || head.key !== "attributes") return `related.${name}.via "${via}" must start with attributes`;
      }
      bound.add(name);
    }
    const selectors = [check.select].flat();
    for (const each of [check.each ?? [], ...selectors.map((s) => s.each ?? [])].flat()) {
      const head = parsePath(each)[0];
      if (head?.kind !== "key" || !bound.has(head.key)) return `each path "${each}" must start with attributes or options`;
    }
    if (check.each || selectors.some((s) => s.each)) {
      bound.add(check.as ?? "item");
      bound.add("key");
    }
    const refProblem = (value) => {
      if (typeof value === "string" && value.startsWith("$") && !value.startsWith("$$")) {
        const head = parsePath(value.slice(1))[0];
        if (head?.kind !== "key" || !bound.has(head.key)) return `reference ${value} names nothing bound here (bound: ${[...bound].join(", ")})`;
        return namedValue(value);
      } else if (Array.isArray(value)) {
        for (const v of value) {
          const p = refProblem(v);
          if (p) return p;
        }
      } else if (value !== null && typeof value === "object") {
        const call = value.call;
        if (typeof call === "string" && !FUNCTIONS[call]) return `unknown function ${call} (known: ${Object.keys(FUNCTIONS).join(", ")})`;
        const quantified = ["some", "none", "every"].find((q) => q in value);
        if (quantified) {
          const q = value;
          const p = refProblem(q[quantified]);
          if (p) return p;
          const name = q.as ?? "item";
          const had = bound.has(name);
          bound.add(name);
          const inner = q.when === void 0 ? void 0 : refProblem(q.when);
          if (!had) bound.delete(name);
          return inner;
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === "as") continue;
          const p = refProblem(v);
          if (p) return p;
        }
      }
      return void 0;
    };
    for (const [name, binding] of Object.entries(check.let ?? {})) {
      const p = refProblem(binding);
      if (p) return `let.${name}: ${p}`;
      bound.add(name);
    }
    const conditionProblem = refProblem(check.when);
    if (conditionProblem) return `when: ${conditionProblem}`;
    if (check.at) {
      const p = refProblem(check.at);
      if (p) return `at: ${p}`;
    }
    for (const placeholder of check.message.matchAll(/\{([A-Za-z_$][\w$.\[\]"*|-]*)\}/g)) {
      const name = placeholder[1];
      if (name !== "name") {
        const p = refProblem(`$${name}`);
        if (p) return `message: ${p}`;
      }
    }
  } catch (error) {
    if (error instanceof PathSyntaxError) return error.message;
    throw error;
  }
  return void 0;
}
function describeError(error) {
  if (error.keyword === "additionalProperties") return `has unknown property "${error.params.additionalProperty}"`;
  if (error.keyword === "enum") return `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return error.message ?? "is invalid";
}
async function parseRuleDir(dir, sets) {
  let entries;
  try {
    entries = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    throw new RuleLoadError(dir, void 0, `cannot read rule directory (${error.code ?? String(error)}); pass an existing directory to --rules`);
  }
  const rules = [];
  for (const name of entries) {
    const file = path.join(dir, name);
    rules.push(parseRuleFile(file, await readFile(file, "utf8"), sets));
  }
  return rules;
}

export { describeError, loadSets, paramValidator, parseRuleDir, parseRuleFile, schemaProblem };
