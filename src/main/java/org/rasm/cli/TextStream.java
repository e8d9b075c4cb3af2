package org.rasm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 a block at a time, so that a file of any length, or a line of any length, is read in bounded memory.
 * Says where the input is broken, as {@link Utf8#decode} does for a whole file, and drops a leading BOM.
 */
final class TextStream extends Reader {
  /** Bytes that are not UTF-8: the byte offset and line (1-based) of the first bad byte. */
  static final class Invalid extends IOException {
    final long byteOffset;
    final long line;

    Invalid(long byteOffset, long line) {
      super("invalid UTF-8 at byte " + byteOffset, null);
      this.byteOffset = byteOffset;
      this.line = line;
    }
  }

  /** A NUL byte: the input is binary, not text. */
  static final class Binary extends IOException {
    final long byteOffset;
    final long line;

    Binary(long byteOffset, long line) {
      super("NUL byte at " + byteOffset);
      this.byteOffset = byteOffset;
      this.line = line;
    }
  }

  /** The first NUL byte of {@code in}, or null. */
  static Binary firstNul(InputStream in) throws IOException {
    byte[] block = new byte[1 << 16];
    long offset = 0;
    long line = 1;
    for (int n; (n = in.read(block)) > 0; offset += n) {
      for (int i = 0; i < n; i++) {
        if (block[i] == 0) {
          return new Binary(offset + i, line);
        }
        line += block[i] == '\n' ? 1 : 0;
      }
    }
    return null;
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long bytesBefore; // bytes read and dropped before bytes[0]
  private long lines = 1; // the line of bytes[0], counted over the bytes decoded so far
  private boolean eof;
  private boolean flushed;
  private boolean first = true;

  TextStream(InputStream in, boolean replace) {
    this.in = in;
    CodingErrorAction action = replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
    this.decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (flushed) {
        return -1;
      }
      if (!bytes.hasRemaining() && !eof) {
        refill();
      }
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      countLines(before, bytes.position());
      if (result.isError()) {
        throw new Invalid(bytesBefore + bytes.position(), lines);
      }
      if (eof && result.isUnderflow()) {
        decoder.flush(out);
        flushed = true;
      } else if (result.isUnderflow()) {
        refill();
      }
    }
    int n = out.position() - off;
    if (first) {
      first = false;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        return n == 1 ? read(cbuf, off, len) : n - 1;
      }
    }
    return n;
  }

  /** Keeps the bytes of an unfinished sequence and reads more after them; a NUL byte ends the reading. */
  private void refill() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    int kept = bytes.position();
    int n = in.readNBytes(bytes.array(), kept, bytes.capacity() - kept);
    bytes.position(kept + n);
    if (n < bytes.capacity() - kept) {
      eof = true;
    }
    byte[] a = bytes.array();
    for (int i = kept; i < kept + n; i++) {
      if (a[i] == 0) {
        long line = lines;
        for (int k = 0; k < i; k++) {
          line += a[k] == '\n' ? 1 : 0;
        }
        throw new Binary(bytesBefore + i, line);
      }
    }
    bytes.flip();
  }

  private void countLines(int from, int to) {
    byte[] a = bytes.array();
    for (int i = from; i < to; i++) {
      if (a[i] == '\n') {
        lines++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
