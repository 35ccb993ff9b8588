package kr.tipa.eval.ui.certificates;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.ui.Views;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The picker in a window of its own over the main one, as Korean certificate software shows it. The places
 * it looks in come from outside, so that tests point it at a fake NPKI home.
 */
public final class CertificatePickerDialogs implements CertificatePickers {

    private final SigningCertificates certificates;
    private final Supplier<List<SigningCertificates.Place>> places;
    private final BackgroundTasks tasks;
    private final Messages messages;

    public CertificatePickerDialogs(SigningCertificates certificates, Supplier<List<SigningCertificates.Place>> places,
            BackgroundTasks tasks, Messages messages) {
        this.certificates = certificates;
        this.places = places;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public void open(Window owner, String holder, CertificatePickerViewModel.Importer importer,
            Consumer<CertificateSummary> done) {
        CertificatePickerViewModel model = new CertificatePickerViewModel(certificates, places, holder, importer,
                tasks, messages, done);
        Parent root = Views.load("CertificatePicker", new CertificatePickerView(model, messages),
                messages.resourceBundle());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("certpicker.window"));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CertificatePickerDialogs.class.getResource("/styles/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setResizable(true);
        stage.show();
        model.load();
    }
}
