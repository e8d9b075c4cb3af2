package org.rasm.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.EntityType;

/** Lucene's own checks of {@link RasmAnalyzer}, and its offsets on the test documents. */
public class RasmAnalyzerTest extends BaseTokenStreamTestCase {
  private static final String ID = RasmCanonicalIdFilter.TYPE;
  private static final String WORD = "<ALPHANUM>";

  public void testBothScripts() throws IOException {
    try (Analyzer a = new RasmAnalyzer()) {
      assertAnalyzesTo(a, "Shelling hit al-Bokamal’s outskirts and بدير الزور.",
          new String[] {"shelling", "hit", "al", "place:albu-kamal", "bokamals", "outskirts", "and", "بدير", "place:dayr-az-zawr", "الزور"},
          new int[] {0, 9, 13, 13, 16, 26, 36, 40, 40, 45},
          new int[] {8, 12, 15, 25, 25, 35, 39, 44, 50, 50},
          new String[] {WORD, WORD, WORD, ID, WORD, WORD, WORD, WORD, ID, WORD},
          new int[] {1, 1, 1, 0, 1, 1, 1, 1, 0, 1},
          new int[] {1, 1, 1, 2, 1, 1, 1, 1, 2, 1});
    }
  }

  /** Lucene's consistency checks (offsets, graph, reuse) over generated hostile text with lexicon names in it. */
  public void testGeneratedHostileText() throws IOException {
    List<String> texts = org.rasm.MixedText.text().sampleStream().limit(60 * RANDOM_MULTIPLIER).toList();
    try (Analyzer plain = new RasmAnalyzer(); Analyzer stem = RasmAnalyzer.builder().stem(true).ignoreCase(true).build()) {
      for (String text : texts) {
        try {
          checkAnalysisConsistency(random(), plain, random().nextBoolean(), text);
          checkAnalysisConsistency(random(), stem, random().nextBoolean(), text);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError("on " + org.rasm.MixedText.escape(text), e);
        }
      }
    }
  }

  /**
   * Found by EntryPointProperties: StandardTokenizer gives a final offset of 0 for text that ends with an unpaired high
   * surrogate; the analyzer replaces unpaired surrogates before it.
   */
  public void testTextEndingInAnUnpairedSurrogateKeepsItsFinalOffset() throws IOException {
    try (Analyzer a = new RasmAnalyzer()) {
      for (String text : List.of("a \uD800", "\uD800", "قصف \uD83D\uDE00 \u0648\uD800", "a b\uDBFF\uDBFF")) {
        try (TokenStream ts = a.tokenStream("f", text)) {
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            assertTrue(offset.endOffset() <= text.length());
          }
          ts.end();
          assertEquals(text.length(), offset.endOffset());
        }
      }
      assertAnalyzesTo(a, "a\uD800b \uDC00", new String[] {"a", "b"}, new int[] {0, 2}, new int[] {1, 3});
    }
  }

  /** Found by EntryPointProperties: a lone tatweel is a word to the tokenizer and folded to nothing. */
  public void testWordsThatFoldToNothingLeaveAHole() throws IOException {
    try (Analyzer a = new RasmAnalyzer()) {
      assertAnalyzesTo(a, "\u0640", new String[0]);
      assertAnalyzesTo(a, "قصف \u0640\u0640 البوكمال",
          new String[] {"قصف", "البوكمال", "place:albu-kamal"},
          new int[] {0, 7, 7},
          new int[] {3, 15, 15},
          new String[] {WORD, WORD, ID},
          new int[] {1, 2, 0},
          new int[] {1, 1, 1});
    }
  }

  public void testStemmingLeavesNamesAlone() throws IOException {
    try (Analyzer a = RasmAnalyzer.builder().stem(true).build()) {
      // والمقاتلين is stemmed; the names (clitic and all) are not
      assertAnalyzesTo(a, "والمقاتلين في البوكمال والرقة",
          new String[] {"مقاتل", "في", "البوكمال", "place:albu-kamal", "والرقه", "place:rakka"});
    }
    try (Analyzer a = new RasmAnalyzer()) {
      assertAnalyzesTo(a, "والمقاتلين", new String[] {"والمقاتلين"});
    }
  }

  public void testBuilderOptions() throws IOException {
    try (Analyzer a = RasmAnalyzer.builder().ignoreCase(true).types(EnumSet.of(EntityType.PLACE)).build()) {
      assertAnalyzesTo(a, "abu kamal SDF", new String[] {"abu", "place:albu-kamal", "kamal", "sdf"});
    }
    expectThrows(IllegalArgumentException.class, () -> RasmAnalyzer.builder().types(EnumSet.noneOf(EntityType.class)));
  }

  public void testMultiTermQueriesAreFolded() {
    try (Analyzer a = new RasmAnalyzer()) {
      assertEquals(new BytesRef("البوكمال"), a.normalize("body", "البُوكَمال"));
      assertEquals(new BytesRef("deir"), a.normalize("body", "DEİR".replace('İ', 'I')));
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer plain = new RasmAnalyzer();
        Analyzer stem = RasmAnalyzer.builder().stem(true).ignoreCase(true).build()) {
      checkRandomData(random(), plain, 100 * RANDOM_MULTIPLIER);
      checkRandomData(random(), stem, 100 * RANDOM_MULTIPLIER);
      for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random(), random().nextBoolean() ? plain : stem, random().nextBoolean(),
            RasmCanonicalIdFilterTest.nameSoup(random()));
      }
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (Analyzer a = new RasmAnalyzer()) {
      checkRandomData(random(), a, 3 * RANDOM_MULTIPLIER, 4096);
    }
  }

  /**
   * On every test document: a word token is the search folding of the text at its offsets, and an ID token covers
   * exactly the tokens of its name, so highlighters mark the right characters in both scripts.
   */
  public void testOffsetsPointAtTheOriginalText() throws IOException {
    TextFolder search = TextFolder.of(FoldProfile.SEARCH);
    int ids = 0;
    try (Analyzer a = new RasmAnalyzer()) {
      for (String text : documents()) {
        try (TokenStream ts = a.tokenStream("body", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          TypeAttribute type = ts.addAttribute(TypeAttribute.class);
          ts.reset();
          int lastStart = -1;
          int lastEnd = -1;
          int idEnd = -1;
          while (ts.incrementToken()) {
            String original = text.substring(offset.startOffset(), offset.endOffset());
            if (type.type().equals(ID)) {
              ids++;
              assertEquals("an ID starts where its name's first token, just before it, starts", lastStart, offset.startOffset());
              idEnd = offset.endOffset();
            } else {
              assertEquals(search.fold(original).text(), term.toString());
              lastStart = offset.startOffset();
              lastEnd = offset.endOffset();
            }
            if (idEnd >= 0 && lastEnd >= idEnd) {
              assertEquals("an ID ends where a token of its name ends", idEnd, lastEnd);
              idEnd = -1;
            }
          }
          ts.end();
        }
      }
    }
    assertTrue("names found: " + ids, ids > 500);
  }

  static List<String> documents() throws IOException {
    List<String> docs = new ArrayList<>();
    for (String dir : List.of("testdata/docs", "testdata/tag/docs", "testdata/dedup/docs")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          docs.add(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      }
    }
    return docs;
  }
}
