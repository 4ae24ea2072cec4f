import type { ShipmentFilters } from '@tradeflow/domain';
import type { SqlFragment } from '../shipments/filters/shipment-where';

/** Positional parameters of one statement: every value is bound, never spliced into the SQL. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and answers its placeholder ($n). */
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Runs a WHERE builder that numbers its parameters after the ones bound so far. */
  where(
    filters: ShipmentFilters,
    build: (filters: ShipmentFilters, params: unknown[]) => SqlFragment,
  ): string {
    const fragment = build(filters, this.values);
    this.values.splice(0, this.values.length, ...fragment.params);
    return fragment.sql;
  }
}
