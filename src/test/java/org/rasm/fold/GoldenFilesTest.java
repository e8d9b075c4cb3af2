package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each document in testdata/docs, folded in each profile, against testdata/golden/PROFILE/NAME. After a deliberate
 * change to the rules, regenerate with {@code mvn test -Dtest=GoldenFilesTest -Drasm.golden.update=true} and review
 * the diff like code.
 */
class GoldenFilesTest {
  static final Path DOCS = Path.of("testdata/docs");
  static final Path GOLDEN = Path.of("testdata/golden");

  @TestFactory
  Stream<DynamicTest> documentsFoldAsRecorded() throws IOException {
    boolean update = Boolean.getBoolean("rasm.golden.update");
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> docs;
    try (Stream<Path> s = Files.list(DOCS)) {
      docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(docs.isEmpty());
    for (Path doc : docs) {
      for (FoldProfile p : FoldProfile.values()) {
        Path golden = GOLDEN.resolve(p.id()).resolve(doc.getFileName());
        tests.add(DynamicTest.dynamicTest(p.id() + " " + doc.getFileName(), () -> {
          String text = Files.readString(doc, StandardCharsets.UTF_8);
          if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // offsets and outputs are defined after the BOM, as the CLI reads files
          }
          String folded = TextFolder.of(p).fold(text).text();
          if (update) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, folded, StandardCharsets.UTF_8);
          }
          assertEquals(Files.readString(golden, StandardCharsets.UTF_8), folded);
        }));
      }
    }
    return tests.stream();
  }
}
