package org.rasm.fold;

import java.util.Arrays;
import java.util.Objects;

/**
 * Folds text in one {@link FoldProfile}, keeping the way back to the original.
 *
 * <p>The work is one pass over the text with a table lookup per {@code char}; only combining marks that may compose
 * or reorder, surrogate pairs and apostrophes inside words look at their neighbours. For combining sequences the
 * folder goes back to the last character that starts a normalisation segment and folds the whole sequence (NFC, then
 * the rows, to a fixpoint), so decomposed and precomposed input fold alike and the output is always NFC.
 *
 * <p>Instances are immutable and thread-safe; get them with {@link #of(FoldProfile)}.
 *
 * <pre>{@code
 * Folded f = TextFolder.of(FoldProfile.SEARCH).fold("قَصَفَتْ طائرات");
 * f.text();                // "قصفت طايرات"
 * f.originalText(0, 4);    // "قَصَفَتْ"
 * }</pre>
 */
public final class TextFolder {
  private final FoldProfile profile;
  private final FoldTable table;
  private final KeyParts keyParts;

  private TextFolder(FoldProfile profile) {
    this.profile = profile;
    this.table = new FoldTable(FoldRules.chain(profile));
    this.keyParts = profile == FoldProfile.KEY ? new KeyParts(FoldRules.chain(profile)) : null;
  }

  /** The folder for {@code profile}; its tables are built on first use and shared. */
  public static TextFolder of(FoldProfile profile) {
    return switch (Objects.requireNonNull(profile, "profile")) {
      case DISPLAY -> Display.FOLDER;
      case SEARCH -> Search.FOLDER;
      case KEY -> Key.FOLDER;
    };
  }

  // A holder per profile: the JVM builds each folder once, on first use, and reads it without a lock after that; a
  // profile's tables take a while to build and most callers need one or two profiles.
  private static final class Display {
    static final TextFolder FOLDER = new TextFolder(FoldProfile.DISPLAY);
  }

  private static final class Search {
    static final TextFolder FOLDER = new TextFolder(FoldProfile.SEARCH);
  }

  private static final class Key {
    static final TextFolder FOLDER = new TextFolder(FoldProfile.KEY);
  }

  public FoldProfile profile() {
    return profile;
  }

  /** Folds {@code text}. Never throws for any string, unpaired surrogates included (they become U+FFFD). */
  public Folded fold(CharSequence text) {
    String original = text.toString();
    SegmentBuilder charSegments = new SegmentBuilder();
    String chars = foldChars(original, charSegments);
    OffsetMap charOffsets = charSegments.build(chars.length(), original.length());
    if (keyParts == null) {
      return new Folded(original, chars, profile, charOffsets);
    }
    SegmentBuilder partSegments = new SegmentBuilder();
    String parts = keyParts.apply(chars, partSegments);
    return new Folded(original, parts, profile, partSegments.build(parts.length(), chars.length()).then(charOffsets));
  }

  /** Folds {@code text} as {@link #fold} does, without the offsets back to it, which cost as much again to keep. */
  public String foldToString(CharSequence text) {
    String chars = foldChars(text.toString(), SegmentBuilder.DISCARD);
    return keyParts == null ? chars : keyParts.apply(chars, SegmentBuilder.DISCARD);
  }

  /**
   * Folds the first {@code length} chars of {@code buffer} in place, as {@link #fold} would, when each of them folds
   * to one character whatever its neighbours: most words, which have no combining marks, expansions or apostrophes.
   * Returns false and leaves the buffer untouched when some character needs {@link #fold}, and always for the
   * {@code key} profile. Token filters fold each token this way without allocating.
   */
  public boolean foldInPlace(char[] buffer, int length) {
    if (keyParts != null) {
      return false;
    }
    final char[] fast = table.fast;
    for (int i = 0; i < length; i++) {
      if (fast[buffer[i]] == FoldTable.NOT_FAST) {
        return false;
      }
    }
    for (int i = 0; i < length; i++) {
      buffer[i] = fast[buffer[i]];
    }
    return true;
  }

