package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void medianOfAnOddNumberOfRunsIsTheMiddleOneWhateverTheirOrder() {
    assertEquals(200.0, Stats.median(List.of(300.0, 100.0, 200.0)));
  }

  @Test
  void medianOfAnEvenNumberOfRunsIsTheMeanOfTheTwoMiddleOnes() {
    assertEquals(250.0, Stats.median(List.of(400.0, 100.0, 300.0, 200.0)));
  }

  @Test
  void medianOfOneRunIsThatRun() {
    assertEquals(42.0, Stats.median(List.of(42.0)));
  }

  @Test
  void medianIgnoresOneOutlyingRun() {
    assertEquals(1000.0, Stats.median(List.of(1000.0, 10.0, 1010.0)));
  }

  @Test
  void medianOfNoRunsFails() {
    assertThrows(IllegalArgumentException.class, () -> Stats.median(List.of()));
  }

  @Test
  void ratioIsTargetOverBaseline() {
    assertEquals(0.25, Stats.ratio(250, 1000), 1e-12);
  }

  @Test
  void ratioAgainstABaselineOfZeroIsNotANumber() {
    assertTrue(Double.isNaN(Stats.ratio(250, 0)));
  }

  @Test
  void ratioOfMediansDividesTheMediansNotThePerRunRatios() {
    List<Double> target = List.of(100.0, 300.0, 200.0);
    List<Double> baseline = List.of(1000.0, 400.0, 800.0);
    assertEquals(0.25, Stats.ratioOfMedians(target, baseline), 1e-12);
  }
}
