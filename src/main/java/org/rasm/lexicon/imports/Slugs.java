package org.rasm.lexicon.imports;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** ASCII slugs for new IDs: {@code Deir ez-Zor} to {@code deir-ez-zor}. */
final class Slugs {
  private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private Slugs() {}

  /** The name in plain ASCII letters, case kept, ayn and hamza marks dropped: {@code Tall Rif‘at} to {@code Tall Rifat}. */
  static String ascii(String name) {
    String ascii;
    synchronized (TO_ASCII) {
      ascii = TO_ASCII.transliterate(name.replaceAll("[\u02BE\u02BF\u2018\u2019'`]", ""));
    }
    return ascii.strip();
  }

  static String of(String name) {
    String slug = ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
