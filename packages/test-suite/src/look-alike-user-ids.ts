/**
 * User ids that differ from `base` only by a prefix, case, whitespace, or glob and key-pattern
 * characters: a store must keep every one of them a separate user (this catches key-prefix and
 * pattern bugs in key-value backends). `base` comes first.
 */
export function lookAlikeUserIds(base: string): string[] {
  return [
    base,
    `${base}1`,
    base.toUpperCase(),
    ` ${base}`,
    `${base}:*`,
    `${base}*`,
    `${base}?`,
    `${base}[0-9]`,
    `${base}/ü🙂`,
    `${base}%`,
    `${base}_`,
  ];
}
