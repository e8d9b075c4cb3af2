package org.rasm.dedup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.openhft.hashing.LongHashFunction;
import org.rasm.Rasm;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;
import org.rasm.romanize.InvariantKey;
import org.rasm.tag.Mention;

/**
 * Builds the {@link Signature} of a document: strip the masthead and boilerplate, fold the body with the
 * {@code search} profile, put each tagged mention's entity id in place of its words and each number's value in place
 * of its digits, and hash the word 3-grams.
 *
 * <pre>{@code
 * Signer signer = new Signer(Rasm.defaults(), 100);
 * Signature s = signer.sign("a.txt", text);
 * }</pre>
 *
 * Thread-safe.
 */
public final class Signer {
  static final int SHINGLE = 3;
  /** The MinHash length deduplication signs with: 50 bands of 2 rows ({@link BucketKeys#DEFAULT_BANDS}). */
  public static final int DEFAULT_PERMUTATIONS = 100;
  static final int LANGUAGE_SAMPLE = 300;
  private static final LongHashFunction XX3 = LongHashFunction.xx3();
  private static final long[] SEEDS = seeds(256, 0x9e3779b97f4a7c15L);
  private static final long[] MULTIPLIERS = odd(seeds(256, 0x632be59bd9b4e019L));

  private static final Map<String, String> NUMBER_WORDS = readWordTable("numbers.tsv");
  private static final Map<String, String> NUMBER_SCALES = readWordTable("number-scales.tsv");

  private final Rasm rasm;
  private final int permutations;
  private final boolean entityIds;
  private final Map<String, String> placeGroups = new ConcurrentHashMap<>();

  public Signer(Rasm rasm, int permutations) {
    this(rasm, permutations, true);
  }

  /**
   * @param entityIds whether mentions stand as their entity ids in the shingles; off only to measure what they buy
   */
  public Signer(Rasm rasm, int permutations, boolean entityIds) {
    if (permutations < 1 || permutations > SEEDS.length) {
      throw new IllegalArgumentException("permutations must be 1 to " + SEEDS.length);
    }
    this.rasm = rasm;
    this.permutations = permutations;
    this.entityIds = entityIds;
  }

