package org.rasm.lang;

import java.util.List;

/**
 * The languages and scripts of a text.
 *
 * <pre>{@code
 * Detection d = Rasm.defaults().detect("وقال المرصد السوري إن الغارات استهدفت مواقع قرب البوكمال");
 * d.language();     // "ar"
 * d.script();       // "Arab"
 * }</pre>
 *
 * @param language ISO 639-1 code of the language with the most letters, or null when there are none
 * @param script ISO 15924 code of the script with the most letters ({@code Zyyy} when there are none)
 * @param confidence share of the letters that are in {@code language}, weighted by how sure each run is (0 to 1)
 * @param spans one per script run, in order
 */
public record Detection(String language, String script, double confidence, List<LanguageSpan> spans) {
  public Detection {
    spans = List.copyOf(spans);
  }
}
