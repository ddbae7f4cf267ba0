// PostGraphile v5 (amber preset) over DATABASE_URL on PORT: the peer that LexGraph's read path is measured against.
// Started by bench/read-path.ts on the Node 22 binary of this folder's node_modules; POST /graphql.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: [process.env.PG_SCHEMA ?? 'public'] })],
  grafserv: { graphqlPath: '/graphql', watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => console.error(e));
await serv.addTo(server);
server.listen(Number(process.env.PORT ?? 5678), '127.0.0.1', () => console.log(`peer ready on ${process.env.PORT ?? 5678}`));
