package org.rasm.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Records of bytes appended to a temporary file and read back by their number, for work that must not hold all it
 * has seen in memory: the operating system's page cache keeps the hot part, not the heap. Only the offsets stay in
 * memory (8 bytes a record). The file is deleted on {@link #close()}.
 *
 * <p>Not thread-safe.
 */
public final class RecordFile implements AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private long[] offsets = new long[1024]; // where each record starts, and where the next one goes
  private int size;
  private final FileChannel channel;
  private boolean reading;

  /** A new file in {@code dir}, its name starting with {@code prefix}. */
  public RecordFile(Path dir, String prefix) throws IOException {
    file = Files.createTempFile(dir, prefix, ".bin");
    // one channel for writing and reading; on POSIX systems DELETE_ON_CLOSE removes the name at once, so that not
    // even a killed process leaves the file behind
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
  }

  /** Appends a record; its number is the count of records before it. */
  public int append(byte[] record) throws IOException {
    if (reading) {
      throw new IllegalStateException("appending after reading");
    }
    out.write(record);
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[size + 1] = offsets[size] + record.length;
    return size++;
  }

  public int size() {
    return size;
  }

  /** The record numbered {@code index}, read whole. Once reading has begun, nothing more is appended. */
  public ByteBuffer read(int index) throws IOException {
    if (!reading) {
      out.flush();
      reading = true;
    }
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(offsets[index + 1] - offsets[index]));
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offsets[index] + buffer.position()) < 0) {
        throw new IOException(file + " ends before record " + index);
      }
    }
    return buffer.flip();
  }

  @Override
  public void close() throws IOException {
    try (channel; out) {
      // closed in reverse: the stream's last bytes go before the channel
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
