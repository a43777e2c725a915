package org.sdghub.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret of a local run, made once and kept in a file of the run's key directory that only
 * its owner may read, so that a run on kept data ({@code --data-dir}) uses it again.
 */
final class KeptSecret {

  private KeptSecret() {}

  /**
   * The secret in {@code dir/file}, or a new one written there: {@code prefix} and {@code bytes}
   * random bytes in {@code encoding}.
   */
  static String in(Path dir, String file, String prefix, int bytes, Base64.Encoder encoding)
      throws IOException {
    Path path = dir.resolve(file);
    if (Files.isRegularFile(path)) {
      return Files.readString(path).trim();
    }
    byte[] secret = new byte[bytes];
    new SecureRandom().nextBytes(secret);
    String value = prefix + encoding.encodeToString(secret);
    Files.createDirectories(dir);
    Files.createFile(
        path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(path, value);
    return value;
  }
}
