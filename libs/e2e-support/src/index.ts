export * from './server-process';
export * from './browser';
