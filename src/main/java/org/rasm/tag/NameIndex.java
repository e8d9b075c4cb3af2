package org.rasm.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasm.data.DataTable;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.FoldRule;
import org.rasm.fold.FoldRules;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolution;
import org.rasm.resolve.Resolver;

/**
 * The lexicon's names as a trie of words, with the word-level knowledge that matching them needs: what counts as an
 * article, which joined Arabic clitics may be taken off a word ({@code clitics.tsv}), which names are common words
 * ({@code common-words.tsv}) or demonyms, and which entity each name means. {@link Tagger} walks it over running
 * text; adapters that only see words one at a time (a Lucene token stream) walk it the same way.
 *
 * <p>A word is {@code search}-folded and then {@linkplain #normalize(String) normalized}: the Arabic article cut
 * while two letters remain, and doubled Latin letters written once. Article words (al, el, ad, ash…, ال written
 * apart) are left out of the paths, so "Deir ez-Zor", "Dayr az Zawr" and "دير الزور" each walk two words.
 *
 * <pre>{@code
 * NameIndex names = new NameIndex(Lexicon.defaults(), new Resolver(Lexicon.defaults()));
 * NameIndex.Node n = names.root().next(names.normalize("dayr"));
 * n = n.next(names.normalize("zawr"));          // a name ends here
 * names.decide(n, "Dayr az Zawr").id();         // "place:dayr-az-zawr"
 * }</pre>
 *
 * Immutable and thread-safe once built.
 */
public final class NameIndex {
  /** Acronyms of up to this many capitals match only as written (IS is not "is"). */
  public static final int MAX_ACRONYM = 5;
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** A point in the trie: the words walked so far, and the names (as written in the lexicon) that end there. */
  public static final class Node {
    final Map<String, Node> next = new HashMap<>(2);
    final List<String> names = new ArrayList<>(1);
    boolean acronym; // one of the names is an acronym, which needs the text as written
    boolean lowerCaseLatin; // one of the names is Latin written without a capital (syriahr.com, regime forces)
    String path; // the words walked, joined by spaces
    // worked out once the trie is whole, so that matching a name only reads fields
    Resolution decision; // of the first name that is not an acronym
    boolean commonWord;
    Set<String> demonyms; // the decided entity's demonyms, folded; empty when none

    /** Whether the name that ends here is also a common word ({@code common-words.tsv}), which needs context. */
    public boolean isCommonWord() {
      return commonWord;
    }

    /** The node after {@code word} (normalized), or null when no name goes on with it. */
    public Node next(String word) {
      return next.get(word);
    }

    /** Whether no name goes on from here: a walk can stop without reading another word. */
    public boolean isLeaf() {
      return next.isEmpty();
    }

    /** Whether a name of the lexicon ends here. */
    public boolean endsName() {
      return !names.isEmpty();
    }

    /** Whether a name that ends here is an acronym, matched only as written. */
    public boolean hasAcronym() {
      return acronym;
    }

    /** Whether a name that ends here is Latin and written without any capital: it needs none in the text either. */
    public boolean hasLowerCaseName() {
      return lowerCaseLatin;
    }

    /** The names, as the lexicon writes them, that end here. */
    public List<String> names() {
      return Collections.unmodifiableList(names);
    }
  }

  private final Node root = new Node();
  private final Set<String> articles = new HashSet<>();
  private final List<String> articlePrefixes = new ArrayList<>();
  private final Map<String, Resolution> decided = new HashMap<>();
  private final Map<String, Boolean> cues = new HashMap<>(); // folded word -> stands before the name
  private final Set<String> commonWords = new HashSet<>();
  private final Map<String, String> foldedNames = new ConcurrentHashMap<>();
  private final Set<String> primaryNames = new HashSet<>();
  private final Map<String, Set<String>> demonyms = new HashMap<>();
  private final Set<String> anyDemonym = new HashSet<>();

