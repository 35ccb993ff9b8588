package kr.tipa.eval.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.IntakeFiles;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelPackage;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.signing.SigningIdentity;

/**
 * Two panels end to end, as round-authoring.md §3 runs them: the agency builds the round from its intake
 * files (panels.csv, assignments.csv), imports, screens and overrides on its database; each panel gets its
 * package from {@code round split} (that one panel and its eligible applications, signed with the agency's
 * key, recorded on the agency's database); members score and sign
 * on their own databases; each chair loads the sheets, scores, finalises and writes the signed panel result.
 *
 * <p>Scores, in indicator order GLOBAL_1–3, MARKETABILITY_1–3, EXPORT_PLAN_1–4 (subtotals G/M/E, total):
 * <pre>
 * P1 (C1 chair, M11, M12)
 *   A1  C1  9 9 9 | 9 9 9 | 9 9 9 9   27/27/36 = 90
 *       M11 8 8 8 | 8 8 8 | 8 8 8 8   24/24/32 = 80
 *       M12 9 8 8 | 9 8 8 | 9 9 9 8   25/25/35 = 85     composite (90+80+85)/3 = 85.00
 *   A2  all 7 7 7 | 7 7 7 | 7 7 7 7   21/21/28 = 70     composite 70.00, EXPORT_PLAN mean 28
 *   A3  C1  7 7 6 | 7 6 6 | 7 7 6 6   20/19/26 = 65
 *       M11 8 7 6 | 7 6 6 | 7 7 6 6   21/19/26 = 66
 *       M12 6 7 6 | 7 6 6 | 7 7 6 6   19/19/26 = 64     composite 65.00, EXPORT_PLAN 26, MARKETABILITY 19
 * P2 (C2 chair, M21, M22)
 *   A4  all 6 6 6 | 7 7 7 | 7 7 6 6   18/21/26 = 65     composite 65.00, EXPORT_PLAN 26, MARKETABILITY 21
 *   A5  all 8 8 8 | 8 7 7 | 6 6 6 6   24/22/24 = 70     composite 70.00, EXPORT_PLAN mean 24
 *   A6  C2  6 5 5 | 6 5 5 | 6 6 6 5   16/16/23 = 55
 *       M21 5 5 5 | 5 5 5 | 5 5 5 5   15/15/20 = 50
 *       M22 6 6 6 | 6 6 6 | 6 6 6 6   18/18/24 = 60     composite 55.00
 * A7 (P2) is overridden INELIGIBLE by the agency and A8 (P1) is INELIGIBLE for its credit grade R: neither
 * is in a package.
 * </pre>
 */
public final class TwoPanelRound {

    public static final String A1 = Fixtures.receiptNo(1);
    public static final String A2 = Fixtures.receiptNo(2);
    public static final String A3 = Fixtures.receiptNo(3);
    public static final String A4 = Fixtures.receiptNo(4);
    public static final String A5 = Fixtures.receiptNo(5);
    public static final String A6 = Fixtures.receiptNo(6);
    public static final String A7 = Fixtures.receiptNo(7);
    public static final String A8 = Fixtures.receiptNo(8);
    /** A company name that CSV must quote. */
    public static final String QUOTED_NAME = "주식회사 \"새빛\", 유한";

    public static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");

    /** evaluator → receipt → the ten indicator scores. */
    static final Map<String, Map<String, int[]>> SCORES = new LinkedHashMap<>();

