package org.rasm.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Words.of parts a text as the regular expression it stands in for does, whatever spaces the text holds. */
class WordsProperties {
  @Provide
  Arbitrary<String> texts() {
    // the six spaces of \s, spaces strip() removes and \s does not (em space, ideographic), one it keeps (no-break)
    return Arbitraries.strings().withChars("ab ش \t\n\u000B\f\r\u2003\u3000\u00A0").ofMaxLength(12);
  }

  @Property(tries = 2000)
  void partsAsStripThenSplitAtSpaces(@ForAll("texts") String text) {
    assertArrayEquals(text.strip().split("\\s+"), Words.of(text), text);
  }
}
