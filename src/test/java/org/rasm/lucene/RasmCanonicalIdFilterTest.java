package org.rasm.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** Lucene's own checks of {@link RasmCanonicalIdFilter} and its factory. */
public class RasmCanonicalIdFilterTest extends BaseTokenStreamFactoryTestCase {
  private static final String ID = RasmCanonicalIdFilter.TYPE;
  private static final String WORD = "<ALPHANUM>";

  private static Analyzer analyzer(Set<String> types, boolean keepOriginal, boolean mock) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = mock ? new MockTokenizer(MockTokenizer.WHITESPACE, false) : new StandardTokenizer();
        return new TokenStreamComponents(source, new RasmCanonicalIdFilter(source, NameIndexes.defaults(), types, keepOriginal, false));
      }
    };
  }

  private static Analyzer analyzer() {
    return analyzer(null, true, false);
  }

  public void testMultiTokenNameSpansItsPositions() throws IOException {
    try (Analyzer a = analyzer()) {
      // "ez" is an article inside the name: passed over, but spanned
      assertAnalyzesTo(a, "near Dayr az Zawr today",
          new String[] {"near", "Dayr", "place:dayr-az-zawr", "az", "Zawr", "today"},
          new int[] {0, 5, 5, 10, 13, 18},
          new int[] {4, 9, 17, 12, 17, 23},
          new String[] {WORD, WORD, ID, WORD, WORD, WORD},
          new int[] {1, 1, 0, 1, 1, 1},
          new int[] {1, 1, 3, 1, 1, 1});
    }
  }

  public void testArabicArticleCliticAndPossessive() throws IOException {
    try (Analyzer a = analyzer()) {
      // the leading article opens the span; the joined و is tried off; the English possessive is set aside
      assertAnalyzesTo(a, "al-Bokamal’s fields والبوكمال",
          new String[] {"al", "place:albu-kamal", "Bokamal’s", "fields", "والبوكمال", "place:albu-kamal"},
          new int[] {0, 0, 3, 13, 20, 20},
          new int[] {2, 12, 12, 19, 29, 29},
          new String[] {WORD, ID, WORD, WORD, WORD, ID},
          new int[] {1, 0, 1, 1, 1, 0},
          new int[] {1, 2, 1, 1, 1, 1});
    }
  }

  public void testNameTokensAreKeywords() throws IOException {
    try (Analyzer a = analyzer(); TokenStream ts = a.tokenStream("f", "قصف دير الزور")) {
      assertTokenStreamContents(ts, new String[] {"قصف", "دير", "place:dayr-az-zawr", "الزور"}, null, null, null, null, null,
          13, null, new boolean[] {false, true, true, true}, true, null);
    }
  }

  public void testLongestNameWins() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "Deir Ezzor 24 reported", new String[] {"Deir", "outlet:deir-ezzor-24", "Ezzor", "24", "reported"});
      assertAnalyzesTo(a, "Deir Ezzor reported", new String[] {"Deir", "place:dayr-az-zawr", "Ezzor", "reported"});
    }
  }

  public void testIncompleteNameAtTheEndLeavesTokensAlone() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "in Deir ez", new String[] {"in", "Deir", "ez"}, new int[] {1, 1, 1});
      assertAnalyzesTo(a, "قوات سوريا", new String[] {"قوات", "سوريا", "country:syria"});
    }
  }

  public void testNamesStopAtPunctuation() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "Latakia airport", new String[] {"Latakia", "place:latakia-international-airport", "airport"});
      assertAnalyzesTo(a, "Latakia, an airport", new String[] {"Latakia", "place:latakia", "an", "airport"});
    }
  }

  public void testCliticThatKeepsTheArticlesLam() throws IOException {
    try (Analyzer a = analyzer()) {
      // لل is لِـ and the article's lam: what is left, لميليشيات, has the article of الميليشيات
      assertAnalyzesTo(a, "للميليشيات الإيرانية", new String[] {"للميليشيات", "actor:iran-backed-militias", "الإيرانية"});
    }
  }

  public void testAcronymsOnlyAsWritten() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "the SDF and sdf", new String[] {"the", "SDF", "actor:sdf", "and", "sdf"});
    }
  }

  public void testWhatGetsNoId() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "الميادين", new String[] {"الميادين"}); // a town and a channel: undecided
      assertAnalyzesTo(a, "السورية", new String[] {"السورية"}); // a demonym
      assertAnalyzesTo(a, "فرقة", new String[] {"فرقة"}); // "division": ف off it leaves رقة, without الرقة's article
      assertAnalyzesTo(a, "فتح الباب", new String[] {"فتح", "الباب"}); // a common word ("the door") without a cue
      assertAnalyzesTo(a, "مدينة الباب", new String[] {"مدينة", "الباب", "place:al-bab"});
      assertAnalyzesTo(a, "war", new String[] {"war"}); // al-Wa'r needs its capital
      assertAnalyzesTo(a, "abu kamal", new String[] {"abu", "kamal"});
    }
  }

  public void testIgnoreCase() throws Exception {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader("abu kamal and sdf"));
    TokenStream stream = tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "ignoreCase", "true").create(tokenizer);
    // a Latin name in lower case counts; an acronym still needs its capitals
    assertTokenStreamContents(stream, new String[] {"abu", "place:albu-kamal", "kamal", "and", "sdf"});
  }

  public void testLowerCaseNamesOfTheLexiconNeedNoCapital() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "regime forces shelled", new String[] {"regime", "actor:syrian-government-forces", "forces", "shelled"});
    }
  }

  public void testTypes() throws IOException {
    try (Analyzer a = analyzer(Set.of("actor"), true, false)) {
      assertAnalyzesTo(a, "SDF in Raqqa", new String[] {"SDF", "actor:sdf", "in", "Raqqa"});
    }
  }

  public void testWithoutOriginals() throws IOException {
    try (Analyzer a = analyzer(null, false, false)) {
      assertAnalyzesTo(a, "in Dayr az Zawr and Raqqa",
          new String[] {"in", "place:dayr-az-zawr", "and", "place:rakka"},
          new int[] {0, 3, 16, 20},
          new int[] {2, 15, 19, 25},
          new String[] {WORD, ID, WORD, ID},
          new int[] {1, 1, 3, 1},
          new int[] {1, 3, 1, 1});
      // a name at the end: the positions it spanned count at the end of the stream
      try (TokenStream ts = a.tokenStream("f", "in Dayr az Zawr")) {
        assertTokenStreamContents(ts, new String[] {"in", "place:dayr-az-zawr"}, null, null, null, new int[] {1, 1},
            new int[] {1, 3}, 15, 2, null, true, null);
      }
    }
  }

  public void testReuseAfterAnUnfinishedStream() throws IOException {
    try (Analyzer a = analyzer()) {
      try (TokenStream ts = a.tokenStream("f", "Dayr az Zawr and al-Bokamal")) {
        ts.reset();
        assertTrue(ts.incrementToken()); // abandoned with tokens read ahead
      }
      assertAnalyzesTo(a, "Raqqa", new String[] {"Raqqa", "place:rakka"});
    }
  }

  /** Random Unicode text, and random runs of name words, articles and clitics, through both tokenizers. */
  public void testRandomStrings() throws IOException {
    for (boolean keepOriginal : new boolean[] {true, false}) {
      try (Analyzer mock = analyzer(null, keepOriginal, true); Analyzer standard = analyzer(null, keepOriginal, false)) {
        checkRandomData(random(), mock, 100 * RANDOM_MULTIPLIER);
        checkRandomData(random(), standard, 100 * RANDOM_MULTIPLIER);
        for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
          String text = nameSoup(random());
          checkAnalysisConsistency(random(), random().nextBoolean() ? mock : standard, random().nextBoolean(), text);
        }
      }
    }
  }

  private static final String[] SOUP = {
    "Deir", "Dayr", "ez", "az", "al", "el", "Zor", "Zawr", "Ezzor", "24", "Abu", "Kamal", "al-Bokamal's", "Bokamal",
    "دير", "الزور", "ال", "البو", "كمال", "البوكمال", "والبوكمال", "بدير", "قوات", "سوريا", "الديمقراطية", "مدينة", "الباب",
    "SDF", "sdf", "province", "Raqqa", "الرقة", "فالرقة", "فرقة", "الميادين", "السورية", "and", "in", ",", "-", "\n"
  };

  static String nameSoup(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(SOUP[random.nextInt(SOUP.length)]).append(random.nextInt(5) == 0 ? "-" : " ");
    }
    return sb.toString();
  }

  public void testFactory() throws Exception {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader("SDF near Abu Kamal"));
    TokenStream stream = tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "types", "place, country", "keepOriginal", "false")
        .create(tokenizer);
    assertTokenStreamContents(stream, new String[] {"SDF", "near", "place:albu-kamal"}, null, null, null, new int[] {1, 1, 1},
        new int[] {1, 1, 2}, 18, true);
  }

  public void testFactoryWithLexiconFile() throws Exception {
    java.nio.file.Path dir = createTempDir();
    java.nio.file.Path file = dir.resolve("villages.tsv");
    java.nio.file.Files.writeString(file, "id\ttype\tsubtype\tname_en\tname_ar\taliases\tdemonyms\tparent\twikidata\tgeonames\tpcode\tlat\tlon\tsource\n"
        + "place:tal-zaytoun-test\tplace\tvillage\tTal Zaytoun Test\tتل زيتون التجريبية\t\t\t\t\t\t\t\t\tcurated\n");
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader("Tal Zaytoun Test"));
    TokenStream stream = tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "lexicons", file.toString()).create(tokenizer);
    assertTokenStreamContents(stream, new String[] {"Tal", "place:tal-zaytoun-test", "Zaytoun", "Test"});
  }

  public void testStrictArguments() throws Exception {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "lexicon", "x.tsv"));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    e = expectThrows(IllegalArgumentException.class, () -> tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "types", "place,city"));
    assertTrue(e.getMessage(), e.getMessage().contains("city"));
    e = expectThrows(IllegalArgumentException.class, () -> tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "types", ","));
    assertTrue(e.getMessage(), e.getMessage().contains("types"));
    e = expectThrows(IllegalArgumentException.class,
        () -> tokenFilterFactory(RasmCanonicalIdFilterFactory.NAME, "lexicons", createTempDir().resolve("missing.tsv").toString()));
    assertTrue(e.getMessage(), e.getMessage().contains("missing.tsv"));
  }
}