  public Signature sign(String id, String text) {
    String body = rasm.strip(text).body();
    if (body.isBlank()) {
      body = text; // a page that is all boilerplate is compared whole: unrelated empty bodies are no copies
    }
    List<Mention> mentions = rasm.tag(body);
    List<String> tokens = tokens(body, mentions);
    long exact = XX3.hashChars(rasm.normalize(body, FoldProfile.SEARCH).text().strip());
    long[] shingles = shingles(tokens);
    Set<String> facts = new TreeSet<>();
    for (Mention m : mentions) {
      if (m.id() != null) {
        facts.add(m.id().startsWith("place:") ? placeGroups.computeIfAbsent(m.id(), this::placeGroup) : m.id());
      }
    }
    for (String t : tokens) {
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        facts.add("#" + t);
      }
    }
    String language = body.isBlank() ? null : rasm.detect(opening(body)).language();
    return new Signature(id, exact, shingles, minhash(shingles, permutations), language, facts);
  }

  /**
   * The first {@value #LANGUAGE_SAMPLE} characters of the body, cut at a space: a report's language is the language
   * it opens in, and detection then costs the same for long documents as for short ones.
   */
  private static String opening(String body) {
    if (body.length() <= LANGUAGE_SAMPLE) {
      return body;
    }
    int cut = body.lastIndexOf(' ', LANGUAGE_SAMPLE);
    return body.substring(0, cut > LANGUAGE_SAMPLE / 2 ? cut : LANGUAGE_SAMPLE);
  }

  /** The body's words, folded, with each mention as its entity id and each number as its value. */
  private List<String> tokens(String body, List<Mention> mentions) {
    List<String> tokens = new ArrayList<>();
    int at = 0;
    for (Mention m : mentions) {
      words(rasm.normalize(body.substring(at, m.start()), FoldProfile.SEARCH).text(), tokens);
      if (entityIds && m.id() != null) {
        tokens.add(m.id());
      } else {
        words(rasm.normalize(m.text(), FoldProfile.SEARCH).text(), tokens);
      }
      at = m.end();
    }
    words(rasm.normalize(body.substring(at), FoldProfile.SEARCH).text(), tokens);
    return tokens;
  }

  /**
   * A place and the units above it that bear its name are one place for pairing translations: the city of Deir ez-Zor
   * and the governorate ("ريف دير الزور") are both the Deir ez-Zor of the report.
   */
  private String placeGroup(String id) {
    Lexicon lexicon = rasm.lexicon();
    Entity e = lexicon.get(id).orElse(null);
    if (e == null) {
      return id;
    }
    Set<String> keys = new HashSet<>();
    e.names().forEach(n -> keys.add(InvariantKey.of(n)));
    String group = id;
    Set<String> seen = new HashSet<>();
    while (!e.parent().isEmpty() && seen.add(e.parent())) {
      e = lexicon.get(e.parent()).orElse(null);
      if (e == null || e.names().stream().noneMatch(n -> keys.contains(InvariantKey.of(n)))) {
        break;
      }
      group = e.id();
    }
    return group;
  }

  private static Map<String, String> readWordTable(String name) {
    Map<String, String> m = new HashMap<>();
    TextFolder search = TextFolder.of(FoldProfile.SEARCH);
    for (DataTable.Row row : DataTable.read(Signer.class, name, 2)) {
      m.put(search.foldToString(row.cell(0)), row.cell(1));
    }
    return Map.copyOf(m);
  }

  private static void words(String folded, List<String> into) {
    boolean lastWasNumber = false;
    int i = 0;
    int n = folded.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int start = i;
      boolean number = i < n && Character.isDigit(folded.charAt(i));
      while (i < n && (Character.isLetterOrDigit(folded.charAt(i))
          || number && (folded.charAt(i) == ',' || folded.charAt(i) == '.') && i + 1 < n && Character.isDigit(folded.charAt(i + 1)))) {
        i++;
      }
      if (i > start) {
        String w = folded.substring(start, i);
        String scaled = lastWasNumber && !number ? scaled(into.get(into.size() - 1), NUMBER_SCALES.get(w)) : null;
        if (scaled != null) {
          into.set(into.size() - 1, scaled);
        } else {
          into.add(number ? numberValue(w) : NUMBER_WORDS.getOrDefault(w, w));
        }
        lastWasNumber = number || NUMBER_WORDS.containsKey(w);
      }
    }
  }

  /** "25" and "1000" as "25000"; null when there is no scale or the number is not one (1.2.3). */
  private static String scaled(String number, String scale) {
    if (scale == null) {
      return null;
    }
    try {
      return new BigDecimal(number).multiply(new BigDecimal(scale)).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** 2,500 and 2500 are one number; a decimal keeps its point. */
  private static String numberValue(String w) {
    String digits = w.replace(",", "");
    int dot = digits.indexOf('.');
    return dot >= 0 && digits.length() - dot - 1 == 3 ? digits.replace(".", "") : digits; // 2.500 written European style
  }

  private static long[] shingles(List<String> tokens) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    long[] words = new long[tokens.size()];
    for (int k = 0; k < words.length; k++) {
      words[k] = XX3.hashChars(tokens.get(k));
    }
    int count = Math.max(1, words.length - SHINGLE + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
        h = h * 31 + words[k];
      }
      hashes[i] = h;
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /**
   * The MinHash of a set of hashes: for each of {@code permutations} permutations, the least value. Each value is
   * mixed once, then permuted by a multiply-add with an odd multiplier (a bijection of 64-bit numbers): one
   * multiplication per permutation instead of a full mix.
   */
  static long[] minhash(long[] values, int permutations) {
    long[] sig = new long[permutations];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long v : values) {
      long m = mix(v);
      for (int p = 0; p < permutations; p++) {
        long h = m * MULTIPLIERS[p] + SEEDS[p];
        if (h < sig[p]) {
          sig[p] = h;
        }
      }
    }
    return sig;
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit permutation. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int n, long start) {
    long[] seeds = new long[n];
    long x = start;
    for (int i = 0; i < n; i++) {
      x += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(x);
    }
    return seeds;
  }

  private static long[] odd(long[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] |= 1;
    }
    return values;
  }


  /** The Jaccard similarity of two sorted, distinct arrays. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int common = common(a, b);
    return (double) common / (a.length + b.length - common);
  }

  /** How many values two sorted, distinct arrays share. */
  static int common(long[] a, long[] b) {
    return common(a, b, 0);
  }

  /**
   * How many values two sorted, distinct arrays share, or any number below {@code needed} as soon as the values left
   * cannot make up {@code needed}: most candidate pairs are told apart after a few values.
   */
  static int common(long[] a, long[] b, int needed) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (common + Math.min(a.length - i, b.length - j) < needed) {
        return common;
      }
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
