// Every domain of LexGraph, one line each: importing a domain's manifest declares it. The order is
// the order its events, notification types and tasks are listed in.
import './identity/index.ts';
import './cases/index.ts';
import './notifications/index.ts';
import './webhooks/index.ts';
import './jobs/index.ts';
import './audit/index.ts';
import './events/index.ts';
import './dashboard/index.ts';
import './billing/index.ts';
import './apikeys/index.ts';
import { declaredDomains } from '../core/domain.ts';
import { installDomains } from '../core/registry.ts';

/** The registry every derived list comes from; installed once, when this module is first imported. */
export const domainRegistry = installDomains(declaredDomains());
