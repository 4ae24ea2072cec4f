// `testTimeout` in a project's config is ignored when the root config runs all projects; this is not.
jest.setTimeout(120_000);
