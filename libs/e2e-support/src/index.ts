export * from './server-process';
export * from './generated-csv';
