import { priorityPoints } from '../domain/priority.js';
import { overMovers, type PlanBook } from './book.js';
import type { SoftTerm } from './rule.js';
import type { Teacher } from '../domain/types.js';

const points = (book: PlanBook, t: Teacher): number => priorityPoints(t, book.ctx.schoolById.get(t.schoolId), book.ctx.policy);

/**
 * Who should go first goes first: those longest at the school, and urban teachers who need rural
 * service for a senior title (src/domain/priority.ts). A reward per mover by his or her points;
 * served when the teachers are named.
 */
export const priority: SoftTerm = {
  name: 'priority',
  kind: 'soft',
  zh: '优先交流任教年限长者、评高级职称需乡村经历者',
  en: 'those longest at the school, and urban teachers who need rural service for a senior title, go first',
  label: { zh: '优先交流', en: 'priority' },
  value: (book) => overMovers(book, (t) => -book.ctx.policy.weights.priority * points(book, t)),
  change: (book, t, next) => -book.ctx.policy.weights.priority * points(book, t) * ((next !== undefined ? 1 : 0) - (book.dest.has(t.id) ? 1 : 0)),
  leave: (book, t) => -book.ctx.policy.weights.priority * points(book, t) * (book.dest.has(t.id) ? 0 : 1),
  arrive: () => 0,
};
