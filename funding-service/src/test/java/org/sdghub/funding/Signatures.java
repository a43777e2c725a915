package org.sdghub.funding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies webhook signatures the way a receiver following the Standard Webhooks specification
 * does, independently of the service's signer.
 */
public final class Signatures {

  private Signatures() {}

  /** The signatures of the header that this secret made for this message. */
  public static boolean signedWith(String secret, WebhookReceiver.Received received) {
    String expected = expected(secret, received);
    return signatures(received).contains(expected);
  }

  /** The header's signatures, in order. */
  public static List<String> signatures(WebhookReceiver.Received received) {
    return Arrays.asList(received.header("webhook-signature").split(" "));
  }

  private static String expected(String secret, WebhookReceiver.Received received) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String content =
          received.header("webhook-id")
              + "."
              + received.header("webhook-timestamp")
              + "."
              + received.body();
      return "v1,"
          + Base64.getEncoder()
              .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
