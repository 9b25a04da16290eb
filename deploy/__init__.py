"""Serving the app in public: the Streamlit servers (`servers`), and the public instance behind a
reverse proxy (`public`, `make public`: Caddy, configured by `deploy/Caddyfile`, in front of two or
more Streamlit instances). Benchmarks and browser tests start their servers through `servers` too."""
