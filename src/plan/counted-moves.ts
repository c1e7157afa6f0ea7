import type { Move } from './build-plan.js';

/**
 * The moves the backbone share (and summary.json's backbone_moved and backbone_share) is of: the
 * teachers sent out, without the two-way exchanges (跟岗交流) and the principals moved by a lock,
 * which count toward neither the quota nor the share.
 */
export function countedMoves(moves: readonly Move[]): Move[] {
  return moves.filter((m) => !m.twoWay && !m.leader);
}
