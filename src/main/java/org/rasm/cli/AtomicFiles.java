package org.rasm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file so that a reader, or a crash, never sees it half-written: a temporary file beside it, then a rename. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** A hidden name beside {@code target}; unlikely to be taken, and opening it with CREATE_NEW says if it is. */
  private static Path temporary(Path parent, Path target) {
    long random = java.util.concurrent.ThreadLocalRandom.current().nextLong();
    return parent.resolve("." + target.getFileName() + "." + Long.toHexString(random) + ".tmp");
  }

  static void write(Path target, byte[] content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // not Files.createTempFile: its owner-only permissions would end up on the written file
    Path tmp = temporary(parent, target);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
           OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        keepPermissions(target, tmp);
        out.write(content);
        out.flush();
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A file written piece by piece beside its target, which it replaces, complete, on {@link #commit()} only. */
  static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final OutputStream out;

    Pending(Path target) throws IOException {
      this.target = target;
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      tmp = temporary(parent, target);
      out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
      keepPermissions(target, tmp);
    }

    void write(byte[] bytes) throws IOException {
      out.write(bytes);
    }

    /** Where the content goes; {@link #commit()} closes it. */
    OutputStream stream() {
      return out;
    }

    void commit() throws IOException {
      out.close();
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
      out.close();
      Files.deleteIfExists(tmp);
    }
  }

  /** A file written over another keeps the other's permissions. */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (Files.exists(target) && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    }
  }

  /**
   * The path of {@code relative} below {@code dir}, refusing any that would land outside it ({@code ..}, absolute
   * paths, links inside {@code dir} that point elsewhere).
   */
  static Path inside(Path dir, Path relative) throws IOException {
    Path base = dir.toAbsolutePath().normalize();
    Path target = base.resolve(relative).normalize();
    if (relative.isAbsolute() || !target.startsWith(base) || target.equals(base)) {
      throw new IOException("refusing to write outside " + dir + ": " + relative);
    }
    Files.createDirectories(base);
    Path realBase = base.toRealPath();
    // check the deepest folder that exists before creating any below it, so a link cannot lead the creation outside
    Path existing = target.getParent();
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!existing.toRealPath().startsWith(realBase)) {
      throw new IOException("refusing to write through a link outside " + dir + ": " + relative);
    }
    Files.createDirectories(target.getParent());
    if (!target.getParent().toRealPath().startsWith(realBase)) {
      throw new IOException("refusing to write through a link outside " + dir + ": " + relative);
    }
    return target;
  }
}
