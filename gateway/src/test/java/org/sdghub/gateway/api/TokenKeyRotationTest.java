package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.GatewayServersResource;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.TestTokens;

/**
 * The internal token key rotates with no restart and no refused request: the gateway publishes its
 * keys as a JWKS on its management port, the real services behind it read it, and a new key is
 * introduced, signs, and the old one is retired by changing the gateway's key files only.
 */
@QuarkusTest
class TokenKeyRotationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SEEN_WITHIN = Duration.ofSeconds(20);
  private static final String ORGANISATIONS = "/api/v1/organisations";
  private static final String PARTNERS = InternalToken.audienceOf("partners");

  @ConfigProperty(name = "sdghub.test.direct.partners")
  String partners;

  private String originalSigning;
  private String originalPublished;
  private PrivateKey testKey;

  @BeforeEach
  void remember() throws Exception {
    originalSigning = Files.readString(GatewayServersResource.SIGNING_KEY);
    originalPublished = Files.readString(GatewayServersResource.PUBLISHED_KEY);
    testKey = KeyUtils.decodePrivateKey(originalSigning, SignatureAlgorithm.RS256);
  }

  @Test
  void theJwksIsOnTheManagementPortOnly() {
    Management.given()
        .when()
        .get("/q/jwks")
        .then()
        .statusCode(200)
        .contentType("application/jwk-set+json")
        .header("Cache-Control", "max-age=" + GatewayServersResource.JWKS_MAX_AGE.toSeconds());
    assertEquals(List.of(keyIdOf(testKey)), publishedKeyIds());
    assertEquals(List.of("RS256"), publishedAlgorithms());
    given().when().get("/q/jwks").then().statusCode(404);
  }

  @Test
  void aNewKeyIsIntroducedSignsAndTheOldOneIsRetiredWithNoRestart() throws Exception {
    KeyPair next = newKeyPair();
    String oldId = keyIdOf(testKey);
    String nextId = keyIdOf(next.getPrivate());
    // Before: only the test key is trusted.
    assertEquals(401, directStatus(next.getPrivate()));
    assertEquals(200, directStatus(testKey));

    // 1. Introduce: the next key is published before anything is signed with it.
    write(GatewayServersResource.PUBLISHED_KEY, pem("PUBLIC KEY", next.getPublic()));
    Eventually.await(
        SEEN_WITHIN,
        "the JWKS never published the next key",
        () -> publishedKeyIds().equals(List.of(oldId, nextId)));
    Eventually.await(
        SEEN_WITHIN,
        "partners-service never trusted the published next key",
        () -> directStatus(next.getPrivate()) == 200);
    assertEquals(200, directStatus(testKey));
    assertEquals(oldId, kidOfForwardedToken());

    // 2. Sign with it, the old key still published: tokens of both pass.
    write(GatewayServersResource.SIGNING_KEY, pem("PRIVATE KEY", next.getPrivate()));
    write(GatewayServersResource.PUBLISHED_KEY, originalPublished);
    Eventually.await(
        SEEN_WITHIN, "the gateway never signed with the next key", () -> nextId.equals(kid()));
    assertEquals(List.of(nextId, oldId), publishedKeyIds());
    assertEquals(200, directStatus(testKey), "a token of the old key during the overlap");
    assertEquals(200, directStatus(next.getPrivate()), "a token of the new key");
    assertEquals(200, throughTheGatewayStatus(), "what the gateway signs now");

    // 3. Retire the old key: after that, only the new one opens the service.
    write(GatewayServersResource.PUBLISHED_KEY, pem("PUBLIC KEY", next.getPublic()));
    Eventually.await(
        SEEN_WITHIN,
        "the JWKS never stopped publishing the old key",
        () -> publishedKeyIds().equals(List.of(nextId)));
    Eventually.await(
        SEEN_WITHIN,
        "partners-service still trusts the retired key",
        () -> directStatus(testKey) == 401);
    assertEquals(200, directStatus(next.getPrivate()));
    assertEquals(200, throughTheGatewayStatus());
  }

  @Test
  void aKeyFileThatCannotBeReadLeavesTheKeysAsTheyWere() throws Exception {
    String oldId = keyIdOf(testKey);
    write(GatewayServersResource.PUBLISHED_KEY, "-----BEGIN PUBLIC KEY-----\nnot a key\n");
    // Given the time to read it a few times, the gateway still publishes and signs as before.
    Thread.sleep(GatewayServersResource.KEYS_RELOAD.toMillis() * 5);
    assertEquals(List.of(oldId), publishedKeyIds());
    assertEquals(oldId, kidOfForwardedToken());
    assertEquals(200, throughTheGatewayStatus());
  }

  @Test
  void aPublishedKeyWhoseFileGoesAwayIsNoLongerPublished() throws Exception {
    KeyPair next = newKeyPair();
    String oldId = keyIdOf(testKey);
    write(GatewayServersResource.PUBLISHED_KEY, pem("PUBLIC KEY", next.getPublic()));
    Eventually.await(
        SEEN_WITHIN,
        "the JWKS never published the next key",
        () -> publishedKeyIds().equals(List.of(oldId, keyIdOf(next.getPrivate()))));

    Files.delete(GatewayServersResource.PUBLISHED_KEY);

    Eventually.await(
        SEEN_WITHIN,
        "the JWKS still publishes a key whose file is gone",
        () -> publishedKeyIds().equals(List.of(oldId)));
    assertEquals(200, throughTheGatewayStatus());
  }

  /** Puts the test key back: published again, then signing again, then alone. */
  @AfterEach
  void restore() throws Exception {
    String oldId = keyIdOf(testKey);
    write(GatewayServersResource.PUBLISHED_KEY, originalPublished);
    if (!Files.readString(GatewayServersResource.SIGNING_KEY).equals(originalSigning)) {
      Eventually.await(
          SEEN_WITHIN,
          "partners-service never trusted the test key again",
          () -> directStatus(testKey) == 200);
      write(GatewayServersResource.SIGNING_KEY, originalSigning);
    }
    Eventually.await(
        SEEN_WITHIN,
        "the JWKS never came back to the test key alone",
        () -> publishedKeyIds().equals(List.of(oldId)) && oldId.equals(kid()));
    Eventually.await(
        SEEN_WITHIN,
        "the test key no longer opens partners-service",
        () -> directStatus(testKey) == 200);
  }

  /** A token of a fresh caller signed with this key, sent to partners-service directly. */
  private int directStatus(PrivateKey key) {
    return given()
        .baseUri(partners)
        .header(
            "Authorization", TestTokens.signedWith(key, PARTNERS, UUID.randomUUID(), Role.VIEWER))
        .when()
        .get(ORGANISATIONS)
        .statusCode();
  }

  /** A request of a fresh key through the gateway to partners-service. */
  private static int throughTheGatewayStatus() {
    return given()
        .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "viewer"))
        .when()
        .get(ORGANISATIONS)
        .statusCode();
  }

  /** The {@code kid} of the token the gateway forwards now (the echo service shows it). */
  private static String kidOfForwardedToken() throws IOException {
    String forwarded =
        given()
            .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "viewer"))
            .when()
            .get("/api/v1/test-echo/things")
            .then()
            .statusCode(200)
            .extract()
            .path("headers.authorization");
    String header = forwarded.substring("Bearer ".length()).split("\\.")[0];
    return JSON.readTree(Base64.getUrlDecoder().decode(header)).path("kid").asText();
  }

  private static String kid() {
    try {
      return kidOfForwardedToken();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> publishedKeyIds() {
    return field("kid");
  }

  private static List<String> publishedAlgorithms() {
    return field("alg");
  }

  private static List<String> field(String name) {
    try {
      JsonNode jwks =
          JSON.readTree(Management.given().when().get("/q/jwks").then().extract().asString());
      List<String> values = new ArrayList<>();
      jwks.path("keys").forEach(key -> values.add(key.path(name).asText()));
      return values;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String keyIdOf(PrivateKey key) {
    return InternalToken.keyIdOf(InternalToken.publicHalfOf(key));
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static String pem(String type, Key key) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded());
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  /** Replaces a key file at once (as a mounted Secret changes), never leaving half a file. */
  private static void write(Path file, String content) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.writeString(next, content, StandardCharsets.US_ASCII);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
