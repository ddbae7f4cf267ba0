import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run lint` checks src/ with these rules; here they meet a small tree that breaks each one,
// so a rule that stops biting fails a test instead of silently letting violations through.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');

const FILES: Record<string, string> = {
  'src/core/write.ts': "import '../resolvers/cases/cases.ts';\nexport {};",
  'src/core/a.ts': "import './b.ts';\nexport {};",
  'src/core/b.ts': "import './a.ts';\nexport {};",
  'src/http/page.ts': "import '../schema/cases/matter.ts';\nexport {};",
  'src/resolvers/cases/cases.ts': "import 'graphql';\nexport {};",
  'src/resolvers/cases/uses-billing.ts': "import '../billing/internal.ts';\nexport {};",
  'src/resolvers/cases/uses-billing-index.ts': "import '../billing/index.ts';\nexport {};",
  'src/resolvers/billing/internal.ts': 'export {};',
  'src/resolvers/billing/index.ts': 'export {};',
  'src/schema/cases/matter.ts': "import '../../resolvers/cases/cases.ts';\nexport {};",
  'src/jobs/cases/remind.ts': "import '../../schema/cases/matter.ts';\nexport {};",
  'src/domains/cases/index.ts': "import '../../schema/cases/matter.ts';\nimport '../../resolvers/billing/internal.ts';\nexport {};",
};

let root: string;
let result: ICruiseResult;
const previous = process.cwd();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lexgraph-imports-'));
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  await symlink(join(previous, 'node_modules'), join(root, 'node_modules'), 'dir');
  await writeFile(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true } }));
  process.chdir(root);
  // The fixture borrows node_modules through a link; resolve through it, as in a checkout.
  const cruised = await cruise(['src'], {
    ...config.options,
    preserveSymlinks: true,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
  });
  result = cruised.output as ICruiseResult;
});

afterAll(async () => {
  process.chdir(previous);
  await rm(root, { recursive: true, force: true });
});

const violations = () => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('the import-direction check', () => {
  it('refuses each import against the direction, and allows a domain index and its own rooms', () => {
    expect(violations()).toEqual(
      [
        'background-work-knows-no-graphql: src/jobs/cases/remind.ts → src/schema/cases/matter.ts',
        'core-names-no-domain: src/core/write.ts → src/resolvers/cases/cases.ts',
        'infrastructure-names-no-domain: src/http/page.ts → src/schema/cases/matter.ts',
        'manifests-wire-their-own-domain: src/domains/cases/index.ts → src/resolvers/billing/internal.ts',
        'no-circular: src/core/a.ts → src/core/b.ts',
        'other-domains-through-their-index: src/resolvers/cases/uses-billing.ts → src/resolvers/billing/internal.ts',
        'services-know-no-graphql: src/resolvers/cases/cases.ts → node_modules/graphql/index.js',
      ].sort(),
    );
  });
});
