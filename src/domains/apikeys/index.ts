import '../../schema/apikeys/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { ApiKeyEntity } from '../../resolvers/apikeys/apikeys.entities.ts';

/** Partners' API keys: issued and revoked by admins; no scope opens them to a key. */
declareDomain({
  name: 'apikeys',
  entities: [ApiKeyEntity],
});
