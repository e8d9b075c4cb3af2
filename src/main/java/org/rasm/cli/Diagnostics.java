package org.rasm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/** Messages about input on stderr, and the count of inputs that failed. */
final class Diagnostics {
  /** How many failed places the summary names; the rest are counted, their messages are above it. */
  private static final int NAMED_IN_SUMMARY = 5;

  private final PrintWriter err;
  private final boolean failFast;
  private final List<String> failed = new ArrayList<>();
  private int failures;
  private int warnings;
  private boolean stopped;

  Diagnostics(PrintWriter err, boolean failFast) {
    this.err = err;
    this.failFast = failFast;
  }

  /** An input that could not be processed. Throws {@link FailFast} when --fail-fast is set. */
  void fail(String place, String message) {
    failures++;
    if (failed.size() < NAMED_IN_SUMMARY) {
      failed.add(place);
    }
    err.println("rasm: error: " + place + ": " + message);
    err.flush();
    if (failFast) {
      stopped = true;
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

  /** Whether --fail-fast stopped the run: what was not read yet was left alone. */
  boolean stopped() {
    return stopped;
  }

  /** 0 when everything went well, 1 when some inputs failed; a summary naming the first of them on stderr in that case. */
  int exitCode() {
    if (failures > 0) {
      String more = failures > failed.size() ? " and " + (failures - failed.size()) + " more" : "";
      err.println("rasm: " + failures + (failures == 1 ? " input" : " inputs") + " failed (" + String.join(", ", failed) + more + ")"
          + (warnings > 0 ? ", " + warnings + " skipped" : "") + (stopped ? "; stopped there by --fail-fast" : ""));
      err.flush();
      return 1;
    }
    return 0;
  }

  /** What went wrong with a file, without repeating its name, which the message's place already gives. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  static final class FailFast extends RuntimeException {
    FailFast() {
      super(null, null, false, false);
    }
  }
}
