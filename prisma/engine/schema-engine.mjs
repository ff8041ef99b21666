#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, backed by Prisma's official
// WebAssembly schema engine (@prisma/schema-engine-wasm) and the `pg` driver adapter.
//
// Why: the Prisma CLI needs a native `schema-engine` executable for every `prisma migrate ...`
// command and downloads it from Prisma's binary host, which this project's machines (and its
// users' air-gapped machines) cannot reach. No npm package ships that binary, but the same engine
// is published as WebAssembly. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file,
// so the unchanged `prisma migrate dev|deploy|status|diff|reset|resolve` commands spawn it exactly
// as they would spawn the native binary.
//
// The contract with the CLI (read from prisma 7.10's build/cli.js, mirrored from the native
// engine in prisma-engines/schema-engine/cli) — keep it intact:
//   * `schema-engine --version` prints `schema-engine-cli <hash>` on stdout.
//   * `schema-engine [--datamodels FILE]... [--datasource JSON] cli <command>` runs one command
//     (can-connect-to-database | create-database | drop-database) and exits 0 or 1. Its result is
//     read from stderr only: the CLI skips the first stderr line and JSON.parses every other line,
//     so in this mode stderr carries nothing but one-line JSON log records, and an error is an
//     ERROR record with target `schema_engine::logger` and `fields.error_code`/`fields.message`.
//     The CLI creates a missing database only when can-connect-to-database reports P1003.
//   * Without `cli`, it is a JSON-RPC 2.0 server over stdio, one JSON message per line. stdout
//     carries nothing but protocol messages. Every request gets a response with `result` (never
//     undefined: the CLI would wait forever) or `error.data = {is_panic, message, error_code?}`.
//     The engine may itself send a `print` request ({content}) that the CLI writes to its stdout:
//     `migrate diff` output travels that way, not in the diff result.
//   * stderr lines that are JSON records are collected by the CLI; an ERROR record becomes the
//     message shown when the engine exits with code 1. Exit code 101 means a panic. But the CLI
//     does not notice an engine that exits while a request is pending (it then quits with
//     status 0 and no output), so this server never exits on its own: failures, panics
//     included, are answered as errors; it exits when stdin closes or on SIGTERM/SIGINT.
//   * `--datasource` is the JSON of prisma.config.ts's `datasource`: {url, shadowDatabaseUrl?}.
//
// Invariants this file keeps (each explained where it is implemented):
//   * Connection settings are always a parsed pg config, never a connection string: pg lets a
//     `connectionString` override every other field, so `{connectionString, database: shadow}`
//     silently connects to the *main* database (that is how the stock
//     PrismaPg.connectToShadowDb() made `migrate dev` reset the real database).
//   * A shadow database is created with a unique name on the main server and dropped only after
//     its pool is closed, with DROP DATABASE ... WITH (FORCE); any shadow database still alive
//     when a request is answered, or when the process is told to stop, is dropped then.
//   * Catalog queries of the engine return column types the pg driver adapter refuses ("char",
//     regclass, ...): relabelled as text before the adapter sees them, "char" columns then typed
//     Character for the engine (RelabellingClient, withCharacterColumns).
//   * Migration scripts run whole, as one simple query (never split on ";"), like the native
//     engine: see EngineAdapterFactory.open().
//   * The URL's `schema` parameter becomes the connection's search_path, as in the native engine.
//   * Nothing waits without a bound: connections time out (connect_timeout, default 5 s).
//   * No catalog assumption tied to one PostgreSQL version (tested on 15 and 18); DROP DATABASE
//     WITH (FORCE) needs 13+, older servers fall back to a plain DROP DATABASE.

import fs from "node:fs";
import { createRequire } from "node:module";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { format } from "node:util";

const GIT_HASH_FALLBACK = "unknown";
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
const SHUTDOWN_GRACE_MS = 8000;
const EMPTY_FILTER = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------------------------
// Logging: one JSON record per stderr line, shaped like the native engine's tracing output.
// ---------------------------------------------------------------------------------------------

function log(level, message, fields = {}, target = "schema_engine") {
  const record = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message: String(message), ...fields },
    target,
  };
  process.stderr.write(JSON.stringify(record, jsonReplacer) + "\n");
}

/** The record the CLI turns into the user-facing error (see file header). */
function logUserError({ message, code, isPanic = false }) {
  const fields = { is_panic: isPanic, error_code: code ?? "" };
  log("ERROR", message, fields, "schema_engine::logger");
}

