package org.rasm.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.romanize.InvariantKey;
import org.rasm.romanize.Scheme;
import org.rasm.romanize.Transliteration;

/**
 * Resolves a spelling of a name to the lexicon entity it names, in layers from strict to loose:
 * <ol>
 *   <li>{@code exact}: the query is a name or alias as written;
 *   <li>{@code folded}: equal after the {@code search} folding profile;
 *   <li>{@code key}: equal after the {@code key} profile (articles, hyphens, doubled letters, spaces);
 *   <li>{@code fuzzy}: names with the same romanisation-invariant key ({@link InvariantKey}) are candidates, and
 *       each is verified by {@link NameSimilarity} against the query, Arabic names through the news transliteration;
 *       the best must reach the threshold.
 * </ol>
 * A query with a qualifier word ({@code qualifiers.tsv}: province, district, ناحية…) that no name carries is
 * resolved without the word, preferring entities of the subtypes it names. Several entities matching on the same
 * layer are ranked by {@code priority.tsv} (settlements before the administrative units named after them); a tie
 * between unrelated entities of the same rank is not decided: the id is null and the candidates say why.
 *
 * <pre>{@code
 * Resolver resolver = new Resolver(Lexicon.defaults());
 * resolver.resolve("Abu Kamal").id();                   // "place:albu-kamal"
 * resolver.resolve("محافظة دير الزور").id();            // "place:deir-ez-zor-governorate"
 * resolver.resolve("Mosul").id();                       // null
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Resolver {
  /** The verification threshold of the fuzzy layer, chosen on testdata/resolve/dev.tsv. */
  public static final double DEFAULT_THRESHOLD = 0.75;

  /** The score of a match on the key layer: a name of the lexicon, but only once articles and spacing are set aside. */
  static final double KEY_SCORE = 0.97;
  /** Entities whose scores are this close count as equally good; priority decides between them. */
  static final double NEAR = 0.05;

  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final Map<String, Integer> PRIORITY = readPriority();
  private static final Map<String, Set<String>> QUALIFIERS = readQualifiers();

  /** A name of an entity, with its forms for each layer. */
  private record Name(Entity entity, String written, String phonetic) {}

  private final Lexicon lexicon;
  private final double threshold;
  private final Map<String, List<Name>> exact = new HashMap<>();
  private final Map<String, List<Name>> folded = new HashMap<>();
  private final Map<String, List<Name>> keyed = new HashMap<>();
  private final Map<String, List<Name>> invariant = new HashMap<>();

  public Resolver(Lexicon lexicon) {
    this(lexicon, DEFAULT_THRESHOLD);
  }

  public Resolver(Lexicon lexicon, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.lexicon = lexicon;
    this.threshold = threshold;
    for (Entity e : lexicon.entities()) {
      for (String written : e.names()) {
        String key = KEY.fold(written).text();
        Name name = new Name(e, written, phonetic(key));
        add(exact, written, name);
        add(folded, SEARCH.fold(written).text(), name);
        add(keyed, key, name);
        add(invariant, InvariantKey.ofKeyFolded(key), name);
      }
    }
  }

  private static void add(Map<String, List<Name>> index, String k, Name name) {
    if (!k.isEmpty()) {
      List<Name> list = index.computeIfAbsent(k, x -> new ArrayList<>(1));
      for (Name n : list) {
        if (n.entity() == name.entity()) {
          return;
        }
      }
      list.add(name);
    }
  }

  /** The romanised form {@link NameSimilarity} compares: Latin as it is, Arabic through the news transliteration. */
  static String phonetic(String keyFolded) {
    boolean arabic = keyFolded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    String latin = arabic ? Transliteration.of(Scheme.NEWS).apply(keyFolded) : InvariantKey.withoutGluedArticles(keyFolded);
    return NameSimilarity.phonetic(latin);
  }

  public double threshold() {
    return threshold;
  }

  /** Resolves {@code query} among all entities. */
  public Resolution resolve(String query) {
    return resolve(query, Set.of());
  }

  /** Resolves {@code query} among entities of {@code types} (all when empty). */
  public Resolution resolve(String query, Set<EntityType> types) {
    return resolve(query, types, false);
  }

  /**
   * Resolves {@code query} among entities of {@code types} (all when empty); with {@code explain}, the resolution
   * carries the keys compared and the alias or rule that decided.
   */
  public Resolution resolve(String query, Set<EntityType> types, boolean explain) {
    String q = query.strip();
    String searchForm = SEARCH.fold(q).text();
    String keyForm = KEY.fold(q).text();
    Map<String, String> explanation = explain ? new LinkedHashMap<>() : new NoExplanation();
    explanation.put("folded", searchForm);
    explanation.put("key", keyForm);
    Resolution direct = lookup(query, q, searchForm, keyForm, types, Set.of(), explanation);
    if (direct.resolved() || !direct.candidates().isEmpty()) {
      return direct;
    }
    // a qualifier word no name carries: resolve the rest, preferring the subtypes the word names
    String[] tokens = keyForm.split(" ");
    for (int t = 0; t < tokens.length && tokens.length > 1; t++) {
      Set<String> subtypes = QUALIFIERS.get(tokens[t]);
      if (subtypes == null) {
        continue;
      }
      List<String> rest = new ArrayList<>(List.of(tokens));
      rest.remove(t);
      String restKey = String.join(" ", rest);
        Map<String, String> why = explain ? new LinkedHashMap<>(explanation) : explanation;
      why.put("qualifier", tokens[t] + " -> " + String.join(" ", subtypes));
      Resolution r = lookup(query, restKey, restKey, restKey, types, subtypes, why);
      if (r.resolved() && !subtypes.contains(lexicon.get(r.id()).orElseThrow().subtype())) {
        r = qualifiedAncestor(r, restKey, subtypes, why).orElse(r);
      }
      if (r.resolved() || !r.candidates().isEmpty()) {
        return r;
      }
    }
    return direct;
  }

  /**
   * "Deir Ezzor province" found the city: the qualifier means the unit of that subtype above it that bears the same
   * name (by invariant key), if there is one.
   */
  private java.util.Optional<Resolution> qualifiedAncestor(Resolution r, String restKey, Set<String> subtypes, Map<String, String> why) {
    String inv = InvariantKey.ofKeyFolded(restKey);
    Entity e = lexicon.get(r.id()).orElseThrow();
    Set<String> seen = new HashSet<>();
    while (!e.parent().isEmpty() && seen.add(e.parent())) {
      e = lexicon.get(e.parent()).orElseThrow();
      if (subtypes.contains(e.subtype()) && e.names().stream().anyMatch(n -> InvariantKey.of(n).equals(inv))) {
        why.put("rule", r.match() + ", then the " + e.subtype() + " above " + r.id() + " that the qualifier names");
        return java.util.Optional.of(new Resolution(r.query(), e.id(), e.type().id(), e.nameEn(), e.nameAr(), r.score(),
            r.match(), r.candidates(), why));
      }
    }
    return java.util.Optional.empty();
  }

  /** An explanation nobody asked for: writes go nowhere. */
  private static final class NoExplanation extends java.util.AbstractMap<String, String> {
    @Override
    public String put(String key, String value) {
      return null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return Set.of();
    }
  }

  private Resolution lookup(String query, String written, String searchForm, String keyForm, Set<EntityType> types,
      Set<String> preferred, Map<String, String> explanation) {
    // the three layers of lexicon names: each entity keeps the strictest layer that found it
    Map<Entity, String> layers = new LinkedHashMap<>();
    Map<Entity, String> via = new HashMap<>();
    collect(filter(exact.get(written), types), "exact", layers, via);
    collect(filter(folded.get(searchForm), types), "folded", layers, via);
    collect(filter(keyed.get(keyForm), types), "key", layers, via);
    Map<Entity, Double> scores = new LinkedHashMap<>();
    if (!layers.isEmpty()) {
      layers.forEach((e, layer) -> scores.put(e, layer.equals("key") ? KEY_SCORE : 1.0));
      return decide(query, scores, via, layers, preferred, explanation);
    }
    String inv = InvariantKey.ofKeyFolded(keyForm);
    explanation.put("invariant", inv);
    List<Name> candidates = filter(invariant.get(inv), types);
    if (candidates.isEmpty()) {
      return new Resolution(query, null, null, null, null, 0, null, List.of(), explanation);
    }
    String p = phonetic(keyForm);
    explanation.put("phonetic", p);
    for (Name n : candidates) {
      double s = Math.round(NameSimilarity.score(p, n.phonetic()) * 1000) / 1000.0;
      if (s > scores.getOrDefault(n.entity(), -1.0)) {
        scores.put(n.entity(), s);
        via.put(n.entity(), n.written());
        layers.put(n.entity(), "fuzzy");
      }
    }
    return decide(query, scores, via, layers, preferred, explanation);
  }

  private static void collect(List<Name> hits, String layer, Map<Entity, String> layers, Map<Entity, String> via) {
    for (Name n : hits) {
      if (layers.putIfAbsent(n.entity(), layer) == null) {
        via.put(n.entity(), n.written());
      }
    }
  }

  /**
   * Ranks the entities found: those within {@link #NEAR} of the best score, then the subtypes a qualifier asked for,
   * then {@code priority.tsv}, then the score. A fuzzy best must reach the threshold.
   */
  private Resolution decide(String query, Map<Entity, Double> scores, Map<Entity, String> via, Map<Entity, String> layers,
      Set<String> preferred, Map<String, String> explanation) {
    double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double floor = top - NEAR;
    List<Entity> ranked = new ArrayList<>(scores.keySet());
    Comparator<Entity> order = Comparator.<Entity>comparingInt(e -> scores.get(e) >= floor ? 0 : 1)
        .thenComparingInt(e -> preferred.contains(e.subtype()) ? 0 : 1)
        .thenComparingInt(e -> PRIORITY.getOrDefault(e.subtype(), 99))
        .thenComparingDouble(e -> -scores.get(e))
        .thenComparing(Entity::id);
    ranked.sort(order);
    List<Resolution.Candidate> candidates = new ArrayList<>();
    for (Entity e : ranked) {
      candidates.add(new Resolution.Candidate(e.id(), scores.get(e)));
    }
    Entity best = ranked.get(0);
    double score = scores.get(best);
    String layer = layers.get(best);
    if (layer.equals("fuzzy") && score < threshold) {
      explanation.put("rule", "best fuzzy score " + score + " is under the threshold " + threshold);
      return new Resolution(query, null, null, null, null, score, null, candidates, explanation);
    }
    if (ranked.size() > 1) {
      Entity second = ranked.get(1);
      boolean tie = scores.get(second) >= floor
          && preferred.contains(best.subtype()) == preferred.contains(second.subtype())
          && PRIORITY.getOrDefault(best.subtype(), 99).equals(PRIORITY.getOrDefault(second.subtype(), 99))
          && !related(best, second);
      if (tie) {
        explanation.put("rule", "tie between unrelated entities of the same rank: " + best.id() + ", " + second.id());
        return new Resolution(query, null, null, null, null, score, null, candidates, explanation);
      }
    }
    explanation.put("alias", via.get(best));
    explanation.put("rule", layer + (ranked.size() > 1 ? ", then priority of " + best.subtype() : ""));
    return new Resolution(query, best.id(), best.type().id(), best.nameEn(), best.nameAr(), score, layer, candidates, explanation);
  }

  private boolean related(Entity a, Entity b) {
    return ancestors(a).contains(b.id()) || ancestors(b).contains(a.id());
  }

  private Set<String> ancestors(Entity e) {
    Set<String> seen = new HashSet<>();
    String p = e.parent();
    while (!p.isEmpty() && seen.add(p)) {
      p = lexicon.get(p).map(Entity::parent).orElse("");
    }
    return seen;
  }

  private static List<Name> filter(List<Name> names, Collection<EntityType> types) {
    if (names == null) {
      return List.of();
    }
    if (types.isEmpty()) {
      return names;
    }
    List<Name> kept = new ArrayList<>();
    for (Name n : names) {
      if (types.contains(n.entity().type())) {
        kept.add(n);
      }
    }
    return kept;
  }

  private static Map<String, Integer> readPriority() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] row : table("priority.tsv")) {
      m.put(row[0], Integer.parseInt(row[1]));
    }
    return Map.copyOf(m);
  }

  private static Map<String, Set<String>> readQualifiers() {
    Map<String, Set<String>> m = new HashMap<>();
    for (String[] row : table("qualifiers.tsv")) {
      m.put(KEY.fold(row[0]).text(), Set.of(row[1].split(" ")));
    }
    return Map.copyOf(m);
  }

  private static List<String[]> table(String resource) {
    return DataTable.read(Resolver.class, resource, 2).stream().map(DataTable.Row::cells).toList();
  }
}
