// Shared test setup (placeholder; the lead's version replaces it).
