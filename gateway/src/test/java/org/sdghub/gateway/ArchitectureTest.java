package org.sdghub.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;

/** The layering of CONVENTIONS.md, kept by the build. */
@AnalyzeClasses(
    packages = "org.sdghub.gateway",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule servicesKnowNothingOfJaxRs =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..service..", "..domain..", "..repository..", "..client..", "..events..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule resourcesHoldNoQueries =
      noClasses()
          .that()
          .resideInAPackage("..api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..repository..", "jakarta.persistence..", "org.hibernate..");

  @ArchTest
  static final ArchRule transactionsStartInServices =
      methods()
          .that()
          .areAnnotatedWith(Transactional.class)
          .should()
          .beDeclaredInClassesThat()
          .resideInAPackage("..service..");

  @ArchTest
  static final ArchRule entitiesLiveInTheDomain =
      classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..");

  @ArchTest
  static final ArchRule nothingUsesThePlatformsInternals =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.sdghub.platform.internal..");

  @ArchTest
  static final ArchRule theDomainDependsOnNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..api..", "..service..", "..client..", "..repository..");

  @ArchTest
  static final ArchRule eventHandlersWriteThroughServices =
      noClasses()
          .that()
          .resideInAPackage("..events..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..api..", "..repository..", "..client..");

  @ArchTest
  static final ArchRule theReadModelIsReadAndWrittenOnlyByServices =
      noClasses()
          .that()
          .resideOutsideOfPackages("..service..", "..repository..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("ReadModelRepository")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("WhoWhatWhereQueries");
}
