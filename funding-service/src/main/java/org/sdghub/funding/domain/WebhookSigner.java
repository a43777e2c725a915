package org.sdghub.funding.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook messages as the Standard Webhooks specification defines: {@code v1,} and the base64
 * HMAC-SHA256 of {@code id.timestamp.body}, keyed with the base64-decoded part of a {@code whsec_}
 * secret.
 */
public final class WebhookSigner {

  /** The prefix of every secret. */
  public static final String SECRET_PREFIX = "whsec_";

  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSigner() {}

  /** A new random secret: {@code whsec_} and the base64 of 32 random bytes. */
  public static String newSecret() {
    byte[] key = new byte[SECRET_BYTES];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The signature of one message with one secret: {@code v1,<base64>}. */
  public static String sign(String secret, String webhookId, long timestampSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(keyOf(secret), "HmacSHA256"));
      String signed = webhookId + "." + timestampSeconds + "." + body;
      byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * The {@code webhook-signature} header value: one signature per secret, separated by spaces (two
   * during a rotation's overlap).
   */
  public static String header(List<String> secrets, String webhookId, long timestamp, String body) {
    return secrets.stream()
        .map(secret -> sign(secret, webhookId, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  private static byte[] keyOf(String secret) {
    String encoded =
        secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    return Base64.getDecoder().decode(encoded);
  }
}
