package org.sdghub.localstack;

import java.util.List;

/**
 * One SDG Hub service as the local stack runs it.
 *
 * @param name the service's name, also its Maven module's folder
 * @param database its own database
 * @param port the HTTP port it listens on
 */
record ServiceSpec(String name, String database, int port) {

  /** Between a service's API port and its management port (health, metrics, the JWKS). */
  static final int MANAGEMENT_OFFSET = 1000;

  /** The port of its management interface: its API port plus {@link #MANAGEMENT_OFFSET}. */
  int managementPort() {
    return port + MANAGEMENT_OFFSET;
  }

  /** Every service, in start order: the gateway last, in front of the others. */
  static List<ServiceSpec> all(int portBase) {
    return List.of(
        new ServiceSpec("partners-service", "partners", portBase + 1),
        new ServiceSpec("projects-service", "projects", portBase + 2),
        new ServiceSpec("funding-service", "funding", portBase + 3),
        new ServiceSpec("gateway", "gateway", portBase));
  }
}
