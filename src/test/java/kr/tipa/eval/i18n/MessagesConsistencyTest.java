package kr.tipa.eval.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import org.junit.jupiter.api.Test;

/** Korean and English carry the same keys, every pattern parses, and every key used in code or FXML exists. */
class MessagesConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {"a", "b", "c", "d",
                        "e", "f", "g", "h"})).as(file + " " + key).isNotNull();
            }
        }
    }

    @Test
    void koreanIsTheDefaultEvenOnAnEnglishSystem() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new Messages(Locale.KOREAN).get("screening.status.ELIGIBLE")).isEqualTo("적격");
            assertThat(new Messages(Locale.FRENCH).get("screening.status.ELIGIBLE")).isEqualTo("적격");
            assertThat(new Messages(Locale.US).get("screening.status.ELIGIBLE")).isEqualTo("Eligible");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyScreeningCodeAndStatusHasALabel() throws IOException {
        Properties ko = load("messages.properties");
        for (ScreeningCode code : ScreeningCode.values()) {
            assertThat(ko).containsKey("screening.code." + code.name());
        }
        for (ScreeningStatus status : ScreeningStatus.values()) {
            assertThat(ko).containsKey("screening.status." + status.name());
        }
    }

    private static final Pattern CODE_KEY = Pattern.compile("\"((?:app|menu|ui|cli|bundle|import|screening|"
            + "scoring|workspace|viewer|sheet|chair|results|pledge|profile|conflict|demo|error|audit|backup|"
            + "password|evaluator|verify|packages|finalise|signing|lock|guide|firstrun|bench|chairui)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyWrittenInCodeOrFxmlExists() throws IOException {
        Properties ko = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        Path project = Path.of(System.getProperty("tipa.project.dir", "."));
        try (Stream<Path> files = Stream.concat(Files.walk(project.resolve("src/main/java")),
                Files.walk(project.resolve("fxml")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Matcher m = (file.toString().endsWith(".fxml") ? FXML_KEY : CODE_KEY).matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !ko.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
