/**
 * A value handed over once: whoever takes it is its last holder, so that it is let go as soon as
 * that one is done with it. The plan's explanation is one: about 50 MB of objects at 80,000
 * teachers, read only to make explain.json, while plan.xlsx is made after it.
 */
export class Handover<T> {
  private value: T | undefined;

  constructor(value: T) {
    this.value = value;
  }

  /** The value; this holds it no more (a second take throws: it would be a file made twice). */
  take(): T {
    const v = this.value;
    if (v === undefined) throw new Error('a handed-over value was taken twice');
    this.value = undefined;
    return v;
  }
}
