package org.sdghub.partners;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The module's layering, as CONVENTIONS.md sets it: api → service → repository/domain. */
class ArchitectureTest {

  private static final String BASE = "org.sdghub.partners";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void resourcesHoldNoQueriesAndNoEntities() {
    noClasses()
        .that()
        .resideInAPackage("..partners.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..partners.repository..",
            "..partners.domain..",
            "jakarta.persistence..",
            "io.quarkus.hibernate..",
            "org.hibernate..")
        .check(CLASSES);
  }

  @Test
  void servicesImportNothingFromJaxRs() {
    noClasses()
        .that()
        .resideInAPackage("..partners.service..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void onlyResourcesCallTheirOwnLayerAndNothingCallsResources() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..partners.api..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Path.class)
        .check(CLASSES);
  }

  @Test
  void repositoriesAndDomainDoNotReachUpwards() {
    noClasses()
        .that()
        .resideInAnyPackage("..partners.repository..", "..partners.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..partners.api..", "..partners.service..", "jakarta.ws.rs..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("..partners.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..partners.repository..", "..partners.events..")
        .check(CLASSES);
  }

  @Test
  void eventPayloadsAreTheirOwnShapeNeverEntitiesOrHttpRecords() {
    noClasses()
        .that()
        .resideInAPackage("..partners.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..partners.domain..",
            "..partners.api..",
            "..partners.service..",
            "..partners.repository..",
            "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void entitiesLiveInTheDomain() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .resideInAPackage("..partners.domain..")
        .check(CLASSES);
  }

  @Test
  void transactionsAreDeclaredOnServiceMethodsOnly() {
    methods()
        .that()
        .areAnnotatedWith(Transactional.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..partners.service..")
        .check(CLASSES);
    noClasses().should().beAnnotatedWith(Transactional.class).check(CLASSES);
  }

  @Test
  void dependenciesAreInjectedThroughConstructors() {
    fields().should().notBeAnnotatedWith(Inject.class).check(CLASSES);
  }

  @Test
  void platformMachineryStaysInternal() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sdghub.platform.internal..")
        .check(CLASSES);
  }
}
