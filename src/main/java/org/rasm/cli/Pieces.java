package org.rasm.cli;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.util.Arrays;

/**
 * The text of a long file held a window at a time, and the places where it can be cut so that each side folds as
 * it does inside the whole text: memory follows the window, not the length of the file or of a line.
 */
final class Pieces {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final TextStream in;
  private char[] buf;
  private int len;
  private long base; // the position in the whole text of buf[0]
  private boolean eof;

  Pieces(TextStream in, int capacity) {
    this.in = in;
    this.buf = new char[Math.max(capacity, 16)];
  }

  /** Reads until {@code want} chars from {@link #base()} are held, or the text ends. */
  void fill(int want) throws IOException {
    if (want > buf.length) {
      buf = Arrays.copyOf(buf, want);
    }
    while (len < want && !eof) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        eof = true;
      } else {
        len += n;
      }
    }
  }

  /** Forgets the text before position {@code pos} of the whole text. */
  void drop(long pos) {
    int n = (int) (pos - base);
    System.arraycopy(buf, n, buf, 0, len - n);
    len -= n;
    base = pos;
  }

  long base() {
    return base;
  }

  /** How many chars are held. */
  int length() {
    return len;
  }

  /** Whether the text held runs to the end of the text. */
  boolean atEnd() {
    return eof;
  }

  char[] chars() {
    return buf;
  }

  String text(int from, int to) {
    return new String(buf, from, to - from);
  }

  /**
   * The last place in {@code (from, to]} where the held text can be cut so that both sides fold as inside the whole:
   * after a line break, else after white space, else (with {@code inWords}) between two letters or digits; the text
   * after the cut must not begin with a character that attaches to the one before (a combining mark, a joiner, the
   * second half of a surrogate pair, a character NFC composes with what precedes it). -1 if there is none.
   */
  int cut(int from, int to, boolean inWords) {
    to = Math.min(to, len);
    for (int p = to; p > from + (to - from) / 2; p--) {
      if (buf[p - 1] == '\n' && startsCleanly(p)) {
        return p; // in the second half only: a line break is worth no piece of half the size
      }
    }
    for (int p = to; p > from; p--) {
      if (Character.isWhitespace(buf[p - 1]) && startsCleanly(p)) {
        return p;
      }
    }
    if (inWords) {
      for (int p = to; p > from; p--) {
        if (isLetterOrDigit(buf[p - 1]) && p < len && isLetterOrDigit(buf[p]) && startsCleanly(p)) {
          return p;
        }
      }
    }
    return -1;
  }

  /** A place to cut when there is no clean one: a code point boundary, at the worst in a combining sequence. */
  int anyCut(int to) {
    to = Math.min(to, len);
    return to < len && Character.isLowSurrogate(buf[to]) && Character.isHighSurrogate(buf[to - 1]) ? to - 1 : to;
  }

  /** The code point at {@code p} of the held text, which must be at a code point boundary. */
  int codePointAt(int p) {
    return Character.codePointAt(buf, p, len);
  }

  private boolean startsCleanly(int p) {
    if (p == len) {
      return eof;
    }
    char c = buf[p];
    if (Character.isSurrogate(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK
        && type != Character.FORMAT && NFC.hasBoundaryBefore(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
  }
}
