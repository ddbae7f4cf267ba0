import '../../schema/jobs/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { cleanup } from '../../jobs/jobs/cleanup.ts';
import { move_stored_files } from '../../jobs/jobs/move_stored_files.ts';
import { render_pdf } from '../../jobs/jobs/render_pdf.ts';
import { JobEntity } from '../../resolvers/jobs/jobs.entities.ts';
import { jobRetention } from '../../resolvers/jobs/retention.ts';
import { storedFiles } from '../../resolvers/jobs/stored-files.ts';

/** Background jobs as the firm's admins see them, rendered PDFs and their files, and the nightly cleanup. */
declareDomain({
  name: 'jobs',
  entities: [JobEntity],
  retention: [jobRetention],
  tasks: { render_pdf, cleanup, move_stored_files },
  crontab: (settings) => [`${settings.cron.cleanup} cleanup`, `${settings.cron.cleanup} move_stored_files`],
  files: [storedFiles],
  scopes: [
    {
      name: 'jobs:read',
      description: 'Read background jobs and their files, and follow their progress.',
      types: ['Job', 'StoredFile'],
      fields: ['jobs', 'files', 'jobProgress'],
    },
    { name: 'jobs:write', description: 'Queue PDF renders and retry failed jobs.', fields: ['renderPdf', 'retryJob'] },
  ],
});
