// Ends the run with one plain line, "browser tests: N passed, N failed, N skipped", that tools
// reading the log can count on.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure too.
        if (
          !session.passed &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        ) {
          totals.failed++;
        }
      }
    },
    stop() {
      const line = `browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      // At exit, so the line comes after the runner's own progress bars.
      process.once('exit', () => console.log(line));
    },
  };
}
