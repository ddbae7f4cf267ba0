import { requireViewer } from '../../core/access.ts';
import { builder } from '../../core/graphql/builder.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { type BillingSettings, billingSettings, updateBillingSettings } from '../../resolvers/billing/settings.ts';

const BillingSettingsRef = builder.objectRef<BillingSettings>('BillingSettings').implement({
  description: "The firm's billing settings.",
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code of the currency the firm bills in.' }),
    billingIncrementMinutes: t.exposeInt('billingIncrementMinutes', {
      description: 'Time is billed in steps of this many minutes, rounded up.',
    }),
    paymentTermsDays: t.exposeInt('paymentTermsDays', { description: 'Days from issue to due date.' }),
    paymentInstructions: t.exposeString('paymentInstructions', { nullable: true, description: 'Printed on every invoice.' }),
  }),
});

builder.queryField('billingSettings', (t) =>
  t.field({
    type: BillingSettingsRef,
    description: "Your firm's billing settings (currency, billing increment, payment terms).",
    resolve: (_root, _args, ctx) => billingSettings(ctx.prisma, requireViewer(ctx).firmId),
  }),
);

const UpdateBillingSettingsInput = builder.inputType('UpdateBillingSettingsInput', {
  description: 'Billing settings to change; omitted fields keep their values.',
  fields: (t) => ({
    currency: t.string({ description: 'ISO 4217 code; only while no amounts are recorded.' }),
    billingIncrementMinutes: t.int({ description: 'Billing increment in minutes (1-60).' }),
    paymentTermsDays: t.int({ description: 'Days from issue to due date (0-365).' }),
    paymentInstructions: t.string({ description: 'Printed on invoices; null clears it.' }),
  }),
});

defineMutation('updateBillingSettings', {
  description: "Changes the firm's billing settings. Admins and billing staff.",
  input: UpdateBillingSettingsInput,
  payload: { description: 'The settings after `updateBillingSettings`.', field: 'settings', type: BillingSettingsRef },
  resolve: async (input, ctx) => ({ settings: await updateBillingSettings(ctx, input) }),
});
