package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ibm.icu.text.Normalizer2;
import org.rasm.FuzzText;
import org.rasm.Rasm;

/**
 * Coverage-guided fuzzing of the folding: every profile, through the facade, on any string. Without JAZZER_FUZZ it
 * runs the inputs under {@code FoldingFuzzTestInputs/fold} as a regression test; see the README for fuzzing.
 */
class FoldingFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void fold(byte[] input) {
    String text = FuzzText.of(input);
    for (FoldProfile p : FoldProfile.values()) {
      Folded f = Rasm.defaults().normalize(text, p); // documented never to throw
      String out = f.text();
      assertEquals(text, f.original());
      assertEquals(out, TextFolder.of(p).fold(out).text(), () -> p + " is not idempotent");
      assertTrue(Normalizer2.getNFCInstance().isNormalized(out), () -> p + " output is not NFC");
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        boolean paired = Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(++i));
        assertTrue(paired || !Character.isSurrogate(c), () -> p + " output has an unpaired surrogate");
      }
      OffsetMap map = f.offsets();
      assertEquals(out.length(), map.foldedLength());
      assertEquals(text.length(), map.originalLength());
      int[] positions = new int[out.length() + 1];
      int previousStart = 0;
      int previousEnd = 0;
      for (int i = 0; i <= out.length(); i++) {
        positions[i] = i;
        int start = map.originalStart(i);
        int end = map.originalEnd(i);
        int at = i;
        assertTrue(start >= previousStart && start <= text.length(), () -> p + " start of " + at + " not monotone or outside");
        assertTrue(end >= previousEnd && end <= text.length(), () -> p + " end of " + at + " not monotone or outside");
        if (i < out.length()) {
          Span one = f.toOriginal(i, i + 1);
          assertTrue(one.start() < one.end(), () -> p + " folded char " + at + " comes from nothing");
        }
        previousStart = start;
        previousEnd = end;
      }
      int[] starts = map.originalStarts(positions);
      for (int i = 0; i <= out.length(); i++) {
        assertEquals(map.originalStart(i), starts[i], "originalStarts disagrees with originalStart");
      }
      char[] buffer = (text + "slack").toCharArray();
      if (TextFolder.of(p).foldInPlace(buffer, text.length())) {
        assertEquals(out, new String(buffer, 0, text.length()), () -> p + " in place differs");
      } else {
        assertEquals(text + "slack", new String(buffer), () -> p + " in place touched a buffer it refused");
      }
    }
  }
}
