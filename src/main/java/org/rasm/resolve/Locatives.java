package org.rasm.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * The ways a query can be read as a name followed by the place it lies in, by the words of {@code locatives.tsv}:
 * "Jazal oilfield in Homs" is Jazal oilfield in Homs, "ناحية التمانعة بريف إدلب الجنوبي" is ناحية التمانعة in إدلب, and
 * "Masrab Deir ez-Zor" is Masrab in Deir ez-Zor.
 */
final class Locatives {
  /**
   * A name and the place the query says it is in, with the place's words key-folded one by one and joined: nearly
   * always its key, and found without folding it again; {@code tied} when a word (in, في, joined ب) ties them, not
   * only their order; {@code across} when the word says the place is across a border from the name ("with", مع:
   * "معبر نصيب مع الأردن"), not that it holds it; {@code near} when it says the name lies near the place (near, قرب),
   * which may not hold it; {@code strictly} when the name takes in words that may instead tie it to the place
   * ("Manbij countryside, eastern Aleppo"): tried before the shorter name, it holds only if met as the lexicon spells it;
   * {@code parted} when only a comma, slash or dash, as in a dateline, stands between them ("Bologna, Italy").
   */
  record Split(String name, String place, String placeKey, boolean tied, boolean across, boolean near,
      boolean strictly, boolean parted) {}

  /** Places of more words than this are not tried. */
  private static final int MAX_PLACE_WORDS = 4;
  private static final int MAX_WORDS = 10;
  private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s[-\u2013\u2014]\\s");
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  /** Locative words are compared search-folded, article kept: الشمالي follows a place, شمالي comes before one. */
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  /** What parts words: spaces, commas, slashes, and a dash between spaces, which parts a dateline as a comma does. */
  private static final java.util.regex.Pattern WORDS =
      java.util.regex.Pattern.compile("(?:\\s+[-\u2013\u2014](?=\\s))?[\\s,\u060C/]+");
  private static final Set<String> BEFORE;
  private static final Set<String> AFTER;
  private static final Set<String> ACROSS;
  /** The words for a border, which tie a name to the country across it as {@link #ACROSS} does. */
  private static final Set<String> BORDER;
  private static final Set<String> NEAR;
  /** Words that stand for a place without naming it: the capital, the country. */
  private static final Set<String> UNNAMED;
  /** Turkish words between a place and a name that lies in it: kırsalındaki (in the countryside of), batısındaki. */
  private static final Set<String> AFTER_PLACE;
  /** Words for a road, whose name the words after them are. */
  private static final Set<String> ROAD;
  /** The words for "and" that join two places after a word that ties a name to them, search-folded. */
  private static final Set<String> AND;
  /** Words that begin a clause describing the name before them: التي, الذي. */
  private static final Set<String> CLAUSE;
  /** Words after a place's name that name its countryside, as written: Şam kırsalı (Rif Dimashq). */
  private static final List<String> COUNTRYSIDE;
  /** Words for "of" between a word for members or parts and the name, as written; one of one letter is joined to it. */
  private static final List<String> OF;
  /** Words that begin what says whose or what for a site is ("camp for IDPs"), search-folded. */
  private static final Set<String> FOR;
  /** The words of {@link #AND} of one letter not in English letters, which Arabic writes joined to the next word: و. */
  private static final String JOINED_AND;
  /** The first letters of the words of {@link #AND}, as written in lower case. */
  private static final String AND_INITIALS;
  private static final String LI = "ل";
  /** One-letter words written joined to the next word, longest first. */
  private static final List<String> JOINED;

