package org.sdghub.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The RSA key pair of a local run: the gateway signs the internal tokens it forwards with the
 * private key, and every service verifies them with the public key. Kept beside the run's data, so
 * a run with {@code --data-dir} keeps its keys.
 *
 * @param publicKey PEM file of the public key
 * @param privateKey PEM file of the private key, readable by its owner only
 */
record InternalKeys(Path publicKey, Path privateKey) {

  /** Loads the pair from {@code dir}, or creates it there. */
  static InternalKeys in(Path dir) throws IOException {
    InternalKeys keys =
        new InternalKeys(dir.resolve("jwt-public.pem"), dir.resolve("jwt-private.pem"));
    if (!Files.isRegularFile(keys.publicKey()) || !Files.isRegularFile(keys.privateKey())) {
      keys.create();
    }
    return keys;
  }

  private void create() throws IOException {
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IOException("Could not generate the internal token keys", e);
    }
    Files.createDirectories(privateKey.getParent());
    Files.deleteIfExists(privateKey);
    Files.createFile(
        privateKey,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
