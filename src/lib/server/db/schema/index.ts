export * from './org';
export * from './auth';
export * from './audit';
export * from './history';
export * from './staffing';
export * from './schedules';
export * from './autonomy';
export * from './training';
