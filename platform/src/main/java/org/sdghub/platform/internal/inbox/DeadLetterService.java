package org.sdghub.platform.internal.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sdghub.platform.DeadLetter;
import org.sdghub.platform.DeadLetters;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.ReceivedEvent;

/**
 * Lists and replays dead letters; a replay goes through the same inbox rule as a first delivery.
 */
@ApplicationScoped
public class DeadLetterService implements DeadLetters {

  private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

  private final DeadLetterStore store;
  private final InboxProcessor processor;

  DeadLetterService(DeadLetterStore store, InboxProcessor processor) {
    this.store = store;
    this.processor = processor;
  }

  @Override
  public List<DeadLetter> list() {
    try {
      return store.list();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the dead letters", e);
    }
  }

  @Override
  public Page<DeadLetter> list(PageRequest request) {
    try {
      return Page.of(store.page(request.size(), request.offset()), request, store.count());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the dead letters", e);
    }
  }

  @Override
  public Replayed replayAll() {
    List<Long> ids;
    try {
      ids = store.ids();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the dead letters", e);
    }
    int replayed = 0;
    int failedAgain = 0;
    for (long id : ids) {
      try {
        if (replay(id)) {
          replayed++;
        } else {
          failedAgain++;
        }
      } catch (NoSuchElementException replayedMeanwhile) {
        // Another operator's replay took it first.
      }
    }
    LOG.infof("Replayed %d dead letters; %d failed again and stay parked", replayed, failedAgain);
    return new Replayed(replayed, failedAgain);
  }

  @Override
  public Optional<DeadLetter> find(long id) {
    try {
      return store.find(id);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read dead letter " + id, e);
    }
  }

  @Override
  public boolean replay(long id) {
    byte[] message = payload(id);
    try {
      InboxOutcome outcome =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    InboxOutcome result = processor.process(ReceivedEvent.parse(message));
                    store.delete(id);
                    return result;
                  });
      LOG.infof("Replayed dead letter %d: %s", id, outcome);
      return true;
    } catch (RuntimeException e) {
      LOG.warnf("Replaying dead letter %d failed again: %s", id, e);
      QuarkusTransaction.requiringNew().run(() -> failedAgain(id, e));
      return false;
    }
  }

  private byte[] payload(long id) {
    try {
      return store
          .payload(id)
          .orElseThrow(() -> new NoSuchElementException("No dead letter " + id));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read dead letter " + id, e);
    }
  }

  private void failedAgain(long id, RuntimeException error) {
    try {
      store.failedAgain(id, Failures.describe(error));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the failed replay of " + id, e);
    }
  }
}