function jsonReplacer(_key, value) {
  return typeof value === "bigint" ? value.toString() : value;
}

const debugEnabled = /\b(debug|trace)\b/i.test(process.env.RUST_LOG ?? "");

// stdout belongs to the protocol, and in `cli` mode every stderr line after the first must be
// JSON. Libraries print through the console (@prisma/debug when DEBUG is set) and Node prints
// process warnings (e.g. pg's sslmode notice) as plain text: route both through the JSON logger.
const consoleLevels = { log: "INFO", info: "INFO", debug: "DEBUG", trace: "DEBUG", warn: "WARN" };
for (const [method, level] of Object.entries(consoleLevels)) {
  console[method] = (...args) => log(level, format(...args));
}
console.error = (...args) => log("WARN", format(...args));
process.removeAllListeners("warning");
process.on("warning", (warning) => log("WARN", `${warning.name}: ${warning.message}`));

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = {
    datamodels: [],
    datasource: undefined,
    version: false,
    help: false,
    cli: null,
    unknown: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 < argv.length) return argv[++i];
      args.unknown.push(`${arg} (without a value)`);
      return undefined;
    };
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--datamodels" || arg === "--datamodel" || arg === "-d") {
      const path = value();
      if (path !== undefined) args.datamodels.push(path);
    } else if (arg === "--datasource") args.datasource = value();
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      value(); // not used by the wasm engine
    else if (arg === "cli") {
      args.cli = argv[i + 1] ?? null;
      if (!args.cli) throw new UsageError("Missing command after `cli`");
      break;
    } else args.unknown.push(arg);
  }
  return args;
}

class UsageError extends Error {}

function parseDatasource(json) {
  if (json === undefined) return {};
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new UsageError(`--datasource is not valid JSON: ${error.message}`);
  }
  return {
    url: typeof parsed?.url === "string" && parsed.url !== "" ? parsed.url : undefined,
    shadowDatabaseUrl:
      typeof parsed?.shadowDatabaseUrl === "string" && parsed.shadowDatabaseUrl !== ""
        ? parsed.shadowDatabaseUrl
        : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Lazily loaded dependencies (resolved from this project's node_modules).
// ---------------------------------------------------------------------------------------------

let depsPromise;
function loadDeps() {
  depsPromise ??= (async () => {
    const { default: pg } = await import("pg");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // Resolve these two through the packages that use them, so that the versions match and a
    // different hoisting layout of node_modules does not matter.
    const requireFromAdapter = createRequire(import.meta.resolve("@prisma/adapter-pg"));
    const { bindMigrationAwareSqlAdapterFactory } = requireFromAdapter(
      "@prisma/driver-adapter-utils",
    );
    const requireFromPg = createRequire(import.meta.resolve("pg"));
    const { parse: parseConnectionString } = requireFromPg("pg-connection-string");
    return { pg, PrismaPg, bindMigrationAwareSqlAdapterFactory, parseConnectionString };
  })();
  return depsPromise;
}

let wasmPromise;
/** Instantiates the wasm engine once per process (wasm-bindgen keeps global state). */
function loadWasm() {
  wasmPromise ??= (async () => {
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const runtime = await import(glueUrl);
    const bytes = await fs.promises.readFile(
      fileURLToPath(new URL("schema_engine_bg.wasm", glueUrl)),
    );
    const wasmModule = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(wasmModule, {
      "./schema_engine_bg.js": runtime,
    });
    runtime.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return runtime;
  })();
  return wasmPromise;
}

// The wasm panic hook reports the panic message here before the wasm code traps.
let lastPanicMessage = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};

function isWasmPanic(error) {
  return error instanceof WebAssembly.RuntimeError || error?.name === "RuntimeError";
}

// ---------------------------------------------------------------------------------------------
// Connection configuration
// ---------------------------------------------------------------------------------------------

// Query parameters of Prisma connection URLs that mean nothing to pg (they would otherwise end up
// as unknown keys of the pg config). `schema` is kept separately.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "socket_timeout",
  "connect_timeout",
  "pgbouncer",
  "statement_cache_size",
  "sslaccept",
  "sslidentity",
  "sslpassword",
  "max_connection_lifetime",
  "max_idle_connection_lifetime",
];

/**
 * Turns a Prisma PostgreSQL URL into a pg config object (no connectionString field, see header)
 * plus the schema name the engine should work in.
 */
