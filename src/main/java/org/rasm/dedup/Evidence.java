package org.rasm.dedup;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.openhft.hashing.LongHashFunction;

/**
 * What verifying a candidate pair reads of one document, in a compact form that can go to disk or over a network: its
 * shingles, a one-byte-per-value sketch of its MinHash, and its facts as sorted hashes, with the decisive ones
 * (numbers and places) apart.
 *
 * <pre>{@code
 * byte[] b = Evidence.of(signature).toBytes();
 * new PairVerifier(0.5).score(Layer.NEAR, Evidence.fromBytes(a), Evidence.fromBytes(b));
 * }</pre>
 *
 * @param id the document's name
 * @param language ISO 639-1 code of its language, or null
 * @param shingles sorted shingle hashes, as {@link Signature#shingles()}
 * @param sketch the low byte of each MinHash value
 * @param facts sorted hashes of its facts
 * @param decisive sorted hashes of the facts two reports must not disagree on: numbers and places
 */
public record Evidence(String id, String language, long[] shingles, byte[] sketch, long[] facts, long[] decisive) {
  private static final LongHashFunction XX3 = LongHashFunction.xx3();

  /** The evidence of a signed document. */
  public static Evidence of(Signature s) {
    long[] facts = new long[s.facts().size()];
    long[] decisive = new long[s.facts().size()];
    int f = 0;
    int d = 0;
    for (String fact : s.facts()) {
      long h = XX3.hashChars(fact);
      facts[f++] = h;
      if (fact.startsWith("#") || fact.startsWith("place:")) {
        decisive[d++] = h;
      }
    }
    Arrays.sort(facts);
    decisive = Arrays.copyOf(decisive, d);
    Arrays.sort(decisive);
    byte[] sketch = new byte[s.minhash().length];
    for (int i = 0; i < sketch.length; i++) {
      sketch[i] = (byte) s.minhash()[i];
    }
    return new Evidence(s.id(), s.language(), s.shingles(), sketch, facts, decisive);
  }

  /**
   * The Jaccard similarity of two documents as their sketches estimate it: a value agrees when the MinHash does, or
   * by chance, one time in 256.
   */
  static double estimatedJaccard(byte[] a, byte[] b) {
    int n = Math.min(a.length, b.length);
    if (n == 0) {
      return 0;
    }
    int agree = 0;
    for (int i = 0; i < n; i++) {
      if (a[i] == b[i]) {
        agree++;
      }
    }
    return ((double) agree / n - 1.0 / 256) / (1 - 1.0 / 256);
  }

  /** About what the record takes in memory. */
  long bytes() {
    return 112L + 2L * id.length() + sketch.length + 8L * (shingles.length + facts.length + decisive.length);
  }

  void write(DataOutput out) throws IOException {
    writeString(out, id);
    writeString(out, language == null ? "" : language);
    writeLongs(out, shingles);
    out.writeInt(sketch.length);
    out.write(sketch);
    writeLongs(out, facts);
    writeLongs(out, decisive);
  }

  /** The record as {@link #fromBytes} reads it. */
  public byte[] toBytes() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, bytes()));
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      write(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /** The record {@link #toBytes} wrote. */
  public static Evidence fromBytes(byte[] bytes) {
    return read(ByteBuffer.wrap(bytes));
  }

  static Evidence read(ByteBuffer in) {
    String id = readString(in);
    String language = readString(in);
    long[] shingles = readLongs(in);
    byte[] sketch = new byte[in.getInt()];
    in.get(sketch);
    return new Evidence(id, language.isEmpty() ? null : language, shingles, sketch, readLongs(in), readLongs(in));
  }

  /** Just the id, which every record starts with. */
  static String readId(ByteBuffer in) {
    return readString(in);
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void writeLongs(DataOutput out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long v : values) {
      out.writeLong(v);
    }
  }

  private static long[] readLongs(ByteBuffer in) {
    long[] values = new long[in.getInt()];
    in.asLongBuffer().get(values);
    in.position(in.position() + 8 * values.length);
    return values;
  }
}
