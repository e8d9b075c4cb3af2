package org.rasm.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * One input document.
 *
 * @param name how outputs and messages name it: the path, {@code -} for stdin, or a JSON record's id
 * @param text its decoded text, BOM removed
 * @param source the file it came from, null for stdin
 * @param relative its path below the folder that was named on the command line (its file name for a named file)
 * @param record the JSON record it came from, null for text input
 */
record Document(String name, String text, Path source, Path relative, ObjectNode record) {}
