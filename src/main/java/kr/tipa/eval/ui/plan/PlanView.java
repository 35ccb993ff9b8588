package kr.tipa.eval.ui.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
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

/**
 * The participation plan: a tab for its online part, then one per attached file. A file opens when its tab
 * is first chosen; the files of an application are released when another application is shown or the
 * workspace is left.
 */
public final class PlanView {

    private final TabPane tabs;
    private final PlanViewModel model;
    private final Messages messages;
    private final DocumentPanes documents;
    private final Map<Tab, DocumentPanes.Pane> panes = new LinkedHashMap<>();
    private final ChangeListener<StoredApplication> shown = (o, was, now) -> show(now);
    private boolean clearing;

    public PlanView(TabPane tabs, PlanViewModel model, Messages messages, DocumentPanes documents) {
        this.tabs = tabs;
        this.model = model;
        this.messages = messages;
        this.documents = documents;
        model.applicationProperty().addListener(shown);
        show(null);
    }

    /** The workspace is left: stop following the model and release every open document. */
    public void deactivate() {
        model.applicationProperty().removeListener(shown);
        releaseAll();
    }

    private void releaseAll() {
        List.copyOf(panes.values()).forEach(documents::release);
        panes.clear();
    }

    private void show(StoredApplication stored) {
        releaseAll();
        // Removing the tabs moves the selection; that must not open a document of the application being left.
        clearing = true;
        try {
            tabs.getTabs().clear();
        } finally {
            clearing = false;
        }
        if (stored == null) {
            Label hint = new Label(messages.get("plan.choose"));
            hint.getStyleClass().add("placeholder");
            tabs.getTabs().add(new Tab(messages.get("plan.online"), new VBox(hint)));
            return;
        }
        tabs.getTabs().add(new Tab(messages.get("plan.online"), online(stored.application())));
        for (StoredDocument document : stored.documents()) {
            String type = messages.get("document.type." + document.type().name());
            // A blind package names its files by type (PARTICIPATION_PLAN.pdf): the tab says the type in words.
            String name = document.fileName();
            Tab tab = new Tab(model.blindProperty().get() && name.startsWith(document.type().name())
                    ? type + name.substring(document.type().name().length()) : name);
            tab.setTooltip(new javafx.scene.control.Tooltip(model.blindProperty().get()
                    ? type + "\n" + messages.get("plan.blind.attachments") : type));
            // Documents are opened only when their tab is chosen: reading a file is not free.
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now && !clearing) {
                    choose(tab, document);
                }
            });
            tabs.getTabs().add(tab);
        }
    }

    private void choose(Tab tab, StoredDocument document) {
        DocumentPanes.Pane pane = panes.get(tab);
        if (pane != null) {
            documents.shown(pane);
            return;
        }
        DocumentPanes.Pane opened = documents.open(document, () -> {
            // Released to keep few documents open: chosen again, it opens again.
            panes.remove(tab);
            tab.setContent(null);
        });
        panes.put(tab, opened);
        tab.setContent(opened.node());
    }

    private Node online(Application a) {
        VBox box = new VBox(10);
        box.getStyleClass().add("plan-online");
        Label blind = new Label(messages.get("plan.blind.attachments"));
        blind.setId("plan-blind");
        blind.getStyleClass().add("blind-banner");
        blind.setWrapText(true);
        blind.visibleProperty().bind(model.blindProperty());
        blind.managedProperty().bind(model.blindProperty());
        box.getChildren().add(blind);
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
