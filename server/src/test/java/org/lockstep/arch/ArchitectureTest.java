package org.lockstep.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pins the module directions of STYLE.md: server -> import -> cypher, and the driver as the only way to the graph. */
@AnalyzeClasses(packages = "org.lockstep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CYPHER_MODULE = {"org.lockstep.store..", "org.lockstep.query..",
        "org.lockstep.detect..", "org.lockstep.stats..", "org.lockstep.error..", "org.lockstep.console.."};

    @ArchTest
    static final ArchRule the_cypher_module_depends_on_no_other_module = noClasses()
            .that().resideInAnyPackage(CYPHER_MODULE)
            .should().dependOnClassesThat().resideInAnyPackage("org.lockstep.importer..", "org.lockstep.generate..",
                    "org.lockstep.server..", "org.lockstep.cli..");

    @ArchTest
    static final ArchRule the_import_module_does_not_reach_up_into_the_server = noClasses()
            .that().resideInAnyPackage("org.lockstep.importer..", "org.lockstep.generate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lockstep.server..", "org.lockstep.cli..");

    @ArchTest
    static final ArchRule the_generator_writes_files_and_never_touches_the_graph = noClasses()
            .that().resideInAPackage("org.lockstep.generate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.lockstep.store..");

    @ArchTest
    static final ArchRule the_http_layer_does_not_depend_on_the_cli = noClasses()
            .that().resideInAPackage("org.lockstep.server..")
            .should().dependOnClassesThat().resideInAPackage("org.lockstep.cli..");

    @ArchTest
    static final ArchRule only_the_store_touches_embedded_neo4j = noClasses()
            .that().resideOutsideOfPackage("org.lockstep.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.graphdb..",
                    "org.neo4j.configuration..", "org.neo4j.kernel..")
            .because("every query goes through the driver, so the same code runs against an external server");

    @ArchTest
    static final ArchRule javalin_stays_in_the_http_layer = noClasses()
            .that().resideOutsideOfPackage("org.lockstep.server..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");
}
