// Prisma 7 CLI config, used by `prisma generate`. Migrations run through scripts/migrate.ts and
// prisma.migrate.config.ts instead (see DEVELOPERS.md: Prisma's native engine is not needed).
import { defineConfig } from 'prisma/config';

// Generation is WebAssembly, but the CLI still looks for a native schema engine before any command
// and tries to download one when none is configured; any existing file satisfies that check.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/lexgraph' },
});
