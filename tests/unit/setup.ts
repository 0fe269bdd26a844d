// Global test setup. Nothing is needed yet: each test file imports what it uses
// (fake-indexeddb for repository tests, Testing Library for components).
