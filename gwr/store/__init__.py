"""The validated data as the app reads it: DuckDB, the named queries, shared and kept results."""
