package org.sdghub.platform.internal.idempotency;

import java.security.MessageDigest;

/** A POST that carries an {@code Idempotency-Key}: the key and the fingerprint of the request. */
record IdempotentRequest(String key, byte[] fingerprint) {

  /** Whether another request with the same key asked for the same thing. */
  boolean sameAs(byte[] otherFingerprint) {
    return MessageDigest.isEqual(fingerprint, otherFingerprint);
  }
}
