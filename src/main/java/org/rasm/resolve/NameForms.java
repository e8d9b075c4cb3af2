package org.rasm.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.EntityType;
import org.rasm.romanize.InvariantKey;
import org.rasm.romanize.Scheme;
import org.rasm.romanize.Transliteration;

/**
 * The forms of one name that the resolver's layers compare, computed the same way for lexicon names and queries.
 * Immutable. The romanisations ({@link #invariant}, {@link #phonetic}), the {@link #bag} and the qualifier words are
 * computed on first use, for a name met as spelt never needs them; they are pure functions of the core, so threads
 * that race to compute them agree.
 */
final class NameForms {
  private final String written;
  private final String folded;
  private final String key;
  private final String core;
  private final Set<String> subtypes;
  private final Set<String> head;
  private final Map<String, String> demonyms;
  private String bag;
  private final boolean acronym;
  private final boolean arabic;
  /** The key-folded words romanised for this name: its core, or the core of the words a query keeps once set aside. */
  private final String romanised;
  private String invariant;
  private String phonetic;
  private Set<String> qualifierWords;

  private NameForms(String written, String folded, String key, String core, Set<String> subtypes, Set<String> head,
      Map<String, String> demonyms, String bag, boolean acronym, String romanised, String invariant, String phonetic) {
    this.written = written;
    this.folded = folded;
    this.key = key;
    this.core = core;
    this.subtypes = subtypes;
    this.head = head;
    this.demonyms = demonyms;
    this.bag = bag;
    this.acronym = acronym;
    this.arabic = isArabic(written);
    this.romanised = romanised;
    this.invariant = invariant;
    this.phonetic = phonetic;
  }

  /** As written. */
  String written() {
    return written;
  }

  /** In the {@code search} profile. */
  String folded() {
    return folded;
  }

  /**
   * In the {@code key} profile, dotted acronyms joined (I.S.I.S. as isis), the words of {@code word-variants.tsv} in
   * their canonical form.
   */
  String key() {
    return key;
  }

  /** The key without qualifier and descriptor words (province, camp, حقل…); equal to key when it has none. */
  String core() {
    return core;
  }

  /** The subtypes the removed words name. */
  Set<String> subtypes() {
    return subtypes;
  }

  /**
   * When words name two kinds of site with bounds, the subtypes the head of the phrase names: the first in Arabic
   * (معتقل مطار المزة, the prison of Mezzeh airport), the last in English (Mezzeh airport prison); else empty.
   */
  Set<String> head() {
    return head;
  }

  /**
   * The core's words other than stopwords ({@code stopwords.tsv}, also when joined to a word), demonyms in one form,
   * sorted: word order set aside.
   */
  String bag() {
    String b = bag;
    if (b == null) {
      b = bag(core, demonyms);
      bag = b;
    }
    return b;
  }

  /** True for an acronym (all capitals, or a short Arabic one): matched as written, never fuzzily. */
  boolean acronym() {
    return acronym;
  }

  /** True when the name is written in Arabic script. */
  boolean arabic() {
    return arabic;
  }

  /** The romanisation-invariant key of the core. */
  String invariant() {
    String k = invariant;
    if (k == null) {
      k = InvariantKey.ofKeyFolded(romanised);
      invariant = k;
    }
    return k;
  }

  /** The core romanised for {@link NameSimilarity}: Latin as it is, Arabic through the news scheme. */
  String phonetic() {
    String p = phonetic;
    if (p == null) {
      p = phonetic(romanised);
      phonetic = p;
    }
    return p;
  }

  /**
   * These forms, with the romanisations of {@code plain}: a query compared by the name it keeps once words are set
   * aside, still asking for what its own words ask.
   */
  NameForms romanisedAs(NameForms plain) {
    return new NameForms(written, folded, key, core, subtypes, head, demonyms, bag, acronym, plain.romanised,
        plain.invariant, plain.phonetic);
  }

  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  /** Marks the kinds of a {@code qualifiers.tsv} word that names them only when no other word names a kind. */
  private static final String YIELDS = "~";
  private static final String ARABIC_ARTICLE = "ال";
  private static final String OF = "of";
  private static final Map<String, String> VARIANTS = readVariants();
  /** The words of {@code qualifiers.tsv}, with their kinds, and those whose kinds yield to another word's. */
  private record QualifierTable(Map<String, Set<String>> kinds, Set<String> yielding) {}

