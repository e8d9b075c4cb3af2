package org.rasm.resolve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Turkish and Kurdish (Kurmanji) Latin letters read as English romanisation writes them ({@code
 * turkish-kurdish-letters.tsv}): ş as sh, ç as ch, c as j ("Cindirês" is Jindires), in a query that holds a letter only
 * Turkish and Kurdish write (ş, ğ, ı, ê) or a word for a kind of place in those languages ({@code
 * turkish-kurdish-words.tsv}: "Hacin nahiyesi"). Words the tables know (bucağı, hava üssü, cephesi) stay as written.
 */
final class TurkishKurdish {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final Map<Character, String> READINGS;
  /**
   * Letters read so only in a query with a word for a kind of place, and kept only if the reading meets a name as spelt
   * (h as kh, v as w, e as a): most are what they are.
   */
  private static final Map<Character, String> KIND_READINGS;
  /**
   * The letters of {@link #KIND_READINGS} read so only in a query with a word for a kind of place, not one that a case
   * ending alone marks, and with the others only after them (s as th: "Sevra gazetesi" is al-Thawra, but "Suhne çölü"
   * is al-Sukhnah).
   */
  private static final Set<Character> KIND_WORD_READINGS;
  /** The letters of {@link #KIND_READINGS} but those of {@link #KIND_WORD_READINGS}. */
  private static final Set<Character> KIND_LETTERS;
  /** The letters that mark a text as Turkish or Kurdish. */
  private static final String MARKS;
  /** The letters of {@link #MARKS} that no other language of people's names writes ({@link #markedByLetter}). */
  private static final String ONLY_TURKISH_KURDISH = "şğıê";
  /** The rows of {@code turkish-kurdish-words.tsv}: words, and endings written with a hyphen first. */
  private static final List<DataTable.Row> WORD_ROWS =
      List.copyOf(DataTable.read(TurkishKurdish.class, "turkish-kurdish-words.tsv", 3));
  /** The Turkish case endings after a possessive ({@code turkish-case-endings.tsv}), in lower case. */
  private static final List<String> CASE_ENDINGS = List.copyOf(DataTable.firstCells(TurkishKurdish.class,
      "turkish-case-endings.tsv", 3, e -> e.toLowerCase(Locale.ROOT)));
  /** Words that mark a text as Turkish or Kurdish though written in English letters, key-folded. */
  private static final Set<String> MARKING_WORDS = markingWords(w -> KEY.foldToString(w), true);
  /**
   * The marking words as written and key-folded, by their length, without case endings: a word in English letters is
   * one of them, or one of them and a case ending, or neither.
   */
  private static final Map<Integer, List<String>> MARKING_WORDS_BY_LENGTH = byLength(
      markingWords(w -> KEY.foldToString(w), false), markingWords(w -> w.toLowerCase(Locale.ROOT), false));
  /** Endings that mark a word as Turkish (the table's rows that begin with a hyphen), in lower case: -iye. */
  private static final List<String> MARKING_ENDINGS = WORD_ROWS.stream().map(row -> row.cell(0))
      .filter(w -> w.startsWith("-")).map(w -> w.substring(1).toLowerCase(Locale.ROOT)).toList();
  /**
   * A Turkish case ending of two letters or more after an apostrophe, as Turkish writes one after a name
   * ({@code name-suffixes.tsv}): "El-Ahbar'dan", "Cemraya'dan". It marks the query as a word for a kind of place does;
   * one letter after an apostrophe ends Arabic names in English as often (Sana'a, Dar'a).
   */
  private static final java.util.regex.Pattern CASE_AFTER_APOSTROPHE = java.util.regex.Pattern.compile(
      "(?<=\\p{IsLatin}{2})[" + Resolver.APOSTROPHES + "](?iu:" + String.join("|", DataTable.read(
          TurkishKurdish.class, "name-suffixes.tsv", 4).stream()
          .filter(row -> row.cell(1).equals("tr") && row.cell(0).length() >= 2)
          .map(row -> java.util.regex.Pattern.quote(row.cell(0))).toList())
      + ")(?![\\p{L}\\p{M}])");
  /** The fewest letters a word has before a marking ending: "Kiye" is no nisba. */
  private static final int MIN_ENDING_STEM = 3;
  /** Kurdish words for kinds of place whose name follows in the oblique case, key-folded. */
  private static final Set<String> OBLIQUE_HEADS = obliqueHeads();
  /** The Kurdish oblique endings, longest first: -yê after a vowel, -ê after a consonant. */
  private static final List<String> OBLIQUE_ENDINGS = List.of("yê", "ê");
  /**
   * Turkish words for kinds of place after a name and Kurdish ones before it, key-folded, to the romanised Arabic word
   * before it ({@code arabic-heads.tsv}).
   */
  private static final Map<String, String> ARABIC_HEADS = DataTable.read(TurkishKurdish.class, "arabic-heads.tsv", 3)
      .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(row -> KEY.foldToString(row.cell(0)), row -> row.cell(1)));
  /** The same heads key-folded, as a name's key holds them: folded once, not for every name a query asks of. */
  private static final Map<String, String> FOLDED_HEADS = ARABIC_HEADS.entrySet().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> KEY.foldToString(e.getValue())));
  /**
   * The romanised Arabic word, key-folded, that Syrian names put before the name for the kind of place {@code word},
   * key-folded, says ({@code arabic-heads.tsv}): "jabal" for dağı and mountain; null for none.
   */
  static String arabicHead(String word) {
    return FOLDED_HEADS.get(word);
  }

  /** The fewest letters a name keeps without its oblique ending. */
  private static final int MIN_OBLIQUE_STEM = 3;

  static {
    Map<Character, String> readings = new HashMap<>();
    // the kind letters are tried one at a time in the table's order, the same in every run
    Map<Character, String> kindReadings = new java.util.LinkedHashMap<>();
    Set<Character> kindWordReadings = new LinkedHashSet<>();
    StringBuilder marks = new StringBuilder();
    for (DataTable.Row row : DataTable.read(TurkishKurdish.class, "turkish-kurdish-letters.tsv", 4)) {
      if (row.cell(0).length() != 1 || !row.cell(2).matches("yes|no|kind|kind word")) {
        throw new IllegalStateException(
            "turkish-kurdish-letters.tsv:" + row.line() + ": one letter, and marks yes, no, kind or kind word");
      }
      (row.cell(2).startsWith("kind") ? kindReadings : readings).put(row.cell(0).charAt(0), row.cell(1));
      if (row.cell(2).equals("kind word")) {
        kindWordReadings.add(row.cell(0).charAt(0));
      }
      if (row.cell(2).equals("yes")) {
        marks.append(row.cell(0));
      }
    }
    READINGS = Map.copyOf(readings);
    KIND_READINGS = java.util.Collections.unmodifiableMap(kindReadings);
    KIND_WORD_READINGS = java.util.Collections.unmodifiableSet(kindWordReadings);
    Set<Character> letters = new LinkedHashSet<>(kindReadings.keySet());
    letters.removeAll(kindWordReadings);
    KIND_LETTERS = java.util.Collections.unmodifiableSet(letters);
    MARKS = marks.toString();
  }

  private TurkishKurdish() {}

  /**
   * The readings of a query marked as Turkish or Kurdish, each differing from it. {@code plain}: its words read so, then
   * read so but for c, for a word in English letters may be English ("Şehba canton"), then read so without the Kurdish
   * oblique endings ({@link #withoutObliqueEndings}), then read so with a final word for a kind of place put first as
   * the Arabic word Syrian names use ({@link #withArabicHeadFirst}). {@code kind}: when it has a word for a kind of place, read so with
   * each letter that only such a word lets be read ({@code kind} in the table: Turkish and Kurdish write Arabic khah as
   * h and waw as v: Salhad ilçesi, Tavahin nahiyesi), one such letter at a time, then all; a word alone lacks one (Haşim
   * is a name of a person). {@code speltOnly}: when it has none but a letter only Turkish and Kurdish write, read so
   * all the same, each reading to be kept only if it meets a name as spelt ("Hanasır" is Khanasir).
   */
  record Readings(List<String> plain, List<String> kind, List<String> speltOnly) {
    static final Readings NONE = new Readings(List.of(), List.of(), List.of());

    boolean isEmpty() {
      return plain.isEmpty() && kind.isEmpty() && speltOnly.isEmpty();
    }
  }

  /**
   * The readings of {@code query}; none when it is not marked as Turkish or Kurdish. A word that {@code nameWord}
   * knows, key-folded, as a word of a name keeps its kind letters: "Halep" is Aleppo as written, not Khalep.
   */
  static Readings of(String query, Predicate<String> nameWord) {
    // the ending marks a query and lets its kind letters be read, as a word for a kind of place does; so does a case
    // ending after an apostrophe, and the readings are of the name without it, for they are met as names are
    String withoutCase = CASE_AFTER_APOSTROPHE.matcher(query).replaceAll("");
    boolean ending = markingEnding(query) || !withoutCase.equals(query);
    query = withoutCase;
    if (!ending && !marked(query)) {
      return Readings.NONE;
    }
    Set<String> plain = new LinkedHashSet<>(List.of(read(query, true, Set.of(), nameWord),
        read(query, false, Set.of(), nameWord)));
    String withoutEndings = withoutObliqueEndings(query);
    if (withoutEndings != null) {
      plain.add(read(withoutEndings, true, Set.of(), nameWord));
    }
    String headFirst = withArabicHeadFirst(withoutEndings == null ? query : withoutEndings);
    if (headFirst != null) {
      plain.add(read(headFirst, true, Set.of(), nameWord));
    }
    plain.remove(query);
    Set<String> kind = new LinkedHashSet<>();
    boolean kindWord = hasKindWord(query);
    if (ending || kindWord) {
      // as written, then without the oblique endings: "Navçeya Erîhayê" is Ariha subdistrict
      for (String form : withoutEndings == null ? List.of(query) : List.of(query, withoutEndings)) {
        for (char letter : kindWord ? KIND_READINGS.keySet() : KIND_LETTERS) {
          kind.add(read(form, true, Set.of(letter), nameWord));
        }
        kind.add(read(form, true, KIND_LETTERS, nameWord));
        if (kindWord && !KIND_WORD_READINGS.isEmpty()) {
          kind.add(read(form, true, KIND_READINGS.keySet(), nameWord));
        }
      }
    }
    String alone = obliqueAlone(query);
    if (alone != null) {
      // a name alone in the oblique case, as after a preposition (li Iraqê): "Irakê" is Irak, if met as spelt; the
      // ending marks the word as Kurdish, as a word for a kind of place does, so its kind letters may be read too
      // ("Hemayê" is Hama)
      kind.add(read(alone, true, Set.of(), nameWord));
      for (char letter : KIND_LETTERS) {
        kind.add(read(alone, true, Set.of(letter), nameWord));
      }
      kind.add(read(alone, true, KIND_LETTERS, nameWord));
    }
    kind.remove(query);
    kind.removeAll(plain);
    Set<String> speltOnly = new LinkedHashSet<>();
    if (kind.isEmpty() && markedByLetter(query)) {
      // a name alone in Turkish letters ("Hanasır", "Huşam"): its kind letters read as the others, each
      // reading kept only if it meets a name as the lexicon spells it, for most such words are people's names
      for (char letter : KIND_LETTERS) {
        speltOnly.add(read(query, true, Set.of(letter), nameWord));
      }
      speltOnly.add(read(query, true, KIND_LETTERS, nameWord));
      speltOnly.remove(query);
      speltOnly.removeAll(plain);
    }
    return new Readings(List.copyOf(plain), List.copyOf(kind), List.copyOf(speltOnly));
  }

  /**
   * The query with the Kurdish oblique ending taken off each word after a Kurdish word for a kind of place ("Parêzgeha
   * Hemayê" as "Parêzgeha Hema"); null when it has no such word.
   */
  private static String withoutObliqueEndings(String query) {
    String[] words = query.split(" ", -1);
    boolean after = false;
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      if (OBLIQUE_HEADS.contains(KEY.foldToString(words[i]))) {
        after = true;
        continue;
      }
      for (String ending : after ? OBLIQUE_ENDINGS : List.<String>of()) {
        if (words[i].endsWith(ending) && words[i].length() - ending.length() >= MIN_OBLIQUE_STEM) {
          words[i] = words[i].substring(0, words[i].length() - ending.length());
          changed = true;
          break;
        }
      }
    }
    return changed ? String.join(" ", words) : null;
  }

  /** A query of one word with a Kurdish oblique ending, without it; null for any other. */
  private static String obliqueAlone(String query) {
    String word = query.strip();
    if (word.indexOf(' ') >= 0) {
      return null;
    }
    for (String ending : OBLIQUE_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_OBLIQUE_STEM) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return null;
  }

  /**
   * The query with its last word, a Turkish word for a kind of place, put first as the Arabic word Syrian names use, or
   * its first, a Kurdish one, as that Arabic word ({@code arabic-heads.tsv}): "Seman Dağı" as "Jabal Seman", "Girê
   * Berek" as "Tall Berek". Null when it has neither.
   */
  private static String withArabicHeadFirst(String query) {
    String q = query.strip();
    int space = q.lastIndexOf(' ');
    if (space < 0) {
      return null;
    }
    String last = ARABIC_HEADS.get(KEY.foldToString(q.substring(space + 1)));
    if (last != null) {
      return last + " " + q.substring(0, space);
    }
    int first = q.indexOf(' ');
    String head = ARABIC_HEADS.get(KEY.foldToString(q.substring(0, first)));
    return head == null ? null : head + q.substring(first);
  }

  private static String read(String query, boolean cAsJ, Set<Character> kindLetters, Predicate<String> nameWord) {
    StringBuilder out = new StringBuilder(query.length() + 4);
    for (String word : query.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String key = KEY.foldToString(word);
      if (!readable(word, kindLetters) || NameForms.isTableWord(key) && !afterArticle(word)
          || MARKING_WORDS.contains(key) || !kindLetters.isEmpty() && nameWord.test(key)) {
        out.append(word);
        continue;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        char lower = Character.toLowerCase(c);
        String reading = lower == 'c' && !cAsJ ? null : READINGS.get(lower);
        // an h after s, k, g… makes one letter with it (similarity.tsv's digraphs): that h is no khah
        if (kindLetters.contains(lower)
            && (i == 0 || !NameSimilarity.isDigraph(Character.toLowerCase(word.charAt(i - 1)), lower))) {
          reading = KIND_READINGS.get(lower);
        }
        if (reading == null) {
          out.append(c);
        } else if (!reading.isEmpty()) {
          out.append(Character.isUpperCase(c) ? Character.toUpperCase(reading.charAt(0)) + reading.substring(1) : reading);
        }
      }
    }
    return out.toString();
  }

  /**
   * True when {@code word} is written after an Arabic article and a hyphen, which key folding drops ("el-Hava"): a word
   * so written is a name's, though the tables know it as Turkish (hava, "air", of hava üssü).
   */
  private static boolean afterArticle(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0 && KEY.foldToString(word.substring(0, hyphen + 1) + "x").equals("x");
  }

  private static Map<Integer, List<String>> byLength(Set<String> folded, Set<String> written) {
    Map<Integer, List<String>> m = new HashMap<>();
    for (Set<String> words : List.of(folded, written)) {
      for (String w : words) {
        List<String> same = m.computeIfAbsent(w.length(), k -> new java.util.ArrayList<>());
        if (!same.contains(w)) {
          same.add(w);
        }
      }
    }
    m.replaceAll((length, words) -> List.copyOf(words));
    return Map.copyOf(m);
  }

  private static Set<String> markingWords(java.util.function.UnaryOperator<String> form, boolean withCaseEndings) {
    Set<String> words = new LinkedHashSet<>();
    for (DataTable.Row row : WORD_ROWS) {
      String word = row.cell(0);
      if (!word.startsWith("-")) {
        words.add(form.apply(word));
        // with a case ending after the possessive, as NameForms reads it: "kentinde" marks a query as "kenti" does
        String key = KEY.foldToString(word);
        if (withCaseEndings && key.indexOf(' ') < 0 && (key.endsWith("i") || key.endsWith("u"))) {
          CASE_ENDINGS.forEach(ending -> words.add(form.apply(word + ending)));
        }
      }
    }
    return Set.copyOf(words);
  }

  private static Set<String> obliqueHeads() {
    Set<String> heads = new java.util.HashSet<>();
    for (DataTable.Row row : WORD_ROWS) {
      if (!row.cell(1).matches("yes|no")) {
        throw new IllegalStateException("turkish-kurdish-words.tsv:" + row.line() + ": oblique must be yes or no");
      }
      if (row.cell(1).equals("yes")) {
        heads.add(KEY.foldToString(row.cell(0)));
      }
    }
    return Set.copyOf(heads);
  }

  /**
   * True when {@code text} holds a letter that only Turkish and Kurdish write, even among the languages of people's
   * names: ş, ğ, ı, ê; not ü or ö, which German and Scandinavian names hold (Sören is no Suran).
   */
  private static boolean markedByLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (ONLY_TURKISH_KURDISH.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean marked(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 && MARKS.indexOf(Character.toLowerCase(c)) >= 0) {
        return true;
      }
      ascii &= c < 128;
    }
    // most queries hold no marking word; in English letters, one is found without folding the query
    return ascii ? anyAsciiWord(text) : anyWord(text, MARKING_WORDS::contains);
  }

  private static boolean anyAsciiWord(String text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Character.isLetter(text.charAt(i))) {
        if (markingWordAt(text, start, i)) {
          return true;
        }
        // a word for a kind of place with a case ending after its possessive: "nahiyesinde"
        for (String ending : CASE_ENDINGS) {
          if (i - start > ending.length() && text.regionMatches(true, i - ending.length(), ending, 0, ending.length())
              && markingWordAt(text, start, i - ending.length())) {
            return true;
          }
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static boolean markingWordAt(String text, int start, int end) {
    for (String word : MARKING_WORDS_BY_LENGTH.getOrDefault(end - start, List.of())) {
      if (text.regionMatches(true, start, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of {@code text} has a marking ending after {@link #MIN_ENDING_STEM} letters or more. */
  private static boolean markingEnding(String text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Character.isLetter(text.charAt(i))) {
        for (String ending : MARKING_ENDINGS) {
          int from = i - ending.length();
          if (from - start >= MIN_ENDING_STEM && text.regionMatches(true, from, ending, 0, ending.length())) {
            return true;
          }
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * True when the last word of {@code text} is a Turkish or Kurdish word for a kind of place or what holds it: in
   * "Kuneytra Hader köyü" the possessive of köyü ties the village to the place named before it.
   */
  static boolean endsInKindWord(String text) {
    String key = KEY.foldToString(text);
    return MARKING_WORDS.contains(key.substring(key.lastIndexOf(' ') + 1));
  }

  private static boolean hasKindWord(String text) {
    return anyWord(text, w -> MARKING_WORDS.contains(w) || NameForms.isQualifier(w));
  }

  private static boolean anyWord(String text, Predicate<String> test) {
    for (String word : KEY.foldToString(text).split(" ")) {
      if (test.test(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word holds a letter the table reads, or one of {@code kindLetters}. */
  private static boolean readable(String word, Set<Character> kindLetters) {
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (READINGS.containsKey(c) || kindLetters.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
