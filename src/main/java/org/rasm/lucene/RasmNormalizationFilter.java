package org.rasm.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Folds each token with rasm's {@code search} profile ({@link FoldProfile#SEARCH}, rows in {@code fold-rules.tsv}):
 *
 * <ul>
 *   <li>NFC; bidi controls, zero-width characters, soft hyphens, BOM and stray control characters removed;
 *   <li>Arabic presentation forms to base letters, lam-alef ligatures to two letters;
 *   <li>full case folding; Latin diacritics removed (ḥ ā ş é → h a s e); ʿ ʾ removed, apostrophes inside words removed;
 *   <li>harakat, dagger alef, Quranic marks and tatweel removed; آ أ إ ٱ → ا, ؤ → و, ئ ى → ي, ة → ه;
 *   <li>Persian and Urdu letters (ک ی ے ھ ہ ۀ) to Arabic; digits of every script to ASCII;
 *   <li>Arabic punctuation, typographic quotes and dashes to ASCII.
 * </ul>
 *
 * Offsets are left as they are: they keep pointing at the token as written. Tokens typed
 * {@link RasmCanonicalIdFilter#TYPE} are canonical IDs, already keys, and pass unchanged. Most tokens are folded in
 * place, a table lookup per char; the few that need more (combining marks, expansions, apostrophes) are folded whole,
 * and each filter keeps up to {@value #CACHE_LIMIT} of those results, because news text repeats its words.
 */
public final class RasmNormalizationFilter extends TokenFilter {
  static final int CACHE_LIMIT = 16384;
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final CharArrayMap<char[]> folded = new CharArrayMap<>(256, false);

  public RasmNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    if (RasmCanonicalIdFilter.TYPE.equals(typeAtt.type()) || SEARCH.foldInPlace(buffer, length)) {
      return true;
    }
    char[] f = folded.get(buffer, 0, length);
    if (f == null) {
      f = SEARCH.foldToString(new String(buffer, 0, length)).toCharArray();
      if (folded.size() >= CACHE_LIMIT) {
        folded.clear(); // a bound, not an eviction policy: the common words come back at once
      }
      folded.put(java.util.Arrays.copyOf(buffer, length), f);
    }
    termAtt.copyBuffer(f, 0, f.length);
    return true;
  }
}
