package org.sdghub.partners.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;

/** Keys stored under older folding rules are recomputed, without a new version. */
@QuarkusTest
class KeyRefreshTest {

  @Inject KeyRefresh keyRefresh;
  @Inject Rows rows;

  @Test
  void staleKeysAreRecomputedWithoutANewVersionAndMeetTheirVariantsAgain() {
    String token = Profiles.token();
    Map<String, Object> ministry = Profiles.unique();
    Profiles.name(ministry)
        .put("uz", "Oʻzbekiston Respublikasi Sogʻliqni saqlash vazirligi " + token);
    String id = register(ministry);
    List<String> fresh = rows.nameKeysOf(id);
    String before = rows.nameAndVersion(id).orElseThrow();
    rows.makeKeysStale(id);

    assertTrue(keyRefresh.refresh() >= 1, "at least this organisation is re-keyed");

    assertEquals(fresh, rows.nameKeysOf(id));
    assertTrue(
        fresh.contains(
            "name.uz=ozbekistonrespublikasisogliqnisaqlashvazirligi"
                + token
                + "|sogliqni saqlash "
                + token),
        fresh.toString());
    assertEquals(before, rows.nameAndVersion(id).orElseThrow(), "no new version");
    Map<String, Object> again = Profiles.unique();
    Profiles.name(again).put("uz", "O'zbekiston Respublikasi Sog'liqni saqlash vazirligi " + token);
    asCoordinator().body(again).post(ORGANISATIONS).then().statusCode(409);
  }
}
