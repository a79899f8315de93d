/**
 * The Prisma driver adapter for DATABASE_URL: better-sqlite3 for file:…, pg for postgresql://….
 * Apart from the generated clients (prisma-connect.ts), so the Prisma CLI (prisma.config.ts) can load it
 * before any client is generated.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseProvider, databaseUrl, postgresConnection } from "./database-url";

export function driverAdapter(url = databaseUrl(), options: { forMigrations?: boolean } = {}): PrismaBetterSQLite3 | PrismaPg {
  if (databaseProvider(url) === "sqlite") return new PrismaBetterSQLite3({ url });
  const { url: u, schema } = postgresConnection(url);
  if (!options.forMigrations) return new PrismaPg({ connectionString: u.toString() }, schema ? { schema } : undefined);
  return new MigrationPg({ ...discrete(u), Client: CatalogClient as unknown as typeof pg.Client }, schema ? { schema } : undefined);
}

/**
 * The shadow database of `migrate diff --from-migrations` (the drift check, making a migration): the
 * adapter's own drops it while its pool still holds a connection, which fails and leaves it behind.
 */
class MigrationPg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig, options?: ConstructorParameters<typeof PrismaPg>[1]) {
    super(poolConfig, options);
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.poolConfig);
    await admin.connect();
    const name = `nianbao_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return shadow;
  }
}

/** The connection as separate fields, so that `database` can name the shadow database instead. */
function discrete(u: URL): pg.PoolConfig {
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || undefined,
    port: u.port ? Number(u.port) : undefined,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: u.pathname.length > 1 ? decodeURIComponent(u.pathname.slice(1)) : undefined,
    ssl: sslmode && sslmode !== "disable" && sslmode !== "prefer" ? { rejectUnauthorized: sslmode.startsWith("verify") } : undefined,
  };
}

/**
 * Prisma's JS schema engine reads the system catalogs, whose columns are of PostgreSQL's internal types
 * "name" and "char"; @prisma/adapter-pg 6.19 refuses those ("Column type 'name' could not be deserialized",
 * prisma/orm#27403). They arrive as text anyway, so the migration commands' connections call them text.
 */
const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

const asText = (r: pg.QueryResult | undefined) => {
  for (const f of r?.fields ?? []) if (AS_TEXT[f.dataTypeID]) f.dataTypeID = AS_TEXT[f.dataTypeID];
  return r;
};

class CatalogClient extends pg.Client {
  // @ts-expect-error one override for pg's many overloads (a pool calls it with a callback, a checked-out client without).
  override query(...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, r: pg.QueryResult) => (last as (e: Error | null, r?: pg.QueryResult) => void)(err, asText(r));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(asText) : result;
  }
}
