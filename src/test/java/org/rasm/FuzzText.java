package org.rasm;

/**
 * Fuzzer bytes as a Java string, for the fuzz tests. The bytes are read as UTF-8 so that seed files are plain text
 * (real document snippets reach the matching code); unlike the JDK's decoder this one also lets encoded surrogates
 * through one by one (ED A0 80 is an unpaired U+D800), because Java strings can hold them and the code under test must
 * cope. Bytes that start no sequence become U+FFFD.
 */
public final class FuzzText {
  private FuzzText() {}

  public static String of(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int more = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      int cp = more == 1 ? c & 0x1F : more == 2 ? c & 0x0F : more == 3 ? c & 0x07 : c;
      int j = 1;
      while (j <= more && i + j < b.length && (b[i + j] & 0xC0) == 0x80) {
        cp = cp << 6 | (b[i + j] & 0x3F);
        j++;
      }
      if (more < 0 || j <= more || cp > Character.MAX_CODE_POINT) {
        sb.append('\uFFFD');
        i++;
      } else {
        sb.appendCodePoint(cp);
        i += j;
      }
    }
    return sb.toString();
  }
}
