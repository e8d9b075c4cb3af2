package org.rasm.tag;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasm.Rasm;
import org.rasm.data.DataTable;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;

/** No regular expression applied to user text takes long on hostile text: long runs, near misses, huge lines. */
class RegexSafetyTest {
  @TempDir Path tmp;

  private static final Tagger TAGGER = new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults()));

  @Test
  void nestedRepetitionIsRefused() {
    for (String p : List.of("(a+)+", "(a|b+)*x", "((ab)*c)+", "^(\\w+ ?)*$", "(a{1,25}){2,}", "(x(?:a*))+", "(a+){2}")) {
      assertThrows(IllegalArgumentException.class, () -> Stripper.checked(p), p);
    }
    for (String p : List.of("(?>a+)+", "(a++)+", "a+b*", "(ab)+", "(a?){2}", "[(a+)]+", "\\(a+\\)+", "(a+)?", "\\Q(a+)+\\E",
        "(a{1})+", "^(?>[^|]{1,25})(?> ?\\| ?[^|]{1,25}){2,}$", "^([a-z]{2} )+x", "(\\p{L} )+", "(\\x{41})+")) {
      assertDoesNotThrow(() -> Stripper.checked(p), p);
    }
    assertThrows(IllegalArgumentException.class, () -> Stripper.checked("(a{1,3})+"));
  }

  @Test
  void aBraceThatOpensNoQuantifierIsLeftToThePatternCompiler() {
    String p = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Stripper.checked("ad{"));
    assertThrows(java.util.regex.PatternSyntaxException.class, () -> java.util.regex.Pattern.compile(p));
  }

  @Test
  void aUserFileWithNestedRepetitionIsRefusedWithItsLine() throws IOException {
    Path f = Files.writeString(tmp.resolve("mine.tsv"), "kind\tpattern\tnote\nline\t^(share )+now$\tok\nline\t^(\\w+ ?)+!$\tslow\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stripper(TAGGER, List.of(f)));
    assertTrue(e.getMessage().startsWith(f + ":3: nested repetition"), e.getMessage());
  }

  /** A pattern the check lets through, (a|a)*, backtracks exponentially; the read budget stops it, and it still works. */
  @Test
  void aBacktrackingPatternGivesUpInsteadOfHanging() throws IOException {
    Path f = Files.writeString(tmp.resolve("mine.tsv"), "kind\tpattern\tnote\nline\t^(a|a)*b$\tslow\n");
    Stripper s = new Stripper(TAGGER, List.of(f));
    String body = "Shelling hit the town of Hajin on Tuesday, the observatory said.\n";
    String doc = body + "a".repeat(60) + "c\n" + "aaab\n" + body;
    Stripped out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> s.strip(doc));
    assertTrue(out.body().contains("a".repeat(60) + "c"), "no match: kept");
    assertTrue(!out.body().contains("aaab"), "a match: dropped");
  }

  /** Lines built of each rule's own characters, near misses of it, at the longest a rule sees; and far longer ones. */
  @Test
  void everyBundledRuleIsFastOnHostileLines() {
    Stripper s = new Stripper(TAGGER);
    List<String> lines = new ArrayList<>();
    for (DataTable.Row row : DataTable.read(Stripper.class, "boilerplate.tsv", 3)) {
      String literal = row.cell(1).replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "");
      Set<Character> chars = new LinkedHashSet<>();
      literal.chars().forEach(c -> chars.add((char) c));
      int n = Stripper.MAX_BOILERPLATE_LINE;
      lines.add(repeat(literal + " ", n));
      lines.add(repeat(literal + " | ", n - 1) + "!");
      for (char c : chars) {
        lines.add(repeat(String.valueOf(c), n));
        lines.add(repeat(c + " ", n - 1) + "!");
        lines.add(repeat(c + " | ", n - 1) + ".");
      }
    }
    lines.add(repeat("a | ", Stripper.MAX_BOILERPLATE_LINE - 1) + "."); // exponential for the old menu-row rule
    lines.add("- " + repeat(" ", 100_000) + "x");
    lines.add(repeat(" ", 100_000));
    lines.add(repeat("read also ", 4 << 20));
    lines.add(repeat("9-", 60) + ":" + repeat("a-", 200_000) + ":");
    lines.add(repeat("a.bb ", 400_000));
    String doc = "Read also\n- " + String.join("\n- ", lines) + "\n";
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> s.strip(doc));
  }

  @Test
  void taggingAndResolvingHostileTextTakeLinearTime() {
    // quadratic work on any of them would take hours: a run of articles used to be
    List<String> texts = List.of(repeat("a", 4 << 20), repeat(" ", 1 << 20), repeat("Deir ", 1 << 18),
        repeat("ال ", 1 << 18), repeat("al-", 1 << 18), repeat("al al-Raqqa ", 1 << 18), repeat("\u064E", 1 << 20));
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (String t : texts) {
        TAGGER.tag(t);
      }
    });
    Resolver resolver = new Resolver(Lexicon.defaults());
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String name : List.of(repeat("a-", 50_000), repeat(" -", 50_000) + "x", repeat("Deir ", 20_000))) {
        resolver.resolve(name);
      }
    });
    assertEquals("place:albu-kamal", Rasm.defaults().resolve("Abou Kamal").id());
  }

  private static String repeat(String s, int length) {
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(s);
    }
    sb.setLength(length);
    return sb.toString();
  }
}
