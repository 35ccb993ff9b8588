package kr.tipa.eval.ui.plan;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.PlanSection;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.StoredDocument;

/** The participation plan: a tab for its online part, then one per attached file. */
public final class PlanView {

    private final TabPane tabs;
    private final Messages messages;
    private final Function<StoredDocument, Node> documentPane;

    public PlanView(TabPane tabs, PlanViewModel model, Messages messages, Function<StoredDocument, Node> documentPane) {
        this.tabs = tabs;
        this.messages = messages;
        this.documentPane = documentPane;
        model.applicationProperty().addListener((o, was, now) -> show(now));
        show(null);
    }

    private void show(StoredApplication stored) {
        tabs.getTabs().clear();
        if (stored == null) {
            Label hint = new Label(messages.get("plan.choose"));
            hint.getStyleClass().add("placeholder");
            tabs.getTabs().add(new Tab(messages.get("plan.online"), new VBox(hint)));
            return;
        }
        tabs.getTabs().add(new Tab(messages.get("plan.online"), online(stored.application())));
        for (StoredDocument document : stored.documents()) {
            Tab tab = new Tab(document.fileName());
            tab.setTooltip(new javafx.scene.control.Tooltip(messages.get("document.type." + document.type().name())));
            // Documents are opened only when their tab is chosen: reading a file is not free.
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now && tab.getContent() == null) {
                    tab.setContent(documentPane.apply(document));
                }
            });
            tabs.getTabs().add(tab);
        }
    }

    private Node online(Application a) {
        VBox box = new VBox(10);
        box.getStyleClass().add("plan-online");
        Label company = new Label(a.company().name());
        company.getStyleClass().add("plan-company");
        Label facts = new Label(messages.get("plan.facts", a.receiptNo(), a.company().ceoName(),
                a.company().employees(), String.join(", ", a.export().targetCountries()),
                String.format("%,d", a.export().lastYearExportUsd())));
        facts.getStyleClass().add("hint");
        facts.setWrapText(true);
        Label summaryTitle = new Label(messages.get("plan.summary"));
        summaryTitle.getStyleClass().add("section-title");
        Label summary = new Label(a.plan().summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("plan-text");
        box.getChildren().addAll(company, facts, summaryTitle, summary);
        for (PlanSection section : a.plan().sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add("section-title");
            Label text = new Label(section.text());
            text.setWrapText(true);
            text.getStyleClass().add("plan-text");
            box.getChildren().addAll(title, text);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
