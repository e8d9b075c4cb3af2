package org.rasm.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the input is broken. */
final class Utf8 {
  private Utf8() {}

  /** Thrown for bytes that are not UTF-8, with the byte offset and line (1-based) of the first bad byte. */
  static final class InvalidUtf8 extends Exception {
    final long byteOffset;
    final long line;

    InvalidUtf8(long byteOffset, long line) {
      super("invalid UTF-8 at byte " + byteOffset, null, false, false);
      this.byteOffset = byteOffset;
      this.line = line;
    }
  }

  /** Decodes {@code bytes}; with {@code replace}, bad sequences become U+FFFD instead of failing. A leading BOM is dropped. */
  static String decode(byte[] bytes, int length, boolean replace) throws InvalidUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
        .onUnmappableCharacter(replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      long line = lineAt(bytes, at);
      throw new InvalidUtf8(at, line);
    }
    decoder.flush(out);
    out.flip();
    int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
    return out.subSequence(start, out.length()).toString();
  }

  /** The first NUL byte, which no text file holds, or -1. */
  static int indexOfNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The line (1-based) byte {@code offset} is on. */
  static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