  /** Builds the trie of every name of {@code lexicon}, and decides each name once as {@code resolver} does. */
  public NameIndex(Lexicon lexicon, Resolver resolver) {
    for (DataTable.Row row : DataTable.read(NameIndex.class, "cues.tsv", 2)) {
      cues.put(SEARCH.foldToString(row.cell(0)), row.cell(1).equals("before"));
    }
    for (FoldRule r : FoldRules.chain(FoldProfile.KEY)) {
      if (r.op() == FoldRule.Op.ARTICLE) {
        articles.add(r.from());
      } else if (r.op() == FoldRule.Op.ARTICLE_PREFIX) {
        articlePrefixes.add(r.from());
      }
    }
    for (DataTable.Row row : DataTable.read(NameIndex.class, "common-words.tsv", 2)) {
      commonWords.add(commonForm(row.cell(0)));
    }
    for (Entity e : lexicon.entities()) {
      for (String name : e.names()) {
        add(name);
      }
      primaryNames.add(e.nameEn());
      primaryNames.add(e.nameAr());
      for (String d : e.demonyms()) {
        String folded = SEARCH.foldToString(d);
        demonyms.computeIfAbsent(e.id(), k -> new HashSet<>()).add(folded);
        anyDemonym.add(folded);
      }
    }
    // decide each name once, as the resolver would: matching then only looks names up
    for (String name : allNames(root, new ArrayList<>())) {
      decided.computeIfAbsent(name, resolver::resolve);
    }
    settle(root);
  }

  private void settle(Node node) {
    if (node.endsName()) {
      String name = pick(node, "");
      node.decision = name == null ? null : decided.get(name);
      node.commonWord = commonWords.contains(node.path);
      String id = node.decision == null ? null : node.decision.id();
      node.demonyms = id == null ? Set.of() : demonyms.getOrDefault(id, Set.of());
    }
    for (Node n : node.next.values()) {
      settle(n);
    }
  }

  private static List<String> allNames(Node node, List<String> into) {
    into.addAll(node.names);
    for (Node n : node.next.values()) {
      allNames(n, into);
    }
    return into;
  }

  private void add(String name) {
    String folded = SEARCH.foldToString(name);
    List<String> words = new ArrayList<>();
    int[] bounds = new int[2];
    int from = 0;
    while ((from = nextWord(folded, from, bounds)) >= 0) {
      String w = folded.substring(bounds[0], bounds[1]);
      if (!articles.contains(w)) {
        words.add(normalize(w));
      }
    }
    if (words.isEmpty()) {
      return;
    }
    Node node = root;
    for (String w : words) {
      node = node.next.computeIfAbsent(w, k -> new Node());
    }
    node.path = String.join(" ", words);
    if (!node.names.contains(name)) {
      node.names.add(name);
      node.acronym |= isAcronym(name);
      node.lowerCaseLatin |= name.codePoints().noneMatch(Character::isUpperCase)
          && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
  }

  /** Finds the next word of letters and digits at or after {@code from}; its bounds go in {@code bounds}. */
  static int nextWord(String s, int from, int[] bounds) {
    int i = from;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    if (i >= s.length()) {
      return -1;
    }
    int start = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
      i++;
    }
    bounds[0] = start;
    bounds[1] = i;
    return i;
  }

  /** The root of the trie: no word walked yet. */
  public Node root() {
    return root;
  }

