package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the command line's PATHs (files, folders read recursively, {@code -} for stdin) into documents, reporting
 * what cannot be read without stopping at it.
 */
final class Inputs {
  private final InputOptions options;
  private final Diagnostics diagnostics;
  private final ObjectMapper json;
  private final InputStream stdin;
  private Consumer<LongText> longSink;
  private Runnable fileStarts;

  Inputs(InputOptions options, Diagnostics diagnostics, ObjectMapper json, InputStream stdin) {
    this.options = options;
    this.diagnostics = diagnostics;
    this.json = json;
    this.stdin = stdin;
  }

  /** A file the PATHs name, and its path below the folder that was named (its file name for a named file). */
  record Planned(Path source, Path relative) {}

  /** The files the PATHs name, in the order they are read; stdin is left out. */
  List<Planned> plan(List<String> paths) {
    List<Planned> planned = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        for (Path file : filesBelow(path)) {
          planned.add(new Planned(file, path.relativize(file)));
        }
      } else {
        planned.add(new Planned(path, path.getFileName()));
      }
    }
    return planned;
  }

  /**
   * Calls {@code sink} with each document, in order: the PATHs as given, each folder's files sorted by path; a file
   * named twice is read once.
   */
  void forEach(List<String> paths, Consumer<Document> sink) {
    forEach(paths, sink, null);
  }

  /**
   * A text file longer than {@code --chunk-chars} bytes, checked already (UTF-8, no NUL): read it with {@link #open()}
   * as often as needed, a block at a time.
   *
   * @param name how outputs and messages name it
   * @param source the file named, null for stdin
   * @param relative its path below the folder named on the command line
   * @param bytes where its bytes are: the file, or a temporary copy of stdin
   */
  record LongText(String name, Path source, Path relative, Bytes bytes, boolean replace) {
    TextStream open() throws IOException {
      return new TextStream(bytes.open(), replace);
    }
  }

  /** Bytes to be read from the start, as often as needed. */
  interface Bytes {
    InputStream open() throws IOException;
  }

  /**
   * As {@link #forEach(List, Consumer)}; with {@code longSink}, text files too long to read whole go there instead
   * of being refused.
   */
  void forEach(List<String> paths, Consumer<Document> sink, Consumer<LongText> longSink) {
    this.longSink = longSink;
    if (paths.isEmpty()) {
      paths = List.of("-");
    }
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (String p : paths) {
      if (p.equals("-")) {
        read("-", null, null, stdin, sink);
        continue;
      }
      for (Planned f : plan(List.of(p))) {
        Path real = f.source().toAbsolutePath().normalize();
        try {
          real = f.source().toRealPath();
        } catch (IOException e) {
          // reported when it is read
        }
        if (!seen.add(real)) {
          diagnostics.warn(f.source().toString(), "named more than once, read once");
          continue;
        }
        if (fileStarts != null) {
          fileStarts.run();
        }
        readFile(f.source().toString(), f.source(), f.relative(), sink);
      }
    }
  }

  /** Calls {@code hook} before each file is read, so that what goes wrong with a file can be told from the file before. */
  void onFileStart(Runnable hook) {
    this.fileStarts = hook;
  }

  /** The regular files below {@code dir}, sorted, without hidden files and folders or links to elsewhere. */
  List<Path> filesBelow(Path dir) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> !isHidden(dir.relativize(f)))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      diagnostics.fail(dir.toString(), "cannot list folder: " + e.getMessage());
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(String name, Path file, Path relative, Consumer<Document> sink) {
    try (InputStream in = Files.newInputStream(file)) {
      read(name, file, relative, in, sink);
    } catch (NoSuchFileException e) {
      diagnostics.fail(name, "no such file or directory");
    } catch (IOException e) {
      diagnostics.fail(name, "cannot read: " + Diagnostics.reason(e));
    }
  }

  private void read(String name, Path file, Path relative, InputStream in, Consumer<Document> sink) {
    try {
      if (options.input == InputOptions.Kind.jsonl) {
        readJsonLines(name, file, relative, in, sink);
      } else {
        int whole = longSink != null ? options.chunkChars : options.maxRecordBytes;
        byte[] bytes = in.readNBytes((int) Math.min(whole + 1L, Integer.MAX_VALUE - 8)); // the largest array a JVM makes
        if (bytes.length > whole) {
          if (longSink == null) {
            diagnostics.fail(name, "longer than --max-record-bytes " + options.maxRecordBytes + " bytes, the most this command reads at once");
          } else {
            readLong(name, file, relative, bytes, in);
          }
          return;
        }
        int nul = Utf8.indexOfNul(bytes, bytes.length);
        if (nul >= 0) {
          binary(name, Utf8.lineAt(bytes, nul), nul);
          return;
        }
        String text;
        try {
          text = Utf8.decode(bytes, bytes.length, options.onInvalid == InputOptions.OnInvalid.replace);
        } catch (Utf8.InvalidUtf8 e) {
          diagnostics.fail(name + ":" + e.line, "invalid UTF-8 at byte " + e.byteOffset + " (--on-invalid replace substitutes U+FFFD)");
          return;
        }
        sink.accept(new Document(name, text, file, relative, null));
      }
    } catch (IOException e) {
      diagnostics.fail(name, "cannot read: " + Diagnostics.reason(e));
    }
  }

  /**
   * A text file too long to read whole: checked as {@link #read} checks a short one (a NUL byte anywhere makes it
   * binary, whatever else is wrong with it), then handed on; stdin is copied to a temporary file first, so that it
   * can be read more than once.
   */
  private void readLong(String name, Path file, Path relative, byte[] head, InputStream rest) throws IOException {
    FileChannel copy = null;
    try {
      Bytes from = () -> Files.newInputStream(file);
      if (file == null) {
        // as RecordFile does: no name while in use, so a killed run leaves no copy of the user's input behind
        copy = FileChannel.open(Files.createTempFile("rasm-stdin-", ".txt"), StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
        java.io.OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(copy), 1 << 16);
        out.write(head);
        rest.transferTo(out);
        out.flush(); // not closed: that would close the channel, and the copy with it
        FileChannel channel = copy;
        from = () -> new java.io.FilterInputStream(Channels.newInputStream(channel.position(0))) {
          @Override
          public void close() {
            // the channel stays open for the next pass
          }
        };
      }
      boolean replace = options.onInvalid == InputOptions.OnInvalid.replace;
      TextStream.Invalid invalid = null;
      try (InputStream in = from.open(); TextStream text = new TextStream(in, replace)) {
        try {
          char[] sink = new char[1 << 16];
          while (text.read(sink, 0, sink.length) >= 0) {
            // checking only
          }
        } catch (TextStream.Invalid e) {
          invalid = e;
        }
      } catch (TextStream.Binary e) {
        binary(name, e.line, e.byteOffset);
        return;
      }
      if (invalid != null) {
        try (InputStream in = from.open()) {
          TextStream.Binary nul = TextStream.firstNul(in);
          if (nul != null) {
            binary(name, nul.line, nul.byteOffset);
            return;
          }
        }
        diagnostics.fail(name + ":" + invalid.line, "invalid UTF-8 at byte " + invalid.byteOffset + " (--on-invalid replace substitutes U+FFFD)");
        return;
      }
      longSink.accept(new LongText(name, file, relative, from, replace));
    } finally {
      if (copy != null) {
        copy.close();
      }
    }
  }

  private void binary(String name, long line, long byteOffset) {
    diagnostics.fail(name + ":" + line, "binary file (NUL byte at byte " + byteOffset + "), skipped");
  }

  private void readJsonLines(String name, Path file, Path relative, InputStream in, Consumer<Document> sink) throws IOException {
    LineScanner lines = new LineScanner(in, options.maxRecordBytes);
    long lineNo = 0;
    while (lines.next()) {
      lineNo++;
      String place = name + ":" + lineNo;
      if (lines.tooLong) {
        diagnostics.fail(place, "record longer than --max-record-bytes " + options.maxRecordBytes);
        continue;
      }
      String line;
      try {
        line = Utf8.decode(lines.buf, lines.len, options.onInvalid == InputOptions.OnInvalid.replace);
      } catch (Utf8.InvalidUtf8 e) {
        diagnostics.fail(place, "invalid UTF-8 at byte " + e.byteOffset + " of the line");
        continue;
      }
      if (!line.isBlank()) {
        record(place, line, file, relative, sink);
      }
    }
  }

  private void record(String place, String line, Path file, Path relative, Consumer<Document> sink) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      diagnostics.fail(place, "not JSON: " + e.getOriginalMessage());
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      diagnostics.fail(place, "not a JSON object");
      return;
    }
    JsonNode text = object.get(options.field);
    if (text == null || !text.isTextual()) {
      diagnostics.fail(place, "no text field '" + options.field + "'");
      return;
    }
    JsonNode id = options.idField == null ? null : object.get(options.idField);
    String name = id == null || id.isNull() ? place : id.asText();
    sink.accept(new Document(name, text.textValue(), file, relative, object));
  }
}
