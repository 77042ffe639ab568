"""Domain services: no HTTP here. Each takes keyword-only `session` (and `nlp` where it parses)."""
