package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalKeysTest {

  @TempDir Path dir;

  @Test
  void aRunGetsAKeyPairWhosePrivateHalfOnlyItsOwnerReads() throws Exception {
    InternalKeys keys = InternalKeys.in(dir);

    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())));
    byte[] message = "org=UNDP roles=partner".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(privateKey(keys.privateKey()));
    signer.update(message);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey(keys.publicKey()));
    verifier.update(message);
    assertTrue(verifier.verify(signature), "the public key verifies what the private key signed");
  }

  @Test
  void aRunWithKeptDataKeepsItsKeys() throws Exception {
    String first = Files.readString(InternalKeys.in(dir).publicKey());
    String second = Files.readString(InternalKeys.in(dir).publicKey());
    assertEquals(first, second);
  }

  private static PrivateKey privateKey(Path pem) throws Exception {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
  }

  private static PublicKey publicKey(Path pem) throws Exception {
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
  }

  private static byte[] der(Path pem) throws Exception {
    String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
