// Hand-SQL limit adapted to LexGraph's real tables: one SQL statement builds the whole response JSON
// (LexGraph's response shape, global ids computed in SQL), served over node:http with a pg pool.
// POST /graphql?q=nested|flat|small ; no GraphQL, no auth. Started by bench/read-path.ts with FIRM_ID set, which
// also checks that its `data` equals LexGraph's for every query.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const FIRM = process.env.FIRM_ID;
const gid = (t, col) => `encode(convert_to('${t}:' || ${col}::text, 'UTF8'), 'base64')`;
const iso = (col) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const SQL = {};
SQL.nested = `
with page as (
  select row_number() over (order by m."openedAt" desc, m.id desc) as ord, m.*
  from "Matter" m where m."firmId" = $1 order by m."openedAt" desc, m.id desc limit 101
), rows as (
  select p.ord, p.id as rid, json_build_object(
    'id', ${gid('Matter', 'p.id')}, 'number', p.number, 'title', p.title, 'openedAt', ${iso('p."openedAt"')},
    'client', json_build_object('id', ${gid('Client', 'c.id')}, 'name', c.name),
    'responsibleAttorney', case when u.id is null then null else json_build_object('id', ${gid('User', 'u.id')}, 'name', u.name, 'email', u.email) end,
    'members', json_build_object('edges', coalesce((select json_agg(json_build_object('node', json_build_object('user', json_build_object('id', ${gid('User', 'mu.id')}, 'name', mu.name))) order by mm."createdAt", mm.id)
        from (select * from "MatterMember" mm0 where mm0."matterId" = p.id order by mm0."createdAt", mm0.id limit 10) mm join "User" mu on mu.id = mm."userId"), '[]'::json))
  ) as node
  from page p join "Client" c on c.id = p."clientId" left join "User" u on u.id = p."responsibleAttorneyId"
  where p.ord <= 100
)
select json_build_object('data', json_build_object('matters', json_build_object(
  'edges', coalesce((select json_agg(json_build_object('node', node) order by ord) from rows), '[]'::json),
  'pageInfo', json_build_object('hasNextPage', (select count(*) from page) > 100,
                                'endCursor', (select ${gid('GPC:S', 'rid')} from rows order by ord desc limit 1))))) as body`;
SQL.flat = `
select json_build_object('data', json_build_object('matters', json_build_object('edges', coalesce(json_agg(json_build_object('node',
  json_build_object('id', ${gid('Matter', 'x.id')}, 'number', x.number, 'title', x.title))) , '[]'::json)))) as body
from (select id, number, title from "Matter" where "firmId" = $1 order by "openedAt" desc, id desc limit 100) x`;
SQL.small = `select json_build_object('data', json_build_object('me', json_build_object('id', ${gid('User', 'id')}))) as body from "User" where email = 'admin@perf.test' and "firmId" = $1`;
http
  .createServer(async (req, res) => {
    for await (const _ of req);
    const q = new URL(req.url, 'http://x').searchParams.get('q') ?? 'nested';
    const { rows } = await pool.query(SQL[q], [FIRM]);
    const body = JSON.stringify(rows[0].body);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  })
  .listen(Number(process.env.PORT ?? 5679), '127.0.0.1', () => console.log('baseline ready'));
