package org.sdghub.platform;

import java.util.List;

/** The Kafka topics of SDG Hub, one per publishing service, as the design names them. */
public final class ServiceTopics {

  /** Organisation events, published by partners-service. */
  public static final String PARTNERS = "sdghub.partners.v1";

  /** Project events, published by projects-service. */
  public static final String PROJECTS = "sdghub.projects.v1";

  /** Funding events, published by funding-service. */
  public static final String FUNDING = "sdghub.funding.v1";

  /** Every topic, in the order the services are started. */
  public static final List<String> ALL = List.of(PARTNERS, PROJECTS, FUNDING);

  private ServiceTopics() {}
}
