package kr.tipa.eval.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.DocumentStaging;
import kr.tipa.eval.bundle.ReadBundle;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.screening.ScreeningResult;
import kr.tipa.eval.domain.screening.ScreeningRules;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.storage.h2.Database;
import kr.tipa.eval.storage.h2.H2ScreeningRepository;

/**
 * What a data folder must hold once a bundle is imported, checked through the application's own
 * services: the round at the bundle's version, exactly the bundle's applications, every document
 * readable with its SHA-256 and size, screening stored for each, the import in an intact audit chain.
 * Each method throws an {@link AssertionError} naming the first thing that is not so.
 */
record RoundCheck(String programCode, String bundleId, Map<String, List<String>> documents,
        Map<String, ScreeningResult> screening) {

    /** The expectations of a bundle, as a plain reading of it (no import) gives them. */
    static RoundCheck of(Path bundle) throws IOException, BundleRefusedException {
        ReadBundle read = new BundleReader().read(bundle, DocumentStaging.DISCARD, ReadProgress.NONE);
        return of(read);
    }

    static RoundCheck of(ReadBundle read) {
        Map<String, List<String>> documents = new TreeMap<>();
        for (ReadBundle.Item item : read.applications()) {
            List<String> list = new ArrayList<>();
            for (ReadBundle.Document d : item.documents()) {
                list.add(d.attached().type() + " " + d.attached().file() + " " + d.attached().sha256() + " " + d.size());
            }
            documents.put(item.application().receiptNo(), list);
        }
        Map<String, ScreeningResult> screening = new TreeMap<>();
        new ScreeningRules(read.manifest().program()).screenAll(read.applications().stream()
                .map(ReadBundle.Item::application).toList()).forEach(r -> screening.put(r.receiptNo(), r));
        return new RoundCheck(read.manifest().program().code(), read.manifest().bundleId(), documents, screening);
    }

    /** The round as it stands in {@code context}, if the database holds it at all. */
    Optional<Round> round(AppContext context) {
        return context.rounds().all().stream().filter(r -> r.programCode().equals(programCode)).findFirst();
    }

    /** The whole of this bundle is there, as version {@code version} of its round. */
    void assertFullyThere(AppContext context, int version) {
        Round round = round(context).orElseThrow(() -> new AssertionError("no round " + programCode));
        check(round.currentBundleId().equals(bundleId), "current bundle " + round.currentBundleId() + ", not " + bundleId);
        check(round.versionNo() == version, "version " + round.versionNo() + ", not " + version);
        check(context.rounds().versions(round).stream().map(BundleRecord::bundleId).anyMatch(bundleId::equals),
                "no bundle record " + bundleId);
        Map<String, List<String>> held = new TreeMap<>();
        for (StoredApplication application : context.rounds().applications(round)) {
            List<String> list = new ArrayList<>();
            for (StoredDocument d : application.documents()) {
                list.add(d.type() + " " + d.file() + " " + d.sha256() + " " + d.size());
                assertReadable(context, d);
            }
            held.put(application.receiptNo(), list);
        }
        check(held.equals(documents), "applications and documents differ: held " + held.keySet() + " expected "
                + documents.keySet());
        // A new version withdraws what it no longer lists. bundle-format.md has a new version keep
        // "every score already given", so a withdrawn application keeps its rows (and its last
        // screening) for the record, but is no part of the round: only the current ones must match
        // the bundle, and they must be screened afresh from it.
        Map<String, ScreeningResult> stored = storedScreening(context.dataFolder(), round.id());
        check(stored.equals(screening), "screening stored for " + stored.keySet() + " " + stored.values()
                + ", not the bundle's own " + screening.keySet() + " " + screening.values());
        check(context.audit().all().stream().anyMatch(e -> e.action().startsWith("IMPORT")
                && bundleId.equals(detailBundleId(e.detailJson()))), "no audit entry for the import of " + bundleId);
        assertAuditIntact(context);
    }

    /** Nothing of this bundle is there: no bundle record, no audit entry, no round version made of it. */
    void assertAbsent(AppContext context) {
        for (Round round : context.rounds().all()) {
            check(!round.currentBundleId().equals(bundleId), "round " + round.programCode() + " is at " + bundleId);
            check(context.rounds().versions(round).stream().map(BundleRecord::bundleId).noneMatch(bundleId::equals),
                    "bundle record " + bundleId + " without its round version");
        }
        check(context.audit().all().stream().noneMatch(e -> bundleId.equals(detailBundleId(e.detailJson()))),
                "an audit entry names " + bundleId);
        assertAuditIntact(context);
    }

    /** The bundleId an audit entry's detail names, read as JSON: its text is escaped there. */
    private static String detailBundleId(String detailJson) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(detailJson).path("bundleId").asText(null);
        } catch (IOException e) {
            throw new AssertionError("audit detail is no JSON: " + detailJson, e);
        }
    }

    static void assertAuditIntact(AppContext context) {
        context.audit().firstBreak().ifPresent(e -> {
            throw new AssertionError("audit chain broken at " + e.seq());
        });
    }

    /** Rows per table, straight from the database: a folder holding nothing must have none at all. */
    static Map<String, Long> rowCounts(Path dataFolder) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Database database = KillTarget.database(dataFolder);
                Database.Borrowed borrowed = database.borrow();
                Statement statement = borrowed.connection().createStatement()) {
            for (String table : List.of("round", "bundle", "application", "document", "document_pack_entry", "screening",
                    "audit_entry")) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot count rows", e);
        }
        return counts;
    }

    /** Pack files in {@code packs/} that no committed index row names: what a killed import may leave, and the next one sweeps. */
    static List<String> unreferencedPacks(Path dataFolder) {
        Path packs = dataFolder.resolve("packs");
        if (!java.nio.file.Files.isDirectory(packs)) {
            return List.of();
        }
        Set<String> referenced = new java.util.HashSet<>();
        try (Database database = KillTarget.database(dataFolder);
                Database.Borrowed borrowed = database.borrow();
                Statement statement = borrowed.connection().createStatement();
                ResultSet rs = statement.executeQuery("SELECT DISTINCT pack FROM document_pack_entry")) {
            while (rs.next()) {
                referenced.add(rs.getString(1) + ".pack");
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read the pack index", e);
        }
        try (var files = java.nio.file.Files.list(packs)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !referenced.contains(name)).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot list " + packs, e);
        }
    }

    /** The stored screening of the round's current (not withdrawn) applications, straight from the table. */
    private static Map<String, ScreeningResult> storedScreening(Path dataFolder, long roundId) {
        try (Database database = KillTarget.database(dataFolder)) {
            Set<String> current = new java.util.HashSet<>();
            try (Database.Borrowed borrowed = database.borrow();
                    Statement statement = borrowed.connection().createStatement();
                    ResultSet rs = statement.executeQuery("SELECT receipt_no FROM application WHERE round_id = "
                            + roundId + " AND withdrawn = FALSE")) {
                while (rs.next()) {
                    current.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new AssertionError("cannot list the current applications", e);
            }
            Map<String, ScreeningResult> stored = new TreeMap<>(new H2ScreeningRepository(database).results(roundId));
            stored.keySet().retainAll(current);
            return stored;
        }
    }

    private static void assertReadable(AppContext context, StoredDocument d) {
        try (InputStream in = new DigestInputStream(context.documents().open(d.sha256()),
                MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            check(sha.equals(d.sha256()) && size == d.size(), "document " + d.file() + " reads " + size
                    + " bytes with SHA-256 " + sha + ", stored as " + d.size() + " " + d.sha256());
        } catch (IOException e) {
            throw new AssertionError("document " + d.file() + " (" + d.sha256() + ") unreadable: " + e, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
