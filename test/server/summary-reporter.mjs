// Ends the run with each failed test, then one plain line, "browser tests: N passed, N failed,
// N skipped", that tools reading the log can count on. The runner prints a failure once, in the
// middle of a long log; a log cut to its tail must still say which test failed and why.
function collect(suite, names, totals, failures) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      failures.push(`${[...names, test.name].join(' > ')}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite?.suites ?? []) collect(child, [...names, child.name], totals, failures);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  let failures = [];
  let rootDir = '';
  return {
    start({ config }) {
      rootDir = config.rootDir ?? process.cwd();
    },
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      failures = [];
      for (const session of sessions) {
        const where = `${session.browser?.name ?? 'browser'} ${session.testFile.replace(`${rootDir}/`, '')}`;
        collect(session.testResults, [where], totals, failures);
        // A file that failed to load or threw outside a test counts as a failure too.
        if (
          !session.passed &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        ) {
          totals.failed++;
          const why = session.errors?.map((error) => error.message).join('; ') || 'did not run';
          failures.push(`${where}: ${why}`);
        }
      }
    },
    stop() {
      const lines = [
        ...failures.map((failure) => `failed: ${failure}`),
        `browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      ];
      // At exit, so the lines come after the runner's own progress bars.
      process.once('exit', () => console.log(lines.join('\n')));
    },
  };
}
