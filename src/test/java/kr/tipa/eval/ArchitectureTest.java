package kr.tipa.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import kr.tipa.eval.ui.MainWindow;
import kr.tipa.eval.ui.StartProbe;
import kr.tipa.eval.ui.WindowLauncher;
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

    static final ArchRule modelIsValuesOverTheDomain = classes().that().resideInAPackage("..eval.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..eval.domain..", "..eval.model..")
            .because("the values every layer shares sit below services, storage and workbooks alike");

    static final ArchRule workbooksKnowNoServices = noClasses().that().resideInAPackage("..eval.excel..")
            .should().dependOnClassesThat().resideInAnyPackage("..eval.service..", "..eval.storage..",
                    "..eval.ui..", "..eval.cli..")
            .because("services write workbooks; a workbook writer takes values, never the services that call it");

    static final ArchRule theOfficialRulesNeverReadTheAdvisory = noClasses().that()
            .resideInAPackage("..eval.domain.aggregation..")
            .should().dependOnClassesThat().resideInAPackage("..eval.domain.advisory..")
            .because("the composite, status and rank are program-rules.md §3 alone; agreement is advisory (issue 16)");

    static final ArchRule theAppealPackCarriesNothingAdvisory = noClasses().that().haveSimpleNameStartingWith("AppealPack")
            .should().dependOnClassesThat().resideInAPackage("..eval.domain.advisory..")
            .because("what an applicant may see carries no agreement figure or adjusted composite (issue 16)");

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

    /**
     * The window's one composition point (and the two entry points that build a context for it) hands each view
     * model the services it uses; everything else in ui sees services, never the whole context.
     */
    static final ArchRule onlyTheCompositionPointSeesTheContext = noClasses().that().resideInAPackage("..eval.ui..")
            .and().doNotBelongToAnyOf(MainWindow.class, WindowLauncher.class, StartProbe.class)
            .should().dependOnClassesThat().haveFullyQualifiedName("kr.tipa.eval.app.AppContext")
            .because("style.md: dependencies through constructors, no service locator");

    /**
     * JabRef's layering, ours: screens and commands call services; services use storage and the workbook
     * writers; the model's values and the domain's rules are below them all. Only the composition root (and the
     * benchmarks, which build rounds the way it does) wires storage to services.
     */
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Screens").definedBy("..eval.ui..")
            .layer("Commands").definedBy("..eval.cli..")
            .layer("Composition").definedBy("..eval.app..", "..eval.bench..")
            .layer("Services").definedBy("..eval.service..")
            .layer("Storage").definedBy("..eval.storage..")
            .layer("Workbooks").definedBy("..eval.excel..")
            .layer("Model").definedBy("..eval.model..")
            .layer("Domain").definedBy("..eval.domain..")
            .whereLayer("Screens").mayOnlyBeAccessedByLayers("Commands", "Composition")
            .whereLayer("Commands").mayOnlyBeAccessedByLayers("Screens", "Composition")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Screens", "Commands", "Composition")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Services", "Composition")
            .whereLayer("Workbooks").mayOnlyBeAccessedByLayers("Services", "Composition")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Screens", "Commands", "Composition", "Services",
                    "Storage", "Workbooks")
            .because("ui -> service -> model/domain; storage and workbooks stay behind the services");

    /** ControlsFX is a window toolkit: the command line, the services and the rules never see it. */
    static final ArchRule controlsFxOnlyInTheWindow = noClasses().that().resideOutsideOfPackages("..eval.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.controlsfx..");

    /**
     * A view model (and a menu action) says what is wrong with a field or that work ended; how that looks
     * (a decoration, a notification) is the view's, so view models stay plain and testable without a screen.
     */
    static final ArchRule viewModelsNeverImportControlsFx = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().resideInAPackage("..eval.ui.actions..")
            .should().dependOnClassesThat().resideInAPackage("org.controlsfx..")
            .because("issue 12: decorations come from the view model's own judgement, shown by the view");

    /** One class shows notifications, and decides whether the user is looking elsewhere. */
    static final ArchRule notificationsOnlyThroughTheWindowsNotices = noClasses()
            .that().doNotHaveFullyQualifiedName("kr.tipa.eval.ui.DesktopNotices")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.controlsfx.control.Notifications")
            .because("work that ends says so through Notices; DesktopNotices alone shows it");

    static final ArchRule viewModelsKnowNoStorage = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().resideInAPackage("..eval.ui.actions..")
            .should().dependOnClassesThat().resideInAPackage("..eval.storage..")
            .because("a view model calls services; it is tested with services over a real database");
}
