package org.sdghub.projects.service;

import java.util.UUID;
import org.sdghub.projects.api.Actual;
import org.sdghub.projects.api.Indicator;
import org.sdghub.projects.api.Measure;
import org.sdghub.projects.api.ResultRequest;
import org.sdghub.projects.api.ResultView;
import org.sdghub.projects.domain.Decimals;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.events.ProjectState;

/** Where a result changes shape: request to domain, domain to response and to event payload. */
final class ResultConversions {

  private ResultConversions() {}

  static ProjectContent.Result toResult(UUID id, ResultRequest r) {
    return new ProjectContent.Result(
        id,
        ProjectConversions.text(r.title()),
        new ProjectContent.Indicator(
            r.indicator().sdgIndicator(),
            r.indicator().custom() == null ? null : r.indicator().custom().trim()),
        r.unit() == null || r.unit().isBlank() ? null : r.unit().trim(),
        toMeasure(r.baseline()),
        toMeasure(r.target()),
        ProjectConversions.list(
            r.actuals(),
            a ->
                new ProjectContent.Actual(
                    a.periodStart(), a.periodEnd(), Decimals.canonical(a.value()))));
  }

  static ResultView toView(ProjectContent.Result r) {
    return new ResultView(
        r.id(),
        ProjectConversions.localisedText(r.title()),
        new Indicator(r.indicator().sdgIndicator(), r.indicator().custom()),
        r.unit(),
        r.baseline() == null ? null : new Measure(r.baseline().year(), r.baseline().value()),
        r.target() == null ? null : new Measure(r.target().year(), r.target().value()),
        r.actuals().stream()
            .map(a -> new Actual(a.periodStart(), a.periodEnd(), a.value()))
            .toList());
  }

  static ProjectState.Result toState(ProjectContent.Result r) {
    return new ProjectState.Result(
        r.id(),
        r.title(),
        new ProjectState.Indicator(r.indicator().sdgIndicator(), r.indicator().custom()),
        r.unit(),
        r.baseline() == null
            ? null
            : new ProjectState.Measure(r.baseline().year(), r.baseline().value()),
        r.target() == null ? null : new ProjectState.Measure(r.target().year(), r.target().value()),
        r.actuals().stream()
            .map(a -> new ProjectState.Actual(a.periodStart(), a.periodEnd(), a.value()))
            .toList());
  }

  private static ProjectContent.Measure toMeasure(Measure m) {
    return m == null ? null : new ProjectContent.Measure(m.year(), Decimals.canonical(m.value()));
  }
}
