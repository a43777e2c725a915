package org.sdghub.funding;

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

/** The module's layering, as CONVENTIONS.md sets it: api → service → repository/domain/client. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sdghub.funding");

  @Test
  void resourcesHoldNoQueriesAndNoEntities() {
    noClasses()
        .that()
        .resideInAPackage("..funding.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..funding.repository..",
            "..funding.domain..",
            "..funding.client..",
            "jakarta.persistence..",
            "org.hibernate..")
        .check(CLASSES);
  }

  @Test
  void servicesImportNothingFromJaxRs() {
    noClasses()
        .that()
        .resideInAnyPackage("..funding.service..", "..funding.client..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void nothingButResourcesCallsResources() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..funding.api..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Path.class)
        .check(CLASSES);
  }

  @Test
  void repositoriesDomainAndClientsDoNotReachUpwards() {
    noClasses()
        .that()
        .resideInAnyPackage("..funding.repository..", "..funding.domain..", "..funding.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..funding.api..", "..funding.service..", "..funding.events..")
        .check(CLASSES);
  }

  @Test
  void publishedEventPayloadsAreTheirOwnShape() {
    noClasses()
        .that()
        .resideInAPackage("..funding.events..")
        .and()
        .haveSimpleNameEndingWith("State")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..funding.domain..",
            "..funding.api..",
            "..funding.repository..",
            "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void eventConsumersNeverGoThroughTheHttpLayer() {
    noClasses()
        .that()
        .resideInAPackage("..funding.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..funding.api..", "jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void entitiesLiveInTheDomain() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .resideInAPackage("..funding.domain..")
        .check(CLASSES);
  }

  @Test
  void transactionsAreDeclaredOnServiceMethodsOnly() {
    methods()
        .that()
        .areAnnotatedWith(Transactional.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..funding.service..")
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
