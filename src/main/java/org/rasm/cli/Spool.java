package org.rasm.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Documents set aside in a temporary file until the command knows which to write: memory stays flat however many
 * documents pass. Deleted on {@link #close()}.
 */
final class Spool implements AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private final ByteArrayOutputStream encoded = new ByteArrayOutputStream(8192);
  private final DataOutputStream encoder = new DataOutputStream(encoded);
  private long[] offsets = new long[1024];
  private int size;
  private FileChannel channel;

  Spool(Path tempDir) throws IOException {
    file = Files.createTempFile(tempDir, "rasm-spool-", ".bin");
    out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  void add(Document doc) throws IOException {
    encoded.reset();
    for (String field : new String[] {doc.name(), doc.relative() == null ? "" : doc.relative().toString(), doc.text()}) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      encoder.writeInt(bytes.length);
      encoder.write(bytes);
    }
    encoded.writeTo(out);
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[size + 1] = offsets[size] + encoded.size();
    size++;
  }

  /** The document added {@code index}-th, with its name, path below its folder and text. */
  Document get(int index) throws IOException {
    if (channel == null) {
      out.flush();
      channel = FileChannel.open(file, StandardOpenOption.READ);
    }
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(offsets[index + 1] - offsets[index]));
    while (buffer.hasRemaining() && channel.read(buffer, offsets[index] + buffer.position()) >= 0) {
      // read on
    }
    buffer.flip();
    String name = string(buffer);
    String relative = string(buffer);
    String text = string(buffer);
    return new Document(name, text, null, relative.isEmpty() ? null : Path.of(relative), null);
  }

  private static String string(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    try (out) {
      if (channel != null) {
        channel.close();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
