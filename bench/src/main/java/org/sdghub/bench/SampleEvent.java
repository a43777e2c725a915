package org.sdghub.bench;

/**
 * A CloudEvent in structured JSON mode carrying {@link SampleRecord}: what an outbox row holds and
 * the relay publishes.
 */
final class SampleEvent {

  private SampleEvent() {}

  static String json() {
    return "{\"specversion\":\"1.0\",\"id\":\"0b8f5f2e-3c6d-4e7a-9f10-6a2b4c8d1e3f\","
        + "\"source\":\"/sdghub/partners-service\",\"type\":\"org.sdghub.bench.recorded.v1\","
        + "\"subject\":\"7d4c2a9e-5b1f-4e8a-9c3d-2f6b8a1e4d70\",\"time\":\"2026-11-25T09:26:53Z\","
        + "\"datacontenttype\":\"application/json\",\"sequence\":\"0000000000000000003\","
        + "\"data\":"
        + SampleRecord.JSON
        + "}";
  }
}
