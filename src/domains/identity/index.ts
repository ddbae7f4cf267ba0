import '../../schema/identity/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { send_password_reset } from '../../jobs/identity/send_password_reset.ts';
import { FirmEntity, UserEntity } from '../../resolvers/identity/identity.entities.ts';
import { revokedSessionRetention } from '../../resolvers/identity/retention.ts';
import { passwordRoutes } from '../../routes/identity/password-page.ts';

/** Firms (tenants), their users, sign-in, invitations and password resets. */
declareDomain({
  name: 'identity',
  entities: [FirmEntity, UserEntity],
  routes: passwordRoutes,
  tasks: { send_password_reset },
  retention: [revokedSessionRetention],
  scopes: [{ name: 'users:read', description: 'Read the firm and its users.', types: ['Firm', 'User'], fields: ['users'] }],
});
