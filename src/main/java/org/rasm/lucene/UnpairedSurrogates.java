package org.rasm.lucene;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Passes text through with every unpaired surrogate replaced by U+FFFD, one char for one, so offsets stay as they
 * are. Lucene's StandardTokenizer loses the end of the text after a high surrogate that ends it: its final offset
 * comes out as 0, which an index rejects or stores wrong; the folding turns unpaired surrogates into U+FFFD anyway.
 * A char filter, so that the offset corrections of char filters before it still reach the tokenizer.
 */
final class UnpairedSurrogates extends CharFilter {
  private static final char REPLACEMENT = '\uFFFD';

  private final char[] chunk = new char[1024];
  private int pos;
  private int end;
  /** The last char given out was a high surrogate whose low surrogate is {@code chunk[pos]}. */
  private boolean lowNext;

  UnpairedSurrogates(Reader in) {
    super(in);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff; // one char for one
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len && available(1)) {
      char c = chunk[pos];
      char out = c;
      if (lowNext) {
        lowNext = false;
      } else if (Character.isHighSurrogate(c)) {
        lowNext = available(2) && Character.isLowSurrogate(chunk[pos + 1]);
        out = lowNext ? c : REPLACEMENT;
      } else if (Character.isLowSurrogate(c)) {
        out = REPLACEMENT;
      }
      buf[off + n++] = out;
      pos++;
    }
    return n == 0 ? -1 : n;
  }

  /** Whether {@code count} chars are buffered, after reading more if needed; false at the end of the input. */
  private boolean available(int count) throws IOException {
    if (end - pos >= count) {
      return true;
    }
    System.arraycopy(chunk, pos, chunk, 0, end - pos);
    end -= pos;
    pos = 0;
    while (end < count) {
      int r = input.read(chunk, end, chunk.length - end);
      if (r < 0) {
        return false;
      }
      end += r;
    }
    return true;
  }
}
