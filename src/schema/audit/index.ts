import './audit-event.ts';
