package org.rasm.cli;

import picocli.CommandLine.Option;

/** How commands read their input; shared by every command that reads documents. */
final class InputOptions {
  enum Kind { text, jsonl }

  enum OnInvalid { fail, replace }

  @Option(names = "--input", paramLabel = "text|jsonl", description = "What is read: text files (default) or JSON lines.")
  Kind input = Kind.text;

  @Option(names = "--field", paramLabel = "F", description = "With --input jsonl: the field that holds the text (default: ${DEFAULT-VALUE}).")
  String field = "text";

  @Option(names = "--id-field", paramLabel = "G", description = "With --input jsonl: the field that names each record (default: file:line).")
  String idField;

  @Option(names = "--on-invalid", paramLabel = "fail|replace",
      description = "Invalid UTF-8: fail names the file and byte offset and skips it (default); replace substitutes U+FFFD.")
  OnInvalid onInvalid = OnInvalid.fail;

  @Option(names = "--fail-fast", description = "Stop at the first input that fails.")
  boolean failFast;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE) picocli.CommandLine.Model.CommandSpec mixee;

  int maxRecordBytes = 16 << 20;

  /**
   * Text files longer than this many bytes are read a block at a time by the commands that can (normalize, tag),
   * in pieces of about this many chars: tagging a piece takes some 40 times its size in memory. Hidden: for tests,
   * which need small pieces.
   */
  @Option(names = "--chunk-chars", hidden = true)
  int chunkChars = 1 << 18;

  @Option(names = "--max-record-bytes", paramLabel = "N",
      description = "Longest JSON line accepted; also the longest text file that detect, strip, dedup and tag --format doc|html, "
          + "which need a whole document at once, accept (default: 16777216). normalize and tag read longer files a piece at a time.")
  void maxRecordBytes(int n) {
    if (n < 1) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(), "--max-record-bytes must be at least 1, not " + n);
    }
    maxRecordBytes = n;
  }
}
