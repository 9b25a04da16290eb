"""The SQL page's sandbox: visitor SQL is checked (guard) and run in worker processes (sandbox, worker)."""
