package kr.tipa.eval.model;

import java.util.List;
import kr.tipa.eval.domain.application.Application;

/** An application as stored for a round, with its database id and documents. */
public record StoredApplication(
        long id, long roundId, String bundleId, Application application, List<StoredDocument> documents,
        boolean withdrawn) {

    public StoredApplication {
        documents = List.copyOf(documents);
    }

    public String receiptNo() {
        return application.receiptNo();
    }

    public String companyName() {
        return application.company().name();
    }
}
