package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The package README lists every folding rule; it is rendered from fold-rules.tsv so that the two cannot drift.
 * Regenerate with {@code mvn test -Dtest=FoldingDocTest -Drasm.golden.update=true}.
 */
class FoldingDocTest {
  static final Path README = Path.of("src/main/java/org/rasm/fold/README.md");

  @Test
  void packageReadmeListsEveryRule() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("rasm.golden.update")) {
      Files.writeString(README, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(rendered, Files.readString(README, StandardCharsets.UTF_8),
        "README.md is out of date with fold-rules.tsv: regenerate it");
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Folding rules\n\n")
        .append("Generated from `src/main/resources/org/rasm/fold/fold-rules.tsv` by `FoldingDocTest`; edit the table, not this file.\n\n")
        .append("Every profile first brings the text to Unicode NFC and its output is NFC again, so decomposed and precomposed ")
        .append("input fold alike. `search` starts from what `display` produced, `key` from what `search` produced. Rows apply in ")
        .append("order, each to what the rows before it produced. Unpaired surrogates become U+FFFD in every profile.\n\n")
        .append("Offsets: every profile returns a map from folded positions back to the original (UTF-16 indices, end exclusive). ")
        .append("A removed character belongs to the folded character before it; one original character that became several maps ")
        .append("from each of them.\n");
    FoldProfile current = null;
    for (FoldRule r : FoldRules.all()) {
      if (r.profile() != current) {
        current = r.profile();
        md.append("\n## ").append(current.id()).append("\n\n")
            .append("| op | characters | becomes | what | example |\n|---|---|---|---|---|\n");
      }
      md.append("| ").append(r.op().id())
          .append(" | ").append(code(r.from()))
          .append(" | ").append(r.to().isEmpty() ? "" : code(r.to()))
          .append(" | ").append(cell(r.note()))
          .append(" | ").append(code(r.example()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String code(String s) {
    return "`` " + cell(s) + " ``";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
