package org.rasm.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.rasm.data.RecordFile;

/**
 * Documents set aside in a temporary file until the command knows which to write: memory stays flat however many
 * documents pass. Deleted on {@link #close()}.
 */
final class Spool implements AutoCloseable {
  private final RecordFile file;
  private final ByteArrayOutputStream encoded = new ByteArrayOutputStream(8192);
  private final DataOutputStream encoder = new DataOutputStream(encoded);

  Spool(Path tempDir) throws IOException {
    file = new RecordFile(tempDir, "rasm-spool-");
  }

  void add(Document doc) throws IOException {
    encoded.reset();
    String record = doc.record() == null ? "" : doc.record().toString();
    for (String field : new String[] {doc.name(), doc.relative() == null ? "" : doc.relative().toString(), doc.text(), record}) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      encoder.writeInt(bytes.length);
      encoder.write(bytes);
    }
    file.append(encoded.toByteArray());
  }

  /**
   * A document set aside: its name, its path below the folder named on the command line (null for stdin), its text,
   * and the JSON record it came from (null for text input).
   */
  record Entry(String name, Path relative, String text, String json) {}

  /** The document added {@code index}-th. */
  Entry get(int index) throws IOException {
    ByteBuffer buffer = file.read(index);
    String name = string(buffer);
    String relative = string(buffer);
    String text = string(buffer);
    String json = string(buffer);
    return new Entry(name, relative.isEmpty() ? null : Path.of(relative), text, json.isEmpty() ? null : json);
  }

  private static String string(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
