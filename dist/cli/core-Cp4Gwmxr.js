import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import { openSync, constants, fstatSync, closeSync, readSync, readFileSync, readdirSync, statSync, existsSync, lstatSync, realpathSync } from 'node:fs';
import path, { resolve, join, dirname, basename, relative, sep, isAbsolute, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash, hash } from 'node:crypto';
import { __commonJS, __toESM } from './chunk-WV4KQOO6.js';
import { readFile, mkdir, writeFile, stat } from 'node:fs/promises';

const require$u = createRequire(import.meta.url);

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

const require$t = createRequire(import.meta.url);

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

const require$s = createRequire(import.meta.url);

// src/model/resource.ts
var GATE_KINDS = /* @__PURE__ */ new Set(["change", "drift"]);
function buildResource(parts) {
  const { range, header } = parts;
  const resource = {
    format: parts.format,
    kind: parts.kind,
    type: parts.type,
    canonicalType: parts.canonicalType ?? parts.type,
    name: parts.name,
    file: parts.file,
    range,
    header,
    attributes: parts.attributes,
    options: parts.options,
    source: {
      range,
      header,
      children: {
        attributes: { range, header, children: parts.attributeNodes },
        options: { range, header, children: parts.optionNodes }
      }
    }
  };
  if (parts.repeated) resource.repeated = true;
  if (parts.scopes) resource.scopes = parts.scopes;
  if (parts.remoteModule) resource.remoteModule = true;
  return resource;
}
function locate(resource, path) {
  let node = resource.source;
  let complete = true;
  for (const segment of path) {
    const next = node.children?.[String(segment)];
    if (!next) {
      complete = false;
      break;
    }
    node = next;
  }
  if (node === resource.source) return resource.header;
  return complete ? node.range : node.header ?? node.range;
}
function originsOnPath(resource, path, below = false) {
  const along = [];
  const inside = [];
  let node = resource.source;
  let complete = true;
  for (const segment of path) {
    const next = node?.children?.[String(segment)];
    if (!next) {
      complete = false;
      break;
    }
    node = next;
    if (node.origins?.length) along.push(node.origins);
  }
  if (below && complete && node) collectBelow(node, inside, 0);
  return { along, inside };
}
function collectBelow(node, out, depth) {
  if (!node.children || depth > 32) return;
  for (const child of Object.values(node.children)) {
    if (child.origins?.length) out.push(child.origins);
    collectBelow(child, out, depth + 1);
  }
}

const require$r = createRequire(import.meta.url);

// src/model/value.ts
function unknown(expression, extra) {
  const u = { $unknown: expression };
  if (extra?.refs?.length) u.refs = extra.refs;
  if (extra?.decoded !== void 0) u.decoded = extra.decoded;
  if (extra?.reason !== void 0) u.reason = extra.reason;
  if (extra?.partial) u.partial = true;
  if (extra?.input) u.input = true;
  return u;
}
function isUnknown(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.$unknown === "string";
}
function isValueMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
}
function describeValue(v) {
  if (v === void 0) return "(absent)";
  if (isUnknown(v)) return v.$unknown;
  if (typeof v === "string") return JSON.stringify(v);
  return JSON.stringify(v);
}
function getPath(root, path) {
  let current = root;
  for (const segment of path) {
    if (current === void 0 || current === null) return void 0;
    if (isUnknown(current)) return current;
    if (Array.isArray(current)) {
      if (typeof segment !== "number") return void 0;
      current = current[segment];
    } else if (typeof current === "object") {
      current = Object.prototype.hasOwnProperty.call(current, segment) ? current[String(segment)] : void 0;
    } else {
      return void 0;
    }
  }
  return current;
}
function nondeterministicIn(v, depth = 0) {
  if (v === void 0 || v === null || typeof v !== "object" || depth > 64) return void 0;
  if (isUnknown(v)) return v.nondeterministic ?? (v.decoded !== void 0 ? nondeterministicIn(v.decoded, depth + 1) : void 0);
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const found = nondeterministicIn(item, depth + 1);
    if (found !== void 0) return found;
  }
  return void 0;
}
function formatPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

const require$q = createRequire(import.meta.url);

// src/model/position.ts
function range(startLine, startColumn, endLine, endColumn) {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}
function firstLineOf(r, lineText) {
  return r.start.line === r.end.line ? r : { start: r.start, end: { line: r.start.line, column: lineText.replace(/\s+$/, "").length + 1 } };
}
var LineIndex = class {
  /**
   * Lines end at LF, CRLF and (with `loneCr`, the default) a lone CR, as YAML 1.2, JSON editors
   * and TypeScript count them. HCL breaks lines only at LF and CRLF (a lone CR is an invalid
   * character, or part of a comment or string), so the Terraform scanner passes `loneCr: false`.
   */
  constructor(text, options = {}) {
    this.text = text;
    this.loneCrBreaks = options.loneCr ?? true;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        else if (!this.loneCrBreaks) continue;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }
  text;
  lineStarts;
  loneCrBreaks;
  get lineCount() {
    return this.lineStarts.length;
  }
  positionAt(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  offsetAt(position) {
    const start = this.lineStarts[position.line - 1] ?? this.text.length;
    return start + position.column - 1;
  }
  rangeOf(startOffset, endOffset) {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
  /** Text of a 1-based line without its line terminator. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(this.loneCrBreaks ? /\r?\n$|\r$/ : /\r?\n$/, "");
  }
};

const require$p = createRequire(import.meta.url);
var MAX_FILE_BYTES = 5 * 1024 * 1024;
function problem(repoPath, message) {
  return { diagnostic: { file: repoPath, range: range(1, 1, 1, 2), severity: "error", message, notScanned: true } };
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lossyDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 192) === 128;
    if (!valid) break;
    i += length;
  }
  const prefix = lossyDecoder.decode(bytes.subarray(0, i));
  const lines = new LineIndex(prefix + " ");
  return lines.positionAt(prefix.length);
}
function wideEncoding(bytes) {
  const [a, b, c, d] = bytes;
  if (a === 255 && b === 254 && c === 0 && d === 0) return { name: "UTF-32LE", bom: 4 };
  if (a === 0 && b === 0 && c === 254 && d === 255) return { name: "UTF-32BE", bom: 4 };
  if (a === 255 && b === 254) return { name: "UTF-16LE", bom: 2 };
  if (a === 254 && b === 255) return { name: "UTF-16BE", bom: 2 };
  return void 0;
}
function decodeMarkedWide(bytes) {
  const wide = wideEncoding(bytes);
  return wide ? decodeWide(bytes, wide) : void 0;
}
var UTF8_ONLY = [
  { format: "Terraform", suffixes: [".tf", ".tfvars", ".tf.json", ".tfvars.json"], source: "HCL native syntax specification: source files are UTF-8" },
  { format: "JSON", suffixes: [".json"], source: "RFC 8259 \xA78.1: JSON exchanged between systems is UTF-8" }
];
function decodeWide(bytes, wide, fatal = true) {
  const body = bytes.subarray(wide.bom);
  try {
    if (wide.name === "UTF-16LE") return new TextDecoder("utf-16le", { fatal }).decode(body);
    if (wide.name === "UTF-16BE") return new TextDecoder("utf-16be", { fatal }).decode(body);
    if (fatal && body.length % 4 !== 0) return void 0;
    const parts = [];
    for (let i = 0; i + 4 <= body.length; i += 4) {
      const cp = wide.name === "UTF-32LE" ? body.readUInt32LE(i) : body.readUInt32BE(i);
      const valid = cp <= 1114111 && (cp < 55296 || cp > 57343);
      if (!valid && fatal) return void 0;
      parts.push(valid ? String.fromCodePoint(cp) : "\uFFFD");
    }
    return parts.join("");
  } catch {
    return void 0;
  }
}
function readSource(absolutePath, repoPath, maxBytes = MAX_FILE_BYTES) {
  let bytes;
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!info.isFile()) return problem(repoPath, `not a regular file (${specialKind(info)}) and was not scanned; IaC files are regular files`);
    if (info.size > maxBytes) return tooLarge(repoPath, info.size, maxBytes);
    bytes = readOpenFile(fd, info.size, maxBytes);
  } catch (error) {
    const code = error.code ?? "";
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : code === "ENOENT" ? "file disappeared while scanning" : code === "ENXIO" ? "not a regular file (a socket, or a pipe with nothing behind it)" : error.message;
    return problem(repoPath, `cannot read file (${reason}); make it readable or exclude it from the scan`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (bytes.length > maxBytes) return tooLarge(repoPath, void 0, maxBytes);
  const wide = wideEncoding(bytes);
  if (wide) {
    const lower = repoPath.toLowerCase();
    const refusedBy = UTF8_ONLY.find((f) => f.suffixes.some((x) => lower.endsWith(x)));
    if (refusedBy) {
      return problem(repoPath, `file is ${wide.name} (with a byte order mark), and ${refusedBy.format} reads only UTF-8 (${refusedBy.source}); it was not scanned: re-save it as UTF-8`);
    }
    const decoded = decodeWide(bytes, wide);
    if (decoded === void 0) return problem(repoPath, `file starts with a ${wide.name} byte order mark but is not valid ${wide.name}; it was not scanned: re-save it as UTF-8`);
    return { file: { path: repoPath, absolutePath, text: decoded } };
  }
  if (bytes.includes(0)) {
    if (looksUtf16(bytes)) return problem(repoPath, "file looks like UTF-16 without a byte order mark (every other byte is NUL) and was not scanned; re-save it as UTF-8");
    return problem(repoPath, "file looks binary (contains a NUL byte) and was not scanned; IaC files must be UTF-8 text");
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      diagnostic: {
        file: repoPath,
        range: { start: at, end: { line: at.line, column: at.column + 1 } },
        notScanned: true,
        severity: "error",
        message: `file is not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column}) and was not scanned; re-save it with UTF-8 encoding`
      }
    };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { file: { path: repoPath, absolutePath, text } };
}
function looksUtf16(bytes) {
  const n = Math.min(bytes.length - bytes.length % 2, 512);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return even === pairs && odd === 0 || odd === pairs && even === 0;
}
function specialKind(info) {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a file";
}
function sizeOver(size, limit) {
  return formatBytes(size) === formatBytes(limit) ? `${size} bytes` : formatBytes(size);
}
function tooLarge(repoPath, size, maxBytes) {
  const what = size === void 0 ? "file is over" : `file is ${sizeOver(size, maxBytes)}, over`;
  return problem(repoPath, `${what} the ${formatBytes(maxBytes)} limit and was not scanned; split it, exclude it if it is generated, or raise the limit with --max-file-size`);
}
function readOpenFile(fd, size, maxBytes) {
  let buffer = Buffer.allocUnsafe(size > 0 ? size : 64 * 1024);
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      if (length > maxBytes) break;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (size > 0 && length >= size) break;
  }
  return buffer.subarray(0, length);
}
var PEEK_BYTES = 256 * 1024;
function peekText(absolutePath) {
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return void 0;
    const buffer = Buffer.alloc(PEEK_BYTES);
    const bytesRead = readSync(fd, buffer, 0, PEEK_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const wide = wideEncoding(bytes);
    const decoded = wide ? decodeWide(bytes, wide, false) : void 0;
    return (decoded ?? lossyDecoder.decode(bytes)).replace(/\0/g, " ");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

const require$o = createRequire(import.meta.url);
var RULES_DOC_PATH = "docs/rules.md";
function ruleAnchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
}
function ruleDocPath(id) {
  return `${RULES_DOC_PATH}#${ruleAnchor(id)}`;
}
var repositoryCache;
function repositoryUrl() {
  if (repositoryCache !== void 0) return repositoryCache;
  repositoryCache = null;
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    repositoryCache = normaliseRepository(typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url);
  } catch {
    repositoryCache = null;
  }
  return repositoryCache;
}
function normaliseRepository(repository) {
  if (!repository) return null;
  const text = repository.trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text);
  if (shorthand) {
    const host = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" }[shorthand[1] ?? "github"];
    return `https://${host}/${shorthand[2]}/${shorthand[3]}`;
  }
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(text);
  if (url) return `https://${url[1]}/${url[2]}`;
  const scp = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(text);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return null;
}
function defaultHelpUri(id, repository = repositoryUrl()) {
  if (!repository) return void 0;
  return `${repository}/blob/HEAD/${ruleDocPath(id)}`;
}

const require$n = createRequire(import.meta.url);

// src/engine/builtin-pack.generated.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var BUILTIN_PACK_JSON = '{"fingerprint":"8b8878a38297826ad83bdd5ea656bb9b44301f40772a5fc9a505055a8cc1a153","sets":{"admin-ports":["22/tcp","3389/tcp","5985/tcp","5986/tcp","3389/udp"],"commonly-replaced-types":["aws_acm_certificate","aws_iam_server_certificate","aws_api_gateway_deployment","aws_apigatewayv2_deployment","aws_iam_instance_profile","aws_launch_configuration","aws_launch_template","aws_lb_target_group","aws_alb_target_group","aws_db_parameter_group","aws_rds_cluster_parameter_group","aws_db_option_group","aws_elasticache_parameter_group","google_compute_instance_template","google_compute_region_instance_template","google_compute_ssl_certificate","google_compute_region_ssl_certificate"],"replace-only-types":["aws_instance","aws_launch_template","aws_launch_configuration","aws_ecs_task_definition","aws_lambda_function","aws_apprunner_service","google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_cloudfunctions_function","google_cloudfunctions2_function","google_cloud_run_service","google_cloud_run_v2_service","azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_virtual_machine","azurerm_linux_function_app","azurerm_windows_function_app","azurerm_function_app","azurerm_container_app","azurerm_container_group","AWS::EC2::Instance","AWS::EC2::LaunchTemplate","AWS::AutoScaling::LaunchConfiguration","AWS::ECS::TaskDefinition","AWS::Lambda::Function","AWS::Serverless::Function","AWS::AppRunner::Service"],"stateful-cloudformation-types":["AWS::RDS::DBInstance","AWS::RDS::DBCluster","AWS::DynamoDB::Table","AWS::DynamoDB::GlobalTable","AWS::Serverless::SimpleTable","AWS::S3::Bucket","AWS::EFS::FileSystem","AWS::EC2::Volume","AWS::ElastiCache::CacheCluster","AWS::ElastiCache::ReplicationGroup","AWS::ElastiCache::ServerlessCache","AWS::Neptune::DBCluster","AWS::Neptune::DBInstance","AWS::DocDB::DBCluster","AWS::DocDB::DBInstance","AWS::Redshift::Cluster","AWS::OpenSearchService::Domain","AWS::Elasticsearch::Domain","AWS::KMS::Key","AWS::Cognito::UserPool","AWS::SQS::Queue","AWS::Kinesis::Stream","AWS::Logs::LogGroup","AWS::Backup::BackupVault"],"stateful-terraform-types":["aws_db_instance","aws_rds_cluster","aws_dynamodb_table","aws_s3_bucket","aws_efs_file_system","aws_ebs_volume","aws_elasticache_cluster","aws_elasticache_replication_group","aws_neptune_cluster","aws_neptune_cluster_instance","aws_docdb_cluster","aws_redshift_cluster","aws_opensearch_domain","aws_elasticsearch_domain","aws_kms_key","aws_cognito_user_pool","aws_sqs_queue","aws_kinesis_stream","aws_cloudwatch_log_group","aws_backup_vault","aws_lb","google_sql_database_instance","google_spanner_instance","google_spanner_database","google_bigtable_instance","google_storage_bucket"]},"rules":[{"id":"ACC-001","title":"Admin port open to the internet","level":"error","securitySeverity":"8.0","precision":"high","tags":["security","immutability","ACC","network"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"SSH (22/tcp), RDP (3389/tcp and 3389/udp) and WinRM (5985/tcp, 5986/tcp; parameter `admin-ports`) open to the whole internet exist to log in and change machines by hand, which immutable infrastructure never needs, and they are the most scanned ports on the internet. The rule reads every ingress rule once, as an `ingress_rule` fact: inline `ingress` blocks of `aws_security_group` (including `dynamic \\"ingress\\"`), `aws_security_group_rule` of type `ingress`, `aws_vpc_security_group_ingress_rule`, network ACL ingress entries (inline and `aws_network_acl_rule`), Azure NSG inbound rules (inline `security_rule` and `azurerm_network_security_rule`), GCP ingress firewalls (`allow` blocks; a firewall with no source ranges, tags or service accounts applies to 0.0.0.0/0; disabled ones are skipped), and in CloudFormation `AWS::EC2::SecurityGroup` ingress entries, `AWS::EC2::SecurityGroupIngress` and `AWS::EC2::NetworkAclEntry`; Pulumi resources through their Terraform types. A rule counts when it allows TCP, UDP or all protocols (`-1`, `all`, `*`) on a port range that includes one of these ports (protocol all means every port; TCP or UDP with `from_port = -1` and `to_port = -1` is read as all ports, the safer reading; Azure port lists such as `\\"22,3389\\"`, `\\"20-25\\"` and `*` are parsed) from a source that is the whole internet: a prefix of length 0 (`0.0.0.0/0`, `::/0`), Azure\'s `*`, `0.0.0.0`, `Internet`, `Any` in any case, or several prefixes of one rule that together hold every address (`0.0.0.0/1` and `128.0.0.0/1`). A network ACL allow entry is judged on the ports that no lower-numbered deny entry of the same ACL (inline entries of one ACL, or entries naming the same `network_acl_id` / `NetworkAclId`) blocks for the same protocol (or all protocols) and a source containing its source; ports that a deny with an unknown source, protocol or rule number may block are not judged, and a deny of one protocol does not close an allow of all protocols. Azure and GCP rule priorities are not compared (a lower-priority deny there does not silence an allow). One finding per rule element, even when both an IPv4 and an IPv6 range are open: inline rules are reported at their block or list item, standalone rule resources at the attribute holding the open source (`cidr_blocks`, `cidr_ipv4`, `source_address_prefix`, `CidrIp`, `CidrBlock`). Ports, protocols and addresses given by variables or parameters without defaults are not judged.","remediation":"Remove the rule. Reach instances through SSM Session Manager, IAP TCP forwarding or a bastion-free access service if you must, and replace instances to change them.","examples":{"terraform":"resource \\"aws_security_group\\" \\"web\\" {\\n  name = \\"web\\"\\n  ingress {\\n    from_port   = 443\\n    to_port     = 443\\n    protocol    = \\"tcp\\"\\n    cidr_blocks = [\\"0.0.0.0/0\\"]\\n  }\\n}\\n","cloudformation":"WebSecurityGroup:\\n  Type: AWS::EC2::SecurityGroup\\n  Properties:\\n    GroupDescription: web\\n    SecurityGroupIngress:\\n      - IpProtocol: tcp\\n        FromPort: 443\\n        ToPort: 443\\n        CidrIp: 0.0.0.0/0\\n","pulumi":"new aws.ec2.SecurityGroup(\\"web\\", {\\n  ingress: [{ protocol: \\"tcp\\", fromPort: 443, toPort: 443, cidrBlocks: [\\"0.0.0.0/0\\"] }],\\n});\\n"},"references":["https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0107/","https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13"],"sourceFile":"ACC-001.yaml","checks":[{"select":{"kind":"fact","type":"ingress_rule"},"let":{"admin":{"call":"portsReached","args":["$attributes.protocol","$attributes.ports","$params.admin-ports"]}},"when":{"all":[{"equals":["$attributes.direction","ingress"]},{"equals":["$attributes.action","allow"]},{"truthy":"$attributes.internet"},{"call":"nonEmpty","args":["$admin"]}]},"at":"$attributes.sources","message":"{name} opens admin port(s) {admin} to the whole internet ({attributes.source_text}); remove the rule and reach machines through a session service (SSM Session Manager, IAP, Azure Bastion) instead."}],"params":{"admin-ports":{"description":"The ports of remote administration, as `PORT/PROTOCOL` (a bare number is TCP): SSH, RDP (TCP and UDP) and WinRM over HTTP and HTTPS.","schema":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\\\d{1,5}(/(tcp|udp|sctp))?$"}]}},"default":["22/tcp","3389/tcp","5985/tcp","5986/tcp","3389/udp"]}},"paramValues":{"admin-ports":["22/tcp","3389/tcp","5985/tcp","5986/tcp","3389/udp"]},"onePer":"element"},{"id":"ACC-002","title":"Admin port reachable at all","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","ACC","network"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Even from a private range or another security group, an open SSH, RDP or WinRM port is a standing invitation to log in and change a machine by hand, which breaks the promise that what runs is what the code built. The rule reads the same `ingress_rule` facts as ACC-001 (security groups inline and standalone, network ACLs, Azure NSG rules, GCP firewalls, CloudFormation ingress and NACL entries, Pulumi through their Terraform types) with the same admin ports (parameter `admin-ports`: 22/tcp, 3389/tcp, 5985/tcp, 5986/tcp, 3389/udp), the same port reading (all protocols, `-1`/`-1` as all ports, Azure port lists, network ACL entries judged on what lower-numbered denies of their ACL leave open), and fires when an allow rule lets one in from sources none of which is the whole internet: a private or public CIDR, a security group, `self`, a prefix list, an Azure service tag such as `VirtualNetwork` or an application security group, GCP source tags or service accounts. A rule open to the internet is ACC-001\'s finding only, so the two never fire on one element. A security group, prefix list or tag named as the source counts even when its id is only known at deploy time (it is never the internet, whatever the prefix list holds); a rule with a CIDR given by a variable or parameter without default is not judged, since it may be ACC-001\'s. Inline rules are reported at their block or list item, standalone rule resources at the attribute that holds the source (`cidr_blocks`, `source_security_group_id`, `referenced_security_group_id`, `source_address_prefix`, `SourceSecurityGroupId`...).","remediation":"Remove the rule and use a managed session service (SSM Session Manager, IAP, Azure Bastion) for break-glass access; change machines by replacing them.","examples":{"terraform":"resource \\"aws_security_group\\" \\"app\\" {\\n  name = \\"app\\"\\n  ingress {\\n    from_port       = 8080\\n    to_port         = 8080\\n    protocol        = \\"tcp\\"\\n    security_groups = [aws_security_group.lb.id]\\n  }\\n}\\n","cloudformation":"AppSecurityGroup:\\n  Type: AWS::EC2::SecurityGroup\\n  Properties:\\n    GroupDescription: app\\n    SecurityGroupIngress:\\n      - IpProtocol: tcp\\n        FromPort: 8080\\n        ToPort: 8080\\n        SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup\\n","pulumi":"new aws.ec2.SecurityGroup(\\"app\\", {\\n  ingress: [{ protocol: \\"tcp\\", fromPort: 8080, toPort: 8080, securityGroups: [lb.id] }],\\n});\\n"},"references":["https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html","https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0107/"],"sourceFile":"ACC-002.yaml","checks":[{"select":{"kind":"fact","type":"ingress_rule"},"let":{"admin":{"call":"portsReached","args":["$attributes.protocol","$attributes.ports","$params.admin-ports"]}},"when":{"all":[{"equals":["$attributes.direction","ingress"]},{"equals":["$attributes.action","allow"]},{"equals":["$attributes.internet",false]},{"call":"nonEmpty","args":["$attributes.sources"]},{"call":"nonEmpty","args":["$admin"]}]},"at":"$attributes.sources","message":"{name} opens admin port(s) {admin} to {attributes.source_text}; remove the rule, keep a session service (SSM Session Manager, IAP, Azure Bastion) for break-glass access and change machines by replacing them."}],"params":{"admin-ports":{"description":"The ports of remote administration, as `PORT/PROTOCOL` (a bare number is TCP): SSH, RDP (TCP and UDP) and WinRM over HTTP and HTTPS.","schema":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\\\d{1,5}(/(tcp|udp|sctp))?$"}]}},"default":["22/tcp","3389/tcp","5985/tcp","5986/tcp","3389/udp"]}},"paramValues":{"admin-ports":["22/tcp","3389/tcp","5985/tcp","5986/tcp","3389/udp"]},"onePer":"element"},{"id":"ACC-003","title":"Login keys provisioned","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","ACC","ssh"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A machine that people can log in to gets changed by hand: a hot fix applied over SSH, a package upgraded \\"just this once\\", and the fleet no longer matches its image or its code. It also gives a stolen key holder a shell. Immutable fleets are built so that nobody needs a login: changes ship as new images, and diagnosis goes through logs, metrics and, if needed, an audited channel. The rule reports where infrastructure code provisions login credentials: `key_name` on EC2 instances, launch templates, launch configurations and spot requests (`key_name` of spot fleet launch specifications, EMR `ec2_attributes.key_name`, Batch `compute_resources.ec2_key_pair`, Lightsail `key_pair_name`), every `aws_key_pair`, an EKS node group\'s `remote_access` block; in CloudFormation `KeyName` on instances, launch templates (`LaunchTemplateData.KeyName`), launch configurations and spot fleets, EMR `Ec2KeyName`, Batch `Ec2KeyPair`, Lightsail `KeyPairName`, every `AWS::EC2::KeyPair`, node group `RemoteAccess`, and a parameter of type `AWS::EC2::KeyPair::KeyName` without a default (CloudFormation only accepts an existing key pair for it, so a `KeyName: !Ref` to it always provisions one; the finding sits on the parameter); GCP `ssh-keys` / `sshKeys` metadata on instances, templates and project metadata, and a GCP instance or instance template that neither blocks project-wide SSH keys (`block-project-ssh-keys` true) nor uses OS Login (`enable-oslogin` true), reported at the resource (instances created from a template inherit its metadata and are not reported); Azure Linux VMs and scale sets with `disable_password_authentication = false` (password logins beside or instead of `admin_ssh_key`; a VM with SSH keys only is what Azure requires at least and is not reported). A key name or metadata value that is not known statically is not judged.","remediation":"Launch instances without key pairs and without SSH keys in metadata; block project-wide keys and use OS Login on GCP; keep password authentication disabled on Azure. Debug through logs and metrics, or an audited session channel when a shell is unavoidable, and fix by shipping a new image.","examples":{"terraform":"resource \\"aws_launch_template\\" \\"web\\" {\\n  image_id = data.aws_ami.web.id\\n  # no key_name: nobody logs in; changes ship as new images\\n}\\n\\nresource \\"google_compute_instance\\" \\"web\\" {\\n  # ...\\n  metadata = {\\n    block-project-ssh-keys = \\"TRUE\\"\\n    enable-oslogin         = \\"TRUE\\"\\n  }\\n}\\n","cloudformation":"WebLaunchTemplate:\\n  Type: AWS::EC2::LaunchTemplate\\n  Properties:\\n    LaunchTemplateData:\\n      ImageId: !Ref WebAmi\\n      InstanceType: t3.micro   # no KeyName\\n","pulumi":"new aws.ec2.LaunchTemplate(\\"web\\", {\\n  imageId: ami.id,   // no keyName\\n});\\n"},"references":["https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html","https://cloud.google.com/compute/docs/connect/restrict-ssh-keys","https://cloud.google.com/compute/docs/oslogin","https://avd.aquasec.com/misconfig/google/compute/avd-gcp-0030/","https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed"],"sourceFile":"ACC-003.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":["aws_instance","aws_launch_template","aws_launch_configuration","aws_spot_instance_request","aws:ec2/spotInstanceRequest:SpotInstanceRequest"],"each":"attributes.key_name"},{"format":["terraform","pulumi"],"type":["aws_spot_fleet_request","aws:ec2/spotFleetRequest:SpotFleetRequest"],"each":["attributes.launch_specification[*].key_name","attributes.launch_specifications[*].key_name"]},{"format":["terraform","pulumi"],"type":"aws_emr_cluster","each":"attributes.ec2_attributes[*].key_name"},{"format":["terraform","pulumi"],"type":"aws_batch_compute_environment","each":"attributes.compute_resources[*].ec2_key_pair"},{"format":["terraform","pulumi"],"type":"aws_lightsail_instance","each":"attributes.key_pair_name"},{"format":"cloudformation","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration"],"each":"attributes.KeyName"},{"format":"cloudformation","type":"AWS::EC2::LaunchTemplate","each":"attributes.LaunchTemplateData.KeyName"},{"format":"cloudformation","type":"AWS::EC2::SpotFleet","each":"attributes.SpotFleetRequestConfigData.LaunchSpecifications[*].KeyName"},{"format":"cloudformation","type":"AWS::EMR::Cluster","each":"attributes.Instances.Ec2KeyName"},{"format":"cloudformation","type":"AWS::Batch::ComputeEnvironment","each":"attributes.ComputeResources.Ec2KeyPair"},{"format":"cloudformation","type":"AWS::Lightsail::Instance","each":"attributes.KeyPairName"}],"as":"keyName","related":{"pairs":{"references":{"type":["aws_key_pair","AWS::EC2::KeyPair"],"via":["attributes.key_name","attributes.launch_specification[*].key_name","attributes.launch_specifications[*].key_name","attributes.KeyName","attributes.LaunchTemplateData.KeyName","attributes.SpotFleetRequestConfigData.LaunchSpecifications[*].KeyName"]}}},"when":{"any":[{"call":"nonEmpty","args":["$keyName"]},{"some":"$pairs"}]},"message":"{name} is launched with the SSH key pair \\"{keyName}\\", so people can log in and change it by hand. Remove the key pair and ship changes as new images."},{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":"aws_key_pair"},{"format":"cloudformation","kind":"resource","type":"AWS::EC2::KeyPair"}],"message":"{name} registers an SSH key pair for logging in to instances. Remove it and launch instances without key pairs."},{"select":{"format":"cloudformation","kind":"parameter","type":["AWS::EC2::KeyPair::KeyName","List<AWS::EC2::KeyPair::KeyName>"]},"when":{"absent":"$attributes.Default"},"message":"Parameter {name} asks every deployment for an existing SSH key pair ({resource.type}), so the instances that use it accept logins. Remove the parameter and the KeyName properties that use it."},{"select":[{"format":["terraform","pulumi"],"type":"aws_eks_node_group","each":"attributes.remote_access[*]"},{"format":"cloudformation","type":"AWS::EKS::Nodegroup","each":"attributes.RemoteAccess"}],"as":"access","message":"{name} opens SSH to its nodes (remote access with an EC2 key pair). Remove the remote access block and replace nodes to change them."},{"select":[{"format":["terraform","pulumi"],"type":["google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_compute_instance_from_template","google_compute_project_metadata"],"each":["attributes.metadata[\\"ssh-keys\\"]","attributes.metadata[\\"sshKeys\\"]"]}],"as":"keys","when":{"matches":["$keys","\\\\S"]},"message":"{name} provisions SSH keys in its {key} metadata, so people can log in and change its machines by hand. Remove them and use OS Login with audited access instead."},{"select":{"format":["terraform","pulumi"],"type":"google_compute_project_metadata_item","each":"attributes.value"},"as":"keys","when":{"all":[{"in":["$attributes.key",["ssh-keys","sshKeys"]]},{"matches":["$keys","\\\\S"]}]},"message":"{name} provisions project-wide SSH keys ({attributes.key} metadata), so people can log in to every instance of the project. Remove them and use OS Login with audited access instead."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["google_compute_instance","google_compute_instance_template","google_compute_region_instance_template"]},"let":{"blocked":{"call":"lower","args":["$attributes.metadata[\\"block-project-ssh-keys\\"]"]},"oslogin":{"call":"lower","args":["$attributes.metadata[\\"enable-oslogin\\"]"]}},"when":{"all":[{"not":{"in":["$blocked",["true","1","t","y","yes","on"]]}},{"not":{"in":["$oslogin",["true","1","t","y","yes","on"]]}}]},"message":"{name} accepts the project-wide SSH keys (metadata block-project-ssh-keys is not true and OS Login is not enabled). Set block-project-ssh-keys = \\"TRUE\\" (or enable-oslogin = \\"TRUE\\") in its metadata."},{"select":[{"format":["terraform","pulumi"],"type":["azurerm_linux_virtual_machine","azurerm_linux_virtual_machine_scale_set","azure:compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet"],"each":"attributes.disable_password_authentication"},{"format":["terraform","pulumi"],"type":["azurerm_orchestrated_virtual_machine_scale_set","azure:compute/orchestratedVirtualMachineScaleSet:OrchestratedVirtualMachineScaleSet"],"each":"attributes.os_profile[*].linux_configuration[*].disable_password_authentication"},{"format":["terraform","pulumi"],"type":["azurerm_virtual_machine","azurerm_virtual_machine_scale_set","azure:compute/virtualMachine:VirtualMachine","azure:compute/scaleSet:ScaleSet"],"each":"attributes.os_profile_linux_config[*].disable_password_authentication"},{"format":"pulumi","type":"azure-native:compute:VirtualMachine","each":"attributes.osProfile.linuxConfiguration.disablePasswordAuthentication"},{"format":"pulumi","type":"azure-native:compute:VirtualMachineScaleSet","each":"attributes.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication"}],"as":"disabled","when":{"equals":["$disabled",false]},"message":"{name} allows password logins ({@disable_password_authentication} is false), beside or instead of its SSH keys. Set {@disable_password_authentication} to true and ship changes as new images."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"ACC-004","title":"Interactive shell channel","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","ACC"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A shell channel into running workloads invites changing them in place: a file edited inside a container, a package installed on a node, a process restarted with other flags. What runs then differs from the image and the code, and the change disappears (or survives) depending on which task or instance is replaced next. The rule reports infrastructure code that opens such a channel: ECS services with `enable_execute_command` / `EnableExecuteCommand` true (ECS Exec); GCP instances, instance templates and project metadata with `serial-port-enable` metadata true (the interactive serial console; a `google_compute_project_metadata_item` of that key too); EC2 Instance Connect endpoints (`aws_ec2_instance_connect_endpoint`, `AWS::EC2::InstanceConnectEndpoint`, reported at the resource); and SSM documents of type `Session` (`aws_ssm_document` / `AWS::SSM::Document`, which configure Session Manager shells), reported at the document type. A flag written as a string (`\\"true\\"`, `\\"TRUE\\"`, `\\"1\\"`) counts as true; a value that is not known statically is not judged.","remediation":"Leave ECS Exec, serial consoles and session channels off in the code that defines production; investigate through logs, metrics and traces, and fix by deploying a new task definition or image. Where break-glass access is required, grant it temporarily and outside the steady-state configuration, with its sessions logged.","examples":{"terraform":"resource \\"aws_ecs_service\\" \\"api\\" {\\n  name                   = \\"api\\"\\n  cluster                = aws_ecs_cluster.main.id\\n  task_definition        = aws_ecs_task_definition.api.arn\\n  enable_execute_command = false\\n}\\n","cloudformation":"ApiService:\\n  Type: AWS::ECS::Service\\n  Properties:\\n    Cluster: !Ref Cluster\\n    TaskDefinition: !Ref ApiTask\\n    EnableExecuteCommand: false\\n","pulumi":"new aws.ecs.Service(\\"api\\", {\\n  cluster: cluster.arn,\\n  taskDefinition: task.arn,\\n  enableExecuteCommand: false,\\n});\\n"},"references":["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html","https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console","https://avd.aquasec.com/misconfig/google/compute/avd-gcp-0032/","https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-with-ec2-instance-connect-endpoint.html","https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-create-preferences-cli.html"],"sourceFile":"ACC-004.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":"aws_ecs_service","each":"attributes.enable_execute_command"},{"format":"cloudformation","type":"AWS::ECS::Service","each":"attributes.EnableExecuteCommand"}],"as":"exec","let":{"flag":{"call":"lower","args":["$exec"]}},"when":{"in":["$flag",["true","1"]]},"message":"{name} enables ECS Exec, a shell into its running containers. Turn it off and change containers by deploying a new task definition."},{"select":{"format":["terraform","pulumi"],"type":["google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_compute_instance_from_template","google_compute_project_metadata"],"each":"attributes.metadata[\\"serial-port-enable\\"]"},"as":"serial","let":{"flag":{"call":"lower","args":["$serial"]}},"when":{"in":["$flag",["true","1","t","y","yes","on"]]},"message":"{name} enables the interactive serial console (serial-port-enable metadata). Remove it and replace machines to change them."},{"select":{"format":["terraform","pulumi"],"type":"google_compute_project_metadata_item","each":"attributes.value"},"as":"serial","let":{"flag":{"call":"lower","args":["$serial"]}},"when":{"all":[{"equals":["$attributes.key","serial-port-enable"]},{"in":["$flag",["true","1","t","y","yes","on"]]}]},"message":"{name} enables the interactive serial console for every instance of the project (serial-port-enable metadata). Remove it and replace machines to change them."},{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":"aws_ec2_instance_connect_endpoint"},{"format":"cloudformation","kind":"resource","type":"AWS::EC2::InstanceConnectEndpoint"}],"message":"{name} is an EC2 Instance Connect endpoint: a path for SSH and RDP sessions into private instances. Remove it and replace instances to change them."},{"select":[{"format":["terraform","pulumi"],"type":"aws_ssm_document","each":"attributes.document_type"},{"format":"cloudformation","type":"AWS::SSM::Document","each":"attributes.DocumentType"}],"as":"documentType","when":{"equals":["$documentType","Session"]},"message":"{name} is a Session Manager document (type Session) that configures interactive shells on managed instances. Remove it and replace instances to change them."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"ACC-005","title":"cfn-hup reconfiguration","level":"error","securitySeverity":"7.0","precision":"high","tags":["security","immutability","ACC"],"formats":["cloudformation"],"enabled":true,"description":"cfn-hup is a daemon that polls the stack\'s metadata and re-runs `cfn-init` on a live instance whenever `AWS::CloudFormation::Init` changes: a stack update then patches running machines in place instead of replacing them, and the result depends on each machine\'s history. The rule fires on an EC2 instance, launch template or launch configuration whose user data runs `cfn-hup` (reported once, at `UserData`), or whose `AWS::CloudFormation::Init` writes `/etc/cfn/cfn-hup.conf` or a hook under `/etc/cfn/hooks.d/` (reported at that file\'s key) or enables the `cfn-hup` service (at the service\'s key). A resource gives one finding: at `UserData` when its user data runs cfn-hup, else at the first such file or service; the other places are its related locations. User data written with `Fn::Sub` or `Fn::Base64` is read as the visible template text.","remediation":"Remove cfn-hup and its hooks. Change instances by changing their launch template (a new version) and rolling the group, so that every change is a replacement.","examples":{"cloudformation":"AppLaunchTemplate:\\n  Type: AWS::EC2::LaunchTemplate\\n  Properties:\\n    LaunchTemplateData:\\n      ImageId: !Ref BakedAmiId   # everything the app needs is in the image\\n      InstanceType: t3.micro\\n"},"references":["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-hup.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-init.html"],"sourceFile":"ACC-005.yaml","checks":[{"select":[{"format":"cloudformation","kind":"resource","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration"],"each":"attributes.UserData"},{"format":"cloudformation","kind":"resource","type":"AWS::EC2::LaunchTemplate","each":"attributes.LaunchTemplateData.UserData"}],"as":"userData","let":{"command":{"call":"firstCommand","args":["$userData",["(?<![\\\\w.$@-])(?:/[\\\\w.-]+)*/?cfn-hup(?![\\\\w.-])"]]}},"when":{"matches":["$command","."]},"message":"{name} starts cfn-hup in its UserData, so stack updates re-configure running instances in place. Remove cfn-hup from the user data and roll out changes by replacing instances."},{"select":[{"format":"cloudformation","kind":"resource","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration","AWS::EC2::LaunchTemplate"],"each":"options.metadata[\\"AWS::CloudFormation::Init\\"][*].files[*]"}],"as":"file","when":{"matches":["$key","^/etc/cfn/(cfn-hup\\\\.conf$|hooks\\\\.d/)"]},"message":"{name} writes {key} through cfn-init, which makes cfn-hup re-apply metadata changes to running instances. Remove the file from AWS::CloudFormation::Init and roll out changes by replacing instances."},{"select":[{"format":"cloudformation","kind":"resource","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration","AWS::EC2::LaunchTemplate"],"each":"options.metadata[\\"AWS::CloudFormation::Init\\"][*].services[*][\\"cfn-hup\\"]"}],"as":"service","when":{"not":{"equals":["$service.enabled",false]}},"message":"{name} enables the cfn-hup service through cfn-init, so stack updates re-configure running instances in place. Remove the cfn-hup service from AWS::CloudFormation::Init and roll out changes by replacing instances."}],"params":{},"paramValues":{},"onePer":"resource"},{"id":"ACC-006","title":"cfn-init boot configuration","level":"warning","securitySeverity":"5.0","precision":"very-high","tags":["security","immutability","ACC"],"formats":["cloudformation"],"enabled":true,"description":"`AWS::CloudFormation::Init` metadata makes each instance install packages, write files and start services when it boots: configuration management at boot time. Two instances launched a week apart get different package versions, a failed mirror breaks scaling, and the machine that runs is not the artifact that was tested. The rule fires on EC2 instances, launch templates and launch configurations that carry it, at the metadata key.","remediation":"Bake packages, files and services into the machine image (EC2 Image Builder, Packer) and keep only per-instance parameters in user data or the parameter store.","examples":{"cloudformation":"AppInstance:\\n  Type: AWS::EC2::Instance\\n  Properties:\\n    ImageId: !Ref BakedAmiId   # built by EC2 Image Builder with the app installed\\n    InstanceType: t3.micro\\n"},"references":["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-init.html","https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html"],"sourceFile":"ACC-006.yaml","checks":[{"select":{"format":"cloudformation","kind":"resource","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration","AWS::EC2::LaunchTemplate"]},"when":{"present":"$options.metadata[\\"AWS::CloudFormation::Init\\"]"},"at":"$options.metadata[\\"AWS::CloudFormation::Init\\"]","message":"{name} configures itself at boot with AWS::CloudFormation::Init, so each instance installs and configures its own software. Bake the packages, files and services into the machine image and remove the metadata."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"ACC-007","title":"Package install or config management at boot","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","ACC","boot-script","supply-chain"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A machine that installs or upgrades software when it boots is not the image that was built, tested and scanned: every boot resolves package versions again, against whatever the repositories serve that day, so two instances of one launch template can run different software, a rollback does not roll back, and a compromised mirror reaches production without a build. Configuration-management agents started at boot (Ansible pull, Chef, Puppet, Salt, DSC) do the same and keep changing the machine afterwards. The rule reads boot scripts after decoding them: Terraform and Pulumi `user_data` / `user_data_base64` (`userData`) of EC2 instances, launch templates, launch configurations, spot requests and Lightsail instances (Pulumi `aws-native` instances and launch templates too); GCP `metadata_startup_script` and the `startup-script`, `user-data`, `windows-startup-script-*` and `sysprep-specialize-script-*` metadata of instances, templates and project metadata; Azure `custom_data` / `user_data` of virtual machines and scale sets (Pulumi `azure-native` too); DigitalOcean droplets and Hetzner servers; CloudFormation `UserData` of instances, launch configurations, launch templates (`LaunchTemplateData.UserData`), spot fleets and Lightsail instances. Scripts are read through `base64encode`, `filebase64`, `file`, `templatefile`, heredocs, `Fn::Base64` with `Fn::Sub` or `Fn::Join` (the visible text), Pulumi template literals, `Buffer.from(...).toString(\\"base64\\")`, `fs.readFileSync` of a repository file and strings built in `.apply` callbacks, and base64 (also gzip+base64) literals. It fires on `apt`/`apt-get`/`aptitude` `install`, `upgrade`, `dist-upgrade`, `full-upgrade`; `yum`/`dnf`/`microdnf`/`tdnf` `install`, `update`, `upgrade`, `groupinstall`, `localinstall`; `apk add|upgrade`; `zypper in|install|up|update|dup|patch`; `pacman -S`; `snap install|refresh`; `rpm -i|-U|-F`, `dpkg -i`; `amazon-linux-extras install`; `pip`/`pip3`/`pipx`/`python -m pip install`; `npm`/`pnpm` `install|i|ci|add|update`, `yarn add`; `gem install|update`; Windows `choco`/`winget` `install|upgrade`, `Install-Package`, `Install-Module`, `Install-WindowsFeature`, `msiexec /i`; running a script whose name says it installs (`./efa_installer.sh -y`, `sudo bash /tmp/install-agent.sh`); and the configuration-management runs `ansible-pull`, `ansible-playbook`, `chef-client`, `chef-solo`, `cinc-client`, `puppet agent|apply`, `salt-call`, `Start-DscConfiguration`. A cloud-init `#cloud-config` document installs packages too: a top-level `packages:` list, `package_upgrade: true`, or a `chef:`, `puppet:`, `salt_minion:` or `ansible:` module; `runcmd` entries are read as commands, list form included. Refreshing the package index alone (`apt-get update`, `package_update: true`) is not reported, nor are commented-out lines (`# yum install ...`), text that is only printed (`echo \\"apt-get install ...\\"`) or words that only contain a command name (`installer`). One finding per script, at the key that holds it (`user_data`, `UserData`, `userData`, `custom_data`, the metadata key), naming the first command found. A script, or a part standing where a command could be, that is not known statically (a variable, a `template_file` or `cloudinit_config` data source\'s `rendered`) is not judged.","remediation":"Install packages and agents when the image is built (Packer, EC2 Image Builder, a Dockerfile) and boot the image as it is; keep user data to instance-specific configuration (names, endpoints, secrets references) and ship a new image to change software.","examples":{"terraform":"resource \\"aws_launch_template\\" \\"web\\" {\\n  image_id  = data.aws_ami.web_baked.id   # nginx is installed in the image\\n  user_data = base64encode(<<-EOT\\n    #!/bin/bash\\n    echo \\"ENVIRONMENT=prod\\" >> /etc/web.env\\n    systemctl start nginx\\n  EOT\\n  )\\n}\\n","cloudformation":"WebLaunchTemplate:\\n  Type: AWS::EC2::LaunchTemplate\\n  Properties:\\n    LaunchTemplateData:\\n      ImageId: !Ref BakedWebAmi     # packages are part of the image\\n      UserData:\\n        Fn::Base64: !Sub |\\n          #!/bin/bash\\n          echo \\"STACK=${AWS::StackName}\\" >> /etc/web.env\\n          systemctl start nginx\\n","pulumi":"new aws.ec2.LaunchTemplate(\\"web\\", {\\n  imageId: bakedAmi.id, // nginx is installed in the image\\n  userData: Buffer.from(\\"#!/bin/bash\\\\nsystemctl start nginx\\\\n\\").toString(\\"base64\\"),\\n});\\n"},"references":["https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/rel_tracking_change_management_immutable_infrastructure.html","https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html","https://cloudinit.readthedocs.io/en/latest/reference/modules.html#package-update-upgrade-install","https://cloud.google.com/compute/docs/instances/startup-scripts/linux"],"sourceFile":"ACC-007.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":["aws_instance","aws_launch_configuration","aws_spot_instance_request","aws:ec2/spotInstanceRequest:SpotInstanceRequest"],"each":["attributes.user_data","attributes.user_data_base64"]},{"format":["terraform","pulumi"],"type":["aws_launch_template","aws_lightsail_instance"],"each":"attributes.user_data"},{"format":["terraform","pulumi"],"type":["aws_spot_fleet_request","aws:ec2/spotFleetRequest:SpotFleetRequest"],"each":["attributes.launch_specification[*].user_data","attributes.launch_specifications[*].user_data"]},{"format":["terraform","pulumi"],"type":["google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_compute_instance_from_template"],"each":["attributes.metadata_startup_script","attributes.metadata[\\"startup-script\\"]","attributes.metadata[\\"user-data\\"]","attributes.metadata[\\"windows-startup-script-ps1\\"]","attributes.metadata[\\"windows-startup-script-cmd\\"]","attributes.metadata[\\"windows-startup-script-bat\\"]","attributes.metadata[\\"sysprep-specialize-script-ps1\\"]","attributes.metadata[\\"sysprep-specialize-script-cmd\\"]","attributes.metadata[\\"sysprep-specialize-script-bat\\"]"]},{"format":["terraform","pulumi"],"type":"google_compute_project_metadata","each":["attributes.metadata[\\"startup-script\\"]","attributes.metadata[\\"user-data\\"]","attributes.metadata[\\"windows-startup-script-ps1\\"]","attributes.metadata[\\"windows-startup-script-cmd\\"]","attributes.metadata[\\"windows-startup-script-bat\\"]"]},{"format":["terraform","pulumi"],"type":["azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_linux_virtual_machine_scale_set","azurerm_windows_virtual_machine_scale_set","azure:compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet","azure:compute/windowsVirtualMachineScaleSet:WindowsVirtualMachineScaleSet"],"each":["attributes.custom_data","attributes.user_data"]},{"format":["terraform","pulumi"],"type":["azurerm_orchestrated_virtual_machine_scale_set","azure:compute/orchestratedVirtualMachineScaleSet:OrchestratedVirtualMachineScaleSet"],"each":["attributes.os_profile[*].custom_data","attributes.user_data_base64"]},{"format":["terraform","pulumi"],"type":["azurerm_virtual_machine","azurerm_virtual_machine_scale_set","azure:compute/virtualMachine:VirtualMachine","azure:compute/scaleSet:ScaleSet"],"each":"attributes.os_profile[*].custom_data"},{"format":["terraform","pulumi"],"type":["digitalocean_droplet","hcloud_server","hcloud:index/server:Server"],"each":"attributes.user_data"},{"format":"pulumi","type":["aws-native:ec2:Instance"],"each":"attributes.userData"},{"format":"pulumi","type":["aws-native:ec2:LaunchTemplate"],"each":"attributes.launchTemplateData.userData"},{"format":"pulumi","type":["azure-native:compute:VirtualMachine"],"each":["attributes.osProfile.customData","attributes.userData"]},{"format":"pulumi","type":["azure-native:compute:VirtualMachineScaleSet"],"each":["attributes.virtualMachineProfile.osProfile.customData","attributes.virtualMachineProfile.userData"]},{"format":"cloudformation","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration","AWS::Lightsail::Instance"],"each":"attributes.UserData"},{"format":"cloudformation","type":"AWS::EC2::LaunchTemplate","each":"attributes.LaunchTemplateData.UserData"},{"format":"cloudformation","type":"AWS::EC2::SpotFleet","each":"attributes.SpotFleetRequestConfigData.LaunchSpecifications[*].UserData"}],"as":"script","let":{"command":{"call":"firstCommand","args":["$script","$params.commands"]}},"when":{"matches":["$command","."]},"message":"{name} installs software when it boots (`{command}` in its boot script). Install it in the image instead and boot the image unchanged."},{"select":{"format":["terraform","pulumi"],"type":"google_compute_project_metadata_item","each":"attributes.value"},"as":"script","let":{"command":{"call":"firstCommand","args":["$script","$params.commands"]}},"when":{"all":[{"in":["$attributes.key",["startup-script","user-data","windows-startup-script-ps1","windows-startup-script-cmd","windows-startup-script-bat"]]},{"matches":["$command","."]}]},"message":"{name} sets a project-wide startup script that installs software at boot (`{command}`). Install it in the image instead and boot the image unchanged."}],"params":{"commands":{"description":"Regular expressions for commands that install software or run configuration management, matched on each command line of a boot script (comments removed; `(?i)` at the start ignores case). The first line one matches is the finding.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:apt-get|apt|aptitude)(?:\\\\s+(?:-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?|[\\\\w:.]+=\\\\S+))*\\\\s+(?:install|reinstall|upgrade|dist-upgrade|full-upgrade)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:yum|dnf|microdnf|tdnf)(?:\\\\s+(?:-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?|[\\\\w:.]+=\\\\S+))*\\\\s+(?:install|reinstall|localinstall|groupinstall|group\\\\s+install|module\\\\s+install|update|upgrade|distro-sync)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?apk(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?)*\\\\s+(?:add|upgrade)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?zypper(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?)*\\\\s+(?:in|install|up|update|dup|dist-upgrade|patch)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?pacman(?:\\\\s+--[\\\\w-]+)*\\\\s+(?:-S[yuw]*|--sync)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?snap(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+(?:install|refresh)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?rpm(?:\\\\s+\\\\S+)*?\\\\s+(?:-[iUF][a-zA-Z]*|--install|--upgrade|--freshen)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?dpkg(?:\\\\s+\\\\S+)*?\\\\s+(?:-i|--install)(?![\\\\w-])","(?<![\\\\w.$/@-])amazon-linux-extras(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+install(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:pip[\\\\d.]*|pipx|python[\\\\d.]*\\\\s+-m\\\\s+pip|uv\\\\s+pip)(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?)*\\\\s+install(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:npm|pnpm)(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+)?)*\\\\s+(?:install|i|ci|add|update|upgrade)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?yarn(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+)?)*\\\\s+(?:global\\\\s+)?add(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?gem(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+)?)*\\\\s+(?:install|update)(?![\\\\w-])","(?i)(?<![\\\\w.$/@\\\\\\\\-])(?:choco|winget)(?:\\\\.exe)?(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+(?:install|upgrade)(?![\\\\w-])","(?i)(?<![\\\\w.$/@\\\\\\\\-])cinst(?:\\\\.exe)?\\\\s","(?i)(?<![\\\\w.$/@\\\\\\\\-])(?:Install-Package|Install-Module|Install-PSResource|Install-WindowsFeature|Add-WindowsFeature|Enable-WindowsOptionalFeature)(?![\\\\w-])","(?i)(?<![\\\\w.$/@\\\\\\\\-])msiexec(?:\\\\.exe)?\\\\b.*?[\\\\s\'\\"]/(?:i|package|update)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:sudo\\\\s+)?(?:/[\\\\w.-]+)*/?(?:ba|da|z|k)?sh\\\\s+(?:-\\\\S+\\\\s+)*(?:[\\\\w.~-]*/)*[\\\\w.-]*install[\\\\w.-]*\\\\.sh(?![\\\\w.-])","(?<=(?:^|[;&|(`]|\\\\bthen|\\\\bdo|\\\\bsudo)\\\\s*)(?:\\\\.{1,2}|~)?/(?:[\\\\w.-]+/)*[\\\\w.-]*install[\\\\w.-]*\\\\.sh(?![\\\\w.-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:ansible-pull|ansible-playbook|chef-client|chef-solo|cinc-client|salt-call)(?![\\\\w.-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?puppet(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+(?:agent|apply)(?![\\\\w-])","(?i)(?<![\\\\w-])Start-DscConfiguration(?![\\\\w-])","^[\\"\']?packages[\\"\']?:[ \\\\t]*(?:$|\\\\[[ \\\\t]*[^\\\\] \\\\t])","(?i)^[\\"\']?package_upgrade[\\"\']?:[ \\\\t]*(?:true|yes|on)\\\\b","^[\\"\']?(?:chef|puppet|salt_minion|ansible)[\\"\']?:"]}},"paramValues":{"commands":["(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:apt-get|apt|aptitude)(?:\\\\s+(?:-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?|[\\\\w:.]+=\\\\S+))*\\\\s+(?:install|reinstall|upgrade|dist-upgrade|full-upgrade)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:yum|dnf|microdnf|tdnf)(?:\\\\s+(?:-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?|[\\\\w:.]+=\\\\S+))*\\\\s+(?:install|reinstall|localinstall|groupinstall|group\\\\s+install|module\\\\s+install|update|upgrade|distro-sync)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?apk(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?)*\\\\s+(?:add|upgrade)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?zypper(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?)*\\\\s+(?:in|install|up|update|dup|dist-upgrade|patch)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?pacman(?:\\\\s+--[\\\\w-]+)*\\\\s+(?:-S[yuw]*|--sync)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?snap(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+(?:install|refresh)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?rpm(?:\\\\s+\\\\S+)*?\\\\s+(?:-[iUF][a-zA-Z]*|--install|--upgrade|--freshen)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?dpkg(?:\\\\s+\\\\S+)*?\\\\s+(?:-i|--install)(?![\\\\w-])","(?<![\\\\w.$/@-])amazon-linux-extras(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+install(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:pip[\\\\d.]*|pipx|python[\\\\d.]*\\\\s+-m\\\\s+pip|uv\\\\s+pip)(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+|\\\\s+[^\\\\s-]\\\\S*)?)*\\\\s+install(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:npm|pnpm)(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+)?)*\\\\s+(?:install|i|ci|add|update|upgrade)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?yarn(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+)?)*\\\\s+(?:global\\\\s+)?add(?![\\\\w-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?gem(?:\\\\s+-{1,2}[\\\\w-]+(?:=\\\\S+)?)*\\\\s+(?:install|update)(?![\\\\w-])","(?i)(?<![\\\\w.$/@\\\\\\\\-])(?:choco|winget)(?:\\\\.exe)?(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+(?:install|upgrade)(?![\\\\w-])","(?i)(?<![\\\\w.$/@\\\\\\\\-])cinst(?:\\\\.exe)?\\\\s","(?i)(?<![\\\\w.$/@\\\\\\\\-])(?:Install-Package|Install-Module|Install-PSResource|Install-WindowsFeature|Add-WindowsFeature|Enable-WindowsOptionalFeature)(?![\\\\w-])","(?i)(?<![\\\\w.$/@\\\\\\\\-])msiexec(?:\\\\.exe)?\\\\b.*?[\\\\s\'\\"]/(?:i|package|update)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:sudo\\\\s+)?(?:/[\\\\w.-]+)*/?(?:ba|da|z|k)?sh\\\\s+(?:-\\\\S+\\\\s+)*(?:[\\\\w.~-]*/)*[\\\\w.-]*install[\\\\w.-]*\\\\.sh(?![\\\\w.-])","(?<=(?:^|[;&|(`]|\\\\bthen|\\\\bdo|\\\\bsudo)\\\\s*)(?:\\\\.{1,2}|~)?/(?:[\\\\w.-]+/)*[\\\\w.-]*install[\\\\w.-]*\\\\.sh(?![\\\\w.-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:ansible-pull|ansible-playbook|chef-client|chef-solo|cinc-client|salt-call)(?![\\\\w.-])","(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?puppet(?:\\\\s+-{1,2}[\\\\w-]+)*\\\\s+(?:agent|apply)(?![\\\\w-])","(?i)(?<![\\\\w-])Start-DscConfiguration(?![\\\\w-])","^[\\"\']?packages[\\"\']?:[ \\\\t]*(?:$|\\\\[[ \\\\t]*[^\\\\] \\\\t])","(?i)^[\\"\']?package_upgrade[\\"\']?:[ \\\\t]*(?:true|yes|on)\\\\b","^[\\"\']?(?:chef|puppet|salt_minion|ansible)[\\"\']?:"]},"onePer":"element"},{"id":"ACC-008","title":"Boot script from a mutable remote","level":"error","securitySeverity":"7.0","precision":"high","tags":["security","immutability","ACC","boot-script","supply-chain"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A boot script that downloads code and runs it executes whatever the remote serves at boot time: the script reviewed with the infrastructure code is not the one that runs, every scale-out may run a different one, and anyone who can change the URL\'s content, the bucket object or the DNS name gets code execution on every new machine. The rule reads the same boot scripts as ACC-007 (user data, GCP startup scripts and metadata, Azure custom data, CloudFormation `UserData`; decoded from base64, gzip, templates and `Fn::Sub` / `Fn::Join` text) and fires on a download piped into an interpreter (`curl ... | sh`, `wget -qO- ... | sudo -E bash -`, `| python3`, PowerShell `iwr ... | iex`), process or command substitution of a download (`bash <(curl ...)`, `sh -c \\"$(curl ...)\\"`, `eval \\"$(wget -O- ...)\\"`, `iex ((New-Object Net.WebClient).DownloadString(...))`), a script copied from object storage by a mutable name (`aws s3 cp s3://.../x.sh`: the high-level `aws s3` commands cannot name an object version; `aws s3api get-object` and `Read-S3Object` / `Copy-S3Object` without `--version-id` / `-Version`; `gsutil cp` / `gcloud storage cp` of `gs://...` without a `#generation`; `az storage blob download` without `--version-id`; a copy piped into a shell), and GCP `startup-script-url` (also `windows-startup-script-url`, `sysprep-specialize-script-url`, `shutdown-script-url`, `windows-shutdown-script-url`) metadata, which the guest agent fetches at every boot. A reference counts as pinned, and is not reported, when the command names an object version (`--version-id`, `-Version`, `versionId=` in a URL, `gs://...#generation`) or the URL carries a full 40-hex commit (`raw.githubusercontent.com/org/repo/<sha>/install.sh`). A script downloaded to a file and run in a later command is not recognised (a checksum check may sit between the two). One finding per script, at the key that holds it, naming the first command found; the metadata URL keys are reported at that key.","remediation":"Put the script and what it installs into the image. If something must be fetched at boot, fetch an immutable reference (an S3 object version with `aws s3api get-object --version-id`, a `gs://...#generation`, a commit-pinned URL) and verify its checksum before running it.","examples":{"terraform":"resource \\"aws_launch_template\\" \\"web\\" {\\n  image_id  = data.aws_ami.web_baked.id\\n  user_data = base64encode(<<-EOT\\n    #!/bin/bash\\n    aws s3api get-object --bucket acme-boot --key web/configure.sh \\\\\\n      --version-id 3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY /tmp/configure.sh\\n    echo \\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /tmp/configure.sh\\" | sha256sum -c\\n    bash /tmp/configure.sh\\n  EOT\\n  )\\n}\\n","cloudformation":"WebLaunchTemplate:\\n  Type: AWS::EC2::LaunchTemplate\\n  Properties:\\n    LaunchTemplateData:\\n      ImageId: !Ref BakedWebAmi   # the agent is installed in the image\\n      UserData:\\n        Fn::Base64: !Sub |\\n          #!/bin/bash\\n          systemctl start agent\\n","pulumi":"new gcp.compute.Instance(\\"web\\", {\\n  // ...\\n  metadata: {\\n    \\"block-project-ssh-keys\\": \\"TRUE\\",\\n    \\"startup-script\\": \\"#!/bin/bash\\\\nsystemctl start web\\\\n\\",   // inline, reviewed with the code\\n  },\\n});\\n"},"references":["https://docs.aws.amazon.com/cli/latest/reference/s3api/get-object.html","https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html","https://cloud.google.com/compute/docs/instances/startup-scripts/linux#passing-remote","https://cloud.google.com/storage/docs/object-versioning","https://www.idontplaydarts.com/2016/04/detecting-curl-pipe-bash-server-side/"],"sourceFile":"ACC-008.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":["aws_instance","aws_launch_configuration","aws_spot_instance_request","aws:ec2/spotInstanceRequest:SpotInstanceRequest"],"each":["attributes.user_data","attributes.user_data_base64"]},{"format":["terraform","pulumi"],"type":["aws_launch_template","aws_lightsail_instance"],"each":"attributes.user_data"},{"format":["terraform","pulumi"],"type":["aws_spot_fleet_request","aws:ec2/spotFleetRequest:SpotFleetRequest"],"each":["attributes.launch_specification[*].user_data","attributes.launch_specifications[*].user_data"]},{"format":["terraform","pulumi"],"type":["google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_compute_instance_from_template"],"each":["attributes.metadata_startup_script","attributes.metadata[\\"startup-script\\"]","attributes.metadata[\\"user-data\\"]","attributes.metadata[\\"windows-startup-script-ps1\\"]","attributes.metadata[\\"windows-startup-script-cmd\\"]","attributes.metadata[\\"windows-startup-script-bat\\"]","attributes.metadata[\\"sysprep-specialize-script-ps1\\"]","attributes.metadata[\\"sysprep-specialize-script-cmd\\"]","attributes.metadata[\\"sysprep-specialize-script-bat\\"]"]},{"format":["terraform","pulumi"],"type":"google_compute_project_metadata","each":["attributes.metadata[\\"startup-script\\"]","attributes.metadata[\\"user-data\\"]","attributes.metadata[\\"windows-startup-script-ps1\\"]","attributes.metadata[\\"windows-startup-script-cmd\\"]","attributes.metadata[\\"windows-startup-script-bat\\"]"]},{"format":["terraform","pulumi"],"type":["azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_linux_virtual_machine_scale_set","azurerm_windows_virtual_machine_scale_set","azure:compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet","azure:compute/windowsVirtualMachineScaleSet:WindowsVirtualMachineScaleSet"],"each":["attributes.custom_data","attributes.user_data"]},{"format":["terraform","pulumi"],"type":["azurerm_orchestrated_virtual_machine_scale_set","azure:compute/orchestratedVirtualMachineScaleSet:OrchestratedVirtualMachineScaleSet"],"each":["attributes.os_profile[*].custom_data","attributes.user_data_base64"]},{"format":["terraform","pulumi"],"type":["azurerm_virtual_machine","azurerm_virtual_machine_scale_set","azure:compute/virtualMachine:VirtualMachine","azure:compute/scaleSet:ScaleSet"],"each":"attributes.os_profile[*].custom_data"},{"format":["terraform","pulumi"],"type":["digitalocean_droplet","hcloud_server","hcloud:index/server:Server"],"each":"attributes.user_data"},{"format":"pulumi","type":["aws-native:ec2:Instance"],"each":"attributes.userData"},{"format":"pulumi","type":["aws-native:ec2:LaunchTemplate"],"each":"attributes.launchTemplateData.userData"},{"format":"pulumi","type":["azure-native:compute:VirtualMachine"],"each":["attributes.osProfile.customData","attributes.userData"]},{"format":"pulumi","type":["azure-native:compute:VirtualMachineScaleSet"],"each":["attributes.virtualMachineProfile.osProfile.customData","attributes.virtualMachineProfile.userData"]},{"format":"cloudformation","type":["AWS::EC2::Instance","AWS::AutoScaling::LaunchConfiguration","AWS::Lightsail::Instance"],"each":"attributes.UserData"},{"format":"cloudformation","type":"AWS::EC2::LaunchTemplate","each":"attributes.LaunchTemplateData.UserData"},{"format":"cloudformation","type":"AWS::EC2::SpotFleet","each":"attributes.SpotFleetRequestConfigData.LaunchSpecifications[*].UserData"}],"as":"script","let":{"command":{"call":"firstCommand","args":["$script","$params.commands","$params.pinned"]}},"when":{"matches":["$command","."]},"message":"{name} runs code fetched at boot from a location that can change (`{command}` in its boot script). Bake it into the image, or fetch an immutable version and verify its checksum."},{"select":{"format":["terraform","pulumi"],"type":"google_compute_project_metadata_item","each":"attributes.value"},"as":"script","let":{"command":{"call":"firstCommand","args":["$script","$params.commands","$params.pinned"]}},"when":{"all":[{"in":["$attributes.key",["startup-script","user-data","windows-startup-script-ps1","windows-startup-script-cmd","windows-startup-script-bat"]]},{"matches":["$command","."]}]},"message":"{name} sets a project-wide startup script that runs code fetched at boot from a location that can change (`{command}`). Bake it into the image, or fetch an immutable version and verify its checksum."},{"select":{"format":["terraform","pulumi"],"type":["google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_compute_instance_from_template","google_compute_project_metadata"],"each":["attributes.metadata[\\"startup-script-url\\"]","attributes.metadata[\\"windows-startup-script-url\\"]","attributes.metadata[\\"sysprep-specialize-script-url\\"]","attributes.metadata[\\"shutdown-script-url\\"]","attributes.metadata[\\"windows-shutdown-script-url\\"]"]},"as":"url","when":{"matches":["$url","\\\\S"]},"message":"{name} runs the script at \\"{url}\\" ({key} metadata) on every boot, so whoever can change that object changes what the machines run. Inline the script in metadata or bake it into the image."},{"select":{"format":["terraform","pulumi"],"type":"google_compute_project_metadata_item","each":"attributes.value"},"as":"url","when":{"all":[{"in":["$attributes.key",["startup-script-url","windows-startup-script-url","sysprep-specialize-script-url","shutdown-script-url","windows-shutdown-script-url"]]},{"matches":["$url","\\\\S"]}]},"message":"{name} makes every instance of the project run the script at \\"{url}\\" ({attributes.key} metadata) on boot, so whoever can change that object changes what the machines run. Inline the script in metadata or bake it into the image."}],"params":{"commands":{"description":"Regular expressions for commands that run code fetched from a place whose content can change, matched on each command line of a boot script (comments removed; `(?i)` at the start ignores case).","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:curl|wget|fetch)(?![\\\\w-])(?:[^;&\\\\n]|&(?!&))*?\\\\|\\\\s*(?:sudo(?:\\\\s+-\\\\S+)*\\\\s+)?(?:env(?:\\\\s+\\\\S+=\\\\S*)*\\\\s+)?(?:/[\\\\w.-]+)*/?(?:(?:ba|da|z|k|c|tc|fi)?sh|python[\\\\d.]*|perl|ruby|node|pwsh|powershell(?:\\\\.exe)?)(?![\\\\w.-])","(?<![\\\\w.$/@-])(?:(?:/[\\\\w.-]+)*/?(?:ba|da|z|k)?sh|source|\\\\.)\\\\s+(?:-\\\\S+\\\\s+)*<\\\\(\\\\s*(?:curl|wget)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:(?:/[\\\\w.-]+)*/?(?:ba|da|z|k)?sh\\\\s+(?:-\\\\S+\\\\s+)*-c|eval)\\\\s+[\\\\\\"\']?\\\\$\\\\(\\\\s*(?:curl|wget)(?![\\\\w-])","(?i)(?<![\\\\w-])(?:iex|Invoke-Expression)(?![\\\\w-])[^\\\\n]*?(?:DownloadString|Invoke-WebRequest|Invoke-RestMethod|(?<![\\\\w-])iwr(?![\\\\w-])|(?<![\\\\w-])irm(?![\\\\w-]))","(?i)(?<![\\\\w-])(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm|\\\\(New-Object[^)]*\\\\)\\\\.DownloadString)(?![\\\\w-])[^\\\\n]*?\\\\|\\\\s*(?:iex|Invoke-Expression)(?![\\\\w-])","(?<![\\\\w.$/@-])aws(?:\\\\s+--?[\\\\w-]+(?:[= ][^\\\\s-]\\\\S*)?)*\\\\s+s3\\\\s+cp(?![\\\\w-])[^\\\\n]*?\\\\ss3://[^\\\\s\\\\\\"\';|&]+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])","(?<![\\\\w.$/@-])aws(?:\\\\s+--?[\\\\w-]+(?:[= ][^\\\\s-]\\\\S*)?)*\\\\s+s3\\\\s+cp(?![\\\\w-])[^|\\\\n]*?\\\\ss3://\\\\S+\\\\s+-(?:\\\\s[^|\\\\n]*)?\\\\|\\\\s*(?:sudo(?:\\\\s+-\\\\S+)*\\\\s+)?(?:env(?:\\\\s+\\\\S+=\\\\S*)*\\\\s+)?(?:/[\\\\w.-]+)*/?(?:(?:ba|da|z|k|c|tc|fi)?sh|python[\\\\d.]*|perl|ruby|node|pwsh|powershell(?:\\\\.exe)?)(?![\\\\w.-])","(?<![\\\\w.$/@-])aws(?:\\\\s+--?[\\\\w-]+(?:[= ][^\\\\s-]\\\\S*)?)*\\\\s+s3api\\\\s+get-object(?![\\\\w-])(?![^\\\\n]*--version-id)[^\\\\n]*?--key[\\\\s=]+[\\\\\\"\']?[^\\\\s\\\\\\"\']+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])","(?i)(?<![\\\\w-])(?:Read-S3Object|Copy-S3Object)(?![\\\\w-])(?![^\\\\n]*\\\\s-Version)[^\\\\n]*?\\\\s-Key\\\\s+[\\\\\\"\']?[^\\\\s\\\\\\"\']+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])","(?<![\\\\w.$/@-])(?:gsutil(?:\\\\s+-\\\\S+)*\\\\s+cp|gcloud\\\\s+storage\\\\s+cp)(?![\\\\w-])[^\\\\n]*?\\\\sgs://[^\\\\s\\\\\\"\'#;|&]+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.#])","(?<![\\\\w.$/@-])(?:gsutil(?:\\\\s+-\\\\S+)*\\\\s+cat|gcloud\\\\s+storage\\\\s+cat)(?![\\\\w-])[^|\\\\n]*?gs://[^|\\\\n]*\\\\|\\\\s*(?:sudo(?:\\\\s+-\\\\S+)*\\\\s+)?(?:env(?:\\\\s+\\\\S+=\\\\S*)*\\\\s+)?(?:/[\\\\w.-]+)*/?(?:(?:ba|da|z|k|c|tc|fi)?sh|python[\\\\d.]*|perl|ruby|node|pwsh|powershell(?:\\\\.exe)?)(?![\\\\w.-])","(?<![\\\\w.$/@-])az\\\\s+storage\\\\s+blob\\\\s+download(?![\\\\w-])(?![^\\\\n]*--version-id)[^\\\\n]*?\\\\s(?:--name|-n)[\\\\s=]+[\\\\\\"\']?[^\\\\s\\\\\\"\']+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])"]},"pinned":{"description":"Regular expressions that mark a matched command as pinned to immutable content (a full commit in the URL, an S3 object version in a URL); such a command is not reported.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["[0-9a-f]{40}","[?&]versionId="]}},"paramValues":{"commands":["(?<![\\\\w.$/@-])(?:/[\\\\w.-]+)*/?(?:curl|wget|fetch)(?![\\\\w-])(?:[^;&\\\\n]|&(?!&))*?\\\\|\\\\s*(?:sudo(?:\\\\s+-\\\\S+)*\\\\s+)?(?:env(?:\\\\s+\\\\S+=\\\\S*)*\\\\s+)?(?:/[\\\\w.-]+)*/?(?:(?:ba|da|z|k|c|tc|fi)?sh|python[\\\\d.]*|perl|ruby|node|pwsh|powershell(?:\\\\.exe)?)(?![\\\\w.-])","(?<![\\\\w.$/@-])(?:(?:/[\\\\w.-]+)*/?(?:ba|da|z|k)?sh|source|\\\\.)\\\\s+(?:-\\\\S+\\\\s+)*<\\\\(\\\\s*(?:curl|wget)(?![\\\\w-])","(?<![\\\\w.$/@-])(?:(?:/[\\\\w.-]+)*/?(?:ba|da|z|k)?sh\\\\s+(?:-\\\\S+\\\\s+)*-c|eval)\\\\s+[\\\\\\"\']?\\\\$\\\\(\\\\s*(?:curl|wget)(?![\\\\w-])","(?i)(?<![\\\\w-])(?:iex|Invoke-Expression)(?![\\\\w-])[^\\\\n]*?(?:DownloadString|Invoke-WebRequest|Invoke-RestMethod|(?<![\\\\w-])iwr(?![\\\\w-])|(?<![\\\\w-])irm(?![\\\\w-]))","(?i)(?<![\\\\w-])(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm|\\\\(New-Object[^)]*\\\\)\\\\.DownloadString)(?![\\\\w-])[^\\\\n]*?\\\\|\\\\s*(?:iex|Invoke-Expression)(?![\\\\w-])","(?<![\\\\w.$/@-])aws(?:\\\\s+--?[\\\\w-]+(?:[= ][^\\\\s-]\\\\S*)?)*\\\\s+s3\\\\s+cp(?![\\\\w-])[^\\\\n]*?\\\\ss3://[^\\\\s\\\\\\"\';|&]+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])","(?<![\\\\w.$/@-])aws(?:\\\\s+--?[\\\\w-]+(?:[= ][^\\\\s-]\\\\S*)?)*\\\\s+s3\\\\s+cp(?![\\\\w-])[^|\\\\n]*?\\\\ss3://\\\\S+\\\\s+-(?:\\\\s[^|\\\\n]*)?\\\\|\\\\s*(?:sudo(?:\\\\s+-\\\\S+)*\\\\s+)?(?:env(?:\\\\s+\\\\S+=\\\\S*)*\\\\s+)?(?:/[\\\\w.-]+)*/?(?:(?:ba|da|z|k|c|tc|fi)?sh|python[\\\\d.]*|perl|ruby|node|pwsh|powershell(?:\\\\.exe)?)(?![\\\\w.-])","(?<![\\\\w.$/@-])aws(?:\\\\s+--?[\\\\w-]+(?:[= ][^\\\\s-]\\\\S*)?)*\\\\s+s3api\\\\s+get-object(?![\\\\w-])(?![^\\\\n]*--version-id)[^\\\\n]*?--key[\\\\s=]+[\\\\\\"\']?[^\\\\s\\\\\\"\']+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])","(?i)(?<![\\\\w-])(?:Read-S3Object|Copy-S3Object)(?![\\\\w-])(?![^\\\\n]*\\\\s-Version)[^\\\\n]*?\\\\s-Key\\\\s+[\\\\\\"\']?[^\\\\s\\\\\\"\']+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])","(?<![\\\\w.$/@-])(?:gsutil(?:\\\\s+-\\\\S+)*\\\\s+cp|gcloud\\\\s+storage\\\\s+cp)(?![\\\\w-])[^\\\\n]*?\\\\sgs://[^\\\\s\\\\\\"\'#;|&]+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.#])","(?<![\\\\w.$/@-])(?:gsutil(?:\\\\s+-\\\\S+)*\\\\s+cat|gcloud\\\\s+storage\\\\s+cat)(?![\\\\w-])[^|\\\\n]*?gs://[^|\\\\n]*\\\\|\\\\s*(?:sudo(?:\\\\s+-\\\\S+)*\\\\s+)?(?:env(?:\\\\s+\\\\S+=\\\\S*)*\\\\s+)?(?:/[\\\\w.-]+)*/?(?:(?:ba|da|z|k|c|tc|fi)?sh|python[\\\\d.]*|perl|ruby|node|pwsh|powershell(?:\\\\.exe)?)(?![\\\\w.-])","(?<![\\\\w.$/@-])az\\\\s+storage\\\\s+blob\\\\s+download(?![\\\\w-])(?![^\\\\n]*--version-id)[^\\\\n]*?\\\\s(?:--name|-n)[\\\\s=]+[\\\\\\"\']?[^\\\\s\\\\\\"\']+\\\\.(?:sh|bash|zsh|ps1|psm1|py|rb|pl|bat|cmd)(?![\\\\w.])"],"pinned":["[0-9a-f]{40}","[?&]versionId="]},"onePer":"element"},{"id":"ACC-009","title":"VM extensions or run-command","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","ACC"],"formats":["terraform","pulumi"],"enabled":true,"description":"Azure VM extensions and run commands execute scripts and configuration on machines that are already running, and run again whenever their settings change: the machine is reconfigured in place, its state depends on which extension versions ran in which order, and anyone who can write the extension resource (or the script it downloads) can run code as root on the fleet. The rule reports configuration extensions on virtual machines and scale sets (`azurerm_virtual_machine_extension`, `azurerm_virtual_machine_scale_set_extension`, `azurerm_arc_machine_extension`, inline `extension` blocks of scale sets, and the Pulumi `azure` and `azure-native` equivalents) whose publisher and type are Custom Script (`Microsoft.Azure.Extensions/CustomScript`, `Microsoft.Compute/CustomScriptExtension`, `Microsoft.OSTCExtensions/CustomScriptForLinux`), PowerShell DSC (`Microsoft.Powershell/DSC`), run command handlers (`Microsoft.CPlat.Core/RunCommand*`), Chef (`Chef.Bootstrap.WindowsAzure`) or Puppet (`Puppet`), at the extension\'s `type` (or the inline block); managed run commands (`azurerm_virtual_machine_run_command`, `azurerm_arc_machine_run_command`, Pulumi `azure-native` run-command resources), at the resource; and Linux and Windows virtual machines and scale sets that leave extension operations allowed (`allow_extension_operations` / `extension_operations_enabled` not false, the default), at the resource, unless the VM agent is not provisioned (`provision_vm_agent = false`), which rules extensions out as well. Other extensions (monitoring agents, Entra ID login, disk encryption) are not reported by themselves, though their VM keeps the header finding. Publisher and type are compared without regard to case; a value that is not known statically is not judged.","remediation":"Bake software and configuration into the image (Azure Image Builder, Packer) and roll the scale set to a new image version instead of running extensions on live machines; set `allow_extension_operations = false` (VMs) or `extension_operations_enabled = false` (scale sets) once no extension is needed.","examples":{"terraform":"resource \\"azurerm_linux_virtual_machine_scale_set\\" \\"web\\" {\\n  name                         = \\"web\\"\\n  source_image_id              = azurerm_shared_image_version.web.id   # configured at build time\\n  extension_operations_enabled = false\\n  # ...\\n}\\n","pulumi":"new azure.compute.LinuxVirtualMachine(\\"web\\", {\\n  sourceImageId: webImage.id,        // configured at build time\\n  allowExtensionOperations: false,\\n  // ...\\n});\\n"},"references":["https://learn.microsoft.com/azure/virtual-machines/extensions/custom-script-linux","https://learn.microsoft.com/azure/virtual-machines/run-command-overview","https://learn.microsoft.com/azure/virtual-machines/extensions/features-linux#block-extensions-on-linux-vms","https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-automatic-upgrade"],"sourceFile":"ACC-009.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":["azurerm_virtual_machine_extension","azurerm_virtual_machine_scale_set_extension","azurerm_arc_machine_extension","azure:compute/virtualMachineScaleSetExtension:VirtualMachineScaleSetExtension","azure:arcmachine/extension:Extension","azure-native:compute:VirtualMachineExtension","azure-native:compute:VirtualMachineScaleSetExtension","azure-native:compute:VirtualMachineScaleSetVMExtension","azure-native:hybridcompute:MachineExtension"]}],"let":{"publisher":{"call":"lower","args":["$attributes.publisher"]},"extension":{"call":"lower","args":["$attributes.type"]}},"when":{"any":[{"in":["$extension","$params.configuration-types"]},{"in":["$publisher","$params.configuration-publishers"]}]},"at":"$attributes.type","message":"{name} runs the {attributes.type} extension ({attributes.publisher}), which executes scripts or configuration on the running VM. Bake that configuration into the image and roll out a new image version instead."},{"select":[{"format":["terraform","pulumi"],"type":["azurerm_linux_virtual_machine_scale_set","azurerm_windows_virtual_machine_scale_set","azurerm_orchestrated_virtual_machine_scale_set","azurerm_virtual_machine_scale_set","azure:compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet","azure:compute/windowsVirtualMachineScaleSet:WindowsVirtualMachineScaleSet","azure:compute/orchestratedVirtualMachineScaleSet:OrchestratedVirtualMachineScaleSet","azure:compute/scaleSet:ScaleSet"],"each":["attributes.extension[*]","attributes.extensions[*]"]},{"format":"pulumi","type":"azure-native:compute:VirtualMachineScaleSet","each":"attributes.virtualMachineProfile.extensionProfile.extensions[*]"}],"as":"ext","let":{"publisher":{"call":"lower","args":["$ext.publisher"]},"extension":{"call":"lower","args":["$ext.type"]}},"when":{"any":[{"in":["$extension","$params.configuration-types"]},{"in":["$publisher","$params.configuration-publishers"]}]},"message":"{name} runs the {ext.type} extension ({ext.publisher}) on its instances, which executes scripts or configuration on running machines. Bake that configuration into the image and roll out a new image version instead."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_virtual_machine_run_command","azurerm_arc_machine*run_command","azure:compute/runCommand:RunCommand","azure:arcmachine/*RunCommand","azure-native:compute:VirtualMachineRunCommandByVirtualMachine","azure-native:compute:VirtualMachineScaleSetVMRunCommand","azure-native:hybridcompute:MachineRunCommand"]},"message":"{name} is a managed run command: a script executed on the running machine and re-run when it changes. Bake the change into the image and roll out a new image version instead."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_linux_virtual_machine","azurerm_windows_virtual_machine"]},"when":{"all":[{"not":{"equals":["$attributes.allow_extension_operations",false]}},{"not":{"equals":["$attributes.extension_operations_enabled",false]}},{"not":{"equals":["$attributes.provision_vm_agent",false]}}]},"message":"{name} allows VM extensions and run commands ({@allow_extension_operations} is not false), which reconfigure it in place. Set {@allow_extension_operations} to false and ship changes as new images."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_linux_virtual_machine_scale_set","azurerm_windows_virtual_machine_scale_set","azurerm_orchestrated_virtual_machine_scale_set","azure:compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet","azure:compute/windowsVirtualMachineScaleSet:WindowsVirtualMachineScaleSet","azure:compute/orchestratedVirtualMachineScaleSet:OrchestratedVirtualMachineScaleSet"]},"when":{"all":[{"not":{"equals":["$attributes.extension_operations_enabled",false]}},{"not":{"equals":["$attributes.provision_vm_agent",false]}}]},"message":"{name} allows VM extensions and run commands on its instances ({@extension_operations_enabled} is not false), which reconfigure them in place. Set {@extension_operations_enabled} to false and ship changes as new images."},{"select":{"format":"pulumi","kind":"resource","type":"azure-native:compute:VirtualMachine"},"when":{"all":[{"not":{"equals":["$attributes.osProfile.allowExtensionOperations",false]}},{"not":{"equals":["$attributes.osProfile.linuxConfiguration.provisionVMAgent",false]}},{"not":{"equals":["$attributes.osProfile.windowsConfiguration.provisionVMAgent",false]}}]},"message":"{name} allows VM extensions and run commands (osProfile.allowExtensionOperations is not false), which reconfigure it in place. Set osProfile.allowExtensionOperations to false and ship changes as new images."},{"select":{"format":"pulumi","kind":"resource","type":"azure-native:compute:VirtualMachineScaleSet"},"when":{"all":[{"not":{"equals":["$attributes.virtualMachineProfile.osProfile.allowExtensionOperations",false]}},{"not":{"equals":["$attributes.virtualMachineProfile.osProfile.linuxConfiguration.provisionVMAgent",false]}},{"not":{"equals":["$attributes.virtualMachineProfile.osProfile.windowsConfiguration.provisionVMAgent",false]}}]},"message":"{name} allows VM extensions and run commands on its instances (virtualMachineProfile.osProfile.allowExtensionOperations is not false), which reconfigure them in place. Set it to false and ship changes as new images."}],"params":{"configuration-types":{"description":"Extension types (compared in lower case) that run scripts or configuration management on the machine.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["customscript","customscriptextension","customscriptforlinux","dsc","runcommandlinux","runcommandhandlerlinux","runcommandhandlerwindows","chefclient","linuxchefclient","puppetagent"]},"configuration-publishers":{"description":"Extension publishers (compared in lower case) all of whose extensions run configuration management.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["chef.bootstrap.windowsazure","puppet","puppetlabs"]}},"paramValues":{"configuration-types":["customscript","customscriptextension","customscriptforlinux","dsc","runcommandlinux","runcommandhandlerlinux","runcommandhandlerwindows","chefclient","linuxchefclient","puppetagent"],"configuration-publishers":["chef.bootstrap.windowsazure","puppet","puppetlabs"]},"onePer":"element"},{"id":"ACC-010","title":"Managed in-place patching","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","ACC","patching"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Patching machines where they run makes every machine the product of its own patch history: two instances of one image differ by the patch runs they happened to catch, a failed patch leaves a half-updated host, and nothing that was tested is what runs. Immutable fleets patch by building a new image and replacing instances. The rule reports the services that change running machines on a schedule: SSM associations (`aws_ssm_association`, `AWS::SSM::Association`), reported at the resource, except the read-only inventory document (`AWS-GatherSoftwareInventory`) and patch-baseline runs whose `Operation` is `Scan`; maintenance-window tasks of type `RUN_COMMAND` (`aws_ssm_maintenance_window_task`, `AWS::SSM::MaintenanceWindowTask`), at the task type; SSM patch baselines (`aws_ssm_patch_baseline`, `AWS::SSM::PatchBaseline`) and OpsWorks stacks (`aws_opsworks_stack`, `AWS::OpsWorks::Stack`), at the resource; GCP OS Config patch deployments, OS policy assignments and guest policies (`google_os_config_patch_deployment`, `google_os_config_os_policy_assignment`, `google_os_config_guest_policies`), at the resource; Azure maintenance configurations with the in-guest patch scope (`scope = \\"InGuestPatch\\"`, azure-native `maintenanceScope`), at the scope; and Azure VMs and scale sets whose `patch_mode` is `AutomaticByPlatform` (platform-orchestrated guest patching), at the patch mode. Windows\' own automatic updates (`AutomaticByOS`, the Windows default) are the operating system\'s behaviour, not a managed service, and are not reported. A value that is not known statically is not judged.","remediation":"Patch images, not machines: rebuild the image on a schedule (EC2 Image Builder, Azure Image Builder, Packer), then roll the group or scale set to it. Keep SSM and OS Config to inventory and compliance scans (`Operation: Scan`), which report without changing instances.","examples":{"terraform":"resource \\"aws_ssm_association\\" \\"patch_scan\\" {\\n  name = \\"AWS-RunPatchBaseline\\"\\n  parameters = {\\n    Operation = \\"Scan\\"   # report missing patches; fix them with a new image\\n  }\\n  targets {\\n    key    = \\"tag:Patch Group\\"\\n    values = [\\"web\\"]\\n  }\\n}\\n","cloudformation":"PatchScan:\\n  Type: AWS::SSM::Association\\n  Properties:\\n    Name: AWS-RunPatchBaseline\\n    Parameters:\\n      Operation: [Scan]\\n    Targets:\\n      - Key: tag:Patch Group\\n        Values: [web]\\n","pulumi":"new aws.ssm.Association(\\"patch-scan\\", {\\n  name: \\"AWS-RunPatchBaseline\\",\\n  parameters: { Operation: \\"Scan\\" },\\n  targets: [{ key: \\"tag:Patch Group\\", values: [\\"web\\"] }],\\n});\\n"},"references":["https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html","https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html","https://cloud.google.com/compute/docs/os-patch-management","https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching","https://learn.microsoft.com/azure/update-manager/scheduled-patching"],"sourceFile":"ACC-010.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_ssm_association"},"when":{"all":[{"not":{"in":["$attributes.name","$params.read-only-documents"]}},{"not":{"all":[{"in":["$attributes.name","$params.patch-documents"]},{"in":["Scan","$attributes.parameters.Operation"]}]}}]},"message":"{name} runs the SSM document \\"{attributes.name}\\" on instances where they run, changing them in place. Bake the change into the image and replace instances instead."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::SSM::Association"},"when":{"all":[{"not":{"in":["$attributes.Name","$params.read-only-documents"]}},{"not":{"all":[{"in":["$attributes.Name","$params.patch-documents"]},{"in":["Scan","$attributes.Parameters.Operation"]}]}}]},"message":"{name} runs the SSM document \\"{attributes.Name}\\" on instances where they run, changing them in place. Bake the change into the image and replace instances instead."},{"select":[{"format":["terraform","pulumi"],"type":"aws_ssm_maintenance_window_task","each":"attributes.task_type"},{"format":"cloudformation","type":"AWS::SSM::MaintenanceWindowTask","each":"attributes.TaskType"}],"as":"taskType","when":{"equals":["$taskType","RUN_COMMAND"]},"message":"{name} is a maintenance-window RUN_COMMAND task: it runs commands on live instances and changes them in place. Ship the change as a new image and replace instances instead."},{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":"aws_ssm_patch_baseline"},{"format":"cloudformation","kind":"resource","type":"AWS::SSM::PatchBaseline"}],"message":"{name} is a patch baseline: Patch Manager installs its patches on running instances. Patch the image instead and replace instances."},{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":"aws_opsworks_stack"},{"format":"cloudformation","kind":"resource","type":"AWS::OpsWorks::Stack"}],"message":"{name} is an OpsWorks stack, which configures its running instances in place with Chef recipes. Build images with the configuration and replace instances instead."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["google_os_config_patch_deployment","gcp:osconfig/patchDeployment:PatchDeployment"]},"message":"{name} is an OS Config patch deployment: it patches running VMs in place. Rebuild the image on a schedule and roll the instance groups to it instead."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["google_os_config_os_policy_assignment","google_os_config_guest_policies","gcp:osconfig/osPolicyAssignment:OsPolicyAssignment","gcp:osconfig/guestPolicies:GuestPolicies"]},"message":"{name} applies OS Config policies (packages, files, scripts) to running VMs in place. Build them into the image and roll the instance groups to it instead."},{"select":[{"format":["terraform","pulumi"],"type":"azurerm_maintenance_configuration","each":"attributes.scope"},{"format":"pulumi","type":"azure-native:maintenance:MaintenanceConfiguration","each":"attributes.maintenanceScope"}],"as":"scope","let":{"lowered":{"call":"lower","args":["$scope"]}},"when":{"equals":["$lowered","inguestpatch"]},"message":"{name} schedules in-guest patching (scope InGuestPatch) of running VMs. Patch the image instead and roll the scale sets to it."},{"select":[{"format":["terraform","pulumi"],"type":["azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_linux_virtual_machine_scale_set","azurerm_windows_virtual_machine_scale_set","azure:compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet","azure:compute/windowsVirtualMachineScaleSet:WindowsVirtualMachineScaleSet"],"each":"attributes.patch_mode"},{"format":"pulumi","type":"azure-native:compute:VirtualMachine","each":["attributes.osProfile.linuxConfiguration.patchSettings.patchMode","attributes.osProfile.windowsConfiguration.patchSettings.patchMode"]}],"as":"patchMode","let":{"lowered":{"call":"lower","args":["$patchMode"]}},"when":{"equals":["$lowered","automaticbyplatform"]},"message":"{name} lets Azure patch its guest OS in place (patch mode AutomaticByPlatform). Use ImageDefault (Linux) or Manual (Windows) and roll out patched images instead."}],"params":{"read-only-documents":{"description":"SSM documents whose associations only read from instances (inventory, compliance) and are not reported.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["AWS-GatherSoftwareInventory"]},"patch-documents":{"description":"SSM documents that patch instances unless their Operation parameter is Scan.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["AWS-RunPatchBaseline","AWS-RunPatchBaselineAssociation","AWS-RunPatchBaselineWithHooks"]}},"paramValues":{"read-only-documents":["AWS-GatherSoftwareInventory"],"patch-documents":["AWS-RunPatchBaseline","AWS-RunPatchBaselineAssociation","AWS-RunPatchBaselineWithHooks"]},"onePer":"element"},{"id":"ART-001","title":"Registry tags mutable","level":"error","securitySeverity":"7.5","precision":"very-high","tags":["security","immutability","ART","containers","supply-chain"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"In a registry with mutable tags anyone with push rights can point `app:1.4.2` at new content, so the version that was reviewed, scanned and promoted is not necessarily the one that runs. ECR repositories (`aws_ecr_repository`, `AWS::ECR::Repository`, `aws.ecr.Repository` and the awsx component `awsx.ecr.Repository`) are MUTABLE unless `image_tag_mutability` / `ImageTagMutability` / `imageTagMutability` says `IMMUTABLE` (or `IMMUTABLE_WITH_EXCLUSION`); an awsx classic repository that wraps an existing one (`repository:`) is judged on that one. Artifact Registry Docker repositories (`format` DOCKER in any case) allow tag overwrites unless `docker_config { immutable_tags = true }`; remote and virtual repositories (`mode` REMOTE_REPOSITORY / VIRTUAL_REPOSITORY) hold no pushed images and are not judged. A missing setting is reported at the resource line (at the `docker_config` block when the block is there without the flag), a wrong one on the setting.","remediation":"Set `image_tag_mutability = \\"IMMUTABLE\\"` on ECR repositories and `docker_config { immutable_tags = true }` on Artifact Registry Docker repositories; publish a new tag for every build.","examples":{"terraform":"resource \\"aws_ecr_repository\\" \\"app\\" {\\n  name                 = \\"app\\"\\n  image_tag_mutability = \\"IMMUTABLE\\"\\n}\\n\\nresource \\"google_artifact_registry_repository\\" \\"images\\" {\\n  repository_id = \\"images\\"\\n  format        = \\"DOCKER\\"\\n  docker_config {\\n    immutable_tags = true\\n  }\\n}\\n","cloudformation":"AppRepository:\\n  Type: AWS::ECR::Repository\\n  Properties:\\n    RepositoryName: app\\n    ImageTagMutability: IMMUTABLE\\n","pulumi":"new aws.ecr.Repository(\\"app\\", { imageTagMutability: \\"IMMUTABLE\\" });\\nnew awsx.ecr.Repository(\\"images\\", { imageTagMutability: \\"IMMUTABLE\\", forceDelete: false });\\n"},"references":["https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html","https://cloud.google.com/artifact-registry/docs/docker/manage-images#immutable_tags","https://avd.aquasec.com/misconfig/aws/ecr/avd-aws-0031/"],"sourceFile":"ART-001.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_ecr_repository"},"when":{"not":{"in":["$attributes.image_tag_mutability",["IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"]]}},"at":"$attributes.image_tag_mutability","message":"ECR repository {name} allows tags to be overwritten ({@image_tag_mutability} is not IMMUTABLE). Set {@image_tag_mutability} to \\"IMMUTABLE\\" and push a new tag for every build."},{"select":{"format":"pulumi","kind":"resource","type":"awsx:ecr:Repository"},"when":{"all":[{"absent":"$attributes.repository"},{"not":{"in":["$attributes.imageTagMutability",["IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"]]}}]},"at":"$attributes.imageTagMutability","message":"ECR repository {name} (awsx.ecr.Repository) allows tags to be overwritten (imageTagMutability is not IMMUTABLE). Set imageTagMutability to \\"IMMUTABLE\\" and push a new tag for every build."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_artifact_registry_repository"},"let":{"format":{"call":"lower","args":["$attributes.format"]}},"when":{"all":[{"equals":["$format","docker"]},{"not":{"in":["$attributes.mode",["REMOTE_REPOSITORY","VIRTUAL_REPOSITORY"]]}},{"not":{"truthy":"$attributes.docker_config[0].immutable_tags"}}]},"at":"$attributes.docker_config[0].immutable_tags","message":"Artifact Registry repository {name} allows Docker tags to be overwritten ({@docker_config[0].immutable_tags} is not true). Set {@docker_config[0].immutable_tags} to true and push a new tag for every build."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::ECR::Repository"},"when":{"not":{"in":["$attributes.ImageTagMutability",["IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"]]}},"at":"$attributes.ImageTagMutability","message":"ECR repository {name} allows tags to be overwritten (ImageTagMutability is not IMMUTABLE). Set ImageTagMutability to IMMUTABLE and push a new tag for every build."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"ART-002","title":"Artifact or state bucket unversioned","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","ART","data-protection"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A bucket without versioning keeps only the latest bytes of every object: an overwritten artifact, Terraform state file or template cannot be restored, and nothing shows that it changed. The rule reads S3 buckets (`aws_s3_bucket`, `AWS::S3::Bucket`, Pulumi `aws.s3.Bucket` / `aws.s3.BucketV2`), Cloud Storage buckets (`google_storage_bucket`) and Azure storage accounts (`azurerm_storage_account`, blob versioning). An S3 bucket is versioned when its inline `versioning { enabled = true }` says so (AWS provider v3 style), or when an `aws_s3_bucket_versioning` resource (Pulumi `aws.s3.BucketVersioningV2`) of the same configuration refers to the bucket in its `bucket` argument with `versioning_configuration { status = \\"Enabled\\" }`; in CloudFormation when `VersioningConfiguration.Status` is `Enabled`. A bucket with Object Lock is versioned too, since S3 turns versioning on with Object Lock and never lets it be suspended afterwards (`object_lock_enabled = true`, an inline `object_lock_configuration` whose `object_lock_enabled` is `Enabled`, an `aws_s3_bucket_object_lock_configuration` that refers to the bucket, which S3 only accepts on a versioned bucket; `ObjectLockEnabled: true`); an Object Lock setting that is not known statically leaves an otherwise unversioned bucket unjudged. A versioning resource that says `Suspended` or `Disabled` is listed as a related location. A bucket named by a literal string in a versioning resource is not matched (the name may belong to another configuration): refer to the bucket resource. Cloud Storage needs `versioning { enabled = true }`; an Azure storage account needs `blob_properties { versioning_enabled = true }`. A missing setting is reported at the resource header; a setting that is present but off at the setting.","remediation":"Turn versioning on: `aws_s3_bucket_versioning` with `status = \\"Enabled\\"` for the bucket (or `VersioningConfiguration: { Status: Enabled }` in CloudFormation), `versioning { enabled = true }` on Cloud Storage buckets, `blob_properties { versioning_enabled = true }` on storage accounts. Add lifecycle rules that expire old versions instead of leaving versioning off.","examples":{"terraform":"resource \\"aws_s3_bucket\\" \\"artifacts\\" {\\n  bucket = \\"acme-artifacts\\"\\n}\\n\\nresource \\"aws_s3_bucket_versioning\\" \\"artifacts\\" {\\n  bucket = aws_s3_bucket.artifacts.id\\n  versioning_configuration {\\n    status = \\"Enabled\\"\\n  }\\n}\\n","cloudformation":"ArtifactBucket:\\n  Type: AWS::S3::Bucket\\n  Properties:\\n    VersioningConfiguration:\\n      Status: Enabled\\n","pulumi":"const artifacts = new aws.s3.BucketV2(\\"artifacts\\", {});\\nnew aws.s3.BucketVersioningV2(\\"artifacts\\", {\\n  bucket: artifacts.id,\\n  versioningConfiguration: { status: \\"Enabled\\" },\\n});\\n"},"references":["https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning","https://cloud.google.com/storage/docs/object-versioning","https://learn.microsoft.com/azure/storage/blobs/versioning-overview","https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0090/"],"sourceFile":"ART-002.yaml","checks":[{"select":{"format":"terraform","kind":"resource","type":"aws_s3_bucket"},"related":{"versioning":{"referenced-by":{"type":"aws_s3_bucket_versioning","via":"attributes.bucket"}},"lock":{"referenced-by":{"type":"aws_s3_bucket_object_lock_configuration","via":"attributes.bucket"}}},"when":{"all":[{"not":{"truthy":"$attributes.versioning[0].enabled"}},{"none":"$versioning","as":"v","when":{"equals":["$v.attributes.versioning_configuration[0].status","Enabled"]}},{"not":{"truthy":"$attributes.object_lock_enabled"}},{"not":{"equals":["$attributes.object_lock_configuration[0].object_lock_enabled","Enabled"]}},{"none":"$lock"}]},"at":"$attributes.versioning[0].enabled","message":"S3 bucket {name} is not versioned: an overwritten or deleted object cannot be restored. Add an aws_s3_bucket_versioning resource for it with status \\"Enabled\\"."},{"select":{"format":"pulumi","kind":"resource","type":"aws_s3_bucket"},"related":{"versioning":{"referenced-by":{"type":"aws_s3_bucket_versioning","via":"attributes.bucket"}},"lock":{"referenced-by":{"type":"aws_s3_bucket_object_lock_configuration","via":"attributes.bucket"}}},"when":{"all":[{"not":{"truthy":"$attributes.versioning[0].enabled"}},{"none":"$versioning","as":"v","when":{"equals":["$v.attributes.versioning_configuration[0].status","Enabled"]}},{"not":{"truthy":"$attributes.object_lock_enabled"}},{"not":{"equals":["$attributes.object_lock_configuration[0].object_lock_enabled","Enabled"]}},{"none":"$lock"}]},"at":"$attributes.versioning[0].enabled","message":"S3 bucket {name} is not versioned: an overwritten or deleted object cannot be restored. Add an aws.s3.BucketVersioningV2 (aws.s3.BucketVersioning in @pulumi/aws 7) for it with versioningConfiguration.status \\"Enabled\\"."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::S3::Bucket"},"when":{"all":[{"not":{"equals":["$attributes.VersioningConfiguration.Status","Enabled"]}},{"not":{"truthy":"$attributes.ObjectLockEnabled"}}]},"at":"$attributes.VersioningConfiguration.Status","message":"S3 bucket {name} is not versioned: an overwritten or deleted object cannot be restored. Set VersioningConfiguration.Status to Enabled."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_storage_bucket"},"when":{"not":{"truthy":"$attributes.versioning[0].enabled"}},"at":"$attributes.versioning[0].enabled","message":"Cloud Storage bucket {name} is not versioned: an overwritten or deleted object cannot be restored. Set {@versioning[0].enabled} to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"azurerm_storage_account"},"when":{"not":{"truthy":"$attributes.blob_properties[0].versioning_enabled"}},"at":"$attributes.blob_properties[0].versioning_enabled","message":"Storage account {name} has no blob versioning: an overwritten or deleted blob cannot be restored. Set {@blob_properties[0].versioning_enabled} to true."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"ART-003","title":"No write-once retention","level":"note","securitySeverity":"3.0","precision":"high","tags":["security","immutability","ART","data-protection"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Versioning keeps old copies, but anyone allowed to delete versions can still rewrite history. Write-once-read-many (WORM) retention makes a stored artifact, audit log or state snapshot truly immutable for its retention period. The rule fires on S3 buckets without Object Lock: Terraform/Pulumi `aws_s3_bucket` (Pulumi `aws.s3.Bucket`, `aws.s3.BucketV2`) with neither `object_lock_enabled = true`, an inline `object_lock_configuration` whose `object_lock_enabled` is `Enabled`, nor an `aws_s3_bucket_object_lock_configuration` of the same configuration that refers to the bucket in its `bucket` argument; CloudFormation `AWS::S3::Bucket` without `ObjectLockEnabled: true` (reported at the resource header when missing, at the setting when false); and Cloud Storage buckets whose `retention_policy` is not locked (`is_locked` missing or false, at the `retention_policy` block or the setting). A Cloud Storage bucket without any retention policy is not reported (there is nothing to lock). This is a note: not every bucket needs WORM storage, but every bucket holding release artifacts, audit logs or backups does.","remediation":"Create the bucket with Object Lock (`object_lock_enabled = true`, `ObjectLockEnabled: true`) and set a default retention (`aws_s3_bucket_object_lock_configuration` with a `rule` in GOVERNANCE or COMPLIANCE mode); lock Cloud Storage retention policies with `is_locked = true`.","examples":{"terraform":"resource \\"aws_s3_bucket\\" \\"releases\\" {\\n  bucket              = \\"acme-releases\\"\\n  object_lock_enabled = true\\n}\\n\\nresource \\"aws_s3_bucket_object_lock_configuration\\" \\"releases\\" {\\n  bucket = aws_s3_bucket.releases.id\\n  rule {\\n    default_retention {\\n      mode = \\"COMPLIANCE\\"\\n      days = 365\\n    }\\n  }\\n}\\n","cloudformation":"ReleaseBucket:\\n  Type: AWS::S3::Bucket\\n  Properties:\\n    ObjectLockEnabled: true\\n    ObjectLockConfiguration:\\n      ObjectLockEnabled: Enabled\\n      Rule:\\n        DefaultRetention: { Mode: COMPLIANCE, Days: 365 }\\n","pulumi":"new aws.s3.BucketV2(\\"releases\\", { objectLockEnabled: true });\\n"},"references":["https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_object_lock_configuration","https://cloud.google.com/storage/docs/bucket-lock"],"sourceFile":"ART-003.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_s3_bucket"},"related":{"lock":{"referenced-by":{"type":"aws_s3_bucket_object_lock_configuration","via":"attributes.bucket"}}},"when":{"all":[{"not":{"truthy":"$attributes.object_lock_enabled"}},{"not":{"equals":["$attributes.object_lock_configuration[0].object_lock_enabled","Enabled"]}},{"none":"$lock"}]},"at":"$attributes.object_lock_enabled","message":"S3 bucket {name} has no Object Lock, so stored objects can be deleted or overwritten at any time. Set {@object_lock_enabled} to true and give it a default retention."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::S3::Bucket"},"when":{"not":{"truthy":"$attributes.ObjectLockEnabled"}},"at":"$attributes.ObjectLockEnabled","message":"S3 bucket {name} has no Object Lock, so stored objects can be deleted or overwritten at any time. Set ObjectLockEnabled to true and give it a default retention."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_storage_bucket","each":"attributes.retention_policy[*]"},"as":"policy","when":{"not":{"truthy":"$policy.is_locked"}},"at":"$policy.is_locked","message":"Cloud Storage bucket {name} has a retention policy that is not locked, so it can be shortened or removed. Set {@retention_policy[0].is_locked} to true."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"ART-004","title":"Writable container root filesystem","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","ART","containers"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A container whose root filesystem is writable can be changed while it runs: a package installed by hand, a patched binary, a dropped tool. The image that was built, scanned and signed is then no longer what runs, and the change lasts until the container is replaced. A read-only root filesystem keeps the running container equal to its image; what the application must write goes to a mounted volume (`tmpfs`, `emptyDir`, an EFS volume). The rule checks every container: ECS container definitions (Terraform and Pulumi `container_definitions` written with `jsonencode(...)`, `JSON.stringify(...)` or as a JSON string, CloudFormation `ContainerDefinitions`, awsx ECS services and task definitions) must set `readonlyRootFilesystem` / `ReadonlyRootFilesystem` to true; Kubernetes containers and init containers (Terraform `kubernetes_*` pods, deployments, stateful sets, daemon sets, replication controllers, jobs and cron jobs, `kubernetes_manifest`; Pulumi Kubernetes workloads of every API version) must set `security_context { read_only_root_filesystem = true }` / `securityContext.readOnlyRootFilesystem: true`. There is one finding per container: at the container element when the setting is missing, at the setting when it is present but not true. Windows ECS tasks (`runtime_platform` / `RuntimePlatform` with a `WINDOWS_*` operating system family) are not reported, since ECS does not support the setting there. Kubernetes `*Patch` resources are not judged (a patch that does not mention the setting leaves it as it is), and a container definition or setting that is not known statically is not judged either.","remediation":"Set `readonlyRootFilesystem: true` on ECS container definitions and `read_only_root_filesystem = true` (`readOnlyRootFilesystem: true`) in each Kubernetes container\'s security context; mount a volume (`tmpfs`/`emptyDir` for scratch space) for every path the application writes to, and bake everything else into the image.","examples":{"terraform":"resource \\"aws_ecs_task_definition\\" \\"app\\" {\\n  family = \\"app\\"\\n  container_definitions = jsonencode([{\\n    name                   = \\"app\\"\\n    image                  = \\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2\\"\\n    readonlyRootFilesystem = true\\n    mountPoints            = [{ sourceVolume = \\"tmp\\", containerPath = \\"/tmp\\" }]\\n  }])\\n  volume {\\n    name = \\"tmp\\"\\n  }\\n}\\n","cloudformation":"AppTask:\\n  Type: AWS::ECS::TaskDefinition\\n  Properties:\\n    ContainerDefinitions:\\n      - Name: app\\n        Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2\\n        ReadonlyRootFilesystem: true\\n","pulumi":"new k8s.apps.v1.Deployment(\\"web\\", {\\n  spec: {\\n    selector: { matchLabels: { app: \\"web\\" } },\\n    template: {\\n      metadata: { labels: { app: \\"web\\" } },\\n      spec: {\\n        containers: [{\\n          name: \\"web\\",\\n          image: \\"nginx:1.27.0\\",\\n          securityContext: { readOnlyRootFilesystem: true },\\n          volumeMounts: [{ name: \\"tmp\\", mountPath: \\"/tmp\\" }],\\n        }],\\n        volumes: [{ name: \\"tmp\\", emptyDir: {} }],\\n      },\\n    },\\n  },\\n});\\n"},"references":["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security","https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5","https://kubernetes.io/docs/tasks/configure-pod-container/security-context/","https://avd.aquasec.com/misconfig/kubernetes/general/avd-ksv-0014/"],"sourceFile":"ART-004.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":"aws_ecs_task_definition","each":"attributes.container_definitions|json[*]"}],"as":"container","let":{"os":"$attributes.runtime_platform[0].operating_system_family"},"when":{"all":[{"not":{"truthy":"$container.readonlyRootFilesystem"}},{"not":{"matches":["$os","^WINDOWS"]}}]},"at":"$container.readonlyRootFilesystem","message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (readonlyRootFilesystem is not true), so what runs can drift from the image. Set \\"readonlyRootFilesystem\\": true and mount a volume where the container must write."},{"select":[{"format":"pulumi","kind":"resource","type":["awsx:ecs:FargateService","awsx:ecs:EC2Service"],"each":["attributes.taskDefinitionArgs.container","attributes.taskDefinitionArgs.containers[*]"]}],"as":"container","let":{"os":"$attributes.taskDefinitionArgs.runtimePlatform.operatingSystemFamily"},"when":{"all":[{"not":{"truthy":"$container.readonlyRootFilesystem"}},{"not":{"matches":["$os","^WINDOWS"]}}]},"at":"$container.readonlyRootFilesystem","message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (readonlyRootFilesystem is not true), so what runs can drift from the image. Set readonlyRootFilesystem: true and mount a volume where the container must write."},{"select":[{"format":"pulumi","kind":"resource","type":["awsx:ecs:FargateTaskDefinition","awsx:ecs:EC2TaskDefinition"],"each":["attributes.container","attributes.containers[*]"]}],"as":"container","let":{"os":"$attributes.runtimePlatform.operatingSystemFamily"},"when":{"all":[{"not":{"truthy":"$container.readonlyRootFilesystem"}},{"not":{"matches":["$os","^WINDOWS"]}}]},"at":"$container.readonlyRootFilesystem","message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (readonlyRootFilesystem is not true), so what runs can drift from the image. Set readonlyRootFilesystem: true and mount a volume where the container must write."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::ECS::TaskDefinition","each":"attributes.ContainerDefinitions[*]"},"as":"container","when":{"all":[{"not":{"truthy":"$container.ReadonlyRootFilesystem"}},{"not":{"matches":["$attributes.RuntimePlatform.OperatingSystemFamily","^WINDOWS"]}}]},"at":"$container.ReadonlyRootFilesystem","message":"{name} runs container \\"{container.Name}\\" with a writable root filesystem (ReadonlyRootFilesystem is not true), so what runs can drift from the image. Set ReadonlyRootFilesystem: true and mount a volume where the container must write."},{"select":[{"format":"terraform","kind":"resource","type":["kubernetes_pod","kubernetes_pod_v1"],"each":["attributes.spec[*].container[*]","attributes.spec[*].init_container[*]"]},{"format":"terraform","kind":"resource","type":["kubernetes_deployment","kubernetes_deployment_v1","kubernetes_stateful_set","kubernetes_stateful_set_v1","kubernetes_daemonset","kubernetes_daemon_set_v1","kubernetes_replication_controller","kubernetes_replication_controller_v1","kubernetes_job","kubernetes_job_v1"],"each":["attributes.spec[*].template[*].spec[*].container[*]","attributes.spec[*].template[*].spec[*].init_container[*]"]},{"format":"terraform","kind":"resource","type":["kubernetes_cron_job","kubernetes_cron_job_v1"],"each":["attributes.spec[*].job_template[*].spec[*].template[*].spec[*].container[*]","attributes.spec[*].job_template[*].spec[*].template[*].spec[*].init_container[*]"]}],"as":"container","when":{"absent":"$container.security_context[0].read_only_root_filesystem"},"message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (security_context.read_only_root_filesystem is not set), so what runs can drift from the image. Set read_only_root_filesystem = true in its security_context and mount an empty_dir volume where it must write."},{"select":[{"format":"terraform","kind":"resource","type":["kubernetes_pod","kubernetes_pod_v1"],"each":["attributes.spec[*].container[*]","attributes.spec[*].init_container[*]"]},{"format":"terraform","kind":"resource","type":["kubernetes_deployment","kubernetes_deployment_v1","kubernetes_stateful_set","kubernetes_stateful_set_v1","kubernetes_daemonset","kubernetes_daemon_set_v1","kubernetes_replication_controller","kubernetes_replication_controller_v1","kubernetes_job","kubernetes_job_v1"],"each":["attributes.spec[*].template[*].spec[*].container[*]","attributes.spec[*].template[*].spec[*].init_container[*]"]},{"format":"terraform","kind":"resource","type":["kubernetes_cron_job","kubernetes_cron_job_v1"],"each":["attributes.spec[*].job_template[*].spec[*].template[*].spec[*].container[*]","attributes.spec[*].job_template[*].spec[*].template[*].spec[*].init_container[*]"]}],"as":"container","when":{"all":[{"present":"$container.security_context[0].read_only_root_filesystem"},{"not":{"truthy":"$container.security_context[0].read_only_root_filesystem"}}]},"at":"$container.security_context[0].read_only_root_filesystem","message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (security_context.read_only_root_filesystem is not true), so what runs can drift from the image. Set read_only_root_filesystem = true and mount an empty_dir volume where it must write."},{"select":[{"format":"terraform","kind":"resource","type":"kubernetes_manifest","each":["attributes.manifest.spec.containers[*]","attributes.manifest.spec.initContainers[*]","attributes.manifest.spec.template.spec.containers[*]","attributes.manifest.spec.template.spec.initContainers[*]","attributes.manifest.spec.jobTemplate.spec.template.spec.containers[*]","attributes.manifest.spec.jobTemplate.spec.template.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":"kubernetes:core/*:Pod","each":["attributes.spec.containers[*]","attributes.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":"kubernetes:core/*:PodTemplate","each":["attributes.template.spec.containers[*]","attributes.template.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":["kubernetes:apps/*:Deployment","kubernetes:apps/*:StatefulSet","kubernetes:apps/*:DaemonSet","kubernetes:apps/*:ReplicaSet","kubernetes:extensions/*:Deployment","kubernetes:extensions/*:DaemonSet","kubernetes:extensions/*:ReplicaSet","kubernetes:core/*:ReplicationController","kubernetes:batch/*:Job"],"each":["attributes.spec.template.spec.containers[*]","attributes.spec.template.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":"kubernetes:batch/*:CronJob","each":["attributes.spec.jobTemplate.spec.template.spec.containers[*]","attributes.spec.jobTemplate.spec.template.spec.initContainers[*]"]}],"as":"container","when":{"absent":"$container.securityContext.readOnlyRootFilesystem"},"message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (securityContext.readOnlyRootFilesystem is not set), so what runs can drift from the image. Set readOnlyRootFilesystem: true in its securityContext and mount an emptyDir volume where it must write."},{"select":[{"format":"terraform","kind":"resource","type":"kubernetes_manifest","each":["attributes.manifest.spec.containers[*]","attributes.manifest.spec.initContainers[*]","attributes.manifest.spec.template.spec.containers[*]","attributes.manifest.spec.template.spec.initContainers[*]","attributes.manifest.spec.jobTemplate.spec.template.spec.containers[*]","attributes.manifest.spec.jobTemplate.spec.template.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":"kubernetes:core/*:Pod","each":["attributes.spec.containers[*]","attributes.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":"kubernetes:core/*:PodTemplate","each":["attributes.template.spec.containers[*]","attributes.template.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":["kubernetes:apps/*:Deployment","kubernetes:apps/*:StatefulSet","kubernetes:apps/*:DaemonSet","kubernetes:apps/*:ReplicaSet","kubernetes:extensions/*:Deployment","kubernetes:extensions/*:DaemonSet","kubernetes:extensions/*:ReplicaSet","kubernetes:core/*:ReplicationController","kubernetes:batch/*:Job"],"each":["attributes.spec.template.spec.containers[*]","attributes.spec.template.spec.initContainers[*]"]},{"format":"pulumi","kind":"resource","type":"kubernetes:batch/*:CronJob","each":["attributes.spec.jobTemplate.spec.template.spec.containers[*]","attributes.spec.jobTemplate.spec.template.spec.initContainers[*]"]}],"as":"container","when":{"all":[{"present":"$container.securityContext.readOnlyRootFilesystem"},{"not":{"truthy":"$container.securityContext.readOnlyRootFilesystem"}}]},"at":"$container.securityContext.readOnlyRootFilesystem","message":"{name} runs container \\"{container.name}\\" with a writable root filesystem (securityContext.readOnlyRootFilesystem is not true), so what runs can drift from the image. Set readOnlyRootFilesystem: true and mount an emptyDir volume where it must write."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"CHG-001","title":"In-place update of a replace-only kind","level":"error","securitySeverity":"7.0","precision":"high","tags":["security","immutability","CHG"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"The change gate reads what a deployment will do, not what the code could allow: a Terraform JSON plan, a CloudFormation change set, a Pulumi preview. Immutable infrastructure replaces a compute instance, a launch template, a task definition, a function or a container service when it changes; patching one in place leaves a machine whose history differs from every other, and a rollback that is another patch. The rule fires on every planned in-place update of a replace-only kind: Terraform `actions: [\\"update\\"]`, a change set\'s `Action: Modify` with `Replacement: False` (or `Dynamic`), a preview step `op: update`. A replacement (`[\\"delete\\", \\"create\\"]`, `[\\"create\\", \\"delete\\"]`, `Replacement: True` or `Conditional`, `op: replace`), a create, a delete and a no-op are not updates in place. The kinds are the `replace-only` parameter (Terraform types, which Pulumi\'s bridged resources map onto, and CloudFormation types; globs allowed); by default compute instances (`aws_instance`, `google_compute_instance`, Azure virtual machines), launch templates and configurations, ECS task definitions, Lambda, Cloud Functions and Azure function apps, and App Runner, Cloud Run and Azure container apps. The finding sits on the resource in the code (the `resource` block, the logical ID, the `new` expression) when the gate can map the address back, else on the change in the input file.","remediation":"Make the change a replacement: Terraform `replace_triggered_by` (or a new resource name) with `create_before_destroy = true`; Pulumi `replaceOnChanges: [\\"*\\"]` with the default create-before-delete; CloudFormation a new logical ID, or an Auto Scaling group with an `UpdatePolicy` that rolls new instances from a new launch template version. To allow a kind to be updated, remove it from the rule\'s `replace-only` parameter in `.driftless.yaml`.","examples":{"terraform":"resource \\"aws_instance\\" \\"web\\" {\\n  ami           = data.aws_ami.web.id\\n  instance_type = \\"t3.small\\"\\n\\n  lifecycle {\\n    create_before_destroy = true\\n    replace_triggered_by  = [terraform_data.web_revision]\\n  }\\n}\\n","cloudformation":"WebGroup:\\n  Type: AWS::AutoScaling::AutoScalingGroup\\n  UpdatePolicy:\\n    AutoScalingReplacingUpdate:\\n      WillReplace: true\\n  Properties:\\n    LaunchTemplate:\\n      LaunchTemplateId: !Ref WebLaunchTemplate\\n      Version: !GetAtt WebLaunchTemplate.LatestVersionNumber\\n    MinSize: \\"2\\"\\n    MaxSize: \\"4\\"\\n","pulumi":"new aws.ec2.Instance(\\"web\\", {\\n  ami: webAmi.id,\\n  instanceType: \\"t3.small\\",\\n}, { replaceOnChanges: [\\"*\\"] });\\n"},"references":["https://developer.hashicorp.com/terraform/internals/json-format#change-representation","https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceChange.html","https://www.pulumi.com/docs/iac/cli/commands/pulumi_preview/","https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#replace_triggered_by"],"sourceFile":"CHG-001.yaml","checks":[{"select":{"kind":"change","type":"$params.replace-only"},"when":{"equals":["$attributes.action","update"]},"message":"{name} ({resource.type}) is planned to be updated in place, changing {attributes.changedText} on the running resource; this kind is replaced, never patched. Make the change a replacement (Terraform replace_triggered_by with create_before_destroy, Pulumi replaceOnChanges, a new launch template version rolled out by its group)."}],"params":{"replace-only":{"description":"Resource types that must be replaced, never updated in place: Terraform types (Pulumi\'s bridged resources map onto them), CloudFormation types, and globs (`aws_launch_*`).","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["aws_instance","aws_launch_template","aws_launch_configuration","aws_ecs_task_definition","aws_lambda_function","aws_apprunner_service","google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_cloudfunctions_function","google_cloudfunctions2_function","google_cloud_run_service","google_cloud_run_v2_service","azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_virtual_machine","azurerm_linux_function_app","azurerm_windows_function_app","azurerm_function_app","azurerm_container_app","azurerm_container_group","AWS::EC2::Instance","AWS::EC2::LaunchTemplate","AWS::AutoScaling::LaunchConfiguration","AWS::ECS::TaskDefinition","AWS::Lambda::Function","AWS::Serverless::Function","AWS::AppRunner::Service"]}},"paramValues":{"replace-only":["aws_instance","aws_launch_template","aws_launch_configuration","aws_ecs_task_definition","aws_lambda_function","aws_apprunner_service","google_compute_instance","google_compute_instance_template","google_compute_region_instance_template","google_cloudfunctions_function","google_cloudfunctions2_function","google_cloud_run_service","google_cloud_run_v2_service","azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_virtual_machine","azurerm_linux_function_app","azurerm_windows_function_app","azurerm_function_app","azurerm_container_app","azurerm_container_group","AWS::EC2::Instance","AWS::EC2::LaunchTemplate","AWS::AutoScaling::LaunchConfiguration","AWS::ECS::TaskDefinition","AWS::Lambda::Function","AWS::Serverless::Function","AWS::AppRunner::Service"]},"onePer":"element"},{"id":"CHG-002","title":"Drift present","level":"error","securitySeverity":"7.0","precision":"high","tags":["security","immutability","CHG","drift"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Drift is a resource whose real state differs from the code: someone changed it by hand, a console or a script did, or it was deleted. The next deployment either silently reverts the change or, worse, keeps building on a resource nobody can rebuild from the code. The gate reads drift from Terraform plans (`resource_drift`, also in `terraform plan -refresh-only` output), CloudFormation drift results (`describe-stack-resource-drifts`, status `MODIFIED` or `DELETED`) and Pulumi refresh previews (`pulumi refresh --preview-only --json`). The rule fires on a deleted resource, and on a modified one whose drifted attributes are not all hidden by `ignore_changes` / `ignoreChanges` (those are CHG-004), naming the drifted attributes; a modified resource whose input names no attribute counts as drifted too. For a Terraform or Pulumi resource found in the code, only attributes the code sets count (a provider refreshing a computed attribute such as `arn` or `tags_all` is not drift from the code), and an unset value read back as `{}`, `[]` or `\\"\\"` is no change.","remediation":"Find out who changed the resource and why; put the wanted state into the code and deploy it from the pipeline (a replacement, for a replace-only kind), or deploy the code as it is to revert the manual change. Then remove the access that allowed the change outside the pipeline.","examples":{"terraform":"# terraform plan -refresh-only -out=drift.tfplan && terraform show -json drift.tfplan > drift.json\\n# driftless gate drift.json   # no CHG-002 once the code and the resource agree\\nresource \\"aws_instance\\" \\"web\\" {\\n  ami           = data.aws_ami.web.id\\n  instance_type = \\"t3.small\\"   # the size the instance really has\\n}\\n","cloudformation":"# aws cloudformation detect-stack-drift --stack-name web\\n# aws cloudformation describe-stack-resource-drifts --stack-name web --output json > drift.json\\n# driftless gate drift.json\\n","pulumi":"// pulumi refresh --preview-only --json > refresh.json && driftless gate refresh.json\\nnew aws.ec2.Instance(\\"web\\", { ami: webAmi.id, instanceType: \\"t3.small\\" });\\n"},"references":["https://developer.hashicorp.com/terraform/tutorials/state/resource-drift","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html","https://www.pulumi.com/docs/iac/cli/commands/pulumi_refresh/"],"sourceFile":"CHG-002.yaml","checks":[{"select":{"kind":"drift"},"when":{"equals":["$attributes.driftStatus","DELETED"]},"message":"{name} ({resource.type}) no longer exists: it was deleted outside the code. Recreate it from the pipeline, or remove it from the code if it is meant to be gone."},{"select":{"kind":"drift"},"let":{"drifted":{"call":"notIgnored","args":["$attributes.changed","$options.ignoreChanges"]},"named":{"call":"join","args":["$drifted",", "]}},"when":{"all":[{"equals":["$attributes.driftStatus","MODIFIED"]},{"call":"nonEmpty","args":["$drifted"]}]},"message":"{name} ({resource.type}) has drifted from the code in {named}: the real resource no longer matches it. Put the wanted state in the code and deploy it from the pipeline, or deploy the code to revert the change made by hand."},{"select":{"kind":"drift"},"when":{"all":[{"equals":["$attributes.driftStatus","MODIFIED"]},{"not":{"truthy":"$attributes.named"}}]},"message":"{name} ({resource.type}) has drifted from the code (the input does not name the attributes). Put the wanted state in the code and deploy it from the pipeline, or deploy the code to revert the change made by hand."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"CHG-003","title":"Stateful replacement deletes first","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","CHG","data-protection"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Replacing is how immutable infrastructure changes, but a stateful resource (a database, a table, a bucket, a volume, a queue, a key) replaced by deleting it first is gone, with its data, before its successor exists; if the create then fails there is nothing at all. Terraform replaces delete-first by default (`actions: [\\"delete\\", \\"create\\"]`, unless `create_before_destroy`); Pulumi does when `deleteBeforeReplace` is set (a `delete-replaced` step before the `create-replacement` one). CloudFormation always creates the replacement first, but then deletes the old resource with its data when the update cleans up, unless its `UpdateReplacePolicy` retains or snapshots it: a change set replacement (`Replacement: True` or `Conditional`) whose `PolicyAction` is not `ReplaceAndRetain` or `ReplaceAndSnapshot`, of a resource whose `UpdateReplacePolicy` in the template is not `Retain` or `Snapshot`, loses the data the same way. The stateful kinds are the sets `stateful-terraform-types` (Pulumi\'s bridged resources map onto them) and `stateful-cloudformation-types`.","remediation":"Make sure the replacement is intended (the attributes that force it are in the message). Then keep the data: Terraform `create_before_destroy = true` with a new name, and a snapshot or backup taken first; Pulumi the default create-before-delete (remove `deleteBeforeReplace`) with `protect` or `retainOnDelete`; CloudFormation `UpdateReplacePolicy: Snapshot` (or `Retain`) with `DeletionPolicy` to match.","examples":{"terraform":"resource \\"aws_db_instance\\" \\"orders\\" {\\n  identifier_prefix = \\"orders-\\"\\n  engine            = \\"postgres\\"\\n  instance_class    = \\"db.t3.micro\\"\\n\\n  lifecycle {\\n    create_before_destroy = true\\n  }\\n}\\n","cloudformation":"OrdersDatabase:\\n  Type: AWS::RDS::DBInstance\\n  DeletionPolicy: Snapshot\\n  UpdateReplacePolicy: Snapshot\\n  Properties:\\n    Engine: postgres\\n    DBInstanceClass: db.t3.micro\\n","pulumi":"new aws.rds.Instance(\\"orders\\", {\\n  engine: \\"postgres\\",\\n  instanceClass: \\"db.t3.micro\\",\\n}, { protect: true });\\n"},"references":["https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#create_before_destroy","https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html"],"sourceFile":"CHG-003.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"change","type":"$sets.stateful-terraform-types"},"when":{"all":[{"equals":["$attributes.action","replace"]},{"equals":["$attributes.order","delete-first"]}]},"message":"{name} ({resource.type}) is stateful and the plan replaces it by deleting it first, so its data is gone before the new one exists ({attributes.replacedByText} forces the replacement). Create the replacement first (create_before_destroy, no deleteBeforeReplace) and keep a snapshot, or avoid the replacement."},{"select":{"format":"cloudformation","kind":"change","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"equals":["$attributes.action","replace"]},{"not":{"truthy":"$attributes.conditional"}},{"not":{"in":["$attributes.policyAction",["ReplaceAndRetain","ReplaceAndSnapshot"]]}},{"not":{"in":["$options.updateReplacePolicy",["Retain","Snapshot"]]}}]},"message":"{name} ({resource.type}) is stateful and the change set replaces it; the old resource is deleted with its data when the update cleans up ({attributes.replacedByText} forces the replacement). Set UpdateReplacePolicy to Snapshot or Retain, or avoid the replacement."},{"select":{"format":"cloudformation","kind":"change","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"equals":["$attributes.action","replace"]},{"truthy":"$attributes.conditional"},{"not":{"in":["$attributes.policyAction",["ReplaceAndRetain","ReplaceAndSnapshot"]]}},{"not":{"in":["$options.updateReplacePolicy",["Retain","Snapshot"]]}}]},"message":"{name} ({resource.type}) is stateful and the change set may replace it (Replacement: Conditional, decided by {attributes.replacedByText}); if it does, the old resource is deleted with its data when the update cleans up. Set UpdateReplacePolicy to Snapshot or Retain, or avoid the change."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"CHG-004","title":"Drift masked by ignore rules","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","CHG","drift"],"formats":["terraform","pulumi"],"enabled":true,"description":"`ignore_changes` (Terraform) and `ignoreChanges` (Pulumi) make a plan show nothing to do for attributes that differ from the code: the drift is still there, only hidden. The rule fires on a drifted resource (Terraform `resource_drift`, a Pulumi refresh preview) whose drifted attributes are all covered by the ignore list of the resource in the code (the gate maps the address back to find it; `all` covers everything), naming them. Drift in attributes the list does not cover is CHG-002.","remediation":"Decide which side is right. If the code is, remove the attribute from `ignore_changes` / `ignoreChanges` and deploy, reverting the manual change; if the real value is, write it into the code. Keep ignore lists for attributes another system owns by design (an autoscaler\'s desired count), and document why.","examples":{"terraform":"resource \\"aws_instance\\" \\"web\\" {\\n  ami           = data.aws_ami.web.id\\n  instance_type = \\"t3.small\\"\\n  tags          = { Name = \\"web\\", Owner = \\"platform\\" }   # the tags the instance really has\\n}\\n","pulumi":"new aws.ec2.Instance(\\"web\\", {\\n  ami: webAmi.id,\\n  instanceType: \\"t3.small\\",\\n  tags: { Name: \\"web\\", Owner: \\"platform\\" },\\n});\\n"},"references":["https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#ignore_changes","https://www.pulumi.com/docs/iac/concepts/options/ignorechanges/"],"sourceFile":"CHG-004.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"drift"},"let":{"drifted":{"call":"notIgnored","args":["$attributes.changed","$options.ignoreChanges"]}},"when":{"all":[{"equals":["$attributes.driftStatus","MODIFIED"]},{"call":"nonEmpty","args":["$attributes.changed"]},{"not":{"call":"nonEmpty","args":["$drifted"]}}]},"message":"{name} ({resource.type}) has drifted in {attributes.changedText}, which its ignore list hides from every plan. Remove them from ignore_changes (ignoreChanges) and deploy, or write the real values into the code."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DAT-001","title":"Stateful resource without explicit policies","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","DAT","data-protection"],"formats":["cloudformation"],"enabled":true,"description":"Replacing is the immutable way to change infrastructure, and CloudFormation replaces a resource whenever a property that cannot be updated changes. For stateful resources the default is to delete the old one, data included, once the replacement exists (and to delete it when it leaves the template). A stateful resource must therefore say, explicitly, what happens to its data on deletion and on replacement. This rule fires when a stateful type (RDS instances and clusters, DynamoDB tables, S3 buckets, EFS file systems, EBS volumes, ElastiCache, Neptune, DocumentDB, Redshift, OpenSearch/Elasticsearch domains, KMS keys, Cognito user pools, SQS queues, Kinesis streams, log groups, backup vaults, SAM simple tables) sets neither `DeletionPolicy` nor `UpdateReplacePolicy`; it is reported at the logical ID. A resource that sets only one of them is DAT-002\'s finding.","remediation":"Set both policies on every stateful resource, normally to `Retain` or `Snapshot` (where the type supports snapshots), and the same value for both.","examples":{"cloudformation":"OrdersTable:\\n  Type: AWS::DynamoDB::Table\\n  DeletionPolicy: Retain\\n  UpdateReplacePolicy: Retain\\n  Properties:\\n    BillingMode: PAY_PER_REQUEST\\n    KeySchema: [{ AttributeName: id, KeyType: HASH }]\\n    AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]\\n"},"references":["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html","https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/rules.md"],"sourceFile":"DAT-001.yaml","checks":[{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"absent":"$options.deletionPolicy"},{"absent":"$options.updateReplacePolicy"}]},"message":"{name} ({resource.type}) sets neither DeletionPolicy nor UpdateReplacePolicy, so replacing it or removing it from the template falls back to the default, which deletes the data of most types. Add DeletionPolicy: Retain and UpdateReplacePolicy: Retain (or Snapshot) to it."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DAT-002","title":"Deletion and replace policies disagree","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","DAT","data-protection"],"formats":["cloudformation"],"enabled":true,"description":"`DeletionPolicy` covers a resource leaving the template; `UpdateReplacePolicy` covers the old copy when an update replaces it. Setting one and not the other protects the data in one case and deletes it in the other, usually the replacement, which is exactly what immutable changes do all the time. A policy of `Delete` on a stateful type deletes the data outright. The rule reads the same stateful types as DAT-001. When only one of the two policies is set, the missing one is required: one finding at the resource\'s logical ID, whose message also says when the policy that is there is `Delete`. When both are set, each one that is `Delete` is a finding at that policy. A resource never gets two findings of this rule on one line. A policy that is not known statically (a `Ref` to a parameter without default) is not judged.","remediation":"Set both `DeletionPolicy` and `UpdateReplacePolicy`, to `Retain` or `Snapshot`, on every stateful resource.","examples":{"cloudformation":"Database:\\n  Type: AWS::RDS::DBCluster\\n  DeletionPolicy: Snapshot\\n  UpdateReplacePolicy: Snapshot\\n  Properties:\\n    Engine: aurora-postgresql\\n"},"references":["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html"],"sourceFile":"DAT-002.yaml","checks":[{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"present":"$options.deletionPolicy"},{"absent":"$options.updateReplacePolicy"},{"not":{"equals":["$options.deletionPolicy","Delete"]}}]},"message":"{name} sets DeletionPolicy {options.deletionPolicy} but no UpdateReplacePolicy, so a replacement deletes the old copy and its data. Add UpdateReplacePolicy: {options.deletionPolicy} beside it."},{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"present":"$options.deletionPolicy"},{"absent":"$options.updateReplacePolicy"},{"equals":["$options.deletionPolicy","Delete"]}]},"message":"{name} sets DeletionPolicy Delete and no UpdateReplacePolicy, so both removing it from the template and replacing it delete its data. Set DeletionPolicy and UpdateReplacePolicy to Retain (or Snapshot)."},{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"present":"$options.updateReplacePolicy"},{"absent":"$options.deletionPolicy"},{"not":{"equals":["$options.updateReplacePolicy","Delete"]}}]},"message":"{name} sets UpdateReplacePolicy {options.updateReplacePolicy} but no DeletionPolicy, so removing it from the template falls back to the default, which deletes the data of most types. Add DeletionPolicy: {options.updateReplacePolicy} beside it."},{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"present":"$options.updateReplacePolicy"},{"absent":"$options.deletionPolicy"},{"equals":["$options.updateReplacePolicy","Delete"]}]},"message":"{name} sets UpdateReplacePolicy Delete and no DeletionPolicy, so both replacing it and removing it from the template delete its data. Set UpdateReplacePolicy and DeletionPolicy to Retain (or Snapshot)."},{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"present":"$options.updateReplacePolicy"},{"equals":["$options.deletionPolicy","Delete"]}]},"at":"$options.deletionPolicy","message":"{name} has DeletionPolicy Delete, so removing it from the template deletes its data. Set DeletionPolicy to Retain (or Snapshot)."},{"select":{"format":"cloudformation","kind":"resource","type":"$sets.stateful-cloudformation-types"},"when":{"all":[{"present":"$options.deletionPolicy"},{"equals":["$options.updateReplacePolicy","Delete"]}]},"at":"$options.updateReplacePolicy","message":"{name} has UpdateReplacePolicy Delete, so a replacement deletes the old copy and its data. Set UpdateReplacePolicy to Retain (or Snapshot)."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DAT-003","title":"No deletion protection","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","DAT","data-protection"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Replacing resources is the immutable way to change infrastructure, which makes deleting them routine: a renamed argument, a moved module or a mistaken destroy can take a database with it. Deletion protection makes the provider refuse to delete a stateful resource until the protection is switched off in code, in a reviewed change. The rule fires on RDS instances and Aurora clusters (`aws_db_instance`, `aws_rds_cluster`, `AWS::RDS::DBInstance`, `AWS::RDS::DBCluster`), DynamoDB tables (`aws_dynamodb_table`, `AWS::DynamoDB::Table`, each replica of `AWS::DynamoDB::GlobalTable`) and load balancers (`aws_lb`, `aws_alb`, `AWS::ElasticLoadBalancingV2::LoadBalancer`, awsx `ApplicationLoadBalancer` and `NetworkLoadBalancer`) whose `deletion_protection` / `deletion_protection_enabled` / `enable_deletion_protection` / `DeletionProtection` / `DeletionProtectionEnabled` / `deletion_protection.enabled` load-balancer attribute is missing (the AWS default is off: reported at the resource) or not true (reported at the setting). Cloud SQL instances, Spanner databases and Bigtable instances are protected by default in the Google provider (`deletion_protection` defaults to true), so they fire only when `deletion_protection = false` is written, and not when the API-level protection is on instead (`settings { deletion_protection_enabled = true }` on Cloud SQL, `enable_drop_protection = true` on Spanner). In Terraform, `lifecycle { prevent_destroy = true }` counts as protection, and so does `protect: true` in Pulumi; CloudFormation\'s `DeletionPolicy` does not (it keeps the data when the stack lets go of it, but does not stop a deletion; DAT-001 and DAT-002 check it). Read replicas (`replicate_source_db`, `SourceDBInstanceIdentifier`, Cloud SQL `master_instance_name`) hold no data of their own and are not reported, nor are RDS instances that belong to an Aurora cluster (`DBClusterIdentifier`: the cluster\'s setting applies). Separately, an RDS instance or cluster with `skip_final_snapshot = true` is reported at that setting, whatever its protection: when it is deleted (once protection is lifted, for a replacement say), no copy of the data is kept. A value that is not known statically is not judged.","remediation":"Turn deletion protection on (`deletion_protection = true`, `deletion_protection_enabled = true`, `enable_deletion_protection = true`, `DeletionProtection: true`, the load-balancer attribute `deletion_protection.enabled: \\"true\\"`) or, in Terraform, add `lifecycle { prevent_destroy = true }` (`protect: true` in Pulumi); leave `skip_final_snapshot` false and name a `final_snapshot_identifier`. Switch protection off in its own reviewed change when a deletion is really intended.","examples":{"terraform":"resource \\"aws_db_instance\\" \\"orders\\" {\\n  identifier                = \\"orders\\"\\n  engine                    = \\"postgres\\"\\n  instance_class            = \\"db.t4g.medium\\"\\n  allocated_storage         = 50\\n  deletion_protection       = true\\n  skip_final_snapshot       = false\\n  final_snapshot_identifier = \\"orders-final\\"\\n}\\n\\nresource \\"aws_lb\\" \\"web\\" {\\n  name                       = \\"web\\"\\n  enable_deletion_protection = true\\n}\\n","cloudformation":"OrdersTable:\\n  Type: AWS::DynamoDB::Table\\n  DeletionPolicy: Retain\\n  UpdateReplacePolicy: Retain\\n  Properties:\\n    DeletionProtectionEnabled: true\\n    BillingMode: PAY_PER_REQUEST\\n    KeySchema: [{ AttributeName: id, KeyType: HASH }]\\n    AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]\\n","pulumi":"new aws.rds.Instance(\\"orders\\", {\\n  engine: \\"postgres\\",\\n  instanceClass: \\"db.t4g.medium\\",\\n  allocatedStorage: 50,\\n  deletionProtection: true,\\n  finalSnapshotIdentifier: \\"orders-final\\",\\n}, { protect: true });\\n"},"references":["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#deletion_protection_enabled","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection","https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection","https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_database#deletion_protection","https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigtable_instance#deletion_protection","https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection","https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6","https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy"],"sourceFile":"DAT-003.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_db_instance","aws_rds_cluster"]},"when":{"all":[{"not":{"truthy":"$attributes.deletion_protection"}},{"not":{"truthy":"$options.preventDestroy"}},{"not":{"truthy":"$options.protect"}},{"absent":"$attributes.replicate_source_db"}]},"at":"$attributes.deletion_protection","message":"RDS database {name} can be deleted with its data: {@deletion_protection} is not true. Set {@deletion_protection} to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_dynamodb_table"},"when":{"all":[{"not":{"truthy":"$attributes.deletion_protection_enabled"}},{"not":{"truthy":"$options.preventDestroy"}},{"not":{"truthy":"$options.protect"}}]},"at":"$attributes.deletion_protection_enabled","message":"DynamoDB table {name} can be deleted with its data: {@deletion_protection_enabled} is not true. Set {@deletion_protection_enabled} to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_lb","aws_alb"]},"when":{"all":[{"not":{"truthy":"$attributes.enable_deletion_protection"}},{"not":{"truthy":"$options.preventDestroy"}},{"not":{"truthy":"$options.protect"}}]},"at":"$attributes.enable_deletion_protection","message":"Load balancer {name} can be deleted (and its DNS name lost): {@enable_deletion_protection} is not true. Set {@enable_deletion_protection} to true."},{"select":{"format":"pulumi","kind":"resource","type":["awsx:lb:ApplicationLoadBalancer","awsx:lb:NetworkLoadBalancer"]},"when":{"all":[{"not":{"truthy":"$attributes.enableDeletionProtection"}},{"not":{"truthy":"$options.protect"}}]},"at":"$attributes.enableDeletionProtection","message":"Load balancer {name} can be deleted (and its DNS name lost): enableDeletionProtection is not true. Set enableDeletionProtection to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_db_instance","aws_rds_cluster"]},"when":{"all":[{"truthy":"$attributes.skip_final_snapshot"},{"absent":"$attributes.replicate_source_db"}]},"at":"$attributes.skip_final_snapshot","message":"RDS database {name} keeps no final snapshot when it is deleted ({@skip_final_snapshot} is true). Set {@skip_final_snapshot} to false and name a {@final_snapshot_identifier}."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_sql_database_instance"},"when":{"all":[{"equals":["$attributes.deletion_protection",false]},{"not":{"truthy":"$attributes.settings[0].deletion_protection_enabled"}},{"not":{"truthy":"$options.preventDestroy"}},{"not":{"truthy":"$options.protect"}},{"absent":"$attributes.master_instance_name"}]},"at":"$attributes.deletion_protection","message":"Cloud SQL instance {name} can be deleted with its data: {@deletion_protection} is false and {@settings[0].deletion_protection_enabled} is not true. Do not set {@deletion_protection} to false (the default protects it) or set {@settings[0].deletion_protection_enabled} to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_spanner_database"},"when":{"all":[{"equals":["$attributes.deletion_protection",false]},{"not":{"truthy":"$attributes.enable_drop_protection"}},{"not":{"truthy":"$options.preventDestroy"}},{"not":{"truthy":"$options.protect"}}]},"at":"$attributes.deletion_protection","message":"Spanner database {name} can be deleted with its data: {@deletion_protection} is false and {@enable_drop_protection} is not true. Do not set {@deletion_protection} to false (the default protects it) or set {@enable_drop_protection} to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_bigtable_instance"},"when":{"all":[{"equals":["$attributes.deletion_protection",false]},{"not":{"truthy":"$options.preventDestroy"}},{"not":{"truthy":"$options.protect"}}]},"at":"$attributes.deletion_protection","message":"Bigtable instance {name} can be deleted with its data: {@deletion_protection} is false. Do not set {@deletion_protection} to false (the default protects it)."},{"select":{"format":"cloudformation","kind":"resource","type":["AWS::RDS::DBInstance","AWS::RDS::DBCluster"]},"when":{"all":[{"not":{"truthy":"$attributes.DeletionProtection"}},{"absent":"$attributes.DBClusterIdentifier"},{"absent":"$attributes.SourceDBInstanceIdentifier"}]},"at":"$attributes.DeletionProtection","message":"RDS database {name} can be deleted with its data: DeletionProtection is not true. Set DeletionProtection to true."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::DynamoDB::Table"},"when":{"not":{"truthy":"$attributes.DeletionProtectionEnabled"}},"at":"$attributes.DeletionProtectionEnabled","message":"DynamoDB table {name} can be deleted with its data: DeletionProtectionEnabled is not true. Set DeletionProtectionEnabled to true."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::DynamoDB::GlobalTable"},"each":"attributes.Replicas[*]","as":"replica","when":{"not":{"truthy":"$replica.DeletionProtectionEnabled"}},"at":"$replica.DeletionProtectionEnabled","message":"A replica of DynamoDB global table {name} ({replica.Region}) can be deleted with its data: DeletionProtectionEnabled is not true. Set DeletionProtectionEnabled to true on every replica."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::ElasticLoadBalancingV2::LoadBalancer"},"let":{"protection":{"call":"keyValue","args":["$attributes.LoadBalancerAttributes","deletion_protection.enabled"]}},"when":{"equals":["$protection",null]},"message":"Load balancer {name} can be deleted (and its DNS name lost): LoadBalancerAttributes has no deletion_protection.enabled. Add the attribute deletion_protection.enabled with the value \\"true\\"."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::ElasticLoadBalancingV2::LoadBalancer"},"each":"attributes.LoadBalancerAttributes[*]","as":"attribute","when":{"all":[{"equals":["$attribute.Key","deletion_protection.enabled"]},{"not":{"truthy":"$attribute.Value"}}]},"at":"$attribute.Value","message":"Load balancer {name} can be deleted (and its DNS name lost): deletion_protection.enabled is \\"{attribute.Value}\\". Set it to \\"true\\"."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DAT-004","title":"Stateful Pulumi resource unprotected","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","DAT","data-protection"],"formats":["pulumi"],"enabled":true,"description":"Replacing resources is how immutable infrastructure changes, and Pulumi replaces a resource whenever an input that cannot be updated changes, or when it is renamed without an alias. For a stateful resource that deletes the data. `protect: true` makes Pulumi refuse to delete it; `retainOnDelete: true` lets Pulumi forget it without deleting it. The rule fires on the stateful types of DAT-001 and DAT-003 (databases and clusters, tables, buckets, file systems, volumes, caches, search domains, KMS keys, user pools, queues, streams, log groups, backup vaults, load balancers, Cloud SQL, Spanner, Bigtable) that set neither option to true: at the `new` expression when both are missing, at the option when it is set otherwise.","remediation":"Add `{ protect: true }` (or `retainOnDelete: true` where Pulumi should let go of the resource without deleting it) to the resource options of every stateful resource.","examples":{"pulumi":"const orders = new aws.dynamodb.Table(\\"orders\\", {\\n  billingMode: \\"PAY_PER_REQUEST\\",\\n  hashKey: \\"id\\",\\n  attributes: [{ name: \\"id\\", type: \\"S\\" }],\\n}, { protect: true });\\n"},"references":["https://www.pulumi.com/docs/iac/concepts/options/protect/","https://www.pulumi.com/docs/iac/concepts/options/retainondelete/"],"sourceFile":"DAT-004.yaml","checks":[{"select":{"format":"pulumi","kind":"resource","type":"$sets.stateful-terraform-types"},"when":{"all":[{"not":{"truthy":"$options.protect"}},{"not":{"truthy":"$options.retainOnDelete"}}]},"at":"$options.protect","message":"{name} ({resource.type}) is stateful but neither protected nor retained on delete, so a replacement or removal deletes its data. Add protect: true (or retainOnDelete: true) to its resource options."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DRF-001","title":"Drift ignored wholesale","level":"error","securitySeverity":"7.0","precision":"very-high","tags":["security","immutability","DRF"],"formats":["terraform","pulumi"],"enabled":true,"description":"`ignore_changes = all` tells Terraform never to reconcile the resource after creation: every manual change, every out-of-band patch stays, and a change made in the code is silently not applied either. The resource is configuration-managed by hand from then on. The rule fires on `ignore_changes = all`, on a list that contains `all` or `\\"*\\"`, and on Pulumi\'s `ignoreChanges: [\\"*\\"]`; the finding sits on `ignore_changes` / `ignoreChanges`. Options that are not known statically are not judged.","remediation":"Remove `ignore_changes = all`. If a controller legitimately owns one attribute (an autoscaler owning `desired_count`), ignore only that attribute.","examples":{"terraform":"resource \\"aws_ecs_service\\" \\"api\\" {\\n  # ...\\n  lifecycle {\\n    ignore_changes = [desired_count] # owned by Application Auto Scaling\\n  }\\n}\\n","pulumi":"new aws.ecs.Service(\\"api\\", { /* ... */ }, {\\n  ignoreChanges: [\\"desiredCount\\"], // owned by Application Auto Scaling\\n});\\n"},"references":["https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#ignore_changes"],"sourceFile":"DRF-001.yaml","checks":[{"select":{"kind":"resource"},"when":{"any":[{"equals":["$options.ignoreChanges","all"]},{"in":["*","$options.ignoreChanges"]},{"in":["all","$options.ignoreChanges"]}]},"at":"$options.ignoreChanges","message":"{name} sets {@ignore_changes} to ignore every attribute, so drift is never corrected and code changes are never applied. List only the attributes another system owns, such as an autoscaler\'s {@desired_count}."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DRF-002","title":"Drift ignored on configuration","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","DRF"],"formats":["terraform","pulumi"],"enabled":true,"description":"Every attribute listed in `ignore_changes` may drift from the code without anyone seeing it. A few attributes are owned by something else by design and may be ignored: metadata maps named `tags`, `tags_all`, `labels` or `annotations` (often written by cost tools and controllers), at any depth (a Kubernetes pod template\'s `spec[0].template[0].metadata[0].annotations`, `metadata[0].labels`, a launch template\'s `tag_specifications[0].tags`), and `desired_count`, `desired_capacity` and `scaling_config[*].desired_size` (owned by autoscalers), and GKE\'s `initial_node_count` (the provider\'s documentation asks for it to be ignored once autoscaling or manual resizing changes it). GCP\'s `resource_labels` and `user_labels` are metadata maps like `labels`. Anything else (an AMI, a user-data script, a task definition, a security group list, a selector\'s `match_labels`) is configuration that is then changed outside the code. Each listed attribute outside the allowlist is one finding, on its entry in the list (entries written on one line share it); entries inside an allowed map (`tags[\\"Owner\\"]`) are allowed. Pulumi paths are compared after converting camelCase to snake_case. `ignore_changes = all` and `ignoreChanges: [\\"*\\"]` are DRF-001\'s. The allowlist is two parameters: `allowed` (paths, with what is inside them) and `metadata` (map names allowed at any depth). A third, `owned-elsewhere`, allows an attribute that a separate resource of the same configuration manages and that refers to this one (target groups of an ASG attached by `aws_autoscaling_traffic_source_attachment`, VPCs of a hosted zone associated by `aws_route53_zone_association`, rules of a security group, a table\'s capacity under Application Auto Scaling): ignoring it there is what the provider documentation asks for. Without such a resource the same entry is a finding.","remediation":"Remove the attribute from `ignore_changes` and let the code own it. If another system must change it, make that system change the code (a pull request), not the resource.","examples":{"terraform":"resource \\"aws_autoscaling_group\\" \\"web\\" {\\n  # ...\\n  lifecycle {\\n    ignore_changes = [desired_capacity]\\n  }\\n}\\n","pulumi":"new aws.autoscaling.Group(\\"web\\", { /* ... */ }, { ignoreChanges: [\\"desiredCapacity\\"] });\\n"},"references":["https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#ignore_changes"],"sourceFile":"DRF-002.yaml","checks":[{"select":{"kind":"resource"},"each":"options.ignoreChanges[*]","as":"ignored","related":{"users":{"referenced-by":{"kind":"resource"}}},"when":{"all":[{"not":{"in":["$ignored",["*","all"]]}},{"not":{"call":"pathWithin","args":["$ignored","$params.allowed"]}},{"not":{"call":"pathMentions","args":["$ignored","$params.metadata"]}},{"not":{"call":"ownedElsewhere","args":["$ignored","$resource.canonicalType","$users","$params.owned-elsewhere"]}}]},"message":"{name} ignores changes to \\"{ignored}\\", so drift in that setting is never corrected. Remove \\"{ignored}\\" from {@ignore_changes} and let the code own it."}],"params":{"allowed":{"description":"Attribute paths that something else owns by design and that may be ignored, with everything inside them (Pulumi camelCase paths are compared in snake_case; `*` stands for a list index).","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["desired_count","desired_capacity","scaling_config[*].desired_size","initial_node_count"]},"metadata":{"description":"Names of metadata maps that cost tools and controllers write: allowed at any depth (a pod template\'s `metadata[0].labels`) with everything inside them (`tags[\\"Owner\\"]`).","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["tags","tags_all","labels","annotations","resource_labels","user_labels"]},"owned-elsewhere":{"description":"Attributes that a separate resource manages when one of the same configuration refers to this one: resource type \u2192 { attribute: [owner types] }. The provider documentation tells users to ignore them then (an ASG\'s target groups attached by `aws_autoscaling_traffic_source_attachment`, a hosted zone\'s VPCs associated by `aws_route53_zone_association`, a table\'s capacity set by Application Auto Scaling).","schema":{"type":"object","additionalProperties":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}},"default":{"aws_autoscaling_group":{"load_balancers":["aws_autoscaling_attachment","aws_autoscaling_traffic_source_attachment"],"target_group_arns":["aws_autoscaling_attachment","aws_autoscaling_traffic_source_attachment"],"traffic_source":["aws_autoscaling_attachment","aws_autoscaling_traffic_source_attachment"]},"aws_route53_zone":{"vpc":["aws_route53_zone_association"]},"aws_security_group":{"ingress":["aws_security_group_rule","aws_vpc_security_group_ingress_rule"],"egress":["aws_security_group_rule","aws_vpc_security_group_egress_rule"]},"aws_network_acl":{"ingress":["aws_network_acl_rule"],"egress":["aws_network_acl_rule"],"subnet_ids":["aws_network_acl_association"]},"aws_iam_role":{"managed_policy_arns":["aws_iam_role_policy_attachment","aws_iam_role_policy_attachments_exclusive"],"inline_policy":["aws_iam_role_policy"]},"aws_dynamodb_table":{"read_capacity":["aws_appautoscaling_target"],"write_capacity":["aws_appautoscaling_target"]},"aws_ecs_service":{"desired_count":["aws_appautoscaling_target"]},"google_container_cluster":{"node_pool":["google_container_node_pool"]}}}},"paramValues":{"allowed":["desired_count","desired_capacity","scaling_config[*].desired_size","initial_node_count"],"metadata":["tags","tags_all","labels","annotations","resource_labels","user_labels"],"owned-elsewhere":{"aws_autoscaling_group":{"load_balancers":["aws_autoscaling_attachment","aws_autoscaling_traffic_source_attachment"],"target_group_arns":["aws_autoscaling_attachment","aws_autoscaling_traffic_source_attachment"],"traffic_source":["aws_autoscaling_attachment","aws_autoscaling_traffic_source_attachment"]},"aws_route53_zone":{"vpc":["aws_route53_zone_association"]},"aws_security_group":{"ingress":["aws_security_group_rule","aws_vpc_security_group_ingress_rule"],"egress":["aws_security_group_rule","aws_vpc_security_group_egress_rule"]},"aws_network_acl":{"ingress":["aws_network_acl_rule"],"egress":["aws_network_acl_rule"],"subnet_ids":["aws_network_acl_association"]},"aws_iam_role":{"managed_policy_arns":["aws_iam_role_policy_attachment","aws_iam_role_policy_attachments_exclusive"],"inline_policy":["aws_iam_role_policy"]},"aws_dynamodb_table":{"read_capacity":["aws_appautoscaling_target"],"write_capacity":["aws_appautoscaling_target"]},"aws_ecs_service":{"desired_count":["aws_appautoscaling_target"]},"google_container_cluster":{"node_pool":["google_container_node_pool"]}}},"onePer":"element"},{"id":"DRF-003","title":"Non-deterministic input","level":"warning","securitySeverity":"4.0","precision":"high","tags":["security","immutability","DRF"],"formats":["terraform","pulumi"],"enabled":true,"description":"A resource argument computed from a call that returns something new on every run can never match what was applied: every plan shows a change (for an argument that forces replacement, every apply destroys and recreates the resource), real drift is lost in the noise, and two applies of the same commit do not produce the same infrastructure. The rule fires on Terraform `timestamp()`, `plantimestamp()`, `uuid()` and `bcrypt()` (a new salt every time), and on Pulumi `Date.now()`, `new Date()` without arguments, `Date()`, `Math.random()`, `performance.now()`, `crypto.randomUUID()` / `randomBytes()` / `randomInt()` (also imported by name from `crypto` or `node:crypto`) and the `uuid` package\'s `v1`/`v4`/`v6`/`v7`, wherever the value ends up in a resource\'s (or a Terraform provider\'s) arguments: directly, through locals, consts and module or component arguments, inside templates and string functions (`formatdate(\\"YYYY\\", timestamp())`, `` `logs-${Date.now()}` ``, `now.slice(0, 10)`), in maps (`merge(var.tags, { Created = timestamp() })`), encoded documents (`jsonencode`, `JSON.stringify`), `templatefile` variables and Pulumi `.apply` callbacks. There is one finding per top-level argument, at that argument (a nested block at its first line), naming the first such call found in it. A part of the argument that `lifecycle { ignore_changes }` / `ignoreChanges` covers is not reported: the common idiom `tags = { Created = timestamp() }` with `ignore_changes = [tags]` (or `tags[\\"Created\\"]`) records the creation time once and causes no diff afterwards; `ignore_changes = all` covers everything. A call whose result Terraform keeps in state (`random_id`, `random_uuid`, `time_static`, Pulumi `random.RandomUuid`) is the fix, not a finding, and so is a Pulumi `new Date(\\"2024-01-01\\")` with an argument. A conditional whose condition is not known statically (`var.stamp ? timestamp() : null`) is not judged.","remediation":"Compute the value once and keep it in state: `time_static` or a `random_*` resource in Terraform (`@pulumi/time` / `@pulumi/random` in Pulumi), or pass it in as a variable set by the pipeline. If the value is only meant to record creation, add the argument to `ignore_changes` so that it is written once.","examples":{"terraform":"resource \\"time_static\\" \\"created\\" {}\\n\\nresource \\"aws_s3_bucket\\" \\"logs\\" {\\n  bucket = \\"logs-${formatdate(\\"YYYYMMDD\\", time_static.created.rfc3339)}\\"\\n  tags   = { Created = time_static.created.rfc3339 }\\n}\\n","pulumi":"import * as random from \\"@pulumi/random\\";\\n\\nconst suffix = new random.RandomId(\\"suffix\\", { byteLength: 4 });\\nnew aws.s3.Bucket(\\"logs\\", { bucket: pulumi.interpolate`logs-${suffix.hex}` });\\n"},"references":["https://developer.hashicorp.com/terraform/language/functions/timestamp","https://developer.hashicorp.com/terraform/language/functions/uuid","https://registry.terraform.io/providers/hashicorp/time/latest/docs/resources/static","https://www.pulumi.com/registry/packages/random/"],"sourceFile":"DRF-003.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":["resource","provider"]},"each":"attributes[*]","as":"argument","let":{"call":{"call":"nondeterministic","args":["$argument","$key","$options.ignoreChanges"]},"shown":{"call":"nativeAttributeName","args":["$key","$resource.format"]}},"when":{"not":{"equals":["$call",null]}},"message":"{name} sets {shown} from {call}, which gives a different value on every run, so every plan shows a change. Compute the value once (time_static, a random resource or a pipeline variable) or ignore changes to it."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DRF-004","title":"Impure external data","level":"warning","securitySeverity":"4.0","precision":"high","tags":["security","immutability","DRF","supply-chain"],"formats":["terraform"],"enabled":true,"description":"`data \\"external\\"` runs a program on the machine that runs Terraform, and `data \\"http\\"` fetches a URL, at every plan. Their results are not in the code and not in the lock file: two plans of the same commit can differ, and a resource argument fed by them changes (or is replaced) whenever the program\'s output or the remote document does, with nothing in version control to show why. The rule fires on an `external` or `http` data source that a resource of the same configuration refers to in an argument (directly, or through a local value), once per data source, at the `data` block, with each referring argument as a related location. A data source only used by outputs or by other data sources is not reported.","remediation":"Put the value in the code (a variable, a `.tfvars` file, a committed file read with `file()`), or produce it in the pipeline before `terraform plan` and pass it in with `-var`, so the plan is a function of the commit.","examples":{"terraform":"variable \\"allowed_cidrs\\" {\\n  type = list(string)  # set from the reviewed pipeline, not fetched at plan time\\n}\\n\\nresource \\"aws_security_group_rule\\" \\"office\\" {\\n  type              = \\"ingress\\"\\n  security_group_id = aws_security_group.web.id\\n  from_port         = 443\\n  to_port           = 443\\n  protocol          = \\"tcp\\"\\n  cidr_blocks       = var.allowed_cidrs\\n}\\n"},"references":["https://registry.terraform.io/providers/hashicorp/external/latest/docs/data-sources/external","https://registry.terraform.io/providers/hashicorp/http/latest/docs/data-sources/http","https://developer.hashicorp.com/terraform/language/data-sources"],"sourceFile":"DRF-004.yaml","checks":[{"select":{"format":"terraform","kind":"data","type":["external","http"]},"related":{"consumers":{"referenced-by":{"kind":"resource"}}},"when":{"some":"$consumers"},"message":"{name} feeds resource arguments, so the plan depends on what a program or URL returns at plan time, not on the code. Pass the value in as a variable or a committed file instead."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"DRF-005","title":"Provider-side in-place upgrade","level":"note","securitySeverity":"2.0","precision":"medium","tags":["security","immutability","DRF"],"formats":["terraform","cloudformation","pulumi"],"enabled":false,"description":"Some managed services upgrade themselves: the provider patches the engine or the nodes in a maintenance window, outside any change to the code. The running version then differs from the one that was tested, and from what the code says, which is drift by design. This rule lists those settings so that a team that wants every version change to go through code can find them; it is disabled by default because many baselines (AWS Foundational Security Best Practices RDS.13, ElastiCache.2, DMS.6, MQ.3) require the opposite, automatic security patching. It fires on automatic minor version upgrades where the provider\'s default is on and the code does not set it to false (reported at the resource when missing, at the setting when true): RDS instances and Aurora cluster instances (`auto_minor_version_upgrade`, `AutoMinorVersionUpgrade`, default true), ElastiCache clusters and replication groups, MemoryDB clusters, Neptune instances, DMS replication instances (all default true), and Redshift clusters\' `allow_version_upgrade` / `AllowVersionUpgrade` (default true, and it covers major versions); where the default is off it fires only on an explicit true: Amazon MQ brokers, RDS clusters (`auto_minor_version_upgrade` applies to Multi-AZ DB clusters), OpenSearch `software_update_options.auto_software_update_enabled`. It also fires on `allow_major_version_upgrade` / `AllowMajorVersionUpgrade` true on RDS instances and clusters (a changed `engine_version` then upgrades the database in place instead of through a new instance or a blue/green deployment), on GKE node pools (`google_container_node_pool` and a cluster\'s `node_pool` blocks) whose `management.auto_upgrade` is not false (the provider enables it when the block or the setting is missing), and on AKS clusters with an automatic upgrade channel (`automatic_channel_upgrade` in azurerm 3, `automatic_upgrade_channel` in azurerm 4, azure-native `autoUpgradeProfile.upgradeChannel`) set to anything but `none`. DocumentDB instances are not listed: DocumentDB performs no minor upgrades whatever the setting says. A value that is not known statically is not judged.","remediation":"Pin engine and node versions in code and turn automatic upgrades off (`auto_minor_version_upgrade = false`, `management { auto_upgrade = false }`, no AKS upgrade channel); upgrade by changing the version in a reviewed change, preferably through a new instance or a blue/green deployment, on a schedule that keeps up with security patches.","examples":{"terraform":"resource \\"aws_db_instance\\" \\"orders\\" {\\n  identifier                 = \\"orders\\"\\n  engine                     = \\"postgres\\"\\n  engine_version             = \\"16.4\\"\\n  instance_class             = \\"db.t4g.medium\\"\\n  allocated_storage          = 50\\n  auto_minor_version_upgrade = false\\n}\\n\\nresource \\"google_container_node_pool\\" \\"workers\\" {\\n  name    = \\"workers\\"\\n  cluster = \\"main\\"\\n  version = \\"1.30.5-gke.1014001\\"\\n  management {\\n    auto_upgrade = false\\n  }\\n}\\n","cloudformation":"OrdersDb:\\n  Type: AWS::RDS::DBInstance\\n  Properties:\\n    Engine: postgres\\n    EngineVersion: \\"16.4\\"\\n    DBInstanceClass: db.t4g.medium\\n    AllocatedStorage: \\"50\\"\\n    AutoMinorVersionUpgrade: false\\n","pulumi":"new aws.rds.Instance(\\"orders\\", {\\n  engine: \\"postgres\\",\\n  engineVersion: \\"16.4\\",\\n  instanceClass: \\"db.t4g.medium\\",\\n  allocatedStorage: 50,\\n  autoMinorVersionUpgrade: false,\\n});\\n"},"references":["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#auto_minor_version_upgrade","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auto_minor_version_upgrade","https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#allow_version_upgrade","https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#auto_upgrade","https://learn.microsoft.com/en-us/azure/aks/auto-upgrade-cluster","https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13"],"sourceFile":"DRF-005.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_db_instance","aws_rds_cluster_instance","aws_elasticache_cluster","aws_elasticache_replication_group","aws_memorydb_cluster","aws_neptune_cluster_instance","aws_dms_replication_instance"]},"when":{"not":{"equals":["$attributes.auto_minor_version_upgrade",false]}},"at":"$attributes.auto_minor_version_upgrade","message":"{name} ({resource.type}) lets the provider upgrade its engine in place ({@auto_minor_version_upgrade} is not false), so the running version drifts from the code. Set {@auto_minor_version_upgrade} to false and upgrade through code."},{"select":{"format":"cloudformation","kind":"resource","type":["AWS::RDS::DBInstance","AWS::ElastiCache::CacheCluster","AWS::ElastiCache::ReplicationGroup","AWS::MemoryDB::Cluster","AWS::Neptune::DBInstance","AWS::DMS::ReplicationInstance"]},"when":{"not":{"equals":["$attributes.AutoMinorVersionUpgrade",false]}},"at":"$attributes.AutoMinorVersionUpgrade","message":"{name} ({resource.type}) lets the provider upgrade its engine in place (AutoMinorVersionUpgrade is not false), so the running version drifts from the code. Set AutoMinorVersionUpgrade to false and upgrade through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_mq_broker","aws_rds_cluster"]},"when":{"truthy":"$attributes.auto_minor_version_upgrade"},"at":"$attributes.auto_minor_version_upgrade","message":"{name} ({resource.type}) lets the provider upgrade its engine in place ({@auto_minor_version_upgrade} is true), so the running version drifts from the code. Set {@auto_minor_version_upgrade} to false and upgrade through code."},{"select":{"format":"cloudformation","kind":"resource","type":["AWS::AmazonMQ::Broker","AWS::RDS::DBCluster"]},"when":{"truthy":"$attributes.AutoMinorVersionUpgrade"},"at":"$attributes.AutoMinorVersionUpgrade","message":"{name} ({resource.type}) lets the provider upgrade its engine in place (AutoMinorVersionUpgrade is true), so the running version drifts from the code. Set AutoMinorVersionUpgrade to false and upgrade through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_opensearch_domain"},"when":{"truthy":"$attributes.software_update_options[0].auto_software_update_enabled"},"at":"$attributes.software_update_options[0].auto_software_update_enabled","message":"OpenSearch domain {name} lets the provider update its software in place ({@software_update_options[0].auto_software_update_enabled} is true), so the running version drifts from the code. Set it to false and update through code."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::OpenSearchService::Domain"},"when":{"truthy":"$attributes.SoftwareUpdateOptions.AutoSoftwareUpdateEnabled"},"at":"$attributes.SoftwareUpdateOptions.AutoSoftwareUpdateEnabled","message":"OpenSearch domain {name} lets the provider update its software in place (SoftwareUpdateOptions.AutoSoftwareUpdateEnabled is true), so the running version drifts from the code. Set it to false and update through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_redshift_cluster"},"when":{"not":{"equals":["$attributes.allow_version_upgrade",false]}},"at":"$attributes.allow_version_upgrade","message":"Redshift cluster {name} lets the provider upgrade its engine in place ({@allow_version_upgrade} is not false), so the running version drifts from the code. Set {@allow_version_upgrade} to false and upgrade through code."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::Redshift::Cluster"},"when":{"not":{"equals":["$attributes.AllowVersionUpgrade",false]}},"at":"$attributes.AllowVersionUpgrade","message":"Redshift cluster {name} lets the provider upgrade its engine in place (AllowVersionUpgrade is not false), so the running version drifts from the code. Set AllowVersionUpgrade to false and upgrade through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_db_instance","aws_rds_cluster"]},"when":{"truthy":"$attributes.allow_major_version_upgrade"},"at":"$attributes.allow_major_version_upgrade","message":"{name} ({resource.type}) allows major engine upgrades in place ({@allow_major_version_upgrade} is true), so a new engine version changes the running database instead of a new one. Set {@allow_major_version_upgrade} to false and upgrade through a new instance or a blue/green deployment."},{"select":{"format":"cloudformation","kind":"resource","type":["AWS::RDS::DBInstance","AWS::RDS::DBCluster"]},"when":{"truthy":"$attributes.AllowMajorVersionUpgrade"},"at":"$attributes.AllowMajorVersionUpgrade","message":"{name} ({resource.type}) allows major engine upgrades in place (AllowMajorVersionUpgrade is true), so a new engine version changes the running database instead of a new one. Set AllowMajorVersionUpgrade to false and upgrade through a new instance or a blue/green deployment."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_container_node_pool"},"when":{"not":{"equals":["$attributes.management[0].auto_upgrade",false]}},"at":"$attributes.management[0].auto_upgrade","message":"GKE node pool {name} lets Google upgrade its nodes in place ({@management[0].auto_upgrade} is not false), so the node version drifts from the code. Set {@management[0].auto_upgrade} to false and upgrade through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"google_container_cluster"},"each":"attributes.node_pool[*]","as":"pool","when":{"not":{"equals":["$pool.management[0].auto_upgrade",false]}},"at":"$pool.management[0].auto_upgrade","message":"GKE cluster {name} lets Google upgrade the nodes of its node pool \\"{pool.name}\\" in place (management.auto_upgrade is not false), so the node version drifts from the code. Set management.auto_upgrade to false and upgrade through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_kubernetes_cluster","azure:containerservice/kubernetesCluster:KubernetesCluster"]},"when":{"all":[{"present":"$attributes.automatic_channel_upgrade"},{"not":{"equals":["$attributes.automatic_channel_upgrade","none"]}}]},"at":"$attributes.automatic_channel_upgrade","message":"AKS cluster {name} upgrades itself through the \\"{attributes.automatic_channel_upgrade}\\" channel, so the Kubernetes version drifts from the code. Remove {@automatic_channel_upgrade} and upgrade through code."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_kubernetes_cluster","azure:containerservice/kubernetesCluster:KubernetesCluster"]},"when":{"all":[{"present":"$attributes.automatic_upgrade_channel"},{"not":{"equals":["$attributes.automatic_upgrade_channel","none"]}}]},"at":"$attributes.automatic_upgrade_channel","message":"AKS cluster {name} upgrades itself through the \\"{attributes.automatic_upgrade_channel}\\" channel, so the Kubernetes version drifts from the code. Remove {@automatic_upgrade_channel} and upgrade through code."},{"select":{"format":"pulumi","kind":"resource","type":"azure-native:containerservice*:ManagedCluster"},"when":{"all":[{"present":"$attributes.autoUpgradeProfile.upgradeChannel"},{"not":{"equals":["$attributes.autoUpgradeProfile.upgradeChannel","none"]}}]},"at":"$attributes.autoUpgradeProfile.upgradeChannel","message":"AKS cluster {name} upgrades itself through the \\"{attributes.autoUpgradeProfile.upgradeChannel}\\" channel, so the Kubernetes version drifts from the code. Remove autoUpgradeProfile.upgradeChannel (or set it to \\"none\\") and upgrade through code."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"IAC-000","title":"File could not be parsed","level":"error","securitySeverity":"5.0","precision":"very-high","tags":["driftless","parse"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"driftless could not read this file: a syntax error, an encoding it cannot decode (not UTF-8, binary content), a file too large to scan, or a construct its parser does not understand. Nothing in the file was checked, so a problem in it would go unreported. The finding sits at the position the parser stopped at.","remediation":"Fix the syntax error at the reported position (`terraform validate`, `cfn-lint` or `tsc` show the same error), re-encode the file as UTF-8, or exclude the file if it is not Infrastructure-as-Code.","examples":{},"references":["https://developer.hashicorp.com/terraform/language/syntax/configuration"],"sourceFile":"IAC-000.yaml","checks":[],"params":{},"paramValues":{},"onePer":"element"},{"id":"IAC-001","title":"Suppression not applied or not needed","level":"warning","securitySeverity":"3.0","precision":"very-high","tags":["driftless","suppression"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A suppression (a `driftless:ignore` comment, a CloudFormation `Metadata.driftless.ignore` entry or an `ignore:` entry of `.driftless.yaml`) that cannot be trusted is reported at the suppression itself: it gives no reason (then it is not applied), it names an ID that is not a rule, it is malformed (not applied), its `expires` day has passed (not applied: the findings it covered are reported again), or it matches no finding (the problem was fixed, or it sits in the wrong place). Suppressions are accepted risk; each one needs an owner\'s reason, and one that no longer suppresses anything hides the next problem written under it.","remediation":"Write the reason after `--` (`# driftless:ignore PIN-005 expires=2027-06-30 -- mirrored image, see SEC-123`) or as `reason:` in Metadata and `.driftless.yaml`; fix the rule ID; renew an expired suppression with a new date only after review; delete a suppression that matches nothing.","examples":{"terraform":"# driftless:ignore PIN-006 expires=2027-06-30 -- vendor image, pinned by the vendor\'s registry policy (SEC-123)\\nresource \\"aws_ecs_task_definition\\" \\"agent\\" {\\n  family                = \\"agent\\"\\n  container_definitions = file(\\"agent.json\\")\\n}\\n"},"references":["https://docs.github.com/en/code-security/code-scanning/managing-code-scanning-alerts/resolving-code-scanning-alerts"],"sourceFile":"IAC-001.yaml","checks":[],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-001","title":"Module source unpinned","level":"error","securitySeverity":"7.0","precision":"very-high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform"],"enabled":true,"description":"A module fetched from outside the repository without a pin is whatever its remote holds at the next `terraform init`: the default branch of a git repository, the current object in a bucket, the newest release in a registry. The same configuration then builds different infrastructure on different days, and a compromised upstream flows straight into production. The rule fires for git, Mercurial, GitHub, Bitbucket, S3, GCS and HTTP(S) sources without a `ref=`, `rev=`, `versionId=` (or a version in an archive\'s file name), and for registry modules (`namespace/name/provider`) without a `version` argument. Local paths are not affected. A finding about a source sits on the `source` argument; a missing registry `version` is reported at the `module` line.","remediation":"Pin every remote module: add `?ref=<full commit SHA>` to git sources, `?versionId=` to S3 objects, and an exact `version` to registry modules.","examples":{"terraform":"module \\"vpc\\" {\\n  source  = \\"terraform-aws-modules/vpc/aws\\"\\n  version = \\"5.8.1\\"\\n}\\n\\nmodule \\"network\\" {\\n  source = \\"git::https://example.com/network.git?ref=3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b0a9d8e7f\\"\\n}\\n"},"references":["https://developer.hashicorp.com/terraform/language/modules/sources","https://docs.prismacloud.io/en/enterprise-edition/policy-reference/supply-chain-policies/terraform-policies/ensure-terraform-module-sources-use-git-url-with-commit-hash-revision"],"sourceFile":"PIN-001.yaml","checks":[{"select":{"format":"terraform","kind":"module"},"let":{"src":{"call":"moduleSource","args":["$attributes.source"]}},"when":{"all":[{"equals":["$src.kind","git"]},{"equals":["$src.ref",null]}]},"at":"$attributes.source","message":"Module {name} is fetched from \\"{attributes.source}\\" with no ref, so every init takes whatever the default branch holds then. Add ?ref=<full commit SHA> to the source."},{"select":{"format":"terraform","kind":"module"},"let":{"src":{"call":"moduleSource","args":["$attributes.source"]}},"when":{"all":[{"equals":["$src.kind","hg"]},{"equals":["$src.ref",null]}]},"at":"$attributes.source","message":"Module {name} is fetched from \\"{attributes.source}\\" with no rev, so every init takes whatever the repository holds then. Add ?rev=<full changeset id> to the source."},{"select":{"format":"terraform","kind":"module"},"let":{"src":{"call":"moduleSource","args":["$attributes.source"]}},"when":{"all":[{"in":["$src.kind",["s3","gcs","http"]]},{"equals":["$src.ref",null]}]},"at":"$attributes.source","message":"Module {name} is fetched from \\"{attributes.source}\\" with no object version, so every init takes whatever the URL serves then. Add ?versionId=<id> (S3) or point the source at an archive whose name carries its version."},{"select":{"format":"terraform","kind":"module"},"let":{"src":{"call":"moduleSource","args":["$attributes.source"]}},"when":{"all":[{"equals":["$src.kind","registry"]},{"absent":"$attributes.version"}]},"message":"Registry module {name} (\\"{attributes.source}\\") has no version argument, so every init takes the newest release. Add version = \\"<exact version>\\" to the module block."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-002","title":"Module pinned to a movable ref","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform"],"enabled":true,"description":"A pin that can move is not a pin. Git tags and branches can be re-pointed (force-pushed or deleted and recreated), so `?ref=v1.2.0` or `?ref=main` may fetch different code tomorrow; only a full 40-hex commit SHA (or 64-hex in SHA-256 repositories) names one tree forever. A registry `version` that is a range (`~> 5.0`, `>= 5.1`, `> 4`, `!= 5.2.0`, a comma list) resolves to the newest matching release at each init. Mercurial `rev=` is judged like a git ref. The finding sits on `source` for a movable ref and on `version` for a range.","remediation":"Replace tags and branches by the commit SHA they point to (keep the tag in a comment for readers), and use one exact registry version; let a dependency bot raise the pin.","examples":{"terraform":"module \\"network\\" {\\n  # v2.3.0\\n  source = \\"git::https://example.com/network.git?ref=3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b0a9d8e7f\\"\\n}\\n\\nmodule \\"vpc\\" {\\n  source  = \\"terraform-aws-modules/vpc/aws\\"\\n  version = \\"5.8.1\\"\\n}\\n"},"references":["https://developer.hashicorp.com/terraform/language/expressions/version-constraints","https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision"],"sourceFile":"PIN-002.yaml","checks":[{"select":{"format":"terraform","kind":"module"},"let":{"src":{"call":"moduleSource","args":["$attributes.source"]}},"when":{"all":[{"in":["$src.kind",["git","hg"]]},{"not":{"equals":["$src.ref",null]}},{"not":{"call":"isCommitSha","args":["$src.ref"]}}]},"at":"$attributes.source","message":"Module {name} is pinned to \\"{src.ref}\\", a tag or branch that can be moved to other code. Replace it in the source with the full commit SHA it points to (keep the tag in a comment)."},{"select":{"format":"terraform","kind":"module"},"let":{"src":{"call":"moduleSource","args":["$attributes.source"]}},"when":{"all":[{"equals":["$src.kind","registry"]},{"present":"$attributes.version"},{"not":{"call":"isExactVersion","args":["$attributes.version"]}}]},"at":"$attributes.version","message":"Module {name} accepts the version range \\"{attributes.version}\\", so each init may take a newer release. Set version to one exact release, the one you tested."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-003","title":"Provider / toolchain version unconstrained","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform","pulumi"],"enabled":true,"description":"A provider or toolchain without an upper bound takes the next major release on the next install or upgrade: resource defaults, argument names and even replacement behaviour change under unchanged code, and a compromised release flows in unreviewed. Terraform: the rule judges root modules only, the folders `terraform init` and `terraform apply` run in (a folder that configures a backend, `cloud` or a `provider`, and that no other folder of the scan calls): their constraints decide which versions are installed. Reusable modules are not judged, because HashiCorp recommends that they declare minimum versions only (`>= 5.0`, as terraform-aws-modules do) and leave the upper bound to the root that uses them; a reusable module that omits a requirement is also left to its root. In a root module, each `required_providers` entry without a `version` is a finding at the entry, and each whose constraint has no upper bound (only `>=`, `>` or `!=` parts) a finding at its `version` (`~>`, an exact version, `<` and `<=` bound it); each provider that resources, data sources, `provider` blocks or module calls\' `providers` use (by type prefix or `provider` meta-argument; the built-in `terraform` provider aside) but that `required_providers` does not declare is named in one finding at the `required_providers` block (at the `terraform` block, or line 1 of the folder\'s first file, when there is none), which lists them all; a missing `required_version` is a finding at the `terraform` block (or line 1), an open-ended one at `required_version`. The module\'s settings file (the one holding its `terraform` block, usually `versions.tf`) carries these findings. A constraint that is not a literal is not judged. Pulumi: every `@pulumi/*` dependency (or devDependency) of `package.json` whose range has no upper bound is one finding, at its entry: `*`, `x`, an empty range, a dist-tag such as `latest`, or only lower bounds (`>=6.0.0`). Caret and tilde ranges are bounded and accepted; the lock file (PIN-004) pins the exact version.","remediation":"Terraform root modules: declare every provider in `required_providers` with a pessimistic constraint (`version = \\"~> 5.60\\"`) and set `required_version` (`~> 1.9`); commit `.terraform.lock.hcl` and upgrade deliberately. Pulumi: give every `@pulumi/*` dependency a bounded range (`^6.52.0`) or an exact version, commit the lock file, and let a dependency bot raise them.","examples":{"terraform":"terraform {\\n  required_version = \\"~> 1.9\\"\\n\\n  required_providers {\\n    aws = {\\n      source  = \\"hashicorp/aws\\"\\n      version = \\"~> 5.60\\"\\n    }\\n  }\\n\\n  backend \\"s3\\" {\\n    bucket = \\"acme-terraform-state\\"\\n    key    = \\"shop/terraform.tfstate\\"\\n    region = \\"eu-west-1\\"\\n  }\\n}\\n","pulumi":"{\\n  \\"dependencies\\": {\\n    \\"@pulumi/pulumi\\": \\"^3.140.0\\",\\n    \\"@pulumi/aws\\": \\"6.52.0\\"\\n  }\\n}\\n"},"references":["https://developer.hashicorp.com/terraform/language/providers/requirements#best-practices-for-provider-versions","https://developer.hashicorp.com/terraform/language/expressions/version-constraints#best-practices","https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies","https://www.pulumi.com/docs/iac/concepts/resources/providers/"],"sourceFile":"PIN-003.yaml","checks":[{"select":{"format":"pulumi","kind":"project"},"each":["attributes.dependencies[*]","attributes.devDependencies[*]"],"as":"range","when":{"all":[{"matches":["$key","^@pulumi/"]},{"call":"isOpenEndedRange","args":["$range"]}]},"message":"Pulumi project {name} depends on {key} \\"{range}\\", a range without an upper bound, so the next install may take a new major version. Use a caret range (^x.y.z) or an exact version."},{"select":{"format":"terraform","kind":"project","type":"terraform_module"},"each":"attributes.settings.required_providers[*]","as":"requirement","when":{"all":[{"truthy":"$attributes.root"},{"absent":"$requirement.version"}]},"message":"Root module in {name}/ requires provider {key} without a version constraint, so terraform init -upgrade may install any release, a new major version included. Add version = \\"~> X.Y\\" to the entry."},{"select":{"format":"terraform","kind":"project","type":"terraform_module"},"each":"attributes.settings.required_providers[*]","as":"requirement","when":{"all":[{"truthy":"$attributes.root"},{"call":"isOpenEndedConstraint","args":["$requirement.version"]}]},"at":"$requirement.version","message":"Root module in {name}/ constrains provider {key} to \\"{requirement.version}\\", which has no upper bound, so terraform init -upgrade may install a new major version. Use a pessimistic constraint (\\"~> X.Y\\")."},{"select":{"format":"terraform","kind":"project","type":"terraform_module"},"let":{"undeclared":{"call":"missingKeys","args":["$attributes.providers_used","$attributes.settings.required_providers"]}},"when":{"all":[{"truthy":"$attributes.root"},{"call":"nonEmpty","args":["$undeclared"]}]},"at":"$attributes.settings.required_providers","message":"Root module in {name}/ uses providers that required_providers does not declare ({undeclared}), so Terraform installs the newest release of each. Add them to required_providers with their source and version = \\"~> X.Y\\"."},{"select":{"format":"terraform","kind":"project","type":"terraform_module"},"when":{"all":[{"truthy":"$attributes.root"},{"absent":"$attributes.settings.required_version"}]},"at":"$attributes.settings","message":"Root module in {name}/ does not set required_version, so any Terraform release, a new major version included, may run it. Set required_version = \\"~> X.Y\\" in its terraform block."},{"select":{"format":"terraform","kind":"project","type":"terraform_module"},"when":{"all":[{"truthy":"$attributes.root"},{"call":"isOpenEndedConstraint","args":["$attributes.settings.required_version"]}]},"at":"$attributes.settings.required_version","message":"Root module in {name}/ sets required_version \\"{attributes.settings.required_version}\\", which has no upper bound, so a new major Terraform release may run it. Use a pessimistic constraint (\\"~> X.Y\\") or add an upper bound (< 2.0.0)."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-004","title":"Dependency lock file absent","level":"warning","securitySeverity":"4.0","precision":"very-high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform","pulumi"],"enabled":true,"description":"Without a lock file, every install resolves the dependency constraints anew: the configuration that ran yesterday and the one that runs today can use different provider versions (and different provider binaries: the lock file also records their checksums), and nobody can reproduce an old deployment. Terraform: a root module (a folder that configures a backend, `cloud` or a `provider`, and that no other folder of the scan calls) must commit `.terraform.lock.hcl` beside its configuration; reusable modules do not, since Terraform ignores their lock files. The finding points at line 1 of the root module\'s first `.tf` file (by name), the catalog\'s place for a repository-level finding. Pulumi: a project (a folder with `Pulumi.yaml`) must commit a lock file beside its `package.json`: `package-lock.json`, `npm-shrinkwrap.json`, `yarn.lock`, `pnpm-lock.yaml`, `bun.lockb` or `bun.lock`. The finding points at line 1 of `package.json` (or of `Pulumi.yaml` when there is no `package.json`).","remediation":"Terraform: run `terraform init` (and `terraform providers lock -platform=...` for every platform that runs the configuration), commit `.terraform.lock.hcl`, and remove it from `.gitignore`. Pulumi: run `npm install` (or your package manager\'s install), commit the lock file it writes, and install with `npm ci` in pipelines so the lock file is what runs.","examples":{"terraform":"infra/\\n  versions.tf\\n  main.tf\\n  .terraform.lock.hcl   # committed\\n","pulumi":"infra/\\n  Pulumi.yaml\\n  package.json\\n  package-lock.json   # committed\\n  index.ts\\n"},"references":["https://developer.hashicorp.com/terraform/language/files/dependency-lock","https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json","https://www.pulumi.com/docs/iac/languages-sdks/javascript/"],"sourceFile":"PIN-004.yaml","checks":[{"select":{"format":"pulumi","kind":"project"},"when":{"not":{"call":"nonEmpty","args":["$attributes.lockFiles"]}},"message":"Pulumi project {name} has no lock file beside package.json, so every install may resolve different dependency versions. Run npm install and commit the lock file it writes."},{"select":{"format":"terraform","kind":"project","type":"terraform_lock_file"},"when":{"all":[{"truthy":"$attributes.root"},{"not":{"truthy":"$attributes.lock_file"}}]},"message":"Root module in {name}/ has no .terraform.lock.hcl beside it, so every terraform init may select different provider versions and binaries. Run terraform init and commit .terraform.lock.hcl."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-005","title":"Container image tag floating","level":"error","securitySeverity":"7.0","precision":"high","tags":["security","immutability","PIN","containers","supply-chain"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"An image reference with no tag means `latest`, and `latest` is whatever was pushed last: two deployments of the same code run different software, a rollback does not roll back, and a poisoned push reaches production unreviewed. The rule reads container images wherever infrastructure code names them: ECS container definitions (written with `jsonencode(...)` or as a JSON string), AWS Batch job definitions, Lambda `image_uri`, App Runner, Kubernetes pod templates (pods, deployments, stateful sets, daemon sets, replica sets, replication controllers, jobs, cron jobs; containers and init containers), `kubernetes_manifest` objects (containers under `spec`, `spec.template.spec` or `spec.jobTemplate.spec.template.spec`, whatever the manifest\'s kind), Cloud Run, Azure Container Apps and container groups, Docker provider resources; in CloudFormation, ECS `ContainerDefinitions`, Lambda `Code.ImageUri`, SAM `ImageUri`, Batch and App Runner; in Pulumi, the same provider resources (`aws.ecs.TaskDefinition` with `JSON.stringify(...)`, `aws.lambda.Function`, Cloud Run, Docker), Kubernetes workloads of every API version (`k8s.apps.v1.Deployment`, `k8s.apps.v1beta1.Deployment`, `k8s.extensions.v1beta1.Deployment`, `k8s.batch.v1beta1.CronJob`, their `*Patch` resources, pods and pod templates) and awsx ECS services and task definitions. A reference that carries a digest is not this rule\'s: a valid `@sha256:` digest pins the image even when its tag says `latest`, and a malformed one is reported by PIN-006. A reference built from a variable or another expression is not judged (it is not known until plan time), except where the tag is visible in the text: `!Sub \\"${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:latest\\"` floats whatever the account is, and so does the template literal `${repo.repositoryUrl}:latest`, also when a Pulumi `.apply` callback returns it (``repo.repositoryUrl.apply((url) => `${url}:latest`)``). The finding sits on the `image` key (for a container written on one line, that line).","remediation":"Name an exact version tag and, better, the digest it resolved to (`repo/app:1.4.2@sha256:<64 hex>`); have the pipeline that builds the image write the digest.","examples":{"terraform":"resource \\"aws_ecs_task_definition\\" \\"app\\" {\\n  family = \\"app\\"\\n  container_definitions = jsonencode([{\\n    name  = \\"app\\"\\n    image = \\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2@sha256:9b2a0c6f3f1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c\\"\\n  }])\\n}\\n","cloudformation":"ApiTask:\\n  Type: AWS::ECS::TaskDefinition\\n  Properties:\\n    ContainerDefinitions:\\n      - Name: api\\n        Image: !Sub \\"${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/api:1.4.2@sha256:9b2a0c6f3f1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c\\"\\n","pulumi":"new aws.ecs.TaskDefinition(\\"api\\", {\\n  family: \\"api\\",\\n  containerDefinitions: JSON.stringify([\\n    { name: \\"api\\", image: \\"acme/api:1.4.2@sha256:9b2a0c6f3f1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c\\" },\\n  ]),\\n});\\n"},"references":["https://docs.docker.com/reference/cli/docker/image/tag/","https://kubernetes.io/docs/concepts/containers/images/#image-names","https://avd.aquasec.com/misconfig/kubernetes/general/avd-ksv-0013/"],"sourceFile":"PIN-005.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":"aws_ecs_task_definition","each":"attributes.container_definitions|json[*].image"},{"format":["terraform","pulumi"],"type":"aws_batch_job_definition","each":["attributes.container_properties|json.image","attributes.ecs_properties|json.taskProperties[*].containers[*].image"]},{"format":["terraform","pulumi"],"type":"aws_lambda_function","each":"attributes.image_uri"},{"format":["terraform","pulumi"],"type":"aws_apprunner_service","each":"attributes.source_configuration[*].image_repository[*].image_identifier"},{"format":["terraform","pulumi"],"type":["kubernetes_pod","kubernetes_pod_v1"],"each":["attributes.spec[*].container[*].image","attributes.spec[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":["kubernetes_deployment","kubernetes_deployment_v1","kubernetes_stateful_set","kubernetes_stateful_set_v1","kubernetes_daemonset","kubernetes_daemon_set_v1","kubernetes_replication_controller","kubernetes_replication_controller_v1","kubernetes_job","kubernetes_job_v1"],"each":["attributes.spec[*].template[*].spec[*].container[*].image","attributes.spec[*].template[*].spec[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":["kubernetes_cron_job","kubernetes_cron_job_v1"],"each":["attributes.spec[*].job_template[*].spec[*].template[*].spec[*].container[*].image","attributes.spec[*].job_template[*].spec[*].template[*].spec[*].init_container[*].image"]},{"format":"terraform","type":"kubernetes_manifest","each":["attributes.manifest.spec.containers[*].image","attributes.manifest.spec.initContainers[*].image","attributes.manifest.spec.template.spec.containers[*].image","attributes.manifest.spec.template.spec.initContainers[*].image","attributes.manifest.spec.jobTemplate.spec.template.spec.containers[*].image","attributes.manifest.spec.jobTemplate.spec.template.spec.initContainers[*].image"]},{"format":["terraform","pulumi"],"type":"google_cloud_run_service","each":"attributes.template[*].spec[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"google_cloud_run_v2_service","each":"attributes.template[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"google_cloud_run_v2_job","each":"attributes.template[*].template[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"azurerm_container_app","each":["attributes.template[*].container[*].image","attributes.template[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":"azurerm_container_group","each":["attributes.container[*].image","attributes.init_container[*].image"]},{"format":["terraform","pulumi"],"type":"docker_container","each":"attributes.image"},{"format":["terraform","pulumi"],"type":"docker_image","each":"attributes.name"},{"format":"cloudformation","type":"AWS::ECS::TaskDefinition","each":"attributes.ContainerDefinitions[*].Image"},{"format":"cloudformation","type":"AWS::Lambda::Function","each":"attributes.Code.ImageUri"},{"format":"cloudformation","type":"AWS::Serverless::Function","each":"attributes.ImageUri"},{"format":"cloudformation","type":"AWS::Batch::JobDefinition","each":["attributes.ContainerProperties.Image","attributes.EcsProperties.TaskProperties[*].Containers[*].Image"]},{"format":"cloudformation","type":"AWS::AppRunner::Service","each":"attributes.SourceConfiguration.ImageRepository.ImageIdentifier"},{"format":"pulumi","type":["kubernetes:core/*:Pod","kubernetes:core/*:PodPatch"],"each":["attributes.spec.containers[*].image","attributes.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:core/*:PodTemplate","kubernetes:core/*:PodTemplatePatch"],"each":["attributes.template.spec.containers[*].image","attributes.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:apps/*:Deployment","kubernetes:apps/*:DeploymentPatch","kubernetes:apps/*:StatefulSet","kubernetes:apps/*:StatefulSetPatch","kubernetes:apps/*:DaemonSet","kubernetes:apps/*:DaemonSetPatch","kubernetes:apps/*:ReplicaSet","kubernetes:apps/*:ReplicaSetPatch","kubernetes:extensions/*:Deployment","kubernetes:extensions/*:DeploymentPatch","kubernetes:extensions/*:DaemonSet","kubernetes:extensions/*:DaemonSetPatch","kubernetes:extensions/*:ReplicaSet","kubernetes:extensions/*:ReplicaSetPatch","kubernetes:core/*:ReplicationController","kubernetes:core/*:ReplicationControllerPatch","kubernetes:batch/*:Job","kubernetes:batch/*:JobPatch"],"each":["attributes.spec.template.spec.containers[*].image","attributes.spec.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:batch/*:CronJob","kubernetes:batch/*:CronJobPatch"],"each":["attributes.spec.jobTemplate.spec.template.spec.containers[*].image","attributes.spec.jobTemplate.spec.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["awsx:ecs:FargateService","awsx:ecs:EC2Service"],"each":["attributes.taskDefinitionArgs.container.image","attributes.taskDefinitionArgs.containers[*].image"]},{"format":"pulumi","type":["awsx:ecs:FargateTaskDefinition","awsx:ecs:EC2TaskDefinition"],"each":["attributes.container.image","attributes.containers[*].image"]}],"as":"image","let":{"text":{"call":"visibleText","args":["$image|text"]},"ref":{"call":"image","args":["$text"]}},"when":{"all":[{"not":{"equals":["$ref",null]}},{"equals":["$ref.digest",null]},{"any":[{"not":{"truthy":"$ref.hasTag"}},{"equals":["$ref.tag","latest"]}]}]},"message":"{name} runs container image \\"{text}\\" with no tag or the tag \\"latest\\", so it runs whatever was pushed last. Pin an exact version tag and its digest (app:1.4.2@sha256:<64 hex>)."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-006","title":"Container image not pinned by digest","level":"warning","securitySeverity":"5.5","precision":"high","tags":["security","immutability","PIN","containers","supply-chain"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A version tag is a label, not an identity: registries let anyone with push rights move `app:1.4.2` to new content (unless tags are immutable, see ART-001), and a re-pushed base image changes what the same tag runs. Only a content digest (`@sha256:` and 64 lowercase hex digits, or `@sha512:` and 128) names exact bytes. The rule reads the same places as PIN-005 (including `kubernetes_manifest` and Kubernetes workloads of every API version in Pulumi) and fires when a reference has a specific tag (not `latest`) but no digest, or when it has a digest that is malformed (63 digits, a non-hex character, upper case, an unknown algorithm), whatever its tag: such a reference pins nothing, and container runtimes refuse to pull it. References without a tag or with `latest` and without any digest are PIN-005\'s, so one image gets one finding. The finding sits on the `image` key.","remediation":"Append the digest the tag resolved to when the image was built or promoted (`app:1.4.2@sha256:<64 hex>`); keeping the tag alongside documents the version for readers.","examples":{"terraform":"resource \\"kubernetes_deployment_v1\\" \\"web\\" {\\n  # ...\\n  spec {\\n    template {\\n      spec {\\n        container {\\n          name  = \\"web\\"\\n          image = \\"nginx:1.27.2@sha256:6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e\\"\\n        }\\n      }\\n    }\\n  }\\n}\\n","cloudformation":"Worker:\\n  Type: AWS::Lambda::Function\\n  Properties:\\n    PackageType: Image\\n    Code:\\n      ImageUri: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:2.0.1@sha256:9b2a0c6f3f1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c\\n","pulumi":"new k8s.apps.v1.Deployment(\\"web\\", {\\n  spec: {\\n    selector: { matchLabels: { app: \\"web\\" } },\\n    template: {\\n      metadata: { labels: { app: \\"web\\" } },\\n      spec: { containers: [{ name: \\"web\\", image: \\"nginx:1.27.2@sha256:9b2a0c6f3f1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c\\" }] },\\n    },\\n  },\\n});\\n"},"references":["https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier","https://cloud.google.com/kubernetes-engine/docs/concepts/about-container-images#using_image_digests"],"sourceFile":"PIN-006.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"type":"aws_ecs_task_definition","each":"attributes.container_definitions|json[*].image"},{"format":["terraform","pulumi"],"type":"aws_batch_job_definition","each":["attributes.container_properties|json.image","attributes.ecs_properties|json.taskProperties[*].containers[*].image"]},{"format":["terraform","pulumi"],"type":"aws_lambda_function","each":"attributes.image_uri"},{"format":["terraform","pulumi"],"type":"aws_apprunner_service","each":"attributes.source_configuration[*].image_repository[*].image_identifier"},{"format":["terraform","pulumi"],"type":["kubernetes_pod","kubernetes_pod_v1"],"each":["attributes.spec[*].container[*].image","attributes.spec[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":["kubernetes_deployment","kubernetes_deployment_v1","kubernetes_stateful_set","kubernetes_stateful_set_v1","kubernetes_daemonset","kubernetes_daemon_set_v1","kubernetes_replication_controller","kubernetes_replication_controller_v1","kubernetes_job","kubernetes_job_v1"],"each":["attributes.spec[*].template[*].spec[*].container[*].image","attributes.spec[*].template[*].spec[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":["kubernetes_cron_job","kubernetes_cron_job_v1"],"each":["attributes.spec[*].job_template[*].spec[*].template[*].spec[*].container[*].image","attributes.spec[*].job_template[*].spec[*].template[*].spec[*].init_container[*].image"]},{"format":"terraform","type":"kubernetes_manifest","each":["attributes.manifest.spec.containers[*].image","attributes.manifest.spec.initContainers[*].image","attributes.manifest.spec.template.spec.containers[*].image","attributes.manifest.spec.template.spec.initContainers[*].image","attributes.manifest.spec.jobTemplate.spec.template.spec.containers[*].image","attributes.manifest.spec.jobTemplate.spec.template.spec.initContainers[*].image"]},{"format":["terraform","pulumi"],"type":"google_cloud_run_service","each":"attributes.template[*].spec[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"google_cloud_run_v2_service","each":"attributes.template[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"google_cloud_run_v2_job","each":"attributes.template[*].template[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"azurerm_container_app","each":["attributes.template[*].container[*].image","attributes.template[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":"azurerm_container_group","each":["attributes.container[*].image","attributes.init_container[*].image"]},{"format":["terraform","pulumi"],"type":"docker_container","each":"attributes.image"},{"format":["terraform","pulumi"],"type":"docker_image","each":"attributes.name"},{"format":"cloudformation","type":"AWS::ECS::TaskDefinition","each":"attributes.ContainerDefinitions[*].Image"},{"format":"cloudformation","type":"AWS::Lambda::Function","each":"attributes.Code.ImageUri"},{"format":"cloudformation","type":"AWS::Serverless::Function","each":"attributes.ImageUri"},{"format":"cloudformation","type":"AWS::Batch::JobDefinition","each":["attributes.ContainerProperties.Image","attributes.EcsProperties.TaskProperties[*].Containers[*].Image"]},{"format":"cloudformation","type":"AWS::AppRunner::Service","each":"attributes.SourceConfiguration.ImageRepository.ImageIdentifier"},{"format":"pulumi","type":["kubernetes:core/*:Pod","kubernetes:core/*:PodPatch"],"each":["attributes.spec.containers[*].image","attributes.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:core/*:PodTemplate","kubernetes:core/*:PodTemplatePatch"],"each":["attributes.template.spec.containers[*].image","attributes.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:apps/*:Deployment","kubernetes:apps/*:DeploymentPatch","kubernetes:apps/*:StatefulSet","kubernetes:apps/*:StatefulSetPatch","kubernetes:apps/*:DaemonSet","kubernetes:apps/*:DaemonSetPatch","kubernetes:apps/*:ReplicaSet","kubernetes:apps/*:ReplicaSetPatch","kubernetes:extensions/*:Deployment","kubernetes:extensions/*:DeploymentPatch","kubernetes:extensions/*:DaemonSet","kubernetes:extensions/*:DaemonSetPatch","kubernetes:extensions/*:ReplicaSet","kubernetes:extensions/*:ReplicaSetPatch","kubernetes:core/*:ReplicationController","kubernetes:core/*:ReplicationControllerPatch","kubernetes:batch/*:Job","kubernetes:batch/*:JobPatch"],"each":["attributes.spec.template.spec.containers[*].image","attributes.spec.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:batch/*:CronJob","kubernetes:batch/*:CronJobPatch"],"each":["attributes.spec.jobTemplate.spec.template.spec.containers[*].image","attributes.spec.jobTemplate.spec.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["awsx:ecs:FargateService","awsx:ecs:EC2Service"],"each":["attributes.taskDefinitionArgs.container.image","attributes.taskDefinitionArgs.containers[*].image"]},{"format":"pulumi","type":["awsx:ecs:FargateTaskDefinition","awsx:ecs:EC2TaskDefinition"],"each":["attributes.container.image","attributes.containers[*].image"]}],"as":"image","let":{"text":{"call":"visibleText","args":["$image|text"]},"ref":{"call":"image","args":["$text"]}},"when":{"all":[{"not":{"equals":["$ref",null]}},{"truthy":"$ref.hasTag"},{"not":{"equals":["$ref.tag","latest"]}},{"equals":["$ref.digest",null]}]},"message":"{name} runs container image \\"{text}\\" by tag only, and a tag can be moved to other content. Append the digest the tag resolved to (@sha256:<64 hex>)."},{"select":[{"format":["terraform","pulumi"],"type":"aws_ecs_task_definition","each":"attributes.container_definitions|json[*].image"},{"format":["terraform","pulumi"],"type":"aws_batch_job_definition","each":["attributes.container_properties|json.image","attributes.ecs_properties|json.taskProperties[*].containers[*].image"]},{"format":["terraform","pulumi"],"type":"aws_lambda_function","each":"attributes.image_uri"},{"format":["terraform","pulumi"],"type":"aws_apprunner_service","each":"attributes.source_configuration[*].image_repository[*].image_identifier"},{"format":["terraform","pulumi"],"type":["kubernetes_pod","kubernetes_pod_v1"],"each":["attributes.spec[*].container[*].image","attributes.spec[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":["kubernetes_deployment","kubernetes_deployment_v1","kubernetes_stateful_set","kubernetes_stateful_set_v1","kubernetes_daemonset","kubernetes_daemon_set_v1","kubernetes_replication_controller","kubernetes_replication_controller_v1","kubernetes_job","kubernetes_job_v1"],"each":["attributes.spec[*].template[*].spec[*].container[*].image","attributes.spec[*].template[*].spec[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":["kubernetes_cron_job","kubernetes_cron_job_v1"],"each":["attributes.spec[*].job_template[*].spec[*].template[*].spec[*].container[*].image","attributes.spec[*].job_template[*].spec[*].template[*].spec[*].init_container[*].image"]},{"format":"terraform","type":"kubernetes_manifest","each":["attributes.manifest.spec.containers[*].image","attributes.manifest.spec.initContainers[*].image","attributes.manifest.spec.template.spec.containers[*].image","attributes.manifest.spec.template.spec.initContainers[*].image","attributes.manifest.spec.jobTemplate.spec.template.spec.containers[*].image","attributes.manifest.spec.jobTemplate.spec.template.spec.initContainers[*].image"]},{"format":["terraform","pulumi"],"type":"google_cloud_run_service","each":"attributes.template[*].spec[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"google_cloud_run_v2_service","each":"attributes.template[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"google_cloud_run_v2_job","each":"attributes.template[*].template[*].containers[*].image"},{"format":["terraform","pulumi"],"type":"azurerm_container_app","each":["attributes.template[*].container[*].image","attributes.template[*].init_container[*].image"]},{"format":["terraform","pulumi"],"type":"azurerm_container_group","each":["attributes.container[*].image","attributes.init_container[*].image"]},{"format":["terraform","pulumi"],"type":"docker_container","each":"attributes.image"},{"format":["terraform","pulumi"],"type":"docker_image","each":"attributes.name"},{"format":"cloudformation","type":"AWS::ECS::TaskDefinition","each":"attributes.ContainerDefinitions[*].Image"},{"format":"cloudformation","type":"AWS::Lambda::Function","each":"attributes.Code.ImageUri"},{"format":"cloudformation","type":"AWS::Serverless::Function","each":"attributes.ImageUri"},{"format":"cloudformation","type":"AWS::Batch::JobDefinition","each":["attributes.ContainerProperties.Image","attributes.EcsProperties.TaskProperties[*].Containers[*].Image"]},{"format":"cloudformation","type":"AWS::AppRunner::Service","each":"attributes.SourceConfiguration.ImageRepository.ImageIdentifier"},{"format":"pulumi","type":["kubernetes:core/*:Pod","kubernetes:core/*:PodPatch"],"each":["attributes.spec.containers[*].image","attributes.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:core/*:PodTemplate","kubernetes:core/*:PodTemplatePatch"],"each":["attributes.template.spec.containers[*].image","attributes.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:apps/*:Deployment","kubernetes:apps/*:DeploymentPatch","kubernetes:apps/*:StatefulSet","kubernetes:apps/*:StatefulSetPatch","kubernetes:apps/*:DaemonSet","kubernetes:apps/*:DaemonSetPatch","kubernetes:apps/*:ReplicaSet","kubernetes:apps/*:ReplicaSetPatch","kubernetes:extensions/*:Deployment","kubernetes:extensions/*:DeploymentPatch","kubernetes:extensions/*:DaemonSet","kubernetes:extensions/*:DaemonSetPatch","kubernetes:extensions/*:ReplicaSet","kubernetes:extensions/*:ReplicaSetPatch","kubernetes:core/*:ReplicationController","kubernetes:core/*:ReplicationControllerPatch","kubernetes:batch/*:Job","kubernetes:batch/*:JobPatch"],"each":["attributes.spec.template.spec.containers[*].image","attributes.spec.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["kubernetes:batch/*:CronJob","kubernetes:batch/*:CronJobPatch"],"each":["attributes.spec.jobTemplate.spec.template.spec.containers[*].image","attributes.spec.jobTemplate.spec.template.spec.initContainers[*].image"]},{"format":"pulumi","type":["awsx:ecs:FargateService","awsx:ecs:EC2Service"],"each":["attributes.taskDefinitionArgs.container.image","attributes.taskDefinitionArgs.containers[*].image"]},{"format":"pulumi","type":["awsx:ecs:FargateTaskDefinition","awsx:ecs:EC2TaskDefinition"],"each":["attributes.container.image","attributes.containers[*].image"]}],"as":"image","let":{"text":{"call":"visibleText","args":["$image|text"]},"ref":{"call":"image","args":["$text"]}},"when":{"truthy":"$ref.digestMalformed"},"message":"{name} runs container image \\"{text}\\" whose digest \\"{ref.digest}\\" is not a valid sha256 digest (sha256: and 64 lowercase hex digits), so it pins nothing and runtimes reject it. Write the full digest the image resolved to."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-007","title":"Lookup that resolves to \\"latest\\"","level":"warning","securitySeverity":"6.0","precision":"high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"A lookup that asks for the newest image is re-read on every plan or stack update: the day a new image is published, the same unchanged code replaces instances (or rewrites launch templates) with software nobody reviewed, and an old deployment cannot be reproduced. The rule fires on an AMI lookup (`data \\"aws_ami\\"`, Pulumi `aws.ec2.getAmi` / `getAmiOutput`) with `most_recent = true`, unless its filters select one image whatever is published later (an `image-id` filter, or a `name` filter whose values have no `*` or `?` wildcard); an ECR image lookup (`data \\"aws_ecr_image\\"`, `aws.ecr.getImage`) with `most_recent = true`; an SSM parameter lookup (`data \\"aws_ssm_parameter\\"`, `aws.ssm.getParameter`) of an AWS public parameter (`/aws/service/...`, such as the latest Amazon Linux or ECS-optimized AMI, or the `stable` Fluent Bit image) without a `:version` selector, reported at `name`; a Compute Engine image lookup (`data \\"google_compute_image\\"`, `gcp.compute.getImage`) selected by `family` without a `name`, or by a `filter` with `most_recent = true`; an Azure marketplace image reference whose `version` is `latest` (`source_image_reference` of `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine`, their scale sets and `azurerm_orchestrated_virtual_machine_scale_set`; `storage_image_reference` of the legacy `azurerm_virtual_machine` and `azurerm_virtual_machine_scale_set`; `imageReference` of azure-native virtual machines and scale sets). Each finding sits on the setting that asks for the latest (`most_recent`, `family`, `version`). In CloudFormation it fires on a dynamic reference to an AWS public SSM parameter without a version (`\'{{resolve:ssm:/aws/service/ami-amazon-linux-latest/...}}\'`, in any property of any resource, also inside `Fn::Sub` text; reported at the property holding it; region metadata under `/aws/service/global-infrastructure/` does not count; EC2 Image Builder resources are left out, because building a new golden image from the newest base image is their purpose), and on every parameter of type `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` (reported at the parameter\'s key under `Parameters`): CloudFormation resolves it again on every stack update, whatever its default. A value not known statically is not judged.","remediation":"Resolve the image once, in the pipeline that builds or approves it, and pass its ID into the code (a variable, a parameter of type `AWS::EC2::Image::Id`, a pinned SSM parameter version `{{resolve:ssm:/aws/service/...:42}}`, an Azure image `version` such as `22.04.202404080`, a GCE image `name`); promote a new image by changing that value in a reviewed commit.","examples":{"terraform":"variable \\"ami_id\\" {\\n  description = \\"AMI built and approved by the image pipeline\\"\\n  type        = string\\n}\\n\\nresource \\"aws_instance\\" \\"app\\" {\\n  ami           = var.ami_id\\n  instance_type = \\"t3.micro\\"\\n}\\n\\ndata \\"google_compute_image\\" \\"debian\\" {\\n  project = \\"debian-cloud\\"\\n  name    = \\"debian-12-bookworm-v20240415\\"\\n}\\n","cloudformation":"Parameters:\\n  AmiId:\\n    Type: AWS::EC2::Image::Id\\n    Description: AMI built and approved by the image pipeline\\nResources:\\n  App:\\n    Type: AWS::EC2::Instance\\n    Properties:\\n      ImageId: !Ref AmiId\\n      InstanceType: t3.micro\\n","pulumi":"const config = new pulumi.Config();\\nnew aws.ec2.Instance(\\"app\\", {\\n  ami: config.require(\\"amiId\\"), // written by the image pipeline\\n  instanceType: \\"t3.micro\\",\\n});\\n"},"references":["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#aws-ssm-parameter-types","https://learn.microsoft.com/en-us/azure/virtual-machines/linux/cli-ps-findimage","https://cloud.google.com/compute/docs/images/image-families-best-practices"],"sourceFile":"PIN-007.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"data","type":"aws_ami"},"when":{"all":[{"truthy":"$attributes.most_recent"},{"not":{"call":"amiFilterPins","args":["$attributes.filter","$attributes.filters"]}}]},"at":"$attributes.most_recent","message":"AMI lookup {name} takes the newest image matching its filters ({@most_recent} = true), so a newly published image changes the instances that use it on the next apply. Pass an approved AMI ID in, or filter on one exact image name."},{"select":{"format":["terraform","pulumi"],"kind":"data","type":"aws_ecr_image"},"when":{"truthy":"$attributes.most_recent"},"at":"$attributes.most_recent","message":"ECR image lookup {name} takes the most recently pushed image ({@most_recent} = true), so every push changes what deploys. Look the image up by {@image_digest} or by an immutable {@image_tag}."},{"select":{"format":["terraform","pulumi"],"kind":"data","type":"aws_ssm_parameter"},"when":{"call":"ssmLatestPublicParameter","args":["$attributes.name"]},"at":"$attributes.name","message":"SSM parameter lookup {name} reads the AWS public parameter \\"{attributes.name}\\", which AWS moves to each new release (the latest AMI or image), so the value changes on the next plan. Pass an approved value in, or select a parameter version (\\"{attributes.name}:VERSION\\")."},{"select":{"format":["terraform","pulumi"],"kind":"data","type":"google_compute_image"},"when":{"all":[{"present":"$attributes.family"},{"absent":"$attributes.name"}]},"at":"$attributes.family","message":"Image lookup {name} selects image family \\"{attributes.family}\\", which resolves to the newest image in the family on every plan. Select one image by {@name}."},{"select":{"format":["terraform","pulumi"],"kind":"data","type":"google_compute_image"},"when":{"all":[{"truthy":"$attributes.most_recent"},{"absent":"$attributes.name"},{"absent":"$attributes.family"}]},"at":"$attributes.most_recent","message":"Image lookup {name} takes the newest image matching its filter ({@most_recent} = true). Select one image by {@name}."},{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_linux_virtual_machine_scale_set","azurerm_windows_virtual_machine_scale_set","azurerm_orchestrated_virtual_machine_scale_set"],"each":"attributes.source_image_reference[*]"},{"format":["terraform","pulumi"],"kind":"resource","type":["azurerm_virtual_machine","azurerm_virtual_machine_scale_set"],"each":"attributes.storage_image_reference[*]"}],"as":"image","let":{"version":{"call":"lower","args":["$image.version"]}},"when":{"equals":["$version","latest"]},"at":"$image.version","message":"{name} runs the marketplace image {image.publisher}/{image.offer}/{image.sku} at version \\"latest\\", which changes whenever the publisher releases one. Set version to an exact image version."},{"select":[{"format":"pulumi","kind":"resource","type":"azure-native:compute:VirtualMachine","each":"attributes.storageProfile.imageReference"},{"format":"pulumi","kind":"resource","type":"azure-native:compute:VirtualMachineScaleSet","each":"attributes.virtualMachineProfile.storageProfile.imageReference"}],"as":"image","let":{"version":{"call":"lower","args":["$image.version"]}},"when":{"equals":["$version","latest"]},"at":"$image.version","message":"{name} runs the marketplace image {image.publisher}/{image.offer}/{image.sku} at version \\"latest\\", which changes whenever the publisher releases one. Set imageReference.version to an exact image version."},{"select":{"format":"cloudformation","kind":"resource","each":["attributes[*]","attributes[*][*]","attributes[*][*][*]","attributes[*][*][*][*]","attributes[*][*][*][*][*]","attributes[*][*][*][*][*][*]","attributes[*][*][*][*][*][*][*]","attributes[*][*][*][*][*][*][*][*]"]},"as":"value","let":{"parameter":{"call":"ssmLatestParameter","args":["$value"]}},"when":{"all":[{"not":{"matches":["$resource.type","^AWS::ImageBuilder::"]}},{"present":"$parameter"}]},"message":"{name} resolves the AWS public SSM parameter {parameter} without a version, so every stack update may pick up a new image. Pass an approved image ID as a parameter, or pin the parameter version (add :VERSION to the dynamic reference)."},{"select":{"format":"cloudformation","kind":"parameter","type":["AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>","AWS::SSM::Parameter::Value<List<AWS::EC2::Image::Id>>"]},"message":"Parameter {name} has type {resource.type}, so CloudFormation looks the image up again on every stack update and takes whatever the SSM parameter holds then. Use type AWS::EC2::Image::Id and pass an approved AMI ID."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-008","title":"AMI lookup without trusted owner","level":"error","securitySeverity":"8.0","precision":"high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform","pulumi"],"enabled":true,"description":"An AMI lookup without an owner searches every public image in the region. Anyone can publish a public AMI under any name, so a lookup by name pattern (`ubuntu/images/*`, `amzn2-ami-hvm-*`) can resolve to an attacker\'s image that copies the expected name, and with `most_recent` a newer squatting image wins the next plan (the \\"AMI name confusion\\" attack). The rule fires on an AMI lookup (`data \\"aws_ami\\"`, Pulumi `aws.ec2.getAmi` / `getAmiOutput`) that has no `owners`, reported at the data block (Pulumi: the call), and on one whose `owners` is an empty list, reported at `owners`. A filter that restricts the owner (`owner-id` or `owner-alias` with values) is as good as `owners`, and an `image-id` filter names one immutable image, so neither lookup is reported. An `owners` value not known statically is not judged.","remediation":"Set `owners` to the accounts you trust: your own (`self`) or your image pipeline\'s account ID, `amazon` for Amazon\'s images, the publisher\'s account ID for vendor images (Canonical: `099720109477`). Marketplace aliases are shared by all sellers: prefer account IDs.","examples":{"terraform":"data \\"aws_ami\\" \\"ubuntu\\" {\\n  most_recent = true\\n  owners      = [\\"099720109477\\"] # Canonical\\n\\n  filter {\\n    name   = \\"name\\"\\n    values = [\\"ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*\\"]\\n  }\\n}\\n","pulumi":"const ubuntu = aws.ec2.getAmiOutput({\\n  mostRecent: true,\\n  owners: [\\"099720109477\\"], // Canonical\\n  filters: [{ name: \\"name\\", values: [\\"ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*\\"] }],\\n});\\n"},"references":["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami#owners-1","https://securitylabs.datadoghq.com/articles/whoami-a-cloud-image-name-confusion-attack/","https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html"],"sourceFile":"PIN-008.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"data","type":"aws_ami"},"when":{"all":[{"absent":"$attributes.owners"},{"not":{"call":"amiTrustedFilter","args":["$attributes.filter","$attributes.filters"]}}]},"message":"AMI lookup {name} has no {@owners}, so it searches every public image and can resolve to one anybody published under a matching name. Set {@owners} to the account IDs you trust."},{"select":{"format":["terraform","pulumi"],"kind":"data","type":"aws_ami"},"when":{"all":[{"present":"$attributes.owners"},{"not":{"call":"nonEmpty","args":["$attributes.owners"]}},{"not":{"call":"amiTrustedFilter","args":["$attributes.filter","$attributes.filters"]}}]},"at":"$attributes.owners","message":"AMI lookup {name} has an empty {@owners} list, so it searches every public image and can resolve to one anybody published under a matching name. Set {@owners} to the account IDs you trust."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-009","title":"Function code from a mutable object","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","PIN","supply-chain","serverless"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Code deployed from an S3 key without an object version is whatever the key holds when the function (or layer) is next created, replaced or updated: somebody who can write to the bucket changes the code of a function the code review never saw, and a rollback redeploys the current object instead of the old code. The rule fires on Lambda functions and layers whose code comes from S3 without an object version: Terraform and Pulumi `aws_lambda_function` / `aws_lambda_layer_version` (`aws.lambda.Function`, `aws.lambda.LayerVersion`) with `s3_bucket` and no `s3_object_version`, reported at the resource header (the location convention for a required setting that is missing, as RNP-003 does, since the fix is the missing argument); CloudFormation `AWS::Lambda::Function` `Code` and `AWS::Lambda::LayerVersion` `Content` with `S3Bucket` and no `S3ObjectVersion`, reported at `Code` / `Content` (the element missing its version); SAM `AWS::Serverless::Function` `CodeUri` and `AWS::Serverless::LayerVersion` `ContentUri` given as `{Bucket, Key}` without `Version`, or as an `s3://` string without `?versionId=`, reported at `CodeUri` / `ContentUri`. A local path (`CodeUri: ./src`, `filename`) is packaged to a new object by `sam package` / `aws cloudformation package` / Terraform and is not reported, and neither is a key that names its content (a run of 32 or more hex digits in its last segment, as the packaging tools write, or a Terraform key computed with `filemd5(...)` and similar): each build then writes a new key. A key that is not known statically is still reported when the version is missing, since nothing in the code shows it to be content-addressed.","remediation":"Upload the code to a versioned bucket and pass the object version it got (`s3_object_version = aws_s3_object.code.version_id`, `S3ObjectVersion`, SAM `Version` or `s3://bucket/key?versionId=...`), or let the packaging tool upload each build under a content-addressed key.","examples":{"terraform":"resource \\"aws_lambda_function\\" \\"api\\" {\\n  function_name     = \\"api\\"\\n  role              = aws_iam_role.api.arn\\n  runtime           = \\"python3.12\\"\\n  handler           = \\"app.handler\\"\\n  s3_bucket         = aws_s3_object.api.bucket\\n  s3_key            = aws_s3_object.api.key\\n  s3_object_version = aws_s3_object.api.version_id\\n}\\n","cloudformation":"Api:\\n  Type: AWS::Lambda::Function\\n  Properties:\\n    Runtime: python3.12\\n    Handler: app.handler\\n    Role: !GetAtt ApiRole.Arn\\n    Code:\\n      S3Bucket: acme-artifacts\\n      S3Key: api/api.zip\\n      S3ObjectVersion: 3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY\\n","pulumi":"new aws.lambda.Function(\\"api\\", {\\n  role: role.arn,\\n  runtime: \\"python3.12\\",\\n  handler: \\"app.handler\\",\\n  s3Bucket: code.bucket,\\n  s3Key: code.key,\\n  s3ObjectVersion: code.versionId,\\n});\\n"},"references":["https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#s3_object_version-1","https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-codeuri"],"sourceFile":"PIN-009.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":["aws_lambda_function","aws_lambda_layer_version"]},"when":{"all":[{"present":"$attributes.s3_bucket"},{"absent":"$attributes.s3_object_version"},{"not":{"call":"contentAddressed","args":["$attributes.s3_key"]}}]},"message":"{name} deploys code from S3 key \\"{attributes.s3_key}\\" without {@s3_object_version}, so whatever the key holds at the next deployment runs. Set {@s3_object_version} to the uploaded object\'s version ID."},{"select":[{"format":"cloudformation","kind":"resource","type":"AWS::Lambda::Function","each":"attributes.Code"},{"format":"cloudformation","kind":"resource","type":"AWS::Lambda::LayerVersion","each":"attributes.Content"}],"as":"code","when":{"all":[{"present":"$code.S3Bucket"},{"absent":"$code.S3ObjectVersion"},{"not":{"call":"contentAddressed","args":["$code.S3Key"]}}]},"message":"{name} deploys code from S3 key \\"{code.S3Key}\\" without S3ObjectVersion, so whatever the key holds at the next deployment runs. Add S3ObjectVersion with the uploaded object\'s version ID."},{"select":[{"format":"cloudformation","kind":"resource","type":"AWS::Serverless::Function","each":"attributes.CodeUri"},{"format":"cloudformation","kind":"resource","type":"AWS::Serverless::LayerVersion","each":"attributes.ContentUri"}],"as":"uri","when":{"all":[{"present":"$uri.Bucket"},{"absent":"$uri.Version"},{"not":{"call":"contentAddressed","args":["$uri.Key"]}}]},"message":"{name} deploys code from S3 key \\"{uri.Key}\\" without Version, so whatever the key holds at the next deployment runs. Add Version with the uploaded object\'s version ID."},{"select":[{"format":"cloudformation","kind":"resource","type":"AWS::Serverless::Function","each":"attributes.CodeUri"},{"format":"cloudformation","kind":"resource","type":"AWS::Serverless::LayerVersion","each":"attributes.ContentUri"}],"as":"uri","when":{"all":[{"matches":["$uri|text","^s3://"]},{"call":"unversionedObjectUrl","args":["$uri"]}]},"message":"{name} deploys code from \\"{uri|text}\\" without ?versionId=, so whatever the key holds at the next deployment runs. Append ?versionId= with the uploaded object\'s version ID, or give a local path for sam package to upload."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"PIN-010","title":"Nested template from an unversioned URL","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","PIN","supply-chain"],"formats":["terraform","cloudformation"],"enabled":true,"description":"A nested stack, included snippet or stack whose template is read from an S3 URL without a version is whatever the object holds at the next stack update: anybody who can write to the bucket changes infrastructure that the reviewed template only points at, and an old deployment cannot be reproduced. The rule fires, at the URL, on `AWS::CloudFormation::Stack` `TemplateURL`, on the `Location` of an `AWS::Include` transform (in the `Transform` section or as `Fn::Transform` anywhere in the template), on the `Location` of a SAM `AWS::Serverless::Application` given as a URL, and on Terraform `aws_cloudformation_stack` / `aws_cloudformation_stack_set` `template_url`, when the URL (`https://`, `s3://`, or text that starts with a substituted base such as `${TemplatesBase}/vpc.yaml`) has no `versionId=` query. URLs written with `Fn::Sub`, `Fn::Join` or Terraform interpolation are judged on their visible text. Not reported: a template given inline (`template_body`, `TemplateBody`), a local path (packaged by `aws cloudformation package` / `sam package`, which upload it under a new key), a URL whose file name names its content (a run of 32 or more hex digits, what the packaging tools write), a SAM application from the Serverless Application Repository (`ApplicationId` with `SemanticVersion`), and a URL that is not known statically (or whose query is substituted).","remediation":"Keep nested templates in a versioned bucket and reference the exact object version (`...template.yaml?versionId=...`), or keep them in the repository and let `aws cloudformation package` / `sam package` upload each build under a content-addressed key. `AWS::Include` documents no way to name an object version: give the snippet\'s local path and package the template.","examples":{"terraform":"resource \\"aws_cloudformation_stack\\" \\"network\\" {\\n  name         = \\"network\\"\\n  template_url = \\"https://acme-templates.s3.eu-west-1.amazonaws.com/network.yaml?versionId=${aws_s3_object.network.version_id}\\"\\n}\\n","cloudformation":"Network:\\n  Type: AWS::CloudFormation::Stack\\n  Properties:\\n    TemplateURL: https://acme-templates.s3.eu-west-1.amazonaws.com/network.yaml?versionId=3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY\\n"},"references":["https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-stack.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/transform-aws-include.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-cli-package.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudformation_stack#template_url-1"],"sourceFile":"PIN-010.yaml","checks":[{"select":[{"format":"terraform","kind":"resource","type":["aws_cloudformation_stack","aws_cloudformation_stack_set"],"each":"attributes.template_url"}],"as":"url","when":{"call":"unversionedObjectUrl","args":["$url"]},"message":"{name} reads its template from \\"{url|text}\\" without a versionId, so whatever the object holds at the next apply is deployed. Add ?versionId= with the object\'s version ID."},{"select":[{"format":"cloudformation","kind":"resource","type":"AWS::CloudFormation::Stack","each":"attributes.TemplateURL"},{"format":"cloudformation","kind":"resource","type":"AWS::Serverless::Application","each":"attributes.Location"}],"as":"url","when":{"call":"unversionedObjectUrl","args":["$url"]},"message":"{name} reads its nested template from \\"{url|text}\\" without a versionId, so whatever the object holds at the next stack update is deployed. Add ?versionId= with the object\'s version ID, or give a local path for the package command to upload."},{"select":[{"format":"cloudformation","kind":"module","type":"AWS::Include","each":"attributes.Location"}],"as":"url","when":{"call":"unversionedObjectUrl","args":["$url"]},"message":"The AWS::Include transform in {name} inserts the snippet at \\"{url|text}\\", a mutable object, so whatever it holds at the next change set is deployed. Give the snippet\'s local path and let aws cloudformation package upload it under a content-addressed key."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-001","title":"Remote in-place execution","level":"error","securitySeverity":"8.0","precision":"very-high","tags":["security","immutability","RNP"],"formats":["terraform","pulumi"],"enabled":true,"description":"`remote-exec` and `file` provisioners log in to a running machine and change it: the result depends on what the machine looked like, is recorded nowhere in state, and is not repeated when the machine is replaced. They also need inbound SSH or WinRM and credentials held by the deploy pipeline. Immutable infrastructure bakes the change into an image or passes it as boot-time data instead. Every such provisioner is one finding, at its `provisioner` line; in Pulumi, every `command.remote.Command`, `command.remote.CopyToRemote` and `command.remote.CopyFile` is one, at its `new` expression.","remediation":"Build the software into a machine image (Packer, EC2 Image Builder) or a container, and pass per-instance settings through user data or a parameter store; drop the provisioner and the `connection` block.","examples":{"terraform":"resource \\"aws_instance\\" \\"app\\" {\\n  ami           = data.aws_ami.app.id # baked by Packer, includes the app\\n  instance_type = \\"t3.micro\\"\\n}\\n","pulumi":"const app = new aws.ec2.Instance(\\"app\\", {\\n  ami: bakedAmi.id, // built by EC2 Image Builder, includes the app\\n  instanceType: \\"t3.micro\\",\\n});\\n"},"references":["https://developer.hashicorp.com/terraform/language/resources/provisioners/syntax#provisioners-are-a-last-resort","https://www.pulumi.com/registry/packages/command/api-docs/remote/command/","https://developer.hashicorp.com/terraform/language/resources/provisioners/remote-exec"],"sourceFile":"RNP-001.yaml","checks":[{"select":{"format":"terraform","kind":"resource"},"each":"options.provisioners[*]","as":"provisioner","when":{"in":["$provisioner.type",["remote-exec","file"]]},"message":"{name} uses a \\"{provisioner.type}\\" provisioner, which changes a running machine in place. Bake the change into a machine image (or pass it as user data) and remove the provisioner."},{"select":{"format":"pulumi","kind":"resource","type":["command:remote:Command","command:remote:CopyToRemote","command:remote:CopyFile"]},"message":"{name} ({resource.type}) runs commands or copies files on a running machine over SSH, changing it in place. Bake the change into a machine image (or pass it as user data) and remove the command."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-002","title":"Imperative local hooks","level":"warning","securitySeverity":"5.0","precision":"very-high","tags":["security","immutability","RNP"],"formats":["terraform","pulumi"],"enabled":true,"description":"A `local-exec` provisioner runs a command on whichever machine runs Terraform, once, when the resource is created (or destroyed). What it does is invisible to plan, is not in state, is not repeated when the command changes, and depends on the tools installed on that machine. Side effects done this way drift from the code at the first re-run. Every `local-exec` is one finding, at its `provisioner` line; in Pulumi, every `command.local.Command`, at its `new` expression.","remediation":"Express the effect as a resource of a provider (there usually is one), or move the step to the pipeline that builds artifacts before Terraform runs.","examples":{"terraform":"resource \\"aws_s3_object\\" \\"config\\" {\\n  bucket  = aws_s3_bucket.config.id\\n  key     = \\"app.json\\"\\n  content = jsonencode(local.app_config)\\n}\\n","pulumi":"const config = new aws.s3.BucketObjectv2(\\"config\\", {\\n  bucket: configBucket.id,\\n  key: \\"app.json\\",\\n  content: JSON.stringify(appConfig),\\n});\\n"},"references":["https://developer.hashicorp.com/terraform/language/resources/provisioners/local-exec","https://www.pulumi.com/registry/packages/command/api-docs/local/command/"],"sourceFile":"RNP-002.yaml","checks":[{"select":{"format":"terraform","kind":"resource"},"each":"options.provisioners[*]","as":"provisioner","when":{"equals":["$provisioner.type","local-exec"]},"message":"{name} runs a local-exec provisioner, whose effects are not planned, not in state and not repeated. Replace it with a provider resource or a pipeline step before Terraform runs."},{"select":{"format":"pulumi","kind":"resource","type":"command:local:Command"},"message":"{name} runs a local command (command.local.Command), whose effects are not previewed, not in state and not repeated. Replace it with a provider resource or a pipeline step before Pulumi runs."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-003","title":"User-data change applied in place","level":"warning","securitySeverity":"5.5","precision":"high","tags":["security","immutability","RNP"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"User data runs once, at first boot. When it changes on an existing EC2 instance, the AWS provider (Terraform and Pulumi alike) stops the instance, writes the new user data and starts it again, unless `user_data_replace_on_change` is true: the new script never runs, the machine keeps whatever the old script left on it, and the code no longer describes what runs. CloudFormation does the same for `UserData` of `AWS::EC2::Instance` (an update with some interruption: stop, modify, start the same instance) and offers no replace-on-change switch. The rule fires on an `aws_instance` (Pulumi `aws.ec2.Instance`) that sets `user_data` or `user_data_base64` to something other than null or an empty string (an expression that is not known statically, such as a `templatefile(...)` or a reference, counts as set) and whose `user_data_replace_on_change` (`userDataReplaceOnChange`) is not true: when the setting is missing the finding sits on the resource header, when it is present but false on the setting. A setting whose value is not known statically is not judged. On CloudFormation every `AWS::EC2::Instance` with `UserData` is one finding, at `UserData`; a `UserData` that a condition may remove (`Fn::If` with `AWS::NoValue`) counts as set.","remediation":"Terraform and Pulumi: set `user_data_replace_on_change = true` (`userDataReplaceOnChange: true`) so a new script means a new instance. CloudFormation: run the instance from a launch template in an Auto Scaling group with an `UpdatePolicy`, so that a new script rolls out as new instances, or make the script\'s hash part of a property that forces replacement.","examples":{"terraform":"resource \\"aws_instance\\" \\"app\\" {\\n  ami                         = data.aws_ami.app.id\\n  instance_type               = \\"t3.micro\\"\\n  user_data                   = templatefile(\\"${path.module}/boot.sh\\", { env = \\"prod\\" })\\n  user_data_replace_on_change = true\\n}\\n","cloudformation":"AppGroup:\\n  Type: AWS::AutoScaling::AutoScalingGroup\\n  UpdatePolicy:\\n    AutoScalingRollingUpdate:\\n      MinInstancesInService: 1\\n  Properties:\\n    MinSize: \\"1\\"\\n    MaxSize: \\"2\\"\\n    LaunchTemplate:\\n      LaunchTemplateId: !Ref AppLaunchTemplate   # holds the UserData\\n      Version: !GetAtt AppLaunchTemplate.LatestVersionNumber\\n","pulumi":"new aws.ec2.Instance(\\"app\\", {\\n  ami: bakedAmi.id,\\n  instanceType: \\"t3.micro\\",\\n  userData: bootScript,\\n  userDataReplaceOnChange: true,\\n});\\n"},"references":["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#user_data_replace_on_change","https://www.pulumi.com/registry/packages/aws/api-docs/ec2/instance/#userdatareplaceonchange_nodejs","https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-instance.html#cfn-ec2-instance-userdata"],"sourceFile":"RNP-003.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_instance"},"when":{"all":[{"any":[{"call":"hasContent","args":["$attributes.user_data"]},{"call":"hasContent","args":["$attributes.user_data_base64"]}]},{"absent":"$attributes.user_data_replace_on_change"}]},"message":"Instance {name} has user data but no {@user_data_replace_on_change}, so a new script stops and restarts the same machine without running it. Set {@user_data_replace_on_change} to true."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_instance"},"when":{"all":[{"any":[{"call":"hasContent","args":["$attributes.user_data"]},{"call":"hasContent","args":["$attributes.user_data_base64"]}]},{"present":"$attributes.user_data_replace_on_change"},{"not":{"truthy":"$attributes.user_data_replace_on_change"}}]},"at":"$attributes.user_data_replace_on_change","message":"Instance {name} sets {@user_data_replace_on_change} to false, so a new user-data script stops and restarts the same machine without running it. Set {@user_data_replace_on_change} to true."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::EC2::Instance"},"when":{"call":"hasContent","args":["$attributes.UserData"]},"at":"$attributes.UserData","message":"Instance {name} has UserData, and CloudFormation applies a change to it by stopping and restarting the same instance, without running the new script. Launch it from a launch template in an Auto Scaling group with an UpdatePolicy instead."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-004","title":"Launch configuration used","level":"warning","securitySeverity":"4.0","precision":"very-high","tags":["security","immutability","RNP"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"Launch configurations are deprecated: AWS no longer adds instance types or features to them (IMDSv2 defaults among them), and new accounts cannot create them. They cannot be versioned either, so a group cannot roll back to the configuration it ran before, and the rolling replacement tools (instance refresh with launch-template versions, mixed instances policies) assume launch templates. Every launch configuration (`aws_launch_configuration`, `AWS::AutoScaling::LaunchConfiguration`, Pulumi `aws.ec2.LaunchConfiguration`) is one finding, at its header; every Auto Scaling group that names one (`launch_configuration`, `LaunchConfigurationName`, Pulumi `launchConfiguration`) is another, at that attribute, whether the name is written literally or comes from a reference. An empty or null value is not a use.","remediation":"Replace the launch configuration with a launch template (`aws_launch_template`, `AWS::EC2::LaunchTemplate`) and point the group at a specific version of it through `launch_template` / `LaunchTemplate`.","examples":{"terraform":"resource \\"aws_launch_template\\" \\"app\\" {\\n  name_prefix   = \\"app-\\"\\n  image_id      = data.aws_ami.app.id\\n  instance_type = \\"t3.micro\\"\\n}\\n\\nresource \\"aws_autoscaling_group\\" \\"app\\" {\\n  min_size            = 1\\n  max_size            = 3\\n  vpc_zone_identifier = var.subnet_ids\\n  launch_template {\\n    id      = aws_launch_template.app.id\\n    version = aws_launch_template.app.latest_version\\n  }\\n  instance_refresh {\\n    strategy = \\"Rolling\\"\\n  }\\n}\\n","cloudformation":"AppLaunchTemplate:\\n  Type: AWS::EC2::LaunchTemplate\\n  Properties:\\n    LaunchTemplateData:\\n      ImageId: !Ref AmiId\\n      InstanceType: t3.micro\\nAppGroup:\\n  Type: AWS::AutoScaling::AutoScalingGroup\\n  UpdatePolicy:\\n    AutoScalingRollingUpdate:\\n      MinInstancesInService: 1\\n  Properties:\\n    MinSize: \\"1\\"\\n    MaxSize: \\"3\\"\\n    VPCZoneIdentifier: !Ref SubnetIds\\n    LaunchTemplate:\\n      LaunchTemplateId: !Ref AppLaunchTemplate\\n      Version: !GetAtt AppLaunchTemplate.LatestVersionNumber\\n","pulumi":"const template = new aws.ec2.LaunchTemplate(\\"app\\", { imageId: ami.id, instanceType: \\"t3.micro\\" });\\nnew aws.autoscaling.Group(\\"app\\", {\\n  minSize: 1,\\n  maxSize: 3,\\n  vpcZoneIdentifiers: subnetIds,\\n  launchTemplate: { id: template.id, version: template.latestVersion.apply((v) => `${v}`) },\\n  instanceRefresh: { strategy: \\"Rolling\\" },\\n});\\n"},"references":["https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html","https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration"],"sourceFile":"RNP-004.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":"aws_launch_configuration"},{"format":"cloudformation","kind":"resource","type":"AWS::AutoScaling::LaunchConfiguration"}],"message":"{name} is a launch configuration, a deprecated and unversioned way to describe instances. Replace it with a launch template."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_autoscaling_group"},"when":{"call":"hasContent","args":["$attributes.launch_configuration"]},"at":"$attributes.launch_configuration","message":"Auto Scaling group {name} launches instances from a launch configuration ({@launch_configuration}), which cannot be versioned or rolled back. Point it at a launch template version instead."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::AutoScaling::AutoScalingGroup"},"when":{"call":"hasContent","args":["$attributes.LaunchConfigurationName"]},"at":"$attributes.LaunchConfigurationName","message":"Auto Scaling group {name} launches instances from a launch configuration (LaunchConfigurationName), which cannot be versioned or rolled back. Point it at a launch template version instead."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-005","title":"Group changes don\'t roll instances","level":"warning","securitySeverity":"5.0","precision":"high","tags":["security","immutability","RNP"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"An Auto Scaling group is the immutable way to run instances only if a new image or script actually replaces the running ones. Otherwise a change reaches only instances launched later (by scaling or by failure), the group runs a mix of old and new machines for weeks, and the old ones are then patched by hand. Terraform and Pulumi (`aws_autoscaling_group`, `aws.autoscaling.Group`): a group that launches from a launch template (a `launch_template` block, or `mixed_instances_policy.launch_template.launch_template_specification`) without an `instance_refresh` block is one finding, at the resource header. Each launch template specification of the group (the `launch_template` block, the mixed instances policy\'s specification and those of its overrides) whose `version` is `$Latest` or `$Default` is a finding at `version`, and one with no `version` at all (which means `$Default`) a finding at the block: the group\'s configuration then never changes when the template gets a new version, so the plan does not show the change and the provider does not start an instance refresh even when an `instance_refresh` block is present (the AWS provider documents that a refresh does not start with `version = \\"$Latest\\"`); new instances silently pick up whatever version is latest or default, including one made outside the code. A version given as a number or as a reference (`aws_launch_template.app.latest_version`) is fine; one that is not known statically is not judged. Groups that use a launch configuration are RNP-004\'s. CloudFormation (`AWS::AutoScaling::AutoScalingGroup`): a group whose `UpdatePolicy` has neither `AutoScalingRollingUpdate` nor `AutoScalingReplacingUpdate` is a finding at its logical ID (without them, a changed launch template or configuration updates the group but not its instances); an `AutoScalingReplacingUpdate` whose `WillReplace` is not true is a finding at `WillReplace` (or at `AutoScalingReplacingUpdate` when `WillReplace` is missing), unless a rolling update is configured too.","remediation":"Terraform and Pulumi: add an `instance_refresh` block (strategy `Rolling`, with a `min_healthy_percentage` that keeps capacity) and set the launch template `version` to the template\'s `latest_version` attribute, so that every new version changes the group and rolls the instances. CloudFormation: add an `UpdatePolicy` with `AutoScalingRollingUpdate` (or `AutoScalingReplacingUpdate` with `WillReplace: true`) and reference the template version with `!GetAtt Template.LatestVersionNumber`.","examples":{"terraform":"resource \\"aws_autoscaling_group\\" \\"app\\" {\\n  min_size            = 2\\n  max_size            = 4\\n  vpc_zone_identifier = var.subnet_ids\\n\\n  launch_template {\\n    id      = aws_launch_template.app.id\\n    version = aws_launch_template.app.latest_version\\n  }\\n\\n  instance_refresh {\\n    strategy = \\"Rolling\\"\\n    preferences {\\n      min_healthy_percentage = 90\\n    }\\n  }\\n}\\n","cloudformation":"AppGroup:\\n  Type: AWS::AutoScaling::AutoScalingGroup\\n  UpdatePolicy:\\n    AutoScalingRollingUpdate:\\n      MinInstancesInService: 1\\n      MaxBatchSize: 1\\n  Properties:\\n    MinSize: \\"2\\"\\n    MaxSize: \\"4\\"\\n    VPCZoneIdentifier: !Ref SubnetIds\\n    LaunchTemplate:\\n      LaunchTemplateId: !Ref AppLaunchTemplate\\n      Version: !GetAtt AppLaunchTemplate.LatestVersionNumber\\n","pulumi":"new aws.autoscaling.Group(\\"app\\", {\\n  minSize: 2,\\n  maxSize: 4,\\n  vpcZoneIdentifiers: subnetIds,\\n  launchTemplate: { id: template.id, version: template.latestVersion.apply((v) => `${v}`) },\\n  instanceRefresh: { strategy: \\"Rolling\\", preferences: { minHealthyPercentage: 90 } },\\n});\\n"},"references":["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group#instance_refresh","https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-instance-refresh.html","https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html"],"sourceFile":"RNP-005.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_autoscaling_group"},"when":{"all":[{"any":[{"call":"hasContent","args":["$attributes.launch_template"]},{"call":"hasContent","args":["$attributes.mixed_instances_policy[0].launch_template"]}]},{"not":{"call":"hasContent","args":["$attributes.instance_refresh"]}}]},"message":"Auto Scaling group {name} launches from a launch template but has no {@instance_refresh}, so a new template version reaches only instances launched later and the running ones are never replaced. Add an {@instance_refresh} block with the Rolling strategy."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_autoscaling_group"},"each":["attributes.launch_template[*]","attributes.mixed_instances_policy[*].launch_template[*].launch_template_specification[*]","attributes.mixed_instances_policy[*].launch_template[*].override[*].launch_template_specification[*]","attributes.mixed_instances_policy[*].launch_template[*].overrides[*].launch_template_specification[*]"],"as":"spec","when":{"in":["$spec.version",["$$Latest","$$Default"]]},"at":"$spec.version","message":"Auto Scaling group {name} uses launch template version \\"{spec.version}\\", so a new template version changes nothing in the plan, starts no instance refresh and reaches only new instances. Set the version to the template\'s {@latest_version}."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_autoscaling_group"},"each":["attributes.launch_template[*]","attributes.mixed_instances_policy[*].launch_template[*].launch_template_specification[*]","attributes.mixed_instances_policy[*].launch_template[*].override[*].launch_template_specification[*]","attributes.mixed_instances_policy[*].launch_template[*].overrides[*].launch_template_specification[*]"],"as":"spec","when":{"absent":"$spec.version"},"message":"Auto Scaling group {name} names a launch template without a version, which means \\"$Default\\": a new template version changes nothing in the plan, starts no instance refresh and reaches only new instances. Set the version to the template\'s {@latest_version}."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::AutoScaling::AutoScalingGroup"},"when":{"all":[{"absent":"$options.updatePolicy.AutoScalingRollingUpdate"},{"absent":"$options.updatePolicy.AutoScalingReplacingUpdate"}]},"message":"Auto Scaling group {name} has no UpdatePolicy with AutoScalingRollingUpdate or AutoScalingReplacingUpdate, so a new launch template or configuration updates the group but not its running instances. Add an UpdatePolicy with AutoScalingRollingUpdate."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::AutoScaling::AutoScalingGroup"},"when":{"all":[{"absent":"$options.updatePolicy.AutoScalingRollingUpdate"},{"present":"$options.updatePolicy.AutoScalingReplacingUpdate.WillReplace"},{"not":{"truthy":"$options.updatePolicy.AutoScalingReplacingUpdate.WillReplace"}}]},"at":"$options.updatePolicy.AutoScalingReplacingUpdate.WillReplace","message":"Auto Scaling group {name} sets AutoScalingReplacingUpdate.WillReplace to false, so a new launch template or configuration updates the group but not its running instances. Set WillReplace to true or use AutoScalingRollingUpdate."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::AutoScaling::AutoScalingGroup"},"when":{"all":[{"absent":"$options.updatePolicy.AutoScalingRollingUpdate"},{"present":"$options.updatePolicy.AutoScalingReplacingUpdate"},{"absent":"$options.updatePolicy.AutoScalingReplacingUpdate.WillReplace"}]},"at":"$options.updatePolicy.AutoScalingReplacingUpdate","message":"Auto Scaling group {name} has AutoScalingReplacingUpdate without WillReplace, so a new launch template or configuration does not replace its running instances. Set WillReplace to true or use AutoScalingRollingUpdate."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-006","title":"Replacement is destroy-then-create","level":"note","securitySeverity":"3.0","precision":"medium","tags":["security","immutability","RNP"],"formats":["terraform","pulumi"],"enabled":true,"description":"Replacing instead of patching only works without an outage if the new resource exists before the old one goes. Terraform\'s default is the opposite: destroy, then create. For resources that are replaced on most changes and that live resources point at, that means a window with no certificate on the listener, no deployment behind the stage, no parameter group for the database, or a destroy that fails because the old one is still in use, leaving the change half applied. The rule fires on Terraform resources of these types without `lifecycle { create_before_destroy = true }`: ACM certificates, IAM server certificates, API Gateway deployments (REST and v2), IAM instance profiles, launch configurations, load balancer target groups, launch templates, RDS DB and cluster parameter groups, DB option groups, ElastiCache parameter groups, GCE instance templates (global and regional) and GCE SSL certificates (global and regional) \u2014 the types whose provider documentation recommends `create_before_destroy`, or whose replacement is refused while a dependant uses them. A missing setting is reported at the resource header, `create_before_destroy = false` at the setting; a value not known statically is not judged. Launch templates are listed, as the catalog says: most changes make a new version, but a new name or `name_prefix` replaces the template, and the groups that launch from it must not be left without one. Key pairs are not (running instances keep their key). The list is the parameter `replaced-types` (default: the named set `commonly-replaced-types`). An `aws_security_group` is reported too when another resource of the same configuration refers to it (an instance, a launch template, another group\'s rule): changing its name or description replaces it, and the destroy fails or cuts off its users while they still reference it; the users are listed as related locations. Terraform also turns on create-before-destroy implicitly for the dependencies of a resource that has it; this rule asks for it to be written. In Pulumi, replacements are created before the old resource is deleted unless `deleteBeforeReplace: true` is set: that option is one finding on any resource, at the option.","remediation":"Add `lifecycle { create_before_destroy = true }` and let the provider generate unique names (`name_prefix`) so that the old and new resource can exist side by side. In Pulumi, remove `deleteBeforeReplace` and use auto-naming instead of fixed physical names.","examples":{"terraform":"resource \\"aws_acm_certificate\\" \\"site\\" {\\n  domain_name       = \\"example.com\\"\\n  validation_method = \\"DNS\\"\\n\\n  lifecycle {\\n    create_before_destroy = true\\n  }\\n}\\n","pulumi":"// Auto-named, so Pulumi creates the replacement before deleting the old target group.\\nnew aws.lb.TargetGroup(\\"web\\", { port: 80, protocol: \\"HTTP\\", vpcId: vpc.id });\\n"},"references":["https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#create_before_destroy","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_parameter_group#create_before_destroy-lifecycle-configuration","https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/"],"sourceFile":"RNP-006.yaml","checks":[{"select":{"format":"terraform","kind":"resource","type":"$params.replaced-types"},"when":{"absent":"$options.createBeforeDestroy"},"message":"{name} is often replaced rather than updated, and without create_before_destroy the one in use is destroyed before its replacement exists. Add lifecycle { create_before_destroy = true }."},{"select":{"format":"terraform","kind":"resource","type":"$params.replaced-types"},"when":{"all":[{"present":"$options.createBeforeDestroy"},{"not":{"truthy":"$options.createBeforeDestroy"}}]},"at":"$options.createBeforeDestroy","message":"{name} sets create_before_destroy to false, so the one in use is destroyed before its replacement exists. Set create_before_destroy to true."},{"select":{"format":"terraform","kind":"resource","type":"aws_security_group"},"related":{"users":{"referenced-by":{"kind":"resource"}}},"when":{"all":[{"some":"$users","as":"user","when":{"not":{"all":[{"in":["$user.resource.canonicalType",["aws_security_group_rule","aws_vpc_security_group_ingress_rule","aws_vpc_security_group_egress_rule"]]},{"equals":["$user.via","attributes.security_group_id"]}]}}},{"not":{"truthy":"$options.createBeforeDestroy"}}]},"at":"$options.createBeforeDestroy","message":"{name} is used by other resources, and without create_before_destroy a replacement (a new name or description) destroys it while they still use it. Add lifecycle { create_before_destroy = true } and name it with name_prefix."},{"select":{"format":"pulumi","kind":"resource"},"when":{"truthy":"$options.deleteBeforeReplace"},"at":"$options.deleteBeforeReplace","message":"{name} sets deleteBeforeReplace, so a replacement deletes the resource in use before the new one exists. Remove deleteBeforeReplace and let Pulumi auto-name the resource."}],"params":{"replaced-types":{"description":"Terraform types that are commonly replaced and must be created before the old one is destroyed.","schema":{"type":"array","items":{"type":"string","minLength":1}},"default":["aws_acm_certificate","aws_iam_server_certificate","aws_api_gateway_deployment","aws_apigatewayv2_deployment","aws_iam_instance_profile","aws_launch_configuration","aws_launch_template","aws_lb_target_group","aws_alb_target_group","aws_db_parameter_group","aws_rds_cluster_parameter_group","aws_db_option_group","aws_elasticache_parameter_group","google_compute_instance_template","google_compute_region_instance_template","google_compute_ssl_certificate","google_compute_region_ssl_certificate"]}},"paramValues":{"replaced-types":["aws_acm_certificate","aws_iam_server_certificate","aws_api_gateway_deployment","aws_apigatewayv2_deployment","aws_iam_instance_profile","aws_launch_configuration","aws_launch_template","aws_lb_target_group","aws_alb_target_group","aws_db_parameter_group","aws_rds_cluster_parameter_group","aws_db_option_group","aws_elasticache_parameter_group","google_compute_instance_template","google_compute_region_instance_template","google_compute_ssl_certificate","google_compute_region_ssl_certificate"]},"onePer":"element"},{"id":"RNP-007","title":"Function traffic on `$LATEST`","level":"warning","securitySeverity":"4.0","precision":"high","tags":["security","immutability","RNP","serverless"],"formats":["terraform","cloudformation","pulumi"],"enabled":true,"description":"`$LATEST` is the one mutable version of a Lambda function: every code or configuration update changes what it runs, in place, with no way back. Published versions are immutable snapshots, and aliases that point at them are how traffic moves between versions. The rule fires on a Lambda alias whose function version is `$LATEST` (`aws_lambda_alias.function_version`, `AWS::Lambda::Alias` `FunctionVersion`, Pulumi `aws.lambda.Alias` `functionVersion`), at that setting; and, in Terraform and Pulumi, on a Lambda function with `publish` not true that an alias of the same configuration refers to (its `function_name`) unless the alias names a literal version number (an expression over the function, such as its `version`, is `$LATEST` while it is unpublished), or that a permission refers to without a `qualifier` (a grant on the unqualified function is a grant on `$LATEST`): at `publish` when it is false, at the function header when it is missing, with the alias or permission as a related location. A function nobody aliases and no permission names is not reported (invoking it by name always runs `$LATEST`; there is nothing to pin). Values not known statically are not judged.","remediation":"Publish versions (`publish = true`, `publish: true`; in CloudFormation an `AWS::Lambda::Version` or SAM `AutoPublishAlias`) and point aliases at a version number (`function_version = aws_lambda_function.api.version`); grant permissions on the alias (`qualifier = aws_lambda_alias.live.name`).","examples":{"terraform":"resource \\"aws_lambda_function\\" \\"api\\" {\\n  function_name = \\"api\\"\\n  role          = aws_iam_role.api.arn\\n  image_uri     = \\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2@sha256:9b2a0c6f3f1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c\\"\\n  package_type  = \\"Image\\"\\n  publish       = true\\n}\\n\\nresource \\"aws_lambda_alias\\" \\"live\\" {\\n  name             = \\"live\\"\\n  function_name    = aws_lambda_function.api.function_name\\n  function_version = aws_lambda_function.api.version\\n}\\n","cloudformation":"ApiVersion:\\n  Type: AWS::Lambda::Version\\n  Properties:\\n    FunctionName: !Ref Api\\nLiveAlias:\\n  Type: AWS::Lambda::Alias\\n  Properties:\\n    Name: live\\n    FunctionName: !Ref Api\\n    FunctionVersion: !GetAtt ApiVersion.Version\\n","pulumi":"const api = new aws.lambda.Function(\\"api\\", { /* ... */ publish: true });\\nnew aws.lambda.Alias(\\"live\\", { functionName: api.name, functionVersion: api.version });\\n"},"references":["https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html","https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html","https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_alias"],"sourceFile":"RNP-007.yaml","checks":[{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_lambda_alias"},"when":{"equals":["$attributes.function_version","$$LATEST"]},"at":"$attributes.function_version","message":"Lambda alias {name} points at $LATEST, which every update changes in place. Publish versions and set {@function_version} to a version number."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::Lambda::Alias"},"when":{"equals":["$attributes.FunctionVersion","$$LATEST"]},"at":"$attributes.FunctionVersion","message":"Lambda alias {name} points at $LATEST, which every update changes in place. Point FunctionVersion at an AWS::Lambda::Version (or use SAM AutoPublishAlias)."},{"select":{"format":["terraform","pulumi"],"kind":"resource","type":"aws_lambda_function"},"related":{"aliases":{"referenced-by":{"type":"aws_lambda_alias","via":"attributes.function_name"}},"permissions":{"referenced-by":{"type":"aws_lambda_permission","via":"attributes.function_name"}}},"when":{"all":[{"not":{"truthy":"$attributes.publish"}},{"any":[{"some":"$aliases","as":"alias","when":{"not":{"call":"isPublishedVersion","args":["$alias.attributes.function_version"]}}},{"some":"$permissions","as":"grant","when":{"absent":"$grant.attributes.qualifier"}}]}]},"at":"$attributes.publish","message":"Lambda function {name} is not published, so the alias or permission that refers to it serves $LATEST, which every update changes in place. Set {@publish} to true and point aliases at the published version."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-008","title":"Service runs an unrevisioned task definition","level":"warning","securitySeverity":"4.0","precision":"high","tags":["security","immutability","RNP","containers"],"formats":["terraform","cloudformation"],"enabled":true,"description":"An ECS service given a task definition family without a revision (`app`, or an ARN ending in `task-definition/app`) runs whatever revision of that family is the latest ACTIVE one when the service is deployed. Anyone who can register a task definition in the account can then change what the service runs at its next deployment or scaling event, without a change to the code, and the code does not say which revision is running, so a rollback has nothing to return to. The rule fires on `aws_ecs_service.task_definition` and `AWS::ECS::Service` `TaskDefinition` when the value is known and does not end with `:<revision number>`; the finding sits on that attribute. A reference to a task definition resource (`aws_ecs_task_definition.app.arn`, `!Ref TaskDefinition`) is fine: it resolves to the ARN of one revision. A value that is not known statically is not judged.","remediation":"Reference the task definition resource (`aws_ecs_task_definition.app.arn`, `!Ref AppTaskDefinition`) or write `family:revision`, and register a new revision for every change.","examples":{"terraform":"resource \\"aws_ecs_service\\" \\"api\\" {\\n  name            = \\"api\\"\\n  cluster         = aws_ecs_cluster.main.id\\n  task_definition = aws_ecs_task_definition.api.arn # one revision\\n  desired_count   = 2\\n}\\n","cloudformation":"ApiService:\\n  Type: AWS::ECS::Service\\n  Properties:\\n    Cluster: !Ref Cluster\\n    TaskDefinition: !Ref ApiTaskDefinition   # the ARN of one revision\\n    DesiredCount: 2\\n"},"references":["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service#task_definition","https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html#cfn-ecs-service-taskdefinition","https://docs.aws.amazon.com/AmazonECS/latest/developerguide/update-service-console-v2.html"],"sourceFile":"RNP-008.yaml","checks":[{"select":{"format":"terraform","kind":"resource","type":"aws_ecs_service"},"when":{"matches":["$attributes.task_definition|text","^(?!.*:[0-9]+$)(?!.*\\\\}$)\\\\S+$"]},"at":"$attributes.task_definition","message":"ECS service {name} runs task definition \\"{attributes.task_definition|text}\\" without a revision, so it runs whatever revision of the family was registered last. Reference the task definition resource or write family:revision."},{"select":{"format":"cloudformation","kind":"resource","type":"AWS::ECS::Service"},"when":{"matches":["$attributes.TaskDefinition|text","^(?!.*:[0-9]+$)(?!.*\\\\}$)\\\\S+$"]},"at":"$attributes.TaskDefinition","message":"ECS service {name} runs task definition \\"{attributes.TaskDefinition|text}\\" without a revision, so it runs whatever revision of the family was registered last. Reference the task definition resource or write family:revision."}],"params":{},"paramValues":{},"onePer":"element"},{"id":"RNP-009","title":"Standalone long-lived VM","level":"note","securitySeverity":"2.0","precision":"medium","tags":["security","immutability","RNP"],"formats":["terraform","cloudformation","pulumi"],"enabled":false,"description":"A virtual machine declared on its own is a pet: it is created once, then changed in place for the rest of its life (patched, reconfigured, logged in to), and replacing it is an event that needs planning, so it rarely happens. A group (an EC2 Auto Scaling group, a GCE managed instance group, an Azure virtual machine scale set) launches every machine from a template, replaces unhealthy ones on its own and rolls new templates out, which makes replacement the routine way to change a machine, even for a group of one. The rule reports every single VM resource, at its header: `aws_instance`, `aws_spot_instance_request`, `google_compute_instance`, `google_compute_instance_from_template`, `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine`, `azurerm_virtual_machine`, `AWS::EC2::Instance`, and in Pulumi the same bridged resources (`aws.ec2.Instance`, `gcp.compute.Instance`, `azure.compute.LinuxVirtualMachine`, ...) and the native `aws-native:ec2:Instance`, `google-native:compute/v1:Instance` and `azure-native:compute:VirtualMachine`. Disabled by default: many estates legitimately run a few standalone machines (bastions, appliances, licensed software); enable it to inventory them.","remediation":"Run the workload from a launch template / instance template / image in a group (an Auto Scaling group, a managed instance group, a scale set), with a size of one if need be, and change it by rolling out a new template version.","examples":{"terraform":"resource \\"aws_autoscaling_group\\" \\"bastion\\" {\\n  min_size            = 1\\n  max_size            = 1\\n  vpc_zone_identifier = var.subnet_ids\\n  launch_template {\\n    id      = aws_launch_template.bastion.id\\n    version = aws_launch_template.bastion.latest_version\\n  }\\n  instance_refresh {\\n    strategy = \\"Rolling\\"\\n  }\\n}\\n","cloudformation":"BastionGroup:\\n  Type: AWS::AutoScaling::AutoScalingGroup\\n  UpdatePolicy:\\n    AutoScalingRollingUpdate:\\n      MinInstancesInService: 0\\n  Properties:\\n    MinSize: \\"1\\"\\n    MaxSize: \\"1\\"\\n    VPCZoneIdentifier: !Ref SubnetIds\\n    LaunchTemplate:\\n      LaunchTemplateId: !Ref BastionLaunchTemplate\\n      Version: !GetAtt BastionLaunchTemplate.LatestVersionNumber\\n","pulumi":"new aws.autoscaling.Group(\\"bastion\\", {\\n  minSize: 1,\\n  maxSize: 1,\\n  vpcZoneIdentifiers: subnetIds,\\n  launchTemplate: { id: template.id, version: template.latestVersion.apply((v) => `${v}`) },\\n  instanceRefresh: { strategy: \\"Rolling\\" },\\n});\\n"},"references":["https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html","https://cloud.google.com/compute/docs/instance-groups#managed_instance_groups","https://learn.microsoft.com/en-us/azure/virtual-machine-scale-sets/overview","https://martinfowler.com/bliki/ImmutableServer.html"],"sourceFile":"RNP-009.yaml","checks":[{"select":[{"format":["terraform","pulumi"],"kind":"resource","type":["aws_instance","aws_spot_instance_request","google_compute_instance","google_compute_instance_from_template","azurerm_linux_virtual_machine","azurerm_windows_virtual_machine","azurerm_virtual_machine"]},{"format":"pulumi","kind":"resource","type":["aws-native:ec2:Instance","google-native:compute/v1:Instance","azure-native:compute:VirtualMachine"]},{"format":"cloudformation","kind":"resource","type":"AWS::EC2::Instance"}],"message":"{name} is a standalone virtual machine, changed in place for as long as it lives. Run it from a template in an Auto Scaling group, managed instance group or scale set instead, even with a size of one."}],"params":{},"paramValues":{},"onePer":"element"}]}';
var param0 = validate10;
var pattern0 = new RegExp("^\\d{1,5}(/(tcp|udp|sctp))?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        const _errs2 = errors;
        let valid1 = false;
        const _errs3 = errors;
        if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (errors === _errs3) {
          if (typeof data0 == "number") {
            if (data0 > 65535 || isNaN(data0)) {
              const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            } else {
              if (data0 < 0 || isNaN(data0)) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          }
        }
        var _valid0 = _errs3 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs5 = errors;
          if (errors === _errs5) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d{1,5}(/(tcp|udp|sctp))?$" }, message: 'must match pattern "^\\d{1,5}(/(tcp|udp|sctp))?$"' };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var _valid0 = _errs5 === errors;
          valid1 = valid1 || _valid0;
        }
        if (!valid1) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
          validate10.errors = vErrors;
          return false;
        } else {
          errors = _errs2;
          if (vErrors !== null) {
            if (_errs2) {
              vErrors.length = _errs2;
            } else {
              vErrors = null;
            }
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var param1 = validate11;
var func2 = typeof import_ucs2length.default === "function" ? import_ucs2length.default : import_ucs2length.default.default;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
              return false;
            }
          } else {
            validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var param2 = validate12;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              let data1 = data0[key1];
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data1)) {
                  var valid2 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (typeof data1[i0] !== "string") {
                      validate12.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs7 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate12.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid1 = _errs5 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate12.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var PARAM_VALIDATORS = {
  '{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\\\d{1,5}(/(tcp|udp|sctp))?$"}]}}': param0,
  '{"type":"array","items":{"type":"string","minLength":1}}': param1,
  '{"type":"object","additionalProperties":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}': param2
};

// src/engine/load.ts
var RuleLoadError = class extends Error {
  constructor(file, line, detail) {
    super(`${file}${line ? `:${line}` : ""}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.name = "RuleLoadError";
  }
  file;
  line;
  detail;
};
var BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
function builtinPackFingerprint(dir = BUILTIN_RULES_DIR) {
  const hash = createHash("sha256");
  const add = (relative) => {
    hash.update(`${relative}\0`);
    hash.update(readFileSync(path.join(dir, relative)));
    hash.update("\0");
  };
  add("schema.json");
  for (const sub of ["", "sets/"]) {
    let names;
    try {
      names = readdirSync(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) add(sub + name);
  }
  return hash.digest("hex");
}
function compiledBuiltinPack() {
  if (!BUILTIN_PACK_JSON) return void 0;
  const pack = JSON.parse(BUILTIN_PACK_JSON);
  let current;
  try {
    current = builtinPackFingerprint();
  } catch {
    return void 0;
  }
  return pack.fingerprint === current ? pack : void 0;
}
async function loadRules(options = {}) {
  const builtIn = options.builtIn !== false;
  const compiled = builtIn ? compiledBuiltinPack() : void 0;
  const yamlDirs = [...builtIn && !compiled ? [BUILTIN_RULES_DIR] : [], ...options.extraDirs ?? []];
  const ruleFile = yamlDirs.length > 0 ? await import('./rule-file-BKv8FPvs.js') : void 0;
  const rules = [];
  const byId = /* @__PURE__ */ new Map();
  const sets = { ...compiled?.sets };
  for (const dir of yamlDirs) Object.assign(sets, await ruleFile.loadSets(dir, sets));
  const add = (rule, builtInRule) => {
    if (!rule.helpUri && builtInRule) {
      const uri = defaultHelpUri(rule.id);
      if (uri) rule.helpUri = uri;
    }
    const previous = byId.get(rule.id);
    if (previous) throw new RuleLoadError(rule.sourceFile, void 0, `rule id ${rule.id} is already defined in ${previous}; give the rule a unique id`);
    byId.set(rule.id, rule.sourceFile);
    rules.push(rule);
  };
  for (const rule of compiled?.rules ?? []) add({ ...rule, sourceFile: path.join(BUILTIN_RULES_DIR, rule.sourceFile), sets }, true);
  for (const dir of yamlDirs) {
    for (const rule of await ruleFile.parseRuleDir(dir, sets)) add(rule, dir === BUILTIN_RULES_DIR);
  }
  return rules;
}
var compileParamValidator;
function useParamValidator(compile) {
  compileParamValidator = compile;
}
function paramProblem(schema, value) {
  const key = JSON.stringify(schema);
  const validate = PARAM_VALIDATORS[key] ?? compileParamValidator?.(schema);
  if (!validate) throw new Error(`no validator for parameter schema ${key}: it is not the built-in pack's, and no rule file was parsed`);
  if (validate(value)) return void 0;
  const error = validate.errors?.[0];
  if (!error) return "is invalid";
  const detail = error.keyword === "additionalProperties" ? `has unknown property "${String(error.params.additionalProperty)}"` : error.keyword === "enum" ? `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : error.message ?? "is invalid";
  return `${error.instancePath || "value"} ${detail}`;
}

const require$m = createRequire(import.meta.url);

// src/engine/configure.ts
var RuleSettingError = class extends Error {
  constructor(source, path, message) {
    super(message);
    this.source = source;
    this.path = path;
  }
  source;
  path;
  name = "RuleSettingError";
};
var ALWAYS_ON = /* @__PURE__ */ new Set(["IAC-000", "IAC-001"]);
function configureRules(pack, settings) {
  const known = new Map(pack.map((r) => [r.id, r]));
  const unknownId = (source, id, path) => new RuleSettingError(source, path, `unknown rule ID ${id}${suggestion(id, [...known.keys()])} (driftless rules lists them)`);
  for (const id of settings.only ?? []) if (!known.has(id)) throw unknownId("--rule", id, [id]);
  for (const id of settings.skip ?? []) if (!known.has(id)) throw unknownId("--skip-rule", id, [id]);
  for (const id of Object.keys(settings.rules ?? {})) if (!known.has(id)) throw unknownId("rules", id, [id]);
  const both = (settings.only ?? []).find((id) => (settings.skip ?? []).includes(id));
  if (both) throw new RuleSettingError("--skip-rule", [both], `${both} is also named by --rule; name it in one of them`);
  const only = settings.only?.length ? new Set(settings.only) : void 0;
  const skip = new Set(settings.skip ?? []);
  return pack.map((rule) => {
    const setting = settings.rules?.[rule.id] ?? {};
    const paramValues = { ...rule.paramValues };
    for (const [name, value] of Object.entries(setting.params ?? {})) {
      const param = rule.params[name];
      if (!param) {
        const declared = Object.keys(rule.params);
        throw new RuleSettingError("rules", [rule.id, "params", name], `${rule.id} has no parameter ${name} (${declared.length ? `it has ${declared.join(", ")}` : "it has none"})`);
      }
      const problem = paramProblem(param.schema, value);
      if (problem) throw new RuleSettingError("rules", [rule.id, "params", name], `${rule.id} parameter ${name}: ${problem}`);
      paramValues[name] = value;
    }
    let enabled = setting.enabled ?? rule.enabled;
    if (only) enabled = only.has(rule.id) || ALWAYS_ON.has(rule.id) && setting.enabled !== false;
    if (skip.has(rule.id)) enabled = false;
    return { ...rule, enabled, level: setting.level ?? rule.level, paramValues };
  });
}
function suggestion(id, known) {
  const upper = id.toUpperCase();
  const close = known.find((k) => k === upper || k.replace("-", "") === upper.replace(/[-_ ]/g, ""));
  return close ? ` (did you mean ${close}?)` : "";
}

const require$l = createRequire(import.meta.url);

// src/model/finding.ts
var LEVELS = ["error", "warning", "note"];
function levelRank(level) {
  return level === "error" ? 3 : level === "warning" ? 2 : level === "note" ? 1 : 0;
}

const require$k = createRequire(import.meta.url);

// src/model/module-source.ts
var REGISTRY = /^(?:[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?\/)?[0-9A-Za-z][0-9A-Za-z_-]*\/[0-9A-Za-z][0-9A-Za-z_-]*\/[0-9a-z]+(?:\/\/.*)?$/;
var ARCHIVE_VERSION = /[-_.\/]v?(\d+\.\d+(?:\.\d+)?(?:[-.][0-9A-Za-z]+)*)\.(?:zip|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz)$/i;
var NOT_PINNED = { ref: null, refKind: null };
var GETTERS = /* @__PURE__ */ new Set(["git", "hg", "s3", "gcs", "http", "https", "file"]);
function parseModuleSource(address) {
  const source = address.trim();
  if (/^\.\.?[\\/]/.test(source)) return { kind: "local", remote: false, ...NOT_PINNED };
  const forced = /^([a-z0-9+]+)::(.*)$/.exec(source);
  const getter = forced?.[1];
  const rest = forced ? forced[2] : source;
  if (getter !== void 0 && !GETTERS.has(getter)) return { kind: "invalid", remote: false, ...NOT_PINNED };
  if (!forced && REGISTRY.test(rest) && !/^(?:github\.com|bitbucket\.org)\//.test(rest)) return { kind: "registry", remote: true, ...NOT_PINNED };
  const query = queryOf(rest);
  let kind;
  if (getter === "git" || /^git@[^:]+:/.test(rest) || /^(?:git|ssh|git\+ssh):\/\//.test(rest) || /^(?:https?:\/\/)?(?:www\.)?(github\.com|bitbucket\.org)\//.test(rest) || /\.git(?:\/\/|$|\?)/.test(rest)) kind = "git";
  else if (getter === "hg") kind = "hg";
  else if (getter === "s3" || /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com\//.test(rest)) kind = "s3";
  else if (getter === "gcs" || /^(?:https:\/\/)?www\.googleapis\.com\/storage\//.test(rest)) kind = "gcs";
  else if (getter === "http" || getter === "https" || /^https?:\/\//.test(rest)) kind = "http";
  else if (getter === "file" || /^(?:\/|[A-Za-z]:[\\/]|file:\/\/)/.test(rest)) return { kind: "file", remote: false, ...NOT_PINNED };
  else return { kind: "invalid", remote: false, ...NOT_PINNED };
  const pinParams = {
    git: ["ref"],
    hg: ["rev"],
    s3: ["versionId", "version"],
    gcs: ["generation", "versionId"],
    http: ["versionId", "version", "ref"],
    local: [],
    registry: [],
    file: [],
    invalid: []
  };
  for (const name of pinParams[kind]) {
    const value = query.get(name);
    if (value) return { kind, remote: true, ref: value, refKind: name };
  }
  if (kind === "http" || kind === "s3" || kind === "gcs") {
    const path = rest.split("?")[0];
    const archive = ARCHIVE_VERSION.exec(path);
    if (archive) return { kind, remote: true, ref: archive[1], refKind: "archive" };
  }
  return { kind, remote: true, ...NOT_PINNED };
}
function invalidSourceMessage(source) {
  const trimmed = source.trim();
  if (/^[a-z0-9+]+::/.test(trimmed)) return `module source "${source}" names a getter Terraform does not have (known: git::, hg::, s3::, gcs::, http::, https::)`;
  return `module source "${source}" is not a local path, a registry address or a remote address Terraform recognises; a local path must start with "./" or "../"${/^[\w.-]+(?:\/[\w.-]+)*\/?$/.test(trimmed) && trimmed !== "." && trimmed !== ".." ? ` (write "./${trimmed}")` : ""}`;
}
function queryOf(address) {
  const q = address.indexOf("?");
  return new URLSearchParams(q >= 0 ? address.slice(q + 1) : "");
}
function isCommitSha(ref) {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref.trim());
}
function isExactVersion(constraint) {
  return /^(?:=\s*)?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(constraint.trim());
}

const require$j = createRequire(import.meta.url);

// src/engine/functions/attribute-path.ts
function attributePathSegments(path) {
  let segments = segmentsCache.get(path);
  if (!segments) {
    if (segmentsCache.size >= SEGMENTS_CACHE_SIZE) segmentsCache.clear();
    segmentsCache.set(path, segments = splitAttributePath(path));
  }
  return [...segments];
}
var SEGMENTS_CACHE_SIZE = 1024;
var segmentsCache = /* @__PURE__ */ new Map();
function splitAttributePath(path) {
  const segments = [];
  const re = /([^.[\]"']+)|\[\s*(?:"([^"]*)"|'([^']*)'|(\d+|\*))\s*\]/g;
  let match;
  while ((match = re.exec(path)) !== null) {
    if (match[1] !== void 0) segments.push(snakeCase(match[1].trim()));
    else if (match[4] !== void 0) segments.push("*");
    else segments.push(match[2] ?? match[3] ?? "");
  }
  return segments.filter((s) => s !== "");
}
function snakeCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function pathWithin(path, patterns) {
  const segments = attributePathSegments(path);
  return patterns.some((pattern) => {
    const wanted = attributePathSegments(pattern);
    return wanted.length > 0 && prefixMatches(wanted, segments);
  });
}
function prefixMatches(wanted, segments) {
  if (wanted.length === 0) return true;
  const [head, ...rest] = wanted;
  if (head === "*") {
    if (segments[0] === "*") return prefixMatches(rest, segments.slice(1));
    return prefixMatches(rest, segments);
  }
  return segments[0] === head && prefixMatches(rest, segments.slice(1));
}

// src/engine/functions/image.ts
var DIGEST = /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
function parseImageReference(reference) {
  const text = reference.trim();
  if (text === "" || /\s/.test(text)) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return null;
  let rest = text;
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry = null;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return null;
  }
  if (rest === "") return null;
  const digestValid = digest !== null && DIGEST.test(digest);
  return { registry, repository: rest, tag, digest, digestValid, digestMalformed: digest !== null && !digestValid };
}

// src/engine/functions/npm-range.ts
function isOpenEndedRange(spec) {
  const text = spec.trim();
  if (/^(file:|link:|workspace:|npm:|git\+|git:|github:|https?:|[\w.-]+\/[\w.-]+(#.*)?$)/.test(text)) return false;
  if (/^[A-Za-z][\w.-]*$/.test(text) && !/^v?\d/.test(text) && !/^[xX*]$/.test(text)) return true;
  return text.split("||").some((alternative) => alternativeIsOpen(alternative.trim()));
}
function alternativeIsOpen(alternative) {
  if (alternative === "" || /^[*xX](\.[*xX]){0,2}$/.test(alternative)) return true;
  if (/\s-\s/.test(alternative)) return false;
  const comparators = alternative.replace(/([<>]=?|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
  const hasUpper = comparators.some((c) => /^(<|<=|\^|~|=)?\s*v?\d/.test(c) && !/^>/.test(c));
  const hasLower = comparators.some((c) => /^>=?/.test(c));
  return hasLower && !hasUpper;
}

// src/model/network.ts
var ALL_PROTOCOLS = /* @__PURE__ */ new Set(["-1", "all", "*", "any"]);
var TCP = /* @__PURE__ */ new Set(["tcp", "6"]);
function protocolClass(protocol) {
  const p = String(protocol).trim().toLowerCase();
  if (ALL_PROTOCOLS.has(p)) return "all";
  if (TCP.has(p)) return "tcp";
  return "other";
}
var PROTOCOL_NUMBERS = { "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6", "132": "sctp", "50": "esp", "51": "ah" };
function normaliseProtocol(protocol) {
  const p = String(protocol).trim().toLowerCase();
  if (ALL_PROTOCOLS.has(p)) return "all";
  if (p === "icmpv6" || p === "ipv6-icmp") return "icmpv6";
  return PROTOCOL_NUMBERS[p] ?? p;
}
function parsePortRange(value) {
  const text = String(value).trim();
  if (text === "*") return [0, 65535];
  const single = /^\d+$/.exec(text);
  if (single) return [Number(text), Number(text)];
  const span = /^(\d+)\s*-\s*(\d+)$/.exec(text);
  if (span) return [Number(span[1]), Number(span[2])];
  return null;
}
function parsePortList(value) {
  return String(value).split(",").map((part) => parsePortRange(part)).filter((r) => r !== null);
}
function rangeCoversPorts(protocol, from, to, ports) {
  const cls = protocolClass(protocol);
  if (cls === "other") return false;
  if (cls === "all" || from === null || to === null) return ports.length > 0;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  return ports.some((port) => port >= low && port <= high);
}
function isAnywhere(cidr) {
  const text = cidr.trim().toLowerCase();
  if (text === "*" || text === "internet" || text === "any") return true;
  const match = /^([0-9a-f.:]+)\/(\d+)$/.exec(text);
  return match !== null && Number(match[2]) === 0;
}
function isInternet(source) {
  const text = source.trim().toLowerCase();
  return text === "0.0.0.0" || isAnywhere(text);
}
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n << 8n | BigInt(Number(p)), 0n);
}
function parseIpv6(text) {
  if (!/^[0-9a-f:]+$/i.test(text) || (text.match(/::/g)?.length ?? 0) > 1) return null;
  const [head, tail] = text.includes("::") ? text.split("::") : [text, void 0];
  const groups = (s) => s ? s.split(":") : [];
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === void 0 ? left.length !== 8 : missing < 1) return null;
  const all = [...left, ...Array(tail === void 0 ? 0 : missing).fill("0"), ...right];
  if (all.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.reduce((n, g) => n << 16n | BigInt(parseInt(g, 16)), 0n);
}
function parsePrefix(text) {
  const [address = "", lengthText] = text.trim().toLowerCase().split("/");
  const v4 = parseIpv4(address);
  const family = v4 !== null ? 4 : parseIpv6(address) !== null ? 6 : null;
  if (family === null) return null;
  const max = family === 4 ? 32 : 128;
  const length = lengthText === void 0 ? max : /^\d+$/.test(lengthText) ? Number(lengthText) : -1;
  if (length < 0 || length > max) return null;
  return { family, bits: v4 ?? parseIpv6(address), length };
}
function prefixesCoverAll(prefixes) {
  for (const family of [4, 6]) {
    const max = family === 4 ? 32 : 128;
    const spans = prefixes.map((text) => parsePrefix(text.trim() === "0.0.0.0" ? "0.0.0.0/0" : text)).filter((p) => p !== null && p.family === family).map((p) => {
      const size = 1n << BigInt(max - p.length);
      const start = p.bits >> BigInt(max - p.length) << BigInt(max - p.length);
      return [start, start + size - 1n];
    }).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    let next = 0n;
    for (const [start, end] of spans) {
      if (start > next) break;
      if (end + 1n > next) next = end + 1n;
    }
    if (spans.length > 0 && next >= 1n << BigInt(max)) return true;
  }
  return false;
}
function prefixContains(outer, inner) {
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

// src/engine/functions/network.ts
function parseWantedPort(spec) {
  if (typeof spec === "number") return { port: spec, protocol: "tcp", text: `${spec}/tcp` };
  if (typeof spec !== "string") return null;
  const match = /^\s*(\d+)\s*(?:\/\s*([a-z0-9]+))?\s*$/i.exec(spec);
  if (!match) return null;
  const protocol = normaliseProtocol(match[2] ?? "tcp");
  return { port: Number(match[1]), protocol, text: `${match[1]}/${protocol}` };
}
function portsReached(protocol, ports, wanted) {
  const wants = (Array.isArray(wanted) ? wanted : [wanted]).map(parseWantedPort).filter((w) => w !== null);
  if (isUnknown(protocol)) return protocol;
  if (typeof protocol !== "string" && typeof protocol !== "number") return "";
  const proto = normaliseProtocol(protocol);
  const relevant = wants.filter((w) => proto === "all" || w.protocol === proto);
  if (relevant.length === 0) return "";
  if (isUnknown(ports)) return ports;
  if (!Array.isArray(ports)) return "";
  let undecided = null;
  const reached = [];
  for (const want of relevant) {
    let hit = false;
    for (const entry of ports) {
      if (isUnknown(entry)) {
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
var NETWORK_FUNCTIONS = {
  portsReached: {
    description: 'Which of the wanted ports (`22/tcp`, `3389/udp`) an ingress rule lets through, given its normalised protocol and its `[low, high]` port ranges (an `ingress_rule` fact\'s `protocol` and `ports`): the reached ones as text (`22/tcp, 3389/tcp`), or "" when none. Protocol `all` reaches every wanted port. Unknown when none is certainly reached but an unknown protocol or port range could reach one.',
    params: ["protocol", "ports", "wanted"],
    seesUnknown: true,
    run: (protocol, ports, wanted) => portsReached(protocol, ports, wanted)
  }
};

// src/engine/functions/rnp.ts
var RNP_FUNCTIONS = {
  hasContent: {
    description: 'True when a value is set and not empty (not null, "", [] or {}). An expression that is not known statically counts as set, as `present` does (a script built with `templatefile`, a reference to another resource), except an input of a definition (a variable with no value here): that stays unknown, for its callers\' evaluations to decide.',
    params: ["value"],
    seesUnknown: true,
    run: (value) => {
      if (value === void 0 || value === null) return false;
      if (isUnknown(value)) return value.input ? value : true;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === "string") return value.length > 0;
      if (isValueMap(value)) return Object.keys(value).length > 0;
      return true;
    }
  },
  isPublishedVersion: {
    description: 'True when a Lambda function version is a literal published version number (`"3"`, 3), false for `$LATEST` and for an expression over another record of the configuration (an unpublished function\'s `version` is `$LATEST`); an expression over inputs only (`var.version`) stays unknown.',
    params: ["version"],
    seesUnknown: true,
    run: (version) => {
      if (typeof version === "number") return Number.isInteger(version) && version > 0;
      if (typeof version === "string") return /^\s*[1-9]\d*\s*$/.test(version);
      if (isUnknown(version)) return version.refs?.length ? false : version;
      return false;
    }
  }
};

// src/engine/functions/nondeterministic.ts
var NONDETERMINISTIC_FUNCTIONS = {
  nondeterministic: {
    description: 'The first call that gives a different value on every run (`timestamp()`, `uuid()`, `bcrypt()`, `Date.now()`, `new Date()`, `Math.random()`, `crypto.randomUUID()`) that a value is built from, looking inside maps, lists and encoded payloads (`jsonencode`, `JSON.stringify`); null when there is none. `path` is where the value sits (an attribute name) and `ignored` the resource\'s ignore_changes list: parts of the value under an ignored path (`tags`, `tags["Created"]`, `all`, `*`) do not count. Unknown when only an unknown ignore list could make the call not count.',
    params: ["value", "path", "ignored"],
    seesUnknown: true,
    run: (value, path, ignored) => {
      const patterns = ignorePatterns(ignored);
      const root = typeof path === "string" ? attributePathSegments(path).filter((s) => s !== "*").map(normalise) : [];
      let found = null;
      const visit = (v, at, depth) => {
        if (v === void 0 || v === null || typeof v !== "object" || depth > 64) return false;
        if (patterns !== "unknown" && patterns.some((p) => covers(p, at))) return false;
        if (isUnknown(v)) {
          if (v.nondeterministic !== void 0) {
            found = v.nondeterministic;
            return true;
          }
          return v.decoded !== void 0 && !v.partial ? visit(v.decoded, at, depth + 1) : false;
        }
        if (Array.isArray(v)) return v.some((item) => visit(item, at, depth + 1));
        if (isValueMap(v)) return Object.entries(v).some(([k, item]) => visit(item, [...at, normalise(k)], depth + 1));
        return false;
      };
      visit(value, root, 0);
      if (found === null) return null;
      if (patterns === "unknown") return { $unknown: "ignore_changes", reason: "the ignore_changes list is not known statically" };
      return found;
    }
  },
  nativeAttributeName: {
    description: "An attribute name as its format spells it: the snake_case name of a Pulumi bridged resource's attribute becomes camelCase (`force_destroy` \u2192 `forceDestroy`); Terraform and CloudFormation names are unchanged.",
    params: ["name", "format"],
    run: (name, format) => {
      if (typeof name !== "string") return null;
      return format === "pulumi" ? name.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase()) : name;
    }
  }
};
function ignorePatterns(ignored) {
  if (ignored === void 0 || ignored === null) return [];
  if (isUnknown(ignored)) return "unknown";
  const entries = Array.isArray(ignored) ? ignored : [ignored];
  const out = [];
  for (const entry of entries) {
    if (isUnknown(entry)) return "unknown";
    if (typeof entry !== "string") continue;
    if (entry === "*" || entry === "all") return [[]];
    out.push(attributePathSegments(entry).map(normalise).filter((s) => s !== "*"));
  }
  return out;
}
function normalise(segment) {
  return segment === "*" ? segment : segment.toLowerCase().replace(/_/g, "");
}
function covers(pattern, at) {
  if (pattern.length > at.length) return false;
  return pattern.every((segment, i) => segment === at[i]);
}

// src/engine/functions/key-value.ts
var KEY_VALUE_FUNCTIONS = {
  keyValue: {
    description: 'The value of the entry whose key is `key` in a list of key/value objects (`[{ Key: deletion_protection.enabled, Value: "true" }]`), by default with the fields `Key` and `Value`; null when no entry has the key. Unknown when the list, or the key of an entry that could match, is not known statically.',
    params: ["list", "key", "keyField", "valueField"],
    seesUnknown: true,
    run: (list, key, keyField, valueField) => {
      const k = typeof keyField === "string" ? keyField : "Key";
      const v = typeof valueField === "string" ? valueField : "Value";
      if (list === void 0 || list === null) return null;
      if (isUnknown(list)) return list;
      if (!Array.isArray(list) || typeof key !== "string") return null;
      let undecided;
      for (const entry of list) {
        if (isUnknown(entry)) {
          undecided ??= entry;
          continue;
        }
        if (!isValueMap(entry)) continue;
        const name = entry[k];
        if (isUnknown(name)) {
          undecided ??= name;
          continue;
        }
        if (name === key) return entry[v] ?? null;
      }
      return undecided ?? null;
    }
  }
};

// src/engine/functions/script.ts
var MAX_DEPTH = 16;
function scriptText(value) {
  let current = value;
  let from;
  for (let depth = 0; depth < MAX_DEPTH && current !== void 0 && isUnknown(current); depth++) {
    from ??= current;
    current = current.decoded;
  }
  if (typeof current !== "string") return void 0;
  const text = decodeBase64Literal(current) ?? current;
  return from ? { text, from } : { text };
}
function decodeBase64Literal(text) {
  const compact = text.replace(/\s+/g, "");
  if (compact.length < 12 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return void 0;
  if (/^[A-Za-z]+$/.test(compact) && !/[A-Z]/.test(compact.slice(1))) return void 0;
  let bytes = Buffer.from(compact, "base64");
  if (bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139) {
    try {
      bytes = process.getBuiltinModule("node:zlib").gunzipSync(bytes, { maxOutputLength: 4 * 1024 * 1024 });
    } catch {
      return void 0;
    }
  }
  const decoded = bytes.toString("utf8");
  if (decoded.includes("\uFFFD")) return void 0;
  const printable = decoded.replace(/[^\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]/g, "").length;
  return printable >= decoded.length * 0.95 && /\s/.test(decoded) ? decoded : void 0;
}
function commandLines(text) {
  let lines = linesCache.get(text);
  if (!lines) {
    if (linesCache.size >= LINES_CACHE_SIZE) linesCache.clear();
    linesCache.set(text, lines = splitCommandLines(text));
  }
  return lines;
}
var LINES_CACHE_SIZE = 256;
var linesCache = /* @__PURE__ */ new Map();
function splitCommandLines(text) {
  const unified = text.replace(/\r\n?/g, "\n").replace(/<#[\s\S]*?#>/g, " ").replace(/\\\n/g, " ");
  const lines = [];
  for (const raw of unified.split("\n")) {
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#") || /^(rem\s|::)/i.test(trimmed)) continue;
    lines.push({ text: withoutTrailingComment(raw) });
  }
  return lines;
}
function withoutTrailingComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === "#" && i > 0 && /\s/.test(line[i - 1])) return line.slice(0, i);
  }
  return line;
}
function listForm(line) {
  if (!/^\s*-\s*\[/.test(line)) return line;
  return line.replace(/[[\],]/g, " ").replace(/["']/g, "");
}
var PRINTS = /^(?:sudo\s+)?(?:echo|printf|logger|Write-Host|Write-Output|Write-Verbose)\b/i;
function commandAt(line, start, end) {
  const before = line.slice(0, start);
  const separators = [...before.matchAll(/&&|\|\||[;|(`{]/g)];
  const last = separators.at(-1);
  const from = last ? last.index + last[0].length : 0;
  const rest = line.slice(end);
  const stop = /\s*(?:&&|\|\||;|\|)/.exec(rest);
  let command = (line.slice(from, end) + (stop ? rest.slice(0, stop.index) : rest)).replace(/\s+/g, " ").trim();
  command = command.replace(/^-\s+/, "").replace(/^(?:then|do|else)\s+/, "").replace(/^(["'])([\w-]+)\1:/, "$2:");
  if (PRINTS.test(command)) return void 0;
  while (command.endsWith(")") && command.split(")").length > command.split("(").length) command = command.slice(0, -1).trim();
  for (const quote of ['"', "'"]) {
    if ((command.split(quote).length - 1) % 2 === 1) command = command.endsWith(quote) ? command.slice(0, -1).trim() : command.startsWith(quote) ? command.slice(1).trim() : command;
  }
  return command.length > 100 ? `${command.slice(0, 99)}\u2026` : command;
}
var PLACEHOLDER_AT_COMMAND = /(?:^|&&|\|\||[;|(`]|\b(?:then|do|else|sudo))\s*(?:-\s+)?["']?\$\{/;
var regexCache$1 = /* @__PURE__ */ new Map();
function regex(source) {
  let re = regexCache$1.get(source);
  if (!re) regexCache$1.set(source, re = source.startsWith("(?i)") ? new RegExp(source.slice(4), "gi") : new RegExp(source, "g"));
  return re;
}
var testRegexCache = /* @__PURE__ */ new Map();
function testRegex(source) {
  let re = testRegexCache.get(source);
  if (!re) {
    const global = regex(source);
    testRegexCache.set(source, re = new RegExp(global.source, global.flags.replace("g", "")));
  }
  return re;
}
var asStrings = (v) => (v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v]).filter((p) => typeof p === "string");
function firstCommand(script, patterns, unless) {
  if (script === void 0 || script === null) return null;
  const visible = scriptText(script);
  if (!visible) return isUnknown(script) ? briefly(script) : null;
  const wanted = asStrings(patterns).map(regex);
  const excluded = asStrings(unless).map(testRegex);
  const lines = commandLines(visible.text);
  for (const line of lines) {
    for (const form of [listForm(line.text)]) {
      let best;
      for (const re of wanted) {
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(form)) !== null) {
          if (m[0] === "") re.lastIndex = m.index + 1;
          const end = m.index + m[0].length;
          const command = commandAt(form, m.index, end);
          if (command === void 0 || excluded.some((x) => x.test(command))) continue;
          if (!best || m.index < best.start || m.index === best.start && end > best.end) best = { start: m.index, end, command };
          break;
        }
      }
      if (best) return best.command;
    }
  }
  if (!visible.from) return null;
  for (const line of lines) {
    if (PLACEHOLDER_AT_COMMAND.test(line.text.trim())) {
      const placeholder = /\$\{[^}]*\}/.exec(line.text)?.[0] ?? visible.from.$unknown;
      return unknown(placeholder, { reason: `${visible.from.reason ?? "part of the script is not known statically"} (what ${placeholder} runs is not known)` });
    }
  }
  return null;
}
function briefly(script) {
  const firstLine = script.$unknown.split(/\r?\n/)[0].trim();
  const text = firstLine.length > 60 || firstLine.length < script.$unknown.trim().length ? `${firstLine.slice(0, 60)}\u2026` : firstLine;
  return unknown(text, { reason: script.reason ?? "the script is not known statically" });
}
function visibleText(script) {
  if (script === void 0 || script === null) return null;
  const visible = scriptText(script);
  if (visible) return visible.text;
  return isUnknown(script) ? script : null;
}
var SCRIPT_FUNCTIONS = {
  firstCommand: {
    description: "The first command of a boot script (user data, startup script, custom data; decoded from base64, gzip, templates and Fn::Sub text) that one of the regular expressions matches (per line, comments removed; a leading `(?i)` ignores case) and none of the `unless` expressions matches: the command as written, up to the next `&&`, `;` or `|`. Null when nothing matches; Unknown when nothing visible matches but an unknown part stands where a command could.",
    params: ["script", "patterns", "unless"],
    seesUnknown: true,
    run: (script, patterns, unless) => {
      if (isUnknown(patterns) || isUnknown(unless)) return isUnknown(patterns) ? patterns : unless;
      return firstCommand(script, patterns, unless);
    }
  },
  scriptText: {
    description: "The known text of a boot script, decoded from base64 (or gzip+base64), templates and Fn::Sub; Unknown when none of it is known.",
    params: ["script"],
    seesUnknown: true,
    run: (script) => visibleText(script)
  }
};

// src/engine/functions/pin.ts
var asList = (v) => v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v];
function visibleText2(value) {
  if (typeof value === "string") return value;
  if (value !== void 0 && isUnknown(value) && typeof value.decoded === "string") return value.decoded;
  return void 0;
}
function constraintBounded(text) {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 1 && parts[0] === "") return false;
  let bounded = false;
  for (const part of parts) {
    const m = /^(~>|>=|<=|!=|=|>|<)?\s*v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(part);
    if (!m) return void 0;
    const op = m[1] ?? "=";
    if (op === "~>" || op === "=" || op === "<" || op === "<=") bounded = true;
  }
  return bounded;
}
function filterValues(lists, names) {
  const values = [];
  let unknownSeen = null;
  for (const list of lists) {
    if (list !== void 0 && isUnknown(list)) {
      unknownSeen ??= list;
      continue;
    }
    for (const filter of asList(list)) {
      if (isUnknown(filter)) {
        unknownSeen ??= filter;
        continue;
      }
      if (!isValueMap(filter)) continue;
      const name = filter.name;
      if (name !== void 0 && isUnknown(name)) {
        unknownSeen ??= name;
        continue;
      }
      if (typeof name !== "string" || !names.has(name)) continue;
      const v = filter.values;
      if (v !== void 0 && isUnknown(v)) {
        unknownSeen ??= v;
        continue;
      }
      values.push(asList(v));
    }
  }
  return { values, unknownSeen };
}
var REGION_METADATA = "/aws/service/global-infrastructure/";
var HASH_RUN = /[0-9a-fA-F]{32,}/;
var HASH_CALL = /\b(?:file)?(?:base64)?(?:md5|sha1|sha256|sha512)\s*\(/;
function contentAddressed(value) {
  const text = visibleText2(value);
  if (text !== void 0) {
    const path = text.split(/[?#]/)[0];
    if (HASH_RUN.test(path.slice(path.lastIndexOf("/") + 1))) return true;
  }
  if (value !== void 0 && isUnknown(value)) return HASH_CALL.test(value.$unknown) || text !== void 0 && HASH_CALL.test(text);
  return false;
}
var PIN_FUNCTIONS = {
  hasKey: {
    description: "True when a map has the key.",
    params: ["map", "key"],
    run: (map, key) => typeof key === "string" && isValueMap(map) && Object.prototype.hasOwnProperty.call(map, key)
  },
  missingKeys: {
    description: `The keys of a map that another map lacks, joined with ", " in the first map's order ("" when none): providers used but not required.`,
    params: ["map", "declared"],
    run: (map, declared) => {
      if (!isValueMap(map)) return "";
      const have = isValueMap(declared) ? declared : {};
      return Object.keys(map).filter((k) => !Object.prototype.hasOwnProperty.call(have, k)).join(", ");
    }
  },
  isOpenEndedConstraint: {
    description: "True when a Terraform version constraint has no upper bound: empty, or only `>`, `>=` and `!=` parts (`>= 5.0`). `~>`, `=`, a bare version, `<` and `<=` bound it. False for text that is no constraint.",
    params: ["constraint"],
    run: (constraint) => typeof constraint === "string" && constraintBounded(constraint) === false
  },
  amiFilterPins: {
    description: "True when AMI lookup filters select one image whatever is published later: an `image-id` filter, or a `name` filter whose values have no wildcard (`*`, `?`). Takes the filter lists (Terraform `filter`, Pulumi `filters`).",
    params: ["...filters"],
    seesUnknown: true,
    run: (...lists) => {
      const ids = filterValues(lists, /* @__PURE__ */ new Set(["image-id"]));
      if (ids.values.some((v) => v.length > 0 && v.every((x) => typeof x === "string"))) return true;
      const names = filterValues(lists, /* @__PURE__ */ new Set(["name"]));
      for (const v of names.values) {
        if (v.some(isUnknown)) return v.find(isUnknown);
        if (v.length > 0 && v.every((x) => typeof x === "string" && !/[*?]/.test(x))) return true;
      }
      return ids.unknownSeen ?? names.unknownSeen ?? false;
    }
  },
  amiTrustedFilter: {
    description: "True when AMI lookup filters restrict the owner (`owner-id` or `owner-alias` with values) or name one image (`image-id`, unique and immutable). Takes the filter lists (Terraform `filter`, Pulumi `filters`).",
    params: ["...filters"],
    seesUnknown: true,
    run: (...lists) => {
      const found = filterValues(lists, /* @__PURE__ */ new Set(["owner-id", "owner-alias", "image-id"]));
      for (const v of found.values) {
        if (v.length > 0 && v.some((x) => !isUnknown(x))) return true;
        if (v.some(isUnknown)) return v.find(isUnknown);
      }
      return found.unknownSeen ?? false;
    }
  },
  contentAddressed: {
    description: "True when an object key or URL names its content: a run of 32+ hex digits in its last path segment (what `aws cloudformation package` and `sam package` upload), or a key computed with a hash function (`filemd5(...)`). Never unknown: a key that is not visible is not content-addressed as far as the code shows.",
    params: ["keyOrUrl"],
    seesUnknown: true,
    run: (value) => contentAddressed(value)
  },
  unversionedObjectUrl: {
    description: "True when a value is a remote object URL (`s3://`, `https://`, or text starting with a substituted base such as `${TemplatesBase}/x.yaml`) without a `versionId=` query and not content-addressed. False for a local path (packaged by `aws cloudformation package` / `sam package`). Unknown when the text is not visible, or a substitution in the query could carry the version.",
    params: ["url"],
    seesUnknown: true,
    run: (value) => {
      const text = visibleText2(value);
      if (text === void 0) return value !== void 0 && isUnknown(value) ? value : false;
      if (/[?&]versionId=/.test(text)) return false;
      const remote = /^(?:s3|https?):\/\//i.test(text) || /^\$\{[^}]+\}/.test(text);
      if (!remote) return false;
      if (contentAddressed(value)) return false;
      const query = text.indexOf("?");
      if (query >= 0 && /\$\{[^}]*\}/.test(text.slice(query))) return unknown(text, { reason: "a substitution in the URL's query may carry the version" });
      return true;
    }
  },
  ssmLatestParameter: {
    description: "The name of the first AWS public SSM parameter that a value's visible text resolves without a version (`{{resolve:ssm:/aws/service/...}}`, such as the latest Amazon Linux AMI), else null. A `:version` pins it; region and service metadata (`/aws/service/global-infrastructure/...`) does not count.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => {
      const text = visibleText2(value);
      if (text === void 0) return null;
      for (const m of text.matchAll(/\{\{resolve:ssm:(\/aws\/service\/(?:\$\{[^}]*\}|[^:}])*)(:\d+)?\}\}/g)) {
        if (m[2] === void 0 && !m[1].startsWith(REGION_METADATA)) return m[1];
      }
      return null;
    }
  },
  ssmLatestPublicParameter: {
    description: 'True when an SSM parameter name (Terraform `data "aws_ssm_parameter"`, Pulumi `aws.ssm.getParameter`) is an AWS public parameter (`/aws/service/...`) without a `:version` selector. Region and service metadata (`/aws/service/global-infrastructure/...`) does not count.',
    params: ["name"],
    run: (name) => typeof name === "string" && /^\/aws\/service\/[^:]*$/.test(name) && !name.startsWith(REGION_METADATA)
  }
};

// src/engine/functions/visible-text.ts
var MAX_DEPTH2 = 16;
function visibleText3(value) {
  let current = value;
  for (let depth = 0; depth < MAX_DEPTH2 && current !== void 0 && isUnknown(current); depth++) current = current.decoded;
  return typeof current === "string" ? current : value;
}
var VISIBLE_TEXT_FUNCTIONS = {
  visibleText: {
    description: "The statically visible text of a value: a string as it is, or the text at the end of an Unknown's `decoded` chain through any number of layers (a Pulumi `.apply` callback returning a template); the value itself when no text is visible.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => visibleText3(value)
  }
};

// src/engine/functions/change.ts
var strings$1 = (v) => (Array.isArray(v) ? v : v === void 0 || v === null ? [] : [v]).filter((p) => typeof p === "string");
var CHANGE_FUNCTIONS = {
  notIgnored: {
    description: "The attribute paths (`instance_type`, `tags`, `Tags[0].Value`) that an ignore list (Terraform `ignore_changes`, Pulumi `ignoreChanges`, compared in snake_case) does not cover: a path inside an ignored one (`tags.Env` in `tags`) is covered, and `all` (or `*`) covers every path. The list as given when nothing is ignored.",
    params: ["paths", "ignored"],
    run: (paths, ignored) => {
      if (ignored === "all" || strings$1(ignored).some((p) => p === "all" || p === "*")) return [];
      const patterns = strings$1(ignored);
      return strings$1(paths).filter((path) => !pathWithin(path, patterns));
    }
  },
  join: {
    description: 'The strings of a list joined with a separator (`instance_type, tags`); "" for an empty list.',
    params: ["list", "separator"],
    run: (list, separator) => strings$1(list).join(typeof separator === "string" ? separator : ", ")
  }
};

// src/engine/functions/index.ts
var asList2 = (v) => v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v];
var asNumber = (v) => {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
};
var FUNCTIONS = {
  image: {
    description: "Parses a container image reference into { registry, repository, tag, digest, hasTag, hasDigest }; null when it is not one. Template placeholders (`${AWS::Region}`, `${repo.repositoryUrl}`) may stand for the registry or name; one in the tag or digest makes the result unknown.",
    params: ["reference"],
    run: (reference) => {
      if (typeof reference !== "string") return null;
      let count = 0;
      const masked = reference.replace(/\$\{[^}]*\}/g, () => `xplaceholder${count++}x`);
      const parsed = parseImageReference(masked);
      const hidden = /xplaceholder\d+x/;
      const lastSegment = parsed?.repository.slice(parsed.repository.lastIndexOf("/") + 1) ?? "";
      const mayHideTag = parsed !== null && parsed.tag === null && parsed.digest === null && hidden.test(lastSegment);
      if (parsed && (hidden.test(parsed.tag ?? "") || hidden.test(parsed.digest ?? "") || mayHideTag)) {
        return unknown(reference, { reason: "the image tag or digest is substituted" });
      }
      if (!parsed) return null;
      return { ...parsed, hasTag: parsed.tag !== null, hasDigest: parsed.digestValid };
    }
  },
  moduleSource: {
    description: "Parses a Terraform module source address into { kind, remote, ref, refKind }.",
    params: ["source"],
    run: (source) => typeof source === "string" ? { ...parseModuleSource(source) } : null
  },
  isCommitSha: {
    description: "True when the text is a full 40- or 64-hex commit id.",
    params: ["ref"],
    run: (ref) => typeof ref === "string" && isCommitSha(ref)
  },
  isExactVersion: {
    description: "True when a version constraint names one exact version rather than a range.",
    params: ["constraint"],
    run: (constraint) => typeof constraint === "string" && isExactVersion(constraint)
  },
  portsCovered: {
    description: "True when an ingress rule's protocol and port range reach any of the given ports. Ports may be numbers or range strings (`20-25`, `*`); a missing range means all ports.",
    params: ["protocol", "fromPort", "toPort", "ports"],
    run: (protocol, from, to, ports) => {
      if (protocol === void 0 || protocol === null || typeof protocol === "boolean" || typeof protocol === "object") return false;
      let low = asNumber(from);
      let high = asNumber(to);
      if (typeof from === "string" && low === null) {
        const span = parsePortRange(from);
        if (span) [low, high] = span;
      }
      const wanted = asList2(ports).map(asNumber).filter((p) => p !== null);
      return rangeCoversPorts(protocol, low, high ?? low, wanted);
    }
  },
  portSpecCovers: {
    description: "True when any port spec (`22`, `20-25`, `*`, or a list of them) includes one of the ports.",
    params: ["specs", "ports"],
    seesUnknown: true,
    run: (specs, ports) => {
      const wanted = asList2(ports).map(asNumber).filter((p) => p !== null);
      let sawUnknown = false;
      for (const spec of asList2(specs)) {
        if (isUnknown(spec)) {
          sawUnknown = true;
          continue;
        }
        if (typeof spec !== "string" && typeof spec !== "number") continue;
        const span = parsePortRange(spec);
        if (span && wanted.some((p) => p >= span[0] && p <= span[1])) return true;
      }
      return sawUnknown ? { $unknown: "port list" } : false;
    }
  },
  anyAnywhere: {
    description: "True when any argument (a CIDR or a list of CIDRs) matches every address (0.0.0.0/0, ::/0). Unknown when only unknown entries could.",
    params: ["...cidrs"],
    seesUnknown: true,
    run: (...lists) => {
      let sawUnknown = null;
      for (const entry of lists.flatMap(asList2)) {
        if (isUnknown(entry)) sawUnknown ??= entry;
        else if (typeof entry === "string" && isAnywhere(entry)) return true;
      }
      return sawUnknown ?? false;
    }
  },
  nonEmpty: {
    description: "True when the value is a non-empty list, map or string, or `true`.",
    params: ["value"],
    run: (value) => {
      if (value === void 0 || value === null || value === false) return false;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === "string") return value.length > 0;
      if (isValueMap(value)) return Object.keys(value).length > 0;
      return true;
    }
  },
  pathWithin: {
    description: 'True when an attribute path (`tags["x"]`, `scaling_config[0].desired_size`) is one of, or lies inside one of, the patterns.',
    params: ["path", "patterns"],
    run: (path, patterns) => typeof path === "string" && pathWithin(path, asList2(patterns).filter((p) => typeof p === "string"))
  },
  ownedElsewhere: {
    description: "True when an ignored attribute path of a resource of `type` is managed by one of the `related` records (a relation's list): `owners` maps a type to { attribute path: [owner types] } (an ASG's `target_group_arns` and an `aws_autoscaling_traffic_source_attachment` that refers to it).",
    params: ["path", "type", "related", "owners"],
    run: (path, type, related, owners) => {
      if (typeof path !== "string" || typeof type !== "string" || !isValueMap(owners)) return false;
      const table = owners[type];
      if (!isValueMap(table)) return false;
      const present = new Set(
        asList2(related).map((view) => isValueMap(view) && isValueMap(view.resource) ? view.resource.canonicalType : void 0).filter((t) => typeof t === "string")
      );
      return Object.entries(table).some(([attribute, types]) => pathWithin(path, [attribute]) && asList2(types).some((t) => typeof t === "string" && present.has(t)));
    }
  },
  pathMentions: {
    description: "True when any segment of an attribute path (`spec[0].template[0].metadata[0].labels`) is one of the names: a map such as `labels` at any depth, or anything inside one.",
    params: ["path", "names"],
    run: (path, names) => {
      if (typeof path !== "string") return false;
      const wanted = new Set(asList2(names).filter((n) => typeof n === "string"));
      return attributePathSegments(path).some((segment) => wanted.has(segment));
    }
  },
  attributePath: {
    description: "Normalises an attribute path to dotted snake_case segments (`scalingConfig[0].desiredSize` \u2192 `scaling_config.*.desired_size`).",
    params: ["path"],
    run: (path) => typeof path === "string" ? attributePathSegments(path).join(".") : null
  },
  keysMatch: {
    description: "True when any key of a map, at any depth, matches the regular expression.",
    params: ["value", "pattern"],
    run: (value, pattern) => typeof pattern === "string" && anyKeyMatches(value, new RegExp(pattern))
  },
  isOpenEndedRange: {
    description: "True when an npm version range has no upper bound: `*`, `x`, empty, a dist-tag such as `latest`, or an alternative of only `>`/`>=` comparators (`>=3.0.0`, `^1 || >=2`).",
    params: ["range"],
    run: (range) => typeof range === "string" && isOpenEndedRange(range)
  },
  lower: {
    description: "Lower-cases a string.",
    params: ["text"],
    run: (text) => typeof text === "string" ? text.toLowerCase() : text
  },
  ...RNP_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...NONDETERMINISTIC_FUNCTIONS,
  ...KEY_VALUE_FUNCTIONS,
  ...SCRIPT_FUNCTIONS,
  ...PIN_FUNCTIONS,
  ...VISIBLE_TEXT_FUNCTIONS,
  ...CHANGE_FUNCTIONS
};
function anyKeyMatches(value, pattern, depth = 0) {
  if (depth > 64 || value === void 0 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => anyKeyMatches(v, pattern, depth + 1));
  if (isUnknown(value)) return false;
  return Object.entries(value).some(([k, v]) => pattern.test(k) || anyKeyMatches(v, pattern, depth + 1));
}
function callFunction(name, args) {
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`unknown function ${name}`);
  if (!fn.seesUnknown) {
    const unknownArg = args.find((a) => isUnknown(a));
    if (unknownArg !== void 0) return unknownArg;
  }
  return fn.run(...args);
}

// src/engine/path.ts
var PathSyntaxError = class extends Error {
};
var cache = /* @__PURE__ */ new Map();
function parsePath(text) {
  const cached = cache.get(text);
  if (cached) return cached;
  const steps = [];
  let i = 0;
  const fail = (why) => {
    throw new PathSyntaxError(`invalid path "${text}" at character ${i + 1}: ${why}`);
  };
  const readName = () => {
    const match = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i));
    if (!match) return fail("expected a name");
    i += match[0].length;
    return match[0];
  };
  steps.push({ kind: "key", key: readName() });
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      i++;
      if (text[i] === "*") {
        i++;
        steps.push({ kind: "wildcard" });
      } else steps.push({ kind: "key", key: readName() });
    } else if (c === "[") {
      const close = text.indexOf("]", i);
      if (close < 0) fail("missing ]");
      const inner = text.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === "*") steps.push({ kind: "wildcard" });
      else if (/^\d+$/.test(inner)) steps.push({ kind: "index", index: Number(inner) });
      else if (/^"[^"]*"$|^'[^']*'$/.test(inner)) steps.push({ kind: "key", key: inner.slice(1, -1) });
      else fail(`unsupported index [${inner}]`);
    } else if (c === "|") {
      i++;
      const name = readName();
      if (name !== "json" && name !== "text") fail(`unknown decoder |${name} (known: json, text)`);
      steps.push({ kind: "decode", decoder: name });
    } else fail(`unexpected "${c}"`);
  }
  cache.set(text, steps);
  return steps;
}
function decodeJson(value) {
  if (value === void 0) return void 0;
  if (isUnknown(value)) return value.decoded !== void 0 ? value.decoded : value;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return void 0;
  }
}
function decodeText(value) {
  let current = value;
  for (let depth = 0; depth < 16 && current !== void 0 && isUnknown(current); depth++) {
    if (typeof current.decoded === "string") return current.decoded;
    if (current.decoded === void 0 || !isUnknown(current.decoded)) break;
    current = current.decoded;
  }
  return value;
}
function resolveSteps(start, steps) {
  let current = [start];
  for (const step of steps) {
    const next = [];
    for (const here of current) {
      if (step.kind !== "wildcard") {
        next.push(stepOnce(here, step));
        continue;
      }
      const { value } = here;
      if (value === void 0 || value === null) continue;
      if (isUnknown(value)) {
        next.push(below(here, value, here.path, true));
        continue;
      }
      if (Array.isArray(value)) value.forEach((v, index) => next.push(here.elements?.[index] ?? below(here, v, [...here.path, index], here.underUnknown)));
      else if (typeof value === "object") for (const [k, v] of Object.entries(value)) next.push(below(here, v, [...here.path, k], here.underUnknown));
    }
    current = next;
  }
  return current;
}
function resolveSingle(start, steps) {
  let here = start;
  for (const step of steps) here = stepOnce(here, step);
  return here;
}
function stepOnce(here, step) {
  const { value } = here;
  if (step.kind === "decode") {
    const decoded = step.decoder === "json" ? decodeJson(value) : decodeText(value);
    return decoded !== value && isUnknown(value) ? { ...here, value: decoded, decodedFrom: value } : { ...here, value: decoded };
  }
  const segment = step.kind === "key" ? step.key : step.index;
  if (value === void 0 || value === null) return { ...here, value: void 0, path: [...here.path, segment] };
  if (isUnknown(value)) return below(here, value, [...here.path, segment], true);
  if (typeof segment === "number" && here.elements?.[segment]) return here.elements[segment];
  return below(here, getPath(value, [segment]), [...here.path, segment], here.underUnknown);
}
function below(here, value, path, underUnknown) {
  const out = { value, path, underUnknown };
  if (here.foreign) out.foreign = here.foreign;
  if (here.constant) out.constant = true;
  return out;
}

const require$i = createRequire(import.meta.url);
function fingerprint(ruleId, file, resource, path) {
  return hash("sha256", [ruleId, file, resource, path].join("\0"), "hex").slice(0, 32);
}
var NO_VALUE_DIGEST = "none";
function findingDigest(values) {
  const parts = [];
  const add = (name, value) => {
    parts.push(`${name}=${value === void 0 ? "-" : canonicalJson(value)}`);
  };
  if (values.value !== void 0) add("value", values.value);
  if (values.element !== void 0) add("element", values.element);
  if (values.record !== void 0) add("record", values.record);
  const read = /* @__PURE__ */ new Map();
  for (const r of values.read ?? []) {
    const key = JSON.stringify(r.path);
    if (!read.has(key)) read.set(key, r.value);
  }
  for (const key of [...read.keys()].sort()) add(`read ${key}`, read.get(key));
  return parts.length === 0 ? NO_VALUE_DIGEST : digest(parts.join("\n"));
}
function digest(text) {
  return hash("sha256", text, "hex").slice(0, 16);
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isUnknown(value)) return `{"$unknown":${JSON.stringify(value.$unknown)}}`;
  const keys = Object.keys(value).filter((k) => value[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}

// src/engine/logic.ts
function and(values) {
  let result = true;
  for (const v of values) {
    if (v === false) return false;
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function or(values) {
  let result = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function not(value) {
  return value === "unknown" ? value : !value;
}

// src/engine/conditions.ts
var Layered = class {
  constructor(first, second) {
    this.first = first;
    this.second = second;
  }
  first;
  second;
  get(name) {
    return this.first.get(name) ?? this.second.get(name);
  }
};
var Scope = class _Scope {
  names = [];
  values = [];
  outer;
  trace;
  constructor(outer, trace) {
    this.outer = outer;
    this.trace = trace ?? { touched: [], reads: [], unknowns: [], decoded: [], evidence: [] };
  }
  get(name) {
    const names = this.names;
    for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return this.values[i];
    return this.outer?.get(name);
  }
  set(name, value) {
    const at = this.names.indexOf(name);
    if (at >= 0) this.values[at] = value;
    else {
      this.names.push(name);
      this.values.push(value);
    }
    return this;
  }
  /** Source paths of the selected record that references touched, in reading order. */
  get touched() {
    return this.trace.touched;
  }
  /** The values at `touched`, in the same order (`undefined`: nothing there). */
  get reads() {
    return this.trace.reads;
  }
  get unknowns() {
    return this.trace.unknowns;
  }
  /** Unknown values read through a decoder (`|text` of a partly known image reference). */
  get decoded() {
    return this.trace.decoded;
  }
  /** Related records that decided the outcome (matched by `some`, examined by `none`/`every`). */
  get evidence() {
    return this.trace.evidence;
  }
  /** Notes an unknown value that made a condition undecidable; returns "unknown". */
  undecided(value) {
    if (value !== void 0 && isUnknown(value) && !this.trace.unknowns.includes(value)) this.trace.unknowns.push(value);
    return "unknown";
  }
  /**
   * What the undecided conditions hinged on, as written: a library function's Unknown (an image
   * whose tag is substituted) stands for the value it was given, whose reason says more.
   */
  undecidedValues() {
    const { decoded, unknowns } = this.trace;
    if (decoded.length === 0) return unknowns;
    const shown = new Set(decoded.map((d) => typeof d.decoded === "string" ? d.decoded : d.$unknown));
    return [...decoded, ...unknowns.filter((u) => !shown.has(u.$unknown) && !decoded.includes(u))];
  }
  /** A child scope for a quantifier's element: same bindings and the same records of what was read. */
  child() {
    return new _Scope(this, this.trace);
  }
};
function recordView(record, edgePath) {
  const value = {
    attributes: record.attributes,
    options: record.options,
    resource: { type: record.type, canonicalType: record.canonicalType, name: record.name, kind: record.kind, file: record.file, format: record.format }
  };
  if (edgePath) value.via = formatPath(edgePath);
  return { value, path: [], underUnknown: false, foreign: { record, ...edgePath ? { path: edgePath } : {} } };
}
function literal(value) {
  return { value, path: [], underUnknown: false };
}
var compiledBindings = /* @__PURE__ */ new WeakMap();
function compileBinding(binding) {
  if (binding === null || typeof binding !== "object") return compileOperand(binding);
  let compiled = compiledBindings.get(binding);
  if (!compiled) {
    if (!Array.isArray(binding) && "call" in binding && typeof binding.call === "string") {
      const call = compileCall(binding.call, binding.args);
      compiled = (scope) => ({ value: call(scope), path: [], underUnknown: false });
    } else compiled = compileOperand(binding);
    compiledBindings.set(binding, compiled);
  }
  return compiled;
}
function compileCall(name, args) {
  const compiled = args.map(compileOperand);
  return (scope) => {
    const values = [];
    for (const arg of compiled) values.push(arg(scope).value);
    return callFunction(name, values);
  };
}
function compileOperand(value) {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) {
      const text = literal(value.slice(1));
      return () => text;
    }
    const parsed = parseReference(value.slice(1));
    return (scope) => {
      const found = resolveParsed(parsed, scope);
      if (found.path.length > 0 && !found.foreign && !found.constant) {
        scope.touched.push(found.path);
        scope.reads.push({ path: found.path, value: found.value });
      }
      if (found.decodedFrom && !scope.decoded.includes(found.decodedFrom)) scope.decoded.push(found.decodedFrom);
      return found;
    };
  }
  if (Array.isArray(value)) {
    const items = value.map(compileOperand);
    return (scope) => {
      const out = [];
      for (const item of items) out.push(item(scope).value ?? null);
      return { value: out, path: [], underUnknown: false };
    };
  }
  const constant = literal(value);
  return () => constant;
}
var references = /* @__PURE__ */ new Map();
function parseReference(reference) {
  let parsed = references.get(reference);
  if (!parsed) {
    const [head, ...rest] = parsePath(reference.startsWith("$") ? reference.slice(1) : reference);
    parsed = { head: head && head.kind === "key" ? head.key : void 0, rest, single: rest.every((step) => step.kind !== "wildcard") };
    references.set(reference, parsed);
  }
  return parsed;
}
function resolveReference(reference, scope) {
  return resolveParsed(parseReference(reference), scope);
}
function resolveParsed({ head, rest, single }, scope) {
  const start = head !== void 0 ? scope.get(head) : void 0;
  if (!start) return { value: void 0, path: [], underUnknown: false };
  if (rest.length === 0) return start;
  if (single) return resolveSingle(start, rest);
  const [first] = resolveSteps(start, rest);
  return first ?? { ...start, value: void 0 };
}
var compiledConditions = /* @__PURE__ */ new WeakMap();
function compileCondition(condition) {
  let compiled = compiledConditions.get(condition);
  if (!compiled) compiledConditions.set(condition, compiled = buildCondition(condition));
  return compiled;
}
function buildCondition(condition) {
  if ("all" in condition) {
    const parts = condition.all.map(compileCondition);
    return (scope) => {
      let result = true;
      for (const part of parts) {
        const truth = part(scope);
        if (truth === false) result = false;
        else if (truth === "unknown" && result === true) result = "unknown";
      }
      return result;
    };
  }
  if ("any" in condition) {
    const parts = condition.any.map(compileCondition);
    return (scope) => {
      let result = false;
      for (const part of parts) {
        const truth = part(scope);
        if (truth === true) result = true;
        else if (truth === "unknown" && result === false) result = "unknown";
      }
      return result;
    };
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not);
    return (scope) => not(inner(scope));
  }
  if ("some" in condition || "none" in condition || "every" in condition) return compileQuantifier(condition);
  if ("present" in condition) {
    const subject = compileOperand(condition.present);
    return (scope) => {
      const found = subject(scope);
      if (found.value === void 0 || found.value === null) return found.underUnknown ? scope.undecided(found.value) : false;
      return true;
    };
  }
  if ("absent" in condition) {
    const subject = compileOperand(condition.absent);
    return (scope) => {
      const found = subject(scope);
      if (found.value === void 0 || found.value === null) return found.underUnknown ? scope.undecided(found.value) : true;
      return false;
    };
  }
  if ("equals" in condition) {
    const [left, right] = condition.equals.map(compileOperand);
    return (scope) => {
      const a = left(scope).value;
      const b = right(scope).value;
      if (isUnknown(a) || isUnknown(b)) return scope.undecided(isUnknown(a) ? a : b);
      return looselyEqual(a, b);
    };
  }
  if ("in" in condition) {
    const needleOf = compileOperand(condition.in[0]);
    const haystackOf = compileOperand(condition.in[1]);
    return (scope) => {
      const needle = needleOf(scope).value;
      const haystack = haystackOf(scope).value;
      if (isUnknown(needle) || isUnknown(haystack)) return scope.undecided(isUnknown(needle) ? needle : haystack);
      const list = Array.isArray(haystack) ? haystack : haystack === void 0 || haystack === null ? [] : [haystack];
      return or(list.map((entry) => isUnknown(entry) ? scope.undecided(entry) : looselyEqual(needle, entry)));
    };
  }
  if ("matches" in condition) {
    const subject = compileOperand(condition.matches[0]);
    const re = compiledRegex(condition.matches[1]);
    return (scope) => {
      const value = subject(scope).value;
      if (isUnknown(value)) return scope.undecided(value);
      return typeof value === "string" && re.test(value);
    };
  }
  if ("truthy" in condition) {
    const subject = compileOperand(condition.truthy);
    return (scope) => {
      const value = subject(scope).value;
      if (isUnknown(value)) return scope.undecided(value);
      return value === true || value === "true";
    };
  }
  const call = compileCall(condition.call, condition.args);
  return (scope) => {
    const result = call(scope);
    if (isUnknown(result)) return scope.undecided(result);
    return result === true;
  };
}
function compileQuantifier(condition) {
  const [quantifier, reference] = "some" in condition ? ["some", condition.some] : "none" in condition ? ["none", condition.none] : ["every", condition.every];
  const listOf = compileOperand(reference);
  const when = condition.when ? compileCondition(condition.when) : void 0;
  const as = condition.as ?? "item";
  return (scope) => {
    const found = listOf(scope);
    if (isUnknown(found.value)) return scope.undecided(found.value);
    const elements = found.elements ?? (Array.isArray(found.value) ? found.value.map((v, i) => ({ ...found, value: v, path: [...found.path, i] })) : []);
    const results = [];
    const matched = [];
    for (const element of elements) {
      let truth = true;
      if (when) {
        const inner = scope.child();
        inner.set(as, element);
        truth = when(inner);
      }
      results.push(truth);
      if (truth === true) matched.push(element);
    }
    const evidenceOf = (list) => {
      for (const e of list) if (e.foreign && !scope.evidence.some((x) => x.record === e.foreign.record)) scope.evidence.push(e.foreign);
    };
    if (quantifier === "some") {
      const truth = or(results);
      if (truth === true) evidenceOf(matched);
      return truth;
    }
    evidenceOf(elements);
    return quantifier === "none" ? not(or(results)) : and(results);
  };
}
var regexCache = /* @__PURE__ */ new Map();
function compiledRegex(source) {
  let re = regexCache.get(source);
  if (!re) regexCache.set(source, re = new RegExp(source));
  return re;
}
function looselyEqual(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a === null || b === null) return false;
  const scalar = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

// src/engine/relations.ts
var NOT_RECORDS = /* @__PURE__ */ new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);
var TERRAFORM_REF = /(?<![\w.\]"'-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;
var CFN_REF = /(?:\bRef\b["']?\s*:?\s*["']?|\bGetAtt\b["']?\s*:?\s*\[?\s*["']?|\$\{)([A-Za-z0-9]+)/g;
var RelationIndex = class {
  outgoing = /* @__PURE__ */ new Map();
  incoming = /* @__PURE__ */ new Map();
  constructor(resources) {
    const units = /* @__PURE__ */ new Map();
    for (const r of resources) {
      if (r.kind === "fact" || r.unit === void 0) continue;
      let list = units.get(r.unit);
      if (!list) units.set(r.unit, list = []);
      list.push(r);
    }
    for (const records of units.values()) this.indexUnit(records);
  }
  /** Records `record` refers to (optionally only through paths under `via`). */
  references(record) {
    return this.outgoing.get(record) ?? [];
  }
  /** Records that refer to `record`. */
  referencedBy(record) {
    return this.incoming.get(record) ?? [];
  }
  indexUnit(records) {
    const byKey = /* @__PURE__ */ new Map();
    for (const r of records) {
      const key = recordKey(r);
      const list = byKey.get(key);
      if (list) list.push(r);
      else byKey.set(key, [r]);
    }
    for (const from of records) {
      const seen = /* @__PURE__ */ new Map();
      const visit = (value, path, depth) => {
        if (value === void 0 || value === null || depth > 64) return;
        if (isUnknown(value)) {
          for (const ref of referencesIn(from, value)) {
            for (const to of byKey.get(ref) ?? []) {
              if (to === from) continue;
              const at = path.join("");
              let targets = seen.get(at);
              if (!targets) seen.set(at, targets = /* @__PURE__ */ new Set());
              if (targets.has(to)) continue;
              targets.add(to);
              const edge = { from, to, path };
              push(this.outgoing, from, edge);
              push(this.incoming, to, edge);
            }
          }
          if (value.decoded !== void 0 && typeof value.decoded === "object") visit(value.decoded, path, depth + 1);
          return;
        }
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], depth + 1));
        else if (isValueMap(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
      };
      visit(from.attributes, ["attributes"], 0);
    }
  }
};
function push(map, key, edge) {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
function recordKey(r) {
  return r.format === "terraform" ? withoutInstanceKeys$1(r.name) : r.name;
}
function withoutInstanceKeys$1(address) {
  return address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g, "");
}
function referencesIn(from, value) {
  const texts = [value.$unknown, ...typeof value.decoded === "string" ? [value.decoded] : []];
  const out = /* @__PURE__ */ new Set();
  if (from.format === "terraform") {
    const prefix = /^((?:module\.[^.]+\.)*)/.exec(withoutInstanceKeys$1(from.name))[1];
    for (const ref of value.refs ?? []) out.add(prefix + ref);
    for (const text of texts) {
      for (const m of text.matchAll(TERRAFORM_REF)) {
        const ref = m[1];
        const root = ref.slice(0, ref.indexOf("."));
        if (!NOT_RECORDS.has(root)) out.add(prefix + ref);
      }
    }
  } else if (from.format === "cloudformation") {
    for (const ref of value.refs ?? []) out.add(ref);
    for (const text of texts) for (const m of text.matchAll(CFN_REF)) if (!m[1].startsWith("AWS")) out.add(m[1]);
  } else {
    for (const ref of value.refs ?? []) out.add(ref);
  }
  return [...out];
}

// src/engine/findings.ts
function isCallOrigin(o) {
  return o.kind === "module-argument" || o.kind === "call-argument";
}
function findingName(resource, calls, origins) {
  const scopes = resource.scopes;
  let name = resource.name;
  if (scopes && scopes.length > 0) name = calls.length === 0 ? scopes[scopes.length - 1] : scopes[Math.min(...calls.map((o) => o.depth ?? 0))] ?? resource.name;
  if (resource.format !== "terraform" || GATE_KINDS.has(resource.kind) || origins.some((o) => o.kind === "instance-key")) return name;
  return withoutInstanceKeys$1(name);
}
function provenance(calls, written, value) {
  const parts = [];
  if (calls.length > 0) {
    const chain = [];
    for (const o of [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))) {
      if (!chain.some((c) => c.depth === o.depth && c.call === o.call)) chain.push(o);
    }
    parts.push(`via ${chain.map((o) => `${o.call ?? "a call"} (${o.file}:${o.range.start.line})`).join(" \u2192 ")}`);
  }
  const where = (o) => `${o.file}:${o.range.start.line} (${o.message})`;
  if (written.length === 1 && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    parts.push(`${typeof value === "string" ? JSON.stringify(value) : String(value)} from ${where(written[0])}`);
  } else if (written.length > 0) {
    parts.push(`${written.length === 1 ? "value" : "values"} from ${written.slice(0, 3).map(where).join(", ")}`);
  }
  return parts.length > 0 ? ` \u2014 ${parts.join("; ")}` : "";
}
function unknownNote(unknowns) {
  const reasons = [...new Set(unknowns.map((u) => u.reason ?? `${u.$unknown.trim()} is not known statically`))];
  if (reasons.length === 0) return " (the value is not known statically; verify it)";
  return ` (not known statically: ${reasons.slice(0, 3).join("; ")}; verify it)`;
}
function oneNotePerDecision(findings, rules) {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const severity = new Map(rules.map((r) => [r.id, levelRank(r.level)]));
  const best = /* @__PURE__ */ new Map();
  const key = (f) => `${f.file}\0${f.resource}\0${f.range.start.line}:${f.range.start.column}\0${decisionOf.get(f) ?? ""}`;
  for (const f of findings) {
    if (!f.unknownValue) continue;
    const k = key(f);
    const current = best.get(k);
    if (!current || (severity.get(f.ruleId) ?? 0) > (severity.get(current.ruleId) ?? 0) || (severity.get(f.ruleId) ?? 0) === (severity.get(current.ruleId) ?? 0) && (order.get(f.ruleId) ?? 0) < (order.get(current.ruleId) ?? 0)) {
      best.set(k, f);
    }
  }
  return findings.filter((f) => !f.unknownValue || best.get(key(f)) === f);
}
var unitOf = /* @__PURE__ */ new WeakMap();
var decisionOf = /* @__PURE__ */ new WeakMap();
function relatedOrigins(resource, path, touched) {
  const origins = [];
  const written = [];
  const add = (list) => {
    for (const origin of list) if (!origins.some((o) => sameOrigin(o, origin))) origins.push(origin);
  };
  const writtenEnd = (list) => {
    const chain = list?.filter((o) => o.kind !== "instance-key") ?? [];
    const end = chain.at(-1);
    if (!end || isCallOrigin(end) || written.some((o) => sameOrigin(o, end))) return;
    if (end.kind === "local" && chain.some((o) => o !== end && !isCallOrigin(o))) return;
    written.push(end);
  };
  const visit = (p, below, named) => {
    if (p.length === 0) return;
    const { along, inside: inside2 } = originsOnPath(resource, p, below);
    along.forEach(add);
    inside2.forEach(add);
    if (!named) return;
    if (inside2.length > 0) inside2.forEach(writtenEnd);
    else writtenEnd(along.at(-1));
  };
  visit(path, false, true);
  const inside = (t) => path.length > 0 && t.length >= path.length && path.every((s, i) => t[i] === s);
  for (const t of touched) visit(t, true, inside(t));
  return { origins, written };
}
function sameOrigin(a, b) {
  return a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column;
}
function render(template, scope, name, format) {
  return template.replace(/("?)\{(@?[A-Za-z_$][\w$.\[\]"*|-]*)\}("?)/g, (_all, open, reference, close) => {
    if (reference === "name") return `${open}${name}${close}`;
    if (reference.startsWith("@")) return `${open}${nativeName(reference.slice(1), format)}${close}`;
    const value = resolveReference(reference, scope).value;
    if (value !== void 0 && isUnknown(value) && open && close) return display(value);
    return `${open}${display(value)}${close}`;
  });
}
function nativeName(path, format) {
  const plain = path.replace(/\[(?:\d+|\*)\]/g, "");
  if (format !== "pulumi") return plain;
  return plain.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
function display(value) {
  if (typeof value === "string") return oneLine(value);
  if (value !== void 0 && isUnknown(value)) return oneLine(value.$unknown);
  return describeValue(value);
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.file}\0${f.range.start.line}:${f.range.start.column}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = counts.get(f.fingerprint) ?? 0;
    counts.set(f.fingerprint, n + 1);
    out.push(n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n}` });
  }
  return out;
}
function consolidate(findings, rules) {
  const perResource = new Set(rules.filter((r) => r.onePer === "resource").map((r) => r.id));
  const kept = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const where = perResource.has(f.ruleId) && f.resource !== "" ? "" : `${f.file}\0${f.range.start.line}:${f.range.start.column}${f.unknownValue ? `\0${f.path}` : ""}`;
    const key = `${f.ruleId}\0${unitOf.get(f) ?? ""}\0${f.resource}\0${where}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, f);
      out.push(f);
      continue;
    }
    if (first.unknownValue && !f.unknownValue) {
      out[out.indexOf(first)] = f;
      kept.set(key, f);
      continue;
    }
    if (f.unknownValue && !first.unknownValue) continue;
    const samePlace = f.file === first.file && f.range.start.line === first.range.start.line && f.range.start.column === first.range.start.column;
    const related = [...first.related ?? []];
    if (!samePlace && !related.some((r) => r.file === f.file && r.range.start.line === f.range.start.line && r.range.start.column === f.range.start.column)) {
      related.push({ file: f.file, range: f.range, message: f.message });
    }
    for (const r of f.related ?? []) if (!related.some((x) => x.file === r.file && x.range.start.line === r.range.start.line && x.range.start.column === r.range.start.column)) related.push(r);
    const message = samePlace && f.path !== first.path && !first.message.includes(f.message) ? `${first.message} ${f.message}` : first.message;
    const merged = { ...first, message, ...related.length > 0 ? { related } : {} };
    out[out.indexOf(first)] = merged;
    kept.set(key, merged);
  }
  return out;
}

// src/engine/selection.ts
var RuleIndex = class {
  byType = /* @__PURE__ */ new Map();
  anyType = [];
  order = /* @__PURE__ */ new Map();
  constructor(rules) {
    for (const rule of rules) {
      for (const check of rule.checks) {
        const compiled = {
          rule,
          check,
          selectors: [check.select].flat().map((s) => compileSelector(s, check, rule))
        };
        this.order.set(compiled, this.order.size);
        const exact = compiled.selectors.every((s) => s.exactTypes !== void 0);
        if (!exact) {
          this.anyType.push(compiled);
          continue;
        }
        for (const type of new Set(compiled.selectors.flatMap((s) => s.exactTypes))) {
          const list = this.byType.get(type);
          if (list) list.push(compiled);
          else this.byType.set(type, [compiled]);
        }
      }
    }
  }
  /** Whether some check selects records of this format, kind and type (see `recordsRead`). */
  selects(record) {
    return this.select(record).length > 0;
  }
  /** Selections by format, kind and types: a selector reads nothing else, so each is worked out once. */
  cache = /* @__PURE__ */ new Map();
  /** The checks selecting `resource`, in rule-file order. The list is shared: do not modify it. */
  select(resource) {
    const key = `${resource.format}\0${resource.kind}\0${resource.type}\0${resource.canonicalType}`;
    let selected = this.cache.get(key);
    if (!selected) {
      selected = this.selectUncached(resource);
      this.cache.set(key, selected);
    }
    return selected;
  }
  selectUncached(resource) {
    const candidates = /* @__PURE__ */ new Set([...this.byType.get(resource.canonicalType) ?? [], ...this.byType.get(resource.type) ?? [], ...this.anyType]);
    const out = [];
    for (const compiled of candidates) {
      const matching = compiled.selectors.filter((s) => s.matches(resource));
      if (matching.length === 0) continue;
      const paths = [...new Set(matching.flatMap((s) => s.each ?? []))];
      out.push({ selected: { rule: compiled.rule, check: compiled.check, each: paths.length > 0 ? paths : void 0 }, order: this.order.get(compiled) });
    }
    return out.sort((a, b) => a.order - b.order).map((o) => o.selected);
  }
};
function compileSelector(selector, check, rule) {
  const typeNames = expand(toList(selector.type), rule);
  const each = selector.each ?? check.each;
  let matcher;
  return {
    matches: (record) => (matcher ??= typeMatcher(selector, typeNames))(record),
    each: each === void 0 ? void 0 : [each].flat(),
    exactTypes: typeNames.length > 0 && typeNames.every((t) => !/[*?]/.test(t)) ? typeNames : void 0
  };
}
function recordsRead(rules, index = new RuleIndex(rules)) {
  const relations = rules.flatMap(
    (rule) => rule.checks.flatMap((check) => Object.values(check.related ?? {}).map((relation) => recordMatcher("references" in relation ? relation.references : relation["referenced-by"], rule)))
  );
  const known = /* @__PURE__ */ new Map();
  return (record) => {
    const key = `${record.format}\0${record.kind}\0${record.type}\0${record.canonicalType}`;
    let read = known.get(key);
    if (read === void 0) known.set(key, read = index.selects(record) || relations.some((matches) => matches(record)));
    return read;
  };
}
function recordMatcher(selector, rule) {
  return typeMatcher(selector, expand(toList(selector.type), rule));
}
function typeMatcher(selector, types) {
  const formats = toList(selector.format);
  const kinds = toList(selector.kind);
  const exact = new Set(types.filter((t) => !/[*?]/.test(t)));
  const patterns = types.filter((t) => /[*?]/.test(t)).map(globToRegex);
  return (resource) => (formats.length === 0 || formats.includes(resource.format)) && (kinds.length === 0 ? !GATE_KINDS.has(resource.kind) : kinds.includes(resource.kind)) && (types.length === 0 || exact.has(resource.canonicalType) || exact.has(resource.type) || patterns.some((re) => re.test(resource.canonicalType) || re.test(resource.type)));
}
function expand(types, rule) {
  return types.flatMap((t) => {
    const set = /^\$sets\.([\w-]+)$/.exec(t);
    if (set) return strings(rule.sets[set[1]]);
    const param = /^\$params\.([\w-]+)$/.exec(t);
    if (param) return strings(rule.paramValues[param[1]]);
    return [t];
  });
}
function strings(value) {
  return (Array.isArray(value) ? value : []).filter((v) => typeof v === "string");
}
function toList(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function globToRegex(glob) {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

// src/engine/evaluate.ts
function evaluate(resources, rules, options = {}) {
  const evaluation = new Evaluation(rules, options, options.reportUnknown ? definitionsWithInstances(resources) : void 0);
  evaluation.add(resources);
  return evaluation.finish();
}
var Evaluation = class {
  /**
   * `definitions`: the span keys of definitions that were also evaluated for a caller (only
   * `reportUnknown` reads them, and it needs every record's: see `definitionsWithInstances`).
   */
  constructor(rules, options = {}, definitions = /* @__PURE__ */ new Set()) {
    this.options = options;
    this.definitions = definitions;
    this.enabled = rules.filter((r) => r.checks.length > 0);
    this.index = new RuleIndex(this.enabled);
    this.needsRelations = this.enabled.some((r) => r.checks.some((c) => c.related));
    this.ruleOrder = new Map(this.enabled.map((r, i) => [r, i]));
    this.reads = recordsRead(this.enabled, this.index);
  }
  options;
  definitions;
  enabled;
  index;
  needsRelations;
  ruleOrder;
  ordered = [];
  records = 0;
  facts = 0;
  /** Whether the rules read records of a format, kind and type (see `recordsRead`). */
  reads;
  /** Evaluates a batch: scanned records (and facts, which are placed after all records). */
  add(resources) {
    const context = {
      options: this.options,
      evaluatedForCallers: this.definitions,
      relations: this.needsRelations ? new RelationIndex(resources) : void 0
    };
    for (const resource of resources) {
      const place = resource.kind === "fact" ? FACTS_FROM + this.facts++ : this.records++;
      for (const { rule, check, each } of this.index.select(resource)) {
        const checkIndex = rule.checks.indexOf(check);
        for (const finding of runCheck(rule, check, resource, each, context)) {
          this.ordered.push({ finding, rule: this.ruleOrder.get(rule), check: checkIndex, resource: place });
        }
      }
    }
  }
  finish() {
    this.ordered.sort((a, b) => a.rule - b.rule || a.check - b.check || a.resource - b.resource);
    const findings = this.ordered.map((o) => o.finding);
    return dedupe(consolidate(oneNotePerDecision(findings, this.enabled), this.enabled));
  }
};
var FACTS_FROM = 2 ** 40;
function spanKey(resource) {
  return `${resource.file}\0${resource.range.start.line}:${resource.range.start.column}`;
}
function definitionsWithInstances(resources) {
  const out = /* @__PURE__ */ new Set();
  for (const r of resources) if (r.scopes) out.add(spanKey(r));
  return out;
}
function runCheck(rule, check, resource, each, context) {
  const { options } = context;
  const hasInstances = context.evaluatedForCallers.size > 0 && context.evaluatedForCallers.has(spanKey(resource));
  const prepared = prepare(check);
  let base = new Layered(ruleBindings(rule), recordBindings(resource));
  if (check.related) {
    const withRelated = new Scope(base);
    for (const [name, relation] of Object.entries(check.related)) withRelated.set(name, relatedRecords(resource, relation, rule, context.relations));
    base = withRelated;
  }
  const items = each ? eachItems(each, base) : [void 0];
  const findings = [];
  for (const item of items) {
    const scope = new Scope(base);
    if (item) {
      scope.set(prepared.as, item);
      scope.set("key", { value: item.path.at(-1) ?? null, path: [], underUnknown: false });
    }
    for (const [name2, binding] of prepared.lets) scope.set(name2, binding(scope));
    const truth = prepared.when ? prepared.when(scope) : true;
    if (truth === false || truth === "unknown" && !options.reportUnknown) continue;
    if (truth === "unknown" && hasInstances && !resource.scopes && scope.undecidedValues().every((u) => u.input)) continue;
    const at = check.at ? resolveReference(check.at, scope) : item;
    const path = at && at.path.length > 0 && !at.foreign ? at.path : [];
    const { origins, written } = relatedOrigins(resource, path, scope.touched);
    const calls = origins.filter(isCallOrigin);
    if (resource.remoteModule && calls.length === 0) continue;
    const name = findingName(resource, calls, origins);
    const level = truth === "unknown" ? "note" : rule.level;
    let message = render(check.message, scope, name, resource.format);
    message += provenance(calls, written, at?.value);
    if (truth === "unknown") message += unknownNote(scope.undecidedValues());
    if (resource.note) message += resource.note;
    const pathText = formatPath(resource.element ?? path);
    let file = resource.file;
    let range = path.length > 0 ? locate(resource, path) : resource.header;
    const related = [...origins.map((o) => ({ file: o.file, range: o.range, message: o.message })), ...scope.evidence.map(evidenceLocation), ...resource.related ?? []];
    if (resource.remoteModule) {
      const outermost = [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0];
      related.unshift({ file, range, message: `where ${name} uses the value, in the module's copy` });
      const own = related.findIndex((r) => r.file === outermost.file && r.range === outermost.range);
      if (own >= 0) related.splice(own, 1);
      file = outermost.file;
      range = outermost.range;
    }
    const finding = {
      ruleId: rule.id,
      level,
      message,
      file,
      range,
      resource: name,
      path: pathText,
      // The reported file (the caller's, for a remote module's record), so that a baseline entry's
      // fingerprint can be checked against its own file, rule, resource and path.
      fingerprint: fingerprint(rule.id, file, name, pathText),
      // What a baseline compares besides the fingerprint: everything the check looked at, so a
      // wider exposure of the same element (port 22 to 0-65535) is a new finding.
      valueDigest: findingDigest({
        value: at?.value,
        element: item?.value,
        // A fact's or a gate record's attributes are the thing itself: a plan that now resizes
        // to another size is another change, even though the rule read only its action.
        record: resource.kind === "fact" || GATE_KINDS.has(resource.kind) ? resource.attributes : void 0,
        read: scope.reads
      })
    };
    if (truth === "unknown") {
      finding.unknownValue = true;
      decisionOf.set(finding, scope.undecidedValues().map((u) => u.$unknown).sort().join(""));
    }
    if (related.length > 0) finding.related = related;
    if (resource.unit !== void 0) unitOf.set(finding, resource.unit);
    findings.push(finding);
  }
  return findings;
}
var preparedChecks = /* @__PURE__ */ new WeakMap();
function prepare(check) {
  let prepared = preparedChecks.get(check);
  if (!prepared) {
    prepared = {
      as: check.as ?? "item",
      lets: Object.entries(check.let ?? {}).map(([name, binding]) => [name, compileBinding(binding)]),
      when: check.when ? compileCondition(check.when) : void 0
    };
    preparedChecks.set(check, prepared);
  }
  return prepared;
}
var ruleScopes = /* @__PURE__ */ new WeakMap();
function ruleBindings(rule) {
  let map = ruleScopes.get(rule);
  if (!map) {
    map = /* @__PURE__ */ new Map([
      ["params", { value: rule.paramValues, path: [], underUnknown: false, constant: true }],
      ["sets", { value: rule.sets, path: [], underUnknown: false, constant: true }]
    ]);
    ruleScopes.set(rule, map);
  }
  return map;
}
var narrowings = /* @__PURE__ */ new WeakMap();
function evidenceLocation(e) {
  const range = e.path && e.path.length > 0 ? locate(e.record, e.path) : e.record.header;
  return { file: e.record.file, range, message: e.path && e.path.length > 0 ? `${e.record.name} refers to it here` : `${e.record.name}, which it refers to` };
}
function relatedRecords(resource, relation, rule, index) {
  const incoming = "referenced-by" in relation;
  const selector = incoming ? relation["referenced-by"] : relation.references;
  let ofRule = narrowings.get(rule);
  if (!ofRule) narrowings.set(rule, ofRule = /* @__PURE__ */ new WeakMap());
  let narrowing = ofRule.get(selector);
  if (!narrowing) ofRule.set(selector, narrowing = { matches: recordMatcher(selector, rule), via: toList(selector.via).map(parsePath) });
  const { matches, via } = narrowing;
  const edges = incoming ? index.referencedBy(resource) : index.references(resource);
  const elements = [];
  const seen = /* @__PURE__ */ new Set();
  for (const edge of edges) {
    const other = incoming ? edge.from : edge.to;
    if (seen.has(other) || !matches(other)) continue;
    if (via.length > 0 && !via.some((steps) => underPath(edge.path, steps))) continue;
    seen.add(other);
    elements.push(recordView(other, incoming ? edge.path : void 0));
  }
  return { value: elements.map((e) => e.value), path: [], underUnknown: false, constant: true, elements };
}
function underPath(path, steps) {
  if (steps.length > path.length) return false;
  return steps.every((step, i) => {
    const segment = path[i];
    if (step.kind === "wildcard") return true;
    if (step.kind === "index") return segment === step.index;
    if (step.kind === "key") return segment === step.key;
    return false;
  });
}
function eachItems(paths, scope) {
  return paths.flatMap((path) => {
    const { head, rest } = parseReference(path);
    const start = head !== void 0 ? scope.get(head) : void 0;
    if (!start) return [];
    return resolveSteps(start, rest).filter((located) => located.value !== void 0);
  });
}
var bindings = /* @__PURE__ */ new WeakMap();
function recordBindings(resource) {
  let map = bindings.get(resource);
  if (!map) {
    map = /* @__PURE__ */ new Map([
      ["attributes", { value: resource.attributes, path: ["attributes"], underUnknown: false }],
      ["options", { value: resource.options, path: ["options"], underUnknown: false }],
      [
        "resource",
        {
          value: { type: resource.type, canonicalType: resource.canonicalType, name: resource.name, kind: resource.kind, file: resource.file, format: resource.format },
          path: [],
          underUnknown: false
        }
      ]
    ]);
    bindings.set(resource, map);
  }
  return map;
}

// src/engine/diagnostics.ts
var PARSE_RULE_ID = "IAC-000";
function diagnosticFinding(diagnostic) {
  const finding = {
    ruleId: PARSE_RULE_ID,
    level: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    range: diagnostic.range,
    resource: "",
    path: "",
    // Parse errors have no resource to anchor on; the message keeps it stable while lines move.
    fingerprint: fingerprint(PARSE_RULE_ID, diagnostic.file, "", diagnostic.message)
  };
  if (diagnostic.related?.length) finding.related = diagnostic.related.map((r) => ({ file: r.file, range: r.range, message: r.message }));
  return finding;
}

const require$h = createRequire(import.meta.url);
function findRepositoryRoot(startDir, fallback = process.cwd()) {
  return repositoryRootOf(startDir) ?? resolve(fallback);
}
function repositoryRootOf(startDir) {
  let dir = resolve(startDir);
  for (; ; ) {
    try {
      statSync(join(dir, ".git"));
      return dir;
    } catch {
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

const require$g = createRequire(import.meta.url);

// src/cli/help.ts
var HELP = `driftless: immutability auditor for Infrastructure-as-Code (Terraform, CloudFormation, Pulumi TypeScript)

Usage:
  driftless scan [paths...] [options]   scan files or directories (default: .); plans, change
                                        sets and previews found there are gated too
  driftless gate <inputs...> [options]  the change gate: check Terraform JSON plans, CloudFormation
                                        change sets and drift results, Pulumi previews and refresh
                                        previews (any file name; told by content), with findings
                                        mapped back to the code (scan options apply too)
  driftless rules [--rules DIR]...      list the rule pack
  driftless explain ID [--rules DIR]... show a rule's documentation
  driftless test-rules [RULES_DIR] [--fixtures DIR]
                                        run rules on their fixtures (<fixtures>/<ID>/*) and compare
                                        with the "# expect: ID" comments in them (default fixtures:
                                        RULES_DIR/fixtures; no RULES_DIR: the built-in pack)
  driftless init [--output FILE] [--force]
                                        write a commented starter .driftless.yaml
  driftless sweep <folder | listing> --output-dir DIR [options]
                                        scan many repositories (the subfolders of a folder, or
                                        the paths a file lists one per line), each as its own root
                                        with its own .driftless.yaml: DIR gets repositories/NAME.sarif
                                        and .json, sweep.json (all of them) and report.html
  driftless report merge <reports.json...> [--format html|json] [--output FILE]
                                        JSON reports (scan --format json, sweep.json) as one
                                        HTML report or aggregate (--compare, --link-template too)
  driftless --help | --version

Scan options:
  --format FORMAT            text|sarif|json|markdown|junit|html; repeat for several reports in
                             one run (default: text)
  --output FILE              where the i-th --format goes; a format without --output goes to stdout
                             (only one may); "-" means stdout; an --output without its --format
                             takes it from the extension (.sarif, .json, .md, .xml, .txt, .html)
  --fail-on LEVEL            error|warning|note|none: exit 1 when an unsuppressed finding is at or
                             above LEVEL (default: the config's fail-on, else error)
  --config FILE              settings file (default: .driftless.yaml at the repository root)
  --rule ID[,ID...]          run only these rules (repeatable; a rule disabled by default runs too)
  --skip-rule ID[,ID...]     do not run these rules (repeatable)
  --exclude GLOB             leave out files matching GLOB, relative to the repository root
                             (repeatable; added to the config's exclude)
  --rules DIR                also load rule files from DIR (repeatable)
  --root DIR                 repository root that reported paths are relative to
                             (default: each path's enclosing git repository, else the current
                             directory; several repositories give one SARIF run each)
  --no-inline-suppressions   ignore driftless:ignore comments and Metadata.driftless.ignore
  --sarif-include-suppressed keep suppressed findings in SARIF, with their suppressions
  --category NAME            SARIF automationDetails.id, to keep uploads of several analyses apart
  --baseline FILE            report (and fail on) only findings that FILE does not hold
  --write-baseline FILE      write every current unsuppressed finding to FILE (folders created),
                             replacing only the entries of the files this scan reports on (the
                             named files, or everything under the scanned folders); report as
                             usual; exit 0 unless a finding it cannot hold (IAC-000, IAC-001) is
                             at or above --fail-on
  --update-baseline FILE     as --baseline FILE, then drop from FILE the entries of the files this
                             scan reports on that no longer occur (new findings are reported, not
                             added); one baseline option at a time
  --quiet                    text: only the findings (no summary); no notices on stderr
  --color, --no-color        force colours on or off (default: on a terminal; FORCE_COLOR and
                             NO_COLOR are honoured)
  --report-unknown           also report findings that depend on values unknown statically (as notes)
  --max-file-size SIZE       refuse files larger than SIZE unread (default 5MB; units KB, MB, GB)
  --strict                   exit 1 when an IaC file was not analysed at all (refused, unreadable,
                             too large, binary, undecodable), whatever --fail-on says
  --var NAME=VALUE           a Terraform root-module variable, as terraform plan -var (repeatable)
  --var-file FILE            a Terraform variables file, as terraform plan -var-file (repeatable);
                             --var and --var-file apply in command-line order, after the files
                             Terraform loads by itself (terraform.tfvars, *.auto.tfvars)

  --compare FILE             HTML report: new, fixed and still open findings against an earlier
                             JSON report (scan --format json, or a sweep's sweep.json)
  --link-template TEMPLATE   HTML report: each finding's link, e.g.
                             https://github.com/acme/{repository}/blob/{commit}/{file}#L{line}
                             ({repository} {remote} {commit} {branch} {file} {line} {column});
                             default: the file's path relative to the report

Sweep options (and --compare, --link-template, --quiet, and, passed to every repository's scan,
--rules, --rule, --skip-rule, --exclude, --max-file-size, --report-unknown,
--no-inline-suppressions):
  --output-dir DIR           where the reports go (required)
  --fail-on LEVEL            error|warning|note|none: exit 1 when an unsuppressed finding of any
                             repository is at or above LEVEL (default none)
  --concurrency N            repositories scanned at a time (default: the number of cores)
  --timeout SECONDS          stop a repository's scan after SECONDS (default 600, at most 2147483);
                             it is recorded as failed and the sweep goes on
  --no-cache                 scan every repository; by default one whose HEAD commit, origin remote,
                             configuration (and the rule folders it names) and the sweep's options
                             are as at the last sweep into DIR is not scanned again, until a
                             suppression its reports applied expires (uncommitted edits do not
                             count: commit, or --no-cache)
  --strict                   exit 1 when a repository could not be swept, whatever --fail-on says
  A repository that cannot be swept (missing, unreadable, not a git checkout, a broken
  .driftless.yaml, a crash) is recorded in sweep.json with its reason; the others go on.
  Options passed to every scan are checked first: a bad one stops the sweep (exit 2).

Report merge options (and --compare, --link-template):
  --format FORMAT            html (default) or json (the merged aggregate, as sweep.json)
  --output FILE              where it goes (default: stdout; a .json name means --format json)
  Each scan --format json report is named after its file (acme.infra.json \u2192 acme.infra); a
  sweep.json brings its repositories with their names. A sweep's findings link to their files
  when those are on this machine; others link through --link-template, or show as text.

Gate options:
  --source DIR               the code the inputs' addresses are mapped into (default: the
                             repository that holds the first input, else the one the command
                             runs in)
  --project DIR              the Terraform root module or Pulumi project the inputs are for, when
                             an address is defined in several (default for Terraform: the folder
                             the plan is in)
  --template FILE            the CloudFormation template a change set or drift result is for,
                             when a logical ID is defined in several
  The gate reads its inputs up to 256MB unless --max-file-size says otherwise.
  Inputs: terraform show -json PLANFILE (also of terraform plan -refresh-only);
  aws cloudformation describe-change-set --output json; aws cloudformation
  describe-stack-resource-drifts --output json; pulumi preview --json; pulumi refresh
  --preview-only --json.

Suppressions: a comment "driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason" on the line
above a block (the whole block; on a module call, what the call causes) or above or at the end
of an attribute line (that attribute); CloudFormation JSON and YAML also accept
Metadata: { driftless: { ignore: [ { id, reason, expires } ] } } on a resource. One without a
reason, with an unknown ID, past its expiry or matching nothing is reported as IAC-001.

Baselines: an entry holds a finding with the same rule, file, resource address (module instance
included), attribute path and values the rule looked at (the offending value, the whole element:
ports, protocol and sources of an ingress rule); line numbers do not count. A changed value or a
move to another file is a new finding. Entries name their repository relative to the baseline
file's folder. Parse errors (IAC-000) and IAC-001 are never baselined.

Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or rule-loading error
  3  internal error (a bug in driftless: please report it)
`;
function commandHelp(command) {
  const lines = HELP.split("\n");
  const usageStart = lines.findIndex((l) => l.startsWith(`  driftless ${command} `));
  const usageEnd = lines.findIndex((l, i) => i > usageStart && (l.startsWith("  driftless ") || l === ""));
  const usage = lines.slice(usageStart, usageEnd);
  const optionLines = (heading) => {
    const start = lines.findIndex((l) => l.startsWith(heading));
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && l === "");
    return lines.slice(start, end < 0 ? void 0 : end);
  };
  const shared = (name) => {
    const start = lines.findIndex((l) => l.startsWith(`  --${name} `));
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && !/^ {29}\S/.test(l));
    return lines.slice(start, end);
  };
  const own = optionLines(command === "sweep" ? "Sweep options" : "Report merge options");
  const common = [...["compare", "link-template"], ...command === "sweep" ? ["rules", "rule", "skip-rule", "exclude", "max-file-size", "report-unknown", "no-inline-suppressions"] : []];
  const commonLines = common.flatMap(shared);
  return [
    "Usage:",
    ...usage,
    "",
    ...own.length ? [...own, ""] : [],
    ...commonLines.length ? ["Shared with scan:", ...commonLines, ""] : [],
    ...optionLines("Exit codes"),
    "",
    "driftless --help lists every command and option.",
    ""
  ].join("\n");
}

const require$f = createRequire(import.meta.url);

// src/report/context.ts
function mergeRuns(runs) {
  const findings = [];
  let filesScanned = 0;
  for (const run of runs) {
    filesScanned += run.filesScanned;
    const prefix = run.prefix ?? "";
    for (const f of run.findings) {
      if (!prefix) {
        findings.push(f);
        continue;
      }
      findings.push({
        ...f,
        file: prefix + f.file,
        ...f.related ? { related: f.related.map((r) => ({ ...r, file: prefix + r.file })) } : {},
        ...f.suppression ? { suppression: { ...f.suppression, file: prefix + f.suppression.file } } : {}
      });
    }
  }
  return { findings, filesScanned };
}
function visibleFindings(findings, includeSuppressed = false) {
  return includeSuppressed ? [...findings] : findings.filter((f) => !f.suppression);
}
function summarize(findings) {
  const summary = { findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) {
      summary.suppressed++;
      continue;
    }
    summary.findings++;
    if (finding.level === "error") summary.errors++;
    else if (finding.level === "warning") summary.warnings++;
    else summary.notes++;
  }
  return summary;
}
function rulesForReport(findings, rules) {
  const byId = /* @__PURE__ */ new Map();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  for (const finding of findings) {
    if (byId.has(finding.ruleId)) continue;
    byId.set(finding.ruleId, placeholderRule(finding));
  }
  return [...byId.values()];
}
function placeholderRule(finding) {
  return {
    id: finding.ruleId,
    title: finding.ruleId,
    level: finding.level,
    securitySeverity: "5.0",
    precision: "high",
    tags: [],
    formats: [],
    enabled: true,
    description: `Rule ${finding.ruleId}.`,
    remediation: "",
    examples: {},
    references: [],
    sourceFile: "(unknown)"
  };
}

const require$e = createRequire(import.meta.url);

// src/engine/schema-errors.ts
function mostSpecific(errors) {
  const useful = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const pool = useful.length > 0 ? useful : errors;
  const rank = (e) => e.instancePath.length * 2 + (e.keyword === "additionalProperties" ? 1 : 0);
  return pool.reduce((best, e) => rank(e) > rank(best) ? e : best, pool[0]);
}

const require$d = createRequire(import.meta.url);

// src/cli/io.ts
var epipeGuard = false;
function processIo() {
  if (!epipeGuard) {
    epipeGuard = true;
    process.stdout.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
var CliError = class extends Error {
  name = "CliError";
};
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
function useColour(stream, env) {
  return stream.isTTY === true && !env.NO_COLOR;
}
async function makeFolder(folder) {
  const { mkdir, stat } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  const missing = [];
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch((error) => {
      if (error.code === "ENOENT") return void 0;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: "ENOTDIR" });
      break;
    }
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) {
    await mkdir(at).catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}

const require$c = createRequire(import.meta.url);

// src/suppress/ignore.ts
function ignoreMatcher(entry, glob) {
  if (entry.paths && !glob) throw new Error(`ignore entry ${entry.index} has paths but no glob matcher was given`);
  const pathMatch = entry.paths ? glob(entry.paths) : void 0;
  const rules = entry.rules ? new Set(entry.rules) : void 0;
  const resource = entry.resource;
  const prefix = resource?.endsWith(".*") ? resource.slice(0, -2) : void 0;
  return (f) => {
    if (rules && !rules.has(f.ruleId)) return false;
    if (entry.fingerprint && f.fingerprint !== entry.fingerprint) return false;
    if (pathMatch && !pathMatch(f.file)) return false;
    if (resource !== void 0) {
      if (prefix !== void 0) {
        if (!(f.resource === prefix || f.resource.startsWith(`${prefix}.`) || f.resource.startsWith(`${prefix}[`))) return false;
      } else if (f.resource !== resource) return false;
    }
    return true;
  };
}
function isExpired(expires, today) {
  return expires !== void 0 && expires < today;
}
function todayUtc(env = process.env) {
  const forced = env.DRIFTLESS_TODAY;
  if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

const require$b = createRequire(import.meta.url);
var CONFIG_FILE_NAME = ".driftless.yaml";
var CONFIG_SCHEMA_FILE = fileURLToPath(new URL("../../config.schema.json", import.meta.url));
function defaultConfigFile(root) {
  const file = join(root, CONFIG_FILE_NAME);
  return existsSync(file) ? file : void 0;
}
var validator;
async function validate() {
  if (!validator) {
    const ajvModule = await import('./ajv-BnnYoM0u.js');
    const Ajv = ajvModule.Ajv ?? ajvModule.default.Ajv;
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, "utf8")));
  }
  return validator;
}
async function loadConfig(file, shownAs = file) {
  const yamlModule = await import('./dist-PVRWQ3ZB.js');
  const yaml = typeof yamlModule.LineCounter === "function" ? yamlModule : yamlModule.default;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read configuration ${shownAs}: ${error.code ?? error.message}`);
  }
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length) {
    const error = document.errors[0];
    throw new CliError(`${shownAs}:${lineCounter.linePos(error.pos[0]).line}: YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const lineOf = (path) => lineIn(yaml, document, lineCounter, path);
  const data = document.toJS() ?? {};
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) if (value === null && key !== "fail-on" && key !== "inline-suppressions") delete data[key];
  }
  const check = await validate();
  if (!check(data)) {
    const error = mostSpecific(check.errors ?? []);
    const path = pointerPath(error.instancePath);
    const extra = error.keyword === "additionalProperties" ? error.params.additionalProperty : void 0;
    const badKey = error.propertyName;
    if (badKey !== void 0) throw new CliError(`${shownAs}:${lineOf([...path, badKey])}: ${describePath(path)}: ${JSON.stringify(badKey)} is not a rule ID such as PIN-005`);
    const at = extra === void 0 ? path : [...path, extra];
    throw new CliError(`${shownAs}:${lineOf(at)}: ${describePath(at)}: ${describe(error)}`);
  }
  const raw = data;
  const base = dirname(file);
  const ignore = (raw.ignore ?? []).map((entry, index) => {
    const e = { index, line: lineOf(["ignore", index]), reason: String(entry.reason ?? "") };
    if (entry.rule !== void 0) e.rules = [entry.rule].flat();
    if (entry.paths) e.paths = entry.paths;
    if (entry.resource) e.resource = entry.resource;
    if (entry.fingerprint) e.fingerprint = entry.fingerprint;
    if (entry.expires) {
      const day = entry.expires;
      if (!isCalendarDate(day)) throw new CliError(`${shownAs}:${lineOf(["ignore", index, "expires"])}: ignore[${index}].expires: ${day} is not a date (YYYY-MM-DD)`);
      e.expires = day;
    }
    return e;
  });
  return {
    file,
    rules: raw.rules ?? {},
    ignore,
    include: raw.include ?? [],
    exclude: raw.exclude ?? [],
    ...raw["fail-on"] ? { failOn: raw["fail-on"] } : {},
    customRules: (raw["custom-rules"] ?? []).map((d, i) => {
      const dir = resolve(base, d);
      if (!existsSync(dir)) throw new CliError(`${shownAs}:${lineOf(["custom-rules", i])}: custom-rules[${i}]: ${d} is not a directory (relative to ${shownAs}'s folder)`);
      return dir;
    }),
    inlineSuppressions: raw["inline-suppressions"] !== false,
    lineOf
  };
}
function lineIn(yaml, document, lineCounter, path) {
  const { isMap, isScalar } = yaml;
  for (let n = path.length; n >= 0; n--) {
    const parent = n === 0 ? document.contents : document.getIn(path.slice(0, n - 1), true);
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
      const range = pair && isScalar(pair.key) ? pair.key.range : void 0;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = n === 0 ? document.contents : document.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
function pointerPath(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describePath(path) {
  if (path.length === 0) return "(top level)";
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function describe(error) {
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key (allowed here: ${allowedKeys(error).join(", ")})`;
    case "enum":
      return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      if (error.instancePath.endsWith("/expires")) return "must be a date YYYY-MM-DD";
      if (error.instancePath.endsWith("/fingerprint")) return "must be a finding's fingerprint (32 hex digits)";
      return "must be a rule ID such as PIN-005";
    case "propertyNames":
      return `${JSON.stringify(params.propertyName)} is not a rule ID such as PIN-005`;
    case "required":
      return `missing ${JSON.stringify(params.missingProperty)}${params.missingProperty === "reason" ? " (say why the finding is accepted)" : ""}`;
    case "type":
      return `must be ${params.type === "array" ? "a list" : params.type === "object" ? "a map" : `a ${String(params.type)}`}`;
    default:
      return error.message ?? "is invalid";
  }
}
function allowedKeys(error) {
  const p = error.instancePath;
  if (p === "") return ["rules", "ignore", "include", "exclude", "fail-on", "custom-rules", "inline-suppressions"];
  if (/^\/rules\/[^/]+$/.test(p)) return ["enabled", "level", "params"];
  if (/^\/ignore\/\d+$/.test(p)) return ["rule", "paths", "resource", "fingerprint", "reason", "expires"];
  return [];
}
var STARTER_CONFIG = `# driftless configuration: https://github.com/driftless/driftless#configuration
# Checked against config.schema.json; an unknown key or a wrong value stops the scan (exit 2).
# yaml-language-server: $schema=https://raw.githubusercontent.com/driftless/driftless/main/config.schema.json

# Exit 1 when a finding is at or above this level: error | warning | note | none.
fail-on: error

# Per rule: enabled, level (error | warning | note) and parameters (driftless explain ID).
rules:
#  RNP-009:
#    enabled: true            # rules that ship disabled can be turned on
#  PIN-003:
#    level: note
#  DRF-002:
#    params:
#      allowed: [tags, tags_all, desired_count]

# Files to scan and to leave out (globs relative to the repository root).
include:
exclude:
#  - "examples/**"
#  - "**/test/fixtures/**"

# Directories of your own rules (relative to this file), as --rules DIR.
custom-rules:
#  - policies

# Honour driftless:ignore comments and Metadata.driftless.ignore (false: report everything).
inline-suppressions: true

# Accepted findings. Every entry needs a reason; one that matches nothing or has expired
# is reported as IAC-001. Criteria: rule, paths, resource, fingerprint; all must match.
ignore:
#  - rule: PIN-004
#    paths: ["sandbox/**"]
#    reason: sandboxes are rebuilt from scratch every night
#    expires: 2027-06-30
#  - rule: ACC-002
#    resource: aws_security_group.vpn
#    reason: VPN concentrator, reviewed in SEC-123
`;

const require$a = createRequire(import.meta.url);

// src/cli/args.ts
function parseArgs(argv, specs) {
  const positionals = [];
  const options = {};
  const ordered = [];
  const aliases = { "-h": "--help", "-V": "--version" };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    arg = aliases[arg] ?? arg;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--/, "");
    const spec = arg.startsWith("--") && Object.hasOwn(specs, name) ? specs[name] : void 0;
    if (!spec) throw new CliError(`unknown option ${eq >= 0 ? arg.slice(0, eq) : arg} (see driftless --help)`);
    if (!spec.value) {
      if (eq >= 0) throw new CliError(`option --${name} does not take a value`);
      options[name] = true;
      continue;
    }
    let value;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === void 0 || value.startsWith("--") && value.length > 2) {
        throw new CliError(`option --${name} needs a value${spec.choices ? ` (${spec.choices.join(", ")})` : ""}`);
      }
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new CliError(`invalid value for --${name}: ${JSON.stringify(value)} (expected one of ${spec.choices.join(", ")})`);
    }
    ordered.push({ name, value });
    if (spec.repeatable) {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      options[name] = value;
    }
  }
  return { positionals, options, ordered };
}
function stringOption(parsed, name) {
  const v = parsed.options[name];
  return typeof v === "string" ? v : void 0;
}
function listOption(parsed, name) {
  const v = parsed.options[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function flag(parsed, name) {
  return parsed.options[name] === true;
}

const require$9 = createRequire(import.meta.url);

// src/discover/sniff.ts
var TEMPLATE_VERSION = /(?:^|[\s{,])["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
var SAM_TRANSFORM = /AWS::Serverless-2016-10-31/;
var RESOURCES_KEY = /^["']?Resources["']?[ \t]*:|"Resources"\s*:/m;
var RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(?:AWS|Custom|Alexa::ASK)::/;
function looksLikeCloudFormation(text) {
  if (TEMPLATE_VERSION.test(text)) return true;
  if (SAM_TRANSFORM.test(text) && RESOURCES_KEY.test(text)) return true;
  return RESOURCES_KEY.test(text) && RESOURCE_TYPE.test(text);
}
var PULUMI_IMPORT = /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom[ \t]*["']@pulumi\/|^[ \t]*import[ \t]*["']@pulumi\//m;
var PULUMI_REQUIRE = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+[^=\n]+=[ \t]*)?require\([ \t]*["']@pulumi\//m;
function importsPulumi(text) {
  return text.includes("@pulumi/") && (PULUMI_IMPORT.test(text) || PULUMI_REQUIRE.test(text));
}
var RUNTIME_INLINE = /^runtime[ \t]*:[ \t]*(?:["']?nodejs["']?[ \t]*(?:#.*)?$|\{[^}\n]*\bname[ \t]*:[ \t]*["']?nodejs\b)/m;
var RUNTIME_BLOCK = /^runtime[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]+.*\r?\n|[ \t]*\r?\n)*?[ \t]+name[ \t]*:[ \t]*["']?nodejs\b/m;
function isNodejsPulumiProject(text) {
  return RUNTIME_INLINE.test(text) || RUNTIME_BLOCK.test(text);
}
function looksLikeChangeInput(text) {
  if (/"format_version"\s*:/.test(text) && /"(?:resource_changes|resource_drift|planned_values)"\s*:/.test(text)) return true;
  if (/"StackResourceDrifts?"\s*:/.test(text)) return true;
  if (/"Changes"\s*:/.test(text) && /"ChangeSet(?:Id|Name)"\s*:/.test(text)) return true;
  return /"steps"\s*:/.test(text) && /"urn"\s*:\s*"urn:pulumi:/.test(text);
}

// src/discover/classify.ts
var NOT_TEMPLATES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "composer.json",
  "composer.lock",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "lerna.json",
  "nx.json",
  "turbo.json",
  "renovate.json",
  ".eslintrc.json",
  ".prettierrc.json",
  ".babelrc.json",
  ".pre-commit-config.yaml",
  ".pre-commit-hooks.yaml",
  ".driftless.yaml",
  "cdk.json",
  "cdk.context.json"
]);
var LOCK_FILE_NAMES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"];
var PULUMI_PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];
var FILE_KINDS = [
  { kind: "tfvars", suffixes: [".tfvars.json", ".tfvars"] },
  { kind: "terraform-json", suffixes: [".tf.json"] },
  { kind: "terraform", suffixes: [".tf"] },
  {
    kind: "cloudformation",
    suffixes: [".template", ".yaml", ".json", ".yml"],
    sniff: looksLikeCloudFormation,
    neverNames: NOT_TEMPLATES
  },
  // Plans and previews are JSON of any name (`plan.json`, `tfplan.json`): told by content, after
  // the template check (a template is never a plan).
  { kind: "changes", suffixes: [".json"], sniff: looksLikeChangeInput, neverNames: NOT_TEMPLATES },
  { kind: "pulumi-project", suffixes: [], names: PULUMI_PROJECT_FILES, sniff: isNodejsPulumiProject },
  {
    kind: "pulumi",
    suffixes: [".ts"],
    excludeSuffixes: [".d.ts"],
    sniff: importsPulumi,
    project: { names: PULUMI_PROJECT_FILES, accepts: isNodejsPulumiProject }
  }
];
function candidatePatterns() {
  const patterns = /* @__PURE__ */ new Set();
  for (const rule of FILE_KINDS) {
    for (const suffix of rule.suffixes) patterns.add(`**/*${suffix}`);
    for (const name of rule.names ?? []) patterns.add(`**/${name}`);
  }
  return [...patterns];
}
function baseName(path) {
  const normal = path.replace(/\\/g, "/");
  return normal.slice(normal.lastIndexOf("/") + 1);
}
function kindRule(path) {
  return kindRules(path)[0] ?? null;
}
function kindRules(path) {
  const name = baseName(path).toLowerCase();
  const byName = FILE_KINDS.find((rule) => rule.names?.some((n) => n.toLowerCase() === name));
  if (byName) return [byName];
  let best = [];
  let length = 0;
  for (const rule of FILE_KINDS) {
    if (rule.excludeSuffixes?.some((suffix) => name.endsWith(suffix))) continue;
    for (const suffix of rule.suffixes) {
      if (name.length <= suffix.length || !name.endsWith(suffix)) continue;
      if (suffix.length > length) {
        best = [rule];
        length = suffix.length;
      } else if (suffix.length === length && !best.includes(rule)) best.push(rule);
    }
  }
  return best.filter((rule) => !rule.neverNames?.has(name) && !(rule.neverNames && /^tsconfig\..*\.json$/.test(name)));
}
function classify(path, text) {
  for (const rule of kindRules(path)) {
    if (!rule.sniff) return rule.kind;
    if (text !== void 0 && rule.sniff(text)) return rule.kind;
  }
  return null;
}
function isAutoVarFile(name) {
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function autoVarOrder(a, b) {
  const rank = (f) => {
    const name = baseName2(f.path);
    return name === "terraform.tfvars" ? 0 : name === "terraform.tfvars.json" ? 1 : 2;
  };
  return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function sibling(path, name) {
  const i = path.lastIndexOf("/");
  return i < 0 ? name : `${path.slice(0, i + 1)}${name}`;
}
function baseName2(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function parentPath(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function formUnits(files, reader, options = {}) {
  const units = [];
  const terraform = /* @__PURE__ */ new Map();
  const pulumi = /* @__PURE__ */ new Map();
  const unitOf = /* @__PURE__ */ new Map();
  for (const f of [...files].sort(byPath)) {
    const file = { path: f.path, absolutePath: f.absolutePath };
    let unit;
    switch (f.kind) {
      case "terraform":
      case "terraform-json":
      case "tfvars": {
        const key = options.filePerUnit ? f.absolutePath : dirname(f.absolutePath);
        let u = terraform.get(key);
        if (!u) {
          u = { kind: "terraform", dir: parentPath(f.path), absoluteDir: dirname(f.absolutePath), files: [], varFiles: [] };
          terraform.set(key, u);
          units.push(u);
        }
        if (f.kind !== "tfvars") u.files.push(file);
        else if (isAutoVarFile(baseName2(f.path)) && !options.filePerUnit) u.varFiles.push(file);
        unit = u;
        break;
      }
      case "cloudformation":
        unit = { kind: "cloudformation", file };
        units.push(unit);
        break;
      case "changes":
        unit = { kind: "changes", file };
        units.push(unit);
        break;
      case "pulumi":
      case "pulumi-project": {
        const inProject = f.projectDir !== void 0 && !options.filePerUnit;
        const absoluteDir = inProject ? f.projectDir : dirname(f.absolutePath);
        const key = inProject || f.kind === "pulumi-project" ? absoluteDir : f.absolutePath;
        let u = pulumi.get(key);
        if (!u) {
          u = { kind: "pulumi", dir: reader.repoPath(absoluteDir), absoluteDir, files: [] };
          pulumi.set(key, u);
          units.push(u);
        }
        if (f.kind === "pulumi-project") u.project = file;
        else u.files.push(file);
        unit = u;
        break;
      }
    }
    unitOf.set(f.absolutePath, unit);
  }
  for (const u of terraform.values()) u.varFiles.sort(autoVarOrder);
  const kept = units.filter((u) => u.kind !== "terraform" || u.files.length > 0);
  const named = files.filter((f) => f.named);
  if (named.length === 0) return { units: kept };
  const scope = /* @__PURE__ */ new Set();
  for (const f of named) {
    const unit = unitOf.get(f.absolutePath);
    if (!unit) continue;
    if (f.kind === "tfvars" || f.kind === "pulumi-project" || f.bringsUnit) {
      for (const path of unitPaths(unit)) scope.add(path);
      if (unit.kind === "pulumi" && unit.project) for (const name of ["package.json", ...LOCK_FILE_NAMES]) scope.add(sibling(unit.project.path, name));
    } else scope.add(f.path);
  }
  for (const f of files) if (f.walked) scope.add(f.path);
  return { units: kept, scope };
}
function unitPaths(unit) {
  switch (unit.kind) {
    case "terraform":
      return [...unit.files, ...unit.varFiles].map((f) => f.path);
    case "cloudformation":
    case "changes":
      return [unit.file.path];
    case "pulumi":
      return [...unit.project ? [unit.project] : [], ...unit.files].map((f) => f.path);
  }
}
var UsageError = class extends Error {
  name = "UsageError";
};
var SKIPPED_DIRECTORIES = [".git", "node_modules", ".terraform", ".terragrunt-cache"];
async function discover(paths, options) {
  const cwd = options.cwd ?? process.cwd();
  const reader = options.reader;
  const found = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const notScanned = (absolutePath, message) => {
    diagnostics.push({ file: reader.repoPath(absolutePath), range: range(1, 1, 1, 2), severity: "warning", message, notScanned: true });
  };
  const inputs = paths.length > 0 ? paths : ["."];
  const projects = new ProjectMarkers(reader.root);
  const refusedPaths = /* @__PURE__ */ new Set();
  const picomatch = options.include?.length || options.exclude?.length ? (await import('./picomatch-YYSS5OQV.js')).default : void 0;
  const included = picomatch && options.include?.length ? picomatch(options.include, { dot: true }) : void 0;
  const excluded = picomatch && options.exclude?.length ? picomatch(options.exclude, { dot: true }) : void 0;
  const add = (absolutePath, named, walked = false, inside = false) => {
    const file = addFile(absolutePath, named, inside);
    if (file && walked) file.walked = true;
    return file;
  };
  const addFile = (absolutePath, named, inside) => {
    if (included || excluded) {
      const path2 = reader.repoPath(absolutePath);
      if (included && !included(path2) || excluded?.(path2)) return void 0;
    }
    if (options.skip?.has(absolutePath)) return void 0;
    const known = found.get(absolutePath);
    if (known) {
      if (named) known.named = true;
      return known;
    }
    const rules = kindRules(absolutePath);
    if (rules.length === 0) return void 0;
    const refused = named || inside ? void 0 : reader.refusal(absolutePath);
    if (refused) {
      if (!refusedPaths.has(absolutePath)) notScanned(absolutePath, `not scanned: ${refused}`);
      refusedPaths.add(absolutePath);
      return void 0;
    }
    const path = reader.repoPath(absolutePath);
    let rule;
    let projectDir;
    for (const candidate of rules) {
      const dir = candidate.project ? projects.projectOf(absolutePath, candidate.project) : candidate.kind === "pulumi-project" ? dirname(absolutePath) : void 0;
      if (candidate.sniff && !(candidate.project && dir !== void 0) && !sniffed(reader, absolutePath, candidate)) continue;
      rule = candidate;
      projectDir = dir;
      break;
    }
    if (!rule) return void 0;
    const file = { path, absolutePath, kind: rule.kind, named };
    if (projectDir !== void 0) file.projectDir = projectDir;
    found.set(absolutePath, file);
    return file;
  };
  const special = (absolutePath, info) => notScanned(absolutePath, `not scanned: not a regular file (${info ? specialKind(info) : "it disappeared"}); IaC files are regular files`);
  const walk = async (absolute, named, walked = false) => {
    const [{ globbySync }, { GitIgnores }] = await loadGlobby();
    const options2 = {
      cwd: absolute,
      absolute: true,
      dot: true,
      // Not onlyFiles: with followSymbolicLinks off, fast-glob would drop symlinked *files*
      // (a shared provider.tf linked into several roots). Links are stat'ed below instead;
      // other entries are known from the directory listing (objectMode keeps its dirent).
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      fs: walkFs,
      ignore: SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`)
    };
    walkFs.ignores = new GitIgnores(absolute, (name) => kindRule(name) !== null);
    let entries;
    try {
      entries = globbySync(candidatePatterns(), options2);
    } finally {
      walkFs.ignores = void 0;
    }
    for (const [dir, error] of walkFs.take()) {
      notScanned(dir, `folder not scanned: ${folderProblem(dir, error)}`);
    }
    const inside = reader.refusal(absolute) === void 0;
    const sorted = entries.map((entry) => ({ path: resolve(entry.path), dirent: entry.dirent }));
    sorted.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    for (const { path: entryPath, dirent } of sorted) {
      if (!kindRule(entryPath) || found.has(entryPath)) continue;
      if (!dirent.isSymbolicLink()) {
        if (dirent.isFile()) add(entryPath, named, walked, inside);
        else if (!dirent.isDirectory()) special(entryPath, statSync(entryPath, { throwIfNoEntry: false }));
        continue;
      }
      let target;
      try {
        target = statSync(entryPath);
      } catch (error) {
        const code = error.code;
        notScanned(entryPath, `cannot read file (${code === "ENOENT" ? "broken symbolic link" : code === "ELOOP" ? "symbolic link loop" : error.message}); fix or remove the link`);
        continue;
      }
      if (target.isFile()) add(entryPath, named, walked);
      else if (!target.isDirectory()) special(entryPath, target);
    }
  };
  const namedFiles = [];
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`path not found: ${input}`);
      if (code === "ELOOP") throw new UsageError(`path is a symlink loop: ${input}`);
      throw new UsageError(`cannot access ${input}: ${error.message}`);
    }
    if (info.isDirectory()) {
      await walk(absolute, false, true);
      continue;
    }
    const file = add(absolute, true) ?? projectStandIn(absolute, projects, add);
    if (file) namedFiles.push(file);
  }
  for (const file of namedFiles) {
    if (file.kind === "terraform" || file.kind === "terraform-json" || file.kind === "tfvars") {
      for (const sibling2 of terraformSiblings(dirname(file.absolutePath))) add(sibling2, false);
    } else if (file.projectDir !== void 0) {
      add(join(file.projectDir, projectFileName(file.projectDir)), false);
      await walk(file.projectDir, false);
    }
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, diagnostics };
}
var globbyModule;
function loadGlobby() {
  globbyModule ??= Promise.all([import('./globby-R4Z5P3KS.js'), import('./gitignore-segRCJXS.js')]);
  return globbyModule;
}
function terraformSiblings(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const lower = name.toLowerCase();
    return lower.endsWith(".tf") || lower.endsWith(".tf.json") || isAutoVarFile(lower);
  }).map((name) => join(dir, name)).filter((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}
function projectFileName(dir) {
  for (const name of PULUMI_PROJECT_FILES) {
    try {
      if (statSync(join(dir, name)).isFile()) return name;
    } catch {
    }
  }
  return PULUMI_PROJECT_FILES[0];
}
function projectStandIn(absolutePath, projects, add) {
  const name = basename(absolutePath).toLowerCase();
  if (name !== "package.json" && !LOCK_FILE_NAMES.includes(name)) return void 0;
  const pulumi = FILE_KINDS.find((k) => k.kind === "pulumi")?.project;
  const dir = dirname(absolutePath);
  if (!pulumi || projects.projectOf(join(dir, "index.ts"), pulumi) !== dir) return void 0;
  const file = add(join(dir, projectFileName(dir)), true);
  if (file) file.bringsUnit = true;
  return file;
}
var walkFs = {
  ignores: void 0,
  failures: /* @__PURE__ */ new Map(),
  take() {
    const out = [...this.failures].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    this.failures.clear();
    return out;
  },
  /** Entries of a listing (with file types) that the walk's ignore files leave in. */
  kept(path, entries) {
    if (!walkFs.ignores || !Array.isArray(entries) || !(entries[0] instanceof fs.Dirent)) return entries;
    return walkFs.ignores.filter(String(path), entries);
  },
  readdirSync: ((path, options) => {
    try {
      return walkFs.kept(path, fs.readdirSync(path, options));
    } catch (error) {
      walkFs.note(String(path), error);
      throw error;
    }
  }),
  readdir: ((path, options, callback) => {
    const done = typeof options === "function" ? options : callback;
    const finish = (error, entries) => {
      if (error) walkFs.note(String(path), error);
      done(error, error ? entries : walkFs.kept(path, entries));
    };
    if (typeof options === "function") fs.readdir(path, finish);
    else fs.readdir(path, options, finish);
  }),
  lstat: fs.lstat,
  stat: fs.stat,
  lstatSync: fs.lstatSync,
  statSync: fs.statSync,
  note(path, error) {
    if (error.code !== "ENOENT") this.failures.set(resolve(path), error);
  }
};
function folderProblem(dir, error) {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return "cannot list it (permission denied); make it readable or exclude it from the scan";
    case "ENAMETOOLONG":
      return `its path is ${dir.length} characters, longer than the operating system accepts (PATH_MAX, 4,096 bytes on Linux); shorten the folder names`;
    case "ELOOP":
      return "symbolic link loop; fix or remove the link";
    default:
      return `cannot list it (${error.message}); fix it or exclude it from the scan`;
  }
}
var ProjectMarkers = class {
  constructor(root) {
    this.root = root;
  }
  root;
  cache = /* @__PURE__ */ new Map();
  projectOf(absolutePath, project) {
    const underRoot = !relative(this.root, absolutePath).startsWith("..");
    let dir = dirname(absolutePath);
    for (; ; ) {
      if (this.marks(dir, project)) return dir;
      const parent = dirname(dir);
      if (parent === dir || underRoot && dir === this.root) return void 0;
      dir = parent;
    }
  }
  marks(dir, project) {
    let answer = this.cache.get(dir);
    if (answer === void 0) {
      answer = false;
      for (const name of project.names) {
        const text = peekText(join(dir, name));
        if (text !== void 0) {
          answer = project.accepts(text);
          break;
        }
      }
      this.cache.set(dir, answer);
    }
    return answer;
  }
};
function sniffed(reader, absolutePath, rule) {
  const read = reader.read(absolutePath);
  if (read.file) return rule.sniff(read.file.text);
  const peek = peekText(absolutePath);
  return peek !== void 0 && rule.sniff(peek);
}

const require$8 = createRequire(import.meta.url);
function isRefusal(result) {
  return "refused" in result;
}
function createReader(root, options = {}) {
  return new FileReader(resolve(root), options.maxFileBytes ?? MAX_FILE_BYTES);
}
var FileReader = class {
  constructor(root, maxFileBytes) {
    this.root = root;
    this.maxFileBytes = maxFileBytes;
    this.realRoot = safeRealpath(root) ?? root;
  }
  root;
  maxFileBytes;
  texts = /* @__PURE__ */ new Map();
  /** Real paths of folders, null for one that cannot be resolved (kept for the run). */
  realDirs = /* @__PURE__ */ new Map();
  /** Files a listing of a folder inside the root showed as no link: inside the root, without a check of their own. */
  listedInside = /* @__PURE__ */ new Set();
  realRoot;
  repoPath(absolutePath) {
    const rel = relative(this.root, absolutePath);
    return (rel === "" ? "." : rel).split(sep).join("/");
  }
  read(absolutePath) {
    const key = resolve(absolutePath);
    let result = this.texts.get(key);
    if (!result) {
      result = readSource(key, this.repoPath(key), this.maxFileBytes);
      this.texts.set(key, result);
    }
    return result;
  }
  readInside(absolutePath) {
    const why = this.outside(absolutePath);
    if (why) return { refused: why };
    return this.read(absolutePath);
  }
  existsInside(absolutePath) {
    if (this.outside(absolutePath)) return false;
    try {
      statSync(absolutePath);
      return true;
    } catch {
      return false;
    }
  }
  listInside(absoluteDirectory) {
    if (this.outside(absoluteDirectory)) return void 0;
    let entries;
    try {
      entries = readdirSync(absoluteDirectory, { withFileTypes: true });
    } catch {
      return void 0;
    }
    const out = [];
    for (const entry of entries) {
      if (!entry.isSymbolicLink()) this.listedInside.add(join(resolve(absoluteDirectory), entry.name));
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          isFile = statSync(join(absoluteDirectory, entry.name)).isFile();
        } catch {
          isFile = false;
        }
      }
      out.push({ name: entry.name, isFile, isDirectory: entry.isDirectory() });
    }
    return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }
  forget(absolutePath) {
    this.texts.delete(resolve(absolutePath));
  }
  refusal(absolutePath) {
    return this.outside(absolutePath);
  }
  /** Why a path may not be read, or undefined when it lies inside the root (after resolving links). */
  outside(absolutePath) {
    const target = resolve(absolutePath);
    if (this.listedInside.has(target)) return void 0;
    if (!within(this.root, target)) return `it is outside the scanned repository (${this.root})`;
    const real = this.realpath(target);
    if (real !== void 0 && !within(this.realRoot, real)) return `it is a symbolic link to ${real}, outside the scanned repository`;
    return void 0;
  }
  /**
   * realpath(3) of an existing path, or undefined when it does not exist. A path that is not
   * itself a symbolic link resolves to its folder's real path plus its name, and folders are
   * resolved once per run: one lstat per file instead of one per path component.
   */
  realpath(target) {
    let link;
    try {
      link = lstatSync(target).isSymbolicLink();
    } catch {
      return void 0;
    }
    if (link) return safeRealpath(target);
    const dir = dirname(target);
    if (dir === target) return safeRealpath(target);
    let realDir = this.realDirs.get(dir);
    if (realDir === void 0) {
      realDir = safeRealpath(dir) ?? null;
      this.realDirs.set(dir, realDir);
    }
    return realDir === null ? void 0 : join(realDir, basename(target));
  }
};
function within(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function safeRealpath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}

const require$7 = createRequire(import.meta.url);

// src/suppress/marker.ts
var MARKER = "driftless:ignore";

const require$6 = createRequire(import.meta.url);
var cached;
function toolVersion() {
  if (cached === void 0) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
      cached = pkg.version ?? "0.0.0";
    } catch {
      cached = "0.0.0";
    }
  }
  return cached;
}

const require$5 = createRequire(import.meta.url);

// src/scanners/shared/internal-error.ts
function internalError(file, error) {
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const detail = overflow ? "the file is nested too deeply to read" : error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return {
    file,
    range: range(1, 1, 1, 2),
    severity: "error",
    message: `internal error while scanning this file (${detail}); the rest of the scan went on. Please report this with the file attached.`
  };
}

const require$4 = createRequire(import.meta.url);

// src/scanners/index.ts
async function scanSafely(file, scan) {
  try {
    return await scan();
  } catch (error) {
    return { resources: [], diagnostics: [internalError(file, error)] };
  }
}
function unitFile(unit) {
  switch (unit.kind) {
    case "terraform":
      return unit.files[0]?.path ?? unit.dir;
    case "cloudformation":
    case "changes":
      return unit.file.path;
    case "pulumi":
      return (unit.project ?? unit.files[0])?.path ?? unit.dir;
  }
}
async function scanUnits(units, reader, options = {}) {
  const resources = [];
  const diagnostics = [];
  const collect = (r) => {
    if (options.onRecords) {
      if (r.resources.length > 0) options.onRecords(r.resources);
    } else for (const x of r.resources) resources.push(x);
    for (const d of r.diagnostics) diagnostics.push(d);
  };
  const terraform = units.filter((u) => u.kind === "terraform");
  if (terraform.length > 0) {
    const { scanTerraform } = await import('./terraform-ssY9tJqV.js');
    collect(await scanSafely(unitFile(terraform[0]), () => scanTerraform(terraform, reader, options)));
  }
  for (const unit of units) {
    if (unit.kind === "cloudformation") {
      const { scanCloudFormationUnit } = await import('./cloudformation-B0tXQykx.js');
      const scanned = await scanSafely(unit.file.path, () => scanCloudFormationUnit(unit, reader));
      for (const r of scanned.resources) r.unit = `cloudformation:${unit.file.path}`;
      collect(scanned);
    } else if (unit.kind === "pulumi") {
      const { scanPulumiUnit } = await import('./pulumi-Cw8qJdXx.js');
      const scanned = await scanSafely(unitFile(unit), () => scanPulumiUnit(unit, reader));
      for (const r of scanned.resources) r.unit = `pulumi:${unit.dir}`;
      collect(scanned);
    }
  }
  return { resources, diagnostics };
}

// src/facts/ingress.ts
var ALL_PORTS = [0, 65535];
var Fields = class {
  constructor(values, nodes, format) {
    this.values = values;
    this.nodes = nodes;
    this.format = format;
  }
  values;
  nodes;
  format;
  get(key) {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : void 0;
  }
  node(key) {
    return this.nodes?.[key];
  }
  /** The attribute as its format spells it: Pulumi properties are camelCase. */
  native(key) {
    return this.format === "pulumi" ? key.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase()) : key;
  }
  /** Source entries of an attribute (a string, a list, or an Unknown standing for either). */
  sources(key, kind) {
    const value = this.get(key);
    const attributeNode = this.node(key);
    const base = { kind, attribute: this.native(key), ...attributeNode ? { attributeNode } : {} };
    if (value === void 0 || value === null || value === "") return [];
    if (Array.isArray(value)) {
      return value.flatMap((entry, i) => {
        if (entry === null || entry === "") return [];
        const node = attributeNode?.children?.[String(i)] ?? attributeNode;
        return [{ ...base, value: entry, ...node ? { node } : {} }];
      });
    }
    if (kind === "self") {
      if (isUnknown(value)) return [{ ...base, value, ...attributeNode ? { node: attributeNode } : {} }];
      return value === true || value === "true" ? [{ ...base, value: "self", ...attributeNode ? { node: attributeNode } : {} }] : [];
    }
    return [{ ...base, value, ...attributeNode ? { node: attributeNode } : {} }];
  }
};
function portNumber(v) {
  if (isUnknown(v)) return v;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
}
function protocolOf(v) {
  if (isUnknown(v)) return v;
  if (typeof v === "string" || typeof v === "number") return normaliseProtocol(v);
  return void 0;
}
var PORTED = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function fromToPorts(protocol, from, to, nodes) {
  const p = typeof protocol === "string" ? protocol : void 0;
  if (p === "all") return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  if (p !== void 0 && !PORTED.has(p)) return { ports: [], portNodes: [], portText: "" };
  let low = portNumber(from);
  let high = portNumber(to);
  if (low === null && high === null) return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  low ??= high;
  high ??= low;
  if (isUnknown(low)) return { ports: [low], portNodes: [nodes], portText: low.$unknown };
  if (isUnknown(high)) return { ports: [high], portNodes: [nodes], portText: high.$unknown };
  if (low < 0 || high < 0) return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  const [a, b] = [Math.min(low, high), Math.max(low, high)];
  return { ports: [[a, b]], portNodes: [nodes], portText: a === b ? String(a) : `${a}-${b}` };
}
function specPorts(specs, absentIsAll) {
  const ports = [];
  const portNodes = [];
  const texts = [];
  let written = false;
  for (const { value, node } of specs) {
    if (value === void 0 || value === null) continue;
    const entries = Array.isArray(value) ? value.map((v, i) => ({ v, n: node?.children?.[String(i)] ?? node })) : [{ v: value, n: node }];
    for (const { v, n } of entries) {
      if (v === null || v === "") continue;
      written = true;
      if (isUnknown(v)) {
        ports.push(v);
        portNodes.push([n]);
        texts.push(v.$unknown);
      } else if (typeof v === "string" || typeof v === "number") {
        for (const range2 of parsePortList(v)) {
          ports.push(range2);
          portNodes.push([n]);
        }
        texts.push(String(v).split(",").map((s) => s.trim()).join(", "));
      }
    }
  }
  if (!written && absentIsAll) return { ports: [ALL_PORTS], portNodes: [[]], portText: "all" };
  return { ports, portNodes, portText: texts.join(", ") };
}
function lower(v) {
  return typeof v === "string" ? v.trim().toLowerCase() : v;
}
function elements(origin, key) {
  const list = origin.attributes[key];
  if (!Array.isArray(list)) return [];
  const listNode = origin.source.children?.attributes?.children?.[key];
  return list.flatMap((value, i) => {
    if (!isValueMap(value)) return [];
    const node = listNode?.children?.[String(i)];
    return [{ value, path: [key, i], ...node ? { node } : {}, ...listNode ? { listNode } : {} }];
  });
}
function attributeFields(origin) {
  return new Fields(origin.attributes, origin.source.children?.attributes?.children, origin.format);
}
function ingressDirection(v, ingressWords, absent) {
  if (v === void 0 || v === null) return absent;
  if (isUnknown(v)) return v;
  const text = String(v).trim().toLowerCase();
  return ingressWords.includes(text) ? "ingress" : null;
}
function awsSecurityGroupSources(f, groupKey) {
  return [
    ...f.sources("cidr_blocks", "address"),
    ...f.sources("ipv6_cidr_blocks", "address"),
    ...f.sources(groupKey, "security_group"),
    ...f.sources("prefix_list_ids", "prefix_list"),
    ...f.sources("self", "self")
  ];
}
function awsPortsOf(f, protocolKey, fromKey, toKey) {
  const protocol = protocolOf(f.get(protocolKey));
  const protocolNode = f.node(protocolKey);
  return {
    protocol,
    ...protocolNode ? { protocolNode } : {},
    ...fromToPorts(protocol, f.get(fromKey), f.get(toKey), [f.node(fromKey), f.node(toKey)])
  };
}
function securityGroupInline(origin) {
  return elements(origin, "ingress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return {
      origin,
      element: el,
      ...awsPortsOf(f, "protocol", "from_port", "to_port"),
      sources: awsSecurityGroupSources(f, "security_groups"),
      action: "allow",
      direction: "ingress"
    };
  });
}
function securityGroupRule(origin) {
  const f = attributeFields(origin);
  const direction = ingressDirection(f.get("type"), ["ingress"], null);
  if (direction === null) return [];
  return [
    {
      origin,
      ...awsPortsOf(f, "protocol", "from_port", "to_port"),
      sources: awsSecurityGroupSources(f, "source_security_group_id"),
      action: "allow",
      direction,
      ...nodeOf("directionNode", f.node("type"))
    }
  ];
}
function vpcIngressRule(origin) {
  const f = attributeFields(origin);
  return [
    {
      origin,
      ...awsPortsOf(f, "ip_protocol", "from_port", "to_port"),
      sources: [
        ...f.sources("cidr_ipv4", "address"),
        ...f.sources("cidr_ipv6", "address"),
        ...f.sources("referenced_security_group_id", "security_group"),
        ...f.sources("prefix_list_id", "prefix_list")
      ],
      action: "allow",
      direction: "ingress"
    }
  ];
}
function cfnSecurityGroupSources(f) {
  return [
    ...f.sources("CidrIp", "address"),
    ...f.sources("CidrIpv6", "address"),
    ...f.sources("SourceSecurityGroupId", "security_group"),
    ...f.sources("SourceSecurityGroupName", "security_group"),
    ...f.sources("SourcePrefixListId", "prefix_list")
  ];
}
function cfnSecurityGroup(origin) {
  return elements(origin, "SecurityGroupIngress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return { origin, element: el, ...awsPortsOf(f, "IpProtocol", "FromPort", "ToPort"), sources: cfnSecurityGroupSources(f), action: "allow", direction: "ingress" };
  });
}
function cfnSecurityGroupIngress(origin) {
  const f = attributeFields(origin);
  return [{ origin, ...awsPortsOf(f, "IpProtocol", "FromPort", "ToPort"), sources: cfnSecurityGroupSources(f), action: "allow", direction: "ingress" }];
}
function nodeOf(key, node) {
  return node ? { [key]: node } : {};
}
function naclEntry(origin, f, keys, acl, rest) {
  const action = lower(f.get(keys.action));
  return {
    origin,
    ...awsPortsOf(f, keys.protocol, keys.from, keys.to),
    sources: [...f.sources(keys.cidr, "address"), ...f.sources(keys.cidr6, "address")],
    action: action ?? null,
    ...nodeOf("actionNode", f.node(keys.action)),
    direction: "ingress",
    ...f.get(keys.priority) !== void 0 ? { priority: f.get(keys.priority) } : {},
    ...nodeOf("priorityNode", f.node(keys.priority)),
    ...acl !== void 0 ? { acl } : {},
    ...rest
  };
}
function aclKey(origin, target) {
  const module = /^((?:module\.[^.[]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)*)/.exec(origin.name)?.[1] ?? "";
  return `${origin.unit ?? ""}\0${module}\0${target.replace(/\s+/g, "")}`;
}
var withoutInstanceKeys = (address) => address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, "");
function localAddress(origin) {
  return withoutInstanceKeys(origin.name.replace(/^(?:module\.[^.[]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/, ""));
}
var TF_NACL_INLINE = { action: "action", priority: "rule_no", from: "from_port", to: "to_port", cidr: "cidr_block", cidr6: "ipv6_cidr_block", protocol: "protocol" };
function networkAclInline(origin) {
  const acl = aclKey(origin, origin.format === "terraform" ? localAddress(origin) : origin.name);
  return elements(origin, "ingress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return naclEntry(origin, f, TF_NACL_INLINE, acl, { element: el });
  });
}
function referenceKey(origin, v) {
  if (isUnknown(v)) {
    if (v.refs?.length === 1) return aclKey(origin, v.refs[0]);
    return aclKey(origin, withoutInstanceKeys(v.$unknown).replace(/\.id$/, ""));
  }
  if (typeof v === "string") return aclKey(origin, `literal:${v}`);
  return void 0;
}
function networkAclRule(origin) {
  const f = attributeFields(origin);
  const egress = f.get("egress");
  if (egress === true || egress === "true") return [];
  const direction = isUnknown(egress) ? egress : "ingress";
  const keys = { action: "rule_action", priority: "rule_number", from: "from_port", to: "to_port", cidr: "cidr_block", cidr6: "ipv6_cidr_block", protocol: "protocol" };
  return [naclEntry(origin, f, keys, referenceKey(origin, f.get("network_acl_id")), { direction, ...nodeOf("directionNode", f.node("egress")) })];
}
function cfnReferenceKey(origin, v) {
  if (isUnknown(v)) {
    const ref = /^(?:!Ref\s+|\{\s*"Ref"\s*:\s*"|Ref:\s*|!GetAtt\s+|\{\s*"Fn::GetAtt"\s*:\s*\[\s*"|Fn::GetAtt:\s*\[?\s*)([A-Za-z0-9]+)/.exec(v.$unknown.trim());
    if (ref) return aclKey(origin, ref[1]);
  }
  return referenceKey(origin, v);
}
function cfnNetworkAclEntry(origin) {
  const f = attributeFields(origin);
  const egress = f.get("Egress");
  if (egress === true || egress === "true") return [];
  const direction = isUnknown(egress) ? egress : "ingress";
  const range2 = f.get("PortRange");
  const rangeFields = new Fields(isValueMap(range2) ? range2 : {}, f.node("PortRange")?.children, origin.format);
  const protocol = protocolOf(f.get("Protocol"));
  const action = lower(f.get("RuleAction"));
  const ports = isUnknown(range2) ? { ports: [range2], portNodes: [[f.node("PortRange")]], portText: range2.$unknown } : fromToPorts(protocol, rangeFields.get("From"), rangeFields.get("To"), [rangeFields.node("From"), rangeFields.node("To")]);
  const acl = cfnReferenceKey(origin, f.get("NetworkAclId"));
  return [
    {
      origin,
      protocol,
      ...nodeOf("protocolNode", f.node("Protocol")),
      ...ports,
      sources: [...f.sources("CidrBlock", "address"), ...f.sources("Ipv6CidrBlock", "address")],
      action: action ?? null,
      ...nodeOf("actionNode", f.node("RuleAction")),
      direction,
      ...nodeOf("directionNode", f.node("Egress")),
      ...f.get("RuleNumber") !== void 0 ? { priority: f.get("RuleNumber") } : {},
      ...nodeOf("priorityNode", f.node("RuleNumber")),
      ...acl !== void 0 ? { acl } : {}
    }
  ];
}
function azureRule(origin, f, element) {
  const direction = ingressDirection(f.get("direction"), ["inbound"], null);
  if (direction === null) return [];
  const protocol = protocolOf(f.get("protocol"));
  const access = lower(f.get("access"));
  return [
    {
      origin,
      ...element ? { element } : {},
      protocol,
      ...nodeOf("protocolNode", f.node("protocol")),
      ...protocol === "all" || typeof protocol !== "string" || PORTED.has(protocol) ? specPorts(
        [
          { value: f.get("destination_port_range"), ...nodeOf("node", f.node("destination_port_range")) },
          { value: f.get("destination_port_ranges"), ...nodeOf("node", f.node("destination_port_ranges")) }
        ],
        true
      ) : { ports: [], portNodes: [], portText: "" },
      sources: [
        ...f.sources("source_address_prefix", "address"),
        ...f.sources("source_address_prefixes", "address"),
        ...f.sources("source_application_security_group_ids", "application_security_group")
      ],
      action: access ?? null,
      ...nodeOf("actionNode", f.node("access")),
      direction,
      ...nodeOf("directionNode", f.node("direction")),
      ...f.get("priority") !== void 0 ? { priority: f.get("priority") } : {},
      ...nodeOf("priorityNode", f.node("priority"))
    }
  ];
}
function azureNsgInline(origin) {
  return elements(origin, "security_rule").flatMap((el) => azureRule(origin, new Fields(el.value, el.node?.children, origin.format), el));
}
function azureNsgRule(origin) {
  return azureRule(origin, attributeFields(origin));
}
function isEmpty(v) {
  return v === void 0 || v === null || Array.isArray(v) && v.length === 0;
}
function gcpFirewall(origin) {
  const f = attributeFields(origin);
  const direction = ingressDirection(f.get("direction"), ["ingress"], "ingress");
  if (direction === null) return [];
  const disabled = f.get("disabled");
  if (disabled === true || disabled === "true") return [];
  const sources = [...f.sources("source_ranges", "address"), ...f.sources("source_tags", "tag"), ...f.sources("source_service_accounts", "service_account")];
  const implied = ["source_ranges", "source_tags", "source_service_accounts"].every((k) => isEmpty(f.get(k)));
  return ["allow", "deny"].flatMap(
    (action) => elements(origin, action).map((el) => {
      const b = new Fields(el.value, el.node?.children, origin.format);
      const protocol = protocolOf(b.get("protocol"));
      return {
        origin,
        element: el,
        protocol,
        ...nodeOf("protocolNode", b.node("protocol")),
        ...protocol === "all" ? { ports: [ALL_PORTS], portNodes: [[]], portText: "all" } : typeof protocol === "string" && !PORTED.has(protocol) ? { ports: [], portNodes: [], portText: "" } : specPorts([{ value: b.get("ports"), ...nodeOf("node", b.node("ports")) }], true),
        sources,
        ...implied ? { impliedSource: "0.0.0.0/0" } : {},
        // A firewall whose `disabled` is not known may or may not let anything in.
        action: isUnknown(disabled) ? disabled : action,
        ...nodeOf("actionNode", isUnknown(disabled) ? f.node("disabled") : void 0),
        direction,
        ...nodeOf("directionNode", f.node("direction")),
        ...f.get("priority") !== void 0 ? { priority: f.get("priority") } : {},
        ...nodeOf("priorityNode", f.node("priority"))
      };
    })
  );
}
var TERRAFORM_SHAPES = {
  aws_security_group: securityGroupInline,
  aws_default_security_group: securityGroupInline,
  aws_security_group_rule: securityGroupRule,
  aws_vpc_security_group_ingress_rule: vpcIngressRule,
  aws_network_acl: networkAclInline,
  aws_default_network_acl: networkAclInline,
  aws_network_acl_rule: networkAclRule,
  azurerm_network_security_group: azureNsgInline,
  azurerm_network_security_rule: azureNsgRule,
  google_compute_firewall: gcpFirewall
};
var CLOUDFORMATION_SHAPES = {
  "AWS::EC2::SecurityGroup": cfnSecurityGroup,
  "AWS::EC2::SecurityGroupIngress": cfnSecurityGroupIngress,
  "AWS::EC2::NetworkAclEntry": cfnNetworkAclEntry
};
function shapeOf(r) {
  if (r.kind !== "resource") return void 0;
  return r.format === "cloudformation" ? CLOUDFORMATION_SHAPES[r.canonicalType] : TERRAFORM_SHAPES[r.canonicalType];
}
function internetOf(d) {
  if (d.impliedSource !== void 0) return true;
  let undecided = null;
  for (const s of d.sources) {
    if (s.kind !== "address") continue;
    if (isUnknown(s.value)) undecided ??= s.value;
    else if (typeof s.value === "string" && isInternet(s.value)) return true;
  }
  if (coversInternet(d)) return true;
  return undecided ?? false;
}
function coversInternet(d) {
  const addresses = d.sources.filter((s) => s.kind === "address" && typeof s.value === "string").map((s) => s.value);
  return addresses.length > 1 && prefixesCoverAll(addresses);
}
var isInternetEntry = (s) => s.kind === "address" && typeof s.value === "string" && isInternet(s.value);
function show(v) {
  if (isUnknown(v)) return v.$unknown.replace(/\s*\r?\n\s*/g, " ");
  return typeof v === "string" ? v : JSON.stringify(v);
}
function sourceText(d, internet) {
  if (d.impliedSource !== void 0) {
    const [ranges, tags, accounts] = ["source_ranges", "source_tags", "source_service_accounts"].map((k) => d.origin.format === "pulumi" ? k.replace(/_([a-z])/g, (_m, c) => c.toUpperCase()) : k);
    return `no ${ranges}, ${tags} or ${accounts}, so GCP applies ${d.impliedSource}`;
  }
  const union = internet === true && !d.sources.some(isInternetEntry);
  const shown = internet === true && !union ? d.sources.filter(isInternetEntry) : d.sources;
  const groups = [];
  for (const s of shown) {
    const text = s.kind === "self" && s.value === "self" ? "" : show(s.value);
    const group = groups.find((g) => g.attribute === s.attribute);
    if (group) group.values.push(text);
    else groups.push({ attribute: s.attribute, values: [text] });
  }
  return groups.map((g) => `${g.attribute}${g.values.some((v) => v !== "") ? ` ${g.values.filter((v) => v !== "").join(", ")}` : ""}`).join("; ");
}
function and3(...values) {
  let open = null;
  for (const v of values) {
    if (v === false) return false;
    if (v !== true) open ??= v;
  }
  return open ?? true;
}
function numberOf(v) {
  if (isUnknown(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}
function blocks(deny, allow) {
  const why = (what, u) => unknown(u.$unknown, { reason: `a lower-numbered network ACL deny entry may block these ports (its ${what} ${u.$unknown} is not known statically)` });
  const isDeny = isUnknown(deny.action) ? why("action", deny.action) : deny.action === "deny";
  const dn = numberOf(deny.priority);
  const an = numberOf(allow.priority);
  const earlier = isUnknown(dn) ? why("rule number", dn) : isUnknown(an) ? why("rule number", an) : dn !== null && an !== null && dn < an;
  const dp = deny.protocol;
  const ap = allow.protocol;
  const protocol = isUnknown(dp) ? why("protocol", dp) : dp === "all" || typeof ap === "string" && dp === ap;
  const ds = deny.sources.find((s) => s.kind === "address");
  const as = allow.sources.find((s) => s.kind === "address");
  let source = false;
  if (ds && as) {
    if (isUnknown(ds.value)) source = why("CIDR", ds.value);
    else if (isUnknown(as.value)) source = false;
    else if (typeof ds.value === "string" && typeof as.value === "string") source = prefixContains(ds.value, as.value) === true;
  }
  return and3(isDeny, earlier, protocol, source);
}
function byRuleNumber(a, b) {
  const key = (d) => {
    const n = numberOf(d.priority);
    return typeof n === "number" ? n : Number.MAX_SAFE_INTEGER;
  };
  return key(a) - key(b);
}
function subtract(ranges, cut) {
  return ranges.flatMap(([lo, hi]) => {
    if (cut[1] < lo || cut[0] > hi) return [[lo, hi]];
    const out = [];
    if (cut[0] > lo) out.push([lo, cut[0] - 1]);
    if (cut[1] < hi) out.push([cut[1] + 1, hi]);
    return out;
  });
}
function overlap(ranges, cut) {
  return ranges.some(([lo, hi]) => !(cut[1] < lo || cut[0] > hi));
}
function applyAclOrder(drafts) {
  const inline = /* @__PURE__ */ new Map();
  const standalone = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    if (d.origin.canonicalType === "aws_network_acl" || d.origin.canonicalType === "aws_default_network_acl") {
      inline.set(d.origin, [...inline.get(d.origin) ?? [], d]);
    } else if (d.acl !== void 0) {
      standalone.set(d.acl, [...standalone.get(d.acl) ?? [], d]);
    }
  }
  const groups = [];
  const joined = /* @__PURE__ */ new Set();
  for (const entries of inline.values()) {
    const key = entries[0].acl;
    const named = key === void 0 ? [] : [...inline.keys()].filter((r) => inline.get(r)[0].acl === key);
    const others = key !== void 0 && named.length === 1 ? standalone.get(key) ?? [] : [];
    if (others.length > 0) joined.add(key);
    groups.push([...entries, ...others]);
  }
  for (const [key, entries] of standalone) if (!joined.has(key)) groups.push(entries);
  for (const group of groups) {
    for (const allow of group) {
      if (allow.action !== "allow") continue;
      const known = allow.ports.filter((p) => !isUnknown(p));
      if (known.length === 0) continue;
      let open = known;
      const maybe = [];
      const by = [];
      for (const deny of [...group].sort(byRuleNumber)) {
        if (deny === allow) continue;
        const verdict = blocks(deny, allow);
        if (verdict === false) continue;
        const cuts = deny.ports.length === 0 && deny.protocol !== "all" ? [] : deny.ports;
        for (const cut of cuts) {
          if (isUnknown(cut)) {
            maybe.push({ cut: null, deny, why: verdict === true ? unknown(cut.$unknown, { reason: `a lower-numbered network ACL deny entry may block these ports (its ports ${cut.$unknown} are not known statically)` }) : verdict });
          } else if (verdict === true) {
            if (overlap(open, cut)) {
              open = subtract(open, cut);
              const n = numberOf(deny.priority);
              if (typeof n === "number" && !by.includes(n)) by.push(n);
            }
          } else if (overlap(open, cut)) {
            maybe.push({ cut, deny, why: verdict });
          }
        }
      }
      const undecided = [];
      const entry = (ranges, deny, why) => ranges.map(
        ([lo, hi]) => unknown(`${lo === hi ? lo : `${lo}-${hi}`} unless entry ${show(deny.priority ?? "?")} denies it`, { decoded: [lo, hi], reason: why.reason ?? `${why.$unknown} is not known statically` })
      );
      for (const { cut, deny, why } of maybe) {
        if (cut === null) {
          undecided.push(...entry(open, deny, why));
          open = [];
        } else if (overlap(open, cut)) {
          undecided.push(...entry(open.flatMap(([lo, hi]) => cut[1] < lo || cut[0] > hi ? [] : [[Math.max(lo, cut[0]), Math.min(hi, cut[1])]]), deny, why));
          open = subtract(open, cut);
        }
      }
      const unknownPorts = allow.ports.filter(isUnknown);
      allow.ports = [...open, ...unknownPorts, ...undecided];
      allow.portNodes = allow.ports.map(() => allow.portNodes[0] ?? []);
      allow.shadowed = open.length > 0 || unknownPorts.length > 0 ? false : undecided.length > 0 ? undecided[0] : true;
      if (by.length > 0) allow.shadowedBy = by.sort((a, b) => a - b);
    }
  }
}
function mergeOrigins(...lists) {
  const out = [];
  for (const list of lists) for (const o of list ?? []) if (!out.includes(o)) out.push(o);
  return out.length > 0 ? out : void 0;
}
function wrap(at, children, origins = at.origins) {
  return { range: at.range, ...at.header ? { header: at.header } : {}, ...origins ? { origins } : {}, children };
}
function toRecord(d) {
  const { origin, element } = d;
  const internet = internetOf(d);
  const range2 = element?.node?.range ?? origin.range;
  const header = element ? element.node?.header ?? element.node?.range ?? origin.header : origin.header;
  const sources = d.sources.map((s) => s.value);
  const kinds = d.sources.map((s) => s.kind);
  if (d.impliedSource !== void 0) {
    sources.push(d.impliedSource);
    kinds.push("address");
  }
  const attributes = {
    protocol: d.protocol ?? null,
    ports: d.ports,
    port_text: d.portText,
    sources,
    source_kinds: kinds,
    internet,
    source_text: sourceText(d, internet),
    action: d.action,
    direction: d.direction,
    shadowed: d.shadowed ?? false,
    origin_type: origin.type
  };
  if (d.priority !== void 0) attributes.priority = d.priority;
  if (d.shadowedBy) attributes.shadowed_by = d.shadowedBy;
  if (element) attributes.element = element.path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
  const nodes = {};
  if (d.protocolNode) nodes.protocol = d.protocolNode;
  if (d.actionNode) nodes.action = d.actionNode;
  if (d.directionNode) nodes.direction = d.directionNode;
  if (d.priorityNode) nodes.priority = d.priorityNode;
  const portChildren = {};
  d.portNodes.forEach((list, i) => {
    const present = list.filter((n) => n !== void 0);
    if (present.length === 0) return;
    portChildren[String(i)] = wrap(present[0], Object.fromEntries(present.map((n, j) => [String(j), n])), mergeOrigins(...present.map((n) => n.origins)));
  });
  const firstPortNode = d.portNodes.flat().find((n) => n !== void 0);
  if (firstPortNode) nodes.ports = wrap(firstPortNode, portChildren);
  const anchor = d.sources.find(isInternetEntry) ?? d.sources[0];
  const sourceChildren = {};
  d.sources.forEach((s, i) => {
    if (s.node) sourceChildren[String(i)] = s.node;
  });
  if (element?.node) {
    nodes.sources = wrap(element.node, sourceChildren, mergeOrigins(element.listNode?.origins, element.node.origins));
  } else if (anchor?.attributeNode) {
    nodes.sources = wrap(anchor.attributeNode, sourceChildren);
  } else if (Object.keys(sourceChildren).length > 0) {
    nodes.sources = { range: origin.header, children: sourceChildren };
  }
  const internetSource = internet === true ? d.sources.find(isInternetEntry) ?? d.sources.find((s) => s.kind === "address") : d.sources.find((s) => s.kind === "address" && isUnknown(s.value));
  if (internetSource?.attributeNode) nodes.internet = internetSource.attributeNode;
  const optionsNode = origin.source.children?.options ?? { range: origin.range, header: origin.header };
  const fact = {
    format: origin.format,
    kind: "fact",
    type: "ingress_rule",
    canonicalType: "ingress_rule",
    name: origin.name,
    file: origin.file,
    range: range2,
    header,
    attributes,
    options: origin.options,
    source: { range: range2, header, children: { attributes: { range: range2, header, children: nodes }, options: optionsNode } }
  };
  if (origin.unit !== void 0) fact.unit = origin.unit;
  if (element) fact.element = ["attributes", ...element.path];
  if (origin.scopes) fact.scopes = origin.scopes;
  if (origin.remoteModule) fact.remoteModule = true;
  if (origin.repeated) fact.repeated = true;
  return fact;
}
function mergeExpanded(drafts) {
  const out = [];
  const byPlace = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    const at = d.element?.node?.range;
    const place = at ? `${at.start.line}:${at.start.column}` : void 0;
    let here;
    if (place !== void 0) {
      let ofOrigin = byPlace.get(d.origin);
      if (!ofOrigin) byPlace.set(d.origin, ofOrigin = /* @__PURE__ */ new Map());
      here = ofOrigin.get(place);
      if (!here) ofOrigin.set(place, here = []);
    }
    const twin = here?.find((o) => same(o, d));
    if (!twin) {
      const copy = { ...d, ports: [...d.ports], portNodes: [...d.portNodes] };
      out.push(copy);
      here?.push(copy);
      continue;
    }
    d.ports.forEach((p, i) => {
      if (twin.ports.some((q) => JSON.stringify(q) === JSON.stringify(p))) return;
      twin.ports.push(p);
      twin.portNodes.push(d.portNodes[i] ?? []);
    });
    const texts = new Set(twin.portText.split(", ").filter((t) => t !== ""));
    for (const t of d.portText.split(", ")) if (t !== "") texts.add(t);
    twin.portText = [...texts].join(", ");
    if (d.shadowedBy) twin.shadowedBy = [.../* @__PURE__ */ new Set([...twin.shadowedBy ?? [], ...d.shadowedBy])].sort((a, b) => a - b);
    if (twin.shadowed === true && d.shadowed !== true) twin.shadowed = d.shadowed ?? false;
  }
  return out;
}
function same(a, b) {
  const key = (d) => JSON.stringify([d.protocol, d.sources.map((s) => [s.kind, s.attribute, s.value]), d.impliedSource, d.action, d.direction]);
  return key(a) === key(b);
}
var deriveIngressRules = (resources) => {
  const drafts = [];
  for (const r of resources) {
    const shape = shapeOf(r);
    if (shape) drafts.push(...shape(r));
  }
  applyAclOrder(drafts);
  return mergeExpanded(drafts).map(toRecord);
};

// src/facts/index.ts
var DERIVERS = [deriveIngressRules];
var FACT_SOURCES = ["resource"];
function deriveFacts(resources) {
  return DERIVERS.flatMap((derive) => derive(resources));
}

// src/suppress/apply.ts
var SUPPRESSION_RULE_ID = "IAC-001";
function applySuppressions(findings, options) {
  const out = findings.map((f) => f);
  const problems = [];
  const report = (file, line, column, key, message) => {
    if (options.level === void 0) return;
    problems.push({
      ruleId: SUPPRESSION_RULE_ID,
      level: options.level,
      message,
      file,
      range: { start: { line, column }, end: { line, column: column + 1 } },
      resource: "",
      path: key,
      fingerprint: fingerprint(SUPPRESSION_RULE_ID, file, "", key)
    });
  };
  const suppress = (index, suppression) => {
    if (!out[index].suppression) out[index] = { ...out[index], suppression };
  };
  const byFile = recordsByFile(options.records);
  for (const s of options.inline) {
    if (options.inScope && !options.inScope(s.file)) continue;
    const where = `${s.file}:${s.line}`;
    const key = `inline:${s.target.kind === "resource" ? s.target.name : ""}:${s.ids.join(",")}:${s.reason}`;
    if (s.problem) {
      report(s.file, s.line, s.column, key, `Suppression at ${where} ${s.problem}.`);
      continue;
    }
    for (const id of s.ids.filter((x) => x === "IAC-000" || x === SUPPRESSION_RULE_ID)) {
      report(s.file, s.line, s.column, `${key}:own:${id}`, `Suppression at ${where} names ${id}, which cannot be suppressed: ${id === "IAC-000" ? "exclude a file driftless cannot read (--exclude or exclude: in .driftless.yaml)" : "fix or remove the suppression it reports"}.`);
    }
    const unknown2 = s.ids.filter((id) => !options.known.has(id));
    for (const id of unknown2) report(s.file, s.line, s.column, `${key}:unknown:${id}`, `Suppression at ${where} names ${id}, which is not a rule ID (driftless rules lists them); it suppresses nothing for it.`);
    if (!s.reason) {
      const how = s.target.kind === "resource" ? "Add reason: to the Metadata.driftless.ignore entry" : `Say why after "--": driftless:ignore ${s.ids.join(",")} -- reason`;
      report(s.file, s.line, s.column, key, `Suppression of ${s.ids.join(", ")} at ${where} gives no reason, so it is not applied. ${how}.`);
      continue;
    }
    if (isExpired(s.expires, options.today)) {
      report(s.file, s.line, s.column, key, `Suppression of ${s.ids.join(", ")} at ${where} expired on ${s.expires}, so the findings it covered are reported again. Fix them, or renew the suppression with a new date and reason.`);
      continue;
    }
    const scope = scopeOf(s, byFile.get(s.file) ?? []);
    const ids = new Set(s.ids.filter((id) => id !== "IAC-000" && id !== SUPPRESSION_RULE_ID));
    const used = /* @__PURE__ */ new Set();
    findings.forEach((f, i) => {
      if (!ids.has(f.ruleId) || !inScope(f, scope)) return;
      used.add(f.ruleId);
      suppress(i, { kind: "inSource", justification: s.reason, ...s.expires ? { expires: s.expires } : {}, file: s.file, line: s.line });
    });
    const unused = [...ids].filter((id) => options.ran.has(id) && !used.has(id));
    if (used.size === 0 && unused.length > 0 && unused.length === [...ids].filter((id) => options.known.has(id)).length) {
      report(s.file, s.line, s.column, `${key}:unused`, `Suppression of ${s.ids.join(", ")} at ${where} matches no finding here; remove it.`);
    } else {
      for (const id of unused) report(s.file, s.line, s.column, `${key}:unused:${id}`, `Suppression of ${s.ids.join(", ")} at ${where} suppresses nothing for ${id}; remove ${id} from it.`);
    }
  }
  if (options.configFile !== void 0) {
    const config = options.configFile;
    for (const entry of options.ignores) {
      const where = `${config}:${entry.line}`;
      const key = `ignore:${entry.index}:${(entry.rules ?? []).join(",")}:${entry.resource ?? ""}:${entry.fingerprint ?? ""}`;
      const name = `ignore[${entry.index}]${entry.rules ? ` (${entry.rules.join(", ")})` : ""}`;
      const unknown2 = (entry.rules ?? []).filter((id) => !options.known.has(id));
      for (const id of unknown2) report(config, entry.line, 1, `${key}:unknown:${id}`, `${name} at ${where} names ${id}, which is not a rule ID (driftless rules lists them).`);
      if (!entry.reason.trim()) {
        report(config, entry.line, 1, key, `${name} at ${where} gives no reason, so it is not applied. Add reason: with why the findings are accepted.`);
        continue;
      }
      if (isExpired(entry.expires, options.today)) {
        report(config, entry.line, 1, key, `${name} at ${where} expired on ${entry.expires}, so the findings it covered are reported again. Fix them, or renew the entry with a new date and reason.`);
        continue;
      }
      const matches = ignoreMatcher(entry, options.glob);
      let matched = false;
      findings.forEach((f, i) => {
        if (f.ruleId === SUPPRESSION_RULE_ID || !matches(f)) return;
        matched = true;
        suppress(i, { kind: "external", justification: entry.reason.trim(), ...entry.expires ? { expires: entry.expires } : {}, file: config, line: entry.line });
      });
      const rules = entry.rules ?? [];
      const judged = rules.length === 0 || rules.every((id) => options.ran.has(id) || !options.known.has(id));
      if (!matched && judged && !options.inScope) {
        report(config, entry.line, 1, `${key}:unused`, `${name} at ${where} matches no finding; remove it.`);
      }
    }
  }
  return [...out, ...problems];
}
function inScope(f, scope) {
  if (scope.resourcePrefix !== void 0) {
    const p = scope.resourcePrefix;
    if (f.resource === p || f.resource.startsWith(`${p}.`) || f.resource.startsWith(`${p}[`)) {
      if (f.file === scope.file || p.startsWith("module.") || p.includes(".module.")) return true;
    }
  }
  const within = (file, r) => file === scope.file && r.start.line >= scope.fromLine && r.start.line <= scope.toLine;
  if (within(f.file, f.range)) return true;
  if (f.file === scope.file && f.range.start.line < scope.fromLine && f.range.end.line >= scope.toLine) return true;
  return scope.viaRelated && f.file !== scope.file && (f.related ?? []).some((r) => within(r.file, r.range));
}
function recordsByFile(records) {
  const map = /* @__PURE__ */ new Map();
  for (const r of records) {
    if (r.kind === "fact") continue;
    const list = map.get(r.file);
    if (list) list.push(r);
    else map.set(r.file, [r]);
  }
  return map;
}
function scopeOf(s, records) {
  if (s.target.kind === "resource") {
    const name = s.target.name;
    const range2 = records.find((r) => r.name === name && r.kind === "resource")?.range;
    return { file: s.file, fromLine: range2?.start.line ?? s.line, toLine: range2?.end.line ?? s.line, resourcePrefix: name, viaRelated: false };
  }
  const line = s.target.line;
  if (!s.target.trailing) {
    const block = records.find((r) => r.header.start.line === line || r.range.start.line === line);
    if (block) {
      const scope = { file: s.file, fromLine: block.range.start.line, toLine: block.range.end.line, viaRelated: true };
      if (block.kind === "module") scope.resourcePrefix = block.name;
      return scope;
    }
  }
  let end = line;
  for (const r of records) {
    const node = nodeStartingAt(r.source, line);
    if (node) end = Math.max(end, node.range.end.line);
  }
  return { file: s.file, fromLine: line, toLine: end, viaRelated: true };
}
function nodeStartingAt(node, line, depth = 0) {
  if (!node || depth > 64) return void 0;
  for (const child of Object.values(node.children ?? {})) {
    if (child.range && child.range.start.line === line) return child;
    if (child.range && (child.range.start.line > line || child.range.end.line < line)) continue;
    const inner = nodeStartingAt(child, line, depth + 1);
    if (inner) return inner;
  }
  return void 0;
}
var DEFAULT_DEPS = { loadRules, evaluate, diagnosticFinding, scanUnits, evaluation: (rules, options) => new Evaluation(rules, options) };
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function analyse(units, reader, rules, options = {}, deps = DEFAULT_DEPS) {
  const code = units.filter((u) => u.kind !== "changes");
  if (deps.evaluation && !options.gate && !options.reportUnknown && code.length === units.length) return analyseByUnit(code, reader, rules, options, deps, deps.evaluation(rules, { reportUnknown: false }));
  const scanned = await deps.scanUnits(code, reader, options.terraformVariables ? { terraformVariables: options.terraformVariables } : {});
  const diagnostics = [...scanned.diagnostics];
  const changes = await changeStage(units, reader, scanned.resources, diagnostics, options.gate);
  const evaluated = options.gate ? changes : [...scanned.resources, ...deriveFacts(scanned.resources), ...changes];
  const findings = deps.evaluate(evaluated, rules, { reportUnknown: options.reportUnknown ?? false });
  if (!options.gate) for (const diagnostic of diagnostics) findings.push(deps.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);
  return { findings, diagnostics, resources: scanned.resources };
}
async function analyseByUnit(units, reader, rules, options, deps, evaluation) {
  const kept = [];
  const marked = /* @__PURE__ */ new Map();
  const hasMarker = (file) => {
    let known = marked.get(file);
    if (known === void 0) marked.set(file, known = reader.read(resolve(reader.root, file)).file?.text.includes(MARKER) ?? false);
    return known;
  };
  const onRecords = (records) => {
    evaluation.add([...records, ...deriveFacts(records)]);
    for (const r of records) {
      if (hasMarker(r.file) || r.format === "cloudformation" && isValueMap(r.options.metadata) && "driftless" in r.options.metadata) kept.push(r);
    }
  };
  const reads = evaluation.reads;
  const needs = reads && { reads: (record) => FACT_SOURCES.includes(record.kind) || reads(record), whole: hasMarker };
  const scanned = await deps.scanUnits(units, reader, { ...options.terraformVariables ? { terraformVariables: options.terraformVariables } : {}, onRecords, ...needs ? { needs } : {} });
  const findings = evaluation.finish();
  for (const diagnostic of scanned.diagnostics) findings.push(deps.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);
  return { findings, diagnostics: scanned.diagnostics, resources: kept };
}
async function changeStage(units, reader, resources, diagnostics, gate) {
  const found = gate ? [] : units.filter((u) => u.kind === "changes");
  if (!gate && found.length === 0) return [];
  const { changeRecords, GateInputError, readChangeFile } = await import('./gate-CiREdo81.js');
  const files = [...gate?.files ?? []];
  for (const unit of found) {
    const read = reader.read(unit.file.absolutePath);
    if (!read.file) {
      if (read.diagnostic) diagnostics.push(read.diagnostic);
      continue;
    }
    try {
      files.push(readChangeFile(unit.file.path, read.file.text));
    } catch (error) {
      if (!(error instanceof GateInputError)) throw error;
      diagnostics.push({ file: error.file, range: error.range, severity: "error", message: error.problem });
    }
  }
  return changeRecords(
    files.flatMap((f) => f.changes),
    resources,
    gate?.choice ?? {}
  );
}
async function runScan(options, deps) {
  const d = deps ?? DEFAULT_DEPS;
  const loaded = await d.loadRules(options.rulesDirs?.length ? { extraDirs: options.rulesDirs } : void 0);
  const pack = options.ruleSettings ? configureRules(loaded, options.ruleSettings) : loaded;
  const rules = pack.filter((rule) => rule.enabled);
  const reader = createReader(options.root, options.maxFileBytes !== void 0 ? { maxFileBytes: options.maxFileBytes } : {});
  const discovered = await discover(options.paths, {
    reader,
    ...options.cwd ? { cwd: options.cwd } : {},
    ...options.include?.length ? { include: options.include } : {},
    ...options.exclude?.length ? { exclude: options.exclude } : {},
    // The gate's inputs are read already; the source is scanned for the code they map into.
    ...options.gate ? { skip: new Set(options.gate.files.map((f) => resolve(options.root, f.file))) } : {}
  });
  const plan = formUnits(discovered.files, reader, options.grouping);
  const analysed = await analyse(
    plan.units,
    reader,
    rules,
    {
      reportUnknown: options.reportUnknown ?? false,
      ...options.terraformVariables ? { terraformVariables: options.terraformVariables } : {},
      ...options.gate ? { gate: options.gate } : {}
    },
    d
  );
  const diagnostics = [...discovered.diagnostics, ...analysed.diagnostics];
  const varFiles = new Set((options.terraformVariables ?? []).flatMap((v) => v.kind === "file" ? [resolve(v.absolutePath)] : []));
  for (const f of discovered.files) {
    if (!f.named || f.kind !== "tfvars" || isAutoVarFile(basename(f.path)) || varFiles.has(resolve(f.absolutePath))) continue;
    const notice = {
      file: f.path,
      range: range(1, 1, 1, 2),
      severity: "warning",
      message: `not scanned: Terraform loads ${basename(f.path)} only when it is given with -var-file; scan with --var-file ${f.path} to evaluate the configuration with its values`,
      notScanned: true
    };
    diagnostics.push(notice);
  }
  let findings = [...discovered.diagnostics.map((x) => d.diagnosticFinding(x)), ...analysed.findings];
  const scope = plan.scope;
  if (scope) findings = findings.filter((f) => scope.has(f.file) || (f.related ?? []).some((r) => scope.has(r.file)));
  const files = /* @__PURE__ */ new Set();
  for (const unit of plan.units) for (const path of unitPaths(unit)) files.add(path);
  for (const input of options.gate?.files ?? []) files.add(input.file);
  if (options.suppress) {
    const inline = [];
    if (options.suppress.inline) {
      const marked = [];
      for (const file of /* @__PURE__ */ new Set([...files, ...findings.map((f) => f.file)])) {
        const read = reader.read(resolve(options.root, file));
        if (read.file?.text.includes(MARKER)) marked.push({ file, text: read.file.text });
        reader.forget(resolve(options.root, file));
      }
      const metadata = analysed.resources.some((r) => r.format === "cloudformation" && isValueMap(r.options.metadata) && "driftless" in r.options.metadata);
      if (marked.length > 0 || metadata) {
        const { commentSuppressions, metadataSuppressions } = await import('./inline-DlyGFn3G.js');
        for (const { file, text } of marked) inline.push(...commentSuppressions(file, text));
        inline.push(...metadataSuppressions(analysed.resources));
      }
    }
    const iac001 = pack.find((r) => r.id === SUPPRESSION_RULE_ID);
    const gateScope = options.gate ? /* @__PURE__ */ new Set([...findings.flatMap((f) => [f.file, ...(f.related ?? []).map((r) => r.file)]), ...options.gate.files.map((f) => f.file)]) : void 0;
    const picomatch2 = options.suppress.ignores.some((e) => e.paths) ? (await import('./picomatch-YYSS5OQV.js')).default : void 0;
    findings = applySuppressions(findings, {
      inline,
      ignores: options.suppress.ignores,
      ...picomatch2 ? { glob: (globs) => picomatch2(globs, { dot: true }) } : {},
      ...options.suppress.configFile !== void 0 ? { configFile: options.suppress.configFile } : {},
      records: analysed.resources,
      known: new Set(pack.map((r) => r.id)),
      // The gate runs its rules on changes only: a suppression of another rule is not its to judge;
      // and one of a gate rule waits for the plans to come (one plan without that change says
      // nothing of the next), so neither run calls it unused.
      ran: new Set((options.gate ? rules.filter(selectsChanges) : rules).filter((r) => !selectsChangesOnly(r)).map((r) => r.id)),
      today: options.suppress.today ?? todayUtc(),
      level: iac001?.enabled ? iac001.level : void 0,
      ...gateScope ? { inScope: (file) => gateScope.has(file) } : scope ? { inScope: (file) => scope.has(file) } : {}
    });
  }
  findings.sort(compareFindings);
  const reportedFiles = scope ?? files;
  const folders = scope ? [] : scannedFolders(options.paths, options.cwd ?? process.cwd(), reader);
  const picomatch = options.include?.length || options.exclude?.length ? (await import('./picomatch-YYSS5OQV.js')).default : void 0;
  const included = picomatch && options.include?.length ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = picomatch && options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const reports = (file) => reportedFiles.has(file) || folders.some((folder) => folder === "" || file.startsWith(`${folder}/`)) && included(file) && !excluded(file);
  const notScanned = new Set(diagnostics.filter((d2) => d2.notScanned).map((d2) => d2.file));
  let filesScanned = 0;
  for (const file of files) if (!notScanned.has(file)) filesScanned++;
  return { findings, filesScanned, analysedFiles: files, reportedFiles, reports, rules, pack, diagnostics };
}
function scannedFolders(paths, cwd, reader) {
  const out = [];
  for (const p of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve(cwd, p);
    if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) continue;
    const path = reader.repoPath(absolute);
    if (path === ".") out.push("");
    else if (path !== ".." && !path.startsWith("../") && !isAbsolute(path)) out.push(path);
  }
  return out;
}
function selectsChanges(rule) {
  return rule.checks.some(checkSelectsChanges);
}
function selectsChangesOnly(rule) {
  return rule.checks.length > 0 && rule.checks.every(checkSelectsChanges);
}
function checkSelectsChanges(check) {
  return [check.select].flat().some((selector) => [selector.kind ?? []].flat().some((kind) => GATE_KINDS.has(kind)));
}

const require$3 = createRequire(import.meta.url);

// src/report/index.ts
var REPORT_FORMATS = ["text", "sarif", "json", "markdown", "junit", "html"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await Promise.resolve().then(() => textF3GL2V7I)).toText;
    case "sarif":
      return (await import('./sarif-DSYOm8q0.js')).toSarif;
    case "json":
      return (await import('./json-BXEOaCcW.js')).toJson;
    case "markdown":
      return (await import('./markdown-pxACfH1g.js')).toMarkdown;
    case "junit":
      return (await import('./junit-Cz6YdWr3.js')).toJunit;
    case "html":
      return (await import('./html-BUtfiokL.js')).toHtml;
  }
}
function provenanceOf(root) {
  const head = gitHead(root);
  if (!head || !head.remoteUrl && !head.revisionId) return void 0;
  return {
    ...head.remoteUrl ? { repositoryUri: head.remoteUrl } : {},
    ...head.revisionId ? { revisionId: head.revisionId } : {},
    ...head.branch ? { branch: head.branch } : {}
  };
}
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function gitHead(root) {
  const gitDir = gitDirectory(root);
  if (!gitDir) return void 0;
  const head = read(join(gitDir, "HEAD"))?.trim();
  let revisionId;
  let branch;
  if (head?.startsWith("ref: ")) {
    branch = head.slice(5).trim();
    revisionId = read(join(commonDir(gitDir), branch))?.trim() ?? packedRef(commonDir(gitDir), branch);
  } else if (head && FULL_SHA.test(head)) revisionId = head;
  const remoteUrl = originUrl(gitDir);
  return {
    gitDir,
    ...revisionId && FULL_SHA.test(revisionId) ? { revisionId } : {},
    ...branch ? { branch } : {},
    ...remoteUrl ? { remoteUrl } : {}
  };
}
function read(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
function gitDirectory(root) {
  const dotGit = join(root, ".git");
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return void 0;
  }
  const pointer = read(dotGit)?.match(/^gitdir:\s*(.+)$/m)?.[1]?.trim();
  return pointer ? resolve(root, pointer) : void 0;
}
function commonDir(gitDir) {
  const common = read(join(gitDir, "commondir"))?.trim();
  return common ? resolve(gitDir, common) : gitDir;
}
function packedRef(gitDir, ref) {
  for (const line of (read(join(gitDir, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.trim().split(/\s+/);
    if (name === ref && sha && FULL_SHA.test(sha)) return sha;
  }
  return void 0;
}
function originUrl(gitDir) {
  const config = read(join(commonDir(gitDir), "config"));
  if (!config) return void 0;
  const remotes = [...config.matchAll(/^\s*\[remote\s+"([^"]+)"\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gim)].map((m) => ({
    name: m[1],
    url: /^\s*url\s*=\s*(.+?)\s*$/im.exec(m[2])?.[1]?.replace(/^"(.*)"$/, "$1")
  }));
  const remote = remotes.find((r) => r.name === "origin" && r.url) ?? remotes.find((r) => r.url);
  if (!remote?.url) return void 0;
  return normaliseRemote(remote.url);
}
function normaliseRemote(url) {
  if (/^[A-Za-z]:[\\/]/.test(url)) return void 0;
  const scp = /^(?:[^@/]+@)?([\w.-]+):(?!\/\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp && !url.includes("://")) return normaliseRemote(`ssh://${scp[1]}/${scp[2].replace(/^\/+/, "")}`);
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  if (!["https:", "http:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(u.protocol) || !u.hostname) return void 0;
  u.username = "";
  u.password = "";
  u.search = "";
  u.hash = "";
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    u = new URL(`https://${u.hostname}${u.pathname}`);
  }
  let text = u.toString().replace(/\/+$/, "");
  if (text.endsWith(".git")) text = text.slice(0, -4);
  return text;
}
var BASELINE_VERSION = 2;
var TOOL = "driftless";
var NEVER_BASELINED = /* @__PURE__ */ new Set(["IAC-000", SUPPRESSION_RULE_ID]);
var BaselineError = class extends Error {
  /**
   * @param foreign the file is not a driftless baseline at all (not JSON, no `"tool": "driftless"`):
   *   never overwritten
   * @param detail `FILE:LINE: what is wrong`, without the advice
   */
  constructor(message, foreign = false, detail = message) {
    super(message);
    this.foreign = foreign;
    this.detail = detail;
  }
  foreign;
  detail;
  name = "BaselineError";
};
function baselineRootKey(file, root) {
  const rel = relative(dirname(file), root).split(sep).join("/");
  return rel === "." ? "" : rel;
}
function isBaselinable(finding) {
  return !finding.suppression && !NEVER_BASELINED.has(finding.ruleId);
}
function baselineEntry(finding, root = "") {
  return {
    ...root ? { root } : {},
    file: finding.file,
    ruleId: finding.ruleId,
    resource: finding.resource,
    path: finding.path,
    fingerprint: finding.fingerprint,
    valueDigest: finding.valueDigest ?? NO_VALUE_DIGEST,
    message: finding.message
  };
}
function keyOf(root, file, fingerprint2, digest) {
  return [root, file, fingerprint2.replace(/-\d+$/, ""), digest].join("\0");
}
function entryKey(entry) {
  return keyOf(entry.root ?? "", entry.file, entry.fingerprint, entry.valueDigest);
}
function applyBaseline(findings, entries, root = "") {
  const pool = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if ((entry.root ?? "") !== root) continue;
    const key = entryKey(entry);
    const list = pool.get(key);
    if (list) list.push(entry);
    else pool.set(key, [entry]);
  }
  const out = [];
  const matched = [];
  for (const finding of findings) {
    const entry = isBaselinable(finding) ? pool.get(keyOf(root, finding.file, finding.fingerprint, finding.valueDigest ?? NO_VALUE_DIGEST))?.shift() : void 0;
    if (entry) matched.push(entry);
    else out.push(finding);
  }
  return { findings: out, baselined: matched.length, matched };
}
function compareEntries(a, b) {
  for (const k of ["root", "file", "ruleId", "resource", "path", "fingerprint", "valueDigest", "message"]) {
    const x = a[k] ?? "";
    const y = b[k] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function formatBaseline(entries) {
  const findings = [...entries].sort(compareEntries).map((e) => ({
    ...e.root ? { root: e.root } : {},
    file: e.file,
    ruleId: e.ruleId,
    resource: e.resource,
    path: e.path,
    fingerprint: e.fingerprint,
    valueDigest: e.valueDigest,
    message: e.message
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: TOOL, findings }, null, 2)}
`;
}
var ENTRY_FIELDS = {
  root: { optional: true },
  file: {},
  ruleId: { pattern: /^\S+$/, expected: "a rule ID" },
  resource: {},
  path: {},
  fingerprint: { pattern: /^[0-9a-f]{32}(-\d+)?$/, expected: "32 hex digits" },
  valueDigest: { pattern: /^(?:[0-9a-f]{16}|none)$/, expected: '16 hex digits or "none"' },
  message: {}
};
function tooDeep(text) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > 3) return i;
    } else if (c === "}" || c === "]") depth--;
  }
  return -1;
}
function parseBaseline(text, shownAs) {
  const source = text.replace(/^\uFEFF/, "");
  const lineOf = (offset) => {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
  };
  const FOREIGN = "give the file that --write-baseline wrote";
  const fail = (offset, what, todo = `write it again with --write-baseline ${shownAs}`) => {
    const detail = `${shownAs}:${lineOf(offset)}: ${what}`;
    throw new BaselineError(`${detail}; ${todo}`, todo === FOREIGN, detail);
  };
  const foreign = FOREIGN;
  const deep = tooDeep(source);
  if (deep >= 0) fail(deep, "not a driftless baseline (nested deeper than one)", foreign);
  const errors = [];
  const root = parseTree2(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const what = e ? printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "empty file";
    fail(e?.offset ?? 0, `not valid JSON (${what})`, foreign);
  }
  const doc = root;
  const prop = (node, name) => node.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
  const tool = doc.type === "object" ? prop(doc, "tool") : void 0;
  if (tool?.value !== TOOL) fail(tool?.offset ?? doc.offset, `not a driftless baseline (it has no "tool": "${TOOL}")`, foreign);
  const version = prop(doc, "version");
  if (version?.value === 1) {
    fail(version.offset, `baseline version 1 was written by an earlier driftless whose value digests covered less of each finding (this one reads version ${BASELINE_VERSION})`);
  }
  if (version?.value !== BASELINE_VERSION) {
    const v = version ? JSON.stringify(version.value) : "none";
    fail(version?.offset ?? doc.offset, `baseline version ${v} is not one this driftless reads (${BASELINE_VERSION})`);
  }
  const list = prop(doc, "findings");
  if (list?.type !== "array") fail(list?.offset ?? doc.offset, `"findings" must be a list`);
  for (const p of doc.children ?? []) {
    const name = String(p.children?.[0]?.value);
    if (!["version", "tool", "findings"].includes(name)) fail(p.offset, `unknown key "${name}"`);
  }
  return (list.children ?? []).map((node, i) => {
    if (node.type !== "object") fail(node.offset, `findings[${i}] must be an object`);
    const entry = {};
    for (const p of node.children ?? []) {
      const name = String(p.children?.[0]?.value);
      const value = p.children?.[1];
      const spec = ENTRY_FIELDS[name];
      if (!spec) fail(p.offset, `findings[${i}]: unknown key "${name}"`);
      if (value?.type !== "string") fail(p.offset, `findings[${i}].${name}: expected a string`);
      if (spec.pattern && !spec.pattern.test(value.value)) fail(p.offset, `findings[${i}].${name}: expected ${spec.expected}`);
      entry[name] = value.value;
    }
    for (const [name, spec] of Object.entries(ENTRY_FIELDS)) {
      if (!spec.optional && entry[name] === void 0) fail(node.offset, `findings[${i}]: "${name}" is missing`);
    }
    if (NEVER_BASELINED.has(entry.ruleId)) fail(node.offset, `findings[${i}]: ${entry.ruleId} findings cannot be baselined (they must stay visible)`);
    if (entry.fingerprint.replace(/-\d+$/, "") !== fingerprint(entry.ruleId, entry.file, entry.resource, entry.path)) {
      fail(node.offset, `findings[${i}]: its fingerprint is not the one of its ruleId, file, resource and path (was the entry edited?)`);
    }
    if (entry.root === "." || entry.root === "") delete entry.root;
    return entry;
  });
}
async function readBaseline(file, shownAs, flag2) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new BaselineError(`${flag2} not found: ${shownAs}; create it with --write-baseline ${shownAs}`);
    throw new BaselineError(`cannot read ${flag2} ${shownAs}: ${error.message}`);
  }
  return parseBaseline(text, shownAs);
}
async function writeBaseline(file, entries, shownAs) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, formatBaseline(entries), "utf8");
  } catch (error) {
    throw new BaselineError(`cannot write the baseline ${shownAs}: ${error.message}`);
  }
}
function baselineRequest(options, cwd) {
  const given = [
    ["compare", "--baseline", options.baseline],
    ["write", "--write-baseline", options.write],
    ["update", "--update-baseline", options.update]
  ].filter(([, , v]) => v !== void 0);
  if (given.length > 1) {
    throw new BaselineError(
      `${given.map(([, f]) => f).join(" and ")} cannot be combined: give one (--update-baseline FILE compares with FILE too, then drops from it what no longer occurs)`
    );
  }
  const [only] = given;
  if (!only) return void 0;
  const value = only[2];
  if (value === "" || value === "-") throw new BaselineError(`${only[1]} needs a file name`);
  return { mode: only[0], file: resolve(cwd, value), shownAs: value };
}
var plural$1 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function coveredBy(runs) {
  return (entry) => {
    const run = runs.find((r) => r.root === (entry.root ?? ""));
    return run !== void 0 && (run.covers?.(entry.file) ?? true);
  };
}
async function existingEntries(request) {
  let text;
  try {
    text = await readFile(request.file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { entries: [], replaced: false };
    throw new BaselineError(`cannot read --write-baseline ${request.shownAs}: ${error.message}`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { entries: [], replaced: false };
  try {
    return { entries: parseBaseline(text, request.shownAs), replaced: false };
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    if (error.foreign) {
      throw new BaselineError(`--write-baseline ${request.shownAs} is not a driftless baseline (${error.detail}), so it is left as it is; give another file, or remove it first`, true);
    }
    return { entries: [], replaced: true };
  }
}
async function baselineStage(request, runs) {
  const flag2 = request.mode === "update" ? "--update-baseline" : "--baseline";
  const covered = coveredBy(runs);
  if (request.mode === "write") {
    const existing = await existingEntries(request);
    const kept = existing.entries.filter((e) => !covered(e));
    const written = [];
    const accepted = /* @__PURE__ */ new Set();
    for (const run of runs) {
      const baselinable = run.findings.filter(isBaselinable);
      for (const f of baselinable) accepted.add(f);
      for (const f of applyBaseline(baselinable, kept, run.root).findings) written.push(baselineEntry(f, run.root));
    }
    await writeBaseline(request.file, [...kept, ...written], request.shownAs);
    let note = `wrote ${plural$1(written.length, "finding", "findings")} to the baseline ${request.shownAs}`;
    if (kept.length > 0) note += `, and kept its ${plural$1(kept.length, "entry", "entries")} for files this scan does not report on`;
    if (existing.replaced) note += " (it held a baseline this driftless cannot read, now replaced)";
    return { runs: runs.map((r) => ({ findings: r.findings })), accepted, note };
  }
  const entries = await readBaseline(request.file, request.shownAs, flag2);
  const matches = runs.map((run) => applyBaseline(run.findings, entries, run.root));
  const out = { runs: matches.map((m) => ({ findings: m.findings, baselined: m.baselined })), accepted: /* @__PURE__ */ new Set() };
  if (request.mode === "update") {
    const matched = new Set(matches.flatMap((m) => m.matched));
    const others = entries.filter((e) => !matched.has(e) && !covered(e));
    const kept = entries.filter((e) => matched.has(e) || !covered(e));
    await writeBaseline(request.file, kept, request.shownAs);
    const dropped = entries.length - kept.length;
    const aside = others.length > 0 ? ` (${others.length} for files this scan does not report on)` : "";
    out.note = `updated the baseline ${request.shownAs}: kept ${kept.length}${aside}, dropped ${dropped} that no longer occur${dropped === 1 ? "s" : ""}`;
  }
  return out;
}

// src/cli/scan.ts
var FAIL_ON = ["error", "warning", "note", "none"];
var SCAN_OPTIONS = {
  help: { value: false },
  format: { value: true, repeatable: true, choices: REPORT_FORMATS },
  output: { value: true, repeatable: true },
  "fail-on": { value: true, choices: FAIL_ON },
  rules: { value: true, repeatable: true },
  root: { value: true },
  config: { value: true },
  rule: { value: true, repeatable: true },
  "skip-rule": { value: true, repeatable: true },
  exclude: { value: true, repeatable: true },
  quiet: { value: false },
  color: { value: false },
  "no-color": { value: false },
  "no-inline-suppressions": { value: false },
  "sarif-include-suppressed": { value: false },
  category: { value: true },
  baseline: { value: true },
  "write-baseline": { value: true },
  "update-baseline": { value: true },
  "report-unknown": { value: false },
  "max-file-size": { value: true },
  strict: { value: false },
  var: { value: true, repeatable: true },
  "var-file": { value: true, repeatable: true },
  compare: { value: true },
  "link-template": { value: true }
};
function terraformVariables(ordered, cwd) {
  const out = [];
  for (const { name, value } of ordered) {
    if (name === "var-file") {
      const absolutePath = resolve(cwd, value);
      if (!existsSync(absolutePath)) throw new CliError(`--var-file not found: ${value}`);
      out.push({ kind: "file", absolutePath });
    } else if (name === "var") {
      const eq = value.indexOf("=");
      const variable = eq > 0 ? value.slice(0, eq).trim() : "";
      if (!/^[A-Za-z_][\w-]*$/.test(variable)) throw new CliError(`invalid --var ${JSON.stringify(value)}: write --var NAME=VALUE`);
      out.push({ kind: "var", name: variable, value: value.slice(eq + 1) });
    }
  }
  return out;
}
function formatFromExtension(file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".sarif") || lower.endsWith(".sarif.json")) return "sarif";
  const ext = extname(lower);
  const byExt = { ".json": "json", ".md": "markdown", ".markdown": "markdown", ".xml": "junit", ".txt": "text", ".log": "text", ".html": "html", ".htm": "html" };
  return byExt[ext];
}
function reportTargets(formats, outputs, cwd) {
  const fmts = [...formats];
  for (let i = fmts.length; i < outputs.length; i++) {
    const out = outputs[i];
    const format = out === "-" ? void 0 : formatFromExtension(out);
    if (!format) throw new CliError(`cannot tell the format of --output ${out} from its extension (.sarif, .json, .md, .xml, .txt, .html); give --format before it`);
    fmts.push(format);
  }
  if (fmts.length === 0) fmts.push("text");
  const targets = fmts.map((format, i) => {
    const out = outputs[i];
    return out === void 0 || out === "-" ? { format } : { format, output: resolve(cwd, out) };
  });
  if (targets.filter((t) => t.output === void 0).length > 1) {
    throw new CliError("only one --format may write to stdout; give the others an --output FILE");
  }
  const seen = /* @__PURE__ */ new Set();
  for (const t of targets) {
    if (t.output === void 0) continue;
    if (seen.has(t.output)) throw new CliError(`two reports write to the same file: ${t.output}`);
    seen.add(t.output);
  }
  return targets;
}
function exitCodeFor(levels, failOn) {
  if (failOn === "none") return EXIT_OK;
  const threshold = levelRank(failOn);
  for (const level of levels) if (levelRank(level) >= threshold) return EXIT_FINDINGS;
  return EXIT_OK;
}
function isInside(dir, path) {
  const rel = relative(dir, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function idList(values) {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
function colourWanted(parsed, stream, env) {
  if (parsed.noColor) return false;
  if (parsed.color) return true;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  return useColour(stream, env);
}
async function planRoots(paths, rootOption, cwd) {
  if (rootOption !== void 0) {
    const root = resolve(cwd, rootOption);
    const info = await stat(root).catch(() => void 0);
    if (!info?.isDirectory()) throw new CliError(`root is not a directory: ${rootOption}`);
    for (const p of paths) {
      if (!isInside(root, resolve(cwd, p))) throw new CliError(`${p} is outside --root ${rootOption}; give a --root that contains it`);
    }
    return [{ root, paths }];
  }
  const plans = [];
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    const info = await stat(absolute).catch(() => void 0);
    const start = info?.isDirectory() ? absolute : dirname(absolute);
    const root = findRepositoryRoot(start, isInside(cwd, start) ? cwd : start);
    const plan = plans.find((x) => x.root === root);
    if (plan) plan.paths.push(p);
    else plans.push({ root, paths: [p] });
  }
  return plans;
}
async function configFor(root, explicit, cwd) {
  if (explicit !== void 0) {
    const file2 = resolve(cwd, explicit);
    if (!existsSync(file2)) throw new CliError(`--config not found: ${explicit}`);
    return loadConfig(file2, explicit);
  }
  const file = defaultConfigFile(root);
  return file ? loadConfig(file, relative(cwd, file) || file) : void 0;
}
function settingError(error, config, shownAs) {
  if (error.source === "rules" && config) {
    const path = ["rules", ...error.path];
    return new CliError(`${shownAs ?? config.file}:${config.lineOf(path)}: ${describePath(path)}: ${error.message}`);
  }
  return new CliError(`${error.source} ${error.path.join(".")}: ${error.message}`);
}
async function scanCommand(argv, io) {
  return checkCommand(argv, io, "scan");
}
async function gateCommand(argv, io) {
  return checkCommand(argv, io, "gate");
}
var GATE_OPTIONS = {
  ...SCAN_OPTIONS,
  source: { value: true },
  template: { value: true },
  project: { value: true }
};
async function checkCommand(argv, io, command) {
  const parsed = parseArgs(argv, command === "gate" ? GATE_OPTIONS : SCAN_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const targets = reportTargets(listOption(parsed, "format"), listOption(parsed, "output"), io.cwd);
  const quiet = flag(parsed, "quiet");
  const only = idList(listOption(parsed, "rule"));
  const skip = idList(listOption(parsed, "skip-rule"));
  const explicitConfig = stringOption(parsed, "config");
  const maxFileSize = stringOption(parsed, "max-file-size");
  const maxFileBytes = maxFileSize === void 0 ? void 0 : parseByteSize(maxFileSize);
  const gate = command === "gate" ? await gateInputs(parsed.positionals, stringOption(parsed, "source"), stringOption(parsed, "root"), io.cwd, maxFileBytes) : void 0;
  const paths = gate ? [gate.source] : parsed.positionals.length ? parsed.positionals : ["."];
  const plans = gate ? [{ root: gate.root, paths }] : await planRoots(paths, stringOption(parsed, "root"), io.cwd);
  const gateOptions = gate ? { files: gate.files, choice: sourceChoice(gate.root, stringOption(parsed, "template"), stringOption(parsed, "project"), io.cwd) } : void 0;
  const variables = terraformVariables(parsed.ordered, io.cwd);
  let baseline;
  try {
    baseline = baselineRequest({ baseline: stringOption(parsed, "baseline"), write: stringOption(parsed, "write-baseline"), update: stringOption(parsed, "update-baseline") }, io.cwd);
  } catch (error) {
    throw error instanceof BaselineError ? new CliError(error.message) : error;
  }
  const baselineFile = baseline?.file;
  if (baseline && targets.some((t) => t.output === baselineFile)) {
    throw new CliError(`--output ${baseline.shownAs} is also the baseline file; give the report another file name`);
  }
  const runs = [];
  let failOn = stringOption(parsed, "fail-on");
  for (const plan of plans) {
    const config = await configFor(plan.root, explicitConfig, io.cwd);
    const shownAs = config ? explicitConfig ?? relative(io.cwd, config.file) : void 0;
    failOn ??= config?.failOn;
    const ruleSettings = { rules: config?.rules ?? {}, only, skip };
    let outcome;
    try {
      outcome = await runScan({
        paths: plan.paths,
        root: plan.root,
        rulesDirs: [...listOption(parsed, "rules").map((d) => resolve(io.cwd, d)), ...config?.customRules ?? []],
        reportUnknown: flag(parsed, "report-unknown"),
        ...gateOptions ? { gate: gateOptions } : {},
        ...maxFileBytes !== void 0 ? { maxFileBytes } : {},
        cwd: io.cwd,
        terraformVariables: variables,
        ruleSettings,
        include: config?.include ?? [],
        exclude: [...config?.exclude ?? [], ...listOption(parsed, "exclude")],
        suppress: {
          inline: !flag(parsed, "no-inline-suppressions") && (config?.inlineSuppressions ?? true),
          ignores: config?.ignore ?? [],
          ...config ? { configFile: relative(plan.root, config.file).split(sep).join("/") } : {}
        }
      });
    } catch (error) {
      if (error instanceof RuleSettingError) throw settingError(error, config, shownAs);
      throw error;
    }
    runs.push({ plan, outcome, config });
  }
  const filesScanned = runs.reduce((n, r) => n + r.outcome.filesScanned, 0);
  const skipped = runs.some((r) => r.outcome.diagnostics.some((d) => d.notScanned));
  if (filesScanned === 0 && !skipped && !quiet && !gate) {
    io.stderr.write(`driftless: no IaC files found in ${paths.join(", ")} (Terraform .tf/.tf.json/.tfvars, CloudFormation templates, Pulumi TypeScript projects)
`);
  }
  if (gate && !quiet) {
    for (const file of gate.files) {
      for (const c of file.changes) {
        if (c.nestedChangeSet) io.stderr.write(`driftless: ${file.file}: nested stack ${c.address} has its own change set (${c.nestedChangeSet}); its resources are not in this one: describe it (aws cloudformation describe-change-set --change-set-name ${c.nestedChangeSet} --output json) and gate it too
`);
      }
    }
  }
  if (gate && !quiet) {
    const unreadable = runs.flatMap((r) => r.outcome.diagnostics.filter((d) => d.severity === "error" && !gate.files.some((f) => f.file === d.file)));
    if (unreadable.length > 0) {
      const first = unreadable[0];
      io.stderr.write(`driftless: ${unreadable.length} problem${unreadable.length === 1 ? "" : "s"} reading the code the gate maps into (changes of resources there stay on the input), first ${first.file}:${first.range.start.line}:${first.range.start.column}: ${first.message}; driftless scan lists them all
`);
    }
  }
  const several = runs.length > 1;
  const reportRuns = runs.map(({ plan, outcome }) => {
    const prefix = several ? `${(relative(io.cwd, plan.root) || ".").split(sep).join("/")}/` : "";
    const provenance = provenanceOf(plan.root);
    return {
      root: plan.root,
      prefix,
      findings: outcome.findings,
      filesScanned: outcome.filesScanned,
      notifications: outcome.diagnostics.map((d) => ({
        level: d.severity === "error" ? "error" : "warning",
        message: `${d.file}: ${d.message}`,
        file: d.file,
        range: d.range,
        ...d.notScanned ? { notScanned: true, reason: d.message } : {}
      })),
      ...provenance ? { provenance } : {}
    };
  });
  let accepted = /* @__PURE__ */ new Set();
  if (baseline) {
    const request = baseline;
    const source = runs.find(({ plan, outcome }) => outcome.analysedFiles.has(relative(plan.root, request.file).split(sep).join("/")));
    if (source && request.mode !== "compare") {
      throw new CliError(`${request.mode === "write" ? "--write-baseline" : "--update-baseline"} ${request.shownAs} is a file this scan reads as infrastructure code; give the baseline another file name (such as .driftless-baseline.json)`);
    }
    const stage = await baselineStage(
      request,
      reportRuns.map((r, i) => ({ root: baselineRootKey(request.file, r.root), findings: r.findings, covers: runs[i].outcome.reports }))
    ).catch((error) => {
      throw error instanceof BaselineError ? new CliError(error.message) : error;
    });
    stage.runs.forEach((s, i) => {
      reportRuns[i] = { ...reportRuns[i], findings: s.findings, ...s.baselined !== void 0 ? { baselined: s.baselined } : {} };
    });
    accepted = stage.accepted;
    if (stage.note && !quiet) io.stderr.write(`driftless: ${stage.note}
`);
  }
  const rules = runs[0]?.outcome.rules ?? [];
  const html = await htmlOptions(parsed, targets, reportRuns, io.cwd);
  for (const target of targets) {
    const options = {
      toolVersion: toolVersion(),
      includeSuppressed: flag(parsed, "sarif-include-suppressed") && target.format === "sarif",
      color: target.format === "text" && target.output === void 0 && colourWanted({ color: flag(parsed, "color"), noColor: flag(parsed, "no-color") }, io.stdout, io.env),
      quiet,
      ...stringOption(parsed, "category") !== void 0 ? { category: stringOption(parsed, "category") } : {},
      ...target.format === "html" ? html(target) : {}
    };
    const text = (await loadReporter(target.format))(reportRuns, rules, options);
    if (target.output === void 0) {
      io.stdout.write(text);
    } else {
      try {
        await makeFolder(dirname(target.output));
        await writeFile(target.output, text, "utf8");
      } catch (error) {
        throw new CliError(`cannot write ${target.output}: ${error.message}`);
      }
    }
  }
  const failing = reportRuns.flatMap((r) => r.findings.filter((f) => !f.suppression && !accepted.has(f)));
  const code = exitCodeFor(
    failing.map((f) => f.level),
    failOn ?? "error"
  );
  if (flag(parsed, "strict") && code === EXIT_OK && runs.some((r) => r.outcome.diagnostics.some((d) => d.notScanned))) return EXIT_FINDINGS;
  return code;
}
async function htmlOptions(parsed, targets, runs, cwd) {
  const compare = stringOption(parsed, "compare");
  const { linkBaseFrom, linkTemplateOption, readReportFile } = await import('./report-DrhlSwms.js');
  const linkTemplate = linkTemplateOption(parsed);
  if (!targets.some((t) => t.format === "html")) {
    if (compare !== void 0 || linkTemplate !== void 0) throw new CliError(`--${compare !== void 0 ? "compare" : "link-template"} applies to the HTML report: add --format html --output report.html`);
    return () => ({});
  }
  const previous = compare === void 0 ? void 0 : await readReportFile(compare, cwd, "--compare ");
  const { documentFromRuns } = await import('./documents-B59Yr2of.js');
  const names = documentFromRuns(runs, [], "", "").repositories.map((r) => r.name);
  const createdAt = (/* @__PURE__ */ new Date()).toISOString();
  return (target) => {
    const folder = target.output === void 0 ? cwd : dirname(target.output);
    const linkBase = Object.fromEntries(runs.map((run, i) => [names[i], linkBaseFrom(folder, run.root)]));
    return { createdAt, linkBase, ...previous ? { previous } : {}, ...linkTemplate !== void 0 ? { linkTemplate } : {} };
  };
}
function parseByteSize(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (expected a size such as 10MB, 512KB or 1048576)`);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const bytes = Math.floor(Number(m[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1));
  if (bytes < 1) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (it must be at least 1 byte)`);
  if (bytes > 1024 ** 3) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (at most 1GB)`);
  return bytes;
}
async function gateInputs(inputs, sourceOption, rootOption, cwd, maxFileBytes) {
  if (inputs.length === 0) {
    throw new CliError("driftless gate needs at least one input: a Terraform plan (terraform show -json PLANFILE > plan.json), a CloudFormation change set or drift result (aws cloudformation describe-change-set / describe-stack-resource-drifts --output json), or a Pulumi preview (pulumi preview --json)");
  }
  const { GateInputError, readChangeFile } = await import('./gate-CiREdo81.js');
  const absolute = inputs.map((p) => resolve(cwd, p));
  for (const [i, file] of absolute.entries()) {
    const info = await stat(file).catch(() => void 0);
    if (!info) throw new CliError(`gate input not found: ${inputs[i]}`);
    if (!info.isFile()) throw new CliError(`gate input is not a file: ${inputs[i]} (the gate reads plans, change sets and previews; to check the code in a folder, and the plans in it, run driftless scan ${inputs[i]})`);
    const limit = maxFileBytes ?? DEFAULT_GATE_INPUT_BYTES;
    if (info.size > limit) throw new CliError(`${inputs[i]}: the file is ${sizeOver(info.size, limit)}, over the ${formatBytes(limit)} limit; raise it with --max-file-size`);
  }
  const source = sourceOption !== void 0 ? resolve(cwd, sourceOption) : repositoryRootOf(dirname(absolute[0])) ?? findRepositoryRoot(cwd, cwd);
  const sourceInfo = await stat(source).catch(() => void 0);
  if (!sourceInfo?.isDirectory()) throw new CliError(`--source is not a directory: ${sourceOption ?? source}`);
  const root = rootOption !== void 0 ? resolve(cwd, rootOption) : findRepositoryRoot(source, source);
  if (!isInside(root, source)) throw new CliError(`--source ${sourceOption ?? source} is outside --root ${rootOption}; give a --root that contains it`);
  const files = [];
  for (const [i, file] of absolute.entries()) {
    const repoPath = relative(root, file).split(sep).join("/");
    let bytes;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliError(`cannot read gate input ${inputs[i]}: ${error.message}`);
    }
    try {
      files.push(readChangeFile(repoPath, inputText(bytes)));
    } catch (error) {
      if (error instanceof GateInputError) throw new CliError(`${inputs[i]}:${error.range.start.line}:${error.range.start.column}: ${error.problem}`);
      throw error;
    }
  }
  return { root, source, files };
}
function inputText(bytes) {
  const wide = decodeMarkedWide(bytes);
  if (wide !== void 0) return wide;
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var DEFAULT_GATE_INPUT_BYTES = 256 * 1024 ** 2;
function sourceChoice(root, template, project, cwd) {
  const repoPath = (p) => relative(root, resolve(cwd, p)).split(sep).join("/") || ".";
  const check = (option, value, folder) => {
    const info = statSync(resolve(cwd, value), { throwIfNoEntry: false });
    if (!info) throw new CliError(`${option} not found: ${value}`);
    if (folder !== info.isDirectory()) throw new CliError(`${option} ${value} is ${folder ? "not a folder: give the Terraform root module's or Pulumi project's folder" : "a folder: give the CloudFormation template file"}`);
    if (!isInside(root, resolve(cwd, value))) throw new CliError(`${option} ${value} is outside the repository the gate maps into (${root}); give --source to map into another`);
  };
  const choice = {};
  if (template !== void 0) {
    check("--template", template, false);
    choice.template = repoPath(template);
  }
  if (project !== void 0) {
    check("--project", project, true);
    choice.project = repoPath(project);
  }
  return choice;
}

const require$2 = createRequire(import.meta.url);

const scan5ADF4L2E = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  FAIL_ON,
  colourWanted,
  exitCodeFor,
  formatFromExtension,
  gateCommand,
  idList,
  parseByteSize,
  reportTargets,
  scanCommand,
  settingError,
  terraformVariables
}, Symbol.toStringTag, { value: 'Module' }));

const require$1 = createRequire(import.meta.url);

// src/report/text.ts
var ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m" };
var LEVEL_COLOUR = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(findings, filesScanned, baselined = 0) {
  const s = summarize(findings);
  const files = `${plural(filesScanned, "file")} scanned`;
  const suppressed = (s.suppressed ? ` (${s.suppressed} suppressed)` : "") + (baselined ? ` (${baselined} in baseline)` : "");
  if (s.findings === 0) return `No findings in ${files}${suppressed}`;
  return `${plural(s.findings, "finding")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}) in ${files}${suppressed}`;
}
function toText(runs, _rules, context) {
  const { findings, filesScanned } = mergeRuns(runs);
  const colour = context.color === true;
  const paint = (code, s) => colour ? `${code}${s}${ANSI.reset}` : s;
  const shown = visibleFindings(findings, context.includeSuppressed);
  const groups = /* @__PURE__ */ new Map();
  for (const finding of shown) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  const lines = [];
  for (const file of [...groups.keys()].sort()) {
    const group = groups.get(file).sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
    );
    for (const f of group) {
      const where = paint(ANSI.bold, `${f.file}:${f.range.start.line}:${f.range.start.column}`);
      const level = paint(LEVEL_COLOUR[f.level], f.level.toUpperCase().padEnd(7));
      const rule = paint(ANSI.dim, f.ruleId);
      const note = f.suppression ? ` [suppressed: ${f.suppression.justification}]` : "";
      lines.push(`${where}  ${level}  ${rule}  ${f.message}${note}`);
      for (const related of f.related ?? []) {
        lines.push(paint(ANSI.dim, `    ${related.file}:${related.range.start.line}:${related.range.start.column}  ${related.message}`));
      }
    }
    lines.push("");
  }
  if (context.quiet) return lines.length ? `${lines.join("\n")}
` : "";
  const skipped = runs.flatMap((run) => (run.notifications ?? []).filter((n) => n.notScanned && n.file !== void 0).map((n) => ({ file: `${run.prefix ?? ""}${n.file}`, reason: n.reason ?? n.message })));
  if (skipped.length > 0) {
    lines.push(paint(ANSI.bold, `Not scanned (${plural(skipped.length, "file")}):`));
    for (const s of skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) lines.push(`  ${s.file}: ${s.reason.replace(/^not scanned: /, "")}`);
    lines.push("");
  }
  lines.push(summaryLine(findings, filesScanned, runs.reduce((n, r) => n + (r.baselined ?? 0), 0)));
  return `${lines.join("\n")}
`;
}

const textF3GL2V7I = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  summaryLine,
  toText
}, Symbol.toStringTag, { value: 'Module' }));

export { parsePath as $, isCalendarDate as A, BUILTIN_RULES_DIR as B, CliError as C, isValueMap as D, Evaluation as E, locate as F, mergeRuns as G, HELP as H, summarize as I, EXIT_USAGE as J, toolVersion as K, LineIndex as L, MARKER as M, EXIT_INTERNAL as N, processIo as O, PARSE_RULE_ID as P, analyse as Q, RuleSettingError as R, STARTER_CONFIG as S, compareFindings as T, UsageError as U, runScan as V, isRefusal as W, nondeterministicIn as X, LOCK_FILE_NAMES as Y, useParamValidator as Z, mostSpecific as _, RuleLoadError as a, FUNCTIONS as a0, PathSyntaxError as a1, require_ucs2length as a2, kindRule as a3, createReader as a4, classify as a5, discover as a6, formUnits as a7, listOption as a8, ruleDocPath as a9, visibleFindings as aa, rulesForReport as ab, FAIL_ON as ac, loadConfig as ad, parseByteSize as ae, idList as af, todayUtc as ag, EXIT_FINDINGS as ah, settingError as ai, gitHead as aj, parseModuleSource as ak, invalidSourceMessage as al, internalError as am, printParseErrorCode as an, scan5ADF4L2E as ao, buildResource as b, configureRules as c, diagnosticFinding as d, evaluate as e, firstLineOf as f, fingerprint as g, formatPath as h, isUnknown as i, repositoryRootOf as j, commandHelp as k, loadRules as l, LEVELS as m, levelRank as n, parseArgs as o, parseTree2 as p, flag as q, range as r, sizeOver as s, EXIT_OK as t, unknown as u, visit2 as v, stringOption as w, findRepositoryRoot as x, CONFIG_FILE_NAME as y, makeFolder as z };
