export * from './organisations.js';
export * from './users.js';
export * from './audit.js';
export * from './patients.js';
export * from './ecg.js';
export * from './roster.js';
export * from './escalation.js';
export * from './cases.js';
