import './job.ts';
