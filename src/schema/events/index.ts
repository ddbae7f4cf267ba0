import './domain-event.ts';
