package org.rasm.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasm.Rasm;
import org.rasm.fold.FoldProfile;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;

/**
 * Keeps the held-out sets (testdata/resolve/holdout.tsv, holdout-2.tsv, holdout-3.tsv, holdout-4.tsv) fit for
 * purpose: whole entities that no other set names, mostly spellings that are not already aliases, and negatives that
 * no entity carries as a name. holdout-4.tsv takes the entities of the B halves of holdout.tsv and holdout-2.tsv that
 * holdout-3.tsv left, plus the entities no set named, and was written by someone who never ran the resolver.
 * holdout-5.tsv reuses entities (every entity had been named by some set) with new spellings only: none of its
 * queries is a query of any other set, and it too was written without running the resolver; so were holdout-6.tsv and
 * holdout-7.tsv.
 * It reads the lexicon only; it must never call the resolver, or the sets stop being held out.
 */
class HoldoutSetTest {
  static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  static final Set<String> KINDS = Set.of("variant", "negative-person", "negative-place", "negative-word");
  /** At most this share of the variants may equal an alias of their entity once search-folded. */
  static final double MAX_ALIAS_SHARE = 0.20;

  record Row(int line, String query, String expected, String kind, String note) {
    boolean negative() {
      return expected.isEmpty();
    }

    boolean arabic() {
      return ARABIC.matcher(query).find();
    }
  }

