package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of JSON-lines input, through the command line as a user runs it: any bytes on stdin give
 * exit code 0 or 1, never a usage error or an exception; every message names the line ({@code -:N}); each line is
 * either a record written out or an error, blank lines aside. The record limit is small so that the fuzzer reaches it.
 */
class JsonLinesFuzzTest {
  private static final int MAX = 96;
  private static final Pattern MESSAGE = Pattern.compile("rasm: (error|warning): -:([0-9]+): .*");
  private static final Pattern SUMMARY = Pattern.compile("rasm: [0-9]+ inputs? failed \\((-:[0-9]+(, -:[0-9]+)*( and [0-9]+ more)?)\\)(, [0-9]+ skipped)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "30s")
  void normalizeAndDetect(byte[] stdin) throws Exception {
    // One run per input: a run of the command line takes some 35 ms (picocli builds the commands each time), so two
    // would halve the fuzzer's pace. The input's length picks the command; mutations change it often enough. detect
    // rather than tag, which reads through the same code but builds its tagger on each run, a second or two.
    if (stdin.length % 2 == 0) {
      check(stdin, false, "normalize", "--input", "jsonl", "--profile", "key", "--max-record-bytes", String.valueOf(MAX));
    } else {
      check(stdin, true, "detect", "--input", "jsonl", "--on-invalid", "replace", "--id-field", "id",
          "--max-record-bytes", String.valueOf(MAX));
    }
  }

  private static void check(byte[] stdin, boolean replace, String... args) throws Exception {
    CliTest.Result r = CliTest.rasm(stdin, args);
    int expected = 0; // records written plus lines failed
    int from = 0;
    while (from < stdin.length) {
      int nl = from;
      while (nl < stdin.length && stdin[nl] != '\n') {
        nl++;
      }
      expected += countsAsRecord(stdin, from, nl, replace) ? 1 : 0;
      from = nl + 1;
    }
    int errors = 0;
    for (String line : r.err().split("\n", -1)) {
      if (line.isEmpty() || SUMMARY.matcher(line).matches()) {
        continue;
      }
      Matcher m = MESSAGE.matcher(line);
      assertTrue(m.matches(), () -> args[0] + ": a message that names no line: " + line);
      int n = Integer.parseInt(m.group(2));
      assertTrue(n >= 1 && n <= Math.max(1, stdinLines(stdin)), () -> args[0] + ": no such line: " + line);
      errors += m.group(1).equals("error") ? 1 : 0;
    }
    assertEquals(errors > 0 ? 1 : 0, r.code(), () -> args[0] + ": exit code " + r.code() + " with " + r.err());
    int records = 0;
    for (String out : r.out().split("\n")) {
      if (!out.isEmpty()) {
        JsonNode node = JSON.readTree(out);
        assertTrue(node.isObject(), () -> args[0] + ": not a JSON object: " + out);
        records++;
      }
    }
    int written = records;
    int failed = errors;
    int want = expected;
    assertEquals(want, written + failed, () -> args[0] + ": " + written + " records and " + failed + " errors for " + want + " lines");
  }

  private static int stdinLines(byte[] b) {
    int n = 0;
    for (byte x : b) {
      n += x == '\n' ? 1 : 0;
    }
    return b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
  }

  /** Whether the line gives a record or an error: too long, not UTF-8, or not blank. */
  private static boolean countsAsRecord(byte[] b, int from, int to, boolean replace) {
    if (to - from > MAX) {
      return true;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      if (!replace) {
        return true;
      }
      text = new String(b, from, to - from, StandardCharsets.UTF_8);
    }
    return !text.isBlank();
  }
}
