package org.sdghub.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  // The specification's published example, also in its Java library's WebhookTest
  // (standard-webhooks/standard-webhooks, libraries/java, verifyWebhookSignWorks).
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TIMESTAMP = 1614265330;
  private static final String BODY = "{\"test\": 2432232314}";
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void signerReproducesTheStandardWebhooksTestVectorByteForByte() {
    assertEquals(SIGNATURE, WebhookSigner.sign(SECRET, ID, TIMESTAMP, BODY));
  }

  @Test
  void duringARotationTheHeaderCarriesBothSignaturesSpaceSeparatedNewestFirst() {
    String other = WebhookSigner.newSecret();
    String header = WebhookSigner.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
    String[] parts = header.split(" ");
    assertEquals(2, parts.length);
    assertEquals(WebhookSigner.sign(other, ID, TIMESTAMP, BODY), parts[0]);
    assertEquals(SIGNATURE, parts[1]);
  }

  @Test
  void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
    String secret = WebhookSigner.newSecret();
    assertTrue(secret.startsWith("whsec_"), secret);
    assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
    assertTrue(!secret.equals(WebhookSigner.newSecret()), "two secrets differ");
  }
}
