// Config for the Prisma 6.19 CLI, installed as the dev alias `prisma-wasm-migrate` and used only
// to create and diff migrations (scripts/migration-new.sh, the drift test). It runs Prisma's bundled
// WebAssembly schema engine through a pg driver adapter, so no native engine has to be downloaded.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig } from 'prisma-wasm-migrate/config';
import { PrismaPgMigrate } from './prisma/migrate-adapter.ts';

// Never executed on this path, but the 6.19 CLI insists on finding (or downloading) the engines.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;
process.env.CHECKPOINT_DISABLE ??= '1';

// Prisma 7 forbids `url` in the datasource block and Prisma 6 requires it: derive a 6.x copy.
const root = process.cwd();
const derived = join(root, 'node_modules/.cache/prisma-wasm-migrate/schema.prisma');
const source = readFileSync(join(root, 'prisma/schema.prisma'), 'utf8');
mkdirSync(dirname(derived), { recursive: true });
writeFileSync(derived, source.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"[^"]+")/, '$1\n  url = env("DATABASE_URL")'));

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: derived,
  migrations: { path: join(root, 'prisma/migrations') },
  adapter: async () => new PrismaPgMigrate(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/lexgraph_dev'),
});
