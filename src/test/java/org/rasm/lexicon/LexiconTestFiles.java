package org.rasm.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small lexicon files written for a test. */
final class LexiconTestFiles {
  static final String HEADER = String.join("\t", LexiconFormat.COLUMNS);

  private LexiconTestFiles() {}

  /** A row from its 14 cells given as one string with {@code ;} between cells. */
  static String row(String cells) {
    String[] c = cells.split(";", -1);
    if (c.length != 14) {
      throw new IllegalArgumentException("14 cells needed: " + cells);
    }
    return String.join("\t", c);
  }

  static Path write(Path dir, String name, String... rows) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (String r : rows) {
      sb.append(r).append('\n');
    }
    return Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
  }
}
