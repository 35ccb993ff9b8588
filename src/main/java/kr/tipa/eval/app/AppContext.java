package kr.tipa.eval.app;

import java.nio.file.Path;
import java.time.Clock;
import kr.tipa.eval.authoring.IntakeReader;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.service.AuditService;
import kr.tipa.eval.service.BackupService;
import kr.tipa.eval.service.ChairService;
import kr.tipa.eval.service.DocumentService;
import kr.tipa.eval.service.EvaluatorService;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.service.HandOut;
import kr.tipa.eval.service.ImportService;
import kr.tipa.eval.service.CertificatePins;
import kr.tipa.eval.service.KeyService;
import kr.tipa.eval.service.PanelPackageService;
import kr.tipa.eval.service.MergedPanels;
import kr.tipa.eval.service.PanelResultImportService;
import kr.tipa.eval.service.ResultCsvService;
import kr.tipa.eval.service.ResultWorkbookService;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.service.ResultsService;
import kr.tipa.eval.service.RoundBuildService;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.service.ScoreLoadService;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.service.ScreeningService;
import kr.tipa.eval.service.SheetExportService;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.ChairRepository;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.KeyRepository;
import kr.tipa.eval.storage.PanelResultRepository;
import kr.tipa.eval.storage.RoundRepository;
import kr.tipa.eval.storage.RoundSetupRepository;
import kr.tipa.eval.storage.ScoringRepository;
import kr.tipa.eval.storage.ScreeningRepository;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.files.FileDocumentStore;
import kr.tipa.eval.storage.h2.Database;
import kr.tipa.eval.storage.h2.H2ApplicationRepository;
import kr.tipa.eval.storage.h2.H2AuditLog;
import kr.tipa.eval.storage.h2.H2ChairRepository;
import kr.tipa.eval.storage.h2.H2EvaluatorRepository;
import kr.tipa.eval.storage.h2.H2KeyRepository;
import kr.tipa.eval.storage.h2.H2PanelPackageRepository;
import kr.tipa.eval.storage.h2.H2PanelResultRepository;
import kr.tipa.eval.storage.h2.H2RoundRepository;
import kr.tipa.eval.storage.h2.H2RoundSetupRepository;
import kr.tipa.eval.storage.h2.H2ScoringRepository;
import kr.tipa.eval.storage.h2.H2ScreeningRepository;

