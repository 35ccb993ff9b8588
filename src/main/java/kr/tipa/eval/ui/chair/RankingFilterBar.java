package kr.tipa.eval.ui.chair;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import org.controlsfx.control.CheckComboBox;

/**
 * The ranking's two filters (ControlsFX CheckComboBox): what is ticked goes to the view model, which filters;
 * each box shows what is ticked, or 전체 while nothing is.
 */
final class RankingFilterBar {

    private final RankingViewModel model;
    private final Messages messages;

    RankingFilterBar(RankingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void wire(CheckComboBox<SelectionStatus> statuses, CheckComboBox<ScreeningStatus> screenings, Button clear,
            Label shown) {
        String all = messages.get("chairui.ranking.filter.all");
        statuses.getItems().setAll(SelectionStatus.values());
        statuses.setConverter(names(s -> messages.get("results.status." + s.name())));
        statuses.setTitle(all);
        screenings.getItems().setAll(ScreeningStatus.values());
        screenings.setConverter(names(s -> messages.get("screening.status." + s.name())));
        screenings.setTitle(all);
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<SelectionStatus>) c -> {
            List<SelectionStatus> ticked = List.copyOf(statuses.getCheckModel().getCheckedItems());
            // A title hides the ticked names: only while nothing is ticked.
            statuses.setTitle(ticked.isEmpty() ? all : null);
            model.filterStatuses(ticked);
        });
        screenings.getCheckModel().getCheckedItems().addListener((ListChangeListener<ScreeningStatus>) c -> {
            List<ScreeningStatus> ticked = List.copyOf(screenings.getCheckModel().getCheckedItems());
            screenings.setTitle(ticked.isEmpty() ? all : null);
            model.filterScreenings(ticked);
        });
        shown.textProperty().bind(model.shownTextProperty());
        clear.disableProperty().bind(Bindings.isEmpty(statuses.getCheckModel().getCheckedItems())
                .and(Bindings.isEmpty(screenings.getCheckModel().getCheckedItems())));
    }

    private static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the filters are ticked, never typed");
            }
        };
    }
}
