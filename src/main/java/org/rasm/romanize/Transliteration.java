package org.rasm.romanize;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Arabic to Latin in one {@link Scheme}. The letters of each scheme are the table {@code translit.tsv} beside this
 * class. Text in other scripts passes through; the input is first folded with the {@code display} profile
 * (presentation forms, invisible characters).
 *
 * <pre>{@code
 * Transliteration news = Transliteration.of(Scheme.NEWS);
 * news.apply("دير الزور");                         // "Dir az-Zur"
 * news.apply("البوكمال");                          // "al-Bukmal"
 * Transliteration.of(Scheme.BUCKWALTER).apply("حَلَب");   // "Halab"
 * }</pre>
 *
 * Thread-safe.
 */
public final class Transliteration {
  private static final TextFolder DISPLAY = TextFolder.of(FoldProfile.DISPLAY);
  private static final Table TABLE = Table.load();
  /** One per scheme, by ordinal; cheap: the tables are shared and ICU is built per thread on use. */
  private static final List<Transliteration> INSTANCES =
      java.util.Arrays.stream(Scheme.values()).map(Transliteration::new).toList();
  private static final int ICU_CACHE_LIMIT = 100_000;

  private final Scheme scheme;
  private final Map<String, String> icuCache;

  private Transliteration(Scheme scheme) {
    this.scheme = scheme;
    this.icuCache = scheme == Scheme.ICU ? new ConcurrentHashMap<>() : null;
  }

  public static Transliteration of(Scheme scheme) {
    return INSTANCES.get(java.util.Objects.requireNonNull(scheme, "scheme").ordinal());
  }

  public Scheme scheme() {
    return scheme;
  }

  /** {@code text} in this scheme; words not in Arabic script are kept as they are. */
  public String apply(CharSequence text) {
    String s = DISPLAY.foldToString(text);
    StringBuilder out = new StringBuilder(s.length() + 8);
    int i = 0;
    while (i < s.length()) {
      int start = i;
      boolean arabic = isArabic(s.charAt(i));
      while (i < s.length() && isArabic(s.charAt(i)) == arabic && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        out.append(s.charAt(i++));
        continue;
      }
      String word = s.substring(start, i);
      out.append(arabic ? word(word) : word);
    }
    return out.toString();
  }

  private String word(String word) {
    return switch (scheme) {
      case BUCKWALTER -> buckwalter(word);
      case ICU -> icu(word);
      default -> romanize(word);
    };
  }

  private String icu(String word) {
    String cached = icuCache.get(word);
    if (cached != null) {
      return cached;
    }
    String latin;
    Transliterator t = ICU_TRANSLITERATOR.get();
    latin = t.transliterate(word);
    if (icuCache.size() < ICU_CACHE_LIMIT) {
      icuCache.put(word, latin);
    }
    return latin;
  }

  // ICU transliterators are not thread-safe; one per thread, built once per thread
  private static final ThreadLocal<Transliterator> ICU_TRANSLITERATOR =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin"));

  private static String buckwalter(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String b = TABLE.buckwalter.get(c);
      sb.append(b != null ? b : String.valueOf(c));
    }
    return sb.toString();
  }

  /** Arabic text from Buckwalter's transliteration (the inverse of {@link Scheme#BUCKWALTER} on Arabic letters). */
  public static String fromBuckwalter(CharSequence latin) {
    StringBuilder sb = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      Character a = TABLE.fromBuckwalter.get(c);
      sb.append(a != null ? a : c);
    }
    return sb.toString();
  }

  private String romanize(String word) {
    boolean news = scheme == Scheme.NEWS;
    StringBuilder sb = new StringBuilder(word.length() + 4);
    int i = 0;
    if (word.length() >= 4 && word.startsWith("ال")) {
      char first = word.charAt(2);
      String article = TABLE.sun.contains(first) ? "a" + cell(first, news, true) : "al";
      sb.append(article).append(news ? "-" : " ");
      i = 2;
    }
    int partStart = sb.length();
    boolean previousVowel = true; // a word starts as after a vowel: waw and yeh read as consonants
    for (; i < word.length(); i++) {
      char c = word.charAt(i);
      String role = TABLE.role.get(c);
      if (role == null) {
        sb.append(c);
        previousVowel = false;
        continue;
      }
      switch (role) {
        case "glide" -> {
          boolean consonant = previousVowel || i + 1 < word.length() && "vowel".equals(TABLE.role.get(word.charAt(i + 1)));
          sb.append(cell(c, news, consonant));
          previousVowel = !consonant;
        }
        case "shadda" -> {
          int last = sb.length() - 1;
          if (last >= partStart && Character.isLetter(sb.charAt(last))) {
            sb.append(sb.charAt(last));
          }
        }
        case "vowel", "mark" -> {
          sb.append(cell(c, news, true));
          previousVowel = true;
        }
        default -> {
          sb.append(cell(c, news, true));
          previousVowel = false;
        }
      }
    }
    if (sb.length() > partStart) {
      sb.setCharAt(partStart, Character.toUpperCase(sb.charAt(partStart)));
    }
    return sb.toString();
  }

  /** The scheme's spelling of a letter; for glides, the consonant or the vowel reading. */
  private static String cell(char c, boolean news, boolean consonantReading) {
    String v = (news ? TABLE.news : TABLE.bgn).getOrDefault(c, String.valueOf(c));
    int slash = v.indexOf('/');
    return slash < 0 ? v : consonantReading ? v.substring(0, slash) : v.substring(slash + 1);
  }

  private static boolean isArabic(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
  }

  private static final class Table {
    final Map<Character, String> role = new HashMap<>();
    final Map<Character, String> news = new HashMap<>();
    final Map<Character, String> bgn = new HashMap<>();
    final Map<Character, String> buckwalter = new HashMap<>();
    final Map<Character, Character> fromBuckwalter = new HashMap<>();
    final Set<Character> sun = new HashSet<>();

    static Table load() {
      Table t = new Table();
      for (DataTable.Row row : DataTable.read(Transliteration.class, "translit.tsv", 6)) {
        String[] c = row.cells();
        char letter = c[0].charAt(0);
        t.role.put(letter, c[1]);
        t.news.put(letter, c[2]);
        t.bgn.put(letter, c[3]);
        t.buckwalter.put(letter, c[4]);
        if (c[4].length() == 1) {
          t.fromBuckwalter.putIfAbsent(c[4].charAt(0), letter);
        }
        if (c[5].contains("sun")) {
          t.sun.add(letter);
        }
      }
      return t;
    }
  }
}
