package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every profile over generated text that mixes scripts, marks, controls and broken surrogates. */
class FoldingProperties {
  private static final String POOL =
      "abcdeiozAEIZ '’‘`ʿʾ-–—\"“”«»,.;:!?()/ 0123456789٠١٢٣٤٥٦٧٨٩۱۲۳" // Latin, punctuation, digits
          + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱکیےھہۀپچژگ" // Arabic, Persian, Urdu letters
          + "\u064B\u064C\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u06D6\u06ED\u0640" // harakat, marks, tatweel
          + "\u0300\u0301\u0302\u0307\u0308\u0327\u0338\u20D7\u1AB0" // combining marks
          + "ḥāşéßİıŁæ\u1100\u1161\u11A8가" // precomposed Latin, Hangul jamo
          + "\u200B\u200C\u200D\u200E\u200F\u202B\u202C\u2066\u2069\uFEFF\u00AD\u00A0\u2009\u3000\t\n\r\u0000\u0085" // invisible
          + "\uFEFB\uFEF7\uFEDF\uFE70\uFE71\uFE7C\uFDF2\uFDFA\uFB8E" // presentation forms
          + "\uD83D\uDE00\uD800\uDFFF"; // surrogate halves: they pair up or stay unpaired

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.strings().withChars(POOL.toCharArray()).ofMinLength(0).ofMaxLength(40);
  }

  @Property(tries = 3000)
  void everyProfileIsIdempotent(@ForAll("mixedText") String text) {
    for (FoldProfile p : FoldProfile.values()) {
      String once = TextFolder.of(p).fold(text).text();
      assertEquals(once, TextFolder.of(p).fold(once).text(), () -> p + " on " + escape(text));
    }
  }

  @Property(tries = 3000)
  void offsetsAreMonotoneAndInsideTheOriginal(@ForAll("mixedText") String text) {
    for (FoldProfile p : FoldProfile.values()) {
      Folded f = TextFolder.of(p).fold(text);
      int n = f.text().length();
      int previousStart = 0;
      int previousEnd = 0;
      for (int i = 0; i <= n; i++) {
        int start = f.offsets().originalStart(i);
        int end = f.offsets().originalEnd(i);
        assertTrue(start >= previousStart && start <= text.length(), () -> p + " start " + escape(text));
        assertTrue(end >= previousEnd && end <= text.length(), () -> p + " end " + escape(text));
        if (i < n) {
          Span one = f.toOriginal(i, i + 1);
          assertTrue(one.start() < one.end(), () -> p + " empty origin for a folded char in " + escape(text));
        }
        previousStart = start;
        previousEnd = end;
      }
    }
  }

  @Property(tries = 3000)
  void foldingInPlaceIsFolding(@ForAll("mixedText") String text) {
    for (FoldProfile p : FoldProfile.values()) {
      char[] buffer = (text + "slack").toCharArray();
      if (TextFolder.of(p).foldInPlace(buffer, text.length())) {
        assertEquals(TextFolder.of(p).fold(text).text(), new String(buffer, 0, text.length()), () -> p + " on " + escape(text));
      } else {
        assertEquals(text + "slack", new String(buffer), () -> p + " touched " + escape(text));
      }
    }
  }

  @Property(tries = 2000)
  void decomposedAndComposedInputFoldAlike(@ForAll("mixedText") String text) {
    String nfd = Normalizer2.getNFDInstance().normalize(text);
    String nfc = Normalizer2.getNFCInstance().normalize(text);
    for (FoldProfile p : FoldProfile.values()) {
      assertEquals(TextFolder.of(p).fold(nfc).text(), TextFolder.of(p).fold(nfd).text(), () -> p + " on " + escape(text));
    }
  }

  @Property(tries = 1000)
  void outputIsNfcAndValidUtf16(@ForAll("mixedText") String text) {
    for (FoldProfile p : FoldProfile.values()) {
      String out = TextFolder.of(p).fold(text).text();
      assertTrue(Normalizer2.getNFCInstance().isNormalized(out), () -> p + " not NFC: " + escape(text));
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(++i)), () -> escape(text));
        } else {
          assertTrue(!Character.isLowSurrogate(c), () -> escape(text));
        }
      }
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
