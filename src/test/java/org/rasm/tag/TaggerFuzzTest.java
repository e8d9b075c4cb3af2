package org.rasm.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.rasm.FuzzText;
import org.rasm.Rasm;
import org.rasm.fold.Span;
import org.rasm.lexicon.Lexicon;

/**
 * Coverage-guided fuzzing of the tagger and the boilerplate stripper with the default lexicons. The seeds under
 * {@code TaggerFuzzTestInputs/tagAndStrip} are snippets of real reports and lexicon names, so that the fuzzer starts
 * inside the matching code rather than having to find a name first.
 */
class TaggerFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void tagAndStrip(byte[] input) {
    String text = FuzzText.of(input);
    Lexicon lexicon = Rasm.defaults().lexicon();

    int previousEnd = 0;
    for (Mention m : Rasm.defaults().tag(text)) {
      assertTrue(m.start() >= previousEnd, () -> "mentions out of order or overlapping at " + m.start());
      assertTrue(m.start() < m.end() && m.end() <= text.length(), () -> "mention outside the text: " + m);
      assertEquals(text.substring(m.start(), m.end()), m.text(), "a mention's text is its slice of the input");
      assertTrue(m.id() == null || lexicon.get(m.id()).isPresent(), () -> "unknown id " + m.id());
      assertTrue(m.score() >= 0 && m.score() <= 1, () -> "score outside [0, 1]: " + m.score());
      previousEnd = m.end();
    }

    Stripped s = Rasm.defaults().strip(text);
    List<Span> all = new ArrayList<>(s.kept());
    all.addAll(s.removed());
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    int covered = 0;
    for (Span span : all) {
      assertEquals(covered, span.start(), "kept and removed spans must tile the document");
      covered = span.end();
    }
    assertEquals(text.length(), covered, "kept and removed spans must cover the document");
    StringBuilder body = new StringBuilder();
    s.kept().forEach(k -> body.append(text, k.start(), k.end()));
    assertEquals(body.toString(), s.body(), "the body is the kept spans of the document");
    for (int pos = 0; pos <= s.body().length(); pos += Math.max(1, s.body().length() / 16)) {
      int original = s.toOriginal(pos);
      assertTrue(original >= 0 && original <= text.length(), "toOriginal outside the document");
      if (pos < s.body().length()) {
        assertEquals(s.body().charAt(pos), text.charAt(original), "toOriginal points at another character");
      }
    }
    if (s.source() != null) {
      assertNotNull(lexicon.get(s.source()).orElse(null), () -> "unknown outlet " + s.source());
    }
  }
}
