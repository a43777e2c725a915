package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sdghub.gateway.domain.ChangeFeedTags;
import org.sdghub.gateway.domain.ProjectBudget;
import org.sdghub.gateway.domain.ProjectMoney;
import org.sdghub.gateway.domain.ProjectRows;
import org.sdghub.gateway.domain.ReadModelOrganisation;
import org.sdghub.gateway.domain.ReadModelProject;
import org.sdghub.gateway.repository.ChangeFeedRepository;
import org.sdghub.gateway.repository.ReadModelRepository;

/**
 * Applies an organisation's or a project's new state to the read model. Each write keeps a state
 * only when it is newer than the one held (so a state applied by a rebuild and again by the inbox,
 * or delivered out of order, changes nothing) and then notes the time of the topic's last applied
 * event. Runs in the caller's transaction: the inbox's, or a rebuild's.
 */
@ApplicationScoped
public class ReadModelUpdates {

  /** The CloudEvent an update came with, as the change feed records it. */
  public record Origin(
      String eventId, String source, String type, String subject, Instant time, String data) {}

  private final ReadModelRepository readModel;
  private final ChangeFeedRepository feed;
  private final FundingUpdates funding;

  ReadModelUpdates(
      ReadModelRepository readModel, ChangeFeedRepository feed, FundingUpdates funding) {
    this.readModel = readModel;
    this.feed = feed;
    this.funding = funding;
  }

  /** Keeps the organisation's state if newer; true if it did. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(ReadModelOrganisation organisation, String topic, Instant eventTime) {
    boolean newer = readModel.saveIfNewer(organisation);
    if (newer) {
      readModel.recordPosition(topic, eventTime);
    }
    return newer;
  }

  /**
   * Keeps the project's state and rows if newer, with its money from the transactions and rates
   * held (those that came before it included); true if it did.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(ReadModelProject project, String topic, Instant eventTime) {
    ProjectMoney money =
        funding.moneyOf(
            project.id(),
            new ProjectBudget(
                project.budgetAmount(), project.budgetCurrency(), project.budgetDate()));
    boolean newer = readModel.saveIfNewer(project, money, ProjectRows.of(project, money));
    if (newer) {
      readModel.recordPosition(topic, eventTime);
    }
    return newer;
  }

  /** Appends the event to the change feed (once per event id), in the applying transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(Origin origin, ChangeFeedTags tags) {
    feed.append(
        origin.eventId(),
        origin.source(),
        origin.type(),
        origin.subject(),
        origin.time(),
        origin.data(),
        tags);
  }
}
