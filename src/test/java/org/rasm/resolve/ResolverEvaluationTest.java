package org.rasm.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;

/**
 * The resolver on our dev and test sets (testdata/resolve): real-world spellings of lexicon entities, split by
 * entity, and names that must resolve to nothing. Thresholds are tuned on dev only.
 */
class ResolverEvaluationTest {
  /** The targets of the resolve issue: 97% of variants to the right id, and no negative resolved. */
  static final double TARGET_ACCURACY = 0.97;
  static final int MAX_NEGATIVES_RESOLVED = 0;

  record Row(String query, String expected, String kind) {
    boolean negative() {
      return expected.isEmpty();
    }
  }

  record Score(int variants, int right, int negatives, int negativesResolved, int resolved, int resolvedRight) {
    double accuracy() {
      return (double) right / variants;
    }

    double precision() {
      return resolved == 0 ? 1 : (double) resolvedRight / resolved;
    }

    double recall() {
      return (double) right / variants;
    }
  }

  static List<Row> read(String file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("testdata/resolve", file), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      rows.add(new Row(c[0], c[1], c[2]));
    }
    return rows;
  }

  static Score score(Resolver resolver, List<Row> rows) {
    int variants = 0;
    int right = 0;
    int negatives = 0;
    int negativesResolved = 0;
    int resolved = 0;
    int resolvedRight = 0;
    for (Row r : rows) {
      Resolution res = resolver.resolve(r.query());
      if (res.resolved()) {
        resolved++;
      }
      if (r.negative()) {
        negatives++;
        if (res.resolved()) {
          negativesResolved++;
        }
      } else {
        variants++;
        if (r.expected().equals(res.id())) {
          right++;
          resolvedRight++;
        }
      }
    }
    return new Score(variants, right, negatives, negativesResolved, resolved, resolvedRight);
  }

  @Test
  void devAndTestSetsMeetTheTargets() throws IOException {
    Lexicon lexicon = Lexicon.defaults();
    List<Row> dev = read("dev.tsv");
    List<Row> test = read("test.tsv");
    List<Row> people = read("people.tsv");
    StringBuilder curve = new StringBuilder("precision-recall over the fuzzy threshold on dev, and people.tsv resolved:\n"
        + "  threshold precision recall negatives-resolved people-resolved\n");
    for (double t = 0.60; t <= 0.951; t += 0.05) {
      Resolver at = new Resolver(lexicon, t);
      Score s = score(at, dev);
      curve.append(String.format("  %.2f %.4f %.4f %d %d%n", t, s.precision(), s.recall(), s.negativesResolved(),
          score(at, people).negativesResolved()));
    }
    System.out.print(curve);
    Resolver resolver = new Resolver(lexicon);
    Score d = score(resolver, dev);
    Score s = score(resolver, test);
    System.out.printf("resolver at threshold %.2f: dev %d/%d variants right (%.2f%%), %d of %d negatives resolved; "
            + "test %d/%d variants right (%.2f%%), %d of %d negatives resolved%n",
        resolver.threshold(), d.right(), d.variants(), 100 * d.accuracy(), d.negativesResolved(), d.negatives(),
        s.right(), s.variants(), 100 * s.accuracy(), s.negativesResolved(), s.negatives());
    for (Row r : test) {
      Resolution res = resolver.resolve(r.query());
      if (r.negative() ? res.resolved() : !r.expected().equals(res.id())) {
        System.out.println("  test miss: " + r.query() + " expected " + (r.negative() ? "nothing" : r.expected()) + ", got " + res.id()
            + " " + res.match() + " " + res.score());
      }
    }
    // the targets of the resolve issue, met on test (and on dev, where the thresholds were chosen)
    assertTrue(s.accuracy() >= TARGET_ACCURACY, "test accuracy fell to " + s.accuracy());
    assertTrue(d.accuracy() >= TARGET_ACCURACY, "dev accuracy fell to " + d.accuracy());
    assertTrue(s.negativesResolved() <= MAX_NEGATIVES_RESOLVED, "negatives resolved on test: " + s.negativesResolved());
    assertTrue(d.negativesResolved() <= MAX_NEGATIVES_RESOLVED, "negatives resolved on dev: " + d.negativesResolved());
  }

  /** The sets hold what the evaluation needs, and the test set mostly spellings that are not aliases. */
  @Test
  void theSetsAreFitForPurpose() throws IOException {
    Lexicon lexicon = Lexicon.defaults();
    List<Row> dev = read("dev.tsv");
    List<Row> test = read("test.tsv");
    Set<String> devEntities = new HashSet<>();
    dev.stream().filter(r -> !r.negative()).forEach(r -> devEntities.add(r.expected()));
    Set<String> testEntities = new HashSet<>();
    test.stream().filter(r -> !r.negative()).forEach(r -> testEntities.add(r.expected()));
    Set<String> shared = new HashSet<>(devEntities);
    shared.retainAll(testEntities);
    assertEquals(Set.of(), shared, "entities in both sets");
    assertTrue(devEntities.size() + testEntities.size() >= 120);
    long variants = dev.stream().filter(r -> !r.negative()).count() + test.stream().filter(r -> !r.negative()).count();
    long negatives = dev.stream().filter(Row::negative).count() + test.stream().filter(Row::negative).count();
    assertTrue(variants >= 600, "variants " + variants);
    assertTrue(negatives >= 150, "negatives " + negatives);
    TextFolder key = TextFolder.of(FoldProfile.KEY);
    int notAlias = 0;
    int testVariants = 0;
    for (Row r : test) {
      if (r.negative()) {
        continue;
      }
      testVariants++;
      Entity e = lexicon.get(r.expected()).orElseThrow(() -> new AssertionError("unknown id " + r.expected()));
      String k = key.fold(r.query()).text();
      if (e.names().stream().noneMatch(n -> key.fold(n).text().equals(k))) {
        notAlias++;
      }
    }
    System.out.printf("test set: %d of %d variants are not aliases of their entity after key folding%n", notAlias, testVariants);
    assertTrue(notAlias * 2 > testVariants, "the test set must be mostly spellings that are not aliases");
  }

  /**
   * Names of people from the UN sanctions list (people.tsv, a development set: looked at while tuning). A person is
   * not a place spelt nearly like the name; the floor is the measured count, against regressions.
   */
  @Test
  void peopleAreNotResolved() throws IOException {
    Resolver resolver = new Resolver(Lexicon.defaults());
    List<Row> people = read("people.tsv");
    int resolved = 0;
    for (Row r : people) {
      Resolution res = resolver.resolve(r.query());
      if (res.resolved()) {
        resolved++;
        System.out.println("  person resolved: " + r.query() + " -> " + res.id() + " " + res.match() + " " + res.score());
      }
    }
    System.out.printf("people.tsv: %d of %d names resolved%n", resolved, people.size());
    assertTrue(people.size() >= 2000, "people.tsv has " + people.size() + " names");
    assertTrue(resolved <= PEOPLE_RESOLVED, resolved + " names of people resolved");
  }

  /** Measured on 2026-11-27 with the common words of people's names and the key minimums for 4 and 5 letters (14 before). */
  static final int PEOPLE_RESOLVED = 2;

  /**
   * The held-out sets, each built by someone who had not seen the resolver's misses, from entities no earlier set had
   * looked at: holdout.tsv and holdout-2.tsv are split by entity into half A, whose misses were looked at to find what
   * the mechanism lacks, and half B, only ever counted; holdout-3.tsv was measured once after the changes of
   * 2026-11-27, then its misses were looked at in the next session; holdout-4.tsv was built at the start of that
   * session and measured once after its last change, its misses never looked at, and so were holdout-5.tsv a session
   * later (new spellings of entities other sets had named), holdout-6.tsv, built with dev-2.tsv and dev-3.tsv in the
   * session after that, holdout-7.tsv, built with dev-4.tsv in the next, holdout-8.tsv, built with dev-8.tsv and
   * dev-9.tsv in the session after, holdout-9.tsv, built with dev-10.tsv and dev-11.tsv in the next, holdout-10.tsv,
   * built with dev-12.tsv and dev-13.tsv in the session after, holdout-11.tsv and holdout-12.tsv, built with
   * dev-14.tsv to dev-17.tsv in the next, holdout-13.tsv, built with dev-18.tsv and dev-19.tsv in the session after,
   * holdout-14.tsv, built with dev-20.tsv in the next, holdout-15.tsv, built with dev-23.tsv two sessions later,
   * holdout-16.tsv, built with dev-24.tsv in the next, holdout-17.tsv, built with dev-25.tsv in the session after,
   * holdout-18.tsv, built with dev-26.tsv in the next, holdout-19.tsv, built with dev-27.tsv in the session after, and
   * holdout-20.tsv, built with dev-28.tsv in the next.
   * Their misses are not printed here. The floors are the measured figures, to catch regressions; the targets
   * (97%, no negative resolved) are not met on them.
   */
  @ParameterizedTest
  @CsvSource({"holdout.tsv, 0.980, 0", "holdout-2.tsv, 0.955, 1", "holdout-3.tsv, 0.958, 1", "holdout-4.tsv, 0.963, 3",
      "holdout-5.tsv, 0.943, 3", "holdout-6.tsv, 0.956, 1", "holdout-7.tsv, 0.880, 5", "holdout-8.tsv, 0.925, 1",
      "holdout-9.tsv, 0.937, 1", "holdout-10.tsv, 0.949, 0", "holdout-11.tsv, 0.928, 0", "holdout-12.tsv, 0.930, 0",
      "holdout-13.tsv, 0.946, 5", "holdout-14.tsv, 0.974, 3", "holdout-15.tsv, 0.945, 0", "holdout-16.tsv, 0.952, 0",
      "holdout-17.tsv, 0.944, 2", "holdout-18.tsv, 0.938, 1", "holdout-19.tsv, 0.939, 0",
      "holdout-20.tsv, 0.923, 1"})
  void heldOutSetsAreCountedNotTuned(String file, double floor, int maxNegatives) throws IOException {
    Resolver resolver = new Resolver(Lexicon.defaults());
    List<Row> rows = read(file);
    List<Row> a = new ArrayList<>();
    List<Row> b = new ArrayList<>();
    for (Row r : rows) {
      (halfA(r) ? a : b).add(r);
    }
    Score all = score(resolver, rows);
    Score sa = score(resolver, a);
    Score sb = score(resolver, b);
    System.out.printf("%s: %d/%d variants right (%.2f%%), %d of %d negatives resolved; half A %.2f%% (%d of %d negatives), "
            + "half B %.2f%% (%d of %d negatives)%n", file, all.right(), all.variants(), 100 * all.accuracy(),
        all.negativesResolved(), all.negatives(), 100 * sa.accuracy(), sa.negativesResolved(), sa.negatives(),
        100 * sb.accuracy(), sb.negativesResolved(), sb.negatives());
    assertTrue(all.accuracy() >= floor, file + ": accuracy fell to " + all.accuracy());
    assertTrue(all.negativesResolved() <= maxNegatives, file + ": negatives resolved: " + all.negativesResolved());
  }

  /**
   * dev-2.tsv to dev-126.tsv, built like holdout-5.tsv by someone who never ran the resolver, then tuned on: their
   * misses were looked at to find what the mechanism lacks (dev-119.tsv to dev-122.tsv not yet: they were added after
   * the last change of answers of the session that built them). The floors are the measured figures, against
   * regressions.
   */
  @ParameterizedTest
  @CsvSource({"dev-2.tsv, 0.976, 4", "dev-3.tsv, 0.970, 2", "dev-4.tsv, 0.946, 1", "dev-5.tsv, 0.925, 4",
      "dev-6.tsv, 0.959, 1", "dev-7.tsv, 0.936, 0", "dev-8.tsv, 0.958, 1", "dev-9.tsv, 0.962, 0",
      "dev-10.tsv, 0.943, 0", "dev-11.tsv, 0.950, 0", "dev-12.tsv, 0.943, 0", "dev-13.tsv, 0.960, 0",
      "dev-14.tsv, 0.942, 1", "dev-15.tsv, 0.961, 0", "dev-16.tsv, 0.958, 0", "dev-17.tsv, 0.928, 0",
      "dev-18.tsv, 0.970, 2", "dev-19.tsv, 0.968, 0", "dev-20.tsv, 0.964, 1", "dev-21.tsv, 0.964, 1",
      "dev-22.tsv, 0.975, 1", "dev-23.tsv, 0.962, 1", "dev-24.tsv, 0.943, 0", "dev-25.tsv, 0.953, 1",
      "dev-26.tsv, 0.952, 1", "dev-27.tsv, 0.936, 1", "dev-28.tsv, 0.932, 2", "dev-29.tsv, 0.970, 2",
      "dev-30.tsv, 0.939, 0", "dev-31.tsv, 0.968, 0", "dev-32.tsv, 0.955, 0",
      "dev-33.tsv, 0.972, 1", "dev-34.tsv, 0.967, 0", "dev-35.tsv, 0.965, 0", "dev-36.tsv, 0.953, 3",
      "dev-37.tsv, 0.949, 1", "dev-38.tsv, 0.964, 0",
      "dev-39.tsv, 0.962, 1", "dev-40.tsv, 0.968, 0",
      "dev-41.tsv, 0.974, 2", "dev-42.tsv, 0.958, 2",
      "dev-43.tsv, 0.962, 0", "dev-44.tsv, 0.961, 0",
      "dev-45.tsv, 0.953, 1", "dev-46.tsv, 0.959, 2",
      "dev-47.tsv, 0.951, 2", "dev-48.tsv, 0.951, 0",
      "dev-49.tsv, 0.962, 0", "dev-50.tsv, 0.969, 0",
      "dev-51.tsv, 0.960, 2", "dev-52.tsv, 0.959, 0",
      "dev-53.tsv, 0.960, 1", "dev-54.tsv, 0.925, 1",
      "dev-55.tsv, 0.953, 1", "dev-56.tsv, 0.951, 0",
      "dev-57.tsv, 0.930, 1", "dev-58.tsv, 0.944, 0",
      "dev-59.tsv, 0.936, 1", "dev-60.tsv, 0.947, 1",
      "dev-61.tsv, 0.956, 2", "dev-62.tsv, 0.957, 0",
      "dev-63.tsv, 0.927, 0", "dev-64.tsv, 0.930, 1",
      "dev-65.tsv, 0.960, 3", "dev-66.tsv, 0.958, 4",
      "dev-67.tsv, 0.945, 1", "dev-68.tsv, 0.943, 0",
      "dev-69.tsv, 0.958, 2", "dev-70.tsv, 0.947, 0",
      "dev-71.tsv, 0.936, 0", "dev-72.tsv, 0.954, 0",
      "dev-73.tsv, 0.937, 1", "dev-74.tsv, 0.946, 0",
      "dev-75.tsv, 0.963, 0", "dev-76.tsv, 0.947, 0", "dev-77.tsv, 0.939, 0", "dev-78.tsv, 0.946, 2",
      "dev-79.tsv, 0.943, 1", "dev-80.tsv, 0.954, 0", "dev-81.tsv, 0.941, 0", "dev-82.tsv, 0.930, 0",
      "dev-83.tsv, 0.930, 0", "dev-84.tsv, 0.945, 0", "dev-85.tsv, 0.956, 0", "dev-86.tsv, 0.921, 1",
      "dev-87.tsv, 0.954, 1", "dev-88.tsv, 0.942, 0", "dev-89.tsv, 0.893, 1", "dev-90.tsv, 0.939, 0",
      "dev-91.tsv, 0.947, 0", "dev-92.tsv, 0.955, 1", "dev-93.tsv, 0.947, 1", "dev-94.tsv, 0.947, 0",
      "dev-95.tsv, 0.945, 0", "dev-96.tsv, 0.941, 0", "dev-97.tsv, 0.921, 0", "dev-98.tsv, 0.940, 0",
      "dev-99.tsv, 0.915, 0", "dev-100.tsv, 0.930, 0", "dev-101.tsv, 0.916, 1", "dev-102.tsv, 0.930, 1",
      "dev-103.tsv, 0.929, 0", "dev-104.tsv, 0.921, 0", "dev-105.tsv, 0.931, 0", "dev-106.tsv, 0.944, 0",
      "dev-107.tsv, 0.924, 0", "dev-108.tsv, 0.930, 0", "dev-109.tsv, 0.954, 0", "dev-110.tsv, 0.949, 0",
      "dev-111.tsv, 0.937, 4", "dev-112.tsv, 0.913, 1", "dev-113.tsv, 0.911, 0", "dev-114.tsv, 0.920, 1",
      "dev-115.tsv, 0.917, 0", "dev-116.tsv, 0.940, 0", "dev-117.tsv, 0.919, 0", "dev-118.tsv, 0.916, 0",
      "dev-119.tsv, 0.909, 1", "dev-120.tsv, 0.909, 0", "dev-121.tsv, 0.920, 0", "dev-122.tsv, 0.963, 0",
      "dev-123.tsv, 0.949, 1", "dev-124.tsv, 0.950, 0", "dev-125.tsv, 0.963, 0", "dev-126.tsv, 0.923, 0"})
  void laterDevelopmentSetsKeepTheirScores(String file, double floor, int maxNegatives) throws IOException {
    Score all = score(new Resolver(Lexicon.defaults()), read(file));
    System.out.printf("%s: %d/%d variants right (%.2f%%), %d of %d negatives resolved%n", file, all.right(), all.variants(),
        100 * all.accuracy(), all.negativesResolved(), all.negatives());
    assertTrue(all.accuracy() >= floor, file + ": accuracy fell to " + all.accuracy());
    assertTrue(all.negativesResolved() <= maxNegatives, file + ": negatives resolved: " + all.negativesResolved());
  }

  /** Half A by the entity (or, for a negative, the query): the same split in every session. */
  static boolean halfA(Row r) {
    String key = r.negative() ? r.query() : r.expected();
    return Math.floorMod(key.hashCode() * 31 + 7, 2) == 0;
  }
}