async function connectionFromUrl(url, label) {
  const { parseConnectionString } = await loadDeps();
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new UserFacingError(
      `The provided database string is invalid. The ${label} must start with the protocol \`postgresql://\` or \`postgres://\`.`,
      "P1013",
    );
  }
  // Prisma URLs follow libpq's sslmode semantics (`require` = encrypt, don't verify), as the
  // native engine did; pg only does that in its libpq-compatibility mode. `prefer` (libpq's
  // default: TLS if the server offers it) has no pg equivalent; like an absent sslmode, it
  // connects without TLS.
  let source = url;
  let libpq = false;
  try {
    const parsedUrl = new URL(url);
    if (parsedUrl.searchParams.get("sslmode") === "prefer") {
      parsedUrl.searchParams.delete("sslmode");
      source = parsedUrl.toString();
    }
    libpq = parsedUrl.searchParams.has("sslmode") && !parsedUrl.searchParams.has("uselibpqcompat");
  } catch {
    // e.g. an empty host (`postgresql://user@/db?host=/run/postgresql`): pg-connection-string
    // knows those forms.
  }
  let parsed;
  try {
    parsed = { ...parseConnectionString(source, { useLibpqCompat: libpq }) };
  } catch (error) {
    throw new UserFacingError(
      `The provided database string is invalid. ${String(error?.message ?? error).replace(url, "<url>")}`,
      "P1013",
    );
  }
  const explicitSchema = parsed.schema || undefined;
  const connectTimeout = Number(parsed.connect_timeout ?? DEFAULT_CONNECT_TIMEOUT_SECONDS);
  const skip = new Set([
    ...PRISMA_ONLY_PARAMS,
    "sslmode",
    "uselibpqcompat",
    "sslcert",
    "sslkey",
    "sslrootcert",
  ]);
  const config = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!skip.has(key) && value !== null && value !== undefined && value !== "")
      config[key] = value;
  }
  if (config.port !== undefined) config.port = Number(config.port);
  config.database ??= "postgres"; // the native engine's default too
  config.application_name ??= "prisma-schema-engine-wasm";
  // 0 means "no timeout" in both libpq and pg.
  config.connectionTimeoutMillis = Number.isFinite(connectTimeout) ? connectTimeout * 1000 : 5000;
  // The native engine works in the URL's `schema` by setting the connection's search_path; the
  // driver adapter only reports the name to the engine, so set search_path the same way.
  if (explicitSchema) {
    const value = explicitSchema
      .replaceAll('"', '""')
      .replaceAll("\\", "\\\\")
      .replaceAll(" ", "\\ ");
    const searchPath = `-c search_path="${value}"`;
    config.options = config.options ? `${config.options} ${searchPath}` : searchPath;
  }
  return { config, schema: explicitSchema ?? "public" };
}