/**
 * The one composition root: builds the storage and services of one data folder and hands them on
 * through constructors. Nothing here is static; the window and the command line each build one.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataFolder;
    private final Messages messages;
    private final Database database;
    private final FolderKeys folderKeys;
    private final DocumentStore documents;
    private final FolderService folder;
    private final DocumentService documentReader;
    private final AuditLog audit;
    private final RoundService rounds;
    private final ScreeningService screening;
    private final ImportService imports;
    private final EvaluatorService evaluators;
    private final ScoringService scoring;
    private final ScoreLoadService scoreLoads;
    private final ResultsService results;
    private final KeyService keys;
    private final ChairService chair;
    private final BackupService backups;
    private final ResultWorkbooks resultWorkbooks;
    private final SheetExportService sheetExports;
    private final SheetImportService sheetImports;
    private final CertificatePins pins;
    private final SigningCertificates signingCertificates;
    private final RoundBuildService roundBuilds;
    private final PanelPackageService panelPackages;
    private final ResultCsvService resultCsv;
    private final PanelResultImportService panelResults;

    public AppContext(Path dataFolder, Messages messages, Clock clock) {
        this(dataFolder, messages, clock, SecretSource.NONE);
    }

    public AppContext(Path dataFolder, Messages messages, Clock clock, SecretSource secrets) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.messages = messages;
        // The source decides how long a password is remembered: once per command, or per window session.
        SecretSource remembered = secrets;
        this.folderKeys = new FolderKeys(this.dataFolder, remembered);
        this.database = new Database(this.dataFolder, folderKeys);
        Path folder = this.dataFolder;
        database.whenOpened(() -> LogFiles.attach(folder));
        this.documents = new FileDocumentStore(this.dataFolder, folderKeys,
                new kr.tipa.eval.storage.h2.H2PackIndex(database));
        this.folder = new FolderService(this.dataFolder, database::exists, database);
        this.documentReader = new DocumentService(documents);
        RoundRepository roundRepository = new H2RoundRepository(database);
        ApplicationRepository applicationRepository = new H2ApplicationRepository(database);
        ScreeningRepository screeningRepository = new H2ScreeningRepository(database);
        this.audit = new H2AuditLog(database);
        RoundSetupRepository setupRepository = new H2RoundSetupRepository(database);
        this.rounds = new RoundService(roundRepository, applicationRepository, setupRepository);
        this.screening = new ScreeningService(database, applicationRepository, screeningRepository, audit, clock);
        H2EvaluatorRepository evaluatorRepository = new H2EvaluatorRepository(database);
        this.imports = new ImportService(this.dataFolder, new BundleReader(), documents, database, roundRepository,
                applicationRepository, setupRepository, evaluatorRepository, screening, audit, clock);
        ScoringRepository scoringRepository = new H2ScoringRepository(database);
        KeyRepository keyRepository = new H2KeyRepository(database);
        this.evaluators = new EvaluatorService(database, evaluatorRepository, audit, clock, rounds);
        this.keys = new KeyService(this.dataFolder.resolve("keys"), new IdentityService(), keyRepository,
                remembered, audit, clock);
        this.scoring = new ScoringService(database, applicationRepository, scoringRepository, evaluatorRepository,
                screening, audit, keys, clock);
        HandOut handOut = new HandOut(audit, messages, clock);
        this.sheetExports = new SheetExportService(rounds, scoringRepository, evaluators, keys, keyRepository,
                handOut, messages, clock);
        this.pins = new CertificatePins(database, rounds, keyRepository, audit, clock);
        this.sheetImports = new SheetImportService(database, rounds, scoringRepository, evaluators, keyRepository,
                pins, audit, clock);
        this.signingCertificates = new SigningCertificates(database, evaluators, keys, pins, clock);
        this.scoreLoads = new ScoreLoadService(database, rounds, scoring, evaluators, audit);
        ChairRepository chairRepository = new H2ChairRepository(database);
        PanelResultRepository panelResultRepository = new H2PanelResultRepository(database);
        this.results = new ResultsService(rounds, screening, scoringRepository, evaluators, round -> {
            java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
            chairRepository.exclusions(round.id()).forEach((receipt, d) -> reasons.put(receipt, d.detail()));
            return reasons;
        }, new MergedPanels(panelResultRepository, () -> !evaluators.all().isEmpty()));
        this.backups = new BackupService(this.dataFolder, database, remembered, handOut);
        this.chair = new ChairService(database, rounds, scoringRepository, evaluators, screening, results,
                chairRepository, audit, clock);
        this.resultWorkbooks = new ResultWorkbookService(results, rounds, chair, screening, evaluators, keys, audit,
                handOut, messages, clock);
        this.resultCsv = new ResultCsvService(results, handOut);
        H2PanelPackageRepository packageRepository = new H2PanelPackageRepository(database);
        this.panelResults = new PanelResultImportService(database, rounds, screening, panelResultRepository,
                packageRepository, audit, clock);
        this.roundBuilds = new RoundBuildService(new IntakeReader(), new BundleReader(), keys, audit, clock);
        this.panelPackages = new PanelPackageService(database, rounds, applicationRepository, screening, documents,
                new BundleReader(), keys, packageRepository, audit, clock);
    }

    public AppContext(Path dataFolder, Messages messages) {
        this(dataFolder, messages, Clock.systemDefaultZone());
    }

    /**
     * Loads and runs once what opening the folder and reading the first screen use first — H2's engine on
     * an empty database in memory, the log's patterns, the JSON reader of stored programmes, the reader of
     * certificates' names — touching no data and no key. The window runs it beside the key derivation,
     * which keeps one core busy for a third of a second or more while the other waits. A failure here
     * changes nothing: the real work meets the same code again.
     */
    public void warmUp() {
        try {
            Database.warmUp();
            LogFiles.warmUp();
            Jsons.MAPPER.readTree("{\"rubric\":{\"categories\":[{\"id\":\"A\",\"maxPoints\":10.5,"
                    + "\"indicators\":[]}]},\"tieBreak\":[\"TOTAL\"],\"capacity\":1}");
            kr.tipa.eval.signing.CertificateSummary.loadNameReader();
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AppContext.class).debug("warm-up failed", e);
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Whether this folder holds a database yet; asking does not create one. */
    public boolean hasDatabase() {
        return folder.hasDatabase();
    }

    /** The folder as the window meets it: has it a database, does it need the password, open it. */
    public FolderService folder() {
        return folder;
    }

    /** Whether this folder's data is encrypted (asks for the password when the folder has a key file). */
    public boolean encrypted() {
        return folderKeys.encrypted();
    }

    /** How long deriving this folder's keys from the password took (zero before, or when not encrypted). */
    public java.time.Duration keyDerivationTime() {
        return folderKeys.lastDerivation();
    }

    public Messages messages() {
        return messages;
    }

    public DocumentStore documents() {
        return documents;
    }

    /** The attached documents as the viewer reads them. */
    public DocumentService documentReader() {
        return documentReader;
    }

    public AuditService auditTrail() {
        return new AuditService(audit);
    }

    public AuditLog audit() {
        return audit;
    }

    public RoundService rounds() {
        return rounds;
    }

    public ScreeningService screening() {
        return screening;
    }

    public ImportService imports() {
        return imports;
    }

    public EvaluatorService evaluators() {
        return evaluators;
    }

    public ScoringService scoring() {
        return scoring;
    }

    public ScoreLoadService scoreLoads() {
        return scoreLoads;
    }

    public ResultsService results() {
        return results;
    }

    public ResultWorkbooks resultWorkbooks() {
        return resultWorkbooks;
    }

    public BackupService backups() {
        return backups;
    }

    public ChairService chair() {
        return chair;
    }

    public KeyService keys() {
        return keys;
    }

    public SheetExportService sheetExports() {
        return sheetExports;
    }

    /** The certificates the chair's database takes as each evaluator's, and the roster's fingerprints. */
    public CertificatePins pins() {
        return pins;
    }

    /** The 공동인증서 the window's picker offers, and taking one as the key an evaluator signs with. */
    public SigningCertificates signingCertificates() {
        return signingCertificates;
    }

    public SheetImportService sheetImports() {
        return sheetImports;
    }

    public RoundBuildService roundBuilds() {
        return roundBuilds;
    }

    /** The agency's split of a screened round into one signed package per panel. */
    public PanelPackageService panelPackages() {
        return panelPackages;
    }

    /** {@code results --csv}: the result table for the agency's own systems. */
    public ResultCsvService resultCsv() {
        return resultCsv;
    }

    /** The agency's import of the panels' signed results, and each panel's state. */
    public PanelResultImportService panelResults() {
        return panelResults;
    }

    @Override
    public void close() {
        database.close();
    }
}
