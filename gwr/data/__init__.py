"""The data pipeline: report text → package of validated tables, with every number accounted for."""
