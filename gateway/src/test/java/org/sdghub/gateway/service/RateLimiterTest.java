package org.sdghub.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.gateway.domain.RateLimited;
import org.sdghub.platform.Role;

@QuarkusTest
class RateLimiterTest {

  @Inject AgroalDataSource dataSource;
  @Inject GatewayConfig config;
  @Inject RateLimiter limiter;

  @Test
  void twoGatewayInstancesShareOneQuotaPerKey() {
    RateLimiter otherInstance = new RateLimiter(dataSource, config);
    KeyIdentity key = new KeyIdentity(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.VIEWER), 4);

    assertEquals(3, limiter.consume(key).orElseThrow().remaining());
    assertEquals(2, otherInstance.consume(key).orElseThrow().remaining());
    assertEquals(1, limiter.consume(key).orElseThrow().remaining());
    assertEquals(0, otherInstance.consume(key).orElseThrow().remaining());
    RateLimited refused = assertThrows(RateLimited.class, () -> limiter.consume(key));
    assertEquals(429, refused.status());
    assertThrows(RateLimited.class, () -> otherInstance.consume(key));
  }
}
