package org.sdghub.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret an API key's holder presents: 256 random bits behind a short visible prefix, shown to
 * its owner once; only its SHA-256 is stored, and comparisons take the same time whatever matches.
 */
public final class ApiKeySecret {

  /** Marks SDG Hub keys, so that a leaked one is recognisable (for example by secret scanners). */
  public static final String MARK = "sdghub_";

  /** The visible part: the mark and 8 random characters (48 bits), enough to find a key by. */
  public static final int PREFIX_LENGTH = MARK.length() + 8;

  /** Shorter secrets are refused even when configured by hand: they could be guessed. */
  public static final int MIN_LENGTH = 32;

  private static final int MAX_LENGTH = 256;
  private static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private ApiKeySecret(String value) {
    this.value = value;
  }

  /** A new random key. */
  public static ApiKeySecret generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new ApiKeySecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The key a caller presented, if it has the shape of one. */
  public static Optional<ApiKeySecret> parse(String presented) {
    if (presented == null
        || presented.length() < MIN_LENGTH
        || presented.length() > MAX_LENGTH
        || !presented.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return Optional.empty();
    }
    return Optional.of(new ApiKeySecret(presented));
  }

  /** The first characters, shown in listings and stored in clear to find the key by. */
  public String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  /** The SHA-256 of the whole key, the only form in which it is stored. */
  public byte[] hash() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /** The hash in hexadecimal, to remember lookups by without keeping the key itself. */
  public String hashHex() {
    return HexFormat.of().formatHex(hash());
  }

  /** Whether this is the key stored with this hash, compared in constant time. */
  public boolean matches(byte[] storedHash) {
    return MessageDigest.isEqual(hash(), storedHash);
  }

  /** The key itself, to hand to its owner once. */
  public String reveal() {
    return value;
  }

  /** Never the secret: keys end up in logs through string concatenation. */
  @Override
  public String toString() {
    return prefix() + "…";
  }
}
