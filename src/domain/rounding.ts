/**
 * Rounding as DOMAIN.md says: quotas round down per school and up for the county, caps round
 * down. Robust to binary fractions (0.2 × 15 is 3, not 3.0000000000000004).
 */
export const floorQ = (x: number): number => Math.floor(x + 1e-9);
export const ceilQ = (x: number): number => Math.ceil(x - 1e-9);
