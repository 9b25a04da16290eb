"""Rules that decide what a figure says, each defined once for every page, chart, table and export."""
