package org.rasm.fold;

import java.util.Locale;

/**
 * The three folding profiles. Each one starts from the output of the one before it.
 *
 * <ul>
 *   <li>{@link #DISPLAY}: safe to store and show. NFC; bidirectional controls, zero-width characters, soft
 *       hyphens and the BOM removed; Arabic presentation forms to base letters; space characters unified.
 *       Line breaks and diacritics are kept.
 *   <li>{@link #SEARCH}: for matching and indexing. Case folded; Latin diacritics, Arabic harakat, dagger alef,
 *       Quranic marks and tatweel removed; alef, yeh, waw and heh forms unified; Persian and Urdu letters folded
 *       to Arabic; digits of every script to ASCII; Arabic punctuation and typographic quotes to ASCII.
 *   <li>{@link #KEY}: for name keys. Punctuation to spaces, articles dropped, doubled letters kept once, one
 *       space between parts.
 * </ul>
 *
 * The exact characters are listed in {@code fold-rules.tsv} beside this class and in this package's README.
 *
 * <pre>{@code
 * TextFolder.of(FoldProfile.of("key")).fold("Deir ez-Zor").text();   // "deir zor"
 * }</pre>
 */
public enum FoldProfile {
  DISPLAY,
  SEARCH,
  KEY;

  /** The profile's name as written on the command line and in the rules table: {@code display}, {@code search}, {@code key}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The profile named {@code id}, ignoring case.
   *
   * @throws IllegalArgumentException if there is no such profile
   */
  public static FoldProfile of(String id) {
    for (FoldProfile p : values()) {
      if (p.id().equalsIgnoreCase(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown folding profile '" + id + "': expected display, search or key");
  }
}
