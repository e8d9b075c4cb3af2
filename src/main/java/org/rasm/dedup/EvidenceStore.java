package org.rasm.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rasm.data.RecordFile;

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
  private RecordFile file;
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
      if (file == null) {
        held.add(e);
        heldBytes += e.bytes();
        if (heldBytes > budget) {
          spill();
        }
      } else {
        file.append(e.toBytes());
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
    if (file == null) {
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
    return file == null ? held.get(doc).id() : Evidence.readId(record(doc));
  }

  private ByteBuffer record(int doc) {
    try {
      return file.read(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void spill() throws IOException {
    file = new RecordFile(tempDir, "rasm-evidence-");
    for (Evidence e : held) {
      file.append(e.toBytes());
    }
    held.clear();
    heldBytes = 0;
  }

  @Override
  public void close() {
    try {
      if (file != null) {
        file.close();
      }
    } catch (IOException e) {
      // a temporary file the system cleans anyway
    }
    held.clear();
  }
}
