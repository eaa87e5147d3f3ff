// The e2e servers' ports. E2E_PORT lets two checkouts run their suites side by side: the app is
// served at E2E_PORT (default 4173) and, with the recommended CSP, at the port after it.
export const port = Number(process.env.E2E_PORT ?? 4173);
export const cspPort = port + 1;
