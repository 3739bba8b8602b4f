/**
 * Machine codes of a validation issue (`issues[].code`, `ImportResult.errors[].code`): the
 * client renders each from its code and `params` in the user's language; `message` stays the
 * English fallback.
 */
export const ISSUE_CODES = [
  /** A value is missing or empty. */
  'required',
  /** Text shorter than `params.min`. */
  'too_short',
  /** Text longer than `params.max`, or a list with more than `params.max` entries. */
  'too_long',
  /** A number below `params.min`. */
  'too_small',
  /** A number above `params.max`. */
  'too_big',
  /** Not a whole number. */
  'not_integer',
  /** Not a number. */
  'not_number',
  /** Not an e-mail address. */
  'invalid_email',
  /** Not a two-letter ISO 3166 country code. */
  'invalid_country',
  /** Not one of `params.values` (separated by ", "). */
  'invalid_option',
  /** Text not of the expected form. */
  'invalid_format',
  /** Anything else: the message is all there is. */
  'invalid',
  /** Import: `params.code` is already used on row `params.row` of the same file. */
  'duplicate_code',
  /** Import: no supplier (in the register or the file) has the parent code `params.code`. */
  'unknown_parent',
  /** Import: the parent `params.code` is in the file, but its row `params.row` has errors. */
  'parent_row_failed',
  /** Import: a supplier names itself as its parent. */
  'own_parent',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Parameters of an issue's message, by name (numbers and short strings only). */
export type IssueParams = Record<string, string | number>;
