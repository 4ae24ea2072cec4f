export * from './server-process';
export * from './browser';
export * from './generated-csv';
export * from './smtp-receiver';