  private String foldChars(String original, SegmentBuilder seg) {
    final char[] in = original.toCharArray();
    final int len = in.length;
    final byte[] kind = table.kind;
    final char[] single = table.single;
    final char[] fast = table.fast;
    char[] out = new char[len + 8];
    int o = 0;
    int expectIn = -1; // the input index that would continue the current linear segment
    // The last character that starts a normalisation segment: where it was read, where it was written, and how many
    // segments there were before it. A combining sequence is folded again from there.
    int bIn = 0;
    int bOut = 0;
    int bSeg = 0;
    // Invariant: out has room for at least one char per remaining input char.
    int sequenceFrom = -1;
    int[] removed = new int[4]; // input positions removed by context since the last starter
    int removedCount = 0;
    int i = 0;
    while (i < len) {
      // The common case first: a run of characters that map to one character each, whatever their neighbours.
      int runStart = i;
      int runOut = o;
      char f;
      while (i < len && (f = fast[in[i]]) != FoldTable.NOT_FAST) {
        out[o++] = f;
        i++;
      }
      if (i > runStart) {
        if (runStart != expectIn) {
          seg.linear(runOut, runStart);
        }
        expectIn = i;
        bIn = i - 1;
        bOut = o - 1;
        bSeg = seg.size();
        removedCount = 0;
        if (i == len) {
          break;
        }
      }
      char c = in[i];
      switch (kind[c]) {
        case FoldTable.DELETE -> i++;
        case FoldTable.IN_WORD -> {
          if (o > 0 && Character.isLetter(out[o - 1]) && letterFollows(in, i + 1)) {
            // removed by context: a combining sequence folded again from the starter before it must leave it out
            if (removedCount == removed.length) {
              removed = Arrays.copyOf(removed, removedCount * 2);
            }
            removed[removedCount++] = i;
            i++;
          } else {
            bIn = i;
            bOut = o;
            bSeg = seg.size();
            removedCount = 0;
            if (i != expectIn) {
              seg.linear(o, i);
            }
            out[o++] = single[c];
            expectIn = ++i;
          }
        }
        case FoldTable.EXPAND -> {
          String e = table.expansion[c];
          out = ensure(out, o + e.length() + (len - i - 1));
          bIn = i;
          bOut = o;
          bSeg = seg.size();
          removedCount = 0;
          seg.atomic(o, i);
          e.getChars(0, e.length(), out, o);
          o += e.length();
          i++;
          expectIn = -1;
        }
        case FoldTable.SURROGATE -> {
          int cp = Character.codePointAt(in, i, len);
          int n = Character.charCount(cp);
          if (n == 1) {
            cp = 0xFFFD; // an unpaired surrogate: not text, and not storable as UTF-8
          } else if (!CodePointFolding.isNfcBoundary(cp)) {
            sequenceFrom = i + n;
            break;
          }
          String m = table.foldCodePoint(cp);
          out = ensure(out, o + m.length() + (len - i - n));
          bIn = i;
          bOut = o;
          bSeg = seg.size();
          removedCount = 0;
          if (m.length() == n && m.regionMatches(0, original, i, n)) {
            if (i != expectIn) {
              seg.linear(o, i);
            }
            expectIn = i + n;
          } else {
            seg.atomic(o, i);
            expectIn = -1;
          }
          m.getChars(0, m.length(), out, o);
          o += m.length();
          i += n;
        }
        default -> sequenceFrom = i + 1; // SLOW
      }
      if (sequenceFrom >= 0) {
        // A combining sequence: fold it again from its starter, as one unit.
        int end = sequenceEnd(in, sequenceFrom);
        sequenceFrom = -1;
        String folded = table.folding.fold(withoutRemoved(in, bIn, end, removed, removedCount));
        seg.truncate(bSeg);
        o = bOut;
        out = ensure(out, o + folded.length() + (len - end));
        if (!folded.isEmpty()) {
          seg.atomic(o, bIn);
          folded.getChars(0, folded.length(), out, o);
          o += folded.length();
        }
        i = end;
        expectIn = -1;
      }
    }
    return new String(out, 0, o);
  }

  private int sequenceEnd(char[] in, int from) {
    int end = from;
    while (end < in.length) {
      byte k = table.kind[in[end]];
      if (k == FoldTable.SLOW || k == FoldTable.DELETE) {
        end++;
      } else if (k == FoldTable.SURROGATE) {
        int cp = Character.codePointAt(in, end, in.length);
        if (CodePointFolding.isNfcBoundary(cp)) {
          break;
        }
        end += Character.charCount(cp);
      } else {
        break;
      }
    }
    return end;
  }

  private static String withoutRemoved(char[] in, int from, int end, int[] removed, int removedCount) {
    if (removedCount == 0) {
      return new String(in, from, end - from);
    }
    StringBuilder sb = new StringBuilder(end - from);
    int r = 0;
    for (int k = from; k < end; k++) {
      while (r < removedCount && removed[r] < k) {
        r++;
      }
      if (r < removedCount && removed[r] == k) {
        continue;
      }
      sb.append(in[k]);
    }
    return sb.toString();
  }

  /** Whether a letter comes next in the folded text: removed characters skipped, marks judged by what they fold to. */
  private boolean letterFollows(char[] in, int from) {
    int j = from;
    while (j < in.length) {
      byte k = table.kind[in[j]];
      if (k == FoldTable.DELETE) {
        j++;
      } else if (k == FoldTable.SLOW && isMark(in[j])) {
        String folded = table.foldCodePoint(in[j]);
        if (!folded.isEmpty() && Character.isLetter(folded.codePointAt(0))) {
          return true; // a mark that folds to a letter (U+0345 to iota)
        }
        j++;
      } else {
        return Character.isLetter(Character.codePointAt(in, j));
      }
    }
    return false;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static char[] ensure(char[] out, int capacity) {
    return capacity <= out.length ? out : Arrays.copyOf(out, Math.max(capacity, out.length * 2));
  }
}