function serverLocation(config) {
  const host = config.host || "localhost";
  return `${host}:${config.port ?? 5432}`;
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

class UserFacingError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** Maps a pg/socket error to the user-facing error the native engine would report. */
function toUserFacingError(error, config) {
  if (error instanceof UserFacingError) return error;
  const location = serverLocation(config);
  const code = error?.code;
  if (code === "3D000") {
    return new UserFacingError(
      `Database \`${config.database}\` does not exist on the database server at \`${location}\`.`,
      "P1003",
    );
  }
  if (code === "28P01" || code === "28000") {
    return new UserFacingError(
      `Authentication failed against database server at \`${config.host}\`, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${config.host}\`.`,
      "P1000",
    );
  }
  if (code === "42P04") {
    return new UserFacingError(
      `Database \`${config.database}\` already exists on the database server at \`${location}\``,
      "P1009",
    );
  }
  if (code === "42501") {
    return new UserFacingError(
      `User \`${config.user}\` was denied access on the database \`${config.database}\``,
      "P1010",
    );
  }
  const unreachable = [
    "ECONNREFUSED",
    "ENOTFOUND",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "EAI_AGAIN",
    "ETIMEDOUT",
    "ECONNRESET",
  ];
  if (unreachable.includes(code) || /timeout|terminated unexpectedly/i.test(error?.message ?? "")) {
    return new UserFacingError(
      `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      "P1001",
    );
  }
  return new UserFacingError(error?.message ?? String(error), undefined);
}

/** Runs `fn(client)` on a short-lived pg client; always closes it. */
async function withClient(config, fn) {
  const { pg } = await loadDeps();
  const client = new pg.Client(config);
  client.on("error", (error) => log("WARN", `Database connection error: ${error.message}`));
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Column type relabelling (see header)
// ---------------------------------------------------------------------------------------------

// OIDs @prisma/adapter-pg 7.10 maps to a column type; any other built-in OID (< 16384) makes it
// throw UnsupportedNativeDataType. User-defined types (>= 16384) are accepted as text.
const ADAPTER_SCALAR_OIDS = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114,
  1184, 1266, 1560, 1562, 1700, 2950, 3802,
]);
const ADAPTER_ARRAY_OIDS = new Set([
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041,
  1115, 1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);
const CHAR_OID = 18; // the one-byte "char" of pg_catalog (pg_constraint.contype, ...)
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const FIRST_NORMAL_OBJECT_ID = 16384;
// ColumnTypeEnum.Character of @prisma/driver-adapter-utils: what the engine reads "char" as.
const CHARACTER_COLUMN_TYPE = 6;

/**
 * Result rows arrays -> indexes of their "char" columns. No OID makes the adapter report the
 * Character column type, and the engine cannot read a one-letter Text as a char (PostgreSQL 18
 * lists NOT NULL constraints in pg_constraint, so its `contype` values reach the engine), so
 * the "char" columns are relabelled text for the adapter and then typed Character again in its
 * result (see withCharacterColumns). The rows array is the object the adapter passes through.
 */
const charColumnsByRows = new WeakMap();

function relabelResult(result) {
  if (Array.isArray(result)) {
    result.forEach(relabelResult);
    return result;
  }
  if (!result || !Array.isArray(result.fields)) return result;
  result.fields.forEach((field, index) => {
    const oid = field.dataTypeID;
    if (
      oid >= FIRST_NORMAL_OBJECT_ID ||
      ADAPTER_SCALAR_OIDS.has(oid) ||
      ADAPTER_ARRAY_OIDS.has(oid)
    )
      return;
    // pg hands unknown types over as their text form (or as an array of text for array types it
    // knows how to split); keep the values and describe them as text / text[].
    const sample = result.rows
      .map((row) => (Array.isArray(row) ? row[index] : row[field.name]))
      .find((v) => v != null);
    field.dataTypeID = Array.isArray(sample) ? TEXT_ARRAY_OID : TEXT_OID;
    if (oid === CHAR_OID) {
      const columns = charColumnsByRows.get(result.rows) ?? [];
      charColumnsByRows.set(result.rows, [...columns, index]);
    }
    for (const row of result.rows) {
      const key = Array.isArray(row) ? index : field.name;
      const value = row[key];
      if (value == null) continue;
      row[key] = Array.isArray(value)
        ? value.map((v) => (v == null ? v : String(v)))
        : String(value);
    }
  });
  return result;
}

/** Wraps a queryable's queryRaw so that relabelled "char" columns are typed Character. */
function withCharacterColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? [])
      result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
    return result;
  };
  return queryable;
}

let RelabellingClient;
async function relabellingClientClass() {
  if (RelabellingClient) return RelabellingClient;
  const { pg } = await loadDeps();
  RelabellingClient = class extends pg.Client {
    query(config, values, callback) {
      if (config && typeof config.submit === "function")
        return super.query(config, values, callback);
      if (typeof values === "function") {
        callback = values;
        values = undefined;
      }
      if (typeof callback === "function") {
        return super.query(config, values, (error, result) =>
          callback(error, error ? result : relabelResult(result)),
        );
      }
      return super.query(config, values).then(relabelResult);
    }
  };
  return RelabellingClient;
}

// ---------------------------------------------------------------------------------------------
// Driver adapter factory handed to the wasm engine
// ---------------------------------------------------------------------------------------------

/** Shadow databases created by this process and not yet dropped: name -> main pg config. */
const liveShadowDatabases = new Map();
/** CREATE DATABASE statements in flight. */
const pendingCreations = new Set();

async function dropShadowDatabase(name) {
  const adminConfig = liveShadowDatabases.get(name);
  if (!adminConfig) return;
  await withClient(adminConfig, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (error) {
      if (error?.code !== "42601") throw error; // syntax error: server older than PostgreSQL 13
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
  liveShadowDatabases.delete(name);
}

async function dropAllShadowDatabases() {
  await Promise.allSettled([...pendingCreations]);
  for (const name of [...liveShadowDatabases.keys()]) {
    try {
      await dropShadowDatabase(name);
    } catch (error) {
      log(
        "ERROR",
        `Could not drop the shadow database "${name}": ${error.message}. Drop it by hand.`,
      );
    }
  }
}

/**
 * A SqlMigrationAwareDriverAdapterFactory (the interface of PrismaPg) for the engine: `connect()`
 * opens the main database, `connectToShadowDb()` a throw-away or the configured shadow database.
 */
class EngineAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  constructor(datasource) {
    this.datasource = datasource;
  }

  async mainConnection() {
    if (!this.datasource.url) {
      throw new UserFacingError(
        "The datasource URL is not set. Set `datasource.url` in prisma.config.ts (DATABASE_URL).",
        "P1012",
      );
    }
    this.main ??= await connectionFromUrl(this.datasource.url, "datasource URL");
    return this.main;
  }

  async open({ config, schema }, release) {
    const { PrismaPg } = await loadDeps();
    const Client = await relabellingClientClass();
    const factory = new PrismaPg({ ...config, Client }, { schema });
    const adapter = withCharacterColumns(await factory.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) =>
      withCharacterColumns(await startTransaction(...args));
    // PrismaPgAdapter.executeScript splits the script on every ";" and runs the pieces one by
    // one, which breaks dollar-quoted function bodies and string literals containing ";", and
    // applies a failing migration half-way. The engine runs migration scripts (and `db execute`)
    // through it: send the script whole, as one simple query, as the native engine does (one
    // implicit transaction unless the script manages its own).
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        adapter.onError(error); // throws the adapter's own DriverAdapterError
      }
    };
    if (release) {
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // closes the pool first: DROP DATABASE needs the connections gone
        await release();
      };
    }
    return adapter;
  }

  async connect() {
    return this.open(await this.mainConnection());
  }

  async connectToShadowDb() {
    if (this.datasource.shadowDatabaseUrl) return this.connectToConfiguredShadowDb();
    const main = await this.mainConnection();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    // Registered before CREATE DATABASE is sent: if the process is stopped meanwhile, shutdown
    // waits for the statement and drops whatever it created.
    liveShadowDatabases.set(name, main.config);
    const creation = withClient(main.config, (client) =>
      client.query(`CREATE DATABASE ${quoteIdent(name)}`),
    );
    pendingCreations.add(creation);
    creation.catch(() => {}).finally(() => pendingCreations.delete(creation));
    await creation.catch((error) => {
      liveShadowDatabases.delete(name);
      throw new UserFacingError(
        `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: ${error?.code ? error.message : toUserFacingError(error, main.config).message}`,
        "P3014",
      );
    });
    log("INFO", `Created shadow database ${name}`);
    return this.open({ config: { ...main.config, database: name }, schema: main.schema }, () =>
      dropShadowDatabase(name),
    );
  }

  /**
   * An explicitly configured shadow database is reused: like the native engine, empty its schema
   * before and after use. Refuse when it is the main database.
   */
  async connectToConfiguredShadowDb() {
    const shadow = await connectionFromUrl(
      this.datasource.shadowDatabaseUrl,
      "shadow database URL",
    );
    if (this.datasource.url) {
      const main = await this.mainConnection();
      const same =
        serverLocation(main.config) === serverLocation(shadow.config) &&
        main.config.database === shadow.config.database;
      if (same) {
        throw new UserFacingError(
          "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
          "P3014",
        );
      }
    }
    const resetSchema = () =>
      withClient(shadow.config, (client) =>
        client.query(
          `DROP SCHEMA IF EXISTS ${quoteIdent(shadow.schema)} CASCADE; CREATE SCHEMA ${quoteIdent(shadow.schema)}`,
        ),
      );
    await resetSchema().catch((error) => {
      throw toUserFacingError(error, shadow.config);
    });
    return this.open(shadow, resetSchema);
  }
}

// ---------------------------------------------------------------------------------------------
// `cli` subcommands
// ---------------------------------------------------------------------------------------------

/**
 * Runs `fn(client)` connected to the server's maintenance database: like the native engine,
 * `postgres`, falling back to `template1` (one cannot create or drop the database one is in).
 */
async function withMaintenanceClient(config, fn) {
  let lastError;
  for (const database of ["postgres", "template1"]) {
    try {
      return await withClient({ ...config, database }, fn);
    } catch (error) {
      lastError = error;
      if (error?.code !== "3D000") break;
    }
  }
  throw lastError;
}

/** One of the `cli` commands, for a parsed connection; returns the success message. */
async function databaseCommand(command, config) {
  try {
    switch (command) {
      case "can-connect-to-database":
        await withClient(config, (client) => client.query("SELECT 1"));
        return "Connection successful";
      case "create-database":
        await withMaintenanceClient(config, (client) =>
          client.query(`CREATE DATABASE ${quoteIdent(config.database)}`),
        );
        return `Database '${config.database}' was successfully created.`;
      case "drop-database":
        await withMaintenanceClient(config, (client) =>
          client.query(`DROP DATABASE ${quoteIdent(config.database)}`),
        );
        return "The database was successfully dropped.";
      default:
        throw new UsageError(`Unknown cli command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw toUserFacingError(error, config);
  }
}

async function runCliCommand(command, datasource) {
  // The CLI skips this first stderr line (see header).
  log("INFO", "Starting schema engine CLI", { git_hash: await gitHash() });
  if (!datasource.url) {
    throw new UserFacingError(
      "The datasource URL is not set (datasource.url in prisma.config.ts).",
      "P1012",
    );
  }
  const { config } = await connectionFromUrl(datasource.url, "datasource URL");
  return databaseCommand(command, config);
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------------------------

async function gitHash() {
  try {
    return (await loadWasm()).version();
  } catch {
    return GIT_HASH_FALLBACK;
  }
}

function send(message) {
  process.stdout.write(JSON.stringify(message, jsonReplacer) + "\n");
}

// Requests this process sent to the CLI (only `print`), awaiting the CLI's response.
let nextOutgoingId = 1;
const pendingOutgoing = new Map();

function callCli(method, params) {
  const id = nextOutgoingId++;
  return new Promise((resolve, reject) => {
    pendingOutgoing.set(id, { resolve, reject });
    send({ jsonrpc: "2.0", method, params, id });
  });
}

/** The native engine prints text without its final newline; the CLI adds one. */
async function printToCli(text) {
  if (!text) return;
  await callCli("print", { content: text.endsWith("\n") ? text.slice(0, -1) : text });
}

function createServer(args) {
  // A bad argument must not end the process (see onUnexpectedError): it fails every request.
  let setupError = null;
  let datasource = {};
  let datamodels;
  try {
    datasource = parseDatasource(args.datasource);
    datamodels = args.datamodels.length
      ? args.datamodels.map((path) => [path, fs.readFileSync(path, "utf8")])
      : undefined;
  } catch (error) {
    setupError = new UserFacingError(error?.message ?? String(error));
  }
  const factory = new EngineAdapterFactory(datasource);
  let adapterFactory;
  let enginePromise;

  // Created on the first request, not at start-up: the wasm engine connects to the database as
  // soon as it is constructed, and a connection error must reach the CLI as a response.
  async function engine() {
    if (!enginePromise) {
      enginePromise = (async () => {
        const [{ bindMigrationAwareSqlAdapterFactory }, wasm] = await Promise.all([
          loadDeps(),
          loadWasm(),
        ]);
        // The binder turns thrown errors into {ok: false} results, the protocol the wasm side
        // expects, and keeps the JS errors in a registry we read back (see toRpcError).
        adapterFactory = bindMigrationAwareSqlAdapterFactory(factory);
        const onEngineLog = (line) => {
          if (debugEnabled) process.stderr.write(String(line).trim() + "\n");
        };
        return wasm.SchemaEngine.new({ datamodels }, onEngineLog, adapterFactory);
      })();
      enginePromise.catch(() => {
        enginePromise = undefined; // retry on the next request
      });
    }
    return enginePromise;
  }

  // The wasm engine's evaluateDataLoss and createMigration get no shadow database: they rely on
  // a cache of "schema produced by these migrations" that diagnoseMigrationHistory fills, keyed
  // by the migrations *applied to the database*. When `migrate dev` found pending migrations
  // (say, on a fresh database), devDiagnostic cached the schema of fewer migrations than the
  // CLI applies before it calls these two, and they fail with this message. By then all of the
  // migrations are applied, so one more diagnose fills the right cache entry; retry once.
  const NEEDS_SHADOW = /shadow DB must be provided through an external factory/;
  async function withMigrationCache(e, p, call) {
    try {
      return await call();
    } catch (error) {
      if (!NEEDS_SHADOW.test(error?.message ?? "") || !p?.migrationsList) throw error;
      log(
        "INFO",
        "Filling the engine's migration schema cache through diagnoseMigrationHistory, then retrying",
      );
      await e.diagnoseMigrationHistory({
        migrationsList: p.migrationsList,
        optInToShadowDatabase: true,
        filters: p.filters ?? EMPTY_FILTER,
      });
      return call();
    }
  }

  const methods = {
    applyMigrations: (e, p) => e.applyMigrations(p),
    createMigration: (e, p) => withMigrationCache(e, p, () => e.createMigration(p)),
    dbExecute: (e, p) => e.dbExecute(p),
    devDiagnostic: (e, p) => e.devDiagnostic(p),
    diagnoseMigrationHistory: (e, p) => e.diagnoseMigrationHistory(p),
    ensureConnectionValidity: (e, p) => e.ensureConnectionValidity(p),
    evaluateDataLoss: (e, p) => withMigrationCache(e, p, () => e.evaluateDataLoss(p)),
    introspect: (e, p) => e.introspect(p),
    introspectSql: (e, p) => e.introspectSql(p),
    markMigrationApplied: (e, p) => e.markMigrationApplied(p),
    markMigrationRolledBack: (e, p) => e.markMigrationRolledBack(p),
    reset: (e, p) => e.reset(p ?? { filter: EMPTY_FILTER }),
    schemaPush: (e, p) => e.schemaPush(p),
    getDatabaseVersion: (e, p) => e.version(p ?? null),
    debugPanic: (e) => e.debugPanic(),
    async diff(e, p) {
      const { stdout, ...rest } = await e.diff(p);
      await printToCli(stdout);
      return { ...rest, stdout: null };
    },
  };

  // Methods answered without the wasm engine.
  const localMethods = {
    async createDatabase(params) {
      const target = params?.datasource;
      if (target?.tag && target.tag !== "ConnectionString") {
        throw new UserFacingError(
          "createDatabase only accepts a connection string with this schema engine.",
        );
      }
      const url = target?.url ?? datasource.url;
      if (!url)
        throw new UserFacingError(
          "The datasource URL is not set (datasource.url in prisma.config.ts).",
          "P1012",
        );
      const { config } = await connectionFromUrl(url, "datasource URL");
      await databaseCommand("create-database", config);
      return { databaseName: config.database };
    },
  };

  function toRpcError(error) {
    const described = describeEngineError(error, adapterFactory?.errorRegistry);
    const code = described.code ?? inferErrorCode(described.message);
    return {
      code: 4466,
      message: "An error happened. Check the data field for details.",
      data: {
        is_panic: false,
        message: described.message,
        meta: error?.meta ?? null,
        ...(typeof code === "string" && /^P\d{4}$/.test(code) ? { error_code: code } : {}),
      },
    };
  }

  async function handle(request) {
    const { id, method, params } = request;
    const reply = (body) => {
      if (id !== undefined && id !== null) send({ jsonrpc: "2.0", id, ...body });
    };
    if (enginePanic) {
      reply({ error: panicRpcError(enginePanic) });
      return;
    }
    if (setupError) {
      reply({ error: toRpcError(setupError) });
      return;
    }
    // Settled by onUnexpectedError when the work dies outside its own promise chain (a wasm
    // panic inside a callback), so that the request still gets its answer.
    const failed = new Promise((_, reject) => {
      currentRequest = { fail: reject };
    });
    try {
      let work;
      if (localMethods[method]) work = localMethods[method](params);
      else if (methods[method]) work = engine().then((e) => methods[method](e, params));
      else {
        reply({ error: { code: -32601, message: `Method not found: ${method}` } });
        return;
      }
      const result = await Promise.race([work, failed]);
      await dropAllShadowDatabases();
      reply({ result: result === undefined ? {} : result });
    } catch (error) {
      await dropAllShadowDatabases();
      if (isWasmPanic(error)) {
        enginePanic = lastPanicMessage ?? String(error?.message ?? error);
        logUserError({ message: enginePanic, isPanic: true });
        reply({ error: panicRpcError(enginePanic) });
      } else {
        reply({ error: toRpcError(error) });
      }
    } finally {
      currentRequest = null;
    }
  }

  return { handle };
}

/**
 * The engine's error as {message, code}. Engine errors are plain JS Errors whose message may end
 * with a span trace ("   0: module::function ...").
 */
function describeEngineError(error, errorRegistry) {
  if (error instanceof UserFacingError) return { message: error.message, code: error.code };
  const message = String(error?.message ?? error);
  const [headline, ...trace] = message.split(/\n(?= +\d+: )/);

  // A JS error thrown inside our adapter factory or the driver adapter reaches the engine as a
  // registry id ("External error id#3"); show the original error instead.
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const original = id !== undefined ? errorRegistry?.consumeError?.(Number(id))?.error : undefined;
  if (original) {
    if (original instanceof UserFacingError)
      return { message: original.message, code: original.code };
    const context = headline.replace(/\n?External error id#\d+/, "").trim();
    return { message: `${context}\n${original.message ?? original}`.trim() };
  }

  // A migration script that fails: say which one and keep the database's message (the native
  // engine reports this as P3018).
  const migrationName = /apply_script\s+with migration_name="([^"]+)"/.exec(message)?.[1];
  if (migrationName) {
    const databaseError = headline.replace(/^external connector error\n/, "").trim();
    return {
      code: "P3018",
      message: `A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\nMigration name: ${migrationName}\n\nDatabase error:\n${databaseError}`,
    };
  }
  return {
    message: trace.length ? `${headline}\n${trace.join("\n")}` : message,
    code: error?.code,
  };
}

/** Codes for the engine's own user-facing messages, which reach JS without their code. */
function inferErrorCode(message) {
  const table = [
    [/^Can't reach database server/, "P1001"],
    [/^Database `.*` does not exist/, "P1003"],
    [/^Authentication failed/, "P1000"],
    [/^The database schema is not empty/, "P3005"],
    [/^Migration `.*` failed to apply cleanly to the shadow database/, "P3006"],
    [/^Migration name is too long/, "P3002"],
    [/^A migration failed to apply/, "P3018"],
    [/migrate found failed migrations/, "P3009"],
  ];
  return table.find(([pattern]) => pattern.test(message))?.[1];
}

function runServer(args) {
  serving = true;
  const server = createServer(args);
  log("INFO", "Starting schema engine RPC server (WebAssembly engine)");

  // Requests run one at a time: the wasm engine is a single instance, and the CLI never sends
  // more than one request at once anyway.
  let queue = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on("line", (line) => {
    if (line.trim() === "") return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      // A response to one of our `print` requests.
      const pending = pendingOutgoing.get(message.id);
      if (pending) {
        pendingOutgoing.delete(message.id);
        if (message.error) pending.reject(new Error(message.error.message ?? "print failed"));
        else pending.resolve(message.result);
      }
      return;
    }
    queue = queue.then(() => server.handle(message));
  });
  // The CLI ends stdin (and sends SIGTERM) when it is done with the engine.
  input.on("close", () => queue.then(() => shutdown(0)));
}

// ---------------------------------------------------------------------------------------------
// Process lifecycle
// ---------------------------------------------------------------------------------------------

// A wasm panic leaves the engine instance unusable ("no method is safe to call after a panic").
let enginePanic = null;
// The request being worked on: { fail(error) }.
let currentRequest = null;
let serving = false;

/** The CLI turns `is_panic` errors into its "Error in Schema engine. Reason: ..." report. */
function panicRpcError(message) {
  return { code: 4466, message, data: { is_panic: true, message, meta: null } };
}

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  const timer = setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS);
  timer.unref();
  await dropAllShadowDatabases();
  process.exit(code);
}

