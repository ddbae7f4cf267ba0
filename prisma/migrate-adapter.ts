// biome-ignore-all lint/suspicious/noExplicitAny: this shim patches untyped internals of pg and @prisma/adapter-pg
// Driver adapter for the Prisma 6.19 CLI's WebAssembly schema engine (`engine: "js"`) on PostgreSQL, used only to create
// and diff migrations (see prisma.migrate.config.ts). Each patch below works around one measured defect.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

// 1) @prisma/adapter-pg throws UnsupportedNativeDataType for catalog types the schema
//    engine reads during introspection ("char", name, ...). Report them as text.
const TEXT = 25,
  TEXT_ARRAY = 1009;
const REMAP: Record<number, number> = {
  18: TEXT,
  19: TEXT,
  22: TEXT,
  24: TEXT,
  30: TEXT,
  194: TEXT,
  2205: TEXT,
  2206: TEXT,
  1002: TEXT_ARRAY,
  1003: TEXT_ARRAY,
};
const fix = (res: any) => {
  for (const r of Array.isArray(res) ? res : [res])
    for (const f of r?.fields ?? []) if (REMAP[f.dataTypeID]) f.dataTypeID = REMAP[f.dataTypeID];
  return res;
};
const proto = (pg as any).Client.prototype;
if (!proto.__prismaCompat) {
  const orig = proto.query;
  proto.query = function (this: any, ...args: any[]) {
    const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    if (cb) return orig.call(this, ...args, (err: any, res: any) => cb(err, err ? res : fix(res)));
    const ret = orig.apply(this, args);
    return ret && typeof ret.then === 'function' ? ret.then(fix) : ret;
  };
  proto.__prismaCompat = true;
}

// 2) The WASM schema engine leaves 10 s and 60 s timers pending after each command, which
//    keeps the CLI alive a minute after it is done. Unref long timers (config runs in-process).
if (!(globalThis as any).__prismaTimerPatch) {
  const st = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: any, ms?: number, ...a: any[]) => {
    const t: any = st(fn, ms, ...a);
    if ((ms ?? 0) >= 5_000) t?.unref?.();
    return t;
  }) as typeof setTimeout;
  (globalThis as any).__prismaTimerPatch = true;
}

export function pgConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    allowExitOnIdle: true, // don't keep the CLI alive for pg's 10 s idle timeout
  };
}

// 3) PrismaPgAdapter.executeScript() splits the migration on ';' (breaks $$ bodies and
//    strings, and is not atomic). Send the whole script as one simple-protocol query, as the
//    native engine does (Postgres runs it in one implicit transaction).
function wholeScript<T extends { executeScript(s: string): Promise<void> }>(adapter: T): T {
  const pool = (adapter as any).underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (e) {
      (adapter as any).onError(e);
    }
  };
  return adapter;
}

// 4) PrismaPg.connectToShadowDb() is broken here: with a connectionString the shadow
//    pool connects to the *main* DB, and it DROPs the shadow DB before closing its pool.
export class PrismaPgMigrate extends PrismaPg {
  constructor(private url: string) {
    super(pgConfig(url));
  }
  override async connect() {
    return wholeScript(await super.connect());
  }
  override async connectToShadowDb() {
    const admin = await this.connect();
    const name = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = wholeScript(await new PrismaPg({ ...pgConfig(this.url), database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}
