package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sdghub.funding.config.WebhooksConfig;

/**
 * Seals signing secrets for storage and opens them to sign: AES-GCM with the configured key, so
 * that a copy of the database alone does not let anyone sign; without a key, stored as they are.
 */
@ApplicationScoped
public class SecretVault {

  private static final String SEALED = "aesgcm:";
  private static final String PLAIN = "plain:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Optional<SecretKey> key;

  SecretVault(WebhooksConfig config) {
    this.key =
        config
            .secretKey()
            .filter(k -> !k.isBlank())
            .map(k -> new SecretKeySpec(Base64.getDecoder().decode(k.trim()), "AES"));
  }

  /** Whether secrets are sealed with a key (else the service warns at start). */
  public boolean sealing() {
    return key.isPresent();
  }

  /** The form to store. */
  public String seal(String secret) {
    if (key.isEmpty()) {
      return PLAIN + secret;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] stored = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, stored, 0, iv.length);
      System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
      return SEALED + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot seal a webhook secret", e);
    }
  }

  /** The secret from its stored form. */
  public String open(String stored) {
    if (stored.startsWith(PLAIN)) {
      return stored.substring(PLAIN.length());
    }
    if (!stored.startsWith(SEALED) || key.isEmpty()) {
      throw new IllegalStateException("A sealed webhook secret needs sdghub.webhooks.secret-key");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
      byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot open a webhook secret (wrong key?)", e);
    }
  }
}
