package org.rasm.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * A name with a number in it, described by the security service it belongs to: "Military Security Branch 215", "فرع
 * 227 للأمن العسكري", "Khatib Branch 251". Security branches are known by their numbers, and reporting puts the service
 * before or after them in any words. The number decides among the entities whose names hold it; every other word of
 * the query must be a word of that entity's names, a word of the name of a security service of the lexicon (the actors
 * of subtype {@code security-service}), or a stopword; one must be the entity's own and one a service's. Which
 * service a branch belongs to is not checked: the lexicon does not say.
 */
final class NumberedNames {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final String SERVICE = "security-service";
  /** The score of an answer so read: its number is met as written, its other words only as words. */
  private static final double SCORE = 0.95;

  /** The entities whose names hold a number as a word, by that number. */
  private final Map<String, List<Entity>> byNumber = new HashMap<>();
  /** The words of the names of each entity in {@link #byNumber}, key-folded. */
  private final Map<Entity, Set<String>> ownWords = new HashMap<>();
  /** The words of the names of the security services, key-folded. */
  private final Set<String> serviceWords = new HashSet<>();

  NumberedNames(Lexicon lexicon) {
    for (Entity e : lexicon.entities()) {
      Set<String> words = new HashSet<>();
      Set<String> numbers = new HashSet<>();
      for (String name : e.names()) {
        String[] nameWords = KEY.foldToString(name).split(" ");
        words.addAll(List.of(nameWords));
        for (String w : nameWords) {
          if (isNumber(w) && nameWords.length > 1) {
            numbers.add(w);
          }
        }
      }
      if (e.type() == EntityType.ACTOR && e.subtype().equals(SERVICE)) {
        serviceWords.addAll(words);
      }
      for (String number : numbers) {
        byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(e);
      }
      if (!numbers.isEmpty()) {
        ownWords.put(e, Set.copyOf(words));
      }
    }
  }

  /** The one entity of {@code types} that the query names by its number, as above; null for none or more. */
  Resolution read(String query, Predicate<Entity> types, boolean explain) {
    String[] written = SEARCH.foldToString(query.strip()).split(" ");
    if (written.length < 2) {
      return null;
    }
    String number = null;
    for (String w : written) {
      if (isNumber(w)) {
        if (number != null) {
          return null;
        }
        number = w;
      }
    }
    if (number == null) {
      return null;
    }
    Entity found = null;
    for (Entity e : byNumber.getOrDefault(number, List.of())) {
      if (types.test(e) && described(written, number, ownWords.get(e))) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    if (found == null) {
      return null;
    }
    Map<String, String> why = explain
        ? Map.of("rule", "by its number " + number + ", the other words its names' or a security service's")
        : Map.of();
    return new Resolution(query, found.id(), found.type().id(), found.nameEn(), found.nameAr(), SCORE, "key",
        List.of(new Resolution.Candidate(found.id(), SCORE)), why);
  }

  /**
   * True when every word of the query but the number is one of {@code own}, a security service's or a stopword, read
   * without a joined clitic if need be (للأمن), one is of {@code own} and one a security service's ("branch" is, of
   * "Military Intelligence Branch"): "فرانس 24 بالعربي" is no branch.
   */
  private boolean described(String[] written, String number, Set<String> own) {
    boolean anyOwn = false;
    boolean anyService = false;
    for (String w : written) {
      if (w.equals(number)) {
        continue;
      }
      List<String> readings = new ArrayList<>(List.of(KEY.foldToString(w)));
      for (ArabicClitics.Unclitic u : ArabicClitics.without(w)) {
        readings.add(KEY.foldToString((u.articleKept() ? "ال" : "") + u.rest()));
      }
      boolean known = false;
      for (String key : readings) {
        boolean service = serviceWords.contains(key) && !NameForms.isStopword(key);
        anyOwn |= own.contains(key);
        anyService |= service;
        known |= own.contains(key) || service || NameForms.isStopword(key) || key.isEmpty();
      }
      if (!known) {
        return false;
      }
    }
    return anyOwn && anyService;
  }

  private static boolean isNumber(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
