package org.rasm.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.romanize.InvariantKey;

/**
 * The Arabic names of organisations, and of places in three words or more, read word by word against a romanised
 * phrase: "Maktab al-Amn al-Qawmi" is مكتب الأمن القومي, "al-Quwat al-Iraniyya" القوات الإيرانية, "Matar Hama
 * al-Askari" مطار حماة العسكري. A romanisation keeps the Arabic words and their order, but not
 * always the letters the whole name's keys are made of: a qualifier dropped on one side only (مكتب), a construct t
 * (Quwat) that Arabic writes as ت. So each word of the query is compared with the transliteration of the Arabic word in
 * its place, and every one must be near. Names are looked up by the first letter of each word's invariant key.
 * Immutable and thread-safe.
 */
final class RomanisedPhrases {
  /** The least mean similarity of the words: as near as a whole fuzzy name of an organisation must be. */
  static final double MINIMUM = 0.9;
  /** The least similarity of any one word: a word spelt otherwise is another word. */
  static final double WORD_MINIMUM = 0.75;
  /**
   * Prepositions and the conjunction written apart from their noun, in either script ("li-Huquq", "lil-Anbaa", في):
   * no word of a name. Any other short word is one: آي is the Eye of ميدل إيست آي.
   */
  private static final Set<String> PARTICLES = Set.of("li", "bi", "fi", "wa", "lil", "bil", "fil", "wal", "min", "an",
      "ل", "ب", "و", "ف", "في", "من", "عن");
  /** Countries are left out: their names are one or two words, and people are named after them (al-Masri). */
  private static final Set<EntityType> READ = Set.of(EntityType.ACTOR, EntityType.OUTLET, EntityType.PLACE);
  /**
   * A place's name so read needs three words or more and a nearer spelling: two words are as often another place
   * (Nahr al-Bared, a camp in Lebanon, is no Barada river).
   */
  static final int MIN_PLACE_WORDS = 3;
  static final double PLACE_MINIMUM = 0.95;

  /** An Arabic name of an entity, and the transliteration of each of its words as NameSimilarity compares them. */
  private record Phrase(Entity entity, String written, List<String> words) {}

  /** A match: the entity, the Arabic name it was met by, and the mean similarity of the words. */
  record Match(Entity entity, String alias, double score) {}

  private final Map<String, List<Phrase>> byInitials = new HashMap<>();

  RomanisedPhrases(Lexicon lexicon) {
    for (Entity e : lexicon.entities()) {
      if (!READ.contains(e.type())) {
        continue;
      }
      for (String name : e.names()) {
        if (!NameForms.isArabic(name)) {
          continue;
        }
        String key = NameForms.wordsKeyOf(name);
        // a word that begins with ل may be one (لواء) or ل joined to one (لحقوق): both readings are indexed
        for (List<String> words : new java.util.LinkedHashSet<>(List.of(words(key, false), words(key, true)))) {
          String initials = initials(words);
          if (initials != null && words.size() >= 2) {
            List<String> phonetics = words.stream().map(NameForms::phonetic).toList();
            byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(new Phrase(e, name, phonetics));
          }
        }
      }
    }
  }

  /**
   * The organisation or place of {@code types} whose Arabic name a romanised query of two words or more spells word by
   * word; empty when none does, or two unrelated ones do within {@code tie}.
   */
  Optional<Match> of(String query, Predicate<Entity> types, double tie) {
    if (query.strip().indexOf(' ') < 0 || NameForms.isArabic(query)) {
      return Optional.empty();
    }
    List<String> words = words(NameForms.wordsKeyOf(query), false);
    String initials = initials(words);
    List<Phrase> phrases = initials == null || words.size() < 2 ? null : byInitials.get(initials);
    if (phrases == null) {
      return Optional.empty();
    }
    List<String> phonetics = words.stream().map(NameForms::phonetic).toList();
    Match best = null;
    Match second = null;
    for (Phrase p : phrases) {
      if (!types.test(p.entity())) {
        continue;
      }
      boolean place = p.entity().type() == EntityType.PLACE;
      if (place && words.size() < MIN_PLACE_WORDS) {
        continue;
      }
      double score = score(phonetics, p.words());
      if (score < (place ? PLACE_MINIMUM : MINIMUM)) {
        continue;
      }
      Match m = new Match(p.entity(), p.written(), Math.round(score * 1000) / 1000.0);
      if (best == null || m.score() > best.score()) {
        second = best != null && best.entity() != m.entity() ? best : second;
        best = m;
      } else if (m.entity() != best.entity() && (second == null || m.score() > second.score())) {
        second = m;
      }
    }
    if (best == null || second != null && second.score() >= best.score() - tie) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** The mean similarity of the words in order; 0 when the counts differ or one word is not near its fellow. */
  private static double score(List<String> romanised, List<String> transliterated) {
    double sum = 0;
    for (int i = 0; i < romanised.size(); i++) {
      double s = NameSimilarity.scoreAgainstUnvocalised(romanised.get(i), transliterated.get(i));
      if (s < WORD_MINIMUM) {
        return 0;
      }
      sum += s;
    }
    return sum / romanised.size();
  }

  /**
   * The words of a key without a preposition written apart (li-Huquq, lil-Anba), and with {@code unjoined}, without a
   * ل joined to an Arabic word (لحقوق, of the rights).
   */
  private static List<String> words(String key, boolean unjoined) {
    List<String> out = new ArrayList<>();
    for (String w : NameIndex.WORD_BREAK.split(key)) {
      if (!PARTICLES.contains(w)) {
        out.add(unjoined && w.startsWith("ل") && w.length() > 3 ? w.substring(1) : w);
      }
    }
    return out;
  }

  /** The first letter of each word's invariant key; null when a word has none. */
  private static String initials(List<String> words) {
    StringBuilder sb = new StringBuilder(words.size());
    for (String w : words) {
      String inv = InvariantKey.ofKeyFolded(w);
      if (inv.isEmpty()) {
        return null;
      }
      sb.append(inv.charAt(0));
    }
    return sb.toString();
  }
}
