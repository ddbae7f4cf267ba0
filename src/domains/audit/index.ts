import '../../schema/audit/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { AuditEventEntity } from '../../resolvers/audit/audit.entities.ts';

/** The firm's audit trail (written by every change through the write path; read here). */
declareDomain({
  name: 'audit',
  entities: [AuditEventEntity],
  scopes: [{ name: 'audit:read', description: "Read the firm's audit trail.", types: ['AuditEvent'], fields: ['auditEvents'] }],
});
