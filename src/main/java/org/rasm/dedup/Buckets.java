package org.rasm.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The (bucket key, document) pairs of a deduplication, handed back sorted by key (unsigned) and, within a key, by
 * document. Pairs are held in memory up to a budget; past it each full buffer is sorted and written to a temporary
 * file (a run), and the runs are merged at the end, as large-scale dedup pipelines do. Documents are added in
 * ascending order and the sort is stable, so both paths give the same sequence.
 *
 * <p>Not thread-safe: one deduplication adds and reads.
 */
final class Buckets implements AutoCloseable {
  /** Two arrays of the pair and their sorting copies: 24 bytes a pair while sorting. */
  static final int BYTES_PER_PAIR = 24;
  private static final int IO_BUFFER = 1 << 16;

  interface Sink {
    void accept(long key, int doc);
  }

  private final int capacity;
  private final Path tempDir;
  private final List<FileChannel> runs = new ArrayList<>();
  private long[] keys = new long[1024];
  private int[] docs = new int[1024];
  private int size;

  Buckets(long budgetBytes, Path tempDir) {
    this.capacity = (int) Math.max(1024, Math.min(Integer.MAX_VALUE - 8, budgetBytes / BYTES_PER_PAIR));
    this.tempDir = tempDir;
  }

  void add(long key, int doc) {
    if (size == capacity) {
      spill();
    }
    if (size == keys.length) {
      int grown = (int) Math.min(capacity, keys.length * 2L);
      keys = java.util.Arrays.copyOf(keys, grown);
      docs = java.util.Arrays.copyOf(docs, grown);
    }
    keys[size] = key;
    docs[size++] = doc;
  }

  /** How many runs went to disk. */
  int runs() {
    return runs.size();
  }

  /** Hands every pair to the sink in order; the buffer is sorted in place, so this is called once. */
  void forEach(Sink sink) {
    sort();
    if (runs.isEmpty()) {
      for (int i = 0; i < size; i++) {
        sink.accept(keys[i], docs[i]);
      }
      return;
    }
    List<Cursor> cursors = new ArrayList<>();
    try {
      for (FileChannel run : runs) {
        cursors.add(new FileCursor(run, cursors.size()));
      }
      cursors.add(new MemoryCursor(cursors.size()));
      PriorityQueue<Cursor> heap = new PriorityQueue<>((a, b) -> {
        int c = Long.compareUnsigned(a.key, b.key);
        return c != 0 ? c : Integer.compare(a.order, b.order); // earlier runs hold earlier documents
      });
      for (Cursor c : cursors) {
        if (c.advance()) {
          heap.add(c);
        }
      }
      while (!heap.isEmpty()) {
        Cursor c = heap.poll();
        sink.accept(c.key, c.doc);
        if (c.advance()) {
          heap.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Cursor c : cursors) {
        c.close();
      }
    }
  }

  private void spill() {
    sort();
    try {
      // as RecordFile does: the name goes when the channel closes, and at once on POSIX, so a killed process
      // leaves no run behind
      FileChannel run = FileChannel.open(Files.createTempFile(tempDir, "rasm-buckets-", ".run"),
          StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
      runs.add(run);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(run), IO_BUFFER));
      for (int i = 0; i < size; i++) {
        out.writeLong(keys[i]);
        out.writeInt(docs[i]);
      }
      out.flush(); // not closed: that would close the channel, and the run with it
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a bucket run to " + tempDir + ": " + e.getMessage(), e);
    }
    size = 0;
  }

  /** A stable least-significant-byte radix sort of the buffer by unsigned key: 8 passes, none where a byte is constant. */
  private void sort() {
    long[] k = keys;
    int[] d = docs;
    long[] k2 = new long[size];
    int[] d2 = new int[size];
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < size; i++) {
        count[(int) ((k[i] >>> shift) & 0xff) + 1]++;
      }
      if (constant(count)) {
        continue;
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < size; i++) {
        int at = count[(int) ((k[i] >>> shift) & 0xff)]++;
        k2[at] = k[i];
        d2[at] = d[i];
      }
      long[] tk = k;
      k = k2;
      k2 = tk;
      int[] td = d;
      d = d2;
      d2 = td;
    }
    if (k != keys) {
      System.arraycopy(k, 0, keys, 0, size);
      System.arraycopy(d, 0, docs, 0, size);
    }
  }

  private boolean constant(int[] count) {
    for (int c : count) {
      if (c == size) {
        return true;
      }
    }
    return size == 0;
  }

  @Override
  public void close() {
    for (FileChannel run : runs) {
      try {
        run.close();
      } catch (IOException e) {
        // a temporary file the system cleans anyway
      }
    }
    runs.clear();
    keys = new long[0];
    docs = new int[0];
    size = 0;
  }

  private abstract static class Cursor {
    final int order;
    long key;
    int doc;

    Cursor(int order) {
      this.order = order;
    }

    abstract boolean advance() throws IOException;

    void close() {}
  }

  private final class MemoryCursor extends Cursor {
    private int next;

    MemoryCursor(int order) {
      super(order);
    }

    @Override
    boolean advance() {
      if (next == size) {
        return false;
      }
      key = keys[next];
      doc = docs[next++];
      return true;
    }
  }

  private static final class FileCursor extends Cursor {
    private final DataInputStream in;

    FileCursor(FileChannel run, int order) throws IOException {
      super(order);
      in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(run.position(0)), IO_BUFFER));
    }

    @Override
    boolean advance() throws IOException {
      try {
        key = in.readLong();
      } catch (EOFException e) {
        return false;
      }
      doc = in.readInt();
      return true;
    }

    @Override
    void close() {
      try {
        in.close();
      } catch (IOException e) {
        // read to the end already, or failing anyway
      }
    }
  }
}
