package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.AttachedDocument;
import kr.tipa.eval.domain.application.Company;
import kr.tipa.eval.domain.application.Compliance;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.application.ExportRecord;
import kr.tipa.eval.domain.application.GroupInsurance;
import kr.tipa.eval.domain.application.OnlineForm;
import kr.tipa.eval.domain.application.Plan;
import kr.tipa.eval.domain.application.PlanSection;
import kr.tipa.eval.domain.application.RndProject;
import kr.tipa.eval.domain.application.RndResult;
import kr.tipa.eval.domain.application.RndRole;
import kr.tipa.eval.domain.screening.BusinessRegistrationNumber;

/**
 * Reads one application.json (bundle-format.md), every field checked for presence, type and range.
 * The check digit of the 사업자등록번호 is screening's business (W01), not the reader's: only its form
 * {@code NNN-NN-NNNNN} is required here.
 */
public final class ApplicationParser {

    /** A receipt number is also a folder name inside the bundle, so it is kept to safe characters. */
    public static final Pattern RECEIPT_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern GRADE = Pattern.compile("[A-Za-z0-9+-]{1,8}");
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "hwp", "hwpx", "docx", "png", "jpg", "jpeg");
    private static final long MAX_USD = 1_000_000_000_000L;
    /** Longer than any company's name, well within what the database keeps (2,000). */
    static final int MAX_COMPANY_NAME = 500;
    /** A file name a Windows laptop can hold, within what the database keeps (2,000). */
    public static final int MAX_DOCUMENT_PATH = 255;

    private ApplicationParser() {
    }

    /** Reads an application.json kept in the database (it passed these checks when imported). */
    public static Application parseStored(String json) {
        try {
            Problems problems = new Problems(10);
            Application application = parse("database", Jsons.MAPPER.readTree(json), problems);
            if (application == null) {
                throw new IllegalStateException("stored application unreadable: " + problems.all());
            }
            return application;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored application unreadable", e);
        }
    }

    /**
     * Every problem this reader would find in {@code json} as {@code file}: for a program that writes
     * application files and must never write one that import refuses.
     */
    public static List<BundleProblem> check(String file, JsonNode json) {
        Problems problems = new Problems(Integer.MAX_VALUE);
        parse(file, json, problems);
        return problems.all();
    }

    /** The application, or null when the file had problems (they are recorded). */
    static Application parse(String file, JsonNode json, Problems problems) {
        int before = problems.count();
        JsonFields root = JsonFields.root(file, json, problems);
        if (problems.count() > before) {
            return null;
        }
        // A panel package's application carries the agency's screening in place of the facts behind it.
        boolean packaged = PackageShape.packaged(root);
        Application application = new Application(
                root.matching("receiptNo", v -> RECEIPT_NO.matcher(v).matches(), "2024-EXP-0001"),
                root.dateTime("submittedAt"),
                root.bool("submissionComplete"),
                company(root.object("company"), packaged),
                rndProject(root.object("rndProject")),
                export(root.object("export")),
                packaged ? null : creditGrade(root),
                packaged ? null : compliance(root.object("compliance")),
                packaged ? null
                        : root.optionalObject("groupInsurance").map(ApplicationParser::groupInsurance).orElse(null),
                plan(root.object("plan")),
                documents(root),
                onlineForms(root),
                packaged ? PackageShape.read(root) : null);
        return problems.count() > before ? null : application;
    }

    private static Company company(JsonFields f, boolean packaged) {
        if (packaged && f.raw(PackageShape.BUSINESS_NO) != null) {
            f.problem(PackageShape.BUSINESS_NO, "bundle.package.leftOut", "company." + PackageShape.BUSINESS_NO);
        }
        return new Company(
                f.text("name", MAX_COMPANY_NAME),
                packaged ? null
                        : f.matching("businessRegistrationNo", BusinessRegistrationNumber::isWellFormed, "220-81-62517"),
                f.text("ceoName"),
                f.text("address"),
                f.bool("isSme"),
                f.date("foundedOn"),
                f.integer("employees", 0, 10_000_000));
    }

    private static RndProject rndProject(JsonFields f) {
        return new RndProject(
                f.text("programName"),
                f.text("managingAgency"),
                f.bool("nonRnd"),
                f.text("projectNo"),
                f.enumeration("role", RndRole.class),
                f.bool("leadingInstituteCollaboration"),
                f.enumeration("result", RndResult.class),
                f.date("completedOn"),
                f.bool("discontinued"));
    }

    private static ExportRecord export(JsonFields f) {
        return new ExportRecord(
                f.bool("hasDirectExportLastYear"),
                f.integer("lastYearExportUsd", 0, MAX_USD),
                f.bool("exportPlanWithinOneYear"),
                f.texts("targetCountries"));
    }

    /** {@code credit.ksureGrade} is optional (absent = not registered); so, leniently, is {@code credit}. */
    private static String creditGrade(JsonFields root) {
        return root.optionalObject("credit")
                .map(credit -> credit.has("ksureGrade")
                        ? credit.matching("ksureGrade", v -> GRADE.matcher(v.strip()).matches(), "C")
                        : null)
                .orElse(null);
    }

    private static Compliance compliance(JsonFields f) {
        return new Compliance(
                f.bool("obligationsUnfulfilled"),
                f.bool("obligationsResolvedBeforeDeadline"),
                f.bool("participationRestricted"),
                f.bool("bankruptOrClosed"),
                f.bool("courtRehabilitationApproved"));
    }

    private static GroupInsurance groupInsurance(JsonFields f) {
        return new GroupInsurance(
                f.bool("requested"),
                f.bool("usedLastYear"),
                f.bool("alreadyUsesGroupRider"),
                f.bool("premiumOverdue"),
                f.bool("fraudHistory"));
    }

    private static Plan plan(JsonFields f) {
        String summary = f.textMayBeEmpty("summary");
        List<PlanSection> sections = new ArrayList<>();
        for (JsonFields section : f.objects("sections")) {
            sections.add(new PlanSection(section.text("key"), section.text("title"), section.textMayBeEmpty("text")));
        }
        return new Plan(summary, sections);
    }

    private static List<AttachedDocument> documents(JsonFields root) {
        List<AttachedDocument> documents = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (JsonFields document : root.objects("documents")) {
            DocumentType type = document.enumeration("type", DocumentType.class);
            String file = document.matching("file", ApplicationParser::isDocumentPath, "documents/참가계획서.pdf");
            if (!document.fits("file", file, MAX_DOCUMENT_PATH)) {
                file = "";
            }
            String sha256 = document.matching("sha256", v -> SHA256.matcher(v).matches(), "64 hex digits");
            if (!file.isBlank() && !files.add(EntryNames.normalise(file))) {
                document.problem("file", "bundle.field.duplicate", file);
            }
            documents.add(new AttachedDocument(type, EntryNames.normalise(file), sha256.toLowerCase(Locale.ROOT)));
        }
        return documents;
    }

    private static Set<OnlineForm> onlineForms(JsonFields root) {
        return new HashSet<>(root.enumerations("onlineForms", OnlineForm.class));
    }

    /** {@code documents/<name>} with a supported extension and no way out of the folder. */
    public static boolean isDocumentPath(String file) {
        if (!file.startsWith("documents/") || EntryNames.refusal(file).isPresent()) {
            return false;
        }
        int dot = file.lastIndexOf('.');
        return dot > file.lastIndexOf('/') + 1
                && DOCUMENT_EXTENSIONS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
