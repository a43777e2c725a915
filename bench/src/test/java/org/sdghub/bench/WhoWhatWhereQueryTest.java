package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WhoWhatWhereQueryTest {

  @Test
  void readsTheApisGroupsByCountryAndGoalWithTheirMeasures() {
    String body =
        """
        {"groupBy":["country","sdgGoal"],"groups":[
          {"key":{"country":"UZ","sdgGoal":6},"projects":3,"organisations":4,
           "budgetUsd":1500000.50,"committedUsd":null},
          {"key":{"country":"KZ","sdgGoal":null},"projects":1,"organisations":2,
           "budgetUsd":null}],
         "asOf":"2026-12-03T06:00:00Z","topics":[]}
        """;
    assertEquals(
        Map.of(
            "UZ/6", "3 projects, 4 organisations, budget 1500000.5",
            "KZ/-", "1 projects, 2 organisations, budget none"),
        WhoWhatWhereQuery.apiGroups(body));
  }
}
