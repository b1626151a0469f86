/**
 * SQLite keeps text as UTF-8, which has no lone UTF-16 surrogates: binding such a string would turn
 * them into U+FFFD and two different ids could meet. A well-formed string is stored as TEXT (exact,
 * NUL included); any other as a BLOB of its UTF-16 code units. A TEXT value never equals a BLOB,
 * so the encoding is one-to-one and equality in SQL is equality of the JavaScript strings.
 */
export function encodeSqliteText(value: string): string | Buffer {
  return isWellFormed(value) ? value : Buffer.from(value, 'utf16le');
}

function isWellFormed(value: string): boolean {
  // String.prototype.isWellFormed is Node 20+; the regex is the same test for older typings.
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
