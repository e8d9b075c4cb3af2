package org.rasm.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;

/**
 * Writings of one name that the folding profiles make one: each entity's own names, rewritten so, resolve as they do
 * written plainly. These are differences of typing, not of spelling: a tatweel, short vowels, the hamza forms of alef,
 * a final ه for ة, Persian letters for Arabic ones, invisible joiners; capitals, typographic quotes and dashes, Latin
 * diacritics.
 */
class ResolverInvarianceTest {
  static Resolver resolver;
  static Lexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = Lexicon.defaults();
    resolver = new Resolver(lexicon);
  }

  static final Map<String, UnaryOperator<String>> ARABIC = Map.of(
      "tatweel after the first letter", s -> s.length() > 2 ? s.charAt(0) + "\u0640" + s.substring(1) : s,
      "a fatha on every letter", s -> s.replaceAll("([\\u0628-\\u064A])", "$1\u064E"),
      "hamza forms of alef as bare alef", s -> s.replaceAll("[\u0623\u0625\u0622]", "\u0627"),
      "final ة as ه", s -> s.replaceAll("\u0629(?=\\s|$)", "\u0647"),
      "Persian kaf and yeh", s -> s.replace('\u0643', '\u06A9').replace('\u064A', '\u06CC'),
      "zero-width non-joiner inside words", s -> s.replaceAll("(?<=\\p{IsArabic})(?=\\p{IsArabic})", "\u200C"),
      "bidirectional marks around it", s -> "\u200F" + s + "\u200E");

  static final Map<String, UnaryOperator<String>> LATIN = Map.of(
      "capitals", s -> s.toUpperCase(java.util.Locale.ROOT),
      "small letters", s -> s.toLowerCase(java.util.Locale.ROOT),
      "typographic apostrophe", s -> s.replace('\'', '\u2019'),
      "en dash for hyphen", s -> s.replace('-', '\u2013'),
      "no-break spaces", s -> s.replace(' ', '\u00A0'),
      "in quotation marks", s -> "\u201C" + s + "\u201D");

  @Test
  void typingDifferencesDoNotChangeTheAnswer() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Entity e : lexicon.entities()) {
      for (String name : List.of(e.nameEn(), e.nameAr())) {
        if (name.isEmpty()) {
          continue;
        }
        boolean arabic = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        String expected = resolver.resolve(name).id();
        for (Map.Entry<String, UnaryOperator<String>> change : (arabic ? ARABIC : LATIN).entrySet()) {
          String variant = change.getValue().apply(name);
          if (variant.equals(name) || change.getKey().equals("capitals") && variant.replaceAll("[^A-Z]", "").length() <= 2) {
            continue; // unchanged, or a short name in capitals, which is an acronym
          }
          checked++;
          String got = resolver.resolve(variant).id();
          if (!Objects.equals(expected, got)) {
            problems.add(change.getKey() + ": " + variant + " -> " + got + ", " + name + " -> " + expected);
          }
        }
      }
    }
    assertTrue(checked > 5_000, "checked " + checked);
    assertTrue(problems.isEmpty(), problems.size() + " of " + checked + ":\n" + String.join("\n", problems));
  }
}
