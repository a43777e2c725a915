package org.sdghub.localstack;

import java.io.IOException;
import java.nio.file.Path;
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
    return new CoordinatorApiKey(
        KeptSecret.in(dir, FILE, "sdghub_", 32, Base64.getUrlEncoder().withoutPadding()));
  }
}
