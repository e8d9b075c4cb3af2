package org.rasm.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.resolve.Resolution;
import org.rasm.tag.NameIndex;

/**
 * Adds, for every name of the lexicon in the token stream, a token whose text is the entity's canonical ID
 * ({@code place:albu-kamal}), of type {@value #TYPE}, at the position of the name's first token and with a position
 * length that spans the whole name. "Abu Kamal", "al-Bokamal" and "والبوكمال" all carry {@code place:albu-kamal},
 * so a query in one script and spelling finds documents in the others. A query parser reads the ID token as an
 * alternative path to the name's words. At index time the name's tokens stay on the main path, so the index loses
 * nothing without flattening; end an index chain with {@code FlattenGraphFilter} all the same when other graph
 * filters (synonyms) are in it.
 *
 * <p>Names are matched as {@link org.rasm.tag.Tagger} matches them, over the same {@link NameIndex}: each token is
 * {@code search}-folded, the Arabic article and doubled letters set aside; article tokens (al, el, ez, ال…) are passed
 * over inside a name, and al, el, ال open it; a joined conjunction or preposition (و ف ب ك ل, لل) is tried off the
 * first word when the word as written names nothing; an English possessive ('s) is set aside; the longest name wins.
 * A Latin name needs its capital, as in the tagger ("war" is not al-Wa'r), unless the lexicon writes it in lower
 * case; with {@code ignoreCase} it does not, for query analyzers that meet names typed in lower case ("abu kamal").
 * Acronyms (SDF, HTS) match only as written, case included, either way. So this filter must see the tokens before
 * they are lower-cased: put it before {@link RasmNormalizationFilter}. The punctuation between tokens is not seen;
 * a name stops where more than one character lies between two of its tokens (", ", " ("), which is where the tagger
 * stops at punctuation in news text.
 *
 * <p>No ID is added for a name that unrelated entities share (the resolver leaves it undecided: الميادين is a town
 * and a channel), for a demonym (السورية, "the Syrian"), for an entity of a type not asked for, or for a name that is
 * also a common word (الباب "the door") unless a cue stands beside it (مدينة الباب, ريف, province).
 *
 * <p>The tokens of a name, and the ID token, are marked as keywords, so that stemmers leave names alone. With
 * {@code keepOriginal} false the name's own tokens are dropped and the ID token takes their place.
 */
public final class RasmCanonicalIdFilter extends TokenFilter {
  /** The type of the tokens that carry canonical IDs. */
  public static final String TYPE = "<RASM_ID>";
  static final int CACHE_LIMIT = 16384;
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final NameIndex names;
  private final Set<String> types;
  private final boolean keepOriginal;
  private final boolean ignoreCase;
  private final CharArrayMap<Word> words = new CharArrayMap<>(256, false);