/**
 * While serving, the process must not exit on its own: the CLI does not notice an engine that
 * exits while it waits for a response (it then quits with status 0 and no output). Fail the
 * request in flight instead, and keep answering until the CLI closes stdin.
 */
function onUnexpectedError(error) {
  const panic = isWasmPanic(error);
  if (panic) enginePanic = lastPanicMessage ?? String(error?.message ?? error);
  const message = panic
    ? enginePanic
    : `Unexpected error in the schema engine adapter: ${error?.stack ?? error}`;
  logUserError({ message, isPanic: panic });
  if (currentRequest) currentRequest.fail(panic ? error : new UserFacingError(message));
  else if (!serving) shutdown(1);
}

process.on("SIGTERM", () => shutdown(0));
process.on("SIGINT", () => shutdown(130));
process.on("uncaughtException", onUnexpectedError);
process.on("unhandledRejection", onUnexpectedError);

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    logUserError({ message: error.message });
    process.exit(1);
  }
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${await gitHash()}\n`);
    return;
  }
  if (args.help) {
    process.stdout.write(
      "schema-engine (wasm adapter)\n\nUSAGE:\n    schema-engine [--datamodels <FILE>...] [--datasource <JSON>] [cli <create-database|can-connect-to-database|drop-database>]\n\nWithout a subcommand, serves JSON-RPC over stdio.\n",
    );
    return;
  }
  if (args.unknown.length) log("WARN", `Ignoring unknown arguments: ${args.unknown.join(" ")}`);
  if (args.cli) {
    try {
      const message = await runCliCommand(args.cli, parseDatasource(args.datasource));
      log("INFO", message);
      process.exit(0);
    } catch (error) {
      logUserError({ message: error.message, code: error.code });
      process.exit(1);
    }
  }
  runServer(args);
}

await main();
