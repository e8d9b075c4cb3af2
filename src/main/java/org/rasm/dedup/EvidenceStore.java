package org.rasm.dedup;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link Evidence} of every document, by document number: in memory up to a budget, then in a temporary file read
 * back by position (the operating system's page cache, not the heap, keeps the hot part). A small cache keeps the
 * records a bucket compares again and again.
 *
 * <p>Not thread-safe: one deduplication adds and reads.
 */
final class EvidenceStore implements AutoCloseable {
  private static final int CACHE = 1 << 12;

  private final long budget;
  private final Path tempDir;
  private final List<Evidence> held = new ArrayList<>();
  private long heldBytes;
  private Path file;
  private BufferedOutputStream out;
  private final ByteArrayOutputStream encoded = new ByteArrayOutputStream(4096);
  private final DataOutputStream encoder = new DataOutputStream(encoded);
  private FileChannel channel;
  private long[] offsets = new long[1024]; // of each record in the file, and where the next one goes
  private int size;
  private final Evidence[] cache = new Evidence[CACHE];
  private final int[] cached = new int[CACHE];

  EvidenceStore(long budgetBytes, Path tempDir) {
    this.budget = budgetBytes;
    this.tempDir = tempDir;
    Arrays.fill(cached, -1);
  }

  int add(Evidence e) {
    try {
      if (out == null) {
        held.add(e);
        heldBytes += e.bytes();
        if (heldBytes > budget) {
          spill();
        }
      } else {
        append(size, e);
      }
    } catch (IOException x) {
      throw new UncheckedIOException("cannot write document evidence to " + tempDir + ": " + x.getMessage(), x);
    }
    return size++;
  }

  int size() {
    return size;
  }

  boolean onDisk() {
    return file != null;
  }

  Evidence get(int doc) {
    if (out == null) {
      return held.get(doc);
    }
    int slot = doc & (CACHE - 1);
    if (cached[slot] != doc) {
      cache[slot] = Evidence.read(record(doc));
      cached[slot] = doc;
    }
    return cache[slot];
  }

  String id(int doc) {
    return out == null ? held.get(doc).id() : Evidence.readId(record(doc));
  }

  private ByteBuffer record(int doc) {
    try {
      if (channel == null) {
        out.flush();
        channel = FileChannel.open(file, StandardOpenOption.READ);
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) (offsets[doc + 1] - offsets[doc]));
      long at = offsets[doc];
      while (buffer.hasRemaining()) {
        int read = channel.read(buffer, at + buffer.position());
        if (read < 0) {
          throw new IOException("document evidence file ends early");
        }
      }
      return buffer.flip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void spill() throws IOException {
    file = Files.createTempFile(tempDir, "rasm-evidence-", ".bin");
    out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    for (int doc = 0; doc < held.size(); doc++) {
      append(doc, held.get(doc));
    }
    held.clear();
    heldBytes = 0;
  }

  private void append(int doc, Evidence e) throws IOException {
    encoded.reset();
    e.write(encoder);
    encoded.writeTo(out);
    if (doc + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[doc + 1] = offsets[doc] + encoded.size();
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
      if (channel != null) {
        channel.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a temporary file the system cleans anyway
    }
    held.clear();
  }
}