  static List<Row> read(String file) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("testdata/resolve", file), StandardCharsets.UTF_8);
    assertEquals("query\texpected\tkind\tnote", lines.get(0), file + ": header");
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      assertEquals(4, c.length, file + ":" + (i + 1) + ": four columns");
      rows.add(new Row(i + 1, c[0], c[1], c[2], c[3]));
    }
    return rows;
  }

  static String search(String s) {
    return Rasm.defaults().normalize(s, FoldProfile.SEARCH).text();
  }

  static String key(String s) {
    return Rasm.defaults().normalize(s, FoldProfile.KEY).text();
  }

  /** One is the other or one of its ancestors: the resolver's settlement-or-unit preference decides. */
  static boolean related(Lexicon lexicon, String a, String b) {
    return ancestors(lexicon, a).contains(b) || ancestors(lexicon, b).contains(a);
  }

  static Set<String> ancestors(Lexicon lexicon, String id) {
    Set<String> up = new HashSet<>();
    for (String at = id; at != null && !at.isEmpty() && up.add(at); ) {
      at = lexicon.get(at).map(Entity::parent).orElse(null);
    }
    return up;
  }

  /**
   * A held-out set, the sets whose entities it must not share at all, the sets whose A half (see {@link #aHalf}) it
   * must not share, the sets whose queries it must not repeat, and the size it must keep. holdout.tsv and holdout-2.tsv
   * are held out from each other, so no entity is measured twice by them. holdout.tsv predates the query rule and
   * repeats some negatives of dev.tsv and test.tsv, so for it the rule covers holdout-2.tsv only. holdout-3.tsv came
   * after both were measured: it may take the entities of their B halves but none of their A halves, so each earlier
   * set keeps half of its entities unshared with it. holdout-4.tsv takes the B-half entities that holdout-3.tsv did not
   * take and the entities no set named, under the same rule, with new spellings only (no query of any other set).
   * holdout-5.tsv may name any entity again; what is held out is its spellings, so no query of any other set; so may
   * holdout-6.tsv, built with the development sets dev-2.tsv and dev-3.tsv, whose queries it does not repeat either;
   * and so may holdout-7.tsv, which repeats no query of any set before it nor of dev-4.tsv, built beside it (the
   * queries the two shared were taken out of holdout-7.tsv). dev-5.tsv to dev-9.tsv came after both and repeat none of
   * their queries; listing them keeps them apart. holdout-8.tsv repeats no query of any set, dev-8.tsv and dev-9.tsv,
   * built beside it, among them; nor does holdout-9.tsv, built beside dev-10.tsv and dev-11.tsv, nor holdout-10.tsv,
   * built beside dev-12.tsv and dev-13.tsv, nor holdout-11.tsv, built beside dev-14.tsv and dev-15.tsv, nor
   * holdout-12.tsv, built beside dev-16.tsv and dev-17.tsv, nor holdout-13.tsv, built beside dev-18.tsv and dev-19.tsv
   * (the queries it shared with them were taken out of it, which left it 244 negatives), nor holdout-14.tsv, built
   * beside dev-20.tsv (the 30 queries it shared with it were taken out of it). dev-21.tsv and dev-22.tsv came after
   * all of them and repeat none of their queries; holdout-15.tsv, built beside dev-23.tsv (the 12 queries it shared
   * with it were taken out of it), repeats none of any set. dev-24.tsv came after all of them and repeats none of
   * their queries; holdout-16.tsv, built beside it (the 17 queries it shared with it were taken out of it), repeats
   * none of any set. dev-25.tsv came after all of them and repeats none of their queries; holdout-17.tsv, built beside
   * it (the 32 queries it shared with it were taken out of it), repeats none of any set. dev-26.tsv came after all of
   * them and repeats none of their queries; holdout-18.tsv, built beside it (the 22 queries it shared with it were
   * taken out of it), repeats none of any set. dev-27.tsv came after all of them and repeats none of their queries;
   * holdout-19.tsv, built beside it (the 10 queries it shared with it were taken out of it), repeats none of any set.
   * dev-28.tsv came after all of them and repeats none of their queries; holdout-20.tsv, built beside it (the 16
   * queries it shared with it were taken out of it), repeats none of any set. dev-29.tsv and dev-30.tsv came after all
   * of them and repeat none of their queries, nor each other's (the 16 dev-30.tsv shared with dev-29.tsv were taken out
   * of it); so do dev-31.tsv and dev-32.tsv (the 19 dev-32.tsv shared with dev-31.tsv were taken out of it), and
   * dev-33.tsv and dev-34.tsv (the 25 dev-34.tsv shared with dev-33.tsv were taken out of it), and dev-35.tsv and
   * dev-36.tsv (the 13 dev-36.tsv shared with dev-35.tsv were taken out of it), and dev-37.tsv and dev-38.tsv (the 18
   * dev-38.tsv shared with dev-37.tsv were taken out of it), and dev-39.tsv and dev-40.tsv (the 21 dev-40.tsv shared
   * with dev-39.tsv were taken out of it), and dev-41.tsv and dev-42.tsv (the 23 dev-42.tsv shared with dev-41.tsv were
   * taken out of it), and dev-43.tsv and dev-44.tsv (the 29 dev-44.tsv shared with dev-43.tsv were taken out of it),
   * and dev-45.tsv and dev-46.tsv (the 29 dev-46.tsv shared with dev-45.tsv were taken out of it), and dev-47.tsv and
   * dev-48.tsv (the 20 dev-48.tsv shared with dev-47.tsv were taken out of it), and dev-49.tsv and dev-50.tsv (the 17
   * dev-50.tsv shared with dev-49.tsv were taken out of it), and dev-51.tsv to dev-54.tsv, built four at a time (the
   * 19 dev-52.tsv shared with dev-51.tsv, the 40 dev-53.tsv and the 46 dev-54.tsv shared with those before them were
   * taken out of them), and dev-55.tsv to dev-58.tsv, built likewise (the 14 dev-56.tsv, 39 dev-57.tsv and 49
   * dev-58.tsv shared with those before them were taken out of them), and dev-59.tsv to dev-62.tsv, built likewise (the
   * 10 dev-60.tsv, 39 dev-61.tsv and 65 dev-62.tsv shared with those before them were taken out of them), and
   * dev-63.tsv to dev-66.tsv, built likewise (the 24 dev-64.tsv, 35 dev-65.tsv and 58 dev-66.tsv shared with those
   * before them were taken out of them), and dev-67.tsv to dev-70.tsv, built likewise (the 35 dev-68.tsv, 34
   * dev-69.tsv and 42 dev-70.tsv shared with those before them were taken out of them), and dev-71.tsv to dev-74.tsv,
   * built likewise (the 16 dev-72.tsv, 41 dev-73.tsv and 54 dev-74.tsv shared with those before them were taken out of
   * them), and dev-75.tsv to dev-78.tsv, built likewise (the 23 dev-76.tsv, 40 dev-77.tsv and 53 dev-78.tsv shared
   * with those before them were taken out of them), and dev-79.tsv to dev-82.tsv, built likewise (the 16 dev-80.tsv,
   * 50 dev-81.tsv and 45 dev-82.tsv shared with those before them were taken out of them), and dev-83.tsv to
   * dev-86.tsv, built likewise (the 9 dev-84.tsv, 47 dev-85.tsv and 36 dev-86.tsv shared with those before them were
   * taken out of them), and dev-87.tsv to dev-90.tsv, built likewise (the 12 dev-88.tsv, 14 dev-89.tsv and 28
   * dev-90.tsv shared with those before them were taken out of them), and dev-91.tsv to dev-94.tsv, built likewise
   * (the 23 dev-92.tsv, 51 dev-93.tsv and 58 dev-94.tsv shared with those before them were taken out of them), and
   * dev-95.tsv to dev-98.tsv, built likewise (the 29 dev-96.tsv, 51 dev-97.tsv and 78 dev-98.tsv shared with those
   * before them were taken out of them), and dev-99.tsv to dev-102.tsv, built likewise (the 17 dev-100.tsv, 44
   * dev-101.tsv and 72 dev-102.tsv shared with those before them were taken out of them), and dev-103.tsv to
   * dev-106.tsv, built likewise (the 38 dev-104.tsv, 36 dev-105.tsv and 69 dev-106.tsv shared with those before them
   * were taken out of them), and dev-107.tsv to dev-110.tsv, built likewise (the 14 dev-108.tsv, 43 dev-109.tsv and 52
   * dev-110.tsv shared with those before them were taken out of them), and dev-111.tsv to dev-114.tsv, built likewise
   * (the 15 dev-112.tsv, 42 dev-113.tsv and 65 dev-114.tsv shared with those before them were taken out of them), and
   * dev-115.tsv to dev-118.tsv, dev-119.tsv to dev-122.tsv and dev-123.tsv to dev-126.tsv, built likewise, four at a
   * time (the 16 dev-116.tsv, 27 dev-117.tsv, 45 dev-118.tsv, 8 dev-120.tsv, 29 dev-121.tsv, 41 dev-122.tsv, 28
   * dev-124.tsv, 79 dev-125.tsv and 38 dev-126.tsv rows shared with those built beside them were taken out of them).
   */
  record HeldOut(String file, List<String> others, List<String> halvesOf, List<String> queriesFrom, int minVariants,
      int minEntities, int minNegatives, double minArabicVariantShare) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<HeldOut> sets() {
    return List.of(
        new HeldOut("holdout.tsv", List.of("dev.tsv", "test.tsv", "holdout-2.tsv"), List.of(),
            List.of("holdout-2.tsv"), 350, 90, 120, 0.25),
        new HeldOut("holdout-2.tsv", List.of("dev.tsv", "test.tsv", "holdout.tsv"), List.of(),
            List.of("dev.tsv", "test.tsv", "holdout.tsv"), 600, 250, 300, 0.35),
        new HeldOut("holdout-3.tsv", List.of("dev.tsv", "test.tsv"), List.of("holdout.tsv", "holdout-2.tsv"),
            List.of("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv"), 500, 200, 250, 0.35),
        new HeldOut("holdout-4.tsv", List.of("dev.tsv", "test.tsv", "holdout-3.tsv"), List.of("holdout.tsv", "holdout-2.tsv"),
            List.of("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv"), 700, 210, 340, 0.40),
        new HeldOut("holdout-5.tsv", List.of(), List.of(),
            List.of("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv", "people.tsv"),
            750, 240, 320, 0.40),
        new HeldOut("holdout-6.tsv", List.of(), List.of(),
            withDevSets("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                "holdout-5.tsv", "people.tsv"),
            750, 240, 300, 0.40),
        new HeldOut("holdout-7.tsv", List.of(), List.of(),
            withDevSets("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                "holdout-5.tsv", "holdout-6.tsv", "people.tsv"),
            750, 240, 300, 0.40),
        new HeldOut("holdout-8.tsv", List.of(), List.of(),
            withDevSets("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                "holdout-5.tsv", "holdout-6.tsv", "holdout-7.tsv", "people.tsv"),
            750, 240, 300, 0.40),
        new HeldOut("holdout-9.tsv", List.of(), List.of(),
            withDevSets("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                "holdout-5.tsv", "holdout-6.tsv", "holdout-7.tsv", "holdout-8.tsv", "people.tsv"),
            750, 240, 300, 0.40),
        new HeldOut("holdout-10.tsv", List.of(), List.of(),
            withDevSets("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                "holdout-5.tsv", "holdout-6.tsv", "holdout-7.tsv", "holdout-8.tsv", "holdout-9.tsv", "people.tsv"),
            750, 240, 300, 0.40),
        new HeldOut("holdout-11.tsv", List.of(), List.of(),
            withDevSets("dev.tsv", "test.tsv", "holdout.tsv", "holdout-2.tsv", "holdout-3.tsv", "holdout-4.tsv",
                "holdout-5.tsv", "holdout-6.tsv", "holdout-7.tsv", "holdout-8.tsv", "holdout-9.tsv", "holdout-10.tsv",
                "people.tsv"),
            750, 240, 300, 0.40),
        new HeldOut("holdout-12.tsv", List.of(), List.of(), everyOtherSet("holdout-12.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-13.tsv", List.of(), List.of(), everyOtherSet("holdout-13.tsv"), 750, 240, 240, 0.40),
        new HeldOut("holdout-14.tsv", List.of(), List.of(), everyOtherSet("holdout-14.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-15.tsv", List.of(), List.of(), everyOtherSet("holdout-15.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-16.tsv", List.of(), List.of(), everyOtherSet("holdout-16.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-17.tsv", List.of(), List.of(), everyOtherSet("holdout-17.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-18.tsv", List.of(), List.of(), everyOtherSet("holdout-18.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-19.tsv", List.of(), List.of(), everyOtherSet("holdout-19.tsv"), 750, 240, 300, 0.40),
        new HeldOut("holdout-20.tsv", List.of(), List.of(), everyOtherSet("holdout-20.tsv"), 750, 240, 300, 0.40));
  }

  /** {@code sets}, then every development set of testdata/resolve (dev-2.tsv and after), in number order. */
  static List<String> withDevSets(String... sets) {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of("testdata/resolve"))) {
      List<String> dev = files.map(f -> f.getFileName().toString()).filter(f -> f.matches("dev-\\d+\\.tsv"))
          .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.replaceAll("\\D", "")))).toList();
      List<String> all = new java.util.ArrayList<>(List.of(sets));
      all.addAll(dev);
      return List.copyOf(all);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every other set of testdata/resolve: the newest held-out sets repeat no query of any. */
  static List<String> everyOtherSet(String file) {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of("testdata/resolve"))) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tsv") && !f.equals(file)).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The half of an earlier held-out set's entities that a later set must leave alone; a fixed split of the ids. */
  static boolean aHalf(String id) {
    return Math.floorMod(id.hashCode() * 31 + 7, 2) == 0;
  }

  @ParameterizedTest
  @MethodSource("sets")
  void theHoldoutSetIsHeldOutAndFitForPurpose(HeldOut set) throws IOException {
    Lexicon lexicon = Rasm.defaults().lexicon();
    String file = set.file();
    List<Row> rows = read(file);
    Set<String> seen = new HashSet<>();
    Set<String> otherQueries = new HashSet<>();
    for (String other : set.others()) {
      read(other).stream().filter(r -> !r.negative()).forEach(r -> seen.add(r.expected()));
    }
    for (String other : set.halvesOf()) {
      read(other).stream().filter(r -> !r.negative() && aHalf(r.expected())).forEach(r -> seen.add(r.expected()));
    }
    for (String other : set.queriesFrom()) {
      read(other).forEach(r -> otherQueries.add(r.query()));
    }
    // every name of every entity, search- and key-folded, to tell that a negative is no entity's name
    Set<String> allNames = new HashSet<>();
    Map<String, Set<String>> idsByKey = new HashMap<>();
    for (Entity e : lexicon.entities()) {
      e.names().forEach(n -> allNames.add(search(n)));
      e.names().forEach(n -> idsByKey.computeIfAbsent(key(n), k -> new HashSet<>()).add(e.id()));
    }
    List<String> problems = new ArrayList<>();
    Set<String> queries = new HashSet<>();
    Map<String, Integer> entitiesByType = new TreeMap<>();
    Set<String> entities = new HashSet<>();
    int variants = 0;
    int aliases = 0;
    int keyAliases = 0;
    int arabicVariants = 0;
    int negatives = 0;
    int arabicNegatives = 0;
    Map<String, Integer> negativesByKind = new TreeMap<>();
    for (Row r : rows) {
      String where = file + ":" + r.line() + " " + r.query() + ": ";
      if (!KINDS.contains(r.kind())) {
        problems.add(where + "unknown kind " + r.kind());
      }
      if (r.query().isBlank() || r.note().isBlank()) {
        problems.add(where + "query and note are required");
      }
      if (!queries.add(r.query())) {
        problems.add(where + "repeated query");
      }
      if (otherQueries.contains(r.query())) {
        problems.add(where + "also a query of one of " + set.queriesFrom());
      }
      if (r.negative()) {
        negatives++;
        negativesByKind.merge(r.kind(), 1, Integer::sum);
        arabicNegatives += r.arabic() ? 1 : 0;
        if (r.kind().equals("variant")) {
          problems.add(where + "a variant needs an expected id");
        }
        if (allNames.contains(search(r.query())) || idsByKey.containsKey(key(r.query()))) {
          problems.add(where + "a negative is the name of an entity");
        }
        continue;
      }
      variants++;
      if (!r.kind().equals("variant")) {
        problems.add(where + "an expected id on a negative");
      }
      Entity e = lexicon.get(r.expected()).orElse(null);
      if (e == null) {
        problems.add(where + "unknown id " + r.expected());
        continue;
      }
      if (seen.contains(e.id())) {
        problems.add(where + e.id() + " is named in one of " + set.others() + " or the A half of " + set.halvesOf());
      }
      if (entities.add(e.id())) {
        entitiesByType.merge(e.type().name().toLowerCase(Locale.ROOT) + "/" + e.subtype(), 1, Integer::sum);
      }
      arabicVariants += r.arabic() ? 1 : 0;
      String q = search(r.query());
      if (e.names().stream().anyMatch(n -> search(n).equals(q))) {
        aliases++;
      }
      String k = key(r.query());
      if (e.names().stream().anyMatch(n -> key(n).equals(k))) {
        keyAliases++;
      }
      // a spelling that is also the name of an unrelated entity has no certain answer
      for (String other : idsByKey.getOrDefault(k, Set.of())) {
        if (!related(lexicon, e.id(), other)) {
          problems.add(where + "also a name of " + other);
        }
      }
    }
    System.out.printf("%s: %d variants (%d Arabic, %d Latin) of %d entities; %d negatives (%d Arabic) %s%n",
        file, variants, arabicVariants, variants - arabicVariants, entities.size(), negatives, arabicNegatives,
        negativesByKind);
    System.out.printf("%s: %d variants (%.1f%%) are aliases after search folding, %d (%.1f%%) after key folding%n",
        file, aliases, 100.0 * aliases / variants, keyAliases, 100.0 * keyAliases / variants);
    System.out.println(file + " entities by type: " + entitiesByType);
    assertEquals(List.of(), problems);
    assertTrue(variants >= set.minVariants(), "variants " + variants);
    assertTrue(entities.size() >= set.minEntities(), "entities " + entities.size());
    assertTrue(negatives >= set.minNegatives(), "negatives " + negatives);
    assertTrue(aliases <= MAX_ALIAS_SHARE * variants, "alias share " + aliases + " of " + variants);
    for (String kind : List.of("negative-person", "negative-place", "negative-word")) {
      assertTrue(negativesByKind.getOrDefault(kind, 0) >= 20, kind);
    }
    // both scripts, in each half of the set
    assertTrue(arabicVariants >= set.minArabicVariantShare() * variants && variants - arabicVariants >= variants / 4,
        "variants by script");
    assertTrue(arabicNegatives >= negatives / 4 && negatives - arabicNegatives >= negatives / 4, "negatives by script");
    for (String type : List.of("place", "actor", "outlet", "country")) {
      assertTrue(entitiesByType.keySet().stream().anyMatch(t -> t.startsWith(type + "/")), "no " + type);
    }
  }
}