  /** A folded word as the trie holds it: the Arabic article cut while two letters remain, doubled letters once. */
  public String normalize(String w) {
    if (!needsNormalizing(w)) {
      return w;
    }
    String s = w;
    for (String p : articlePrefixes) {
      if (s.startsWith(p) && s.length() - p.length() >= 2) {
        s = s.substring(p.length());
        break;
      }
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Latin spellings double letters freely (Raqqa, Raqa); Arabic writes a doubled sound once, so صدد is not صد
      if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c || c >= 0x0600) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private boolean needsNormalizing(String w) {
    for (String p : articlePrefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    for (int i = 1; i < w.length(); i++) {
      if (w.charAt(i) == w.charAt(i - 1) && w.charAt(i) < 0x0600) {
        return true;
      }
    }
    return false;
  }

  /** Whether a folded word is an article written apart (al, el, ez, ash, ال…): passed over inside a name. */
  public boolean isArticle(String foldedWord) {
    return articles.contains(foldedWord);
  }

  /**
   * Whether a folded word is an article that opens a name: al, el, ال and the longer ones always; an assimilated
   * Latin article (ad, as, an, at) only written with its hyphen, because English has "as", "an", "at".
   */
  public boolean opensName(String foldedWord, boolean hyphenated) {
    return articles.contains(foldedWord) && (hyphenated || foldedWord.equals("al") || foldedWord.equals("el")
        || foldedWord.length() > 3 || !isAscii(foldedWord));
  }

  private static boolean isAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The cue that a folded word before a name is (محافظة, ريف), also with a joined clitic (بريف, ومحافظة); or null. */
  public String cueBefore(String foldedWord) {
    if (Boolean.TRUE.equals(cues.get(foldedWord))) {
      return foldedWord;
    }
    for (ArabicClitics.Unclitic u : ArabicClitics.without(foldedWord)) {
      if (Boolean.TRUE.equals(cues.get(u.rest()))) {
        return u.rest();
      }
    }
    return null;
  }

  /** Whether a folded word after a name is a cue (province, city, district). */
  public boolean isCueAfter(String foldedWord) {
    return Boolean.FALSE.equals(cues.get(foldedWord));
  }


  /** A folded cue word: true when it stands before names (محافظة, ريف), false after them (province), null if none. */
  public Boolean cue(String foldedWord) {
    return cues.get(foldedWord);
  }

  /** Whether the name of this node is one the lexicon gives as an entity's own name (not an alias). */
  boolean hasPrimaryName(Node node) {
    for (String n : node.names) {
      if (primaryNames.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which entity the name ending at {@code node} means, the text being {@code written} as in the source: an
   * acronym only counts written as the lexicon writes it, case included. Null when no name of the node fits; the
   * resolution's id is null when unrelated entities share the name.
   */
  public Resolution decide(Node node, CharSequence written) {
    if (!node.acronym) {
      return node.decision;
    }
    String name = pick(node, written);
    return name == null ? null : decided.get(name);
  }

  /** The name of the node the text can be: an acronym only as written, case included. */
  static String pick(Node node, CharSequence text) {
    for (String name : node.names) {
      if (!isAcronym(name) || text.toString().contains(name)) {
        return name;
      }
    }
    return null;
  }

  static boolean isAcronym(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0 && letters <= MAX_ACRONYM;
  }

  /** Whether a folded text is a demonym of the entity {@code id} (السورية is "the Syrian", not Syria). */
  public boolean isDemonymOf(String id, String foldedText) {
    return id != null && demonyms.getOrDefault(id, Set.of()).contains(foldedText);
  }

  /** Whether a folded text that walked to {@code node} is a demonym of the entity that the node's name means. */
  public boolean isDemonym(Node node, String foldedText) {
    return !node.demonyms.isEmpty() && node.demonyms.contains(foldedText);
  }

  /** Whether the node's entity has demonyms at all: only then is the text worth comparing with them. */
  public boolean hasDemonyms(Node node) {
    return !node.demonyms.isEmpty();
  }

  /** Whether a folded word is any entity's demonym. */
  boolean isAnyDemonym(String foldedWord) {
    return anyDemonym.contains(foldedWord);
  }

  /** Whether a folded name is also a common word ({@code common-words.tsv}), which needs context to count. */
  public boolean isCommonWord(String foldedText) {
    return commonWords.contains(commonFormOfFolded(foldedText));
  }

  /**
   * A clitic off a word leaves what the name's first word has: فالرقة leaves الرقة, but فرقة ("division") leaves رقة,
   * which lacks the article that الرقة has. {@code rest} is the folded word without the clitic.
   */
  public boolean articleKept(Node node, CharSequence written, String rest) {
    String name = pick(node, written);
    if (name == null) {
      return false;
    }
    String folded = foldedNames.computeIfAbsent(name, n -> SEARCH.foldToString(n));
    for (String p : articlePrefixes) {
      if (folded.startsWith(p)) {
        return rest.startsWith(p) || rest.startsWith(p.substring(1)); // للرقة keeps the article's lam only
      }
    }
    return true;
  }

  /** A name as the common-word list compares it: folded, each word without its article (أخبار and الأخبار alike). */
  private String commonForm(String text) {
    return commonFormOfFolded(SEARCH.foldToString(text));
  }

  private String commonFormOfFolded(String foldedText) {
    if (foldedText.indexOf(' ') < 0) {
      return normalize(foldedText);
    }
    StringBuilder sb = new StringBuilder();
    for (String w : SPACES.split(foldedText)) {
      sb.append(sb.length() == 0 ? "" : " ").append(normalize(w));
    }
    return sb.toString();
  }
}
