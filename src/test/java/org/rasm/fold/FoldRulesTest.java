package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FoldRulesTest {

  /** Every row of the table carries an example; each one must hold in the row's profile. */
  @TestFactory
  Stream<DynamicTest> everyRowsExampleHolds() {
    return FoldRules.all().stream().map(rule -> DynamicTest.dynamicTest(
        rule.profile().id() + " " + rule.op().id() + " " + rule.from() + " (line " + rule.line() + ")",
        () -> assertEquals(rule.exampleOutput(), TextFolder.of(rule.profile()).fold(rule.exampleInput()).text(),
            rule.note())));
  }

  @Test
  void tableHasRowsForEveryProfile() {
    for (FoldProfile p : FoldProfile.values()) {
      assertTrue(FoldRules.all().stream().anyMatch(r -> r.profile() == p), p.id());
    }
    assertTrue(FoldRules.chain(FoldProfile.KEY).size() == FoldRules.all().size());
  }

  @ParameterizedTest
  @EnumSource(FoldProfile.class)
  void everyBmpCharacterFoldsToAFixpoint(FoldProfile profile) {
    TextFolder folder = TextFolder.of(profile);
    for (int c = 0; c < 0x10000; c++) {
      String s = "a" + (char) c + "b";
      String once = folder.fold(s).text();
      assertEquals(once, folder.fold(once).text(), () -> profile + " U+" + Integer.toHexString(s.charAt(1)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "display\tmap\tU+00A0\tU+0020\tnote",                       // 5 columns
      "display\tfrobnicate\tU+00A0\tU+0020\tnote\ta => a",        // unknown op
      "display\tmap\t[\\u00A0-\tU+0020\tnote\ta => a",             // bad pattern
      "display\tmap\tU+00A0\t\tnote\ta => a",                      // map without replacement
      "display\tdelete\tU+00A0\tU+0020\tnote\ta => a",             // delete with one
      "search\tarticle\tal\t\tnote\tal x => x",                    // token op outside key
      "display\tmap\tU+00A0\tU+0020\tnote\tno arrow",              // bad example
      "key\tdelete\tU+0041\t\tnote\ta => a\nsearch\tdelete\tU+0042\t\tnote\ta => a", // profiles out of order
      "display\tmap\tU+12\tU+0020\tnote\ta => a"                   // bad code point
  })
  void malformedRowsAreRefusedWithTheirLine(String table) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FoldRules.parse(new BufferedReader(new StringReader("# header\n" + table))));
    assertTrue(e.getMessage().startsWith("fold-rules.tsv:"), e.getMessage());
  }

  @Test
  void profileNamesParseIgnoringCase() {
    assertEquals(FoldProfile.SEARCH, FoldProfile.of("Search"));
    assertThrows(IllegalArgumentException.class, () -> FoldProfile.of("loose"));
  }
}
