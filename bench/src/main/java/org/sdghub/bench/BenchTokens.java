package org.sdghub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A key pair made for one bench run, and the gateway-style internal tokens signed with it, so a
 * service can be measured directly, with the same token verification it does behind the gateway.
 */
final class BenchTokens {

  private final KeyPair keys;
  private final Path publicKeyPem;

  private BenchTokens(KeyPair keys, Path publicKeyPem) {
    this.keys = keys;
    this.publicKeyPem = publicKeyPem;
  }

  /** A new RSA pair; its public key is written to {@code dir} for the service to verify with. */
  static BenchTokens create(Path dir) throws IOException {
    KeyPair keys;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IOException("Could not generate a key pair", e);
    }
    Files.createDirectories(dir);
    Path pem = dir.resolve("bench-jwt-public.pem");
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
    Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
    return new BenchTokens(keys, pem);
  }

  Path publicKeyPem() {
    return publicKeyPem;
  }

  /** Writes the private key (PKCS#8 PEM, owner-only) for a gateway that signs with it. */
  Path writePrivateKeyPem(Path dir) throws IOException {
    Path pem = dir.resolve("bench-jwt-private.pem");
    Files.deleteIfExists(pem);
    Files.createFile(
        pem,
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded());
    Files.writeString(
        pem, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    return pem;
  }

  /** A bearer token for {@code organisation} with {@code roles}, valid for {@code lifetime}. */
  String bearer(UUID organisation, List<String> roles, Duration lifetime) throws IOException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("sdghub-gateway");
    // The bench calls each service directly: its tokens name every service's audience.
    claims.setAudience("sdghub-partners", "sdghub-projects", "sdghub-funding");
    claims.setSubject("bench");
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
    claims.setGeneratedJwtId();
    claims.setClaim("org", organisation.toString());
    claims.setStringListClaim("groups", roles);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(keys.getPrivate());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return "Bearer " + jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IOException("Could not sign a token", e);
    }
  }
}
