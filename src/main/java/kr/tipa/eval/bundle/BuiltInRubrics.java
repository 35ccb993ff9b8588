package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.tipa.eval.domain.rubric.Rubric;

/** Rubrics shipped with the application, one JSON file each under {@code rubrics/}. */
public final class BuiltInRubrics {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private BuiltInRubrics() {
    }

    public static Optional<Rubric> find(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (InputStream in = BuiltInRubrics.class.getResourceAsStream("/rubrics/" + id + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode node = Jsons.MAPPER.readTree(in);
            Problems problems = new Problems(10);
            Rubric rubric = RubricParser.parse(JsonFields.root("rubrics/" + id + ".json", node, problems), problems);
            if (rubric == null || !problems.isEmpty()) {
                throw new IllegalStateException("built-in rubric " + id + " is broken: " + problems.all());
            }
            return Optional.of(rubric);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
