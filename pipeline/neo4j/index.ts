/** The Neo4j layer's public API (see docs/neo4j.md). */
export * from "./errors.js";
export { resolveNeo4jSettings, validateNeo4jSettings, describeUri, DEFAULT_NEO4J_SETTINGS, type Neo4jSettings } from "./settings.js";
export { connect, databaseOption, DEFAULT_CONNECT_OPTIONS, type ConnectOptions } from "./connection.js";
export * from "./properties.js";
export { applySchema, readSchemaStatements, DEFAULT_SCHEMA_FILE } from "./schema.js";
export { checkGraph, readGraphFile, type CheckedGraph } from "./graph-file.js";
export { loadGraph, DEFAULT_LOAD_OPTIONS, type LoadOptions, type LoadProgress, type LoadSummary } from "./loader.js";
export { reconcileGraph, type ReconcileReport } from "./reconcile.js";
export { checkReadOnlyCypher, assertReadOnlyCypher, type ReadOnlyVerdict, type RefusalCategory } from "./cypher-guard.js";
export { runReadQuery, toQueryParams, DEFAULT_READ_QUERY_OPTIONS, type ReadQueryRequest, type ReadQueryResult } from "./run-read-query.js";
export type { PlainNode, PlainRelationship, PlainPath } from "./result-values.js";
export { loadQueryLibrary, findLibraryQuery, parseQueryFile, resolveQueryParams, DEFAULT_QUERY_DIR, type LibraryQuery, type QueryParam } from "./query-library.js";
export { formatResult, cellText, OUTPUT_FORMATS, type OutputFormat } from "./format-table.js";
