package org.sdghub.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sdghub.gateway.domain.ChangeFeedTags;
import org.sdghub.gateway.domain.ReadModelTransaction;
import org.sdghub.gateway.service.FundingUpdates;
import org.sdghub.gateway.service.ReadModelReplay;
import org.sdghub.gateway.service.ReadModelUpdates;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;

/**
 * Keeps the read model's money from funding-service's events: transactions (each event carries the
 * full state; a withdrawn one stays, counting nowhere) and exchange rates, each working out the
 * money of the projects it touches again; appends each event to the change feed (a transaction's
 * with its project's tags), in the inbox's transaction. Unreadable data fails: retried, then
 * parked.
 */
@ApplicationScoped
public class FundingEventsHandler implements EventHandler, ReadModelReplay {

  private final ObjectMapper mapper;
  private final FundingUpdates funding;
  private final ReadModelUpdates updates;

  FundingEventsHandler(ObjectMapper mapper, FundingUpdates funding, ReadModelUpdates updates) {
    this.mapper = mapper;
    this.funding = funding;
    this.updates = updates;
  }

  @Override
  public Set<String> types() {
    return ReadModelEventTypes.FUNDING;
  }

  @Override
  public void apply(ReceivedEvent event) {
    if (ReadModelEventTypes.EXCHANGE_RATE_UPDATED.equals(event.type())) {
      funding.apply(ExchangeRateEventData.read(event, mapper), event.time().toInstant());
      updates.publish(ChangeFeedOrigins.of(event), ChangeFeedTags.NONE);
      return;
    }
    ReadModelTransaction transaction = TransactionEventData.read(event, mapper);
    funding.apply(transaction, event.time().toInstant());
    updates.publish(ChangeFeedOrigins.of(event), funding.tagsOf(transaction));
  }

  @Override
  public void replay(ReceivedEvent event) {
    if (ReadModelEventTypes.EXCHANGE_RATE_UPDATED.equals(event.type())) {
      funding.apply(ExchangeRateEventData.read(event, mapper), event.time().toInstant());
    } else {
      funding.apply(TransactionEventData.read(event, mapper), event.time().toInstant());
    }
  }
}
