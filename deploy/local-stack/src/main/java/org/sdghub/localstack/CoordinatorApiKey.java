package org.sdghub.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first coordinator API key of a local run: the gateway creates it on first start from its
 * configuration, and the launcher prints it so the API can be tried at once. Kept beside the run's
 * data (readable by its owner only), so a run with {@code --data-dir} keeps its key.
 *
 * @param value the key, {@code sdghub_} and 43 base64url characters (256 random bits)
 */
record CoordinatorApiKey(String value) {

  private static final String FILE = "coordinator-api-key";

  /** Loads the key from {@code dir}, or creates it there. */
  static CoordinatorApiKey in(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      return new CoordinatorApiKey(Files.readString(file).trim());
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String value = "sdghub_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Files.createDirectories(dir);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, value);
    return new CoordinatorApiKey(value);
  }
}
