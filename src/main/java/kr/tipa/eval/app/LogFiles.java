package kr.tipa.eval.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of a data folder: {@code logs/tipa-eval.log}, rolled daily and by size, INFO for our own
 * code. Log lines never carry company names, scores or comments (documents are named by a hash), since
 * the log is not encrypted.
 */
public final class LogFiles {

    private static final String APPENDER = "data-folder-log";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    private static final String ROLLED = "tipa-eval.%d{yyyy-MM-dd}.%i.log";

    private LogFiles() {
    }

    /**
     * Parses the log's patterns once without writing anything, so that {@link #attach}, which runs while
     * the database is being opened, finds that work done.
     */
    public static void warmUp() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        encoder.stop();
        new ch.qos.logback.core.rolling.helper.FileNamePattern(ROLLED, context);
    }

    /** Starts writing the folder's log (once per process and folder). */
    public static synchronized void attach(Path dataFolder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) != null) {
            return;
        }
        Path logs = dataFolder.resolve("logs");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(logs.resolve("tipa-eval.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logs.resolve(ROLLED).toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        context.getLogger("kr.tipa.eval").setLevel(Level.INFO);
        LoggerFactory.getLogger(LogFiles.class).info("tipa-eval started; log in {}", logs);
    }
}
