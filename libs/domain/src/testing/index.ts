// Test fixtures shared by the domain, API and web tests (never imported by product code).
export * from './shipment-fixtures';
