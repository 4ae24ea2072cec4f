// A project's testTimeout is ignored when the root config runs every project: set it here.
// Component tests drive real DOM events (a 250-country select) on a shared machine.
jest.setTimeout(20_000);
