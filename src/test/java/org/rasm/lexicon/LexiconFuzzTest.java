package org.rasm.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the lexicon file reader and checker: any bytes as a user's lexicon file either load, or
 * are refused with a {@link LexiconException} whose problems name the file and a line of it; never another exception.
 * A lexicon that loads is written out and read back unchanged, and has its coordinates in range.
 */
class LexiconFuzzTest {
  private static Path dir;
  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    dir = Files.createTempDirectory("rasm-lexicon-fuzz");
    file = dir.resolve("fuzzed.tsv");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  // words of the format that random bytes rarely spell, so that rows get past the syntax checks
  @DictionaryEntries({"\t", "|", "place:", "actor:", "outlet:", "country:", "place", "actor", "outlet", "country",
      "governorate", "district", "town", "village", "armed-group", "monitor", "curated", "Q1", "SY01", "1e3", "-0.5",
      "NaN", "Infinity", "0x1p4", "\uFEFF"})
  @FuzzTest(maxDuration = "30s")
  void load(byte[] input) throws IOException {
    Files.write(file, input);
    Lexicon lexicon;
    try {
      lexicon = Lexicon.loadOnly(List.of(file));
    } catch (LexiconException e) {
      int lines = lineCount(input);
      assertFalse(e.problems().isEmpty(), "refused without a problem");
      for (Problem p : e.problems()) {
        assertEquals(file.toString(), p.file(), () -> "problem names another file: " + p);
        assertEquals(Problem.Severity.ERROR, p.severity(), () -> "refused for a problem that is no error: " + p);
        assertTrue(p.line() >= 1 && p.line() <= Math.max(1, lines), () -> "problem names no line of the file: " + p);
      }
      return;
    }
    for (Entity e : lexicon.entities()) {
      assertTrue(e.lat() == null || Math.abs(e.lat()) <= 90 && Math.abs(e.lon()) <= 180, () -> "loaded out of range: " + e);
    }
    LexiconChecker.check(lexicon, List.of()).forEach(p -> assertTrue(p.line() >= 1, () -> "no line: " + p));
    StringWriter written = new StringWriter();
    LexiconFormat.write(lexicon.entities(), written);
    List<Problem> problems = new ArrayList<>();
    List<Entity> again = new ArrayList<>();
    for (LexiconFormat.Row r : LexiconFormat.read(new StringReader(written.toString()), "again", problems)) {
      again.add(r.entity());
    }
    assertEquals(List.of(), problems, "a loaded lexicon, written out, reads back without problems");
    assertEquals(lexicon.entities(), again, "a loaded lexicon, written out, reads back the same");
  }

  /** Lines as BufferedReader counts them: ended by \n, \r or \r\n; the last one may have no end. */
  private static int lineCount(byte[] b) {
    int lines = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        lines++;
        if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
          i++;
        }
      }
    }
    return b.length > 0 && b[b.length - 1] != '\n' && b[b.length - 1] != '\r' ? lines + 1 : lines;
  }
}
