package org.rasm.romanize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the test split of Google's ar2en transliteration pairs (single words mined from Wikipedia, mostly foreign
 * names; testdata/translit, Apache-2.0): how often the Arabic word and its Latin form get the same invariant key.
 */
class InvariantKeyAgreementTest {
  @Test
  void arabicAndLatinFormsShareTheirKey() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("testdata/translit/ar2en-test.tsv"), StandardCharsets.UTF_8);
    int same = 0;
    int all = 0;
    for (String line : lines) {
      String[] c = line.split("\t");
      if (c.length < 2) {
        continue;
      }
      all++;
      if (InvariantKey.of(c[0]).equals(InvariantKey.of(c[1]))) {
        same++;
      }
    }
    double share = (double) same / all;
    System.out.printf("invariant key agreement on ar2en-test: %d of %d pairs (%.1f%%)%n", same, all, 100 * share);
    assertTrue(all > 1500);
    assertTrue(share >= 0.75, "agreement fell to " + share);
  }
}
