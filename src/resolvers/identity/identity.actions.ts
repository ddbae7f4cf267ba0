import { defineAction } from '../../core/events.ts';

// Identity changes are audited but are not domain events: partners are not told about accounts.
export const firmRegistered = defineAction('firm.registered', 'Firm');
export const firmUpdated = defineAction('firm.updated', 'Firm');
export const userCreated = defineAction('user.created', 'User');
export const userInvited = defineAction('user.invited', 'User');
export const userRoleChanged = defineAction('user.role_changed', 'User');
export const passwordChanged = defineAction('user.password_changed', 'User');
export const passwordResetRequested = defineAction('user.password_reset_requested', 'User');
export const passwordReset = defineAction('user.password_reset', 'User');
export const userDisabled = defineAction('user.disabled', 'User');
export const userEnabled = defineAction('user.enabled', 'User');
export const signedOut = defineAction('user.signed_out', 'User');
export const signedOutEverywhere = defineAction('user.signed_out_everywhere', 'User');