  static {
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    Set<String> across = new HashSet<>();
    Set<String> border = new HashSet<>();
    Set<String> near = new HashSet<>();
    Set<String> unnamed = new HashSet<>();
    Set<String> road = new HashSet<>();
    Set<String> afterPlace = new HashSet<>();
    Set<String> and = new HashSet<>();
    Set<String> clause = new HashSet<>();
    List<String> countryside = new ArrayList<>();
    List<String> of = new ArrayList<>();
    Set<String> whoseFor = new HashSet<>();
    List<String> joined = new ArrayList<>();
    for (DataTable.Row row : DataTable.read(Locatives.class, "locatives.tsv", 3)) {
      String word = SEARCH.foldToString(row.cell(0));
      switch (row.cell(1)) {
        case "before" -> before.add(word);
        case "after" -> after.add(word);
        case "across" -> across.add(word);
        case "near" -> {
          before.add(word);
          near.add(word);
        }
        case "after-place" -> afterPlace.add(word);
        case "unnamed" -> unnamed.add(word);
        case "road" -> road.add(word);
        case "border" -> {
          across.add(word);
          border.add(word);
        }
        case "joined" -> joined.add(row.cell(0));
        case "and" -> and.add(word);
        case "clause" -> clause.add(word);
        case "countryside" -> countryside.add(row.cell(0));
        case "of" -> of.add(row.cell(0));
        case "for" -> whoseFor.add(word);
        default -> throw new IllegalStateException("locatives.tsv:" + row.line() + ": unknown position " + row.cell(1));
      }
    }
    BEFORE = Set.copyOf(before);
    AFTER = Set.copyOf(after);
    ACROSS = Set.copyOf(across);
    BORDER = Set.copyOf(border);
    NEAR = Set.copyOf(near);
    UNNAMED = Set.copyOf(unnamed);
    ROAD = Set.copyOf(road);
    AFTER_PLACE = Set.copyOf(afterPlace);
    AND = Set.copyOf(and);
    CLAUSE = Set.copyOf(clause);
    COUNTRYSIDE = List.copyOf(countryside);
    OF = List.copyOf(of);
    FOR = Set.copyOf(whoseFor);
    StringBuilder joinedAnd = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    for (String w : AND) {
      initials.append(w.charAt(0));
      if (w.length() == 1 && w.charAt(0) >= 128) {
        joinedAnd.append(w);
      }
    }
    JOINED_AND = joinedAnd.toString();
    AND_INITIALS = initials.toString();
    joined.sort(java.util.Comparator.comparingInt(String::length).reversed());
    JOINED = List.copyOf(joined);
  }

  private Locatives() {}

  /**
   * The query's words before the first word that begins a clause describing them ("خان شيخون التي تعرضت للقصف"), or
   * null when none does after the first word and before the last.
   */
  static String beforeClause(String query) {
    String[] words = Words.of(query);
    for (int i = 1; i < words.length - 1; i++) {
      if (CLAUSE.contains(SEARCH.foldToString(words[i]))) {
        return String.join(" ", Arrays.asList(words).subList(0, i));
      }
    }
    return null;
  }

  /**
   * The words of {@code query} before one that begins with li- ("for", "of") joined to it, or a word for "for": what
   * follows says whose or what for the thing before it is ("قاعدة التنف للتحالف الدولي", "مخيم الهول لعائلات التنظيم",
   * "Roj camp for ISIS families"); null when it has none.
   */
  static String beforeWhoseOrWhatFor(String query) {
    String[] words = Words.of(query);
    for (int i = 1; i < words.length; i++) {
      if (words[i].startsWith(LI) && words[i].length() >= 4 && OF.contains(LI)
          || i < words.length - 1 && FOR.contains(folded(words[i]))) {
        return String.join(" ", Arrays.asList(words).subList(0, i));
      }
    }
    return null;
  }

  /** True when {@code word} is a word of the table: in, قرب, الشمالي, مع… */
  static boolean isLocative(String word) {
    String folded = folded(word);
    return BEFORE.contains(folded) || AFTER.contains(folded);
  }

  /** True when {@code word} ties a name to where it is ({@link #isLocative}) or to what is across a border. */
  static boolean ties(String word) {
    String folded = folded(word);
    return BEFORE.contains(folded) || AFTER.contains(folded) || ACROSS.contains(folded);
  }

