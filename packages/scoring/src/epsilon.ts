/**
 * Allowance for floating point: 3 × 0.6 / 3 × 100 is 59.99999999999999, which must still
 * reach 60. Far smaller than any difference a person could mean (rates are shown to 0.1).
 * A module of its own so that the rate format can be loaded without the schemas.
 */
export const RATE_EPSILON = 1e-9;
