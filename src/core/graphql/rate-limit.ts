import { builder } from './builder.ts';

const RateLimitRef = builder.objectRef<{ cost: number; limit: number; remaining: number; resetAt: Date }>('RateLimit').implement({
  description:
    'Your query budget, a leaky bucket shared by every LexGraph instance (per user, or per API key). Every operation spends its cost (see `extensions.cost` of each response); points flow back at a steady rate.',
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'The most points the bucket holds.' }),
    cost: t.exposeInt('cost', { description: 'What this operation cost.' }),
    remaining: t.exposeInt('remaining', { description: 'Points left after this operation.' }),
    resetAt: t.expose('resetAt', { type: 'DateTime', description: 'When the bucket is full again.' }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimitRef,
    nullable: true,
    description: "Your query budget after this operation (like GitHub's `rateLimit`); null when the operation was not charged.",
    resolve: (_root, _args, ctx) =>
      ctx.charge
        ? {
            cost: ctx.charge.cost,
            limit: ctx.charge.maximumAvailable,
            remaining: ctx.charge.currentlyAvailable,
            resetAt: ctx.charge.resetAt,
          }
        : null,
  }),
);
