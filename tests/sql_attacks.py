"""Hostile inputs for the public SQL page, by category. `{db}` is replaced by the database file's path,
`{data}` by the data folder, `{tmp}` by a scratch folder that must stay empty."""


def cte_planner_bomb(levels: int = 22) -> str:
    parts = ["c0 AS NOT MATERIALIZED (SELECT 1 AS x)"]
    parts += [f"c{i} AS NOT MATERIALIZED (SELECT a.x FROM c{i - 1} a, c{i - 1} b)" for i in range(1, levels)]
    return "WITH " + ", ".join(parts) + f" SELECT count(*) FROM c{levels - 1}"


def join_planner_bomb(tables: int = 300) -> str:
    return "SELECT count(*) FROM " + ",".join(f"units t{i}" for i in range(tables))


ATTACKS: dict[str, list[str]] = {
    "file_read": [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_csv_auto('/etc/hostname')",
        "SELECT * FROM '/etc/passwd'",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_blob('/etc/passwd')",
        "SELECT * FROM read_json('/etc/passwd')",
        "SELECT * FROM read_parquet('{data}/x.parquet')",
        "SELECT * FROM '{data}/jianxi_2022_2023.csv'",
        "SELECT * FROM read_csv('{db}')",
        "SELECT * FROM sniff_csv('/etc/passwd')",
    ],
    "file_list": [
        "SELECT * FROM glob('/*')",
        "SELECT * FROM glob('{data}/*')",
        "SELECT * FROM parquet_metadata('{data}/x.parquet')",
    ],
    "file_write": [
        "COPY facts TO '{tmp}/facts.csv'",
        "COPY (SELECT 1) TO '{db}' (USE_TMP_FILE false)",
        "COPY (SELECT 1) TO '{data}/jianxi_2022_2023.csv'",
        "EXPORT DATABASE '{tmp}/export'",
        "IMPORT DATABASE '{tmp}/export'",
        "COPY facts FROM '/etc/passwd'",
    ],
    "attach": [
        "ATTACH '{tmp}/evil.duckdb' AS evil",
        "ATTACH ':memory:' AS m",
        "DETACH jianxi",
        "USE memory",
        "ATTACH 'http://127.0.0.1:1/x.duckdb' AS remote",
    ],
    "extensions": [
        "INSTALL httpfs",
        "LOAD httpfs",
        "FORCE INSTALL spatial FROM community",
        "UPDATE EXTENSIONS",
        "SELECT * FROM duckdb_extensions()",
    ],
    "network": [
        "SELECT * FROM read_csv('http://127.0.0.1:1/x.csv')",
        "SELECT * FROM 'https://127.0.0.1:1/data.parquet'",
        "SELECT * FROM read_json('s3://bucket/x.json')",
    ],
    "settings": [
        "SET threads = 64",
        "SET memory_limit = '100GB'",
        "RESET lock_configuration",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "CALL pragma_version()",
        "PRAGMA database_list",
        "SET VARIABLE x = 1",
        "CHECKPOINT",
        "VACUUM",
        "BEGIN TRANSACTION",
    ],
    "ddl_dml": [
        "DROP TABLE facts",
        "DELETE FROM facts",
        "UPDATE facts SET value = 0",
        "INSERT INTO facts SELECT * FROM facts",
        "ALTER TABLE facts RENAME TO f",
        "CREATE TABLE x AS SELECT 1",
        "CREATE TEMP TABLE t AS SELECT 1",
        "CREATE VIEW v AS SELECT 1",
        "CREATE MACRO m(x) AS x",
        "TRUNCATE facts",
    ],
    "multiple_statements": [
        "SELECT 1; SELECT 2",
        "SELECT 1; DROP TABLE facts",
        "SELECT 1;; DROP TABLE facts --",
        "/* hi */ SELECT 1; COPY facts TO '{tmp}/x.csv'",
    ],
    "info_disclosure": [
        "SELECT * FROM duckdb_databases()",
        "SELECT * FROM duckdb_settings()",
        "SELECT current_setting('temp_directory')",
        "SELECT * FROM information_schema.tables",
        "SELECT * FROM system.main.duckdb_tables",
        "SELECT * FROM pragma_database_list",
        "SELECT * FROM query('SELECT * FROM duckdb_databases()')",
        "SELECT * FROM query_table('facts')",
        "SELECT * FROM sqlite_master",
        "SELECT * FROM duckdb_temporary_files()",
        "SELECT getvariable('x')",
    ],
    "cpu_bomb": [
        "SELECT count(*) FROM range(100000000) a(i), range(100) b(j) WHERE (i * j) % 7 = 3",
        "SELECT sum(hash(i || 'x')) FROM range(1000000000) t(i)",
        "SELECT i FROM range(400000000) t(i) ORDER BY i DESC LIMIT 1",
    ],
    "memory_bomb": [
        "SELECT length(repeat('x', 1000000000))",
        "SELECT list(i) FROM range(300000000) t(i)",
        "SELECT string_agg(repeat('y', 1000), ',') FROM range(2000000)",
    ],
    "planner_bomb": [cte_planner_bomb(), join_planner_bomb()],
    "long_or_odd_input": [
        "SELECT 1" + " " * 5000,
        "SELECT " + "1+" * 3000 + "1",
        "ｓｅｌｅｃｔ １",
        "",
        "   ;   ",
        "SELECT * FROM facts WHERE quote = '\u0000'; DROP TABLE facts",
    ],
}

# Odd but harmless: must answer (or be refused cleanly), never break anything.
ODD_BUT_HARMLESS = [
    "SELECT '𠀀😀\u202eevil' AS odd",
    "\ufeffSELECT 1 AS bom",
    "SELECT 1 AS a -- ; DROP TABLE facts",
    "SELECT repeat('x', 100000) AS big_cell",
    "SELECT 170141183460469231731687303715884105727::HUGEINT AS huge",
    "SELECT [1, 2, 3] AS list, {'a': 1} AS struct, '\\x00'::BLOB AS blob",
]

BOMBS = {
    "cpu_bomb": ATTACKS["cpu_bomb"][0],
    "memory_bomb": ATTACKS["memory_bomb"][0],
    "planner_bomb": cte_planner_bomb(19),
}
