"""The application store: the database of cases, decisions, letter numbers and the
registry of recommended activities."""
