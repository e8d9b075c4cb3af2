package org.rasm.romanize;

import java.util.Locale;

/**
 * Transliteration schemes from Arabic to Latin.
 *
 * <pre>{@code
 * Transliteration.of(Scheme.NEWS).apply("الرقة");   // "ar-Rqa" (unvocalised: no short vowels)
 * Scheme.of("buckwalter");                         // BUCKWALTER
 * }</pre>
 */
public enum Scheme {
  /** ICU's Arabic-Latin transform, with a per-word cache. */
  ICU,
  /** The spelling of English-language news: al-, ash-, kh, sh, q, long vowels as i and u. */
  NEWS,
  /** ASCII BGN/PCGN: the article apart (ash Sham), ' for ain and hamza, ah for teh marbuta. */
  BGN,
  /** Buckwalter's one-to-one ASCII transliteration; {@link Transliteration#fromBuckwalter} reverses it. */
  BUCKWALTER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown scheme
   */
  public static Scheme of(String id) {
    for (Scheme s : values()) {
      if (s.id().equalsIgnoreCase(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scheme '" + id + "': expected icu, news, bgn or buckwalter");
  }
}
