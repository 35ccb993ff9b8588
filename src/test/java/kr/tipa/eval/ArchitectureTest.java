package kr.tipa.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The directions of style.md: the domain depends on nothing; ui and cli reach storage only through services.
 * Rules are checked from plain JUnit: ArchUnit's own engine is not discovered beside this JUnit platform.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.tipa.eval");
    }

    static Stream<Field> rules() {
        return Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ArchRule.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(Field rule) throws IllegalAccessException {
        ((ArchRule) rule.get(null)).check(classes);
    }

    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("..eval.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..eval.domain..")
            .because("the rules read like the announcement: no javafx, sql, POI or Jackson in the domain");

    static final ArchRule domainUsesNoJdkInfrastructure = noClasses().that().resideInAPackage("..eval.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.awt..", "java.net..",
                    "java.nio.file..", "java.io..")
            .because("the domain is arithmetic and rules, not storage or files");

    static final ArchRule bundleReaderKnowsNoStorageOrScreens = noClasses().that().resideInAPackage("..eval.bundle..")
            .should().dependOnClassesThat().resideInAnyPackage("..eval.storage..", "..eval.service..",
                    "..eval.cli..", "..eval.ui..", "javafx..", "java.sql..");

    /** The round build's reading is for the command line and, later, the agency's window alike. */
    static final ArchRule authoringKnowsNoStorageOrScreens = noClasses().that().resideInAPackage("..eval.authoring..")
            .should().dependOnClassesThat().resideInAnyPackage("..eval.storage..", "..eval.service..",
                    "..eval.cli..", "..eval.ui..", "javafx..", "java.sql..");

    static final ArchRule storageKnowsNoServicesOrScreens = noClasses().that().resideInAPackage("..eval.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("..eval.service..", "..eval.cli..", "..eval.ui..",
                    "javafx..");

    static final ArchRule servicesUseRepositoriesNotJdbc = noClasses().that().resideInAPackage("..eval.service..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "..eval.storage.h2..",
                    "..eval.cli..", "..eval.ui..", "javafx..");

    static final ArchRule screensAndCommandsNeverTouchJdbc = noClasses().that()
            .resideInAnyPackage("..eval.ui..", "..eval.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                    "..eval.storage.h2..");

    static final ArchRule onlyTheUiImportsJavaFx = noClasses().that().resideOutsideOfPackages("..eval.ui..")
            .and().doNotHaveFullyQualifiedName("kr.tipa.eval.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    static final ArchRule viewModelsNeverImportTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .allowEmptyShould(true);

    /** The start probe is a separate JVM's entry point whose standard output is its report to {@code bench start}. */
    static final ArchRule noSystemOutOutsideTheCommandLine = noClasses().that().resideOutsideOfPackages("..eval.cli..")
            .and().doNotHaveFullyQualifiedName("kr.tipa.eval.Main")
            .and().doNotHaveFullyQualifiedName("kr.tipa.eval.ui.StartProbe")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
