import './webhook.ts';