  // Tokens read ahead while a name might go on, not yet emitted.
  private State[] states = new State[8];
  private Word[] lookWords = new Word[8];
  private int[] posIncs = new int[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int count;
  // Tokens ready to go out, in order.
  private State[] out = new State[8];
  private Word[] outWords = new Word[8];
  private boolean[] outKeyword = new boolean[8];
  private int[] outLater = new int[8]; // positions the token after this one moves on by
  private String[] outId = new String[8]; // an ID token made from the state: its text, offsets and position
  private int[] outStart = new int[8];
  private int[] outEnd = new int[8];
  private int[] outPosInc = new int[8];
  private int[] outPosLen = new int[8];
  private int outCount;
  private int outNext;

  private boolean exhausted;
  private Word previous; // the last token emitted: a cue before a name
  private int pendingPosInc; // positions of dropped name tokens, carried to the next token

  /**
   * @param names the names to find
   * @param types the entity types to add IDs for ({@code place}, {@code actor}, {@code outlet}, {@code country}), or
   *     null for all
   * @param keepOriginal whether the tokens of a name stay beside its ID token
   * @param ignoreCase whether a Latin name also counts without its capital
   */
  public RasmCanonicalIdFilter(TokenStream input, NameIndex names, Set<String> types, boolean keepOriginal,
      boolean ignoreCase) {
    super(input);
    this.names = names;
    this.types = types == null ? null : Set.copyOf(types);
    this.keepOriginal = keepOriginal;
    this.ignoreCase = ignoreCase;
  }

  /** What the filter knows about a term, worked out once per distinct term. */
  static final class Word {
    final String written;
    final String folded;
    final String norm;
    final boolean article; // passed over inside a name
    final boolean opens; // an article that may open a name
    final boolean lowerLatin; // starts with a Latin letter that is not a capital
    final String possessive; // norm without an English possessive, or null
    final NameIndex.Node first; // the trie after this word, from the root
    final NameIndex.Node[] cliticNodes; // the trie after each reading without a clitic that goes somewhere
    final String[] cliticRests; // the word from where the name starts: without the clitic, less what it keeps (لل)

    Word(NameIndex names, String written) {
      this.written = written;
      this.folded = SEARCH.foldToString(written);
      this.norm = names.normalize(folded);
      this.article = names.isArticle(folded);
      this.opens = names.opensName(folded, false);
      int c = written.isEmpty() ? ' ' : written.codePointAt(0);
      this.lowerLatin = Character.isLetter(c) && !Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      int n = written.length();
      boolean apostropheS = n > 3 && (written.charAt(n - 1) == 's' || written.charAt(n - 1) == 'S')
          && "'’‘`".indexOf(written.charAt(n - 2)) >= 0;
      this.possessive = apostropheS && norm.length() > 2 && norm.endsWith("s") ? norm.substring(0, norm.length() - 1) : null;
      this.first = step(names.root(), this);
      List<ArabicClitics.Unclitic> readings = ArabicClitics.without(folded);
      NameIndex.Node[] nodes = new NameIndex.Node[readings.size()];
      String[] rests = new String[readings.size()];
      int k = 0;
      for (ArabicClitics.Unclitic u : readings) {
        NameIndex.Node node = names.root().next(names.normalize(u.rest()));
        if (node != null) {
          nodes[k] = node;
          rests[k++] = folded.substring(u.skip());
        }
      }
      this.cliticNodes = Arrays.copyOf(nodes, k);
      this.cliticRests = Arrays.copyOf(rests, k);
    }

    boolean mayStart() {
      return first != null || cliticNodes.length > 0 || opens;
    }
  }

  private static NameIndex.Node step(NameIndex.Node node, Word w) {
    NameIndex.Node next = node.next(w.norm);
    return next != null || w.possessive == null ? next : node.next(w.possessive);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (outNext < outCount) {
      emitQueued();
      return true;
    }
    outNext = outCount = 0;
    if (count == 0) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        return false;
      }
      Word w = word();
      if (!w.mayStart() || posIncAtt.getPositionIncrement() == 0) {
        // the common case: a token that opens no name goes straight through, nothing captured; a token stacked on
        // another (a synonym from an earlier filter) is no word of the running text, and neither opens nor extends one
        previous = w;
        applyPendingPosInc();
        return true;
      }
      push(w);
    }
    if (!matchAtHead()) {
      queue(states[0], lookWords[0], false, 0);
      shift(1);
    }
    emitQueued();
    return true;
  }

  private Word word() {
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    Word w = words.get(buffer, 0, length);
    if (w == null) {
      w = new Word(names, new String(buffer, 0, length));
      if (words.size() >= CACHE_LIMIT) {
        words.clear(); // a bound, not an eviction policy: the common words come back at once
      }
      words.put(w.written.toCharArray(), w);
    }
    return w;
  }

  /** Reads ahead until token {@code k} of the lookahead exists; false at the end of the input. */
  private boolean fill(int k) throws IOException {
    while (count <= k) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        return false;
      }
      push(word());
    }
    return true;
  }

  private void push(Word w) {
    if (count == states.length) {
      int n = count * 2;
      states = Arrays.copyOf(states, n);
      lookWords = Arrays.copyOf(lookWords, n);
      posIncs = Arrays.copyOf(posIncs, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
    }
    states[count] = captureState();
    lookWords[count] = w;
    posIncs[count] = posIncAtt.getPositionIncrement();
    starts[count] = offsetAtt.startOffset();
    ends[count] = offsetAtt.endOffset();
    count++;
  }

  private void shift(int n) {
    System.arraycopy(states, n, states, 0, count - n);
    System.arraycopy(lookWords, n, lookWords, 0, count - n);
    System.arraycopy(posIncs, n, posIncs, 0, count - n);
    System.arraycopy(starts, n, starts, 0, count - n);
    System.arraycopy(ends, n, ends, 0, count - n);
    Arrays.fill(states, count - n, count, null);
    Arrays.fill(lookWords, count - n, count, null);
    count -= n;
  }

  private void queue(State state, Word word, boolean keyword, int later) {
    if (outCount == out.length) {
      int n = outCount * 2;
      out = Arrays.copyOf(out, n);
      outWords = Arrays.copyOf(outWords, n);
      outKeyword = Arrays.copyOf(outKeyword, n);
      outLater = Arrays.copyOf(outLater, n);
      outId = Arrays.copyOf(outId, n);
      outStart = Arrays.copyOf(outStart, n);
      outEnd = Arrays.copyOf(outEnd, n);
      outPosInc = Arrays.copyOf(outPosInc, n);
      outPosLen = Arrays.copyOf(outPosLen, n);
    }
    out[outCount] = state;
    outWords[outCount] = word;
    outKeyword[outCount] = keyword;
    outId[outCount] = null;
    outLater[outCount++] = later;
  }

  private void queueId(State first, Word word, String id, int start, int end, int posInc, int posLen, int later) {
    queue(first, word, true, later);
    int k = outCount - 1;
    outId[k] = id;
    outStart[k] = start;
    outEnd[k] = end;
    outPosInc[k] = posInc;
    outPosLen[k] = posLen;
  }

  private void emitQueued() {
    restoreState(out[outNext]);
    if (outKeyword[outNext]) {
      keywordAtt.setKeyword(true);
    }
    String id = outId[outNext];
    if (id != null) {
      termAtt.setEmpty().append(id);
      typeAtt.setType(TYPE);
      posIncAtt.setPositionIncrement(outPosInc[outNext]);
      posLenAtt.setPositionLength(outPosLen[outNext]);
      offsetAtt.setOffset(outStart[outNext], outEnd[outNext]);
      outId[outNext] = null;
    }
    if (outWords[outNext] != null) {
      previous = outWords[outNext];
    }
    applyPendingPosInc();
    pendingPosInc += outLater[outNext];
    out[outNext] = null;
    outNext++;
  }

  private void applyPendingPosInc() {
    if (pendingPosInc > 0) {
      posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + pendingPosInc);
      pendingPosInc = 0;
    }
  }

  /** The longest name from the first token of the lookahead; if there is one, queues it with its ID token. */
  private boolean matchAtHead() throws IOException {
    Word head = lookWords[0];
    if (posIncs[0] == 0 || !head.mayStart()) {
      return false;
    }
    int s = 0;
    if (head.opens) {
      s = 1; // the article opens the span; the name starts after it
      while (fill(s) && joined(s) && lookWords[s].article) {
        s++;
      }
      if (s >= count || !joined(s) || lookWords[s].first == null) {
        return false;
      }
    }
    Found best = walk(s, lookWords[s].first, null);
    if (best == null && s == 0) {
      for (int c = 0; c < head.cliticNodes.length; c++) {
        Found f = walk(0, head.cliticNodes[c], head.cliticRests[c]);
        if (f != null && (best == null || f.last > best.last)) {
          best = f;
        }
      }
    }
    if (best == null) {
      return false;
    }
    emitName(best.last, best.id);
    return true;
  }

  private record Found(int last, String id) {}

  /** The longest name from token {@code s}, whose trie node is {@code node}; {@code rest}: the first word without a clitic. */
  private Found walk(int s, NameIndex.Node node, String rest) throws IOException {
    Found best = null;
    int j = s;
    while (node != null) {
      if (node.endsName()) {
        String id = accept(s, j, node, rest);
        if (id != null) {
          best = new Found(j, id);
        }
      }
      if (node.isLeaf()) {
        break; // most names are one word: no need to read the next token
      }
      int k = j + 1;
      while (fill(k) && joined(k) && lookWords[k].article) {
        k++;
      }
      if (k >= count || !joined(k)) {
        break;
      }
      node = step(node, lookWords[k]);
      j = k;
    }
    return best;
  }

  /**
   * Whether token {@code k} of the lookahead may go on with a name from the token before it: it is a word of the
   * running text (not stacked on another), and at most one character (a space, a hyphen) lies between them. A comma
   * and a space, or a bracket, stop a name, as punctuation stops it in the tagger: "Latakia, an airport".
   */
  private boolean joined(int k) {
    return posIncs[k] > 0 && starts[k] - ends[k - 1] <= 1;
  }

  /** The ID that the name of tokens {@code s..j} stands for, or null when it stands for none that is wanted. */
  private String accept(int s, int j, NameIndex.Node node, String rest) throws IOException {
    CharSequence written = node.hasAcronym() ? join(s, j, false, null) : "";
    Resolution r = names.decide(node, written);
    if (r == null || r.id() == null || types != null && !types.contains(r.type())) {
      return null;
    }
    if (!ignoreCase && lookWords[s].lowerLatin && !node.hasLowerCaseName()) {
      return null;
    }
    if (rest != null && !names.articleKept(node, written, rest)) {
      return null;
    }
    if (names.hasDemonyms(node)) {
      String folded = s == j ? (rest != null ? rest : lookWords[s].folded) : join(s, j, true, rest);
      if (names.isDemonym(node, folded)) {
        return null;
      }
    }
    if (node.isCommonWord() && !cueBeside(j)) {
      return null;
    }
    return r.id();
  }

  /** Whether a cue stands before the lookahead's first token or right after token {@code j}. */
  private boolean cueBeside(int j) throws IOException {
    if (previous != null && names.cueBefore(previous.folded) != null) {
      return true;
    }
    return fill(j + 1) && names.isCueAfter(lookWords[j + 1].folded);
  }

  private String join(int s, int j, boolean folded, String firstRest) {
    StringBuilder sb = new StringBuilder();
    for (int k = s; k <= j; k++) {
      if (k > s) {
        sb.append(' ');
      }
      sb.append(k == s && firstRest != null ? firstRest : folded ? lookWords[k].folded : lookWords[k].written);
    }
    return sb.toString();
  }

  /** Queues tokens 0..last of the lookahead, a name, with the ID token after the first. */
  private void emitName(int last, String id) {
    int span = 1;
    for (int k = 1; k <= last; k++) {
      span += posIncs[k];
    }
    if (keepOriginal) {
      queue(states[0], lookWords[0], true, 0);
      queueId(states[0], null, id, starts[0], ends[last], 0, span, 0);
      for (int k = 1; k <= last; k++) {
        queue(states[k], lookWords[k], true, 0);
      }
    } else {
      queueId(states[0], lookWords[last], id, starts[0], ends[last], posIncs[0], span, span - 1);
    }
    shift(last + 1);
  }

  @Override
  public void end() throws IOException {
    super.end();
    applyPendingPosInc();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    Arrays.fill(states, 0, count, null);
    Arrays.fill(lookWords, 0, count, null);
    Arrays.fill(out, null);
    Arrays.fill(outId, null);
    count = 0;
    outCount = outNext = 0;
    exhausted = false;
    previous = null;
    pendingPosInc = 0;
  }
}