  /**
   * True when every word says where something is without naming a place: a word that ties a name to a place, a
   * direction, or a word for a place unnamed ("جنوب شرقي العاصمة", "غربي البلاد"), up to a word for a road, which the
   * words after it name ("على طريق دمشق حمص").
   */
  static boolean sayOnlyWhere(List<String> words) {
    for (String word : words) {
      String folded = folded(word);
      if (ROAD.contains(folded)) {
        // on a road: the words after it name the road, between the places it joins ("على طريق دمشق حمص")
        return true;
      }
      if (!BEFORE.contains(folded) && !AFTER.contains(folded) && !UNNAMED.contains(folded)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code word} without a one-letter word for "in" joined to it (بأوروبا, بالدوحة), when the rest has three letters or
   * more; else null. li- ("to, of") is left joined: what follows it says whose the name is, not where.
   */
  static String afterJoinedIn(String word) {
    String rest = withoutJoined(word);
    return rest == null || word.startsWith(LI) ? null : rest;
  }

  /** True when {@code word} names a border: border, الحدود. */
  static boolean isBorder(String word) {
    return BORDER.contains(folded(word));
  }

  /**
   * The splits of {@code query}, the shortest place first; none for a query of one word or of many, or whose last
   * word (before any that follow a place) is no word of a place's name by {@code placeWord}, given its key.
   */
  static List<Split> splits(String query, java.util.function.Predicate<String> placeWord) {
    String[] words = WORDS.split(query.strip());
    // most queries join no two places, and are read without folding a word more
    words = mayJoinTwo(query) ? withFirstOfTwoPlaces(words) : words;
    if (words.length < 2 || words.length > MAX_WORDS) {
      return List.of();
    }
    // most queries end in no word of a place's name, and are done with in one or two foldings of their last words
    int last = lastBeforeAfterWords(words);
    String unjoined = withoutJoined(words[last]);
    if (!placeWord.test(KEY.foldToString(words[last])) && (unjoined == null || !placeWord.test(KEY.foldToString(unjoined)))) {
      return List.of();
    }
    // whether each word ties a name to its place (in, في, بريف), or follows the place (الشمالي)
    boolean[] before = new boolean[words.length];
    boolean[] after = new boolean[words.length];
    boolean[] across = new boolean[words.length];
    boolean[] near = new boolean[words.length];
    String[] keys = new String[words.length];
    String[] unjoinedKeys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = KEY.foldToString(words[i]);
      // a locative word may open brackets that say where the name lies: "الخالدية (مدينة حمص)"
      String folded = SEARCH.foldToString(withoutBrackets(words[i]));
      String rest = withoutJoined(words[i]);
      unjoinedKeys[i] = rest == null ? null : KEY.foldToString(rest);
      before[i] = BEFORE.contains(folded) || rest != null && BEFORE.contains(SEARCH.foldToString(rest));
      after[i] = AFTER.contains(folded);
      across[i] = ACROSS.contains(folded);
      near[i] = NEAR.contains(folded) || rest != null && NEAR.contains(SEARCH.foldToString(rest));
      // a word across a border ties a name to a place as "in" does; the split says which of the two it was
      before[i] |= across[i];
    }
    Set<Split> out = new LinkedHashSet<>();
    Set<Split> later = new LinkedHashSet<>();
    for (int k = 1; k <= Math.min(MAX_PLACE_WORDS, words.length - 1); k++) {
      int nameEnd = words.length - k;
      // the words that tie the name to its place, and a direction that follows one of them: "بالريف الشرقي لمحافظة"
      while (nameEnd > 0 && (before[nameEnd - 1] || nameEnd > 1 && after[nameEnd - 1] && before[nameEnd - 2])) {
        nameEnd--;
      }
      int placeStart = words.length - k;
      while (placeStart < words.length && before[placeStart]) {
        placeStart++;
      }
      int placeEnd = words.length;
      while (placeEnd > placeStart && after[placeEnd - 1]) {
        placeEnd--;
      }
      if (nameEnd == 0 || placeStart == placeEnd) {
        continue;
      }
      boolean untied = placeStart == nameEnd && !commaBefore(query, words, nameEnd);
      // the words before the last that ties them may be the name's own: "باب شرقي في دمشق" is Bab Sharqi in Damascus;
      // and a word that ties, when the name with it is met as spelt: "Manbij countryside, Aleppo" is the Manbij
      // countryside before Manbij
      boolean ownWords = placeStart - nameEnd >= 2;
      if (placeStart > nameEnd) {
        add(out, query, words, keys, unjoinedKeys, ownWords ? placeStart - 1 : placeStart, placeStart, placeEnd, across,
            near, true);
      }
      for (int end = placeStart - 2; ownWords && end > nameEnd; end--) {
        // or only the first of them: "ناحية كويرس شرقي التابعة لمنطقة الباب" is Eastern Kuweires, in al-Bab
        add(out, query, words, keys, unjoinedKeys, end, placeStart, placeEnd, across, near, true);
      }
      // a tie word inside the name says where the place begins: "تدمر في بادية حمص" is Palmyra in the Homs desert
      // before "تدمر في بادية" in Homs
      add(untied && tiedWithin(before, nameEnd) ? later : out, query, words, keys, unjoinedKeys, nameEnd, placeStart,
          placeEnd, across, near, false);
      if (ownWords) {
        add(out, query, words, keys, unjoinedKeys, placeStart - 1, placeStart, placeEnd, across, near, false);
      }
    }
    out.addAll(later);
    return List.copyOf(out);
  }

  /**
   * The words up to the "and" that joins two places after a word that ties the name to them: "نهر العاصي بين حمص
   * وحماة" as "نهر العاصي بين حمص", "الساحل السوري في اللاذقية وطرطوس" as "الساحل السوري في اللاذقية": the name lies
   * in or near the first. The words as they are when none does.
   */
  /** True when a word of {@code query} after the first may be an "and" ({@link #AND}), or begin with a joined one. */
  private static boolean mayJoinTwo(String query) {
    for (int i = query.indexOf(' '); i >= 0 && i + 1 < query.length(); i = query.indexOf(' ', i + 1)) {
      char next = Character.toLowerCase(query.charAt(i + 1));
      if (AND_INITIALS.indexOf(next) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String[] withFirstOfTwoPlaces(String[] words) {
    for (int i = 1; i < words.length - 2; i++) {
      if (BEFORE.contains(SEARCH.foldToString(words[i]))) {
        for (int j = i + 2; j < words.length; j++) {
          String folded = SEARCH.foldToString(words[j]);
          if (AND.contains(folded)) {
            return Arrays.copyOf(words, j);
          }
          if (folded.length() > 1 && JOINED_AND.indexOf(folded.charAt(0)) >= 0) {
            // the second place written joined to its "and": وحماة
            return Arrays.copyOf(words, j);
          }
        }
        return words;
      }
    }
    return words;
  }

  /**
   * The query read as a place and then a name in it, as Turkish and English compounds put them ("Halep Hanano
   * mahallesi", "Aleppo Hanano district"), for each number of leading words that may name the place; the name is to be
   * met strictly, for nothing ties the two but their order. A Turkish word after the place ties them ("Humus
   * kırsalındaki Restan", Rastan in the Homs countryside): the split at it is tied, its name met as any name in a place.
   */
  static List<Split> placeFirst(String query) {
    String[] words = WORDS.split(query.strip());
    if (words.length < 2 || words.length > MAX_WORDS) {
      return List.of();
    }
    List<Split> out = new java.util.ArrayList<>();
    List<String> placeKeys = new java.util.ArrayList<>();
    for (int k = 1; k <= Math.min(MAX_PLACE_WORDS, words.length - 1); k++) {
      String place = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
      if (AFTER_PLACE.contains(folded(words[k])) && k + 1 < words.length) {
        String name = String.join(" ", java.util.Arrays.asList(words).subList(k + 1, words.length));
        List<String> keys = new ArrayList<>(placeKeys);
        keys.add(KEY.foldToString(words[k - 1]));
        out.add(0, new Split(name, place, joined(keys), true, false, false, false, false));
      }
      placeKeys.add(KEY.foldToString(words[k - 1]));
      String name = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
      out.add(new Split(name, place, joined(placeKeys), false, false, false, true, false));
    }
    return out;
  }

  /** The names of the countryside of {@code place}: "Şam kırsalı" for "Şam", which is Rif Dimashq. */
  static List<String> countrysideNames(String place) {
    return COUNTRYSIDE.stream().map(w -> place + " " + w).toList();
  }

  /**
   * {@code text} without a word for "of" it begins with, or one joined to its first word: "من أحرار الشرقية" as "أحرار
   * الشرقية", "للأسايش" as "الأسايش" (li- before the article takes the place of its alef); null when it has none.
   */
  static String withoutOf(String text) {
    String[] words = text.strip().split(" ", 2);
    for (String of : OF) {
      if (of.length() > 1 && words.length == 2 && words[0].equals(of)) {
        return words[1];
      }
      if (of.length() == 1 && words[0].startsWith(of) && words[0].length() - of.length() >= 3) {
        String rest = afterJoined(words[0], of);
        return words.length == 2 ? rest + " " + words[1] : rest;
      }
    }
    return null;
  }

  /** True when a word after the first and before {@code end} ties a name to a place. */
  private static boolean tiedWithin(boolean[] before, int end) {
    for (int i = 1; i < end; i++) {
      if (before[i]) {
        return true;
      }
    }
    return false;
  }

  private static void add(Set<Split> out, String query, String[] words, String[] keys, String[] unjoinedKeys, int nameEnd,
      int placeStart, int placeEnd, boolean[] across, boolean[] near, boolean strictly) {
    String name = String.join(" ", Arrays.asList(words).subList(0, nameEnd));
    List<String> place = new ArrayList<>(Arrays.asList(words).subList(placeStart, placeEnd));
    List<String> placeKeys = new ArrayList<>(Arrays.asList(keys).subList(placeStart, placeEnd));
    // a comma ties them as a word does: "Al-Baath, Damascus"
    boolean parted = placeStart == nameEnd && commaBefore(query, words, nameEnd);
    boolean tied = placeStart > nameEnd || parted;
    boolean acrossBorder = false;
    boolean nearPlace = false;
    for (int i = nameEnd; i < placeStart; i++) {
      acrossBorder |= across[i];
      nearPlace |= near[i];
    }
    out.add(new Split(name, String.join(" ", place), joined(placeKeys), tied, acrossBorder, nearPlace, strictly, parted));
    if (unjoinedKeys[placeStart] != null) {
      place.set(0, withoutJoined(place.get(0)));
      placeKeys.set(0, unjoinedKeys[placeStart]);
      out.add(new Split(name, String.join(" ", place), joined(placeKeys), true, acrossBorder, nearPlace, strictly, false));
    }
  }

  /**
   * A query read with a place's name for its nisba ({@link #withPlaceForNisba}): the words before the nisba, the
   * nisba's key and the place's.
   */
  record NisbaRead(String text, String name, String nisba, String placeKey) {}

  /**
   * {@code query} with its last word before any that follow a place (الشمالي) written as the place that
   * {@code placeOfNisba}, given the word's key, finds it to be the nisba of: "الريف الإدلبي الجنوبي" as "الريف ادلب
   * الجنوبي". Null when the query is of one word, or that word is the first or no nisba.
   */
  static NisbaRead withPlaceForNisba(String query, java.util.function.UnaryOperator<String> placeOfNisba) {
    String[] words = WORDS.split(query.strip());
    if (words.length < 2 || words.length > MAX_WORDS) {
      return null;
    }
    int last = lastBeforeAfterWords(words);
    String nisba = KEY.foldToString(words[last]);
    String place = last == 0 ? null : placeOfNisba.apply(nisba);
    if (place == null) {
      return null;
    }
    String name = String.join(" ", Arrays.asList(words).subList(0, last));
    words[last] = place;
    return new NisbaRead(String.join(" ", words), name, nisba, place);
  }

  /** The index of the last word that does not follow a place (الشمالي, countryside), or 0. */
  private static int lastBeforeAfterWords(String[] words) {
    int last = words.length - 1;
    while (last > 0 && AFTER.contains(folded(words[last]))) {
      last--;
    }
    return last;
  }

  /**
   * True when a comma, a slash or a dash between spaces comes before word {@code i} of the query's {@code words} and
   * after the word before it.
   */
  private static boolean commaBefore(String query, String[] words, int i) {
    if (query.indexOf(',') < 0 && query.indexOf('\u060C') < 0 && query.indexOf('/') < 0
        && !SPACED_DASH.matcher(query).find()) {
      return false;
    }
    int at = 0;
    for (int w = 0; w < i; w++) {
      at = query.indexOf(words[w], at) + words[w].length();
    }
    int next = query.indexOf(words[i], at);
    String between = query.substring(at, Math.max(at, next));
    return between.indexOf(',') >= 0 || between.indexOf('\u060C') >= 0 || between.indexOf('/') >= 0
        || SPACED_DASH.matcher(between).find();
  }

  /**
   * The word search-folded; a word of ASCII letters alone only lower-cased, which is what folding does to it, for most
   * words a query is tested for are such.
   */
  private static String folded(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return SEARCH.foldToString(word);
      }
    }
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  /** The word without a bracket that opens or closes on it. */
  private static String withoutBrackets(String word) {
    int start = !word.isEmpty() && (word.charAt(0) == '(' || word.charAt(0) == '[') ? 1 : 0;
    int end = word.length() > start && (word.endsWith(")") || word.endsWith("]")) ? word.length() - 1 : word.length();
    return start == 0 && end == word.length() ? word : word.substring(start, end);
  }

  private static String joined(List<String> keys) {
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      if (!k.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(k);
      }
    }
    return sb.toString();
  }

  /** The word without the one-letter word joined to its start, or null when it has none or too little is left. */
  private static String withoutJoined(String word) {
    for (String j : JOINED) {
      if (word.startsWith(j) && word.length() - j.length() >= 3) {
        return afterJoined(word, j);
      }
    }
    return null;
  }

  /**
   * {@code word} without the one-letter word {@code joined} it begins with: li- before the article takes the place of
   * its alef (للميادين is ل الميادين).
   */
  private static String afterJoined(String word, String joined) {
    String rest = word.substring(joined.length());
    return joined.equals(LI) && rest.startsWith(LI) ? "ا" + rest : rest;
  }
}
