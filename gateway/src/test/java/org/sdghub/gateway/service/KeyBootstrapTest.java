package org.sdghub.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.gateway.domain.ApiKeySecret;
import org.sdghub.gateway.repository.ApiKeyRepository;
import org.sdghub.gateway.support.GatewayServersResource;
import org.sdghub.platform.Role;

@QuarkusTest
class KeyBootstrapTest {

  @Inject KeyBootstrap bootstrap;
  @Inject ApiKeyRepository keys;

  @Test
  @Transactional
  void theConfiguredKeyIsACoordinatorOfTheConfiguredOrganisationStoredHashed() {
    ApiKeySecret secret = ApiKeySecret.parse(GatewayServersResource.BOOTSTRAP_KEY).orElseThrow();
    ApiKey stored = keys.findByHash(secret.hash()).orElseThrow();
    assertEquals(EnumSet.of(Role.COORDINATOR), stored.roleSet());
    assertEquals(
        UUID.fromString(GatewayServersResource.BOOTSTRAP_ORGANISATION), stored.organisationId);
    assertEquals(KeyBootstrap.CREATOR, stored.createdBy);
    assertEquals(secret.prefix(), stored.prefix);
    assertTrue(stored.isActive());
  }

  @Test
  void startingAgainCreatesNoSecondKey() {
    long before = keys.count();
    bootstrap.onStart(null);
    assertEquals(before, keys.count());
  }
}
