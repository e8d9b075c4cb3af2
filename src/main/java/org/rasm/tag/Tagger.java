package org.rasm.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.data.Memo;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Folded;
import org.rasm.fold.Span;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolution;
import org.rasm.resolve.Resolver;

/**
 * Finds every name of the lexicon in running text, in both scripts, with offsets into the original text.
 *
 * <p>The text is folded with the {@code search} profile and cut into words (letters and digits); every name of the
 * lexicon is cut the same way into a path of a word trie ({@link NameIndex}). Words are compared with the Arabic
 * article and doubled letters set aside, and article words (al, el, ad, ash… and ال written apart) are passed over, so
 * al-Bokamal, Deir ez-Zor and Dayr az-Zawr meet the names as the lexicon writes them. Where a word names nothing as
 * written, it is tried without a joined Arabic conjunction or preposition ({@code clitics.tsv}: والبوكمال, بدير الزور,
 * للمرصد), which is left out of the mention; an English possessive ('s) is set aside too. The longest name wins ("Deir
 * Ezzor 24" is the outlet, not the place), and mentions never overlap. Which entity a name means is decided as {@link
 * Resolver} decides for that name (settlements before the units named after them); a name that unrelated entities share
 * is reported with a null id and its candidates. Acronyms of up to {@value #MAX_ACRONYM} letters match only as written,
 * case included (IS is not "is"); a Latin name needs its capital (war is not al-Wa'r).
 *
 * <p>Context: a cue word beside the name ({@code cues.tsv}: محافظة, ريف, مدينة before it; province, city, district
 * after it) is resolved with it, so "ريف دير الزور" and "Deir Ezzor province" are the governorate and "مدينة دير
 * الزور" the city. A name that is also a common word ({@code common-words.tsv}: الميادين "squares", الباب "the
 * door") counts only beside a cue, in a short line (a title, a masthead, a dateline), or when the text names a
 * place above or below it.
 *
 * <pre>{@code
 * Tagger tagger = new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults()));
 * List<Mention> mentions = tagger.tag("Clashes near al-Bokamal's desert and in بدير الزور");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Tagger {
  static final int MAX_ACRONYM = NameIndex.MAX_ACRONYM;
  /** The least score a spelling the lexicon lacks needs, stricter than the resolver's own threshold. */
  static final double FALLBACK_SCORE = 0.9;
  private static final int MAX_FALLBACK_WORDS = 3;
  /**
   * The most article words passed over before a name or inside it: two in real text (al-, ال written apart); a run
   * of thousands ("al al al …") would otherwise make each of them open a name as long as the run.
   */
  private static final int MAX_ARTICLES = 3;
  private static final int MEMO_SIZE = 1 << 14;
  private static final int MIN_FALLBACK_LETTERS = 4;
  private static final String SENTENCE_ENDS = ".!?:;\n\r\u2022";
  private static final Set<org.rasm.lexicon.EntityType> PLACES = Set.of(org.rasm.lexicon.EntityType.PLACE);
  private static final Set<String> PLACE_CUES = Set.of("مدينه", "بلده", "قريه", "ناحيه", "ريف", "باديه");
  private static final String NAME_BREAKS = "()[]{}.,;:!?|/";
  /** Lines up to this long are titles, mastheads or datelines. */
  static final int TITLE_LINE = 60;
  /** How far the tagger looks around a name for its line: a part of a longer text holds at least this on each side. */
  public static final int TITLE_LINE_CHARS = TITLE_LINE + 1;
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);

  private final NameIndex names;
  private final Resolver resolver;
  private final Lexicon lexicon;
  // the resolver's answers for text of the user's: bounded, so memory does not grow with the input
  private final Memo<String, Resolution> decidedWithCue;
  private final Memo<String, Resolution> fallback;

  public Tagger(Lexicon lexicon, Resolver resolver) {
    this(lexicon, resolver, new NameIndex(lexicon, resolver));
  }

  /** A tagger over a name index already built for {@code lexicon} and {@code resolver}. */
  public Tagger(Lexicon lexicon, Resolver resolver, NameIndex names) {
    this.resolver = resolver;
    this.lexicon = lexicon;
    this.decidedWithCue = new Memo<>(MEMO_SIZE, resolver::resolve);
    this.fallback = new Memo<>(MEMO_SIZE, t -> resolver.resolve(t, PLACES));
    this.names = names;
  }

  /** A word of the text: where it is in the folded text, as written there, as the trie holds it, and whether it is an article. */
  private record Word(int start, int end, String text, String norm, boolean article) {}

  /** The mentions in {@code text}, in order, never overlapping. */
  public List<Mention> tag(CharSequence text) {
    Words t = words(text.toString());
    Names names = names(t, 0, t.words.size());
    List<Mention> found = supported(names.mentions, names.needSupport);
    return withSpellingsNotInTheLexicon(found, t, 0, t.words.size(), 0).all;
  }

  /**
   * What {@link #tagPart} found in a part of a longer text, and where the next part goes on. Positions are chars of
   * the part.
   *
   * @param mentions the mentions that begin before the stop, in order
   * @param ids the ids of the names that begin before the stop, common words not yet checked (first pass only)
   * @param nextName where the search for names goes on: the next part begins it at the first word there or after
   * @param nextSpelling the same for spellings the lexicon lacks
   * @param covered the end of the last name found
   */
  public record Part(List<Mention> mentions, List<String> ids, int nextName, int nextSpelling, int covered) {}

  /**
   * Tags a part of a text too long to tag at once, so that the parts together give what {@link #tag} gives for the
   * whole. Every part is tagged twice: a first pass, with {@code ids} null, collects the ids of the names the whole
   * text holds (a name that is also a common word needs a related place somewhere in the text); the second, with
   * their counts, finds the mentions. Each part is given as a window of the text: some text before {@code nameFrom}
   * (the word before a name is its cue, a short line is a title), and some after {@code stop}, where names that began
   * before it may end and the next part's first names are seen. A part must hold the whole line of any mention that
   * begins in it or at least {@value #TITLE_LINE} chars on each side of it, and be cut where folding sees the same on
   * both sides as in the whole text.
   *
   * @param part the window of the text
   * @param nameFrom names are looked for from the first word that begins here or after (the previous part's {@link
   *     Part#nextName})
   * @param spellingFrom the same for spellings the lexicon lacks
   * @param covered words that begin before it lie in a name of an earlier part
   * @param stop no name is begun at a word that begins here or after
   * @param ids how many names of each id the whole text holds, from the first pass; null on the first pass
   */
  public Part tagPart(CharSequence part, int nameFrom, int spellingFrom, int covered, int stop, Map<String, Integer> ids) {
    Words t = words(part.toString());
    int from = t.firstAt(nameFrom);
    int stopWord = t.firstAt(stop);
    Names names = names(t, from, stopWord);
    if (ids == null) {
      List<String> found = new ArrayList<>();
      for (int k = 0; k < names.mentions.size() && names.firstWords.get(k) < stopWord; k++) {
        if (names.mentions.get(k).id() != null) {
          found.add(names.mentions.get(k).id());
        }
      }
      int next = t.startOf(names.next);
      return new Part(List.of(), found, next, next, 0);
    }
    List<Mention> found = new ArrayList<>();
    int end = covered;
    for (int k = 0; k < names.mentions.size(); k++) {
      Mention m = names.mentions.get(k);
      if (!names.needSupport.get(k) || m.id() != null && supportedIn(ids, m.id())) {
        found.add(m);
        if (names.firstWords.get(k) < stopWord) {
          end = Math.max(end, m.end());
        }
      }
    }
    Spellings spellings = withSpellingsNotInTheLexicon(found, t, t.firstAt(spellingFrom), stopWord, covered);
    List<Mention> mentions = new ArrayList<>();
    for (int k = 0, f = 0; k < names.mentions.size() && names.firstWords.get(k) < stopWord; k++) {
      if (f < found.size() && found.get(f) == names.mentions.get(k)) {
        mentions.add(found.get(f++));
      }
    }
    mentions.addAll(spellings.added);
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new Part(mentions, List.of(), t.startOf(names.next), t.startOf(spellings.next), end);
  }

  /** Whether a common-word name with this id has a related place among the names of the text. */
  private boolean supportedIn(Map<String, Integer> ids, String id) {
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      if ((!e.getKey().equals(id) || e.getValue() > 1) && related(id, e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** A text cut into words, with the original start of each. */
  private static final class Words {
    final String original;
    final Folded folded;
    final List<Word> words;
    final int[] originalStarts;

    Words(String original, Folded folded, List<Word> words, int[] originalStarts) {
      this.original = original;
      this.folded = folded;
      this.words = words;
      this.originalStarts = originalStarts;
    }

    /** The first word that begins at {@code pos} of the original or after it; the number of words if none. */
    int firstAt(int pos) {
      int lo = 0;
      int hi = words.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (originalStarts[mid] < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Where word {@code i} begins in the original; the end of the text for the word after the last. */
    int startOf(int i) {
      return i < words.size() ? originalStarts[i] : original.length();
    }
  }

  private Words words(String original) {
    Folded folded = SEARCH.fold(original);
    String s = folded.text();
    List<Word> words = new ArrayList<>();
    int[] bounds = new int[2];
    int from = 0;
    int[] wordStarts = new int[16];
    while ((from = NameIndex.nextWord(s, from, bounds)) >= 0) {
      if (words.size() == wordStarts.length) {
        wordStarts = java.util.Arrays.copyOf(wordStarts, wordStarts.length * 2);
      }
      wordStarts[words.size()] = bounds[0];
      String w = s.substring(bounds[0], bounds[1]);
      boolean hyphenated = bounds[1] < s.length() && s.charAt(bounds[1]) == '-';
      boolean article = names.opensName(w, hyphenated);
      words.add(new Word(bounds[0], bounds[1], w, names.normalize(w), article));
    }
    int[] originalStarts = folded.offsets().originalStarts(java.util.Arrays.copyOf(wordStarts, words.size())); // one pass
    return new Words(original, folded, words, originalStarts);
  }

  /**
   * The names of the lexicon, longest first, from word {@code from} to the end; {@code next} is the word the search
   * was at when it first reached {@code stopWord} or beyond.
   */
  private record Names(List<Mention> mentions, List<Boolean> needSupport, List<Integer> firstWords, int next) {}

  private Names names(Words t, int from, int stopWord) {
    List<Word> words = t.words;
    List<Mention> mentions = new ArrayList<>();
    List<Boolean> needSupport = new ArrayList<>();
    List<Integer> firstWords = new ArrayList<>();
    int next = -1;
    int i = from;
    while (i < words.size()) {
      if (next < 0 && i >= stopWord) {
        next = i;
      }
      Match best = longestFrom(words, i, t.original, t.folded);
      Found f = best == null ? null : mention(best, words, t.originalStarts, t.original, t.folded);
      if (f == null) {
        i++;
        continue;
      }
      Mention m = f.mention();
      String cue = cue(words, best);
      if (cue != null) {
        m = withCue(m, cue, names.cue(cue));
      }
      mentions.add(m);
      firstWords.add(i);
      boolean common = names.isCommonWord(f.folded());
      needSupport.add(common && cue == null && !inTitleLine(t.original, m));
      i = best.last + 1;
    }
    return new Names(mentions, needSupport, firstWords, next < 0 ? i : next);
  }

  /** Spellings found, all the mentions, and the word the search stopped at. */
  private record Spellings(List<Mention> added, List<Mention> all, int next) {}

  /**
   * Spellings the lexicon does not have, where a name is expected: Latin words with a capital in mid-sentence, and
   * Arabic words after a place cue (مدينة, بلدة, قرية, ناحية, ريف, بادية). The resolver's fuzzy layer decides, with a
   * stricter score.
   */
  private Spellings withSpellingsNotInTheLexicon(List<Mention> found, Words t, int from, int stopWord, int covered) {
    List<Word> words = t.words;
    int[] originalStarts = t.originalStarts;
    String original = t.original;
    Folded folded = t.folded;
    List<Mention> added = new ArrayList<>();
    int next = 0; // index into found
    int i = from;
    for (; i < words.size() && i < stopWord; i++) {
      Word w = words.get(i);
      if (w.text().length() < MIN_FALLBACK_LETTERS || names.isAnyDemonym(w.text()) || originalStarts[i] < covered) {
        continue; // "Syrian" is no misspelling of Suran
      }
      int start = originalStarts[i];
      boolean candidate = w.text().charAt(0) >= 0x0600
          ? i > 0 && PLACE_CUES.contains(words.get(i - 1).text())
          // a capital in mid-sentence, after a word in lower case: not the first word of a sentence or a heading
          : i > 0 && isCapitalisedLatin(original, start) && isLowerLatin(original, originalStarts[i - 1])
              && !endsSentence(folded.text(), words.get(i - 1).end(), w.start());
      if (!candidate) {
        continue;
      }
      while (next < found.size() && found.get(next).end() <= start) {
        next++;
      }
      int limit = next < found.size() ? found.get(next).start() : original.length(); // the next mention
      int reach = i; // the last word a name from here could take: no break before it
      while (reach + 1 < words.size() && reach + 1 < i + MAX_FALLBACK_WORDS
          && !breaksName(folded.text(), words.get(reach).end(), words.get(reach + 1).start())) {
        reach++;
      }
      for (int last = reach; last >= i; last--) {
        Span whole = new Span(start, folded.offsets().originalEnd(words.get(last).end()));
        if (whole.end() > limit) {
          continue;
        }
        String text = original.substring(whole.start(), whole.end());
        Resolution r = fallback.get(text);
        if (r.resolved() && r.score() >= FALLBACK_SCORE && !"exact".equals(r.match())) {
          added.add(new Mention(whole.start(), whole.end(), text, r.id(), r.type(), "fuzzy", r.score(), r.candidates()));
          i = last;
          break;
        }
      }
    }
    if (added.isEmpty()) {
      return new Spellings(added, found, i);
    }
    List<Mention> all = new ArrayList<>(found);
    all.addAll(added);
    all.sort(Comparator.comparingInt(Mention::start));
    return new Spellings(added, all, i);
  }

  /** Whether the text between two words ends a sentence or a line: the next word's capital is then no sign of a name. */
  private static boolean endsSentence(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerLatin(String text, int at) {
    char c = text.charAt(at);
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  private static boolean isCapitalisedLatin(String text, int at) {
    char c = text.charAt(at);
    if (c < 128) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** A cue word right before or after the name, or null. */
  private String cue(List<Word> words, Match m) {
    if (m.first() > 0) {
      String before = names.cueBefore(words.get(m.first() - 1).text());
      if (before != null) {
        return before;
      }
    }
    if (m.last() + 1 < words.size()) {
      String after = words.get(m.last() + 1).text();
      if (names.isCueAfter(after)) {
        return after;
      }
    }
    return null;
  }

  /** The mention as the resolver reads the name together with its cue (محافظة دير الزور: the governorate). */
  private Mention withCue(Mention m, String cue, boolean before) {
    String query = before ? cue + " " + m.text() : m.text() + " " + cue;
    Resolution r = decidedWithCue.get(query);
    if (!r.resolved()) {
      return m;
    }
    return new Mention(m.start(), m.end(), m.text(), r.id(), r.type(), m.match(), m.score(), r.candidates());
  }

  /** A short line: a title, a masthead, a dateline. */
  private static boolean inTitleLine(String text, Mention m) {
    // looks no further than a title is long: a search to the ends of a line of megabytes, for each name in it, would not end
    int room = TITLE_LINE - (m.end() - m.start());
    int lineStart = m.start();
    while (room >= 0 && lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
      room--;
    }
    int lineEnd = m.end();
    while (room >= 0 && lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
      lineEnd++;
      room--;
    }
    return room >= 0;
  }

  /** Common-word names stay only where another mention of the text is a place above or below them, or in their governorate. */
  private List<Mention> supported(List<Mention> mentions, List<Boolean> needSupport) {
    if (!needSupport.contains(true)) {
      return mentions;
    }
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!needSupport.get(k) || m.id() != null && mentions.stream().anyMatch(o -> o != m && o.id() != null && related(m.id(), o.id()))) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** One above or below the other, or both in one governorate. */
  private boolean related(String a, String b) {
    Set<String> aboveA = ancestors(a);
    Set<String> aboveB = ancestors(b);
    if (aboveA.contains(b) || aboveB.contains(a)) {
      return true;
    }
    for (String x : aboveA) {
      if (aboveB.contains(x) && lexicon.get(x).map(e -> e.subtype().equals("governorate")).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> ancestors(String id) {
    Set<String> seen = new HashSet<>();
    String p = lexicon.get(id).map(Entity::parent).orElse("");
    while (!p.isEmpty() && seen.add(p)) {
      p = lexicon.get(p).map(Entity::parent).orElse("");
    }
    return seen;
  }

  /** A name found: from word {@code first} (an article, or the named word) to {@code last}; {@code skip} chars of clitic. */
  private record Match(int first, int last, int skip, NameIndex.Node node, String match) {}

  /** The longest name that starts at word {@code i} (or at the article words before it). */
  private Match longestFrom(List<Word> words, int i, String original, Folded folded) {
    int start = i;
    while (start + 1 < words.size() && words.get(start).article() && start - i < MAX_ARTICLES) {
      start++; // an article opens the mention but does not name anything
    }
    Word w = words.get(start);
    Match best = walk(words, i, start, w.norm(), 0, "exact", original, folded);
    if (best != null) {
      return best; // a word as written comes before the same word without a clitic
    }
    for (ArabicClitics.Unclitic u : ArabicClitics.without(w.text())) {
      Match m = walk(words, i, start, names.normalize(u.rest()), u.skip(), "clitic", original, folded);
      if (m != null && (best == null || m.last() > best.last())) {
        best = m;
      }
    }
    return best;
  }

  /** The longest name whose first word is {@code first} (word {@code start} as normalized), opening at word {@code i}. */
  private Match walk(List<Word> words, int i, int start, String first, int skip, String how, String original, Folded folded) {
    NameIndex.Node node = step(names.root(), first, words.get(start), original, folded);
    Match best = null;
    int j = start;
    while (node != null) {
      if (node.endsName()) {
        best = new Match(i, j, i == start ? skip : 0, node, how);
      }
      int k = j + 1;
      while (k + 1 < words.size() && words.get(k).article() && k - j <= MAX_ARTICLES) {
        k++;
      }
      if (k >= words.size() || breaksName(folded.text(), words.get(j).end(), words.get(k).start())) {
        break;
      }
      node = step(node, words.get(k).norm(), words.get(k), original, folded);
      j = k;
    }
    return best;
  }

  /** A name does not run across brackets or the punctuation that ends a clause: "Latakia, an airport". */
  private static boolean breaksName(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (NAME_BREAKS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The trie node after {@code word}; failing that, after the word without an English possessive. */
  private static NameIndex.Node step(NameIndex.Node node, String word, Word w, String original, Folded folded) {
    NameIndex.Node next = node.next(word);
    if (next != null || word.length() <= 2 || !word.endsWith("s")) {
      return next;
    }
    List<String> v = variants(word, w, original, folded);
    return v.size() > 1 ? node.next(v.get(1)) : null;
  }

  /** The word, and without an English possessive when the original has one (al-Bokamal's). */
  private static List<String> variants(String normalized, Word w, String original, Folded folded) {
    if (normalized.length() > 2 && normalized.endsWith("s")) {
      Span before = folded.toOriginal(w.end() - 1, w.end());
      int q = before.start() - 1;
      if (q >= 0 && "'’‘`".indexOf(original.charAt(q)) >= 0) {
        return List.of(normalized, normalized.substring(0, normalized.length() - 1));
      }
    }
    return List.of(normalized);
  }

  /** A mention and its text as folded. */
  private record Found(Mention mention, String folded) {}

  private Found mention(Match m, List<Word> words, int[] originalStarts, String original, Folded folded) {
    int first = m.first();
    int last = m.last();
    // a cue word inside an alias (محافظة دير الزور, Deir Ezzor city) chose the entity but is not part of the
    // mention, unless it is part of the entity's own name (ريف دمشق, مخيم الهول, Rukban camp)
    boolean ownName = names.hasPrimaryName(m.node());
    if (!ownName && first < last && Boolean.TRUE.equals(names.cue(words.get(first).text().substring(m.skip())))) {
      first++;
    }
    if (!ownName && first < last && Boolean.FALSE.equals(names.cue(words.get(last).text()))) {
      last--;
    }
    int foldedStart = words.get(first).start() + (first == m.first() ? m.skip() : 0);
    int foldedEnd = words.get(last).end();
    int originalStart = first == m.first() && m.skip() > 0 ? folded.offsets().originalStart(foldedStart) : originalStarts[first];
    Span span = trim(original, new Span(originalStart, folded.offsets().originalEnd(foldedEnd)));
    String text = original.substring(span.start(), span.end());
    Resolution r = names.decide(m.node(), text);
    if (r == null || !capitalised(original, words, originalStarts, m) || !articleKept(m, words, text)) {
      return null;
    }
    String foldedText = folded.text().substring(foldedStart, foldedEnd);
    if (names.isDemonymOf(r.id(), foldedText)) {
      return null; // السورية is "the Syrian", not Syria
    }
    return new Found(new Mention(span.start(), span.end(), text, r.id(), r.type(), m.match(), r.score(), r.candidates()), foldedText);
  }

  /**
   * A Latin name is written with a capital (the Euphrates, al-Bokamal): a lower-case word is a word (war, not
   * al-Wa'r). Arabic has no case and needs other cues.
   */
  private boolean capitalised(String original, List<Word> words, int[] originalStarts, Match m) {
    int k = m.first();
    while (k < m.last() && words.get(k).article()) {
      k++;
    }
    int c = original.codePointAt(originalStarts[k]);
    if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN || Character.isUpperCase(c)) {
      return true;
    }
    // names the lexicon itself writes in lower case (web domains: syriahr.com) need no capital
    return m.node().hasLowerCaseName();
  }

  /** A clitic off a word leaves what the name's first word has (فالرقة, but not فرقة "division"). */
  private boolean articleKept(Match m, List<Word> words, String text) {
    return !m.match().equals("clitic") || names.articleKept(m.node(), text, words.get(m.first()).text().substring(m.skip()));
  }

  /** The span without the punctuation that folding attached to its ends, and without a possessive (al-Bokamal’s). */
  private static Span trim(String original, Span span) {
    int s = span.start();
    int e = span.end();
    while (e > s && !Character.isLetterOrDigit(original.codePointBefore(e))
        && Character.getType(original.charAt(e - 1)) != Character.NON_SPACING_MARK) {
      e--;
    }
    while (s < e && !Character.isLetterOrDigit(original.codePointAt(s))) {
      s++;
    }
    if (e - s > 3 && original.charAt(e - 1) == 's' && "'’‘`".indexOf(original.charAt(e - 2)) >= 0) {
      e -= 2; // an English possessive is not part of the name
    }
    return new Span(s, e);
  }
}
