package org.rasm.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.data.Memo;
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
  private static final int MEMO_SIZE = 1 << 14;
  private static final int MIN_FALLBACK_LETTERS = 4;
  private static final String SENTENCE_ENDS = ".!?:;\n\r\u2022";
  private static final Set<org.rasm.lexicon.EntityType> PLACES = Set.of(org.rasm.lexicon.EntityType.PLACE);
  private static final Set<String> PLACE_CUES = Set.of("مدينه", "بلده", "قريه", "ناحيه", "ريف", "باديه");
  private static final String NAME_BREAKS = "()[]{}.,;:!?|/";
  /** Lines up to this long are titles, mastheads or datelines. */
  static final int TITLE_LINE = 60;
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
    String original = text.toString();
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
    List<Mention> mentions = new ArrayList<>();
    List<Boolean> needSupport = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match best = longestFrom(words, i, original, folded);
      Found f = best == null ? null : mention(best, words, originalStarts, original, folded);
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
      boolean common = names.isCommonWord(f.folded());
      needSupport.add(common && cue == null && !inTitleLine(original, m));
      i = best.last + 1;
    }
    List<Mention> found = supported(mentions, needSupport);
    return withSpellingsNotInTheLexicon(found, words, originalStarts, original, folded);
  }

  /**
   * Spellings the lexicon does not have, where a name is expected: Latin words with a capital in mid-sentence, and
   * Arabic words after a place cue (مدينة, بلدة, قرية, ناحية, ريف, بادية). The resolver's fuzzy layer decides, with a
   * stricter score.
   */
  private List<Mention> withSpellingsNotInTheLexicon(List<Mention> found, List<Word> words, int[] originalStarts, String original,
      Folded folded) {
    List<Mention> added = new ArrayList<>();
    int next = 0; // index into found
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.text().length() < MIN_FALLBACK_LETTERS || names.isAnyDemonym(w.text())) {
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
      return found;
    }
    List<Mention> all = new ArrayList<>(found);
    all.addAll(added);
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
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
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', m.end());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    return lineEnd - lineStart <= TITLE_LINE;
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
    while (start + 1 < words.size() && words.get(start).article()) {
      start++; // an article opens the mention but does not name anything
    }
    Word w = words.get(start);
    Match best = walk(words, i, start, w.norm(), 0, "exact", original, folded);
    if (best != null) {
      return best; // a word as written comes before the same word without a clitic
    }
    for (NameIndex.Unclitic u : names.withoutClitics(w.text())) {
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
      while (k + 1 < words.size() && words.get(k).article()) {
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
