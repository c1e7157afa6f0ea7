/** The shape of one policy parameter in the policy table (src/domain/parameters.ts). */
export type ParamType = 'number' | 'integer' | 'share' | 'boolean' | 'list' | 'choice' | 'date' | 'text';

export interface ParamSpec {
  name: string;
  type: ParamType;
  /** Default as text, parsed like a user's value. `plan.year` defaults to the current year at the edge. */
  default: string;
  choices?: readonly string[];
  /**
   * The range of a number, integer or share (for a list: of each number in it), both ends
   * included. Every value is checked against it, finite: a value outside is refused with the
   * file, row and key that set it, so no weight of 1e300 or Infinity, no 0 students per post, no
   * plan year 99999 reaches the model.
   */
  min?: number;
  max?: number;
  zh: string;
  en: string;
  source?: string;
}
