package org.sdghub.projects;

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

  private static final String BASE = "org.sdghub.projects";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void resourcesHoldNoQueriesAndNoEntities() {
    noClasses()
        .that()
        .resideInAPackage("..projects.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..projects.repository..",
            "..projects.domain..",
            "jakarta.persistence..",
            "io.quarkus.hibernate..",
            "org.hibernate..")
        .check(CLASSES);
  }

  @Test
  void servicesImportNothingFromJaxRs() {
    noClasses()
        .that()
        .resideInAPackage("..projects.service..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void onlyResourcesCallTheirOwnLayerAndNothingCallsResources() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..projects.api..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Path.class)
        .check(CLASSES);
  }

  @Test
  void repositoriesAndDomainDoNotReachUpwards() {
    noClasses()
        .that()
        .resideInAnyPackage("..projects.repository..", "..projects.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..projects.api..", "..projects.service..", "jakarta.ws.rs..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("..projects.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..projects.repository..", "..projects.events..")
        .check(CLASSES);
  }

  @Test
  void publishedEventPayloadsAreTheirOwnShapeNeverEntitiesOrHttpRecords() {
    // The package also holds the consumer of partner events, which writes the organisation copy
    // through the repository; what this module publishes (Project*) depends on nothing of it.
    noClasses()
        .that()
        .resideInAPackage("..projects.events..")
        .and()
        .haveSimpleNameStartingWith("Project")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..projects.domain..",
            "..projects.api..",
            "..projects.service..",
            "..projects.repository..",
            "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void eventConsumersNeverGoThroughTheHttpLayer() {
    noClasses()
        .that()
        .resideInAPackage("..projects.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..projects.api..", "jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void entitiesLiveInTheDomain() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .resideInAPackage("..projects.domain..")
        .check(CLASSES);
  }

  @Test
  void transactionsAreDeclaredOnServiceMethodsOnly() {
    methods()
        .that()
        .areAnnotatedWith(Transactional.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..projects.service..")
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
