import './api-key.ts';
