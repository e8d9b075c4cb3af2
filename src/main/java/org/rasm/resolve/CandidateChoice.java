package org.rasm.resolve;

import static org.rasm.resolve.KindsAsked.askedFor;
import static org.rasm.resolve.KindsAsked.namedLoosely;
import static org.rasm.resolve.KindsAsked.ofAskedKind;
import static org.rasm.resolve.KindsAsked.rank;
import static org.rasm.resolve.PlaceKinds.AREAS;
import static org.rasm.resolve.PlaceKinds.INSTEAD;
import static org.rasm.resolve.PlaceKinds.SETTLEMENTS;
import static org.rasm.resolve.PlaceKinds.UNITS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.NameIndex.Entry;

/**
 * Chooses the answer among the entities that the lookup of a query found, with their scores: which pass the minimum of
 * their layer, type and key length; which the query's words for a kind of thing prefer; which the priority of kinds
 * ranks first among those near the best score; when two unrelated entities tie, and none is chosen; and the unit or
 * site the query asks for above or after the name met ("Mambij district", "Mambij desert"). Immutable and
 * thread-safe.
 */
final class CandidateChoice {
  /** Entities whose scores are this close count as equally good; priority decides between them. */
  static final double NEAR = 0.04;
  /**
   * Entities of one type met by approximate spelling count as equally good only this close: a closer spelling is
   * another name ("Doummar" is Dummar, not al-Dumayr, though a town ranks before a quarter). Across types, the
   * priority decides within {@link #NEAR}: "Souseh" is the village, not Suisse.
   */
  static final double NEAR_SPELLING = 0.01;
  /** How much less a fuzzy match must score when the query names the kind of thing it is ("X District"). */
  private static final double ASKED_KIND_RELIEF = 0.03;
  /**
   * How much less than the minimum of its key's length a fuzzy match must score when the query asks only for
   * administrative units or bounded sites ("Nahiyat Ouj", "ناحية الحفا", "مخيم نيروز", "Jakjak River"): there are few
   * of each (14 governorates, 62 districts, 272 subdistricts, tens of camps or crossings), so a short name so asked is
   * less often another name; settlements are thousands ("Zahle town" is no al-Dahla). Chosen on the development sets:
   * 0.07 gives Ashara subdistrict for "Navçeya Şera" (Sharan, 0.857 for Ashara); none of 0.02 to 0.06 resolves a
   * negative (221 of them name a camp, prison, crossing, base, field, river, dam or bridge) or changes a right answer.
   */
  private static final double FEW_OF_KIND_RELIEF = 0.05;
  /**
   * The fewest letters of an invariant key that finds a thing named after a place by that key alone ({@link
   * #namedAfter}); a shorter one must be its key too.
   */
  private static final int MIN_LOOSE_NAMED_AFTER = 4;
  /** Two unrelated entities of one rank closer than this are a tie: neither is chosen. */
  static final double TIE = 0.02;
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);

  private final Lexicon lexicon;
  private final double threshold;
  private final NameIndex index;
  private final Geography geography;

  /** @param threshold the least score of a match by approximate spelling, before the minimums by type and key length */
  CandidateChoice(Lexicon lexicon, double threshold, NameIndex index) {
    this.lexicon = lexicon;
    this.threshold = threshold;
    this.index = index;
    this.geography = index.geography;
  }

  /**
   * The answer among the entities a lookup of {@code q} found: each at its score, met in its layer by the name in
   * {@code via}; those in {@code setAside} only once their own word for a kind of thing was set aside. The reasons go
   * to {@code why}.
   */
  Resolution choose(String query, NameForms q, Predicate<Entity> types, Map<Entity, Double> scores,
      Map<Entity, String> layers, Map<Entity, String> via, Set<Entity> setAside, Map<String, String> why) {
    int letters = q.invariant().length();
    double keyMinimum = FuzzyMinimums.ofKeyLength(letters);
    double base = Math.max(threshold, keyMinimum);
    // never under the minimum of a short name but for the kinds of which there are few (FEW_OF_KIND_RELIEF)
    Set<String> preferred = askedFor(q.subtypes());
    boolean fewOfKind = !preferred.isEmpty();
    for (String kind : preferred) {
      fewOfKind &= PlaceKinds.UNITS.contains(kind) || PlaceKinds.BOUNDED_SITES.contains(kind);
    }
    double askedKindMinimum =
        Math.max(threshold - ASKED_KIND_RELIEF, fewOfKind ? keyMinimum - FEW_OF_KIND_RELIEF : keyMinimum);
    if (!preferred.isEmpty()) {
      // a settlement met as spelt stands for the unit of the kind asked for above it that bears its name, when no
      // unit of that kind is spelt as near: "Bosra sub-district" is Busra Esh-Sham subdistrict, not Basira
      double nearest = scores.entrySet().stream().filter(x -> preferred.contains(x.getKey().subtype()))
          .mapToDouble(Map.Entry::getValue).max().orElse(0);
      for (Entity e : List.copyOf(scores.keySet())) {
        Optional<Entity> unit = SETTLEMENTS.contains(e.subtype()) && scores.get(e) >= 1 && nearest < scores.get(e) - NEAR
            ? unitAboveNamedLike(e, preferred, q.invariant()).filter(types) : Optional.empty();
        if (unit.isPresent() && scores.getOrDefault(unit.get(), -1.0) < scores.get(e)) {
          scores.put(unit.get(), scores.get(e));
          layers.put(unit.get(), layers.get(e));
          via.put(unit.get(), via.get(e));
        }
      }
    }
    double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    // the query's word for the kind of thing leaves fewer things it can mean: "Haerm District" among 62 districts;
    // unless another thing is spelt closer ("al-Jubayla district", the quarter, is not Jableh district), or the name
    // is of a place elsewhere ("Nairobi camp")
    boolean relieved = !index.otherPlaces.contains(q.core());
    Predicate<Entity> ofAskedKindNearTop = e -> relieved && preferred.contains(e.subtype()) && scores.get(e) >= top - TIE;
    Minimums needed = new Minimums(e -> ofAskedKindNearTop.test(e) ? askedKindMinimum : base, ofAskedKindNearTop);
    double floor = top - NEAR;
    Entity closest = scores.entrySet().stream().filter(x -> x.getValue() == top).map(Map.Entry::getKey).findFirst()
        .orElseThrow();
    boolean spelt = layers.get(closest).startsWith("fuzzy");
    // among places met by approximate spelling, one of another name spelt closer in the same tier outranks
    Map<Entity, Double> spellingFloor = new HashMap<>();
    for (Entity e : scores.keySet()) {
      double least = floor;
      for (Map.Entry<Entity, Double> x : scores.entrySet()) {
        if (sameTier(x.getKey(), e) && !index.sameName(x.getKey(), e)) {
          least = Math.max(least, x.getValue() - NEAR_SPELLING);
        }
      }
      spellingFloor.put(e, least);
    }
    List<Entity> ranked = new ArrayList<>(scores.keySet());
    boolean arabic = q.arabic();
    ranked.sort(Comparator.<Entity>comparingInt(e -> passes(e, scores, layers, needed, arabic) ? 0 : 1)
        .thenComparingInt(e -> preferred.contains(e.subtype()) ? 0 : 1)
        // of two kinds asked for, the head's: معتقل مطار المزة is the prison of the airport
        .thenComparingInt(e -> q.head().contains(e.subtype()) ? 0 : 1)
        // "Al Jazeera website" asks for an outlet, if not for the kind of outlet this one is: not the region
        .thenComparingInt(e -> ofAskedKind(e, preferred) ? 0 : 1)
        .thenComparingInt(e -> scores.get(e) >= (spelt ? spellingFloor.get(e) : floor) ? 0 : 1)
        // a name met as written is better evidence than one met only once its own qualifier was set aside
        // ("Falastin": Palestine, not the Falastin Branch prison), whatever their ranks
        .thenComparingInt(e -> setAside.contains(e) ? 1 : 0)
        .thenComparingInt(KindsAsked::rank)
        .thenComparingDouble(e -> -scores.get(e))
        .thenComparing(Entity::id));
    List<Resolution.Candidate> candidates = new ArrayList<>();
    for (Entity e : ranked) {
      candidates.add(new Resolution.Candidate(e.id(), scores.get(e)));
    }
    Entity best = ranked.get(0);
    if (!passes(best, scores, layers, needed, arabic)) {
      why.put("rule", "best fuzzy score " + scores.get(best) + " is under the threshold "
          + minimum(best, layers, needed, arabic));
      return new Resolution(query, null, null, null, null, scores.get(best), null, candidates, why);
    }
    String tieRule = "";
    if (ranked.size() > 1) {
      Entity second = ranked.get(1);
      boolean tie = passes(second, scores, layers, needed, arabic) && scores.get(second) >= scores.get(best) - TIE
          && preferred.contains(best.subtype()) == preferred.contains(second.subtype())
          && q.head().contains(best.subtype()) == q.head().contains(second.subtype())
          && rank(best) == rank(second) && !geography.related(best, second);
      Entity winner = tie ? tieBroken(q, best, second, layers, via) : null;
      if (winner != null) {
        tieRule = ", then, of " + winner.id() + " and " + (winner == best ? second : best).id()
            + ", the one met by its own name or by more of the query's words";
        tie = false;
      }
      if (winner == second) {
        ranked.set(0, second);
        ranked.set(1, best);
        best = second;
        candidates.set(0, candidates.set(1, candidates.get(0)));
      }
      if (tie) {
        why.put("rule", "tie between unrelated entities of the same rank: " + best.id() + ", " + second.id());
        return new Resolution(query, null, null, null, null, scores.get(best), null, candidates, why);
      }
    }
    if (setAside.contains(best) && preferred.isEmpty()) {
      // a thing met only once its own word is set aside ("Falastin Branch" for "Falasteen") is no answer when another
      // is spelt as near by its own name, though not near enough to be one: Palestine
      for (Entity other : ranked) {
        if (!setAside.contains(other) && scores.get(other) >= scores.get(best) - TIE) {
          why.put("rule", best.id() + " only without its own word, and " + other.id() + " as near by its name");
          return new Resolution(query, null, null, null, null, scores.get(best), null, candidates, why);
        }
      }
    }
    String rule = layers.get(best) + (ranked.size() > 1 ? ", then the priority of " + best.subtype() : "") + tieRule;
    Entity chosen = best;
    if (UNITS.contains(best.subtype()) && !preferred.contains(best.subtype())) {
      Optional<Entity> town = settlementNamedLike(best, q.invariant());
      if (town.isPresent()) {
        chosen = town.get();
        rule += ", then the " + chosen.subtype() + " under " + best.id() + " that bears the name";
      }
    }
    Set<String> asked = preferred;
    if (!preferred.isEmpty() && !preferred.contains(chosen.subtype())) {
      Optional<Entity> unit = unitAboveNamedLike(chosen, preferred, q.invariant());
      Set<String> instead = new HashSet<>();
      for (String kind : preferred) {
        if (INSTEAD.containsKey(kind)) {
          instead.add(INSTEAD.get(kind));
        }
      }
      boolean looseArea = AREAS.contains(chosen.subtype()) && !UNITS.contains(chosen.subtype());
      if (unit.isEmpty() && !instead.isEmpty() && !looseArea && namedAfter(chosen, preferred, types).isEmpty()) {
        // no place of the kind asked for bears the name: "Azaz region" is Azaz district, "منطقة عامودا" Amuda
        // subdistrict; a region, mountain or desert is named loosely (منطقة وادي النصارى)
        asked = instead;
        unit = instead.contains(chosen.subtype()) ? Optional.empty()
            : unitAboveNamedLike(chosen, instead, q.invariant());
      }
      if (unit.isPresent()) {
        rule += ", then the " + unit.get().subtype() + " above " + chosen.id() + " that the qualifier names";
        chosen = unit.get();
      }
    }
    if (!ofAskedKind(chosen, asked) && !index.bearsWords(via.get(best), q.qualifierWords())) {
      Optional<Entity> site = namedAfter(chosen, asked, types);
      if (site.isEmpty()) {
        why.put("rule", rule + "; but the query asks for: " + String.join(", ", new java.util.TreeSet<>(asked)) + "; "
            + chosen.id() + " is a " + chosen.subtype());
        return new Resolution(query, null, null, null, null, scores.get(best), null, candidates, why);
      }
      rule += ", then the " + site.get().subtype() + " named after " + chosen.id();
      chosen = site.get();
    }
    String match = layers.get(best).equals(NameMatcher.CROSS_SCRIPT) ? "fuzzy" : layers.get(best);
    // the subdistrict a district's word falls back to must bear the name as spelt: "Haditha district" is Iraq's, not
    // Hadideh subdistrict; a region's word falls back to districts named more loosely (El Hiffe bölgesi)
    Set<String> askedOfApproximateName = preferred.stream().anyMatch(UNITS::contains) ? preferred : asked;
    if (match.equals("fuzzy") && scores.get(best) < 1 && chosen.type() == EntityType.PLACE && !asked.isEmpty()
        && !askedOfApproximateName.contains(chosen.subtype()) && !namedLoosely(chosen)
        && asked.stream().anyMatch(kind -> EntityType.ofSubtype(kind) == EntityType.PLACE)) {
      why.put("rule", rule + "; but a name met by approximate spelling must be of the kind asked for: "
          + String.join(", ", new java.util.TreeSet<>(askedOfApproximateName)) + "; " + chosen.id() + " is a "
          + chosen.subtype());
      return new Resolution(query, null, null, null, null, scores.get(best), null, candidates, why);
    }
    why.put("alias", via.get(best));
    why.put("rule", rule);
    return new Resolution(query, chosen.id(), chosen.type().id(), chosen.nameEn(), chosen.nameAr(), scores.get(best),
        match, candidates, why);
  }

  /**
   * Fuzzy matches need the threshold; within one script, organisation and country names need more (their spellings
   * are brands); across scripts the transliteration is noise enough.
   */
  private boolean passes(Entity e, Map<Entity, Double> scores, Map<Entity, String> layers, Minimums needed,
      boolean arabicQuery) {
    return scores.get(e) >= minimum(e, layers, needed, arabicQuery);
  }

  /**
   * What a query asks of each entity: the least score of a fuzzy match of it, and whether it is of the kind the query
   * names, near the best score, which relieves that minimum ({@link #ASKED_KIND_RELIEF}).
   */
  private record Minimums(java.util.function.ToDoubleFunction<Entity> score, Predicate<Entity> relieved) {}

  /** The least score {@code e} needs in its layer: none for the strict layers. */
  private static double minimum(Entity e, Map<Entity, String> layers, Minimums needed, boolean arabicQuery) {
    String layer = layers.get(e);
    double least = needed.score().applyAsDouble(e);
    if (layer.equals(NameMatcher.CROSS_SCRIPT)) {
      return least;
    }
    if (!layer.equals("fuzzy")) {
      return 0;
    }
    // Arabic spellings of one name differ less than romanisations: their own minimum, relieved as the others are
    double arabicLeast = ArabicSimilarity.THRESHOLD - (needed.relieved().test(e) ? ASKED_KIND_RELIEF : 0);
    double byType = FuzzyMinimums.ofType(e.type(), arabicQuery);
    return Math.max(least, arabicQuery ? Math.max(byType, arabicLeast) : byType);
  }

  /**
   * The one entity of a kind the query asks for whose name, its qualifier set aside, is a name of {@code named}'s: of
   * a place, a thing in its governorate or in one named like it (Damascus International Airport lies in Rif Dimashq),
   * or in one it spans;
   * of anything else, a thing that is no place. "Mambij desert" spells the city and asks for a desert, and the Manbij
   * desert is named after it; "ميليشيات إيران" names Iran and asks for a militia. Empty when none, or more than one.
   */
  private Optional<Entity> namedAfter(Entity named, Set<String> asked, Predicate<Entity> types) {
    String governorate = named.type() == EntityType.PLACE ? geography.governorateOf(named) : null;
    // a river or region has no governorate but the ones it spans: the Khabur dam lies on the Khabur
    Set<String> span = named.type() == EntityType.PLACE && governorate == null ? geography.spanOf(named) : null;
    if (named.type() == EntityType.PLACE && governorate == null && span == null) {
      return Optional.empty();
    }
    Set<String> names = geography.invariantsOf(named.id());
    Set<String> keys = index.keysById.getOrDefault(named.id(), Set.of());
    Set<Entity> found = new HashSet<>();
    for (String name : names) {
      boolean byKeyOnly = named.type() == EntityType.PLACE && name.length() < MIN_LOOSE_NAMED_AFTER;
      for (Entry e : index.invariant.getOrDefault(name, List.of())) {
        if (byKeyOnly && !keys.contains(e.forms().core())) {
          // three consonants or fewer name many places: the Moria camp is no base named after al-Omar, al-Kasrah no
          // town named after the quarter al-Qusur
          continue;
        }
        String where = geography.governorateOf(e.entity());
        boolean near = span != null ? where != null && span.contains(where)
            : governorate == null ? e.entity().type() != EntityType.PLACE : governorate.equals(where)
            || where != null && geography.invariantsOf(where).stream().anyMatch(names::contains);
        if (asked.contains(e.entity().subtype()) && types.test(e.entity()) && near) {
          found.add(e.entity());
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * Entities of one type and, for places, both administrative units or neither: a closer spelling tells two of them
   * apart, but between a unit and a settlement the priority decides ("Kafar Laha" is the town, though Taldu
   * subdistrict's Arabic name spells it closer).
   */
  private static boolean sameTier(Entity a, Entity b) {
    return a.type() == b.type() && UNITS.contains(a.subtype()) == UNITS.contains(b.subtype());
  }

  /** The settlement directly under a unit, or under its subdistricts, that bears a name with the same invariant key. */
  private Optional<Entity> settlementNamedLike(Entity unit, String inv) {
    List<Entity> below = new ArrayList<>(geography.children(unit.id()));
    for (Entity c : List.copyOf(below)) {
      if (UNITS.contains(c.subtype())) {
        below.addAll(geography.children(c.id()));
      }
    }
    return below.stream()
        .filter(c -> SETTLEMENTS.contains(c.subtype()) && geography.bearsKey(c, inv))
        .min(Comparator.comparingInt(KindsAsked::rank).thenComparing(Entity::id));
  }

  /**
   * True when {@code a} and {@code b} were met, not by approximate spelling, by one name, which is the own name of one
   * of them and an alias of the other.
   */
  private static boolean sameNameOwnedByOne(Entity a, Entity b, Map<Entity, String> layers, Map<Entity, String> via) {
    return !layers.get(a).startsWith("fuzzy") && !layers.get(b).startsWith("fuzzy") && via.get(a) != null
        && via.get(b) != null && KEY.foldToString(via.get(a)).equals(KEY.foldToString(via.get(b)))
        && ownName(a, via) != ownName(b, via);
  }

  /**
   * Which of two entities met alike the query names after all, or null if neither: a name that is one entity's own and
   * another's alias is the first's ("Syrian government forces" are not the Ministry of Defence's, which the lexicon
   * gives that alias too); else the one met by a name with more of the query's words, if the query's others say what
   * kind of thing it is ("محافظة ريف دمشق الإدارية" is Rif Dimashq governorate, whose name has ريف, not Damascus
   * governorate; "ريف دمشق المركز" may be neither).
   */
  private static Entity tieBroken(NameForms q, Entity best, Entity second, Map<Entity, String> layers,
      Map<Entity, String> via) {
    if (sameNameOwnedByOne(best, second, layers, via)) {
      return ownName(second, via) ? second : best;
    }
    int bestShares = wordsShared(q, via.get(best));
    int secondShares = wordsShared(q, via.get(second));
    Entity more = secondShares > bestShares ? second : best;
    return bestShares != secondShares && restFits(q, via.get(more), more.subtype()) ? more : null;
  }

  /** How many words of the name {@code via}, key-folded, the query's key has; none for no name. */
  private static int wordsShared(NameForms q, String via) {
    if (via == null) {
      return 0;
    }
    Set<String> asked = new HashSet<>(java.util.Arrays.asList(q.key().split(" ")));
    int shared = 0;
    for (String word : KEY.foldToString(via).split(" ")) {
      if (asked.contains(word)) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * True when each word of the query that the name {@code via} lacks is a word for a kind of thing {@code subtype} is:
   * "الإدارية" fits a governorate, "المركز" (a centre, of a district or subdistrict) does not.
   */
  private static boolean restFits(NameForms q, String via, String subtype) {
    Set<String> named = new HashSet<>(java.util.Arrays.asList(KEY.foldToString(via).split(" ")));
    for (String word : q.key().split(" ")) {
      if (!named.contains(word) && !NameForms.kindsOf(word).contains(subtype)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code e} was met by its own name in English or Arabic, not by an alias. */
  private static boolean ownName(Entity e, Map<Entity, String> via) {
    String name = via.get(e);
    return name != null && (name.equals(e.nameEn()) || name.equals(e.nameAr()));
  }

  /**
   * The unit of a preferred subtype above {@code e} that bears a name with the same invariant key as the query or as
   * {@code e}'s own name: "Mambij district" met the town by a spelling that only the town has.
   */
  private Optional<Entity> unitAboveNamedLike(Entity e, Set<String> preferred, String inv) {
    Set<String> named = new HashSet<>();
    named.add(inv);
    for (String name : new String[] {e.nameEn(), e.nameAr()}) {
      if (name != null && !name.isEmpty()) {
        named.add(NameForms.of(name).invariant());
      }
    }
    Set<String> seen = new HashSet<>();
    Entity current = e;
    while (!current.parent().isEmpty() && seen.add(current.parent())) {
      current = lexicon.get(current.parent()).orElse(null);
      if (current == null) {
        return Optional.empty();
      }
      Entity unit = current;
      if (preferred.contains(unit.subtype()) && named.stream().anyMatch(k -> geography.bearsKey(unit, k))) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }
}
