package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Guards the ICU4J version pinned in the pom: lucene-analysis-icu carries ICU data files of its own, and an ICU4J
 * that does not match them breaks ICUFoldingFilter ("Header authentication failed") and ICUTokenizer.
 */
class IcuLucenePairingTest {
  @Test
  void icuTokenizerAndFoldingFilterWorkWithThePinnedIcu4j() throws IOException {
    Tokenizer tokenizer = new ICUTokenizer();
    tokenizer.setReader(new StringReader("Şanlıurfa DEIR EZZOR البوكمال ٢٠١٨"));
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = new ICUFoldingFilter(tokenizer)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    assertEquals(List.of("sanliurfa", "deir", "ezzor", "البوكمال", "2018"), terms);
  }
}