  private static final QualifierTable QUALIFIER_TABLE = readQualifiers();
  private static final Map<String, Set<String>> QUALIFIERS = QUALIFIER_TABLE.kinds();
  /** The words of {@code qualifiers.tsv} whose kinds yield to those another word of the query names. */
  private static final Set<String> YIELDING_QUALIFIERS = QUALIFIER_TABLE.yielding();
  /** The first words of the qualifiers of two words or more: only they can begin one. */
  private static final Set<String> QUALIFIER_STARTS = QUALIFIERS.keySet().stream()
      .filter(q -> q.indexOf(' ') > 0).map(q -> q.substring(0, q.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final int MAX_QUALIFIER_WORDS = 3;
  /** Capitals up to this many letters in one word are an acronym (SDF, ISIS); more, or several words, are a name in capitals. */
  private static final int MAX_ACRONYM_LETTERS = 6;
  /** An Arabic core of this many letters or fewer is an acronym or a short word: matched as written when alone. */
  static final int MAX_ARABIC_ACRONYM_LETTERS = 3;
  private static final Set<String> STOPWORDS =
      DataTable.firstCells(NameForms.class, "stopwords.tsv", 2, w -> KEY.foldToString(w));
  /** The articles the key profile removes at the start of a word (ال), but not after a joined stopword. */
  private static final List<String> ARTICLES = readArticles();
  private static final Set<String> NUMBER_WORDS =
      DataTable.firstCells(NameForms.class, "number-words.tsv", 2, w -> KEY.foldToString(w));
  private static final Set<String> TABLE_WORDS = readTableWords();
  /** A word of Latin letters and a number written together, the one after the other. */
  private static final java.util.regex.Pattern LATIN_BESIDE_NUMBER =
      java.util.regex.Pattern.compile("(?<![a-z0-9])(?:([0-9]+)([a-z]+)|([a-z]+)([0-9]+))(?![a-z0-9])");
  /** The place between an Arabic letter and a digit, either way round. */
  private static final java.util.regex.Pattern ARABIC_BESIDE_NUMBER =
      java.util.regex.Pattern.compile("(?<=[\u0621-\u064A])(?=[0-9])|(?<=[0-9])(?=[\u0621-\u064A])");
  /** A Latin letter alone before a number: the T-2 station, the M 4 highway (T2, M4). */
  private static final java.util.regex.Pattern LETTER_NUMBER = java.util.regex.Pattern.compile("(?<![a-z0-9])([a-z]) ([0-9]+)(?![a-z0-9])");
  private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";
  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");
  /** Arabic letters romanised as t, d, k, s or z, and those romanised as h. */
  private static final String BEFORE_H = "تدكسزطضصظ";
  private static final String ROMANISED_H = "حه";
  private static final java.util.regex.Pattern ORDINAL_NUMBER = java.util.regex.Pattern.compile("([0-9]+)(?:st|nd|rd|th|e|er|re|eme|ème)");
  private static final java.util.regex.Pattern LETTERS_APART = java.util.regex.Pattern.compile("[\\s.]+");

  static NameForms of(String written) {
    return of(written, Map.of());
  }

  /** The key of {@code written} alone, as {@link #of} makes it: key folding, its words in their canonical forms. */
  static String keyOf(String written) {
    return canonicalWords(wordsKeyOf(written));
  }

  /** The key of {@code written} with its words as written, not in their canonical forms: al-Insan is not human. */
  static String wordsKeyOf(String written) {
    return joinSingleLetters(numbersApart(scriptsApart(KEY.foldToString(written))));
  }

  /**
   * The forms of {@code written}; in its bag, each word that {@code demonyms} lists is written as the demonym it
   * maps to, one form for the inflections of a nationality (الروس, الروسية: روسي), so that "الجنود الروس" and
   * "القوات الروسية" are one bag. Only the bag: a word like مصرين is a demonym to the bag, and stays a word of معرت
   * مصرين in the key.
   */
  static NameForms of(String written, Map<String, String> demonyms) {
    String folded = SEARCH.foldToString(written);
    String key = keyOf(written);
    Set<String> subtypes = new HashSet<>();
    Set<String> head = Set.of();
    boolean headBeforeOf = false;
    List<Set<String>> kinds = new ArrayList<>();
    Set<String> yielding = Set.of();
    boolean arabic = isArabic(key);
    List<String> kept = new ArrayList<>();
    String[] tokens = key.split(" ");
    for (int i = 0; i < tokens.length; ) {
      int matched = 0;
      int longest = QUALIFIER_STARTS.contains(tokens[i]) ? Math.min(MAX_QUALIFIER_WORDS, tokens.length - i) : 1;
      for (int len = longest; len > 0 && matched == 0; len--) {
        Set<String> s = QUALIFIERS.get(len == 1 ? tokens[i] : String.join(" ", Arrays.copyOfRange(tokens, i, i + len)));
        String word = len == 1 ? tokens[i] : null;
        if (s != null && word != null && YIELDING_QUALIFIERS.contains(word)) {
          yielding = s;
          matched = len;
        } else if (s != null && !(len == 1 && i == tokens.length - 1 && namesNoPlaceOfPeople(s)
            && endsConstructState(folded, tokens))) {
          // a word for a wider kind adds nothing to one for a narrower: منطقة X الإدارية is a district
          if (subtypes.isEmpty() || !s.containsAll(subtypes)) {
            subtypes.addAll(s);
          }
          // the head is the first word in Arabic, the last in English, but for one before "of": "headquarters of the
          // Fourth Division" is a base
          if (!s.isEmpty() && (head.isEmpty() || !arabic && !headBeforeOf)) {
            head = s;
            headBeforeOf = !arabic && i + len < tokens.length && tokens[i + len].equals(OF);
          }
          if (!s.isEmpty()) {
            kinds.add(s);
          }
          matched = len;
        }
      }
      if (matched == 0) {
        kept.add(tokens[i]);
        matched = 1;
      }
      i += matched;
    }
    if (kept.size() < tokens.length) {
      // "Kingdom of Jordan", "Province of Raqqa": the stopword that tied a qualifier to the name goes with it
      while (kept.size() > 1 && STOPWORDS.contains(kept.get(0))) {
        kept.remove(0);
      }
      while (kept.size() > 1 && STOPWORDS.contains(kept.get(kept.size() - 1))) {
        kept.remove(kept.size() - 1);
      }
    }
    if (subtypes.isEmpty() && !yielding.isEmpty()) {
      subtypes.addAll(yielding);
      head = yielding;
      kinds.add(yielding);
    }
    String core = kept.isEmpty() ? key : String.join(" ", kept);
    boolean twoSites = disjointSites(kinds);
    if (kept.isEmpty()) {
      subtypes.clear();
    } else if (subtypes.size() > 1 && subtypes.stream().map(EntityType::ofSubtype).distinct().count() > 1
        || !arabic && disjointPlaceKindsEndingInSite(kinds)) {
      // words for kinds of two types of thing: the head of the phrase says which it is, the last word in English
      // ("Fourth Division headquarters"), the first in Arabic (مقر الفرقة الرابعة); so do English words for two
      // kinds of place ending in a site ("Mezzeh airport prison", "Palmyra desert prison"), where Arabic often names
      // the site by what holds it (بحيرة سد الخابور, the lake of the Khabur dam, is the dam)
      subtypes = new HashSet<>(head);
    }
    Set<String> siteHead = twoSites && !kept.isEmpty() ? head : Set.of();
    return new NameForms(written, folded, key, core, Set.copyOf(subtypes), siteHead, demonyms, null,
        isAcronym(written, core) && !(arabic && namesPlaceKinds(subtypes)), core, null, null);
  }

  /**
   * True when the last word of an Arabic name is a noun with the article after a word without it: the second term of
   * a construct state, which is part of the name, though the noun names a kind of thing elsewhere (صقور الصحراء,
   * the Hawks of the Desert; فرع المنطقة; قوات التحالف). An adjective (ending in ي or ية) agrees with its noun, and
   * says what kind of thing a name is (حقل كونيكو النفطي). {@code folded} must have as many words as the key has.
   */
  private static boolean endsConstructState(String folded, String[] tokens) {
    String[] words = folded.split(" ");
    int n = words.length;
    if (n != tokens.length || n < 2) {
      return false;
    }
    String last = words[n - 1];
    return last.startsWith("ال") && !words[n - 2].startsWith("ال") && isArabic(words[n - 2])
        && !last.endsWith("ي") && !last.endsWith("يه") && !QUALIFIERS.containsKey(tokens[n - 2]);
  }

  /**
   * True when the kinds are some and none is a settlement or an administrative unit: words for those follow a place's
   * name in apposition (حمص المدينة, the city of Homs; ناحية عفرين المركز).
   */
  private static boolean namesNoPlaceOfPeople(Set<String> kinds) {
    return !kinds.isEmpty() && java.util.Collections.disjoint(kinds, PlaceKinds.SETTLEMENTS)
        && java.util.Collections.disjoint(kinds, PlaceKinds.UNITS);
  }

  /** The words of the key that the core sets aside. */
  Set<String> qualifierWords() {
    Set<String> words = qualifierWords;
    if (words == null) {
      Set<String> kept = new HashSet<>(Arrays.asList(WORD_BREAK.split(key)));
      kept.removeAll(Arrays.asList(WORD_BREAK.split(core)));
      words = core.equals(key) ? Set.of() : Set.copyOf(kept);
      qualifierWords = words;
    }
    return words;
  }

  /** True when words for kinds of thing were found and all name kinds of place: a short Arabic word after ناحية is a name. */
  private static boolean namesPlaceKinds(Set<String> subtypes) {
    return !subtypes.isEmpty() && subtypes.stream().allMatch(k -> EntityType.ofSubtype(k) == EntityType.PLACE);
  }

  /** True when the words for kinds of thing all name sites with bounds, and two no kind in common: airport, prison. */
  private static boolean disjointSites(List<Set<String>> kinds) {
    return kinds.stream().allMatch(PlaceKinds.BOUNDED_SITES::containsAll) && disjoint(kinds);
  }

  /**
   * True when words name two kinds of place with no kind in common, the last a site with bounds: "Palmyra desert
   * prison" (not "Damascus governorate (city)", nor "Rukban camp (desert)").
   */
  private static boolean disjointPlaceKindsEndingInSite(List<Set<String>> kinds) {
    return kinds.size() > 1 && PlaceKinds.BOUNDED_SITES.containsAll(kinds.get(kinds.size() - 1))
        && kinds.stream().allMatch(NameForms::namesPlaceKinds) && disjoint(kinds);
  }

  private static boolean disjoint(List<Set<String>> kinds) {
    if (kinds.size() < 2) {
      return false;
    }
    for (int i = 0; i < kinds.size(); i++) {
      for (int j = i + 1; j < kinds.size(); j++) {
        if (java.util.Collections.disjoint(kinds.get(i), kinds.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words of a name other than stopwords, sorted; empty when fewer than two remain (one word is no bag). */
  private static String bag(String core, Map<String, String> demonyms) {
    List<String> words = new ArrayList<>();
    String[] written = core.split(" ");
    for (int i = 0; i < written.length; i++) {
      if (i == written.length - 2 && STOPWORDS.contains(written[i]) && Locatives.isLocative(written[i])
          && Locatives.isLocative(written[i + 1])) {
        // a name and where it lies, the place set aside as a modifier ("Homs in central [Syria]"), is no name in
        // another order (Homs Central Prison)
        return "";
      }
      String w = withoutJoinedStopword(written[i]);
      w = demonyms.getOrDefault(w, w);
      if (!w.isEmpty() && !STOPWORDS.contains(w)) {
        words.add(w);
      }
    }
    if (words.size() < 2) {
      return "";
    }
    java.util.Collections.sort(words);
    return String.join(" ", words);
  }

  /** The key with each word that {@code word-variants.tsv} lists in its canonical form. */
  private static String canonicalWords(String key) {
    String[] tokens = key.split(" ");
    boolean changed = false;
    for (int i = 0; i < tokens.length; i++) {
      if (NUMBER_WORDS.contains(tokens[i]) && i + 1 < tokens.length && !tokens[i + 1].isEmpty()
          && Character.isDigit(tokens[i + 1].charAt(0))) {
        tokens[i] = "";
        changed = true;
        continue;
      }
      String v = VARIANTS.get(tokens[i]);
      java.util.regex.Matcher ordinal = v == null && !tokens[i].isEmpty() && Character.isDigit(tokens[i].charAt(0))
          ? ORDINAL_NUMBER.matcher(tokens[i]) : null;
      if (ordinal != null && ordinal.matches()) {
        // 4th, 93rd, the French 17e: the number, as word-variants.tsv makes fourth
        v = ordinal.group(1);
      }
      if (v != null) {
        tokens[i] = v;
        changed = true;
      }
    }
    return changed ? String.join(" ", Arrays.stream(tokens).filter(t -> !t.isEmpty()).toList()) : key;
  }

  /**
   * A table's key-folded phrase with each word in its canonical form ({@code word-variants.tsv}), as the keys of
   * queries have them: the table's "haber ajansı" is met in a query's "news ajansı".
   */
  private static String variantsOf(String key) {
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = canonical(words[i]);
    }
    return String.join(" ", words);
  }

  /** A key-folded word in its canonical form ({@code word-variants.tsv}), or as it is. */
  private static String canonical(String keyWord) {
    return VARIANTS.getOrDefault(keyWord, keyWord);
  }

  private static Map<String, String> readVariants() {
    Map<String, String> m = new java.util.HashMap<>();
    for (DataTable.Row row : DataTable.read(NameForms.class, "word-variants.tsv", 3)) {
      m.put(KEY.foldToString(row.cell(0)), KEY.foldToString(row.cell(1)));
    }
    Set<String> endings = DataTable.firstCells(NameForms.class, "turkish-case-endings.tsv", 3, e -> KEY.foldToString(e));
    // the words of both tables, for Turkish puts case endings on a word of a name as on a word for a kind of thing:
    // "güçleriyle" (with the forces), "kampıyla" (with the camp)
    List<String> possessives = new ArrayList<>(m.keySet());
    possessives.addAll(DataTable.firstCells(NameForms.class, "qualifiers.tsv", 2, w -> KEY.foldToString(w)));
    for (String word : possessives) {
      // Turkish's possessive ending, key-folded: -(s)ı, -(s)i, -(s)u, -(s)ü
      if (word.indexOf(' ') < 0 && (word.endsWith("i") || word.endsWith("u"))) {
        for (String ending : endings) {
          m.putIfAbsent(word + ending, m.getOrDefault(word, word));
        }
      }
    }
    // a canonical form made of words that have canonical forms of their own ("airforce": "air force") takes theirs,
    // so that one pass over a key's words is enough
    m.replaceAll((word, canonical) -> {
      String[] words = canonical.split(" ");
      for (int i = 0; i < words.length; i++) {
        words[i] = words[i].equals(word) ? words[i] : m.getOrDefault(words[i], words[i]);
      }
      return String.join(" ", words);
    });
    return Map.copyOf(m);
  }

  /**
   * An Arabic word without the one-letter stopword written joined to it, and the article after it: والشام is
   * و الشام, لدمشق is ل دمشق ("of Damascus"). At least three letters must remain.
   */
  private static String withoutJoinedStopword(String w) {
    if (w.length() < 4 || !STOPWORDS.contains(w.substring(0, 1))
        || Character.UnicodeScript.of(w.charAt(0)) != Character.UnicodeScript.ARABIC) {
      return w;
    }
    String rest = w.substring(1);
    for (String article : ARTICLES) {
      if (rest.startsWith(article) && rest.length() - article.length() >= 3) {
        return rest.substring(article.length());
      }
    }
    return rest;
  }

  /**
   * True for two Arabic words, both feminine and without the article: a noun and its adjective in an indefinite phrase
   * (زيارة رسمية, an official visit; عربة مدرعة), as common words are written.
   */
  boolean indefiniteFemininePair() {
    if (!arabic()) {
      return false;
    }
    String[] words = folded.split(" ");
    return words.length == 2 && indefiniteFeminine(words[0]) && indefiniteFeminine(words[1]);
  }

  /** True for a search-folded word ending in ة (folded to ه) without the article. */
  private static boolean indefiniteFeminine(String word) {
    return word.endsWith("ه") && !definite(word);
  }

  /**
   * True for a search-folded Arabic word with the article, written whole or after a joined clitic ({@link
   * ArabicClitics}: والهول, بالهول), or after the lam that takes its alef's place (للرقة, للدراسات).
   */
  static boolean definite(String word) {
    return word.startsWith(ARABIC_ARTICLE) || ArabicClitics.without(word).stream()
        .anyMatch(u -> u.articleKept() || u.rest().startsWith(ARABIC_ARTICLE));
  }

  private static List<String> readArticles() {
    List<String> articles = new ArrayList<>();
    for (org.rasm.fold.FoldRule r : org.rasm.fold.FoldRules.chain(FoldProfile.KEY)) {
      if (r.op() == org.rasm.fold.FoldRule.Op.ARTICLE_PREFIX) {
        articles.add(r.from());
      }
    }
    return List.copyOf(articles);
  }

  /**
   * Letters and digits written together set apart (اللواء93 as لواء 93, Kurdistan24 as kurdistan 24, 55km as 55 km):
   * the space was left out, or left out of one spelling of a name and not another. In Latin letters only a number
   * before or after a word: a digit inside one is a letter of Arabizi (Dar3a), and an ending after a number makes an
   * ordinal (4th, 4ème). A letter alone before a number is joined to it again after ({@link #LETTER_NUMBER}: T2, M4).
   */
  private static String numbersApart(String key) {
    // most names have no digit: no pattern need look at them
    if (key.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return key;
    }
    return LETTER_NUMBER.matcher(digitsApart(key)).replaceAll("$1$2");
  }

  /**
   * An Arabic letter and a Latin one written together set apart (محطةT2 as محطه t2): no word is written in both
   * scripts, so the space was left out.
   */
  private static String scriptsApart(String key) {
    StringBuilder out = null;
    for (int i = 1; i < key.length(); i++) {
      boolean arabicThenLatin = isArabicLetter(key.charAt(i - 1)) && isLatinLetter(key.charAt(i));
      if (arabicThenLatin || isLatinLetter(key.charAt(i - 1)) && isArabicLetter(key.charAt(i))) {
        out = out == null ? new StringBuilder(key.length() + 2).append(key, 0, i) : out;
        out.append(' ');
      }
      if (out != null) {
        out.append(key.charAt(i));
      }
    }
    return out == null ? key : out.toString();
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static String digitsApart(String key) {
    String s = LATIN_BESIDE_NUMBER.matcher(key).replaceAll(r -> ORDINAL_NUMBER.matcher(r.group()).matches() ? r.group()
        : r.group(1) != null ? r.group(1) + " " + r.group(2) : r.group(3) + " " + r.group(4));
    return ARABIC_BESIDE_NUMBER.matcher(s).replaceAll(" ");
  }

  /**
   * I.S.I.S. and H T S fold to single letters apart; an acronym is one part, its doubled letters kept once as the
   * key profile keeps them in a word (S.A.A. as sa, like SAA).
   */
  private static String joinSingleLetters(String key) {
    if (key.length() < 3 || key.charAt(1) != ' ') {
      return key; // most keys begin with a word of more than one letter
    }
    String[] tokens = key.split(" ");
    if (tokens.length < 2) {
      return key;
    }
    StringBuilder joined = new StringBuilder(tokens.length);
    for (String t : tokens) {
      if (t.length() != 1) {
        return key;
      }
      if (joined.length() == 0 || joined.charAt(joined.length() - 1) != t.charAt(0)) {
        joined.append(t);
      }
    }
    return joined.toString();
  }

  private static boolean isAcronym(String written, String core) {
    int letters = 0;
    boolean lower = false;
    boolean arabic = false;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
        arabic |= Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
      }
    }
    boolean oneShortWord = !core.contains(" ") && letters <= MAX_ACRONYM_LETTERS;
    // a number is no acronym: "4" is the core of the 4th Division's names
    boolean shortWord = core.length() <= 2 && core.chars().anyMatch(Character::isLetter);
    return arabic ? core.length() <= MAX_ARABIC_ACRONYM_LETTERS : letters >= 2 && !lower && oneShortWord || shortWord;
  }

  /**
   * True when one of the query's words is the acronym letter for letter, case, dots and spaces between single letters
   * aside: "Y.P.G fighters" and "the S A A" hold YPG and SAA, but "sa" is not SAA, nor "a." AA, nor "jaff" JAF, though
   * keys, which write doubled letters once, make them equal.
   */
  static boolean holdsAcronym(String query, String acronym) {
    String letters = lettersOf(acronym);
    StringBuilder run = new StringBuilder();
    for (String word : WORD_BREAK.split(query)) {
      String w = lettersOf(word);
      if (w.equals(letters)) {
        return true;
      }
      run.setLength(w.length() == 1 ? run.length() : 0);
      run.append(w.length() == 1 ? w : "");
      if (run.toString().equals(letters)) {
        return true;
      }
    }
    return false;
  }

  /** True for a name written as letters apart: "ق س د", "أ ب", "H T S". */
  static boolean spelledOut(String written) {
    String[] words = LETTERS_APART.split(written.strip());
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (w.codePointCount(0, w.length()) != 1) {
        return false;
      }
    }
    return true;
  }

  private static String lettersOf(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** {@code text} without its quotation marks. */
  static String withoutQuotes(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (QUOTES.indexOf(text.charAt(i)) < 0) {
        sb.append(text.charAt(i));
      }
    }
    return sb.toString();
  }

  /** True for a name written whole in one pair of quotation marks, as news copy cites a title ("تسنيم", «البعث»). */
  boolean quoted() {
    if (written.isEmpty() || QUOTES.indexOf(written.charAt(0)) < 0 && !Character.isWhitespace(written.charAt(0))) {
      return false;
    }
    String s = written.strip();
    return s.length() > 2 && QUOTES.indexOf(s.charAt(0)) >= 0 && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0
        && s.chars().filter(c -> QUOTES.indexOf(c) >= 0).count() == 2;
  }

  /** True when a key-folded word is one a name can gain or lose in reordering ({@code stopwords.tsv}: of, في). */
  static boolean isStopword(String keyWord) {
    return STOPWORDS.contains(keyWord);
  }

  /** True when a key-folded word says what kind of thing a name is ({@code qualifiers.tsv}). */
  static boolean isQualifier(String keyWord) {
    return QUALIFIERS.containsKey(canonical(keyWord));
  }

  /** The kinds of thing a key-folded word of {@code qualifiers.tsv} says a name is; none for another word. */
  static Set<String> kindsOf(String keyWord) {
    return QUALIFIERS.getOrDefault(canonical(keyWord), Set.of());
  }

  /** True when every word of {@code text}, key-folded, says what kind of thing a name is: "بادية", "(nahiya)". */
  static boolean onlyQualifiers(String text) {
    return Arrays.stream(KEY.foldToString(text).split(" ")).allMatch(NameForms::isQualifier);
  }

  /**
   * True when a key-folded word is one the tables read as it is written: a word of {@code qualifiers.tsv}, alone or in a
   * phrase ("hava" of "hava üssü"), or of {@code word-variants.tsv} ("cephesi").
   */
  static boolean isTableWord(String keyWord) {
    return TABLE_WORDS.contains(keyWord);
  }

  /** The words of {@link #isTableWord}. */
  static Set<String> tableWords() {
    return TABLE_WORDS;
  }

  /**
   * What a word of the tables means: the kinds a word for a kind of thing names, the canonical form of a word variant,
   * or else the word itself. "governorate" and "gouvernorat" mean one thing.
   */
  static Object tableSense(String tableWord) {
    String word = canonical(tableWord);
    Set<String> kinds = QUALIFIERS.get(word);
    return kinds != null ? kinds : word;
  }

  static String phonetic(String keyFolded) {
    String parts = InvariantKey.withoutGluedArticles(keyFolded);
    return NameSimilarity.phonetic(
        isArabic(keyFolded) ? Transliteration.of(Scheme.NEWS).apply(apartFromH(finalTehMarbuta(parts))) : parts);
  }

  /**
   * {@code arabic}, key-folded, with the ه that ends a word written as the teh marbuta (ة) it most often stands for,
   * which the news scheme romanises as a, as romanised names end (مؤقتة as muqta, الرقة as ar-Rqa).
   */
  private static String finalTehMarbuta(String arabic) {
    if (arabic.indexOf('ه') < 0 || arabic.indexOf(' ') < 0) {
      return arabic;
    }
    char[] letters = arabic.toCharArray();
    for (int i = 1; i < letters.length; i++) {
      if (letters[i] == 'ه' && (i + 1 == letters.length || letters[i + 1] == ' ')) {
        letters[i] = 'ة';
      }
    }
    return new String(letters);
  }

  /**
   * {@code arabic} with a hyphen between a letter romanised as t, d, k, s or z and one romanised as h (ح, ه), which
   * would otherwise read as one letter with it: متحدة as mt-hda, not with a theh; سهل as s-hl, not with a sheen.
   */
  private static String apartFromH(String arabic) {
    StringBuilder out = null;
    for (int i = 1; i < arabic.length(); i++) {
      if (BEFORE_H.indexOf(arabic.charAt(i - 1)) >= 0 && ROMANISED_H.indexOf(arabic.charAt(i)) >= 0) {
        if (out == null) {
          out = new StringBuilder(arabic.length() + 4).append(arabic, 0, i);
        }
        out.append('-');
      }
      if (out != null) {
        out.append(arabic.charAt(i));
      }
    }
    return out == null ? arabic : out.toString();
  }

  /**
   * True when the last letter of {@code written}, marks and punctuation aside, is an alef maksura (ى): a final long a,
   * which folding writes as the yeh (ي) of a nisba or a man's name.
   */
  static boolean endsInAlefMaksura(String written) {
    for (int i = written.length() - 1; i >= 0; i--) {
      char c = written.charAt(i);
      if (Character.isLetter(c)) {
        return c == 'ى';
      }
    }
    return false;
  }

  /** True when {@code s} has a letter of Arabic script. */
  static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (c >= 0x0600 && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static Set<String> readTableWords() {
    Set<String> words = new HashSet<>(VARIANTS.keySet());
    for (String q : QUALIFIERS.keySet()) {
      words.addAll(List.of(q.split(" ")));
    }
    return Set.copyOf(words);
  }

  private static QualifierTable readQualifiers() {
    Map<String, Set<String>> kinds = new java.util.HashMap<>();
    Set<String> yielding = new HashSet<>();
    for (DataTable.Row row : DataTable.read(NameForms.class, "qualifiers.tsv", 2)) {
      String word = variantsOf(KEY.foldToString(row.cell(0)));
      String named = row.cell(1);
      if (named.startsWith(YIELDS)) {
        if (word.indexOf(' ') >= 0) {
          throw new IllegalStateException("qualifiers.tsv:" + row.line() + ": a yielding qualifier is one word");
        }
        yielding.add(word);
        named = named.substring(YIELDS.length());
      }
      kinds.put(word, named.equals("-") ? Set.of() : Set.of(named.split(" ")));
    }
    return new QualifierTable(Map.copyOf(kinds), Set.copyOf(yielding));
  }
}
