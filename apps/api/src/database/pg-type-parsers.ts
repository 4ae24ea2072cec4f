import { types } from 'pg';

// DATE columns stay 'YYYY-MM-DD' strings: node-pg would turn them into local-midnight Date objects.
types.setTypeParser(types.builtins.DATE, (value) => value);
// COUNT(*) and other bigints: safe as JS numbers for row counts.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));
