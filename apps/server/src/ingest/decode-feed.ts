import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { FeedParseError } from "./feed-errors.ts";

/** Where the chosen character encoding came from, strongest first. */
export type EncodingSource = "bom" | "http" | "xml-declaration" | "valid-utf8" | "fallback";

/** The character encoding a feed's bytes will be decoded with. */
export interface FeedEncoding {
  encoding: string;
  from: EncodingSource;
}

// WHATWG Encoding: browsers decode these labels as windows-1252, because servers that say
// ISO-8859-1 or ASCII routinely send cp1252 smart quotes and dashes in 0x80–0x9F.
const WINDOWS_1252_LABELS = new Set([
  "ascii",
  "us-ascii",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "l1",
  "cp819",
  "ibm819",
  "iso-ir-100",
  "cp1252",
  "x-cp1252",
  "windows-1252",
]);
// GB18030 is a superset of GB2312 and GBK, so one decoder reads all three.
const GB18030_LABELS = new Set([
  "gb2312",
  "gbk",
  "x-gbk",
  "gb18030",
  "cp936",
  "chinese",
  "csgb2312",
  "euc-cn",
]);
const CHARSET_PARAM = /;\s*charset\s*=\s*(["']?)([^"';\s]+)\1/i;
const XML_DECLARATION_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/;

/** Maps an encoding label to a name iconv-lite can decode, or null when none fits. */
export function normalizeEncodingLabel(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (name === "utf-8" || name === "utf8" || name === "unicode-1-1-utf-8") return "utf-8";
  if (WINDOWS_1252_LABELS.has(name)) return "windows-1252";
  if (GB18030_LABELS.has(name)) return "gb18030";
  if (name === "utf-16" || name === "ucs-2" || name === "unicode") return "utf-16le";
  return iconv.encodingExists(name) ? name : null;
}

/** Picks the encoding for a feed: BOM > HTTP charset > XML declaration > valid UTF-8 > windows-1252. */
export function detectFeedEncoding(
  bytes: Uint8Array,
  contentType?: string | null,
  source = "feed",
): FeedEncoding {
  const fromBom = encodingFromBom(bytes);
  if (fromBom) return { encoding: fromBom, from: "bom" };

  const httpLabel = contentType?.match(CHARSET_PARAM)?.[2];
  if (httpLabel) {
    return { encoding: requireEncoding(httpLabel, source, "its Content-Type header"), from: "http" };
  }

  const utf16 = encodingFromUtf16Pattern(bytes);
  if (utf16) return { encoding: utf16, from: "xml-declaration" };

  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const declared = head.match(XML_DECLARATION_ENCODING)?.[2];
  // An ASCII-readable declaration that says UTF-16 is a lie about the bytes; XML 1.0 §4.3.3.
  if (declared && !/^(utf-16|ucs-2|unicode)/i.test(declared.trim())) {
    return { encoding: requireEncoding(declared, source, "its XML declaration"), from: "xml-declaration" };
  }

  if (isUtf8(bytes)) return { encoding: "utf-8", from: "valid-utf8" };
  // Undeclared and not UTF-8: old news sites in Latin scripts are by far the usual case.
  return { encoding: "windows-1252", from: "fallback" };
}

/** Decodes feed bytes to a string, honouring BOM, HTTP charset and XML declaration; trims leading blanks. */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null, source = "feed"): string {
  const { encoding } = detectFeedEncoding(bytes, contentType, source);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text =
    encoding === "utf-8" ? new TextDecoder("utf-8").decode(buffer) : iconv.decode(buffer, encoding);
  // Whitespace before `<?xml` makes strict XML parsers fail, and a stray BOM can survive transcoding.
  return text.replace(/^[\uFEFF\s]+/, "");
}

function requireEncoding(label: string, source: string, where: string): string {
  const encoding = normalizeEncodingLabel(label);
  if (encoding) return encoding;
  throw new FeedParseError(
    "unsupported-encoding",
    source,
    `Feed '${source}' declares encoding '${label}' in ${where}, which Vigil cannot decode`,
  );
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

// `<?` in UTF-16 without a BOM (XML 1.0 Appendix F).
function encodingFromUtf16Pattern(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return "utf-16be";
  return null;
}
