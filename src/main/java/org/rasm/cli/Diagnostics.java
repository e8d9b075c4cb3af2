package org.rasm.cli;

import java.io.PrintWriter;

/** Messages about input on stderr, and the count of inputs that failed. */
final class Diagnostics {
  private final PrintWriter err;
  private final boolean failFast;
  private int failures;
  private int warnings;

  Diagnostics(PrintWriter err, boolean failFast) {
    this.err = err;
    this.failFast = failFast;
  }

  /** An input that could not be processed. Throws {@link FailFast} when --fail-fast is set. */
  void fail(String place, String message) {
    failures++;
    err.println("rasm: error: " + place + ": " + message);
    err.flush();
    if (failFast) {
      throw new FailFast();
    }
  }

  /** An input skipped on purpose. */
  void warn(String place, String message) {
    warnings++;
    err.println("rasm: warning: " + place + ": " + message);
    err.flush();
  }

  int failures() {
    return failures;
  }

  /** 0 when everything went well, 1 when some inputs failed; a summary on stderr in that case. */
  int exitCode() {
    if (failures > 0) {
      err.println("rasm: " + failures + (failures == 1 ? " input" : " inputs") + " failed" + (warnings > 0 ? ", " + warnings + " skipped" : ""));
      err.flush();
      return 1;
    }
    return 0;
  }

  static final class FailFast extends RuntimeException {
    FailFast() {
      super(null, null, false, false);
    }
  }
}
