package org.rasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link Rasm} is shared by every thread of a process, so no class of the library may keep state in a static
 * field that a call could change: every static field of the compiled main classes must be final and hold a value that
 * cannot change (a primitive, a string, an unmodifiable collection of such values, an object of an immutable type).
 * The few exceptions are listed in {@link #ALLOWED} with the reason each is safe.
 */
class NoMutableStaticStateTest {
  /**
   * Field ({@code Class.field}) to why it is safe. Arrays here are private, filled only while their class
   * initialises and never handed out: lookup tables in hot loops, where an array read is what keeps them fast.
   */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("org.rasm.lang.ScriptRuns.BMP", "private lookup table (script per BMP char), read per character"),
      Map.entry("org.rasm.resolve.NameSimilarity.SWAP", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.NameSimilarity.INSERT", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.NameSimilarity.WEIGHT", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.NameSimilarity.INSERT_BESIDE_VOWEL", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.NameSimilarity.INSERT_INITIAL", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.NameSimilarity.UNWRITTEN", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.SWAP", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.SWAP_FINAL", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.FINAL_AFTER", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.QUERY_FINAL", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.ANY_OTHER", "private row the cost tables share, never written"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.NONE", "private row the cost tables share, never written"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.EDGE", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.BESIDE", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicSimilarity.MEDIAL", "private cost table of the edit distance's inner loop"),
      Map.entry("org.rasm.resolve.ArabicDots.SHAPE", "private lookup table (shape per Arabic letter), read per letter"),
      Map.entry("org.rasm.dedup.Signer.SEEDS", "private MinHash seeds, read per shingle and permutation"),
      Map.entry("org.rasm.dedup.Signer.MULTIPLIERS", "private MinHash multipliers, read per shingle and permutation"),
      Map.entry("org.rasm.lexicon.imports.Slugs.TO_ASCII",
          "an ICU transliterator (not thread-safe) used only under a lock on it, by the offline lexicon importers"),
      Map.entry("org.rasm.romanize.Transliteration.ICU_TRANSLITERATOR",
          "per-thread ICU transliterator (not thread-safe); each thread has its own, built from the same rules"));

  /** Types whose instances can change, whatever the declared type of the field says. */
  private static final List<Class<?>> MUTABLE = List.of(StringBuilder.class, StringBuffer.class, java.util.Random.class,
      com.ibm.icu.text.Transliterator.class,
      java.util.Date.class, java.util.Calendar.class, java.util.BitSet.class, ThreadLocal.class,
      java.util.concurrent.atomic.AtomicBoolean.class, java.util.concurrent.atomic.AtomicInteger.class,
      java.util.concurrent.atomic.AtomicLong.class, java.util.concurrent.atomic.AtomicReference.class,
      java.util.concurrent.atomic.AtomicReferenceArray.class, java.util.concurrent.atomic.AtomicIntegerArray.class,
      java.util.concurrent.atomic.AtomicLongArray.class, java.util.concurrent.atomic.LongAdder.class);

  @Test
  void noMainClassKeepsMutableStaticState() throws Exception {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Class<?> c : mainClasses()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.isEnumConstant()) {
          continue;
        }
        String name = c.getName() + "." + f.getName();
        seen.add(name);
        String problem = problem(f);
        if (problem != null && !ALLOWED.containsKey(name)) {
          problems.add(name + ": " + problem);
        } else if (problem != null && !Modifier.isPrivate(f.getModifiers())) {
          problems.add(name + ": allowed only while private, so that no other class can change it");
        }
      }
    }
    assertEquals(List.of(), problems, "static state that a call could change");
    List<String> stale = ALLOWED.keySet().stream().filter(k -> !seen.contains(k)).sorted().toList();
    assertEquals(List.of(), stale, "allowed fields that no longer exist: take them off the list");
  }

  @Test
  void theCheckSeesMutableState() throws Exception {
    for (Field f : Fixture.class.getDeclaredFields()) {
      if (f.getName().startsWith("bad")) {
        assertTrue(problem(f) != null, f.getName());
      } else if (!f.isSynthetic()) {
        assertEquals(null, problem(f), f.getName());
      }
    }
  }

  @SuppressWarnings("unused")
  private static final class Fixture {
    static int badNonFinal;
    static final StringBuilder badBuilder = new StringBuilder();
    static final Map<String, String> badHashMap = new java.util.HashMap<>();
    static final Map<String, Set<String>> badInner = Map.of("a", new java.util.HashSet<>());
    static final int[] badArray = {1};
    static final java.util.concurrent.atomic.AtomicReferenceArray<String> badAtomic =
        new java.util.concurrent.atomic.AtomicReferenceArray<>(1);
    static final Map<String, List<String>> goodNested = Map.of("a", List.of("b"));
    static final Set<String> goodWrapped = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(Set.of("x")));
    static final int[] goodEmptyArray = {};
    static final java.util.regex.Pattern goodPattern = java.util.regex.Pattern.compile("x");
    static final String goodString = "s";
  }

  /** Why the field's value could change, or null. */
  private static String problem(Field f) throws IllegalAccessException {
    if (!Modifier.isFinal(f.getModifiers())) {
      return "not final";
    }
    if (f.getType().isPrimitive()) {
      return null;
    }
    f.setAccessible(true);
    return problem(f.get(null), new IdentityHashMap<>());
  }

  private static String problem(Object value, Map<Object, Boolean> visited) {
    if (value == null || visited.put(value, true) != null) {
      return null;
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      return Array.getLength(value) == 0 ? null : "an array: " + type.getSimpleName();
    }
    for (Class<?> m : MUTABLE) {
      if (m.isInstance(value)) {
        return "mutable " + type.getName();
      }
    }
    if (value instanceof Collection<?> c) {
      return !unmodifiable(type) ? "modifiable " + type.getName() : first(c.stream(), visited);
    }
    if (value instanceof Map<?, ?> m) {
      return !unmodifiable(type)
          ? "modifiable " + type.getName()
          : first(Stream.concat(m.keySet().stream(), m.values().stream()), visited);
    }
    return null;
  }

  private static String first(Stream<?> values, Map<Object, Boolean> visited) {
    return values.map(v -> problem(v, visited)).filter(p -> p != null).findFirst().map(p -> "inside: " + p).orElse(null);
  }

  /** The JDK's unmodifiable collections: {@code List.of}, {@code Map.copyOf}, {@code Collections.unmodifiable*}... */
  private static boolean unmodifiable(Class<?> type) {
    String n = type.getName();
    return n.startsWith("java.util.ImmutableCollections$") || n.startsWith("java.util.Collections$Unmodifiable")
        || n.startsWith("java.util.Collections$Empty") || n.startsWith("java.util.Collections$Singleton");
  }

  /** Every class compiled from src/main, initialised so that the values of its static fields can be read. */
  private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Rasm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
        String name = rel.substring(0, rel.length() - ".class".length());
        if (!name.endsWith("package-info")) {
          classes.add(Class.forName(name, true, NoMutableStaticStateTest.class.getClassLoader()));
        }
      }
    }
    assertTrue(classes.size() > 50, "found the main classes in " + root);
    return classes;
  }
}
