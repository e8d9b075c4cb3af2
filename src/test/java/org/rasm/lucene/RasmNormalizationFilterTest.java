package org.rasm.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** Lucene's own checks of {@link RasmNormalizationFilter} and its factory. */
public class RasmNormalizationFilterTest extends BaseTokenStreamFactoryTestCase {

  private static Analyzer analyzer(boolean mock) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = mock ? new MockTokenizer(MockTokenizer.WHITESPACE, false) : new StandardTokenizer();
        return new TokenStreamComponents(source, new RasmNormalizationFilter(source));
      }
    };
  }

  public void testFoldsBothScriptsAndKeepsOffsets() throws IOException {
    try (Analyzer a = analyzer(false)) {
      // harakat and tatweel go, ة and ى fold, Latin case and diacritics fold; offsets stay on the text as written
      assertAnalyzesTo(a, "Al-Bokamal’s البُوكَمال مدينة الرقـــة Ḥalab مستشفى",
          new String[] {"al", "bokamals", "البوكمال", "مدينه", "الرقه", "halab", "مستشفي"},
          new int[] {0, 3, 13, 24, 30, 39, 45},
          new int[] {2, 12, 23, 29, 38, 44, 51});
    }
  }

  public void testDigitsAndPresentationForms() throws IOException {
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(a, "٢٥ ﻻ", new String[] {"25", "لا"});
    }
  }

  public void testCanonicalIdsPassUnchanged() throws IOException {
    try (Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ids = new RasmCanonicalIdFilter(source, NameIndexes.defaults(), null, true, false);
        return new TokenStreamComponents(source, new RasmNormalizationFilter(ids));
      }
    }) {
      assertAnalyzesTo(a, "البوكمال", new String[] {"البوكمال", "place:albu-kamal"});
    }
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new RasmNormalizationFilter(source));
      }
    }) {
      checkOneTerm(a, "", "");
      checkOneTerm(a, "ـــ", ""); // tatweel alone folds to nothing
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = analyzer(true); Analyzer b = analyzer(false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), b, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testFactory() throws Exception {
    TokenStream stream = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    ((Tokenizer) stream).setReader(new java.io.StringReader("Dayr ٱلزُّور"));
    stream = tokenFilterFactory(RasmNormalizationFilterFactory.NAME).create(stream);
    assertTokenStreamContents(stream, new String[] {"dayr", "الزور"});
  }

  public void testFactoryNormalizesQueryTerms() throws Exception {
    assertEquals(RasmNormalizationFilterFactory.class, org.apache.lucene.analysis.TokenFilterFactory.lookupClass("rasmNormalization"));
    TokenStream stream = new KeywordTokenizer();
    ((Tokenizer) stream).setReader(new java.io.StringReader("البُوكَمال*"));
    stream = tokenFilterFactory(RasmNormalizationFilterFactory.NAME).normalize(stream);
    assertTokenStreamContents(stream, new String[] {"البوكمال*"});
  }

  public void testBogusArguments() throws Exception {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> tokenFilterFactory(RasmNormalizationFilterFactory.NAME, "bogusArg", "bogusValue"));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
