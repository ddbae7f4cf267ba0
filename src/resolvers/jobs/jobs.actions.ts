import { defineAction } from '../../core/events.ts';

export const jobRetried = defineAction('job.retried', 'Job');
export const pdfRequested = defineAction('pdf.requested', 'Job');
