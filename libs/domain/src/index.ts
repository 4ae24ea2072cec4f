export * from './codes/countries';
export * from './codes/currencies';
export * from './codes/ports';
export * from './codes/commodities';
export * from './codes/transport-modes';
export * from './codes/price-bases';
export * from './codes/regions';
export * from './codes/chokepoints';

export { isValidIsoDate } from './dates/iso-date';

export * from './shipment/shipment';
export * from './shipment/shipment-fields';
export * from './shipment/shipment-csv';
export * from './shipment/shipment-csv-codec';
export * from './shipment/validate-shipment';
export * from './shipment/decimal-places';
export * from './shipment/imo-number';
export * from './shipment/csv-cell-safety';
export * from './shipment/shipment-legs';
export * from './shipment/validate-source';
export * from './shipment/destination-country';

export * from './analytics/concentration';
export * from './analytics/hhi-bands';
export * from './analytics/buckets';
export * from './analytics/route';
export * from './analytics/units';

export * from './contract/analytics-contract';
export * from './contract/settings-contract';
export * from './contract/targets-contract';
export * from './contract/sources-contract';
export * from './analytics/group-keys';
export * from './analytics/scenario';
export * from './analytics/targets';
export * from './fx/fx-rates';
export * from './analytics/analytics-csv';
export * from './contract/import-contract';
export * from './contract/report-contract';
export * from './reports/report-window';
export * from './reports/time-zone';
export * from './reports/validate-report';

export * from './auth/roles';
export * from './auth/credential-rules';
export * from './contract/auth-contract';

export * from './contract/saved-views-contract';
export * from './saved-views/validate-saved-view';
export * from './analytics/freshness';
export * from './official/comtrade-csv';
export * from './official/official-contract';
export * from './analytics/percent';
export * from './shipment/field-labels';
export * from './fx/fx-rates-csv';
export * from './shipment/shipment-csv-template';
export * from './reports/filters-in-words';
export * from './reports/report-file-name';
export * from './reports/email-address';
export * from './reports/iso-duration';
export * from './contract/alert-contract';
export * from './alerts/alert-rules';
export * from './reports/table-columns';
export * from './benchmarks/benchmark-prices';
export * from './contract/prices-contract';
export * from './analytics/supply-risk';
export * from './contract/energy-security-contract';
