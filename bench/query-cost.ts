/**
 * What costing an operation adds to a request, in-process (no database): for the largest page the
 * API serves (100 matters with client, attorney and 100 members each, ~20,000 objects),
 *   1. costing the operation before it runs (`costOf`, done once per document and variables: the
 *      result is memoized), and
 *   2. counting its actual cost from the answer (`actualCostOf`, done for every HTTP response),
 * each against a baseline measured in the same run: `JSON.stringify` of the same answer, which
 * every response pays anyway.
 *
 *   node --import tsx bench/query-cost.ts
 *   BENCH_ITERATIONS=500 node --import tsx bench/query-cost.ts
 */
import { getOperationAST, parse } from 'graphql';
import '../src/domains/index.ts';
import { schema } from '../src/schema/schema.ts';
import { actualCostOf, costOf } from '../src/security/cost.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

const document = parse(`query Page($n: Int!) { matters(first: $n) { edges { cursor node { id title
  client { name } responsibleAttorney { name }
  members(first: 100) { edges { node { role user { name email } } } } } } pageInfo { hasNextPage endCursor } } }`);
const operation = getOperationAST(document);
if (!operation) throw new Error('no operation');

const member = (i: number) => ({ node: { role: 'MEMBER', user: { name: `User ${i}`, email: `u${i}@example.test` } } });
const data = {
  matters: {
    edges: Array.from({ length: 100 }, (_, m) => ({
      cursor: `c${m}`,
      node: {
        id: `m${m}`,
        title: `Matter ${m}`,
        client: { name: `Client ${m}` },
        responsibleAttorney: { name: 'Attorney' },
        members: { edges: Array.from({ length: 100 }, (_, i) => member(i)) },
      },
    })),
    pageInfo: { hasNextPage: true, endCursor: 'c99' },
  },
};

function time(label: string, run: () => unknown): number {
  for (let i = 0; i < Math.min(20, ITERATIONS); i += 1) run();
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i += 1) run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / ITERATIONS;
  console.log(`${label.padEnd(44)} ${ms.toFixed(3)} ms`);
  return ms;
}

const requested = costOf(schema, document, operation, { n: 100 }).cost;
const actual = actualCostOf(schema, document, operation, data);
console.log(`requested cost ${requested}, actual cost ${actual} (${ITERATIONS} iterations each)`);
const baseline = time('baseline: JSON.stringify(answer)', () => JSON.stringify(data));
const before = time('costOf (per document and variables)', () => costOf(schema, document, operation, { n: 100 }));
const after = time('actualCostOf (per response)', () => actualCostOf(schema, document, operation, data));
console.log(`costOf / baseline: ${(before / baseline).toFixed(3)}`);
console.log(`actualCostOf / baseline: ${(after / baseline).toFixed(3)}`);
