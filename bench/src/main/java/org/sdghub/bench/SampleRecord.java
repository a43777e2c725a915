package org.sdghub.bench;

/**
 * A fixed organisation record of about 300 bytes of JSON: what the Vert.x baseline answers and what
 * the PostgreSQL baseline inserts, so both baselines move a payload shaped like the services'.
 */
final class SampleRecord {

  static final String JSON =
      "{\"id\":\"7d4c2a9e-5b1f-4e8a-9c3d-2f6b8a1e4d70\","
          + "\"name\":\"Ministry of Economy and Commerce of the Kyrgyz Republic\","
          + "\"type\":\"GOVERNMENT\",\"country\":\"KG\",\"city\":\"Bishkek\","
          + "\"website\":\"https://mineconom.gov.kg\","
          + "\"contactEmail\":\"partnerships@mineconom.gov.kg\","
          + "\"sdgGoals\":[1,5,8,9,17],\"verified\":true,"
          + "\"createdAt\":\"2025-03-14T09:26:53Z\",\"version\":3}";

  private SampleRecord() {}
}