    static {
        int[] sevens = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
        int[] a4 = {6, 6, 6, 7, 7, 7, 7, 7, 6, 6};
        int[] a5 = {8, 8, 8, 8, 7, 7, 6, 6, 6, 6};
        SCORES.put("C1", Map.of(A1, new int[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, A2, sevens,
                A3, new int[] {7, 7, 6, 7, 6, 6, 7, 7, 6, 6}));
        SCORES.put("M11", Map.of(A1, new int[] {8, 8, 8, 8, 8, 8, 8, 8, 8, 8}, A2, sevens,
                A3, new int[] {8, 7, 6, 7, 6, 6, 7, 7, 6, 6}));
        SCORES.put("M12", Map.of(A1, new int[] {9, 8, 8, 9, 8, 8, 9, 9, 9, 8}, A2, sevens,
                A3, new int[] {6, 7, 6, 7, 6, 6, 7, 7, 6, 6}));
        SCORES.put("C2", Map.of(A4, a4, A5, a5, A6, new int[] {6, 5, 5, 6, 5, 5, 6, 6, 6, 5}));
        SCORES.put("M21", Map.of(A4, a4, A5, a5, A6, new int[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5}));
        SCORES.put("M22", Map.of(A4, a4, A5, a5, A6, new int[] {6, 6, 6, 6, 6, 6, 6, 6, 6, 6}));
    }

    private static final Map<String, String> NAMES = Map.of("C1", "김위원장", "M11", "이위원", "M12", "박위원",
            "C2", "최위원장", "M21", "정위원", "M22", "한위원");

    private final Path root;
    private final CliRunner agency = CliRunner.withPassword();
    private final List<ObjectNode> applications;
    private ObjectNode program;
    /** The agency's folder as it stands once the packages are out and before any panel result came back. */
    private Path agencyTemplate;
    private Path p1Final;
    private Path p2Provisional;
    private Path p2Final;
    private String c1Fingerprint;

    public TwoPanelRound(Path root) {
        this.root = root;
        this.applications = IntakeFiles.applications(8);
    }

    public Path root() {
        return root;
    }

    /** A fresh copy of the agency's folder (imported, screened, overridden, packages recorded). */
    public Path agencyCopy(String name) throws Exception {
        Path copy = root.resolve(name);
        copyTree(agencyTemplate, copy);
        return copy;
    }

    public Path p1Final() {
        return p1Final;
    }

    public Path p2Provisional() {
        return p2Provisional;
    }

    public Path p2Final() {
        return p2Final;
    }

    public String c1Fingerprint() {
        return c1Fingerprint;
    }

    /** The chair's database of a panel, where the chair's signing key lives. */
    public Path chairFolder(String panelId) {
        return root.resolve("chair-" + panelId);
    }

    /** The chair's signing identity, as their laptop holds it. */
    public SigningIdentity chairIdentity(String panelId) {
        try (AppContext chair = Panels.open(chairFolder(panelId))) {
            return chair.keys().identity(panelId.equals("P1") ? "C1" : "C2");
        }
    }

    public TwoPanelRound build() throws Exception {
        c1Fingerprint = chairKey("P1", "C1");
        chairKey("P2", "C2");
        intake();
        Path agencyDb = root.resolve("agency");
        run("round", "build", "--db", agencyDb.toString(), "--program", root.resolve("program.json").toString(),
                "--applications", root.resolve("applications.csv").toString(), "--documents",
                root.resolve("documents").toString(), "--panels", root.resolve("panels.csv").toString(),
                "--assignments", root.resolve("assignments.csv").toString(), "--out",
                root.resolve("round.tbundle").toString());
        run("import", root.resolve("round.tbundle").toString(), "--db", agencyDb.toString());
        run("override", "--application", A7, "--screening", "INELIGIBLE", "--reason", "지원목적 불일치 (X01)",
                "--by", "전담기관 담당자", "--db", agencyDb.toString());
        Map<String, Path> packages = new LinkedHashMap<>();
        try (AppContext context = Panels.open(agencyDb)) {
            Round round = context.rounds().require(null);
            for (PanelPackage made : context.panelPackages().split(round, root, "전담기관 담당자", ReadProgress.NONE)) {
                packages.put(made.panelId(), made.file());
            }
        }
        agencyTemplate = root.resolve("agency-template");
        copyTree(agencyDb, agencyTemplate);
        p1Final = panel("P1", "C1", List.of("M11", "M12"), packages.get("P1"), true);
        p2Provisional = panel("P2", "C2", List.of("M21", "M22"), packages.get("P2"), false);
        try (AppContext chair = Panels.open(chairFolder("P2"))) {
            Round round = chair.rounds().require(null);
            chair.chair().finalise(round, NAMES.get("C2"), false, false);
            p2Final = root.resolve("P2-final.xlsx");
            chair.resultWorkbooks().export(round, p2Final);
        }
        return this;
    }

    /** The chair's own database and key, made before the round: the roster names P1's chair by its fingerprint. */
    private String chairKey(String panelId, String chairId) {
        try (AppContext chair = Panels.open(chairFolder(panelId))) {
            chair.evaluators().add(chairId, NAMES.get(chairId), "한국대학교", true);
            return chair.keys().create(chairId, NAMES.get(chairId), "한국대학교").value();
        }
    }

    private void intake() throws Exception {
        for (int i = 0; i < applications.size(); i++) {
            ObjectNode a = applications.get(i);
            Fixtures.object(a, "company").put("name", i == 5 ? QUOTED_NAME : "수출기업 " + (i + 1));
            IntakeFiles.requiredDocuments(root.resolve("documents"), a.get("receiptNo").asText());
        }
        // A1 asks for group insurance with its form; A2 has a fraud history; A5 exported nothing directly last
        // year; A8's credit grade is R.
        Fixtures.object(applications.get(0), "groupInsurance").put("requested", true);
        IntakeFiles.document(root.resolve("documents"), A1, "단체보험가입신청서.pdf", Fixtures.pdfLike("단체보험 " + A1));
        Fixtures.object(applications.get(1), "groupInsurance").put("fraudHistory", true);
        Fixtures.object(applications.get(4), "export").put("hasDirectExportLastYear", false);
        Fixtures.object(applications.get(7), "credit").put("ksureGrade", "R");
        IntakeFiles.csv(root.resolve("applications.csv"), applications, true);
        program = (ObjectNode) Fixtures.manifest().get("program");
        program.put("capacity", 4);
        IntakeFiles.program(root, program);
        IntakeFiles.csvRows(root.resolve("panels.csv"), List.of(
                List.of("panelId", "panelName", "evaluatorId", "evaluatorName", "affiliation", "role", "certificateSha256"),
                List.of("P1", "제1분과", "C1", NAMES.get("C1"), "한국대학교", "CHAIR", c1Fingerprint),
                List.of("P1", "제1분과", "M11", NAMES.get("M11"), "", "MEMBER", ""),
                List.of("P1", "제1분과", "M12", NAMES.get("M12"), "", "MEMBER", ""),
                List.of("P2", "제2분과", "C2", NAMES.get("C2"), "한국대학교", "CHAIR", ""),
                List.of("P2", "제2분과", "M21", NAMES.get("M21"), "", "MEMBER", ""),
                List.of("P2", "제2분과", "M22", NAMES.get("M22"), "", "MEMBER", "")), false);
        List<List<String>> assignments = new ArrayList<>();
        assignments.add(List.of("receiptNo", "panelId"));
        for (String r : List.of(A1, A2, A3, A8)) {
            assignments.add(List.of(r, "P1"));
        }
        for (String r : List.of(A4, A5, A6, A7)) {
            assignments.add(List.of(r, "P2"));
        }
        IntakeFiles.csvRows(root.resolve("assignments.csv"), assignments, false);
    }

    /** Members score and sign on their own laptops; the chair loads their sheets, scores, maybe finalises. */
    private Path panel(String panelId, String chairId, List<String> members, Path pkg, boolean finalise)
            throws Exception {
        List<Path> sheets = new ArrayList<>();
        for (String member : members) {
            Path folder = root.resolve("member-" + member);
            try (AppContext laptop = Panels.open(folder)) {
                Round round = Panels.importBundle(laptop, pkg);
                laptop.evaluators().add(member, NAMES.get(member), "한국무역협회", true);
                laptop.keys().create(member, NAMES.get(member), "한국무역협회");
                score(laptop, round, member);
                Path file = folder.resolve(member + ".xlsx");
                laptop.sheetExports().export(round, member, file);
                sheets.add(file);
            }
        }
        try (AppContext chair = Panels.open(chairFolder(panelId))) {
            Round round = Panels.importBundle(chair, pkg);
            score(chair, round, chairId);
            for (Path sheet : sheets) {
                chair.sheetImports().importSheets(round, sheet, false);
            }
            if (finalise) {
                chair.chair().finalise(round, NAMES.get(chairId), false, false);
            }
            Path result = root.resolve(panelId + (finalise ? "-final.xlsx" : "-provisional.xlsx"));
            chair.resultWorkbooks().export(round, result);
            return result;
        }
    }

    private static void score(AppContext context, Round round, String evaluatorId) {
        List<ScoreCsv.Row> rows = new ArrayList<>();
        int line = 2;
        List<Indicator> indicators = round.program().rubric().indicators();
        for (Map.Entry<String, int[]> e : SCORES.get(evaluatorId).entrySet()) {
            for (int i = 0; i < indicators.size(); i++) {
                if (!indicators.get(i).id().equals(INDICATORS.get(i))) {
                    throw new IllegalStateException("the rubric's indicators are not in the order typed here");
                }
                rows.add(new ScoreCsv.Row(line++, e.getKey(), indicators.get(i).id(),
                        BigDecimal.valueOf(e.getValue()[i]), i == 0 ? "근거 있음" : ""));
            }
        }
        Panels.pledge(context, round, evaluatorId);
        context.scoreLoads().load(round, evaluatorId, Panels.parsed(evaluatorId + ".csv", rows), Panels.CHAIR, false);
    }

    private CliRunner.Result run(String... args) {
        CliRunner.Result result = agency.run(args);
        if (result.exit() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " → " + result.exit() + "\n" + result.err());
        }
        return result;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
