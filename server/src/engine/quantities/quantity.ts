import type { Quantity, QuantityKind } from '../types';

/** A quantity found at [start, end) of `text`; `written` is the number as written, before unit scaling. */
export function makeQuantity(
  kind: QuantityKind,
  value: number,
  unit: string,
  text: string,
  start: number,
  end: number,
  written: number,
): Quantity {
  return { kind, value, unit, text: text.slice(start, end), start, end, written };
}
