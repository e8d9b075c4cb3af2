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
 * through it a piece at a time, as one single line and as many lines. The whole-file code ran out of memory on such
 * files (measured: normalize of 12 MB of Arabic with -Xmx48m, as it held the bytes, a char buffer and the string of
 * the whole file, 5 bytes per byte of Arabic, before folding; tag of these 2 MB with -Xmx48m, as it held every word).
 * The tagger's heap is its lexicon's and tables' plus a piece of text: 40 MB tags a line, 50 MB these files as it does
 * files four times larger (measured after the twenty-third session's lexicon), so the tag test runs with 56 MB.
 */
class BoundedMemoryTest {
  private static final int NORMALIZE_BYTES = 16 << 20;
  private static final int TAG_BYTES = 2 << 20;
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
    List<String> units = List.of(sample(true), sample(false));
    List<Path> files = List.of(tmp.resolve("line.txt"), tmp.resolve("lines.txt"));
    int[] times = new int[2];
    for (int f = 0; f < 2; f++) {
      String folded = Rasm.defaults().normalize(units.get(f), FoldProfile.SEARCH).text();
      assertEquals(folded + folded, Rasm.defaults().normalize(units.get(f) + units.get(f), FoldProfile.SEARCH).text(), "copies fold apart");
      times[f] = repeat(files.get(f), units.get(f), NORMALIZE_BYTES);
    }
    Path out = run("-Xmx32m", "normalize", "--profile", "search", files.get(0).toString(), files.get(1).toString());
    try (Reader r = Files.newBufferedReader(out)) {
      for (int f = 0; f < 2; f++) {
        String folded = Rasm.defaults().normalize(units.get(f), FoldProfile.SEARCH).text();
        for (int i = 0; i < times[f]; i++) {
          assertEquals(folded, read(r, folded.length()), "copy " + i);
        }
        if (f == 0) {
          assertEquals("\n", read(r, 1), "the one line is ended before the next file");
        }
      }
      assertEquals(-1, r.read());
    }
  }

  private static String read(Reader r, int length) throws IOException {
    char[] buf = new char[length];
    int n = 0;
    for (int k; n < length && (k = r.read(buf, n, length - n)) > 0; ) {
      n += k;
    }
    return new String(buf, 0, n);
  }

  @Test
  void tagFindsTheNamesOfAFileManyTimesTheHeap() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> units = List.of(sample(true), sample(false));
    List<Path> files = List.of(tmp.resolve("line.txt"), tmp.resolve("lines.txt"));
    int[] times = new int[2];
    for (int f = 0; f < 2; f++) {
      List<Mention> once = Rasm.defaults().tag(units.get(f));
      assertEquals(2 * once.size(), Rasm.defaults().tag(units.get(f) + units.get(f)).size(), "copies tag apart");
      assertTrue(once.size() > 20, "names: " + once.size());
      times[f] = repeat(files.get(f), units.get(f), TAG_BYTES);
    }
    // one JVM for both files: building the name index is most of a short run
    Path out = run("-Xmx56m", "tag", files.get(0).toString(), files.get(1).toString());
    try (BufferedReader r = Files.newBufferedReader(out)) {
      for (int f = 0; f < 2; f++) {
        List<Mention> once = Rasm.defaults().tag(units.get(f));
        for (long i = 0; i < times[f]; i++) {
          for (Mention m : once) {
            JsonNode o = json.readTree(r.readLine());
            long shift = i * units.get(f).length();
            assertEquals(files.get(f).toString(), o.get("file").asText());
            assertEquals(m.start() + shift, o.get("start").asLong(), "copy " + i);
            assertEquals(m.end() + shift, o.get("end").asLong());
            assertEquals(m.text(), o.get("text").asText());
            assertEquals(String.valueOf(m.id()), o.get("id").asText());
          }
        }
      }
      assertNull(r.readLine());
    }
  }
}
