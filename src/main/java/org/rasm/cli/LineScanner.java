package org.rasm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a stream at line feeds, a block at a time; a line over the limit is skipped to its end and flagged. */
final class LineScanner {
  private final InputStream in;
  private final int limit;
  private final byte[] block = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  byte[] buf = new byte[8192];
  int len;
  boolean tooLong;

  LineScanner(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Reads the next line into {@code buf}; false at the end of the stream. */
  boolean next() throws IOException {
    len = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || (end = in.read(block, 0, block.length)) <= 0) {
          eof = true;
          end = 0;
          pos = 0;
          return any;
        }
        pos = 0;
      }
      any = true;
      int nl = pos;
      while (nl < end && block[nl] != '\n') {
        nl++;
      }
      append(pos, nl);
      boolean found = nl < end;
      pos = found ? nl + 1 : end;
      if (found) {
        return true;
      }
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || len + n > limit) {
      tooLong = true;
      return;
    }
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(len + n, Math.min(buf.length * 2, limit)));
    }
    System.arraycopy(block, from, buf, len, n);
    len += n;
  }
}
