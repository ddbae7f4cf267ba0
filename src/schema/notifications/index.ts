import './notification.ts';
