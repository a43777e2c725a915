package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.HashUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokenTest {

  @TempDir Path dir;

  @Test
  void aMintedTokenVerifiesWithTheRunsPublicKeyAndNamesACoordinatorOfTheCentre() throws Exception {
    InternalKeys keys = InternalKeys.in(dir);
    Instant now = Instant.now();

    JwtClaims claims = consumer(keys, now).processToClaims(DemoToken.mint(keys.privateKey(), now));

    assertEquals("sdghub-gateway", claims.getIssuer());
    assertEquals(DemoToken.AUDIENCES, claims.getAudience());
    assertEquals("local-stack-demo-loader", claims.getSubject());
    assertEquals(DemoToken.REGIONAL_CENTRE.toString(), claims.getStringClaimValue("org"));
    assertEquals(List.of("coordinator"), claims.getStringListClaimValue("groups"));
    assertEquals(now.getEpochSecond() + 300, claims.getExpirationTime().getValue());
  }

  @Test
  void aMintedTokenNamesItsKeyAsTheGatewaysJwksNamesIt() throws Exception {
    InternalKeys keys = InternalKeys.in(dir);
    String token = DemoToken.mint(keys.privateKey(), Instant.now());

    String kid = JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();

    String thumbprint =
        new RsaJsonWebKey((RSAPublicKey) publicKey(keys.publicKey()))
            .calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    assertEquals(thumbprint, kid);
  }

  @Test
  void aTokenSignedWithAnotherRunsKeyDoesNotVerify() throws Exception {
    InternalKeys ours = InternalKeys.in(dir.resolve("ours"));
    InternalKeys theirs = InternalKeys.in(dir.resolve("theirs"));
    Instant now = Instant.now();

    String token = DemoToken.mint(theirs.privateKey(), now);

    assertThrows(InvalidJwtException.class, () -> consumer(ours, now).processToClaims(token));
  }

  private static JwtConsumer consumer(InternalKeys keys, Instant now) throws Exception {
    return new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setEvaluationTime(NumericDate.fromSeconds(now.getEpochSecond()))
        .setExpectedIssuer("sdghub-gateway")
        .setExpectedAudience("sdghub-projects")
        .setVerificationKey(publicKey(keys.publicKey()))
        .build();
  }

  private static PublicKey publicKey(Path pem) throws Exception {
    String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
  }
}
