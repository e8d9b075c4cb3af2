package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasm.Rasm;
import org.rasm.fold.FoldProfile;
import org.rasm.tag.Mention;

/**
 * The command line in a JVM of its own with a small heap, over a file many times the heap: folding and tagging go
 * through it a piece at a time, as one single line and as many lines. The whole-file code ran out of memory on these
 * (measured: normalize of 12 MB of Arabic with -Xmx48m; it holds the bytes, a char buffer and the string of the whole
 * file, 5 bytes per byte of Arabic, before folding).
 */
class BoundedMemoryTest {
  private static final int NORMALIZE_BYTES = 16 << 20;
  // tagging the whole file would hold some 100 bytes per word of it: 60 MB here
  private static final int TAG_BYTES = 4 << 20;
  @TempDir Path tmp;

  private static String sample(boolean oneLine) throws IOException {
    String text = Files.readString(Path.of("testdata/docs/en-strike-report.txt")) + "\n" + Files.readString(Path.of("testdata/docs/ar-clashes-report.txt")) + "\n";
    return oneLine ? text.replace("\r\n", " ").replace('\n', ' ') : text;
  }

  /** {@code unit} written until the file has {@code bytes}; returns how many times. */
  private static int repeat(Path file, String unit, int bytes) throws IOException {
    int times = bytes / unit.getBytes(StandardCharsets.UTF_8).length;
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < times; i++) {
        w.write(unit);
      }
    }
    return times;
  }

  private Path run(String heap, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), RasmCommand.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), err);
    return out;
  }

  @Test
  void normalizeFoldsAFileManyTimesTheHeap() throws Exception {
    for (boolean oneLine : List.of(true, false)) {
      String unit = sample(oneLine);
      String folded = Rasm.defaults().normalize(unit, FoldProfile.SEARCH).text();
      assertEquals(folded + folded, Rasm.defaults().normalize(unit + unit, FoldProfile.SEARCH).text(), "copies fold apart");
      Path big = tmp.resolve(oneLine ? "line.txt" : "lines.txt");
      int times = repeat(big, unit, NORMALIZE_BYTES);
      Path out = run("-Xmx32m", "normalize", "--profile", "search", big.toString());
      try (Reader r = Files.newBufferedReader(out)) {
        char[] buf = new char[folded.length()];
        for (int i = 0; i < times; i++) {
          int n = 0;
          for (int k; n < buf.length && (k = r.read(buf, n, buf.length - n)) > 0; ) {
            n += k;
          }
          assertEquals(folded, new String(buf, 0, n), "copy " + i);
        }
        assertEquals(-1, r.read());
      }
    }
  }

  @Test
  void tagFindsTheNamesOfAFileManyTimesTheHeap() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (boolean oneLine : List.of(true, false)) {
      String unit = sample(oneLine);
      List<Mention> once = Rasm.defaults().tag(unit);
      List<Mention> twice = Rasm.defaults().tag(unit + unit);
      assertEquals(2 * once.size(), twice.size(), "copies tag apart");
      assertTrue(once.size() > 20, "names: " + once.size());
      Path big = tmp.resolve(oneLine ? "line.txt" : "lines.txt");
      int times = repeat(big, unit, TAG_BYTES);
      Path out = run("-Xmx48m", "tag", big.toString());
      try (BufferedReader r = Files.newBufferedReader(out)) {
        for (long i = 0; i < times; i++) {
          for (Mention m : once) {
            JsonNode o = json.readTree(r.readLine());
            long shift = i * unit.length();
            assertEquals(m.start() + shift, o.get("start").asLong(), "copy " + i);
            assertEquals(m.end() + shift, o.get("end").asLong());
            assertEquals(m.text(), o.get("text").asText());
            assertEquals(String.valueOf(m.id()), o.get("id").asText());
          }
        }
        assertNull(r.readLine());
      }
    }
  }
}
