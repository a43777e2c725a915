package org.sdghub.projects.service;

import java.util.List;
import java.util.UUID;
import org.sdghub.projects.api.Actual;
import org.sdghub.projects.api.Indicator;
import org.sdghub.projects.api.Measure;
import org.sdghub.projects.api.ResultDetails;
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
                    a.periodStart(), a.periodEnd(), Decimals.canonical(a.value()))),
        r.type(),
        r.measure(),
        r.ascending(),
        ProjectConversions.list(
            r.baselines(),
            b ->
                new ProjectContent.Baseline(
                    b.year(), Decimals.canonical(b.value()), dimensions(b.dimensions()))),
        ProjectConversions.list(
            r.periods(),
            p ->
                new ProjectContent.Period(
                    p.periodStart(),
                    p.periodEnd(),
                    ProjectConversions.list(p.targets(), ResultConversions::toValue),
                    ProjectConversions.list(p.actuals(), ResultConversions::toValue))));
  }

  private static ProjectContent.PeriodValue toValue(ResultDetails.PeriodValue v) {
    return new ProjectContent.PeriodValue(
        Decimals.canonical(v.value()), dimensions(v.dimensions()));
  }

  private static List<ProjectContent.Dimension> dimensions(List<ResultDetails.Dimension> given) {
    return ProjectConversions.list(
        given, d -> new ProjectContent.Dimension(d.name(), d.value().trim()));
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
            .toList(),
        r.type(),
        r.measure(),
        r.ascending(),
        r.baselines().stream()
            .map(
                b ->
                    new ResultDetails.Baseline(
                        b.year(),
                        b.value(),
                        b.dimensions().stream()
                            .map(d -> new ResultDetails.Dimension(d.name(), d.value()))
                            .toList()))
            .toList(),
        r.periods().stream()
            .map(
                p ->
                    new ResultDetails.Period(
                        p.periodStart(),
                        p.periodEnd(),
                        p.targets().stream().map(ResultConversions::viewValue).toList(),
                        p.actuals().stream().map(ResultConversions::viewValue).toList()))
            .toList());
  }

  private static ResultDetails.PeriodValue viewValue(ProjectContent.PeriodValue v) {
    return new ResultDetails.PeriodValue(
        v.value(),
        v.dimensions().stream()
            .map(d -> new ResultDetails.Dimension(d.name(), d.value()))
            .toList());
  }

  private static ProjectState.PeriodValue stateValue(ProjectContent.PeriodValue v) {
    return new ProjectState.PeriodValue(
        v.value(),
        v.dimensions().stream().map(d -> new ProjectState.Dimension(d.name(), d.value())).toList());
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
            .toList(),
        r.type(),
        r.measure(),
        r.ascending(),
        r.baselines().stream()
            .map(
                b ->
                    new ProjectState.Baseline(
                        b.year(),
                        b.value(),
                        b.dimensions().stream()
                            .map(d -> new ProjectState.Dimension(d.name(), d.value()))
                            .toList()))
            .toList(),
        r.periods().stream()
            .map(
                p ->
                    new ProjectState.Period(
                        p.periodStart(),
                        p.periodEnd(),
                        p.targets().stream().map(ResultConversions::stateValue).toList(),
                        p.actuals().stream().map(ResultConversions::stateValue).toList()))
            .toList());
  }

  private static ProjectContent.Measure toMeasure(Measure m) {
    return m == null ? null : new ProjectContent.Measure(m.year(), Decimals.canonical(m.value()));
  }
}
