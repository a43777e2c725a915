package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.funding.api.TransactionRequest;
import org.sdghub.funding.domain.Codelists;
import org.sdghub.funding.domain.OrganisationCopy;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.TransactionType;
import org.sdghub.funding.domain.Unprocessable;
import org.sdghub.funding.repository.OrganisationCopyRepository;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.InvalidInput;

/**
 * The rules of a transaction request that need data: codes from the IATI and ISO code lists (400
 * when unknown), then the project and organisations from the copies and the currency's decimals
 * (422), each failure naming its field.
 */
@ApplicationScoped
public class TransactionRules {

  private final ProjectCopyRepository projects;
  private final OrganisationCopyRepository organisations;

  TransactionRules(ProjectCopyRepository projects, OrganisationCopyRepository organisations) {
    this.projects = projects;
    this.organisations = organisations;
  }

  /** What a valid request resolves to. */
  public record Checked(TransactionType type, ProjectCopy project, UUID receiver) {}

  /** Checks the request; throws a 400 or 422 problem naming every field at fault. */
  public Checked check(TransactionRequest request) {
    Optional<TransactionType> type = TransactionType.parse(request.type());
    checkCodes(request, type.isPresent());
    List<FieldError> errors = new ArrayList<>();
    ProjectCopy project = checkProject(request.projectId(), errors);
    checkOrganisation("providerOrganisationId", request.providerOrganisationId(), errors);
    UUID receiver = request.receiverOrganisationId();
    if (receiver == null && project != null) {
      receiver = project.accountableOrganisation();
    } else if (receiver != null) {
      checkOrganisation("receiverOrganisationId", receiver, errors);
    }
    int decimals = Codelists.decimalsOf(request.currency());
    if (request.amount().stripTrailingZeros().scale() > decimals) {
      errors.add(
          new FieldError(
              "amount", request.currency() + " amounts have at most " + decimals + " decimals"));
    }
    if (!errors.isEmpty()) {
      throw new Unprocessable(errors);
    }
    return new Checked(type.orElseThrow(), project, receiver);
  }

  private ProjectCopy checkProject(UUID id, List<FieldError> errors) {
    ProjectCopy project = projects.read(id);
    if (project == null) {
      errors.add(new FieldError("projectId", "unknown project " + id));
    } else if (project.deleted) {
      errors.add(new FieldError("projectId", "project " + id + " was deleted"));
    }
    return project;
  }

  private void checkOrganisation(String field, UUID id, List<FieldError> errors) {
    OrganisationCopy organisation = organisations.read(id);
    if (organisation == null) {
      errors.add(new FieldError(field, "unknown organisation " + id));
    } else if (organisation.mergedInto != null) {
      errors.add(
          new FieldError(
              field,
              "organisation "
                  + id
                  + " was merged into "
                  + organisation.mergedInto
                  + " in the partner registry: name that organisation instead"));
    } else if (organisation.archived) {
      errors.add(new FieldError(field, "organisation " + id + " is archived"));
    }
  }

  private static void checkCodes(TransactionRequest request, boolean typeKnown) {
    List<FieldError> errors = new ArrayList<>();
    if (!typeKnown) {
      errors.add(
          new FieldError(
              "type", "must be an IATI TransactionType code (1-13) or name, such as disbursement"));
    }
    if (request.amount().signum() <= 0) {
      errors.add(new FieldError("amount", "must be more than 0"));
    }
    if (!Codelists.isCurrency(request.currency())) {
      errors.add(new FieldError("currency", "must be an ISO 4217 currency code"));
    }
    code("financeType", request.financeType(), Codelists::isFinanceType, errors);
    code("aidType", request.aidType(), Codelists::isAidType, errors);
    code("flowType", request.flowType(), Codelists::isFlowType, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static void code(
      String field,
      String value,
      java.util.function.Predicate<String> known,
      List<FieldError> errors) {
    if (value != null && !known.test(value)) {
      errors.add(new FieldError(field, "unknown IATI " + field + " code " + value));
    }
  }
}
