package org.rasm.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class UnpairedSurrogatesTest {
  private static final String IN = "a\uD83D\uDE00\uD800b\uDC00 \uDBFF\uDBFF\uDFFF\uD800";
  private static final String OUT = "a\uD83D\uDE00\uFFFDb\uFFFD \uFFFD\uDBFF\uDFFF\uFFFD";

  @Test
  void replacesUnpairedSurrogatesOneForOne() throws IOException {
    for (int size = 1; size <= IN.length() + 1; size++) {
      assertEquals(OUT, readAll(new UnpairedSurrogates(new StringReader(IN)), size), "reads of " + size);
      assertEquals(OUT, readAll(new UnpairedSurrogates(new Trickle(IN, size)), 7), "input in pieces of " + size);
    }
    assertEquals("", readAll(new UnpairedSurrogates(new StringReader("")), 4));
  }

  private static String readAll(Reader r, int size) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[size];
    for (int n = r.read(buf, 0, size); n >= 0; n = r.read(buf, 0, size)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** A reader that gives at most {@code piece} chars a read, as a network stream may. */
  private static final class Trickle extends Reader {
    private final String text;
    private final int piece;
    private int pos;

    Trickle(String text, int piece) {
      this.text = text;
      this.piece = piece;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (pos == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, piece), text.length() - pos);
      text.getChars(pos, pos + n, buf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
